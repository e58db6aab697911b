"""The engine: files → documents → rules → filtered, ordered diagnostics.

One ``Linter`` per run. Rule sets are built once per (config, language) and
reused for every file that shares them.
"""

from __future__ import annotations

import bisect
import errno
import fnmatch
import os
import stat
import sys
from pathlib import Path

import regex

from lintpress.config import Config, thaw
from lintpress.diagnostic import MAX_RELATED, SAFE, SEVERITY_RANK, Diagnostic, cap_related
from lintpress.document import LINTABLE_SUFFIXES, Document, Source
from lintpress.errors import InputError, LintpressError, RuleFileError
from lintpress.fix_safety import vet_fix
from lintpress.kinds import KINDS, LOADS_IN_BACKGROUND, load_kind
from lintpress.kinds.base import Kind, RuleSpec, RunContext
from lintpress.language import detect_language, detect_language_of
from lintpress.packs import builtin_rules_dir, builtin_specs, load_pack_file, pack_files
from lintpress.pattern_store import PATTERN_TIMEOUT, compile_regex
from lintpress.suppressions import parse_suppressions, rule_matches

UNUSED_DISABLE = "lintpress.unused-disable"
# A document longer than this (characters; a long feature is ~30,000) is linted in parts of about
# this size: a book-length file then costs time and memory in proportion to its length.
SECTION_CHARS = 1_000_000


class FileResult:
    """The findings of one file, with the document and configuration they came from."""

    __slots__ = ("path", "language", "diagnostics", "document", "config")

    def __init__(
        self,
        path: str,
        language: str,
        diagnostics: list[Diagnostic],
        document: Document | None = None,
        config: Config | None = None,
    ):
        self.path = path
        self.language = language
        self.diagnostics = diagnostics
        self.document = document
        self.config = config

    def __repr__(self) -> str:
        return f"FileResult(path={self.path!r}, language={self.language!r}, diagnostics={self.diagnostics!r})"


def collect_files(
    paths: list[str], exclude: tuple[str, ...] = (), *, force_exclude: bool = False, config_for=None
) -> list[Path]:
    """Explicit files as given; folders searched for Markdown and text files (sorted).

    ``exclude`` globs and, when ``config_for`` (path → Config) is given, each file's config
    ``exclude`` skip files found in folders; with ``force_exclude`` they skip explicit files too
    (what a pre-commit hook, which names every file, needs). In folders, a broken symbolic link,
    a link loop, a pipe or a device is skipped with a warning; a folder that cannot be read is
    an error when given, a warning when found inside another.
    """

    def excluded(p: Path) -> bool:
        return is_excluded(p, exclude + (config_for(p).exclude if config_for else ()))

    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = []
            for root, dirs, files in os.walk(p, onerror=_walk_error(p)):
                dirs[:] = sorted(
                    d for d in dirs if not d.startswith(".") and d not in ("node_modules", "__pycache__")
                )
                for name in sorted(files):
                    fp = Path(root) / name
                    if fp.suffix.lower() in LINTABLE_SUFFIXES and _regular(fp) and not excluded(fp):
                        found.append(fp)
            if not found:
                raise InputError(f"{p}: no Markdown or text files to lint in this folder")
            out.extend(found)
        elif p.exists() or p.is_symlink():
            if not (force_exclude and excluded(p)):
                out.append(p)  # a broken link or a loop is reported when it is read
        else:
            raise InputError(f"{p}: no such file or folder")
    seen: set[Path] = set()
    unique = []
    for p in out:
        try:
            key = p.resolve()
        except (OSError, RuntimeError):  # a link loop
            key = p.absolute()
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique


def _walk_error(top: Path):
    def report(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename else top
        if where == top:
            raise InputError(f"{top}: cannot read this folder ({exc.strerror or exc})")
        _warn(f"{where}: folder skipped, cannot be read ({exc.strerror or exc})")

    return report


def _regular(path: Path) -> bool:
    """Whether a file found in a folder is one to read (warns about the ones it skips)."""
    try:
        st = path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            _warn(f"{path}: skipped, symbolic link loop")
        elif path.is_symlink():
            _warn(f"{path}: skipped, broken symbolic link (to {os.readlink(path)})")
        else:
            _warn(f"{path}: skipped, cannot be read ({exc.strerror or exc})")
        return False
    if not stat.S_ISREG(st.st_mode):
        _warn(f"{path}: skipped, not a regular file")
        return False
    return True


def _warn(message: str) -> None:
    sys.stderr.write(f"lintpress: warning: {message}\n")


def is_excluded(path: Path, patterns: tuple[str, ...]) -> bool:
    s = path.as_posix()
    return any(
        fnmatch.fnmatch(s, pat) or fnmatch.fnmatch(path.name, pat) or fnmatch.fnmatch(s, f"*/{pat}")
        for pat in patterns
    )


def _read_vocabulary(config: Config, key: str) -> tuple[set[str], list]:
    words: set[str] = set()
    patterns = []
    for name in getattr(config, key):
        path = config.resolve(name)
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError:
            raise InputError(f"{config.source}: vocabulary file {path} cannot be read") from None
        except UnicodeDecodeError:
            raise InputError(f"{path}: vocabulary file is not valid UTF-8") from None
        for n, line in enumerate(lines, 1):
            entry = line.split("#", 1)[0].strip() if not line.lstrip().startswith("\\#") else line.strip()
            if not entry:
                continue
            if _REGEX_SYNTAX.search(entry):
                try:
                    patterns.append(compile_regex(entry))
                except regex.error as exc:
                    raise InputError(f"{path}:{n}: bad regular expression: {exc}") from None
            else:
                words.add(entry)
    return words, patterns


_warned: set[str] = set()
_REGEX_SYNTAX = compile_regex(r"[\\^$.*+?()\[\]{}|]")  # a vocabulary entry with these is a pattern


def _warn_unknown_selectors(selectors: tuple[str, ...], specs: list[RuleSpec]) -> None:
    """A selector that matches no rule is almost always a typo: say so once (not an error:
    it may name a rule of the other language's pack)."""
    from lintpress.packs import all_builtin_specs

    for sel in selectors:
        if sel in _warned or sel.startswith("languagetool"):
            continue
        if not any(rule_matches(sel, s.id) for s in specs) and not any(rule_matches(sel, s.id) for s in all_builtin_specs()):
            _warned.add(sel)
            print(f"lintpress: warning: '{sel}' matches no rule (see: lintpress rules)", file=sys.stderr)


def pack_specs(config: Config, language: str) -> list[RuleSpec]:
    """Every rule of the packs a configuration names, for one language, in pack order."""
    specs: list[RuleSpec] = []
    for pack in config.packs:
        if pack == "builtin":
            specs.extend(builtin_specs(language))
            continue
        location = config.resolve(pack)
        if location.is_dir() and (location / language).is_dir():
            location = location / language
        for f in pack_files(location):
            specs.extend(s for s in load_pack_file(f, "any") if s.language in ("any", language))
    return specs


def selected_specs(config: Config, language: str) -> list[RuleSpec]:
    """The rules a configuration selects, with its severity and option overrides applied.

    Cheap (no rule is built, no data loaded): SARIF's rule metadata uses it too.
    """
    overrides = config.rule_overrides()
    severities = config.severity_overrides()
    chosen: dict[str, RuleSpec] = {}
    specs = pack_specs(config, language)
    _warn_unknown_selectors(config.select + config.ignore, specs)
    for spec in specs:
        selected = any(rule_matches(s, spec.id) for s in config.select) if config.select else spec.enabled
        if not spec.enabled:
            selected = spec.id in config.select
        if not selected or any(rule_matches(s, spec.id) for s in config.ignore):
            continue
        for selector, sev in severities.items():
            if rule_matches(selector, spec.id):
                spec = spec._replace(severity=sev)
        opts = dict(overrides.get(spec.id) or {})
        if opts:
            if not opts.pop("enabled", True):
                continue
            spec = spec._replace(
                severity=opts.pop("severity", spec.severity),
                in_quotes=opts.pop("in_quotes", spec.in_quotes),
                applicability=opts.pop("applicability", spec.applicability),
                params={**spec.params, **opts},
                source=f"{spec.source} (with options from {config.source})",
            )
        chosen[spec.id] = spec  # a later pack overrides an earlier rule with the same id
    return list(chosen.values())


class RuleSet:
    """The instantiated rules for one configuration and language."""

    def __init__(self, config: Config, language: str):
        self.config = config
        self.language = language
        accept, accept_p = _read_vocabulary(config, "accept")
        reject, reject_p = _read_vocabulary(config, "reject")
        self.context = RunContext(
            language=language,
            accept=accept,
            accept_patterns=accept_p,
            reject=reject,
            reject_patterns=reject_p,
            reference_date=config.date,
            options={"languagetool": thaw(config.languagetool) if config.languagetool else {}},
        )
        specs = selected_specs(config, language)
        # rules that load data in the background are built first; checking keeps the packs' order
        early = {i: self._build(s) for i, s in enumerate(specs) if s.kind in LOADS_IN_BACKGROUND}
        self.rules: list[Kind] = [early[i] if i in early else self._build(s) for i, s in enumerate(specs)]

    def _build(self, spec: RuleSpec) -> Kind:
        if spec.kind not in KINDS:
            raise RuleFileError(
                f"{spec.source}: rule '{spec.id}': field 'kind': unknown kind '{spec.kind}' (known: {', '.join(sorted(KINDS))})"
            )
        cls = load_kind(spec.kind)
        if not spec.in_quotes:
            spec = spec._replace(in_quotes=cls.IN_QUOTES)
        return cls(spec, self.context)


class Linter:
    """Lints documents, building each (configuration, language) rule set once and reusing it."""

    def __init__(self, *, report_unused_disables: bool = False):
        self.report_unused_disables = report_unused_disables
        self._rulesets: dict[tuple[Config, str], RuleSet] = {}
        self._timed_out: set[str] = set()  # rules whose patterns ran out of time: not run again
        self.incomplete: set[str] = set()  # paths a rule failed on: their results are not cached

    def ruleset(self, config: Config, language: str) -> RuleSet:
        key = (config, language)
        if key not in self._rulesets:
            self._rulesets[key] = RuleSet(config, language)
        return self._rulesets[key]

    def prepare(self, source: Source, config: Config) -> None:
        """Build the rule set a file will most likely need before the file is parsed, so the data
        its rules load in the background (Hunspell dictionaries) arrive while the document is
        parsed and linted. Only a head start: a file whose language turns out otherwise gets its
        own rule set when it is linted."""
        language = config.language
        if language == "auto":
            language = detect_language(source.text)
        self.ruleset(config, language)

    def language_for(self, doc: Document, config: Config) -> str:
        meta_lang = doc.front_matter.get("lang") or doc.front_matter.get("language")
        if config.language != "auto":
            return config.language
        if meta_lang in ("id", "en"):
            return meta_lang
        return detect_language_of(doc)

    def lint_document(self, doc: Document, config: Config) -> FileResult:
        if len(doc.text) > SECTION_CHARS:
            return self._lint_in_sections(doc, config)
        language = self.language_for(doc, config)
        return FileResult(doc.path, language, self._lint(doc, config, language), doc, config)

    def _lint_in_sections(self, doc: Document, config: Config) -> FileResult:
        """A book-length file, linted part by part (whole paragraphs, ~SECTION_CHARS each).

        Each part costs what an article costs, so time and memory grow linearly with the file
        and stay bounded per part; the checks that compare a document with itself (duplicates,
        name variants, figures) compare within a part. One language for the whole file.
        """
        bounds = section_bounds(doc)
        part = doc.section(*bounds[0])
        language = self.language_for(part, config)
        found: list[Diagnostic] = []
        for start, end in bounds:
            part = part if start == 0 else doc.section(start, end)
            found.extend(d if not start else _shifted(d, start) for d in self._lint(part, config, language))
            # What the rules derived from a part refers back to it (a cycle), and the command raises
            # the collector's thresholds for its short life (cli.console_main): unless freed here,
            # every part's tokens and sentences stay until the end (a 20 MB file peaked at 1.5 GB).
            part.forget_derived()
        return FileResult(doc.path, language, found, doc, config)

    def _lint(self, doc: Document, config: Config, language: str) -> list[Diagnostic]:
        ruleset = self.ruleset(config, language)
        found: list[Diagnostic] = []
        for rule in ruleset.rules:
            if rule.spec.id in self._timed_out:
                self.incomplete.add(doc.path)
                continue
            try:
                produced = list(rule.check(doc))
            except LintpressError:  # bad rule files, a required backend that failed: exit 2
                raise
            except TimeoutError:  # a pattern that backtracks without end (see PATTERN_TIMEOUT)
                self._timed_out.add(rule.spec.id)
                self.incomplete.add(doc.path)
                _warn(
                    f"rule {rule.spec.id} ({rule.spec.source}) gave up on {doc.path}: a regular expression "
                    f"ran over {PATTERN_TIMEOUT:g} s (nested repetition like (a|aa)+ backtracks "
                    "exponentially); the rule is skipped from here on"
                )
                continue
            except Exception as exc:  # a rule bug must not cost the user the other findings
                if os.environ.get("LINTPRESS_STRICT"):
                    raise  # tests set this so a crashing rule fails loudly instead of going quiet
                print(
                    f"lintpress: internal error in rule {rule.spec.id} on {doc.path}: {exc!r}",
                    file=sys.stderr,
                )
                self.incomplete.add(doc.path)
                continue
            found.extend(self._post(rule, doc, produced, config))
        return self.finish(doc, _drop_spelling_under_style(_drop_backend_repeats(found, ruleset)), language)

    def _post(self, rule: Kind, doc: Document, produced: list[Diagnostic], config: Config | None = None) -> list[Diagnostic]:
        """Drop findings on markup or ignored by id; apply the rule's policy for direct quotations.

        A rule whose policy is ``info`` inside quotations (word choice: people are quoted as they
        spoke) gives notes nobody can act on in the writer's text: they are dropped unless the
        configuration asks for them (``show-quoted``, ``--show-quoted``), and then shown as info.
        """
        out = []
        policy = "keep" if rule.OWN_QUOTES else rule.spec.in_quotes
        ignore = config.ignore if config else ()
        show_quoted = bool(config and config.show_quoted)
        for d in produced:
            if d.rule != rule.spec.id and any(rule_matches(s, d.rule) for s in ignore):
                continue  # a backend's own finding ids (languagetool.X) can be ignored one by one
            if d.length > 0 and not (doc.is_prose(d.offset, 1) and doc.is_prose(d.end - 1, 1)):
                continue
            if policy != "keep" and doc.in_quote(d.offset, d.length):
                if policy == "skip" or not show_quoted:
                    continue
                d.severity = "info"
                d.fix = None
            if d.fix:
                # every kind's fix: markup kept whole; a capitalised word's letters are changed only by
                # an unsafe fix, unless the rule declares its fixes safe (its data settles the context)
                vet_fix(doc, d, trust_names=rule.spec.applicability == SAFE)
            out.append(d)
        return out

    def finish(self, doc: Document, found: list[Diagnostic], language: str | None = None) -> list[Diagnostic]:
        """Suppressions, de-duplication, related places capped (labelled in ``language``) and a stable order."""
        suppressions = parse_suppressions(doc)
        found = suppressions.filter(found)
        if self.report_unused_disables:
            for s in suppressions.unused():
                start, end = s.comment
                found.append(
                    Diagnostic(
                        UNUSED_DISABLE,
                        "style",
                        "warning",
                        "unused suppression: no finding of "
                        + (", ".join(s.rules) or "any rule")
                        + " was suppressed here",
                        start,
                        end - start,
                    )
                )
        unique: dict[tuple[str, int, int], Diagnostic] = {}
        for d in found:
            unique.setdefault((d.rule, d.offset, d.length), d)
            if len(d.related) > MAX_RELATED:
                d.related = cap_related(d.related, language=language)
        return sorted(unique.values(), key=Diagnostic.sort_key)

    def add_cross_file_findings(self, results: list[FileResult]) -> None:
        """Run the rules that compare documents (``check_many``) over the files of one run."""
        by_rules: dict[int, tuple[RuleSet, list[FileResult]]] = {}
        for r in results:
            rs = self.ruleset(r.config, r.language)
            by_rules.setdefault(id(rs), (rs, []))[1].append(r)
        for rs, group in by_rules.values():
            docs = [r.document for r in group]
            for rule in rs.rules:
                extra = rule.check_many(docs)
                for r in group:
                    if extra.get(r.path):
                        r.diagnostics = self.finish(
                            r.document, r.diagnostics + self._post(rule, r.document, extra[r.path]), r.language
                        )


def section_bounds(doc: Document, size: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of consecutive parts of about ``size`` characters that split the document
    between two prose blocks (paragraphs, headings, table cells); a block longer than two parts
    (a whole book on one line) is split between two sentences."""
    size = size or SECTION_CHARS
    bounds: list[tuple[int, int]] = []
    start = 0
    starts = [b.start for b in doc.blocks]
    while len(doc.text) - start > size:
        i = bisect.bisect_left(starts, start + size)  # the first block that starts past the limit
        cut = starts[i] if i < len(starts) else len(doc.text)
        if cut - start > 2 * size:
            gap = _SENTENCE_GAP.search(doc.prose, start + size, cut)
            cut = gap.end() if gap else cut
        if cut >= len(doc.text):
            break
        bounds.append((start, cut))
        start = cut
    bounds.append((start, len(doc.text)))
    return bounds


_SENTENCE_GAP = compile_regex(r"[.!?…][\"'”’)\]]*\s+(?=[\"“‘(\p{Lu}\p{N}])")


def _shifted(d: Diagnostic, delta: int) -> Diagnostic:
    """A finding of a part of a document, placed in the whole document."""
    d.offset += delta
    d.related = [r if r.path else r._replace(offset=r.offset + delta) for r in d.related]
    if d.fix:
        d.fix = [e._replace(offset=e.offset + delta) for e in d.fix]
    return d


def _drop_backend_repeats(found: list[Diagnostic], ruleset: RuleSet) -> list[Diagnostic]:
    """Drop a backend's spelling finding (reported under its own id, like ``languagetool.X``) when
    one of lintpress's own spelling rules reports the same span: one finding per misspelling."""
    own_ids = {r.spec.id for r in ruleset.rules}
    own = {(d.offset, d.length) for d in found if d.rule in own_ids and d.category == "spelling"}
    return [
        d
        for d in found
        if d.rule in own_ids or d.category != "spelling" or (d.offset, d.length) not in own
    ]


def _drop_spelling_under_style(found: list[Diagnostic]) -> list[Diagnostic]:
    """Drop a spelling finding on a word a house-style rule already reports with its correction
    (``menejemen`` → ``manajemen``, a colloquial ``maksa`` in a quotation): one finding per word,
    from the rule that knows the standard form."""
    styled = {(d.offset, d.length) for d in found if d.category == "style" and d.suggestions}
    if not styled:
        return found
    return [d for d in found if d.category != "spelling" or (d.offset, d.length) not in styled]


def exit_code(results: list[FileResult], fail_on: str) -> int:
    """1 when any finding is at or above ``fail_on``; otherwise 0."""
    if fail_on == "never":
        return 0
    threshold = SEVERITY_RANK[fail_on]
    return int(any(SEVERITY_RANK[d.severity] >= threshold for r in results for d in r.diagnostics))


__all__ = ["FileResult", "Linter", "RuleSet", "collect_files", "exit_code", "builtin_rules_dir"]
