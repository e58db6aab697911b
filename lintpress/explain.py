"""``lintpress rules``: list every rule, or explain one with its example."""

from __future__ import annotations

import json
import os
from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from lintpress.errors import LintpressError
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


def rules_markdown(specs) -> str:
    """The rule list as a Markdown table (used for the README)."""
    lines = [
        "| id | lang | kind | category | severity | what it catches | example |",
        "|---|---|---|---|---|---|---|",
    ]
    for s in specs:
        ex = ""
        if s.example.get("bad"):
            ex = f"`{s.example['bad']}`" + (f" → `{s.example['good']}`" if s.example.get("good") else "")
        desc = (s.description or s.message).replace("|", "\\|").replace("\n", " ")
        ex = ex.replace("|", "\\|")
        lines.append(f"| `{s.id}` | {s.language} | {s.kind} | {s.category} | {s.severity} | {desc} | {ex} |")
    return "\n".join(lines) + "\n"


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


def update_readme(path) -> bool:
    """Rewrite the rule table between the README's rules markers; True when it changed."""
    from lintpress.packs import all_builtin_specs

    p = Path(path)
    text = p.read_text(encoding="utf-8")
    head, rest = text.split("<!-- rules:start -->", 1)
    _, tail = rest.split("<!-- rules:end -->", 1)
    new = f"{head}<!-- rules:start -->\n{rules_markdown(all_builtin_specs())}<!-- rules:end -->{tail}"
    if new != text:
        p.write_text(new, encoding="utf-8")
    return new != text


if __name__ == "__main__":  # python -m lintpress.explain --update-readme
    import sys

    if sys.argv[1:] == ["--update-readme"]:
        print("updated" if update_readme("README.md") else "up to date")
