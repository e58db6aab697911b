"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` line per finding."""

from __future__ import annotations

from lintpress.messages import text
from lintpress.reporters import span_position

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(s: str) -> str:
    return _escape_data(s).replace(":", "%3A").replace(",", "%2C")


def render(results, stream, lang_ui: str | None = None, **_options) -> None:
    for r in results:
        label = text("suggestion", lang_ui or r.language)
        for d in r.diagnostics:
            pos = span_position(r.document, d.offset, d.length)
            message = d.message
            if d.suggestions:
                message += f" ({label}: {', '.join(d.suggestions)})"
            stream.write(
                f"::{_LEVEL[d.severity]} file={_escape_property(r.path)},line={pos['line']},col={pos['column']},"
                f"endLine={pos['end_line']},endColumn={pos['end_column']},title={_escape_property(d.rule)}::"
                f"{_escape_data(message)}\n"
            )
