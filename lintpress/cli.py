"""The ``lintpress`` command line."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from lintpress import __version__
from lintpress.errors import LintpressError

EPILOG = """\
examples:
  lintpress article.md                     lint one article, findings in the terminal
  lintpress articles/ --format sarif > lintpress.sarif
  lintpress --select spelling,duplication draft.txt
  lintpress --ignore style.baku --fail-on error article.md
  lintpress --fix article.md               apply the safe fixes in place
  lintpress --diff article.md              show the fixes as a unified diff
  lintpress --fix --unsafe-fixes a.md      also apply the fixes that need review
  lintpress --fix --stdin-filename a.md < a.md > fixed.md   fix standard input
  lintpress rules                          list every rule
  lintpress rules style.baku               explain one rule, with an example
  lintpress rules --pack house/ -f json    the rules with your own pack, as JSON

sub-commands: 'rules' as the first word that is not an option is always the rules
sub-command, also after options (lintpress -f json rules). To lint a file or folder
named rules, write ./rules, or -- rules, or lintpress check rules ('check' names the
lint command explicitly: lintpress check PATH...).

configuration: .lintpress.toml or [tool.lintpress] in pyproject.toml, found by
walking up from each file (the nearest wins). Rule ids select by prefix:
'style' covers 'style.baku'.

exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage, config or input error,
130 interrupted.
"""


def _split(values: list[str] | None) -> tuple[str, ...]:
    out: list[str] = []
    for v in values or []:
        out.extend(x.strip() for x in v.split(",") if x.strip())
    return tuple(out)


def _terminal_width() -> int:
    """Columns for help text, as ``shutil.get_terminal_size`` finds them (without importing shutil)."""
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns or 80
        except (AttributeError, ValueError, OSError):
            columns = 80
    return columns


class _Parser(argparse.ArgumentParser):
    def _get_formatter(self):
        # argparse builds a formatter for every argument it adds; the default one measures the
        # terminal through shutil, an import (~2 ms) no lint run otherwise needs
        return self.formatter_class(prog=self.prog, width=_terminal_width() - 2)

    def error(self, message: str):
        """A usage error: one line and a pointer to --help, exit code 2."""
        sys.stderr.write(f"{self.prog}: error: {message}\nTry '{self.prog} --help' for more.\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="lintpress",
        description="Lint news articles and press releases: spelling, duplicated passages, "
        "inconsistent figures and facts, and house style (Indonesian and English).",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "paths", nargs="*", metavar="PATH", help="files or folders (folders: *.md, *.markdown, *.txt); - reads standard input"
    )
    p.add_argument(
        "--stdin-filename",
        metavar="NAME",
        help="the file name standard input stands for: shown in the report, decides the format and config",
    )
    out = p.add_argument_group("output")
    out.add_argument(
        "-f",
        "--format",
        choices=["rich", "concise", "json", "sarif", "github"],
        default="rich",
        help="output format (default: rich; plain text when piped or NO_COLOR is set)",
    )
    out.add_argument(
        "-o", "--output", metavar="FILE", help="write the report to FILE instead of standard output"
    )
    out.add_argument(
        "--color", choices=["auto", "always", "never"], default="auto", help="colour in the rich view"
    )
    _add_lang_ui(out)
    sel = p.add_argument_group("rule selection")
    sel.add_argument("--config", metavar="FILE", help="use this config file instead of discovering one")
    sel.add_argument(
        "-l", "--language", choices=["id", "en", "auto"], help="article language (default: auto)"
    )
    sel.add_argument(
        "--select", action="append", metavar="RULES", help="only these rule ids or prefixes (comma-separated)"
    )
    sel.add_argument(
        "--ignore", action="append", metavar="RULES", help="skip these rule ids or prefixes (comma-separated)"
    )
    sel.add_argument("--pack", action="append", metavar="PATH", help="add a rule pack (folder or YAML file)")
    sel.add_argument(
        "--exclude", action="append", metavar="GLOB", help="skip files matching GLOB when walking folders"
    )
    sel.add_argument(
        "--force-exclude",
        action="store_true",
        help="apply --exclude and the config's exclude to files named explicitly too (pre-commit hooks)",
    )
    sel.add_argument(
        "--date", metavar="YYYY-MM-DD", help="publication date: the year assumed for dates without one"
    )
    sel.add_argument(
        "--languagetool", metavar="URL", help="also check grammar with the LanguageTool server at URL (English only)"
    )
    sel.add_argument(
        "--cross-file", action="store_true", help="also report passages repeated across the files of this run"
    )
    res = p.add_argument_group("results")
    res.add_argument(
        "--fail-on",
        choices=["error", "warning", "info", "never"],
        help="lowest severity that makes the exit code 1 (default: warning)",
    )
    res.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    res.add_argument(
        "--show-quoted",
        action="store_true",
        help="also show word-choice notes inside direct quotations (as info; hidden by default)",
    )
    res.add_argument(
        "--fix",
        action="store_true",
        help="apply safe fixes in place (atomic write; encoding and line endings kept)",
    )
    res.add_argument(
        "--diff", action="store_true", help="print the safe fixes as a unified diff; change nothing"
    )
    res.add_argument(
        "--unsafe-fixes",
        action="store_true",
        help="with --fix or --diff: also the unsafe fixes (they may change the meaning: review them)",
    )
    res.add_argument(
        "--report-unused-disables",
        action="store_true",
        help="report lintpress-disable comments that suppress nothing",
    )
    perf = p.add_argument_group("performance")
    perf.add_argument("-j", "--jobs", type=int, default=0, metavar="N", help="lint in N processes (default: all cores when there are many files; never more than files or cores)")
    perf.add_argument("--no-cache", action="store_true", help="ignore and do not write the result cache ($LINTPRESS_CACHE_DIR)")
    p.add_argument("-q", "--quiet", action="store_true", help="no summary when there are no findings")
    p.add_argument("--version", action="version", version=f"lintpress {__version__}")
    return p


def _add_lang_ui(group) -> None:
    group.add_argument(
        "--lang-ui",
        choices=["id", "en"],
        help="language of lintpress's own labels (default: each article's language; "
        "findings stay in the article's language)",
    )


def build_rules_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="lintpress rules",
        description="List the rules, or explain one rule with its example. Rule descriptions are "
        "written in English; --lang-ui id gives Indonesian headings and labels.",
    )
    p.add_argument("rule", nargs="?", help="a rule id (or prefix) to explain")
    p.add_argument(
        "-l", "--language", choices=["id", "en", "all"], default="all", help="only this language's rules"
    )
    p.add_argument(
        "-f",
        "--format",
        choices=["table", "markdown", "json", "rich"],
        default="table",
        help="how to print the list (rich is the same as table)",
    )
    p.add_argument("--pack", action="append", metavar="PATH", help="also list the rules of this pack (folder or YAML file)")
    p.add_argument("--color", choices=["auto", "always", "never"], default="auto", help="colour in the table")
    _add_lang_ui(p)
    return p


SUBCOMMANDS = ("rules", "check")


def split_subcommand(argv: list[str], parser: argparse.ArgumentParser) -> tuple[str, list[str]]:
    """The sub-command (``rules``, ``check``, or ``""`` for linting) and the arguments left for it.

    The sub-command is the first word that is neither an option nor an option's value, wherever
    options stand: ``lintpress -f json rules`` lists the rules. ``--`` ends the search (``lintpress
    -- rules`` lints a path named rules), and so does the first path.
    """
    options = {flag: action.nargs != 0 for action in parser._actions for flag in action.option_strings}
    i = 0
    while i < len(argv):
        word = argv[i]
        if word == "--":
            break
        if word.startswith("-") and word != "-":
            if "=" not in word and _takes_value(word, options):
                i += 1  # the option's value
            i += 1
            continue
        if word in SUBCOMMANDS:
            return word, argv[:i] + argv[i + 1 :]
        break
    return "", argv


def _takes_value(word: str, options: dict[str, bool]) -> bool:
    """Whether an option word is followed by its value (``-f json``; ``--form`` abbreviates ``--format``)."""
    if word in options:
        return options[word]
    if word.startswith("--"):
        matches = [flag for flag in options if flag.startswith(word)]
        return len(matches) == 1 and options[matches[0]]
    return False  # -fjson, -q: a short option with its value attached, or a flag


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        parser = build_parser()
        command, rest = split_subcommand(argv, parser)
        if command == "rules":
            from lintpress.explain import rules_command

            args = build_rules_parser().parse_args(rest)
            return rules_command(args, sys.stdout)
        args = parser.parse_args(rest)
        return run(args)
    except LintpressError as exc:
        sys.stderr.write(f"lintpress: error: {exc}\n")
        return 2
    except KeyboardInterrupt:
        sys.stderr.write("lintpress: interrupted\n")
        sys.stderr.flush()
        os._exit(130)  # at once: nothing is left to save, and stopped workers must not be waited for
    except BrokenPipeError:
        return 1
    except Exception as exc:  # a bug in lintpress: one line, not a traceback, unless debugging
        if os.environ.get("LINTPRESS_DEBUG") or os.environ.get("LINTPRESS_STRICT"):
            raise
        sys.stderr.write(
            f"lintpress: internal error: {exc!r} (set LINTPRESS_DEBUG=1 to see the traceback; please report it)\n"
        )
        return 2


def console_main() -> None:
    """The ``lintpress`` command: :func:`main`, tuned for a process that lives a tenth of a second.

    The cyclic garbage collector runs rarely (a run makes few reference cycles; collecting
    after every 700 allocations cost 5-8 ms of a start, as mypy found for itself), and
    the process leaves with ``os._exit`` once the report is flushed: tearing down every
    module, table and dictionary object on the way out cost 12-16 ms and achieves nothing.
    """
    import gc

    gc.set_threshold(200_000, 30, 30)
    code = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, OSError):
        code = code or 1
    os._exit(code)


def _overrides(args) -> dict:
    from lintpress.config import parse_date

    o: dict = {}
    if args.language:
        o["language"] = args.language
    if args.select:
        o["select"] = _split(args.select)
    if args.ignore:
        o["ignore"] = _split(args.ignore)
    if args.fail_on:
        o["fail_on"] = args.fail_on
    if args.date:
        o["date"] = parse_date(args.date, "--date")
    if args.cross_file:
        o["cross_file"] = True
    if args.show_quoted:
        o["show_quoted"] = True
    if args.languagetool:
        o["languagetool"] = (("enabled", True), ("server", args.languagetool))
    return o


def run(args) -> int:
    _head_start(args)  # first: everything below imports most of lintpress
    from lintpress.config import ConfigFinder
    from lintpress.engine import exit_code
    from lintpress.errors import ConfigError

    stdin = "-" in args.paths or bool(args.stdin_filename and not args.paths)
    if not args.paths and not stdin:
        raise LintpressError("no files given (try: lintpress article.md, or lintpress --help)")
    if args.fix and args.diff:
        raise LintpressError("--fix and --diff cannot be used together")
    if args.unsafe_fixes and not (args.fix or args.diff):
        raise LintpressError("--unsafe-fixes needs --fix or --diff")
    if args.jobs < 0:
        raise LintpressError("--jobs must be 0 (automatic) or more")
    finder = ConfigFinder(Path(args.config) if args.config else None, _overrides(args))
    if args.pack:
        _add_packs(finder, args.pack)
    excludes = _split(args.exclude)
    inputs, first = _inputs(args, stdin, finder, excludes)
    base_cfg = finder.for_file(first)
    _check_output(args.output, inputs)
    if not inputs:  # standard input named as an excluded file (--force-exclude): nothing to lint
        if args.fix:
            from lintpress.document import read_stdin

            source = read_stdin()
            _write_stdout_text(source.text, source.bom)  # the text goes through unchanged, as ruff does
        return 0
    from lintpress.runner import lint_files

    results, linter = lint_files(
        inputs,
        finder,
        jobs=args.jobs,
        use_cache=not args.no_cache,
        report_unused_disables=args.report_unused_disables,
        cross_file=args.cross_file,
        progress=args.format == "rich" and sys.stderr.isatty(),
    )
    if args.fix or args.diff:
        from lintpress.fixing import fix_results, report_fixes

        summary = fix_results(
            linter, results, write=args.fix, diff_stream=sys.stdout if args.diff else None, unsafe=args.unsafe_fixes
        )
        if not (args.quiet and not summary.fixed):
            report_fixes(summary, sys.stderr, applied=args.fix)
        if args.diff:
            return 1 if summary.fixed else 0
        if stdin:  # the fixed text is the output; the report goes to stderr (or -o)
            doc = results[0].document
            _write_stdout_text(doc.text, doc.bom)
    report_to = sys.stderr if stdin and args.fix else sys.stdout
    try:
        stream = open(args.output, "w", encoding="utf-8") if args.output else report_to  # noqa: SIM115
    except OSError as exc:
        raise LintpressError(f"{args.output}: cannot write the report ({exc.strerror or exc})") from None
    try:
        from lintpress.reporters import get_reporter

        options = {
            "color": {"always": True, "never": False}.get(args.color),
            "quiet": args.quiet,
            "lang_ui": args.lang_ui,
        }
        if args.format == "sarif":
            options["rule_specs"] = _rule_specs(linter, results)
        get_reporter(args.format).render(results, stream, **options)
    finally:
        if args.output:
            stream.close()
    from lintpress import pattern_store

    pattern_store.save()  # patterns first compiled by this run load in microseconds next time
    if args.exit_zero:
        return 0
    fail_on = args.fail_on or base_cfg.fail_on
    try:
        return exit_code(results, fail_on)
    except KeyError:
        raise ConfigError(f"unknown fail-on level {fail_on!r}") from None


def _head_start(args) -> None:
    """A few files linted in this process: start loading the dictionaries the last such run needed
    now, on a spare core, while lintpress imports and builds its rules (see spelling/dictionaries)."""
    if not args.paths or args.jobs > 1 or len(args.paths) >= 16 or not all(map(os.path.isfile, args.paths)):
        return  # worker processes (runner.default_jobs: 16+ files), folders: each speller preloads its own
    from lintpress.spelling.dictionaries import preload_as_last_time

    preload_as_last_time()


def _inputs(args, stdin: bool, finder, excludes: tuple[str, ...]) -> tuple[list, Path]:
    """What to lint (paths, or the Source read from standard input) and the path whose config
    gives the run's defaults (--fail-on)."""
    from lintpress.engine import collect_files, is_excluded

    if not stdin:
        if args.stdin_filename:
            raise LintpressError("--stdin-filename names standard input: give '-' as the only path")
        paths = collect_files(
            args.paths, excludes, force_exclude=args.force_exclude, config_for=finder.for_file
        )
        first = Path(args.paths[0])
        return paths, first / "_" if first.is_dir() else first
    if len(args.paths) > 1:
        raise LintpressError("'-' (standard input) cannot be combined with other paths")
    name = Path(args.stdin_filename or "-")
    if args.force_exclude and args.stdin_filename and is_excluded(name, excludes + finder.for_file(name).exclude):
        return [], name
    from lintpress.document import read_stdin

    return [read_stdin(args.stdin_filename)], name


