#!/usr/bin/env python3
"""How lintpress scales with document length and file count (numbers to read, never asserted).

    python benchmarks/bench_scale.py [--corpus DIR] [--files 10000]

Times the installed ``lintpress`` (all default rules, ``--no-cache``, JSON output) on one
document of ~10,000, ~20,000 and ~40,000 words (corpus articles joined), and on many
small files (one short paragraph each, cut from the corpus), and prints wall time,
words per second and peak memory (the largest of lintpress and its workers). Linear cost
means words/s stays flat.
The corpus defaults to ../shared/corpus/news-id/dev, else the bundled example article.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import DEFAULT_CORPUS, REPO, count_words, timed, tool  # noqa: E402


def articles(corpus: Path | None) -> list[str]:
    if corpus and corpus.is_dir():
        return [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt")) + sorted(corpus.glob("*.md"))]
    return [(REPO / "examples" / "siaran-pers.md").read_text(encoding="utf-8")]


def joined(texts: list[str], words: int) -> str:
    """Articles one after another (repeating the list when it runs out) until ``words`` words."""
    out, total, i = [], 0, 0
    while total < words:
        text = texts[i % len(texts)]
        out.append(text)
        total += count_words_text(text)
        i += 1
    return "\n\n".join(out)


def count_words_text(text: str) -> int:
    from run import WORD

    return len(WORD.findall(text))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS if DEFAULT_CORPUS.is_dir() else None)
    ap.add_argument("--files", type=int, default=10000, help="how many small files")
    args = ap.parse_args()
    lintpress = [tool("lintpress")] if tool("lintpress") else [sys.executable, "-m", "lintpress"]
    cmd = [*lintpress, "--no-cache", "--format", "json"]
    tmp = Path(tempfile.mkdtemp(prefix="lintpress-scale-"))
    env = {**os.environ, "LINTPRESS_CACHE_DIR": str(tmp / "cache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    texts = articles(args.corpus)
    rows = []
    for size in (10_000, 20_000, 40_000):
        path = tmp / f"long-{size}.txt"
        path.write_text(joined(texts, size), encoding="utf-8")
        timed([*cmd, str(path)], env)  # warm-up: byte code, pattern store, frequency tables
        wall, rss = timed([*cmd, str(path)], env)
        words = count_words([path])
        rows.append((f"one document, {words:,} words", wall, words, rss))
    paragraphs = [p.strip() for t in texts for p in t.split("\n\n") if 20 <= len(p.split()) <= 80]
    folder = tmp / "many"
    folder.mkdir()
    for i in range(args.files):
        (folder / f"{i:05}.txt").write_text(paragraphs[i % len(paragraphs)] + "\n", encoding="utf-8")
    files = sorted(folder.glob("*.txt"))
    wall, rss = timed([*cmd, str(folder)], env)
    words = count_words(files)
    rows.append((f"{len(files):,} small files (default --jobs)", wall, words, rss))
    print(f"Machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}\n")
    print("| input | wall (s) | words/s | peak RSS (MiB, largest process) |")
    print("|---|---:|---:|---:|")
    for name, wall, words, rss in rows:
        print(f"| {name} | {wall:.2f} | {words / wall:,.0f} | {rss} |")
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
