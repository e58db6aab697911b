"""The terminal view for people: each finding with its source line, underline and suggestion.

Carets are placed by display width (a CJK character or an emoji takes two cells, an accent
none, a tab runs to the next stop), and a source line longer than the terminal is cut to a
window around the finding, each cut marked with an ellipsis, so the caret line always sits
under the text it marks and never wraps. Labels follow each file's language (``--lang-ui``
overrides it); the summary follows the files' common language.

Colour on a terminal through rich; piped, with ``NO_COLOR`` or ``--color never`` the view is
written as plain text without importing rich at all (the same lines, no styles).
"""

from __future__ import annotations

import os
from collections import Counter
from typing import NamedTuple

from lintpress.messages import counted, text
from lintpress.reporters import span_position
from lintpress.reporters.cells import cell_width, clusters

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_ELLIPSIS = "…"
_INDENT = "      = "
_MIN_SOURCE_WIDTH = 20  # a narrower terminal still gets this much of the line
_CONTEXT_BEFORE_LONG_SPAN = 10  # cells shown before a span too long for the window
_MAX_RELATED = 3

Part = tuple[str, "str | None"]  # text and its rich style


class Excerpt(NamedTuple):
    """A source line as shown (perhaps cut to a window) and where its caret line goes, in cells."""

    text: str
    caret_column: int
    caret_width: int