def _check_output(output: str | None, inputs: list) -> None:
    """-o must name a file, and not one being linted (or standard input's file): it would be lost."""
    if not output:
        return
    out = Path(output)
    if out.is_dir():
        raise LintpressError(f"{out}: is a folder; -o needs a file name for the report")
    for item in inputs:
        path = Path(item.path if hasattr(item, "path") else item)
        if _same_file(out, path):
            raise LintpressError(f"{out}: is one of the files being linted; -o would overwrite it")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet): the same only if they are the same path
        return os.path.realpath(a) == os.path.realpath(b)


def _write_stdout_text(text: str, bom: bool) -> None:
    """An article on standard output, byte for byte (its own line endings, its BOM)."""
    sys.stdout.flush()
    sys.stdout.buffer.write((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    sys.stdout.buffer.flush()


def _rule_specs(linter, results) -> dict:
    """Rule metadata for SARIF, without loading any rule's data (cache hits built no rules)."""
    from lintpress.engine import selected_specs

    specs = {}
    for r in results:
        if r.config is not None:
            for spec in selected_specs(r.config, r.language):
                specs.setdefault(spec.id, spec)
    return specs


def _add_packs(finder, packs: list[str]) -> None:
    extra = tuple(str(Path(p).resolve()) for p in packs)
    for p in extra:
        if not os.path.exists(p):
            raise LintpressError(f"{p}: rule pack not found")
    base = finder.overrides.get("packs")
    finder.overrides["packs"] = (base or ("builtin",)) + extra
