#!/usr/bin/env python3
"""Cold start of one article, lintpress on .txt and .md input beside proselint, in one run.

    python benchmarks/bench_coldstart.py [--article FILE] [--runs 15] [--phases] [--wait-idle]

Every command is a fresh process of the installed console script (run it from a venv with a
regular install, ``pip install '.[bench]'``: an editable install adds an import hook to every
start). The commands are timed round-robin, so a burst of machine noise hits them all alike;
the article is also saved as Markdown in a temporary folder, as it is (plain paragraphs and
bullet items: split without the parser) and with a heading, bold and a link (the Markdown
parser is imported). Prints medians and the lintpress/proselint ratio; ``--phases`` adds where the
lintpress start goes (interpreter, each step of the run, when the dictionary threads ran),
measured in separate processes with timers around the run's steps. On a machine
others use too, ``--wait-idle`` times a round only when both cores were idle just before it.
Results are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED = REPO.parent / "shared" / "corpus" / "seed" / "hari-bakti-imigrasi.txt"


def tool(name: str) -> str | None:
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else shutil.which(name)


def idle_fraction(window: float = 0.4) -> float:
    """Share of CPU time the machine spent idle over ``window`` seconds (Linux /proc/stat)."""

    def sample() -> tuple[int, int]:
        values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
        return values[3] + values[4], sum(values)

    idle0, total0 = sample()
    time.sleep(window)
    idle1, total1 = sample()
    return (idle1 - idle0) / max(1, total1 - total0)


def with_markup(text: str) -> str:
    """``text`` as a writer's Markdown: its first line a heading, its first long word bold, a link."""
    first, _, rest = text.partition("\n")
    words = rest.split(" ")
    for i, word in enumerate(words):
        if len(word) > 8 and word.isalpha():
            words[i] = f"**{word}**"
            break
    return f"# {first}\n\n" + " ".join(words) + "\n\n[Sumber](https://example.org/siaran-pers)\n"