def excerpt(line: str, start: int, end: int, width: int) -> Excerpt:
    """Show the code points ``start:end`` of ``line`` in at most ``width`` cells (caret included).

    A line that fits is shown whole; a longer one is cut around the span, which gets as much
    context before it as after (a span wider than the window shows its start), and every cut
    side ends in an ellipsis.
    """
    drawn = clusters(line)
    columns = []
    total = 0
    for c in drawn:
        columns.append(total)
        total += c.width
    first = next((k for k, c in enumerate(drawn) if c.end > start), len(drawn))
    span_col = columns[first] if first < len(drawn) else total
    span_end = span_col
    if end > start and first < len(drawn):
        last = max(k for k in range(first, len(drawn)) if drawn[k].start < end)
        span_end = columns[last] + drawn[last].width
    span_w = max(1, span_end - span_col)
    extent = max(total, span_col + span_w)  # a caret just past the text needs one more cell
    if extent <= width:
        return Excerpt("".join(c.text for c in drawn), span_col, span_w)

    room = width - 2  # both sides cut: two ellipses
    if span_w <= room:
        left = max(0, span_col - (room - span_w) // 2)
    else:
        left = max(0, span_col - _CONTEXT_BEFORE_LONG_SPAN)
    right = left + room if left else width - 1
    if right >= extent:  # the window reaches the end: only the left side is cut
        right = extent
        left = extent - (width - 1)
    shown = [k for k in range(len(drawn)) if columns[k] >= left and columns[k] + drawn[k].width <= right]
    lo, hi = (shown[0], shown[-1]) if shown else (first, first - 1)
    cut_left, cut_right = lo > 0, hi < len(drawn) - 1
    origin = columns[lo] if lo < len(drawn) else total
    lead = 1 if cut_left else 0
    body = "".join(drawn[k].text for k in range(lo, hi + 1))
    caret_col = lead + span_col - origin
    text_end = lead + (columns[hi] + drawn[hi].width - origin if hi >= lo else 0)
    caret_w = span_w if span_col + span_w <= right else max(1, text_end - caret_col)
    return Excerpt((_ELLIPSIS if cut_left else "") + body + (_ELLIPSIS if cut_right else ""), caret_col, caret_w)


def terminal_width(stream, explicit: int | None = None) -> int:
    """Columns to fit: ``COLUMNS``, else the terminal's width, else 80 (as ``shutil`` decides)."""
    if explicit:
        return explicit
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns > 0:
        return columns
    try:
        if stream.isatty():
            return os.get_terminal_size(stream.fileno()).columns or 80
    except (AttributeError, ValueError, OSError):
        pass
    return 80


def _wants_colour(stream, color: bool | None) -> bool:
    if color is not None:  # --color always / never
        return color
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class _Output:
    """Writes lines of styled parts: through rich on a colour terminal, else as plain text."""

    def __init__(self, stream, colour: bool, width: int):
        self.stream = stream
        self.console = None
        if colour:
            from rich.console import Console

            self.console = Console(
                file=stream, highlight=False, soft_wrap=True, markup=False, emoji=False,
                force_terminal=True, no_color=bool(os.environ.get("NO_COLOR")) or None, width=width,
            )

    def line(self, parts: list[Part]) -> None:
        if self.console is None:
            self.stream.write("".join(t for t, _ in parts) + "\n")
            return
        from rich.text import Text

        out = Text()
        for t, style in parts:
            out.append(t, style=style or "")
        self.console.print(out)


def _one_line(s: str) -> str:
    """Text of a message or suggestion as one line, with nothing the terminal would act on."""
    if s.isascii() and s.isprintable():
        return s
    s = s.replace("\r\n", "\n").replace("\n", " ⏎ ")
    return "".join(c.text for c in clusters(s, tab_size=1))


def _suggestion(s: str) -> str:
    """A suggestion as shown: quoted when it is empty or starts or ends with a space ('Foto: ')."""
    shown = _one_line(s)
    return f"'{shown}'" if not shown or shown != shown.strip() else shown


def _source_lines(doc, d, width: int) -> list[list[Part]]:
    """The finding's source line (windowed to the width) and the caret line under the span."""
    pos = span_position(doc, d.offset, d.length)
    line = doc.line_text(pos["line"])
    start = pos["column"] - 1
    end = pos["end_column"] - 1 if pos["end_line"] == pos["line"] else len(line)
    gutter = f"{pos['line']:>5} | "
    shown = excerpt(line, start, end, max(_MIN_SOURCE_WIDTH, width - len(gutter)))
    return [
        [(gutter, "dim"), (shown.text, None)],
        [(" " * (len(gutter) + shown.caret_column), None), ("^" * shown.caret_width, _STYLE[d.severity])],
    ]


def _summary_language(results, lang_ui: str | None) -> str | None:
    """--lang-ui, else the language all files share (English for a mix)."""
    if lang_ui:
        return lang_ui
    languages = {r.language for r in results}
    return languages.pop() if len(languages) == 1 else "en"


def render(results, stream, **options) -> None:
    width = terminal_width(stream, options.get("width"))
    out = _Output(stream, _wants_colour(stream, options.get("color")), width)
    lang_ui = options.get("lang_ui")
    by_severity: Counter[str] = Counter()
    by_rule: Counter[str] = Counter()
    for r in results:
        doc = r.document
        ui = lang_ui or r.language
        for d in r.diagnostics:
            by_severity[d.severity] += 1
            by_rule[d.rule] += 1
            pos = span_position(doc, d.offset, d.length)
            out.line([
                (f"{r.path}:{pos['line']}:{pos['column']}", "bold"),
                (": ", None),
                (d.severity, _STYLE[d.severity]),
                (f" [{d.rule}] ", "magenta"),
                (_one_line(d.message), None),
            ])
            for parts in _source_lines(doc, d, width):
                out.line(parts)
            if d.suggestions:
                out.line([
                    (f"{_INDENT}{text('suggestion', ui)}: ", "dim"),
                    (" | ".join(_suggestion(s) for s in d.suggestions), "green"),
                ])
            for rel in d.related[:_MAX_RELATED]:
                rl, rc = (rel.line, rel.column) if rel.path else doc.position(rel.offset)
                label = f" ({_one_line(rel.message)})" if rel.message else ""
                out.line([(f"{_INDENT}{text('see', ui)} {rel.path or r.path}:{rl}:{rc}{label}", "dim")])
            if len(d.related) > _MAX_RELATED:
                out.line([(f"{_INDENT}{text('more-related', ui, count=len(d.related) - _MAX_RELATED)}", "dim")])
            out.line([])
    _summary(out, results, by_severity, by_rule, _summary_language(results, lang_ui), options.get("quiet"))


def _summary(out: _Output, results, by_severity: Counter, by_rule: Counter, ui: str | None, quiet) -> None:
    files = counted(len(results), "file", ui)
    total = sum(by_severity.values())
    if not total:
        if not quiet:
            out.line([("✓ " + text("no-findings", ui, files=files), "green")])
        return
    counts = ", ".join(counted(by_severity[s], s, ui) for s in ("error", "warning", "info") if by_severity[s])
    out.line([(text("summary", ui, findings=counted(total, "finding", ui), files=files, counts=counts), "bold")])
    rule_head, count_head = text("rule", ui), text("count", ui)
    rows = sorted(by_rule.items(), key=lambda kv: (-kv[1], kv[0]))
    name_w = max(cell_width(rule_head), *(len(rule) for rule, _ in rows))
    count_w = max(cell_width(count_head), *(len(str(n)) for _, n in rows))
    out.line([(f"{rule_head:<{name_w}}  {count_head:>{count_w}}", "bold")])
    for rule, n in rows:
        out.line([(f"{rule:<{name_w}}  {n:>{count_w}}", None)])
