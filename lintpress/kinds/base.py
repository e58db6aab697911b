"""What every rule kind shares: declared parameters, validation, and the message template.

A *kind* is a Python class that knows how to check one sort of thing
(substitution, existence, …). A *rule* is a kind plus data from a YAML pack:
an id, category, severity, message and parameters. Kinds declare their
parameters in ``PARAMS`` so a bad rule file is rejected with a message that
names the file, the rule and the field.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, ClassVar, NamedTuple

import regex

from lintpress.diagnostic import APPLICABILITIES, CATEGORIES, SEVERITIES, Diagnostic, Edit, Related
from lintpress.errors import RuleFileError
from lintpress.messages import text
from lintpress.pattern_store import compile_regex


class Param(NamedTuple):
    """A parameter a kind accepts: its type, default and what it means."""

    type: str  # "str", "int", "float", "bool", "list[str]", "dict[str,str]", "regex", "list[regex]", "any"
    default: Any = None
    required: bool = False
    doc: str = ""
    choices: tuple[Any, ...] | None = None


class RuleSpec(NamedTuple):
    """A rule as written in a pack, after the common fields are checked (``_replace`` makes variants)."""

    id: str
    kind: str
    category: str
    severity: str
    message: str
    description: str = ""
    example: dict[str, str] = {}  # noqa: RUF012 - never changed in place: variants get new dicts
    in_quotes: str = "keep"  # keep | info | skip
    params: dict[str, Any] = {}  # noqa: RUF012
    source: str = "<builtin>"
    language: str = "id"
    enabled: bool = True
    pack_dir: str = ""  # folder of the pack file: data files named in params live here
    applicability: str = ""  # of the rule's fixes: safe | unsafe, as declared ("": the kind's default)


class RunContext:
    """What a rule may know about the run beyond its own document."""

    def __init__(
        self,
        language: str = "id",
        accept: set[str] | None = None,  # vocabulary the user accepts
        accept_patterns: list[Any] | None = None,
        reject: set[str] | None = None,
        reject_patterns: list[Any] | None = None,
        reference_date: Any = None,  # datetime.date or None: the year to assume for dates
        options: dict[str, Any] | None = None,
    ):
        self.language = language
        self.accept = accept if accept is not None else set()
        self.accept_patterns = accept_patterns if accept_patterns is not None else []
        self.reject = reject if reject is not None else set()
        self.reject_patterns = reject_patterns if reject_patterns is not None else []
        self.reference_date = reference_date
        self.options = options if options is not None else {}

    def accepted(self, word: str) -> bool:
        if word in self.accept or word.lower() in self.accept:
            return True
        return any(p.fullmatch(word) for p in self.accept_patterns)


def _check_type(value: Any, typ: str) -> bool:
    if typ == "any":
        return True
    if typ == "str" or typ == "regex":
        return isinstance(value, str)
    if typ == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if typ == "float":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if typ == "bool":
        return isinstance(value, bool)
    if typ in ("list[str]", "list[regex]"):
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if typ == "dict[str,str]":
        return isinstance(value, dict) and all(
            isinstance(k, str)
            and (isinstance(v, str) or (isinstance(v, list) and all(isinstance(x, str) for x in v)))
            for k, v in value.items()
        )
    if typ == "dict":
        return isinstance(value, dict)
    raise AssertionError(f"unknown param type {typ}")


class Kind:
    """Base class of rule kinds. Subclasses set NAME, PARAMS and implement ``check``."""

    NAME: ClassVar[str] = ""
    PARAMS: ClassVar[dict[str, Param]] = {}
    #: Default for how findings inside direct quotations are treated.
    IN_QUOTES: ClassVar[str] = "keep"
    #: True when ``check`` applies the ``in_quotes`` policy itself (the engine then leaves its
    #: findings as they are): duplication judges a repeated quotation as a whole.
    OWN_QUOTES: ClassVar[bool] = False
    #: Default applicability of the kind's fixes: "safe" (``--fix``) or "unsafe" (``--unsafe-fixes``).
    FIX_APPLICABILITY: ClassVar[str] = "safe"

    def __init__(self, spec: RuleSpec, context: RunContext | None = None):
        self.spec = spec
        self.context = context or RunContext(language=spec.language)
        self.params = self._validate(spec)
        try:
            self.setup()
        except regex.error:
            # Patterns are compiled once, combined, in setup(); only when that fails is each
            # one compiled alone, to name the field and pattern at fault (compiling every
            # pattern twice would double the start-up cost of the packs).
            self._check_patterns()
            raise

    def _check_patterns(self) -> None:
        for name, p in self.PARAMS.items():
            if p.type not in ("regex", "list[regex]") or self.params.get(name) is None:
                continue
            value = self.params[name]
            for pattern in [value] if p.type == "regex" else value:
                try:
                    regex.compile(pattern)
                except regex.error as exc:
                    raise self._fail(f"params.{name}", f"bad regular expression {pattern!r}: {exc}") from None

    # -- validation ---------------------------------------------------------------------------
    def _fail(self, fld: str, why: str) -> RuleFileError:
        return RuleFileError(f"{self.spec.source}: rule '{self.spec.id}': field '{fld}': {why}")

    def _validate(self, spec: RuleSpec) -> dict[str, Any]:
        out: dict[str, Any] = {}
        unknown = set(spec.params) - set(self.PARAMS)
        if unknown:
            allowed = ", ".join(sorted(self.PARAMS)) or "none"
            raise self._fail(
                f"params.{sorted(unknown)[0]}",
                f"unknown parameter for kind '{self.NAME}' (allowed: {allowed})",
            )
        for name, p in self.PARAMS.items():
            if name not in spec.params:
                if p.required:
                    raise self._fail(f"params.{name}", "is required")
                out[name] = p.default
                continue
            value = spec.params[name]
            if not _check_type(value, p.type):
                raise self._fail(f"params.{name}", f"expected {p.type}, got {type(value).__name__}")
            if p.choices is not None and value not in p.choices:
                raise self._fail(f"params.{name}", f"must be one of {', '.join(map(str, p.choices))}")
            out[name] = value
        return out

    def data_path(self, name: str) -> Path:
        """A data file named in the rule's params, relative to its pack file."""
        path = Path(name)
        return path if path.is_absolute() else Path(self.spec.pack_dir) / path

    def setup(self) -> None:
        """Precompute what ``check`` needs (compiled patterns, lookup tables)."""

    # -- checking -----------------------------------------------------------------------------
    def check(self, doc) -> Iterable[Diagnostic]:
        raise NotImplementedError

    def check_many(self, docs: list) -> dict[str, list[Diagnostic]]:
        """Findings that need several documents at once (``--cross-file``). Default: none."""
        return {}

    def related_label(self, key: str) -> str:
        """The label of a related place (``related.<key>`` in lintpress.messages), in the article's language."""
        return text(f"related.{key}", self.context.language)

    def diagnostic(
        self,
        offset: int,
        length: int,
        *,
        text: str = "",
        suggestions: Iterable[str] = (),
        related: Iterable[Related] = (),
        fix: list[Edit] | None = None,
        message: str | None = None,
        severity: str | None = None,
        category: str | None = None,
        applicability: str | None = None,
        **fields: Any,
    ) -> Diagnostic:
        """Build a finding, filling the rule's message template with ``{text}``, ``{suggestion}``…"""
        suggestions = list(suggestions)
        values = {
            "text": text,
            "suggestion": suggestions[0] if suggestions else "",
            "suggestions": ", ".join(suggestions),
        }
        values.update(fields)
        template = message if message is not None else self.spec.message
        try:
            rendered = template.format(**values)
        except (KeyError, IndexError, ValueError):
            rendered = template
        return Diagnostic(
            rule=self.spec.id,
            category=category or self.spec.category,
            severity=severity or self.spec.severity,
            message=rendered,
            offset=offset,
            length=length,
            suggestions=suggestions,
            related=list(related),
            fix=fix,
            applicability=applicability or self.spec.applicability or self.FIX_APPLICABILITY,
        )


