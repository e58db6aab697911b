"""Applying fixes: non-overlapping edits, written atomically with encoding and line endings kept."""

from __future__ import annotations

import contextlib
import difflib
import os
import sys
import tempfile
import zlib
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


def write_atomic(path: Path, text: str, *, bom: bool, origin=None) -> bool:
    """Write the fixed text over the file it came from, never leaving it half-written.

    The text keeps its own line endings (it was read without newline translation); the BOM and
    the file's permission bits are kept. A symbolic link is written through (the link stays a
    link); a file with several hard links is rewritten in place, so every name still shows it.
    ``origin`` (the ``Origin`` of the text as read) guards the user's work: a read-only file, or
    one that changed since it was read (an edit made while --fix ran), is left alone with a
    warning on stderr and False is returned. A text read from standard input has no file: the
    command line prints it.
    """
    if origin is not None and origin.stdin:
        return True
    target = Path(os.path.realpath(path))  # through symbolic links: the link stays, the file changes
    data = (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")
    st = target.stat()
    if not st.st_mode & 0o222:
        return _skip(path, "read-only file, not fixed (make it writable to fix it)")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".lintpress-tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if origin is not None and _changed_since(target, origin):
            return _skip(path, "changed while lintpress ran, not fixed (run lintpress again)")
        if st.st_nlink > 1:
            _rewrite_in_place(target, data)  # the fsynced copy stays until the original is whole
        else:
            os.chmod(tmp, st.st_mode & 0o7777)
            with contextlib.suppress(OSError):  # keep the owner when root fixes another's file
                if (st.st_uid, st.st_gid) != (os.getuid(), os.getgid()):
                    os.chown(tmp, st.st_uid, st.st_gid)
            os.replace(tmp, target)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
    return True


def _changed_since(path: Path, origin) -> bool:
    """Whether the file is no longer the one read: another inode, size, time or content."""
    try:
        st = path.stat()
    except OSError:
        return True
    if (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns) != (origin.dev, origin.ino, origin.size, origin.mtime_ns):
        return True
    try:  # an edit within the file system's time resolution keeps size and time
        return zlib.crc32(path.read_bytes()) != origin.crc
    except OSError:
        return True


def _rewrite_in_place(path: Path, data: bytes) -> None:
    """Overwrite a hard-linked file through its own inode; on failure put the old bytes back."""
    with open(path, "r+b") as fh:
        old = fh.read()
        try:
            fh.seek(0)
            fh.write(data)
            fh.truncate()
            fh.flush()
            os.fsync(fh.fileno())
        except BaseException:
            fh.seek(0)
            fh.write(old)
            fh.truncate()
            fh.flush()
            raise


def _skip(path: Path, why: str) -> bool:
    sys.stderr.write(f"lintpress: warning: {path}: {why}\n")
    return False