def wall(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


# One run with timers around its steps (each import happens inside the step that first needs it,
# so it is counted there); the dictionary threads' spans are recorded as they load.
PHASES = r"""
import json, sys, time
T0 = time.perf_counter()
ms = lambda: (time.perf_counter() - T0) * 1000
spans = {}
def span(name, start):
    spans[name] = spans.get(name, 0.0) + ms() - start
import lintpress.cli as cli
spans["import lintpress.cli"] = ms()
from lintpress.spelling import dictionaries as d
marks = {}
def wrap(owner, name, label):
    f = getattr(owner, name)
    def timed(*a, **k):
        s = ms()
        marks.setdefault(label + " starts", s)
        try:
            return f(*a, **k)
        finally:
            span(label, s)
    setattr(owner, name, timed)
class_init = d.CDictionary.__init__
def loading(self, lib, aff, dic):
    s = ms(); class_init(self, lib, aff, dic); marks[f"{dic.stem} loaded (thread)"] = f"{s:.1f}-{ms():.1f}"
d.CDictionary.__init__ = loading
wrap(d, "load", "waiting for dictionaries")
wrap(d, "preload_as_last_time", "dictionaries' head start")
head_start = cli._head_start
def then_instrument(args):  # the rest is imported after the head start, as in a real run
    head_start(args)
    s = ms()
    import lintpress.engine as engine, lintpress.document as document, lintpress.reporters as reporters
    span("imports before linting", s)
    wrap(engine.Linter, "prepare", "rule set (before parsing)")
    wrap(engine.Linter, "lint_document", "rules (lint_document)")
    wrap(document.Document, "__init__", "document (Markdown import and parse)")
    wrap(reporters, "get_reporter", "reporter import")
cli._head_start = then_instrument
wrap(cli, "run", "cli.run")
code = cli.main(sys.argv[1:])
spans["end of main"] = ms()
print(json.dumps({"spans": spans, "marks": marks}))
"""


def phases(python: str, article: Path, env: dict, runs: int = 5) -> None:
    """Where a start goes (median over ``runs`` instrumented processes), and the interpreter's share."""
    base = statistics.median(wall([python, "-c", "pass"], env) for _ in range(7)) * 1000
    args = ["--no-cache", "-f", "json", "-o", os.devnull, str(article)]
    samples = []
    for _ in range(runs):
        out = subprocess.run([python, "-c", PHASES, *args], capture_output=True, text=True, env=env).stdout
        samples.append(json.loads(out.strip().splitlines()[-1]))
    print(f"\nPhases of `lintpress --no-cache -f json {article.name}`, in-process ms (median of {runs}):\n")
    print(f"- interpreter start (python -c pass): {base:.1f}")
    for name in samples[0]["spans"]:
        values = [s["spans"].get(name, 0.0) for s in samples]
        print(f"- {name}: {statistics.median(values):.1f}")
    print("- marks of the middle run: " + "; ".join(f"{k} {v if isinstance(v, str) else f'{v:.1f}'}"
                                                   for k, v in samples[runs // 2]["marks"].items()))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--article", type=Path, default=SEED, help="the article (default: the seed article)")
    ap.add_argument("--runs", type=int, default=15, help="fresh processes per command (median)")
    ap.add_argument("--phases", action="store_true", help="also show where a lintpress start goes")
    ap.add_argument("--wait-idle", action="store_true", help="time a round only after the machine was idle (Linux)")
    args = ap.parse_args()
    if not args.article.is_file():
        sys.stderr.write(f"{args.article}: not found (pass --article FILE)\n")
        return 2
    tmp = Path(tempfile.mkdtemp(prefix="lintpress-cold-"))
    env = {**os.environ, "LINTPRESS_CACHE_DIR": str(tmp / "cache"), "NO_COLOR": "1"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    markdown = tmp / f"{args.article.stem}.md"
    markdown.write_text(args.article.read_text(encoding="utf-8"), encoding="utf-8")
    # The same article with the markup a writer adds (a heading, bold, a link): plain paragraphs
    # are split without the parser, so this is the start that imports markdown-it.
    marked = tmp / f"{args.article.stem}-markup.md"
    marked.write_text(with_markup(args.article.read_text(encoding="utf-8")), encoding="utf-8")
    lintpress = [tool("lintpress") or "lintpress", "--no-cache", "--format", "json"]
    commands = {
        f"lintpress {args.article.name}": lintpress + [str(args.article)],
        f"lintpress {markdown.name}": lintpress + [str(markdown)],
        f"lintpress {marked.name}": lintpress + [str(marked)],
    }
    if tool("proselint"):
        commands[f"proselint {args.article.name}"] = [tool("proselint"), "check", str(args.article)]
    for cmd in commands.values():  # warm-up: byte code, pattern store, pack and word-list caches
        wall(cmd, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    waited = 0
    for _ in range(args.runs):
        while args.wait_idle and idle_fraction() < 0.95:
            waited += 1
            time.sleep(1)
        for name, cmd in commands.items():
            times[name].append(wall(cmd, env) * 1000)
    print(f"Cold start, median of {args.runs} fresh processes each, round-robin (ms)"
          + (f"; waited {waited} times for the machine to be idle" if args.wait_idle else "") + ":\n")
    print("| command | median | min | max | vs proselint |")
    print("|---|---:|---:|---:|---:|")
    peer = next((statistics.median(t) for n, t in times.items() if n.startswith("proselint")), None)
    for name, t in times.items():
        med = statistics.median(t)
        ratio = f"{med / peer:.2f}" if peer and not name.startswith("proselint") else ""
        print(f"| {name} | {med:.0f} | {min(t):.0f} | {max(t):.0f} | {ratio} |")
    if args.phases:
        python = str(Path(commands[f"lintpress {args.article.name}"][0]).parent / "python")
        phases(python if Path(python).exists() else sys.executable, args.article, env)
        phases(python if Path(python).exists() else sys.executable, markdown, env)
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