def match_case(template: str, replacement: str) -> str:
    """Give ``replacement`` the capitalisation pattern of ``template`` (lower, Title, UPPER)."""
    letters = [c for c in template if c.isalpha()]
    if not letters:
        return replacement
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return replacement.upper()
    if letters[0].isupper() and not replacement[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


_SPACES = compile_regex(r"\s+")


def as_read(doc, start: int, end: int) -> str:
    """The span as a reader sees it, for messages: markup left out and the gap it leaves one space
    (``pasca](https://x.id) bencana`` reads ``pasca bencana``)."""
    prose, text = doc.prose, doc.text
    parts, pos = [], start
    for m in _SPACES.finditer(prose, start, end):
        if prose[m.start() : m.end()] != text[m.start() : m.end()]:
            parts += [prose[pos : m.start()], " "]
            pos = m.end()
    return "".join(parts) + prose[pos:end]


_RULE_ID = compile_regex(r"[a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+")  # style.baku, spelling.unknown-word


def validate_common(raw: Any, source: str, language: str) -> RuleSpec:
    """Check the fields every rule has and build its RuleSpec."""
    if not isinstance(raw, dict):
        raise RuleFileError(f"{source}: each entry under 'rules' must be a mapping")
    rid = raw.get("id")
    if not isinstance(rid, str) or not _RULE_ID.fullmatch(rid):
        raise RuleFileError(
            f"{source}: rule {rid!r}: field 'id': must be a dotted lower-case id like 'style.baku'"
        )

    def fail(fld: str, why: str) -> RuleFileError:
        return RuleFileError(f"{source}: rule '{rid}': field '{fld}': {why}")

    known = {
        "id",
        "kind",
        "category",
        "severity",
        "message",
        "description",
        "example",
        "in_quotes",
        "params",
        "enabled",
        "applicability",
    }
    extra = set(raw) - known
    if extra:
        raise fail(sorted(extra)[0], f"unknown field (allowed: {', '.join(sorted(known))})")
    kind = raw.get("kind")
    if not isinstance(kind, str):
        raise fail("kind", "is required and must be a string")
    category = raw.get("category")
    if category not in CATEGORIES:
        raise fail("category", f"must be one of {', '.join(CATEGORIES)}")
    severity = raw.get("severity", "warning")
    if severity not in SEVERITIES:
        raise fail("severity", f"must be one of {', '.join(SEVERITIES)}")
    message = raw.get("message")
    if not isinstance(message, str) or not message.strip():
        raise fail("message", "is required and must be a non-empty string")
    description = raw.get("description", "")
    if not isinstance(description, str):
        raise fail("description", "must be a string")
    example = raw.get("example", {}) or {}
    if not isinstance(example, dict) or not all(isinstance(v, str) for v in example.values()):
        raise fail("example", "must be a mapping like {bad: '...', good: '...'}")
    in_quotes = raw.get("in_quotes")
    if in_quotes is not None and in_quotes not in ("keep", "info", "skip"):
        raise fail("in_quotes", "must be one of keep, info, skip")
    params = raw.get("params", {}) or {}
    if not isinstance(params, dict):
        raise fail("params", "must be a mapping")
    enabled = raw.get("enabled", True)
    if not isinstance(enabled, bool):
        raise fail("enabled", "must be true or false")
    applicability = raw.get("applicability")
    if applicability is not None and applicability not in APPLICABILITIES:
        raise fail("applicability", f"must be one of {', '.join(APPLICABILITIES)}")
    return RuleSpec(
        id=rid,
        kind=kind,
        category=category,
        severity=severity,
        message=message.strip(),
        description=description.strip(),
        example=example,
        in_quotes=in_quotes or "",
        params=params,
        source=source,
        language=language,
        enabled=enabled,
        pack_dir=str(Path(source).parent),
        applicability=applicability or "",
    )


def iter_words(doc, start: int = 0, end: int | None = None) -> Iterator:
    """Word tokens of the document between two offsets."""
    end = len(doc.text) if end is None else end
    for tok in doc.words:
        if tok.start >= start and tok.end <= end:
            yield tok
