"""Reporters: one module per output format, chosen with ``--format``."""

from __future__ import annotations

import importlib

REPORTERS = {
    "rich": "lintpress.reporters.terminal",
    "concise": "lintpress.reporters.concise",
    "json": "lintpress.reporters.json_report",
    "sarif": "lintpress.reporters.sarif",
    "github": "lintpress.reporters.github",
}


def get_reporter(name: str):
    """The module for a format; it has ``render(results, stream, **options)``."""
    return importlib.import_module(REPORTERS[name])


def span_position(doc, offset: int, length: int) -> dict[str, int]:
    """1-based start and end line/column of a span (end column exclusive, code points)."""
    line, column = doc.position(offset)
    end_line, end_column = doc.position(offset + length)
    return {"line": line, "column": column, "end_line": end_line, "end_column": end_column}
