"""One line per finding, ``path:line:col: severity rule message`` — for grep and editors."""

from __future__ import annotations

from lintpress.reporters import span_position


def render(results, stream, **_options) -> None:
    for r in results:
        for d in r.diagnostics:
            pos = span_position(r.document, d.offset, d.length)
            hint = f" [→ {d.suggestions[0]}]" if d.suggestions else ""
            stream.write(f"{r.path}:{pos['line']}:{pos['column']}: {d.severity} {d.rule} {d.message}{hint}\n")
