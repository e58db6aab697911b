"""JSON output, contract version 1 (see the README): stable, one object per run."""

from __future__ import annotations

import json

from lintpress import __version__
from lintpress.reporters import span_position


def diagnostic_json(doc, d) -> dict:
    pos = span_position(doc, d.offset, d.length)
    related = []
    for r in d.related:
        line, column = (r.line, r.column) if r.path else doc.position(r.offset)
        entry = {"line": line, "column": column, "offset": r.offset, "length": r.length, "message": r.message}
        if r.path:  # another file of the run (--cross-file): offsets and positions are in that file
            entry["path"] = r.path
        related.append(entry)
    return {
        "rule": d.rule,
        "category": d.category,
        "severity": d.severity,
        "message": d.message,
        "line": pos["line"],
        "column": pos["column"],
        "end_line": pos["end_line"],
        "end_column": pos["end_column"],
        "offset": d.offset,
        "length": d.length,
        "text": doc.text[d.offset : d.offset + d.length],
        "suggestions": list(d.suggestions),
        "related": related,
        "fix": fix_json(doc, d),
    }


def fix_json(doc, d) -> dict | None:
    """The finding's fix, as ruff writes it: how sure it is and its edits (``null`` when none).

    An edit replaces ``length`` code points at ``offset`` (positions as for the finding) with
    ``replacement``; ``--fix`` applies the ``safe`` fixes, ``--unsafe-fixes`` the others too.
    """
    if not d.fix:
        return None
    edits = [
        {"offset": e.offset, "length": e.length, **span_position(doc, e.offset, e.length), "replacement": e.replacement}
        for e in d.fix
    ]
    return {"applicability": d.applicability, "edits": edits}


def build(results) -> dict:
    counts = {"error": 0, "warning": 0, "info": 0}
    files = []
    for r in results:
        for d in r.diagnostics:
            counts[d.severity] += 1
        files.append(
            {
                "path": r.path,
                "language": r.language,
                "diagnostics": [diagnostic_json(r.document, d) for d in r.diagnostics],
            }
        )
    return {
        "version": 1,
        "tool": {"name": "lintpress", "version": __version__},
        "files": files,
        "summary": {
            "files": len(results),
            "errors": counts["error"],
            "warnings": counts["warning"],
            "infos": counts["info"],
        },
    }


def render(results, stream, **_options) -> None:
    json.dump(build(results), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
