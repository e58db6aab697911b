"""Compiled regular expressions kept across runs, so a cold start does not re-parse them.

The ``regex`` module parses a pattern in Python: the default packs and the
parsers cost ~60 ms of compiling on every start, a third of a one-article run.
A compiled ``regex`` pattern pickles as its compiled code (``_pickled_data``)
and unpickles through the C constructor without parsing, in microseconds. So
every pattern lintpress compiles goes through :func:`compile_regex`: the first
run compiles and stores it under the user cache folder, later runs load the
whole store once (~1.5 ms for the default rules). Patterns are looked up by
their text and flags; the store is derived data (:mod:`lintpress.cache_folder`)
keyed by the ``regex`` version and its code magic, so a pattern is never taken
from a different compiler.
"""

from __future__ import annotations

import pickle
import sys
import time
from pathlib import Path

import regex
from regex import _regex

from lintpress.cache_folder import derived_path, read_derived, write_derived

#: The seconds a rule's regular expressions may spend on one document. A pattern that backtracks
#: exponentially (``(a|aa)+$``, easily written in a user pack) raises TimeoutError instead of
#: hanging the run; the engine warns, naming the rule and file, and goes on.
PATTERN_TIMEOUT = 5.0


def time_left(deadline: float) -> float:
    """Seconds until ``deadline`` (a ``time.monotonic()`` value), for a ``timeout=`` argument."""
    return max(deadline - time.monotonic(), 0.001)


#: Above this many stored patterns a save keeps only those used by the run (user packs change).
MAX_STORED = 4000

_store: dict[tuple[str, int], regex.Pattern] | None = None
_used: set[tuple[str, int]] = set()
_new = False


def _key() -> str:
    """What the compiled code depends on: the regex version, its code magic and Python's version."""
    return f"regex {regex.__version__} magic {_regex.MAGIC} python {sys.version_info[0]}.{sys.version_info[1]}"


def store_path() -> Path:
    return derived_path("patterns", _key())


def _load() -> dict[tuple[str, int], regex.Pattern]:
    global _store
    if _store is None:
        loaded = read_derived("patterns", _key(), pickle.loads)
        ok = isinstance(loaded, dict) and all(isinstance(p, regex.Pattern) for p in loaded.values())
        _store = loaded if ok else {}
    return _store


def compile_regex(pattern: str, flags: int = 0) -> regex.Pattern:
    """``regex.compile(pattern, flags)``, taken from the store when an earlier run compiled it."""
    global _new
    store = _load()
    key = (pattern, flags)
    compiled = store.get(key)
    if compiled is None:
        compiled = store[key] = regex.compile(pattern, flags)  # raises regex.error as usual
        _new = True
    _used.add(key)
    return compiled


def save() -> None:
    """Write the store when this run compiled new patterns (atomically; a read-only cache only costs speed)."""
    global _new
    if not _new or _store is None:
        return
    keep = _store if len(_store) <= MAX_STORED else {k: v for k, v in _store.items() if k in _used}
    write_derived("patterns", _key(), keep, lambda value: pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    _new = False
