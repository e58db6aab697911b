"""Speed and false-alarm rate of the spelling rules (not a test: numbers to read).

    .venv/bin/python benchmarks/bench_spelling.py [--corpus DIR] [--top 30]

Prints: the cold load time of the spelling data (wordfreq lists and lexicon, then
the Hunspell id_ID and en_US dictionaries) in a fresh process; words/second of checking with the data loaded,
first pass (empty verdict cache) and second pass (warm cache); and on the corpus
(default ../shared/corpus/news-id/dev) the findings per rule, unknown-word findings
per 1,000 words with the most flagged words, and every local-typo hit.
"""

from __future__ import annotations

import argparse
import collections
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEV = REPO.parent / "shared" / "corpus" / "news-id" / "dev"

COLD = """
import time
t0 = time.perf_counter()
from lintpress.spelling import dictionaries
from lintpress.spelling.speller import get_speller
sp = get_speller("id", ("id_ID",), ("en_US",), ("id", "en"), (), 3.0, 3.5)
sp.load_data()
t1 = time.perf_counter()
dictionaries.load("id_ID")
dictionaries.load("en_US")
t2 = time.perf_counter()
print(f"{(t1 - t0) * 1000:.0f} {(t2 - t1) * 1000:.0f}")
"""


def cold_load() -> tuple[float, float]:
    """(id data, en_US on demand) load times in ms, median of 5 fresh processes."""
    runs = []
    for _ in range(5):
        out = subprocess.run([sys.executable, "-c", COLD], capture_output=True, text=True, check=True)
        runs.append(tuple(float(x) for x in out.stdout.split()))
    runs.sort()
    return runs[len(runs) // 2]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=DEV)
    ap.add_argument("--top", type=int, default=30)
    args = ap.parse_args()

    from lintpress.config import Config
    from lintpress.document import Document
    from lintpress.engine import Linter

    id_ms, en_ms = cold_load()
    print(
        f"cold load: wordfreq id/en and lexicon {id_ms:.0f} ms; then Hunspell id_ID + en_US {en_ms:.0f} ms "
        "more (their loading starts in the background when the speller is made)"
    )
    if not args.corpus.is_dir():
        print(f"{args.corpus}: not found, no corpus numbers")
        return
    paths = sorted(args.corpus.glob("*.txt"))

    def fresh() -> list:
        docs = [Document.from_path(p) for p in paths]
        for d in docs:
            _ = d.words, d.sentences, d.word_count  # segmentation is the engine's, not ours
        return docs

    docs = fresh()
    words = sum(d.word_count for d in docs)
    linter, config = Linter(), Config(language="id", select=("spelling",))
    linter.lint_document(Document("Ia hadir sebaga warga.", "warm.txt"), config)  # load the data
    results = []
    for label in ("first pass (cold verdict cache)", "second pass (warm cache)"):
        docs = fresh()
        t0 = time.perf_counter()
        results = [linter.lint_document(d, config).diagnostics for d in docs]
        dt = time.perf_counter() - t0
        print(f"{label}: {words / dt:,.0f} words/s ({dt * 1000:.0f} ms for {words:,} words)")

    by_rule: collections.Counter = collections.Counter()
    flagged: collections.Counter = collections.Counter()
    local = []
    for doc, diags in zip(docs, results):
        for d in diags:
            by_rule[d.rule] += 1
            text = doc.text[d.offset : d.end]
            if d.rule == "spelling.unknown-word":
                flagged[text.lower()] += 1
            elif d.rule == "spelling.local-typo":
                local.append(f"{Path(doc.path).name}: {text} → {d.suggestions[0]}")
    print(f"{len(docs)} articles, {words:,} words; findings: {dict(by_rule)}")
    print(f"unknown-word per 1,000 words: {by_rule['spelling.unknown-word'] / words * 1000:.2f}")
    print("top flagged:", ", ".join(f"{w} ({n})" for w, n in flagged.most_common(args.top)))
    print("local-typo hits:\n  " + "\n  ".join(local))


if __name__ == "__main__":
    main()
