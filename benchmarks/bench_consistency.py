"""Speed and false-alarm rate of the consistency rules (not a test: numbers to read).

    .venv/bin/python benchmarks/bench_consistency.py [DIR]

For every article of DIR (default ../shared/corpus/news-id/dev, else the
fixture texts of tests/fixtures/consistency) runs each consistency rule on a
pre-segmented document and prints milliseconds per 500 words per rule, and
findings per 1,000 words.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import yaml

from lintpress.document import Document
from lintpress.kinds import load_kind
from lintpress.kinds.base import RunContext
from lintpress.packs import builtin_specs

REPO = Path(__file__).resolve().parents[1]
DEV = REPO.parent / "shared" / "corpus" / "news-id" / "dev"
FIXTURES = REPO / "tests" / "fixtures" / "consistency"


def texts(folder: Path | None) -> list[str]:
    if folder and folder.is_dir():
        return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    out = []
    for p in sorted(FIXTURES.glob("*.yaml")):
        out += [c["text"] for c in yaml.safe_load(p.read_text(encoding="utf-8"))["cases"]]
    return out


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DEV
    specs = [s for s in builtin_specs("id") if s.source.endswith("consistency.yaml")]
    rules = [(s.id, load_kind(s.kind)(s, RunContext(language="id"))) for s in specs]
    docs = [Document(t) for t in texts(folder)]
    for d in docs:
        _ = d.words, d.sentences, d.quotes  # segmentation is the engine's, shared by all rules
    from lintpress.kinds.names import _known

    _known("warga")  # one-time data loading (word frequencies) is not per article
    words = sum(d.word_count for d in docs)
    per: dict[str, float] = {rid: 0.0 for rid, _ in rules}
    found = 0
    for d in docs:
        for rid, rule in rules:
            t0 = time.perf_counter()
            found += len(list(rule.check(d)))
            per[rid] += time.perf_counter() - t0
    total = sum(per.values())
    print(f"{len(docs)} articles, {words} words")
    print(f"all consistency rules: {total * 1000 / words * 500:.2f} ms per 500 words")
    for rid, secs in sorted(per.items(), key=lambda kv: -kv[1]):
        print(f"  {rid:32s} {secs * 1000 / words * 500:.3f} ms per 500 words")
    print(f"findings (before in-quote filtering): {found}, {found / words * 1000:.2f} per 1,000 words")


if __name__ == "__main__":
    main()
