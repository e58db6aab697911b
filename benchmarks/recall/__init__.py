"""Injected errors for the recall benchmark (``benchmarks/bench_recall.py``).

Each module of this package registers *injectors*: a function that takes a clean
article and a seeded random generator and returns the article with one error put
in (or ``None`` when the article offers no place for that error). The benchmark
lints the copy and counts the error as found when a finding of one of the
expected rules overlaps the injected span. Injectors must generalise: they pick
places by the article's own words and numbers, never by a list of known articles.
"""

from __future__ import annotations

import importlib
import pkgutil
import random
from collections.abc import Callable
from typing import NamedTuple


class Injection(NamedTuple):
    """An article with one error put in, and where it is."""

    text: str
    start: int  # span of the injected error in ``text`` (code points)
    end: int
    rules: tuple[str, ...]  # rule ids or prefixes that count as finding it ("spelling", "consistency.figure")
    note: str = ""  # what was done, for the report ("sebagai → sebaga")
    expected: str = ""  # the right correction, when there is one: the first suggestion should be it


Injector = Callable[[str, random.Random], "Injection | None"]

#: kind name → injector; a kind is one line of the report ("typo-lower", "figure-restated", …).
INJECTORS: dict[str, Injector] = {}
#: kind name → the family it belongs to in the summary ("spelling", "consistency", …).
FAMILY: dict[str, str] = {}


def injector(kind: str, family: str) -> Callable[[Injector], Injector]:
    """Register an injector under ``kind`` (decorator)."""

    def register(fn: Injector) -> Injector:
        if kind in INJECTORS:
            raise ValueError(f"injector kind {kind!r} registered twice")
        INJECTORS[kind] = fn
        FAMILY[kind] = family
        return fn

    return register


def load_all() -> None:
    """Import every injector module of this package (each registers its kinds)."""
    for info in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{info.name}")
