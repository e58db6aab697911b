"""Fix safety on real articles (numbers to read): what --fix offers, applies and leaves alone.

    .venv/bin/python benchmarks/bench_fixes.py [--corpus DIR] [--unsafe-fixes]

For every article of the corpus (default ../shared/corpus/news-id/dev; never holdout/
while tuning), as plain text and as a Markdown variant (tests/fixcheck.py: emphasis,
links, code, comments, lists, emoji; CRLF line endings and a BOM on every other file):

- findings, findings with a fix, safe and unsafe fixes, by rule;
- in memory, each pass of --fix is checked (tests/fixcheck.check_pass): no byte changes
  outside a reported fix span, no markup token lost, the markup parses the same; the
  fixes are repeated until nothing changes and one more pass must change nothing;
- then the real command line runs on copies in a temporary folder: ``lintpress --fix``
  (its summary gives the fixes applied), and a second ``--fix`` must leave every byte alone.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import io
import re
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from fixcheck import check_pass, markdown_variant  # noqa: E402

from lintpress.cli import main  # noqa: E402
from lintpress.config import Config  # noqa: E402
from lintpress.document import Document  # noqa: E402
from lintpress.engine import Linter  # noqa: E402

DEV = HERE.parent.parent / "shared" / "corpus" / "news-id" / "dev"
PASSES = 10


def variants(paths: list[Path]) -> dict[str, dict[str, bytes]]:
    """Per format, file name → bytes as written to disk."""
    plain, md = {}, {}
    for k, p in enumerate(paths):
        text = p.read_text(encoding="utf-8")
        plain[p.name] = text.encode()
        variant = markdown_variant(text, int(p.stem) if p.stem.isdigit() else k)
        if k % 2:
            variant = "\ufeff" + variant.replace("\n", "\r\n")
        md[p.with_suffix(".md").name] = variant.encode()
    return {"text": plain, "markdown": md}


def in_memory(files: dict[str, bytes], fmt: str, unsafe: bool) -> dict:
    linter, config = Linter(), Config()
    stats: collections.Counter = collections.Counter()
    by_rule: collections.Counter = collections.Counter()
    problems = []
    for name, data in files.items():
        text = data.decode("utf-8-sig")
        doc = Document(text, name, fmt)
        diags = linter.lint_document(doc, config).diagnostics
        stats["findings"] += len(diags)
        stats["words"] += doc.word_count
        for d in diags:
            if d.fix:
                stats["with fix"] += 1
                stats[f"{d.applicability} fixes"] += 1
                by_rule[(d.rule, d.applicability)] += 1
        for _ in range(PASSES):
            new, edits, found = check_pass(doc, diags, unsafe=unsafe)
            problems += [f"{name}: {p}" for p in found]
            if not edits or new == doc.text:
                break
            stats["fixes applied"] += sum(1 for d in diags if d.fixable(unsafe))
            doc = Document(new, name, fmt)
            diags = linter.lint_document(doc, config).diagnostics
        else:
            problems.append(f"{name}: still changing after {PASSES} passes")
        again, edits, _ = check_pass(doc, diags, unsafe=unsafe)
        if edits and again != doc.text:
            problems.append(f"{name}: a second --fix changes it")
        stats["files changed"] += doc.text != text
    return {"stats": stats, "by_rule": by_rule, "problems": problems}


def with_cli(files: dict[str, bytes], unsafe: bool) -> tuple[int, int, list[str]]:
    """(fixes applied, files changed, problems) of the real ``lintpress --fix`` on copies."""
    folder = Path(tempfile.mkdtemp(prefix="lintpress-fixes-"))
    try:
        for name, data in files.items():
            (folder / name).write_bytes(data)
        args = ["--no-cache", "--fix", "--format", "json", *(["--unsafe-fixes"] if unsafe else []), str(folder)]
        err = io.StringIO()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
            main(args)
        applied = sum(int(n) for n in re.findall(r"^Fixed (\d+) finding", err.getvalue(), re.MULTILINE))
        fixed = {name: (folder / name).read_bytes() for name in files}
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            main(args)
        problems = [f"{n}: a second --fix changed it" for n in files if (folder / n).read_bytes() != fixed[n]]
        problems += [f"{n}: BOM lost" for n, d in files.items() if d.startswith(b"\xef\xbb\xbf") != fixed[n].startswith(b"\xef\xbb\xbf")]
        problems += [
            f"{n}: line endings changed" for n, d in files.items() if b"\r\n" in d and fixed[n].count(b"\n") != fixed[n].count(b"\r\n")
        ]
        changed = sum(1 for n in files if fixed[n] != files[n])
        return applied, changed, problems
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main_() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEV)
    ap.add_argument("--unsafe-fixes", action="store_true", help="apply the unsafe fixes too")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    paths = sorted(args.corpus.glob("*.txt"))
    for fmt, files in variants(paths).items():
        result = in_memory(files, fmt, args.unsafe_fixes)
        applied, changed, cli_problems = with_cli(files, args.unsafe_fixes)
        s = result["stats"]
        print(f"\n{fmt}: {len(files)} files, {s['words']:,} words")
        print(
            f"  findings {s['findings']}, with a fix {s['with fix']} "
            f"(safe {s['safe fixes']}, unsafe {s['unsafe fixes']})"
        )
        print(f"  in memory: fixes applied {s['fixes applied']}, files changed {s['files changed']}")
        print(f"  lintpress --fix: fixes applied {applied}, files changed {changed}")
        for (rule, applicability), n in sorted(result["by_rule"].items(), key=lambda x: (-x[1], x[0])):
            print(f"    {rule:34} {applicability:6} {n}")
        problems = result["problems"] + cli_problems
        print(f"  problems: {len(problems)}")
        for p in problems[:20]:
            print("    " + p)
    return 0


if __name__ == "__main__":
    sys.exit(main_())
