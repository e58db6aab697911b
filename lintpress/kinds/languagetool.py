"""Kind ``languagetool``: grammar and style findings from a LanguageTool server (optional extra).

LanguageTool knows grammar of English (and German, French, …; not Indonesian).
Where a user has it, lintpress sends the article's prose through
``language-tool-python`` (``pip install 'lintpress[languagetool]'``) and turns
each match into a finding with the rule id ``languagetool.<lt-rule-id>``.
Nothing is imported or sent unless ``[tool.lintpress.languagetool]`` enables it::

    [tool.lintpress.languagetool]
    server = "http://localhost:8081"      # or: local = true (language-tool-python starts Java)
    language = "en-US"
    disabled_rules = ["EN_QUOTES"]

Example: ``This is an test.`` → ``languagetool.en-a-vs-an`` at ``an``, suggestion ``a``.

How the text is sent: language-tool-python's ``check()`` takes plain text only
(no ``data=`` annotated text without its private API), so lintpress sends
``doc.prose``, the prose view in which markup is already blanked with spaces:
offsets in it are offsets in the file, no translation table. Two more
same-length substitutions make the text nicer for LanguageTool and the offsets
exact: a gap between two blocks on one line (table cells) starts with a line
break, and every astral character (emoji) becomes U+FFFC. LanguageTool counts
offsets in UTF-16 code units and language-tool-python versions disagree on
converting them (2.8 passes them through, later ones fix the start but not the
length), so with no astral character sent, UTF-16 units, code points and every
library version agree.

Failures never cost the user lintpress's own findings: an unreachable server
or an error reply is one warning line on stderr, unless ``required = true``
makes it an error (exit code 2). Indonesian documents are never sent.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any, NamedTuple

from lintpress.diagnostic import SEVERITY_RANK, Diagnostic, Edit
from lintpress.errors import ConfigError, LintpressError
from lintpress.kinds.base import Kind, Param
from lintpress.pattern_store import compile_regex


def _debug(message: str, *args: Any) -> None:
    """A debug line for ``logging`` users (imported only here: most runs never call it)."""
    import logging

    logging.getLogger(__name__).debug(message, *args)


#: Languages LanguageTool cannot check: their documents are never sent.
UNSUPPORTED = {"id"}
DEFAULT_LANGUAGE = {"en": "en-US"}
SPELLING_CATEGORY = "TYPOS"
PLACEHOLDER = "\ufffc"  # stands in for an astral character, one UTF-16 unit instead of two
_ASTRAL = compile_regex(r"[\U00010000-\U0010FFFF]")
_NOT_ID = compile_regex(r"[^a-z0-9]+")
_WORD_CHAR = compile_regex(r"\w")


class LanguageToolUnavailable(LintpressError):
    """LanguageTool is required by the configuration but could not check a document."""


class Settings(NamedTuple):
    """``[tool.lintpress.languagetool]``, checked: a typo must never silently switch checks off."""

    enabled: bool = False
    server: str | None = None
    local: bool = False
    language: str | None = None
    disabled_rules: tuple[str, ...] = ()
    enabled_rules: tuple[str, ...] = ()
    disabled_categories: tuple[str, ...] = ()
    enabled_categories: tuple[str, ...] = ()
    required: bool = False
    timeout: float = 30.0
    max_chars: int = 20000

    @classmethod
    def from_options(cls, raw: dict[str, Any] | None) -> Settings:
        opts = {str(k).replace("-", "_"): v for k, v in (raw or {}).items()}
        where = "[tool.lintpress.languagetool]"
        known = set(cls._fields)
        unknown = sorted(set(opts) - known)
        if unknown:
            raise ConfigError(f"{where}: unknown key '{unknown[0]}' (known: {', '.join(sorted(known))})")

        def want(key: str, ok: bool, what: str) -> None:
            if key in opts and not ok:
                raise ConfigError(f"{where}: '{key}' must be {what}, got {opts[key]!r}")

        for key in ("enabled", "local", "required"):
            want(key, isinstance(opts.get(key), bool), "true or false")
        for key in ("server", "language"):
            want(key, isinstance(opts.get(key), str) and bool(opts.get(key)), "a non-empty string")
        for key in ("disabled_rules", "enabled_rules", "disabled_categories", "enabled_categories"):
            value = opts.get(key)
            want(key, isinstance(value, list) and all(isinstance(v, str) for v in value), "a list of strings")
            if key in opts:
                opts[key] = tuple(value)
        timeout = opts.get("timeout")
        want(
            "timeout",
            isinstance(timeout, (int, float)) and not isinstance(timeout, bool) and timeout > 0,
            "a positive number of seconds",
        )
        max_chars = opts.get("max_chars")
        want(
            "max_chars",
            isinstance(max_chars, int) and not isinstance(max_chars, bool) and max_chars >= 100,
            "an integer of at least 100",
        )
        opts.setdefault("enabled", bool(opts.get("server") or opts.get("local")))
        settings = cls(**opts)
        if settings.enabled and not (settings.server or settings.local):
            raise ConfigError(f'{where}: enabled needs server = "http://host:port" or local = true')
        return settings

    @property
    def where(self) -> str:
        return self.server or "local LanguageTool"


# -- the text sent and how it is cut --------------------------------------------------------------
def request_text(doc) -> str:
    """The prose view made ready for LanguageTool, code point for code point as long as ``doc.text``."""
    chars = list(_ASTRAL.sub(PLACEHOLDER, doc.prose))
    for prev, nxt in zip(doc.blocks, doc.blocks[1:]):
        gap = doc.prose[prev.end : nxt.start]
        if gap and "\n" not in gap and "\r" not in gap:
            chars[prev.end] = "\n"  # table cells: separate paragraphs, not one run-on sentence
    return "".join(chars)


def chunk_spans(doc, limit: int) -> list[tuple[int, int]]:
    """(start, end) ranges to send, each at most ``limit`` characters, cut between blocks if possible."""
    pieces: list[tuple[int, int]] = []
    for block in doc.blocks:
        pieces.extend(_split_long(doc, block.start, block.end, limit))
    chunks: list[tuple[int, int]] = []
    for start, end in pieces:
        if chunks and end - chunks[-1][0] <= limit:
            chunks[-1] = (chunks[-1][0], end)
        else:
            chunks.append((start, end))
    return chunks


def _split_long(doc, start: int, end: int, limit: int) -> Iterator[tuple[int, int]]:
    """A block too long for one request, cut after a sentence, else at a space, else anywhere."""
    if end - start > limit:
        sentence_ends = [s.end for s in doc.sentences if start < s.end < end]
        while end - start > limit:
            cut = max((x for x in sentence_ends if start < x <= start + limit), default=-1)
            if cut < 0:
                cut = doc.prose.rfind(" ", start + 1, start + limit)
            if cut <= start:
                cut = start + limit
            yield start, cut
            start = cut
    yield start, end


def rule_id(lt_id: str) -> str:
    """``EN_A_VS_AN`` → ``languagetool.en-a-vs-an`` (valid in lintpress's dotted-id scheme)."""
    return "languagetool." + (_NOT_ID.sub("-", lt_id.lower()).strip("-") or "unknown")


def _field(match: Any, *names: str, default: Any = None) -> Any:
    """A Match attribute under its 3.x name or its 2.x camelCase name."""
    for name in names:
        try:
            return getattr(match, name)
        except AttributeError:
            continue
    return default


# -- the client: one per settings, shared by every rule set of the run ---------------------------
_CLIENTS: dict[Settings, Any] = {}  # a language-tool-python client, or the LanguageToolUnavailable it raised
_SAID: set[str] = set()


def _warn(message: str) -> None:
    """One line on stderr, once per run for the same message."""
    if message not in _SAID:
        _SAID.add(message)
        print(f"lintpress: warning: {message}", file=sys.stderr)


def _reason(exc: BaseException) -> str:
    """A short cause: network failures by name, anything else by its first 160 characters."""
    cause = exc.__cause__ or exc.__context__
    name = type(cause).__name__ if isinstance(cause, OSError) else ""
    if "Timeout" in name:
        return "no answer in time (timeout)"
    if name:
        return f"cannot connect ({name})"
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 160 else text[:157] + "..."


def base_url(server: str) -> str:
    """The server's root with one trailing slash: language-tool-python appends ``v2/`` itself."""
    root = server.rstrip("/")
    if root.endswith("/v2"):
        root = root[:-3]
    return root.rstrip("/") + "/"


def _client(settings: Settings, language: str) -> Any:
    """The client for these settings (created once); raises LanguageToolUnavailable when there is none."""
    key = settings._replace(language=language)
    if key not in _CLIENTS:
        try:
            _CLIENTS[key] = _connect(key)
        except LanguageToolUnavailable as exc:
            _CLIENTS[key] = exc
    found = _CLIENTS[key]
    if isinstance(found, LanguageToolUnavailable):
        raise found
    return found


def _connect(s: Settings) -> Any:
    try:
        import language_tool_python as ltp
    except ImportError:
        raise LanguageToolUnavailable(
            "LanguageTool is enabled but language-tool-python is not installed "
            "(pip install 'lintpress[languagetool]')"
        ) from None
    # language-tool-python reads its request timeout from the class attribute _TIMEOUT (300 s).
    client_cls = type("LintpressLanguageTool", (ltp.LanguageTool,), {"_TIMEOUT": s.timeout})
    try:
        client = (
            client_cls(s.language, remote_server=base_url(s.server)) if s.server else client_cls(s.language)
        )
    except Exception as exc:  # unreachable, no Java, download failed, unknown language…
        raise LanguageToolUnavailable(f"LanguageTool at {s.where} is unavailable: {_reason(exc)}") from exc
    client.disabled_rules = set(s.disabled_rules)
    client.enabled_rules = set(s.enabled_rules)
    client.disabled_categories = set(s.disabled_categories)
    client.enabled_categories = set(s.enabled_categories)
    _debug("LanguageTool client for %s, language %s", s.where, s.language)
    return client


class LanguageTool(Kind):
    """Findings of a LanguageTool server on the prose of English documents."""

    NAME = "languagetool"
    IN_QUOTES = "info"  # quoted speech is reproduced as said: its grammar is not the writer's to fix
    FIX_APPLICABILITY = "unsafe"  # a remote checker's guess: applied only with --unsafe-fixes
    PARAMS = {
        "max_suggestions": Param("int", 5, doc="replacements shown per finding"),
        "major_issue_types": Param(
            "list[str]",
            ["misspelling", "grammar", "duplication", "inconsistency"],
            doc="LanguageTool issue types reported at the rule's severity; the others (style, "
            "typographical, whitespace…) are reported as info",
        ),
    }

    def setup(self) -> None:
        self.settings = Settings.from_options(self.context.options.get("languagetool"))
        self.language = self.settings.language or DEFAULT_LANGUAGE.get(self.context.language, "auto")
        self._said_unsupported = False

    def check(self, doc) -> Iterator[Diagnostic]:
        if not self.settings.enabled:
            return
        if self.context.language in UNSUPPORTED:
            if not self._said_unsupported:
                self._said_unsupported = True
                _debug("LanguageTool cannot check '%s' documents: none are sent", self.context.language)
            return
        text = request_text(doc)
        spans = [
            (a, b) for a, b in chunk_spans(doc, self.settings.max_chars) if _WORD_CHAR.search(text, a, b)
        ]
        if not spans:
            return
        try:
            client = _client(self.settings, self.language)
            found = [(start, m) for start, end in spans for m in client.check(text[start:end])]
        except LanguageToolUnavailable as exc:
            self._fail(exc)
            return
        except Exception as exc:
            self._fail(
                LanguageToolUnavailable(
                    f"LanguageTool at {self.settings.where} failed on {doc.path}: {_reason(exc)}"
                ),
                exc,
            )
            return
        # A typo that lintpress's own spelling rules also report is dropped by the engine
        # (one finding per slip); words the user accepts are never typos.
        for start, match in found:
            d = self._diagnostic(doc, text, start, match)
            if d is None:
                continue
            if d.category == "spelling" and self.context.accepted(doc.text[d.offset : d.end]):
                continue
            yield d

    def _fail(self, error: LanguageToolUnavailable, cause: BaseException | None = None) -> None:
        """Raise when required, else one warning line; an unreachable server is not asked again."""
        if cause is not None and isinstance(cause.__cause__ or cause.__context__, OSError):
            _CLIENTS[self.settings._replace(language=self.language)] = error
        if self.settings.required:
            raise error
        _warn(f"{error}; LanguageTool checks skipped")

    def _diagnostic(self, doc, text: str, start: int, match: Any) -> Diagnostic | None:
        offset = start + int(_field(match, "offset", default=-1))
        length = int(_field(match, "error_length", "errorLength", default=0))
        if offset < start or length < 0 or offset + length > len(text):
            return None
        sent = text[offset : offset + length]
        if sent != doc.text[offset : offset + length] and not sent.replace(PLACEHOLDER, "").strip():
            return None  # only spaces that stand for markup, or only an emoji
        lt_id = str(_field(match, "rule_id", "ruleId", default="") or "")
        category = "spelling" if _field(match, "category") == SPELLING_CATEGORY else "grammar"
        issue = str(_field(match, "rule_issue_type", "ruleIssueType", default="") or "")
        severity = self.spec.severity
        if issue not in self.params["major_issue_types"] and SEVERITY_RANK[severity] > SEVERITY_RANK["info"]:
            severity = "info"
        suggestions = [r for r in (_field(match, "replacements", default=[]) or []) if isinstance(r, str)]
        suggestions = suggestions[: self.params["max_suggestions"]]
        fix = None
        if len(suggestions) == 1 and category != "spelling":  # one grammar fix is safe; names are not
            fix = [Edit(offset, length, suggestions[0])]
        d = self.diagnostic(
            offset,
            length,
            text=doc.text[offset : offset + length],
            suggestions=suggestions,
            fix=fix,
            severity=severity,
            category=category,
            lt_message=str(_field(match, "message", default="") or lt_id),
            lt_rule=lt_id,
        )
        return d.replace(rule=rule_id(lt_id))
