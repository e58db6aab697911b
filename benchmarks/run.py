#!/usr/bin/env python3
"""Benchmark lintpress against installed peers (proselint, codespell) on the same files, in one run.

    python benchmarks/run.py [--corpus DIR] [--runs 7] [--article FILE]

Prints a Markdown table: cold start for one article (median wall time of N
fresh processes), words/second over the corpus (one process, one core; and
lintpress with --jobs 2), a warm second run with the result cache, and peak
memory (max RSS of the process), with the ratio lintpress/peer. The corpus
defaults to ../shared/corpus/news-id/dev when present, else an archive
generated from the bundled example article. Results are printed, never asserted.

One article can flatter a tool (lintpress loads its Hunspell dictionaries only
when an article has a word worth reporting), so a second table gives the cold
start over up to 20 different 400-600-word articles of the corpus (median of 3
runs each) for every tool: median, 90th percentile and worst; and lintpress on
the same article saved as Markdown (the markdown-it parser is imported then).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "news-id" / "dev"
WORD = re.compile(r"[^\W_]+(?:[.,'\-][^\W_]+)*")


def count_words(paths: list[Path]) -> int:
    return sum(len(WORD.findall(p.read_text(encoding="utf-8"))) for p in paths)


def timed(cmd: list[str], env: dict | None = None) -> tuple[float, int]:
    """Wall seconds and peak RSS (MiB) of one process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, _, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    return wall, usage.ru_maxrss // 1024


def tool(name: str) -> str | None:
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else shutil.which(name)


def generated_corpus(tmp: Path) -> list[Path]:
    """An archive of 200 articles made from the bundled example (when no corpus is at hand)."""
    base = (REPO / "examples" / "siaran-pers.md").read_text(encoding="utf-8")
    out = []
    for i in range(200):
        p = tmp / f"article-{i:03}.md"
        p.write_text(base.replace("12.000", f"{12000 + i}"), encoding="utf-8")
        out.append(p)
    return out


def pick_article(paths: list[Path]) -> Path:
    """The article whose length is closest to 500 words."""
    return min(paths, key=lambda p: abs(count_words([p]) - 500))


