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

Patterns of the standard library's ``re`` are kept too (:func:`compile_re`): the
Markdown parser and the modules it needs compile ~70 of them while they are
imported, ~9 ms of every Markdown start. A ``re`` pattern does not pickle as
compiled code, but what its compiler makes is a list of opcodes that ``_sre.compile``
(what ``re.compile`` ends with) takes directly; the store keeps that list, keyed by
the exact Python version and the engine's magic number. :func:`re_patterns_kept`
serves ``re.compile`` from it while such modules are imported. Any surprise (another
Python's internals, a damaged store) falls back to ``re.compile`` itself.
"""

from __future__ import annotations

import pickle
import re
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
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
    """Write the stores when this run compiled new patterns (atomically; a read-only cache only costs speed)."""
    global _new, _re_new
    if _new and _store is not None:
        keep = _store if len(_store) <= MAX_STORED else {k: v for k, v in _store.items() if k in _used}
        write_derived("patterns", _key(), keep, lambda value: pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        _new = False
    if _re_new and _re_store is not None:
        import marshal

        keep_re = _re_store if len(_re_store) <= MAX_STORED else {k: _re_store[k] for k in _re_compiled if k in _re_store}
        write_derived("re-patterns", _re_key(), keep_re, marshal.dumps)
        _re_new = False


# -- the standard library's re ---------------------------------------------------------------------
_re_compile = re.compile
_re_store: dict[tuple[str, int], tuple] | None = None
_re_compiled: dict[tuple[str, int], re.Pattern] = {}
_re_new = False


def _re_key() -> str:
    import _sre

    return f"re code 1, sre magic {_sre.MAGIC}, python {sys.version}"


def _re_load() -> dict[tuple[str, int], tuple]:
    global _re_store
    if _re_store is None:
        import marshal

        loaded = read_derived("re-patterns", _re_key(), marshal.loads)
        _re_store = loaded if isinstance(loaded, dict) else {}
    return _re_store


def _re_code(pattern: str, flags: int) -> tuple:
    """What ``re.compile`` hands to ``_sre.compile``: (flags, code, groups, groupindex, indexgroup)."""
    if sys.version_info >= (3, 11):
        from re import _compiler, _parser
    else:  # pragma: no cover - Python 3.10
        import sre_compile as _compiler
        import sre_parse as _parser
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1, groupindex, tuple(indexgroup)


def compile_re(pattern, flags=0) -> re.Pattern:
    """``re.compile(pattern, flags)``, built from stored compiled code when an earlier run compiled it."""
    global _re_new
    flags = int(flags)
    if not isinstance(pattern, str) or flags & re.DEBUG:
        return _re_compile(pattern, flags)
    key = (pattern, flags)
    compiled = _re_compiled.get(key)
    if compiled is not None:
        return compiled
    import _sre

    store = _re_load()
    stored = store.get(key)
    try:
        if stored is None:
            stored = _re_code(pattern, flags)
            store[key] = stored
            _re_new = True
        compiled = _sre.compile(pattern, *stored)
    except Exception:  # noqa: BLE001 - a bad pattern, another Python's internals: re.compile decides
        store.pop(key, None)
        compiled = _re_compile(pattern, flags)  # raises re.error for a bad pattern, as usual
    _re_compiled[key] = compiled
    return compiled


@contextmanager
def re_patterns_kept() -> Iterator[None]:
    """``re.compile`` served from the store while third-party modules that compile patterns as they
    are imported (markdown-it) are imported. Only for imports on the main thread, as at start-up."""
    re.compile = compile_re
    try:
        yield
    finally:
        re.compile = _re_compile
