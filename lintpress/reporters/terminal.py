"""The terminal view for people: each finding with its source line, underline and suggestion.

Colour on a terminal; plain text when piped or when ``NO_COLOR`` is set
(rich decides both). Ends with counts by severity and by rule.
"""

from __future__ import annotations

import os
from collections import Counter

from rich.console import Console
from rich.table import Table
from rich.text import Text

from lintpress.reporters import span_position

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_MAX_LINE = 160


def _excerpt(line: str, col: int, width: int) -> tuple[str, int]:
    """Cut a long source line around the finding; return (text, new 0-based column)."""
    line = line.replace("\t", " ")
    if len(line) <= _MAX_LINE:
        return line, col
    start = max(0, col - 60)
    end = min(len(line), max(col + width + 60, start + _MAX_LINE))
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(line) else ""
    return prefix + line[start:end] + suffix, col - start + len(prefix)


def render(results, stream, **options) -> None:
    console = Console(
        file=stream,
        highlight=False,
        soft_wrap=True,
        no_color=bool(os.environ.get("NO_COLOR")) or None,
        force_terminal=options.get("color"),
        width=max(100, Console(file=stream).width if hasattr(stream, "isatty") and stream.isatty() else 120),
    )
    by_severity: Counter[str] = Counter()
    by_rule: Counter[str] = Counter()
    for r in results:
        doc = r.document
        for d in r.diagnostics:
            by_severity[d.severity] += 1
            by_rule[d.rule] += 1
            pos = span_position(doc, d.offset, d.length)
            head = Text()
            head.append(f"{r.path}:{pos['line']}:{pos['column']}", style="bold")
            head.append(": ")
            head.append(d.severity, style=_STYLE[d.severity])
            head.append(f" [{d.rule}] ", style="magenta")
            head.append(d.message)
            console.print(head)
            line = doc.line_text(pos["line"])
            width = d.length if pos["end_line"] == pos["line"] else len(line) - pos["column"] + 1
            shown, col = _excerpt(line, pos["column"] - 1, width)
            gutter = f"{pos['line']:>5} | "
            console.print(Text(gutter, style="dim") + Text(shown))
            marker = Text(" " * len(gutter) + " " * col) + Text(
                "^" * max(1, min(width, len(shown) - col)), style=_STYLE[d.severity]
            )
            console.print(marker)
            if d.suggestions:
                console.print(
                    Text("      = suggestion: ", style="dim") + Text(" | ".join(d.suggestions), style="green")
                )
            for rel in d.related[:3]:
                rl, rc = (rel.line, rel.column) if rel.path else doc.position(rel.offset)
                console.print(
                    Text(
                        f"      = see {rel.path or r.path}:{rl}:{rc}" + (f" ({rel.message})" if rel.message else ""),
                        style="dim",
                    )
                )
            console.print()
    total = sum(by_severity.values())
    files = len(results)
    if not total:
        if not options.get("quiet"):
            console.print(Text(f"✓ No findings in {files} file{'s' if files != 1 else ''}.", style="green"))
        return
    summary = Text(f"{total} finding{'s' if total != 1 else ''} in {files} file{'s' if files != 1 else ''}: ")
    summary.append(
        ", ".join(
            f"{by_severity[s]} {s}{'s' if by_severity[s] != 1 else ''}"
            for s in ("error", "warning", "info")
            if by_severity[s]
        )
    )
    console.print(summary, style="bold")
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    table.add_column("rule")
    table.add_column("count", justify="right")
    for rule, n in sorted(by_rule.items(), key=lambda kv: (-kv[1], kv[0])):
        table.add_row(rule, str(n))
    console.print(table)