def typical_articles(paths: list[Path], article: Path, n: int = 20) -> list[Path]:
    """Up to ``n`` articles of 400-600 words spread over the corpus, other than ``article``."""
    fitting = [p for p in paths if p != article and 400 <= count_words([p]) <= 600]
    return fitting[:: max(1, len(fitting) // n)][:n]


def install_kind() -> str:
    """'regular' (inside site-packages) or 'editable / source tree': an editable install adds an
    import hook and its imports (~10 ms) to every start, which users of a regular install do not pay."""
    out = subprocess.run(
        [sys.executable, "-c", "import lintpress; print(lintpress.__file__)"],
        capture_output=True,
        text=True,
        cwd=tempfile.gettempdir(),  # as the console script sees it, not from this checkout
    ).stdout
    return "regular" if "site-packages" in out else "editable / source tree"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, help="folder of .txt/.md articles")
    ap.add_argument("--runs", type=int, default=7, help="process runs for the cold-start median (>= 5)")
    ap.add_argument("--article", type=Path, help="the one article for cold start")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="lintpress-bench-"))
    corpus_dir = args.corpus or (DEFAULT_CORPUS if DEFAULT_CORPUS.is_dir() else None)
    paths = sorted(corpus_dir.glob("*.txt")) + sorted(corpus_dir.glob("*.md")) if corpus_dir else generated_corpus(tmp)
    article = args.article or pick_article(paths)
    words = count_words(paths)
    art_words = count_words([article])
    env = {**os.environ, "LINTPRESS_CACHE_DIR": str(tmp / "cache"), "NO_COLOR": "1"}
    # Measure installs as users have them: with byte-code caching (some sandboxes disable it,
    # which makes every start recompile every module). One warm-up run per tool writes the caches.
    env.pop("PYTHONDONTWRITEBYTECODE", None)

    # The installed console script, as users run it (``python -m`` from the checkout would import the
    # source tree instead of the installed package).
    lintpress = [tool("lintpress")] if tool("lintpress") else [sys.executable, "-m", "lintpress"]
    peers = {}
    if tool("proselint"):
        peers["proselint"] = ([tool("proselint"), "check"], [tool("proselint"), "check"])
    if tool("codespell"):
        peers["codespell"] = ([tool("codespell")], [tool("codespell")])

    nocache = ["--no-cache", "--format", "json"]
    cached = ["--format", "json"]
    # (name, command for one article, command for the corpus); the three lintpress rows share the
    # one-article command but the cache row, whose cache is primed below.
    tools = [
        ("lintpress (all default rules, 1 process)", lintpress + nocache, lintpress + nocache + ["-j", "1"]),
        ("lintpress --jobs 2", lintpress + nocache, lintpress + nocache + ["-j", "2"]),
        ("lintpress, warm result cache", lintpress + cached, lintpress + cached),
        *((name, one, many) for name, (one, many) in peers.items()),
    ]
    timed(lintpress + cached + [str(p) for p in paths], env)  # primes the result cache
    for _, one, _ in tools:
        timed(one + [str(article)], env)  # warm-up: byte code, pattern store, pack and word-list caches
    # Cold starts round-robin over the tools, so a burst of machine noise hits them all alike.
    cold: dict[str, list[tuple[float, int]]] = {name: [] for name, _, _ in tools}
    for _ in range(max(5, args.runs)):
        for name, one, _ in tools:
            cold[name].append(timed(one + [str(article)], env))
    rows = []
    for name, _, many in tools:
        wall, rss = timed(many + [str(p) for p in paths], env)
        rows.append(
            {
                "name": name,
                "cold_ms": statistics.median(c[0] for c in cold[name]) * 1000,
                "wps": words / wall,
                "corpus_s": wall,
                "rss": max(rss, max(c[1] for c in cold[name])),
            }
        )

    # Cold start over many different articles, for every tool (round-robin again), and on Markdown.
    spread_paths = typical_articles(paths, article)
    markdown_copy = tmp / f"{article.stem}.md"
    markdown_copy.write_text(article.read_text(encoding="utf-8"), encoding="utf-8")
    spread_tools = [("lintpress", lintpress + nocache), *((n, one) for n, (one, _) in peers.items())]
    per_article: dict[str, list[float]] = {name: [] for name, _ in spread_tools}
    for p in spread_paths:
        runs: dict[str, list[float]] = {name: [] for name, _ in spread_tools}
        for _ in range(3):
            for name, one in spread_tools:
                runs[name].append(timed(one + [str(p)], env)[0] * 1000)
        for name in runs:
            per_article[name].append(statistics.median(runs[name]))
    spreads = []
    for name, times in per_article.items():
        if times:
            times.sort()
            p90 = times[min(len(times) - 1, round(0.9 * (len(times) - 1)))]
            spreads.append((name, statistics.median(times), p90, times[-1]))
    md_cold = statistics.median(timed(lintpress + nocache + [str(markdown_copy)], env)[0] for _ in range(max(5, args.runs)))

    base = rows[0]
    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}")
    print(f"Corpus: {len(paths)} files, {words:,} words ({corpus_dir or 'generated from examples/'}); "
          f"cold-start article: {article.name} ({art_words} words); lintpress install: {install_kind()}\n")
    print("| tool | cold start, 1 article (median ms) | words/s over corpus | corpus wall (s) | peak RSS (MiB) | lintpress/peer: cold, words/s |")
    print("|---|---:|---:|---:|---:|---|")
    for r in rows:
        ratio = ""
        if r in rows[3:]:
            ratio = f"{base['cold_ms'] / r['cold_ms']:.2f}× time, {base['wps'] / r['wps']:.2f}× speed"
        print(f"| {r['name']} | {r['cold_ms']:.0f} | {r['wps']:,.0f} | {r['corpus_s']:.2f} | {r['rss']} | {ratio} |")
    if spreads:
        print(f"\nCold start over {len(spread_paths)} different 400-600-word articles (median of 3 runs each), ms:\n")
        print("| tool | median | 90th percentile | worst |")
        print("|---|---:|---:|---:|")
        for name, med, p90, worst in spreads:
            print(f"| {name} | {med:.0f} | {p90:.0f} | {worst:.0f} |")
    print(f"\nlintpress on {article.name} saved as Markdown ({markdown_copy.name}): {md_cold * 1000:.0f} ms median cold start.")
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
