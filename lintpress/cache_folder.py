"""Where lintpress keeps what it can rebuild, and how it stores and reads one such thing.

Checked rule packs and word-frequency tables are *derived data*: each is stored
under a key naming everything it was built from (versions, a source file's path,
size and modification time). The file name is two checksums of the key and the
key is stored inside and compared on reading, so an entry is never stale and a
name collision costs a rebuild, never a wrong answer. A missing, damaged or
unwritable cache only costs speed. This module stays light (no hashing, no JSON)
so ``--no-cache`` runs do not import the result cache.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any


def cache_dir() -> Path:
    """``$LINTPRESS_CACHE_DIR`` or the user cache folder (``~/.cache/lintpress`` on Linux).

    On Linux the XDG rule (``$XDG_CACHE_HOME``, else ``~/.cache``) is applied here, as
    platformdirs applies it: importing platformdirs costs ~6 ms of every start.
    """
    env = os.environ.get("LINTPRESS_CACHE_DIR")
    if env:
        return Path(env)
    if sys.platform.startswith("linux"):
        xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
        return Path(xdg or os.path.expanduser("~/.cache")) / "lintpress"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("lintpress", appauthor=False))


def source_key(path: Path, *extra: object) -> str | None:
    """A key for data built from one file: lintpress version, the file's path, size and mtime, ``extra``."""
    from lintpress import __version__

    try:
        st = path.stat()
    except OSError:
        return None
    return "|".join(map(str, (__version__, path.resolve(), st.st_size, st.st_mtime_ns, *extra)))


def derived_path(kind: str, key: str) -> Path:
    import zlib

    raw = key.encode()
    return cache_dir() / kind / f"{zlib.crc32(raw):08x}{zlib.adler32(raw):08x}"


def read_derived(kind: str, key: str, loads: Callable[[bytes], Any]) -> Any | None:
    """The value stored for ``key`` (``loads`` reverses the ``dumps`` it was written with), or None."""
    try:
        stored_key, value = loads(derived_path(kind, key).read_bytes())
    except Exception:  # noqa: BLE001 - missing, unreadable or written by another version: rebuild
        return None
    return value if stored_key == key else None


def write_derived(kind: str, key: str, value: Any, dumps: Callable[[Any], bytes]) -> None:
    """Store ``value`` for ``key``; a value ``dumps`` cannot write is simply rebuilt next time."""
    try:
        data = dumps((key, value))
    except ValueError:
        return
    write_quietly(derived_path(kind, key), data)


def write_quietly(target: Path, data: bytes) -> None:
    """Write a cache file atomically (temporary file + rename); a read-only or full cache only costs speed."""
    import tempfile

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass
