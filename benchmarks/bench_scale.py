#!/usr/bin/env python3
"""How lintpress scales with document length and file count (numbers to read, never asserted).

    python benchmarks/bench_scale.py [--corpus DIR] [--files 10000] [--mb 1,5,20] [--timeout 600]

Times the installed ``lintpress`` (all default rules, ``--no-cache``, JSON output):

- one document of ~10,000, ~20,000 and ~40,000 words (corpus articles joined);
- one document of 1, 5 and 20 MB built from the repository's own example text, in two
  variants: *repetitive* (the body of ``examples/siaran-pers.md`` copied again and again,
  the worst case for anything that compares a finding with every earlier one) and *varied*
  (the sentences of the example and of the test fixture articles, shuffled, with every
  number changed, in paragraphs of two to five sentences);
- many small files (one short paragraph each, cut from the corpus).

For each it prints wall time, words per second, peak memory (the largest of lintpress and
its workers) and the size of the JSON report. Linear cost means words/s stays flat and the
report grows with the findings, not with their square. A run that exceeds ``--timeout`` is
stopped and shown as ``> N``. The corpus defaults to ../shared/corpus/news-id/dev, else the
bundled example article.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import DEFAULT_CORPUS, REPO, WORD, count_words, timed, tool  # noqa: E402

EXAMPLE = REPO / "examples" / "siaran-pers.md"
FIXTURE_ARTICLES = [p for p in sorted((REPO / "tests" / "fixtures" / "duplication").glob("*.txt")) if "-en" not in p.name]
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_NUMBER = re.compile(r"\d+/\d+(?:/\d+)?|\d+(?:[.,]\d+)*")


def articles(corpus: Path | None) -> list[str]:
    if corpus and corpus.is_dir():
        return [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt")) + sorted(corpus.glob("*.md"))]
    return [EXAMPLE.read_text(encoding="utf-8")]


def joined(texts: list[str], words: int) -> str:
    """Articles one after another (repeating the list when it runs out) until ``words`` words."""
    out, total, i = [], 0, 0
    while total < words:
        text = texts[i % len(texts)]
        out.append(text)
        total += len(WORD.findall(text))
        i += 1
    return "\n\n".join(out)


def example_body() -> str:
    """The example press release without its front matter."""
    text = EXAMPLE.read_text(encoding="utf-8")
    return text.split("---\n", 2)[2].lstrip("\n") if text.startswith("---\n") else text


def repetitive(size: int) -> str:
    """The example's body copied until ``size`` bytes."""
    body = example_body() + "\n"
    return body * max(1, size // len(body.encode("utf-8")))


def _own_sentences() -> list[str]:
    """The sentences of the repository's own example and fixture articles (our text, not the corpus)."""
    sentences = []
    for text in [example_body()] + [p.read_text(encoding="utf-8") for p in FIXTURE_ARTICLES]:
        for para in re.split(r"\n\s*\n", text):
            para = " ".join(para.split())
            if len(para.split()) >= 4 and not para.startswith(("#", "-")):
                # a paragraph with a quotation stays whole, so no quotation is cut open
                parts = [para] if any(q in para for q in "\"“”") else _SENTENCE_END.split(para)
                sentences.extend(s for s in parts if len(s.split()) >= 4)
    return sentences


def varied(size: int, seed: int = 12) -> str:
    """Shuffled sentences with every number changed, in paragraphs of 2-5 sentences, to ``size`` bytes."""
    rng = random.Random(seed)
    regex_year = re.compile(r"(?:19|20)\d\d")
    sentences = _own_sentences()

    def renumber(m: re.Match) -> str:
        if "/" in m.group():  # a date stays a date
            parts = [str(rng.randint(1, 28)), str(rng.randint(1, 12)), str(rng.randint(2020, 2030))]
            return "/".join(parts[: m.group().count("/") + 1])
        if regex_year.fullmatch(m.group()):
            return str(rng.randint(2020, 2030))
        digits = sum(c.isdigit() for c in m.group())
        n = rng.randrange(10 ** (digits - 1) if digits > 1 else 1, 10**digits)
        return f"{n:,}".replace(",", ".") if "." in m.group() else str(n)

    out: list[str] = []
    total = 0
    while total < size:
        para = " ".join(_NUMBER.sub(renumber, rng.choice(sentences)) for _ in range(rng.randint(2, 5)))
        out.append(para)
        total += len(para.encode("utf-8")) + 2
    return "\n\n".join(out) + "\n"


def run_limited(cmd: list[str], env: dict, report: Path, timeout: float) -> tuple[float | None, int]:
    """Wall seconds (None past ``timeout``) and peak RSS (MiB, largest process) of one run,
    its standard output written to ``report``. Anything on standard error (a rule that
    failed, an error) is shown: a run that lost findings is not a fast run."""
    start = time.perf_counter()
    errors = report.with_suffix(".stderr")
    with report.open("wb") as out, errors.open("wb") as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env, start_new_session=True)
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                proc.returncode = os.waitstatus_to_exitcode(status)  # reaped: Popen must not wait again
                wall: float | None = time.perf_counter() - start
                break
            if time.perf_counter() - start > timeout:
                os.killpg(proc.pid, signal.SIGKILL)
                _, _, usage = os.wait4(proc.pid, 0)
                proc.returncode, wall = -9, None
                break
            time.sleep(0.05)
    problems = errors.read_text(encoding="utf-8", errors="replace").strip()
    if proc.returncode not in (0, 1, -9) or problems:
        print(f"  {cmd[-1]}: exit code {proc.returncode}; {problems[:300]}", file=sys.stderr)
    return wall, usage.ru_maxrss // 1024


