"""``--fix`` and ``--diff``: fix, re-lint, repeat until nothing changes, then write once."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from lintpress.diagnostic import UNSAFE
from lintpress.document import Document
from lintpress.errors import InputError
from lintpress.fixes import apply_edits, unified_diff, write_atomic

MAX_PASSES = 10


class FixSummary(NamedTuple):
    """What ``--fix`` did: findings fixed per changed file, and the unsafe fixes it left alone."""

    fixed: dict[str, int]
    unsafe_left: int


def fix_results(linter, results, *, write: bool, diff_stream=None, unsafe: bool = False) -> FixSummary:
    """Fix every file in ``results`` (updating them in place with the remaining findings).

    Safe fixes only, unless ``unsafe`` (``--unsafe-fixes``) is set.
    """
    fixed: dict[str, int] = {}
    unsafe_left = 0
    for i, r in enumerate(results):
        doc = r.document
        original = doc.text
        current = r
        count = 0
        for _ in range(MAX_PASSES):
            new_text, applied = apply_edits(
                current.document.text, current.diagnostics, unsafe=unsafe, doc=current.document
            )
            if not applied or new_text == current.document.text:
                break
            count += applied
            new_doc = Document(new_text, doc.path, doc.format, bom=doc.bom)
            current = linter.lint_document(new_doc, r.config)
        if not unsafe:
            unsafe_left += sum(1 for d in current.diagnostics if d.fix and d.applicability == UNSAFE)
        if current.document.text == original:
            continue
        fixed[doc.path] = count
        if diff_stream is not None:
            diff_stream.write(unified_diff(doc.path, original, current.document.text))
        if write:
            try:
                if not write_atomic(Path(doc.path), current.document.text, bom=doc.bom, origin=doc.origin):
                    continue  # left alone with a warning (read-only, or changed meanwhile): findings stay
            except OSError as exc:
                raise InputError(f"{doc.path}: cannot write the fixes ({exc.strerror or exc})") from None
            results[i] = current
    return FixSummary(fixed, unsafe_left)


def _findings(n: int) -> str:
    return f"{n} finding" if n == 1 else f"{n} findings"


def report_fixes(summary: FixSummary, stream, *, applied: bool) -> None:
    """Say on ``stream`` (stderr) what was fixed where, and how many unsafe fixes are left."""
    verb = "Fixed" if applied else "Would fix"
    for path, n in summary.fixed.items():
        stream.write(f"{verb} {_findings(n)} in {path}.\n")
    if not summary.fixed:
        stream.write("No fixes applied.\n" if applied else "No fixes to apply.\n")
    if summary.unsafe_left:
        n = summary.unsafe_left
        stream.write(
            f"{n} unsafe {'fix is' if n == 1 else 'fixes are'} available with --unsafe-fixes "
            "(review them: they may change the meaning).\n"
        )
