"""Applying fixes: non-overlapping edits, written atomically with encoding and line endings kept."""

from __future__ import annotations

import contextlib
import difflib
import os
import tempfile
from pathlib import Path

from lintpress.diagnostic import Diagnostic, Edit, splice
from lintpress.document import Document
from lintpress.fix_safety import markup_kept, merge_line_deletions


def plan_edits(
    text: str, diagnostics: list[Diagnostic], *, unsafe: bool = False, doc: Document | None = None
) -> tuple[list[Edit], int]:
    """The edits ``--fix`` makes, sorted, and how many findings they fix.

    A finding's fix is taken when it is safe (or ``unsafe`` is set) and none of
    its edits overlaps an edit already taken; deleted neighbouring lines are
    joined (see :func:`~lintpress.fix_safety.merge_line_deletions`). Each fix was
    checked alone against the markup; with ``doc`` (the document ``text`` is) the
    fixes are checked together too: two deletions may each be harmless and yet
    together put a comment at the start of a list item. Then the fixes are taken
    one by one, each only while the markup still parses the same.
    """
    fixes = sorted((d for d in diagnostics if d.fixable(unsafe)), key=lambda d: (d.fix[0].offset, d.rule))
    edits, applied = _take(text, fixes)
    if doc is None or not edits or markup_kept(doc, edits):
        return edits, applied
    kept: list[Diagnostic] = []
    for d in fixes:
        trial, n = _take(text, [*kept, d])
        if n == len(kept) + 1 and markup_kept(doc, trial):
            kept.append(d)
    return _take(text, kept)


def _take(text: str, fixes: list[Diagnostic]) -> tuple[list[Edit], int]:
    """The edits of the fixes that overlap no fix taken before them, and how many fixes that is."""
    chosen: list[Edit] = []
    taken: list[tuple[int, int]] = []
    applied = 0
    for d in fixes:
        spans = [(e.offset, e.end) for e in d.fix]
        if any(s < te and ts < e or (s == e == ts) for s, e in spans for ts, te in taken):
            continue
        chosen.extend(d.fix)
        taken.extend(spans)
        applied += 1
    return merge_line_deletions(text, sorted(chosen, key=lambda e: (e.offset, e.length))), applied


def apply_edits(
    text: str, diagnostics: list[Diagnostic], *, unsafe: bool = False, doc: Document | None = None
) -> tuple[str, int]:
    """The text with the findings' fixes made (see :func:`plan_edits`), and how many were made."""
    edits, applied = plan_edits(text, diagnostics, unsafe=unsafe, doc=doc)
    return splice(text, edits), applied


def unified_diff(path: str, before: str, after: str) -> str:
    return "".join(
        difflib.unified_diff(
            before.splitlines(keepends=True),
            after.splitlines(keepends=True),
            fromfile=f"a/{path}",
            tofile=f"b/{path}",
        )
    )


def write_atomic(path: Path, text: str, *, bom: bool) -> None:
    """Write through a temporary file in the same folder and rename it over the original.

    The text keeps its own line endings (it was read without newline
    translation); the BOM and the file's permission bits are kept.
    """
    data = (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")
    mode = path.stat().st_mode & 0o7777
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".lintpress-tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
