"""The registry of rule kinds: one line per kind, imported only when a rule uses it.

``KINDS`` maps the ``kind:`` name written in a rule pack to ``module:Class``.
Lazy import keeps ``lintpress --help`` and packs that do not need heavy kinds
(dictionaries, frequency data) fast.
"""

from __future__ import annotations

import importlib

from lintpress.kinds.base import Kind

KINDS: dict[str, str] = {
    "duplication": "lintpress.kinds.duplication:Duplication",
    "substitution": "lintpress.kinds.substitution:Substitution",
    "existence": "lintpress.kinds.existence:Existence",
    "repetition": "lintpress.kinds.repetition:Repetition",
    "occurrence": "lintpress.kinds.occurrence:Occurrence",
    "spelling": "lintpress.kinds.spelling:Spelling",
    "glued": "lintpress.kinds.glued:Glued",
    "name-case": "lintpress.kinds.name_case:NameCase",
    "languagetool": "lintpress.kinds.languagetool:LanguageTool",
    "weekday": "lintpress.kinds.weekday:Weekday",
    "date-conflict": "lintpress.kinds.weekday:DateConflict",
    "figures": "lintpress.kinds.figures:Figures",
    "ordinals": "lintpress.kinds.ordinals:Ordinals",
    "anniversary": "lintpress.kinds.ordinals:Anniversary",
    "name-variant": "lintpress.kinds.names:NameVariant",
    "position": "lintpress.kinds.names:Position",
    "acronyms": "lintpress.kinds.acronyms:Acronyms",
    "totals": "lintpress.kinds.totals:Totals",
    "age": "lintpress.kinds.names:Age",
    "balance": "lintpress.kinds.balance:Balance",
    "case": "lintpress.kinds.case:Case",
    "mojibake": "lintpress.kinds.mojibake:Mojibake",
    "article": "lintpress.kinds.article:Article",
    "spacing": "lintpress.kinds.spacing:Spacing",
    "apposition": "lintpress.kinds.apposition:Apposition",
}


#: Kinds that start loading data in the background when a rule of theirs is built (the speller's
#: Hunspell dictionaries): a rule set builds their rules first, so the loading overlaps the rest.
LOADS_IN_BACKGROUND = frozenset({"spelling"})


def load_kind(name: str) -> type[Kind]:
    """The class registered for a kind name; KeyError when there is none."""
    module_name, _, cls_name = KINDS[name].partition(":")
    return getattr(importlib.import_module(module_name), cls_name)
