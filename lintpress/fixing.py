"""``--fix`` and ``--diff``: fix, re-lint, repeat until nothing changes, then write once."""

from __future__ import annotations

from pathlib import Path

from lintpress.document import Document
from lintpress.errors import InputError
from lintpress.fixes import apply_edits, unified_diff, write_atomic

MAX_PASSES = 10


def fix_results(linter, results, *, write: bool, diff_stream=None) -> bool:
    """Fix every file in ``results`` (updating them in place with the remaining findings)."""
    changed_any = False
    for i, r in enumerate(results):
        doc = r.document
        original = doc.text
        current = r
        for _ in range(MAX_PASSES):
            new_text, applied = apply_edits(current.document.text, current.diagnostics)
            if not applied or new_text == current.document.text:
                break
            new_doc = Document(new_text, doc.path, doc.format, bom=doc.bom)
            current = linter.lint_document(new_doc, r.config)
        if current.document.text == original:
            continue
        changed_any = True
        if diff_stream is not None:
            diff_stream.write(unified_diff(doc.path, original, current.document.text))
        if write:
            try:
                if not write_atomic(Path(doc.path), current.document.text, bom=doc.bom, origin=doc.origin):
                    continue  # left alone with a warning (read-only, or changed meanwhile): findings stay
            except OSError as exc:
                raise InputError(f"{doc.path}: cannot write the fixes ({exc.strerror or exc})") from None
            results[i] = current
    return changed_any
