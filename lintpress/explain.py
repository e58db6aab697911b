"""``lintpress rules``: list every rule, or explain one with its example."""

from __future__ import annotations

import json
import os
from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from lintpress.diagnostic import UNSAFE
from lintpress.errors import LintpressError
from lintpress.kinds import KINDS, load_kind
from lintpress.messages import text, ui_language
from lintpress.packs import LANGUAGES, builtin_specs
from lintpress.suppressions import rule_matches


def _specs(language: str, packs: list[str] | None = None) -> list:
    """The built-in rules of one language or all, with the rules of extra packs (a later rule
    with the same id replaces an earlier one, as when linting)."""
    langs = LANGUAGES if language == "all" else (language,)
    if not packs:
        return [s for lang in langs for s in builtin_specs(lang)]
    from lintpress.config import Config
    from lintpress.engine import pack_specs

    for p in packs:
        if not os.path.exists(p):
            raise LintpressError(f"{p}: rule pack not found")
    config = Config(packs=("builtin", *(str(Path(p).resolve()) for p in packs)))
    chosen: dict[tuple[str, str], object] = {}
    for lang in langs:
        by_id = {s.id: s for s in pack_specs(config, lang)}
        for s in by_id.values():
            chosen.setdefault((s.id, s.language), s)  # a pack's language-neutral rule is listed once
    return list(chosen.values())


def _ui(args) -> str:
    """--lang-ui, else the language the list is limited to, else English."""
    return ui_language(args.lang_ui or (args.language if args.language in ("id", "en") else None))


_MARKDOWN_SPECIAL = set("\\`*[]<|")


def _markdown_text(text: str) -> str:
    """Plain text for a Markdown table cell: one line, nothing read as markup or a cell border."""
    text = " ⏎ ".join(text.splitlines())
    out = []
    for i, ch in enumerate(text):
        # an underscore inside a word never starts emphasis, so only the others are escaped
        lone_underscore = ch == "_" and not (out and out[-1].isalnum() and text[i + 1 : i + 2].isalnum())
        out.append("\\" + ch if ch in _MARKDOWN_SPECIAL or lone_underscore else ch)
    return "".join(out)


def _markdown_code(text: str) -> str:
    """Text as an inline code span for a table cell: one line, pipes escaped (GFM removes the escape
    inside code spans too), fenced by more backticks than any run it contains."""
    text = " ⏎ ".join(text.splitlines()).replace("|", "\\|")
    longest = run = 0
    for ch in text:
        run = run + 1 if ch == "`" else 0
        longest = max(longest, run)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return fence + pad + text + pad + fence


def rules_markdown(specs) -> str:
    """The rule list as a Markdown table: one line per rule whatever its text (docs/rules.md,
    ``lintpress rules --format markdown``)."""
    lines = [
        "| id | lang | kind | category | severity | what it catches | example |",
        "|---|---|---|---|---|---|---|",
    ]
    for s in specs:
        ex = ""
        if s.example.get("bad"):
            ex = _markdown_code(s.example["bad"])
            if s.example.get("good"):
                ex += " → " + _markdown_code(s.example["good"])
        desc = _markdown_text(s.description or s.message)
        lines.append(f"| `{s.id}` | {s.language} | {s.kind} | {s.category} | {s.severity} | {desc} | {ex} |")
    return "\n".join(lines) + "\n"


RULES_PAGE = Path("docs") / "rules.md"


def rules_page(specs) -> str:
    """docs/rules.md: every built-in rule, generated from the packs."""
    counts = ", ".join(
        f"{sum(1 for s in specs if s.language == lang)} for {name}" for lang, name in (("id", "Indonesian"), ("en", "English"))
    )
    return (
        "# Rules\n\n"
        "<!-- Generated from rules/<lang>/*.yaml by `python -m lintpress.explain --update-docs`: edit the packs, not this page. -->\n\n"
        f"Every built-in rule ({counts}). `lintpress rules` prints this list,\n"
        "`lintpress rules ID` explains one rule with its example, and `lintpress rules --pack PATH`\n"
        "adds your own pack's rules. Rule descriptions are written in English, for the people who\n"
        "choose rules; the findings themselves are written in the article's language. A line break\n"
        "inside an example is shown as ⏎.\n\n"
        + rules_markdown(specs)
    )


def update_rules_page(path: Path = RULES_PAGE) -> bool:
    """Write docs/rules.md from the built-in packs; True when it changed."""
    from lintpress.packs import all_builtin_specs

    new = rules_page(all_builtin_specs())
    old = path.read_text(encoding="utf-8") if path.is_file() else None
    if new != old:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(new, encoding="utf-8")
    return new != old


def rules_command(args, stream) -> int:
    specs = _specs(args.language, args.pack)
    ui = _ui(args)
    color = {"always": True, "never": False}.get(getattr(args, "color", "auto"))
    if args.rule:
        chosen = [s for s in specs if rule_matches(args.rule, s.id)]
        if not chosen:
            raise LintpressError(f"no rule matches {args.rule!r} (see: lintpress rules)")
        console = Console(file=stream, highlight=False, soft_wrap=True, force_terminal=color)
        for s in chosen:
            about = text("rules.about", ui, language=s.language, kind=s.kind, category=s.category, severity=s.severity)
            console.print(Text(s.id, style="bold magenta") + Text(f"  ({about})"))
            console.print(Text(s.description or s.message))
            console.print(Text(f"{text('rules.message', ui)}: ", style="dim") + Text(s.message))
            if s.example:
                for key in ("bad", "good"):
                    if key in s.example:
                        console.print(
                            Text(f"  {text('rules.' + key, ui)}: ", style="red" if key == "bad" else "green")
                            + Text(s.example[key])
                        )
            if s.in_quotes and s.in_quotes != "keep":
                console.print(Text(text("rules.in-quotes", ui, policy=s.in_quotes), style="dim"))
            if s.kind in KINDS and (s.applicability or load_kind(s.kind).FIX_APPLICABILITY) == UNSAFE:
                console.print(Text(text("rules.unsafe-fixes", ui), style="dim"))
            console.print(Text(text("rules.defined-in", ui, source=s.source), style="dim"))
            console.print()
        return 0
    if args.format == "json":
        json.dump(
            [
                {
                    "id": s.id,
                    "language": s.language,
                    "kind": s.kind,
                    "category": s.category,
                    "severity": s.severity,
                    "description": s.description or s.message,
                    "example": s.example,
                    "enabled": s.enabled,
                }
                for s in specs
            ],
            stream,
            ensure_ascii=False,
            indent=2,
        )
        stream.write("\n")
        return 0
    if args.format == "markdown":
        stream.write(rules_markdown(specs))
        return 0
    console = Console(
        file=stream, highlight=False, force_terminal=color, width=max(140, Console(file=stream).width)
    )
    table = Table(show_header=True, header_style="bold", box=None)
    for key in ("id", "lang", "kind", "category", "severity", "description"):
        table.add_column("id" if key == "id" else text(f"heading.{key}", ui), overflow="fold")
    for s in specs:
        table.add_row(s.id, s.language, s.kind, s.category, s.severity, s.description or s.message)
    console.print(table)
    console.print(Text(text("rules.total", ui, count=len(specs))))
    return 0


if __name__ == "__main__":  # python -m lintpress.explain --update-docs
    import sys

    if sys.argv[1:] in (["--update-docs"], ["--update-readme"]):  # the rule list moved from the README to docs/
        print(f"{RULES_PAGE}: " + ("updated" if update_rules_page() else "up to date"))
    else:
        sys.exit("usage: python -m lintpress.explain --update-docs")