def _size_label(n: int) -> str:
    return f"{n / 2**20:.1f} MB" if n >= 2**20 else f"{n / 1024:.0f} KB"


def _make_apart(variant: str, size: int, path: Path) -> int:
    """Write a generated document in another process and return its word count.

    A child's peak RSS (wait4) includes the parent's memory at the fork, so this process must
    never hold a document of megabytes when it starts lintpress."""
    out = subprocess.run(
        [sys.executable, __file__, "--make", f"{variant}:{size}:{path}"], check=True, capture_output=True, text=True
    )
    return int(out.stdout)


def _make(spec: str) -> int:
    variant, size, path = spec.split(":", 2)
    text = (repetitive if variant == "repetitive" else varied)(int(size))
    Path(path).write_text(text, encoding="utf-8")
    print(len(WORD.findall(text)))
    return 0


def main() -> int:
    if sys.argv[1:2] == ["--make"]:
        return _make(sys.argv[2])
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS if DEFAULT_CORPUS.is_dir() else None)
    ap.add_argument("--files", type=int, default=10000, help="how many small files (0: skip)")
    ap.add_argument("--mb", default="1,5,20", help="sizes of the one-document runs in MB (empty: skip)")
    ap.add_argument("--words", default="10000,20000,40000", help="sizes of the joined-corpus runs (empty: skip)")
    ap.add_argument("--timeout", type=float, default=600, help="stop a run after this many seconds")
    ap.add_argument("--keep", type=Path, help="write the generated documents to this folder")
    ap.add_argument("--command", help="the lintpress command to time (default: the installed one), e.g. to compare two checkouts")
    args = ap.parse_args()
    if args.command:
        lintpress = shlex.split(args.command)
    else:
        lintpress = [tool("lintpress")] if tool("lintpress") else [sys.executable, "-m", "lintpress"]
    cmd = [*lintpress, "--no-cache", "--format", "json"]
    tmp = Path(tempfile.mkdtemp(prefix="lintpress-scale-"))
    env = {**os.environ, "LINTPRESS_CACHE_DIR": str(tmp / "cache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    report = tmp / "report.json"
    rows = []
    texts = articles(args.corpus)
    timed([*cmd, str(EXAMPLE)], env)  # warm-up: byte code, pattern store, frequency tables
    for size in [int(w) for w in args.words.split(",") if w]:
        path = tmp / f"long-{size}.txt"
        path.write_text(joined(texts, size), encoding="utf-8")
        wall, rss = run_limited([*cmd, str(path)], env, report, args.timeout)
        words = count_words([path])
        rows.append((f"one document, {words:,} words (corpus joined)", wall, words, rss, report.stat().st_size))
    for mb in [float(m) for m in args.mb.split(",") if m]:
        for variant in ("repetitive", "varied"):
            path = (args.keep or tmp) / f"{variant}-{mb:g}mb.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            words = _make_apart(variant, int(mb * 2**20), path)
            wall, rss = run_limited([*cmd, str(path)], env, report, args.timeout)
            label = f"one document, {_size_label(path.stat().st_size)} {variant} ({words:,} words)"
            rows.append((label, wall, words, rss, report.stat().st_size))
    if args.files:
        paragraphs = [p.strip() for t in texts for p in t.split("\n\n") if 20 <= len(p.split()) <= 80]
        folder = tmp / "many"
        folder.mkdir()
        for i in range(args.files):
            (folder / f"{i:05}.txt").write_text(paragraphs[i % len(paragraphs)] + "\n", encoding="utf-8")
        files = sorted(folder.glob("*.txt"))
        wall, rss = run_limited([*cmd, str(folder)], env, report, args.timeout)
        rows.append((f"{len(files):,} small files (default --jobs)", wall, count_words(files), rss, report.stat().st_size))
    print(f"Machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}\n")
    print("| input | wall (s) | words/s | peak RSS (MiB, largest process) | JSON report |")
    print("|---|---:|---:|---:|---:|")
    for name, wall, words, rss, size in rows:
        if wall is None:
            print(f"| {name} | > {args.timeout:.0f} (stopped) | < {words / args.timeout:,.0f} | > {rss} | — |")
        else:
            print(f"| {name} | {wall:.2f} | {words / wall:,.0f} | {rss} | {_size_label(size)} |")
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
