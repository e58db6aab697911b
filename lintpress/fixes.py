"""Applying fixes: non-overlapping edits, written atomically with encoding and line endings kept."""

from __future__ import annotations

import contextlib
import difflib
import os
import tempfile
from pathlib import Path

from lintpress.diagnostic import Diagnostic, Edit


def fixable(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    return [d for d in diagnostics if d.fix]


def apply_edits(text: str, diagnostics: list[Diagnostic]) -> tuple[str, int]:
    """Apply each finding's edits unless they overlap an edit already taken. Returns (text, count)."""
    chosen: list[Edit] = []
    taken: list[tuple[int, int]] = []
    applied = 0
    for d in sorted(fixable(diagnostics), key=lambda d: (d.fix[0].offset, d.rule)):
        spans = [(e.offset, e.offset + e.length) for e in d.fix]
        if any(s < te and ts < e or (s == e == ts) for s, e in spans for ts, te in taken):
            continue
        chosen.extend(d.fix)
        taken.extend(spans)
        applied += 1
    out = text
    for e in sorted(chosen, key=lambda e: e.offset, reverse=True):
        out = out[: e.offset] + e.replacement + out[e.offset + e.length :]
    return out, applied


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
