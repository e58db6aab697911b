"""Recall on injected errors and findings per 1,000 words on the clean corpus (numbers to read).

    .venv/bin/python benchmarks/bench_recall.py [--corpus DIR] [--kinds K1,K2] [--seed N] [--misses 5]

For every article of the corpus (default ../shared/corpus/news-id/dev; never point
it at holdout/ while tuning) each injector of ``benchmarks/recall/`` puts one error
into a copy; the copy is linted with the default configuration and the error counts
as found when a finding of one of the expected rules overlaps it. Prints recall per
injected kind and per family (with top-1: how often the first suggestion is the right
correction, for injectors that know it), then the clean corpus's warnings and errors per 1,000
words by category (the ceiling of the false alarms: audit new ones by hand).
"""

from __future__ import annotations

import argparse
import collections
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from recall import FAMILY, INJECTORS, Injection, load_all  # noqa: E402

from lintpress.config import Config  # noqa: E402
from lintpress.document import Document  # noqa: E402
from lintpress.engine import Linter  # noqa: E402
from lintpress.suppressions import rule_matches  # noqa: E402

DEV = HERE.parent.parent / "shared" / "corpus" / "news-id" / "dev"


def finding(linter: Linter, config: Config, inj: Injection):
    """The first warning or error of an expected rule that overlaps the injected span, or None."""
    diags = linter.lint_document(Document(inj.text), config).diagnostics
    for d in diags:
        if (
            d.severity != "info"
            and any(rule_matches(r, d.rule) for r in inj.rules)
            and d.offset < max(inj.end, inj.start + 1)
            and inj.start < d.offset + max(d.length, 1)
        ):
            return d
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEV)
    ap.add_argument("--kinds", default="", help="only these injected kinds (comma-separated)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--misses", type=int, default=5, help="show this many missed injections per kind")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    load_all()
    kinds = [k for k in args.kinds.split(",") if k] or sorted(INJECTORS)
    paths = sorted(args.corpus.glob("*.txt"))
    linter, config = Linter(), Config(language="id")
    texts = {p: p.read_text(encoding="utf-8") for p in paths}

    print(f"corpus: {args.corpus} ({len(paths)} articles), seed {args.seed}\n")
    print(f"{'injected kind':32s} {'family':12s} {'n':>5s} {'found':>6s} {'recall':>7s} {'top-1':>7s}")
    family_n: collections.Counter = collections.Counter()
    family_found: collections.Counter = collections.Counter()
    misses: dict[str, list[str]] = {}
    for kind in kinds:
        n = hit = expected = right = 0
        for p in paths:
            rng = random.Random(f"{args.seed}:{kind}:{p.name}")
            inj = INJECTORS[kind](texts[p], rng)
            if inj is None:
                continue
            n += 1
            d = finding(linter, config, inj)
            expected += bool(inj.expected)
            if d is not None:
                hit += 1
                right += bool(inj.expected) and d.suggestions[:1] == [inj.expected]
            else:
                misses.setdefault(kind, []).append(f"{p.name}: {inj.note}")
        family_n[FAMILY[kind]] += n
        family_found[FAMILY[kind]] += hit
        # top-1: the first suggestion is the right correction, over all injections with one
        top1 = f"{right / expected:7.1%}" if expected else f"{'-':>7s}"
        print(f"{kind:32s} {FAMILY[kind]:12s} {n:5d} {hit:6d} {hit / n if n else 0:7.1%} {top1}")
    print()
    for fam in sorted(family_n):
        print(f"family {fam:25s} {family_n[fam]:5d} {family_found[fam]:6d} {family_found[fam] / family_n[fam]:7.1%}")
    if args.misses:
        for kind, lines in misses.items():
            print(f"\nmissed {kind} (first {args.misses}):")
            for line in lines[: args.misses]:
                print("  " + line)

    words = 0
    per_category: collections.Counter = collections.Counter()
    for p in paths:
        doc = Document(texts[p])
        words += doc.word_count
        for d in linter.lint_document(doc, config).diagnostics:
            if d.severity != "info":
                per_category[d.category] += 1
    print(f"\nclean corpus: {words} words; warnings+errors per 1,000 words (audit new ones by hand):")
    for cat in sorted(per_category):
        print(f"  {cat:12s} {per_category[cat] / words * 1000:6.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
