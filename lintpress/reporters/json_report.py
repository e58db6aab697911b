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
    """Write ``build(results)`` as indented JSON, one finding at a time: the same bytes as
    ``json.dump``, without holding every finding of a long run as a dict at once."""
    report = build([])
    stream.write(_dumps(report, 0).partition('"files": []')[0] + '"files": [')
    counts = {"error": 0, "warning": 0, "info": 0}
    for n, r in enumerate(results):
        file = {"path": r.path, "language": r.language, "diagnostics": []}
        fhead, _, ftail = _dumps(file, 2).partition('"diagnostics": []')
        stream.write(("," if n else "") + "\n    " + fhead + '"diagnostics": [')
        for i, d in enumerate(r.diagnostics):
            counts[d.severity] += 1
            stream.write(("," if i else "") + "\n        " + _dumps(diagnostic_json(r.document, d), 4))
        stream.write(("\n      ]" if r.diagnostics else "]") + ftail)
    report["summary"].update(files=len(results), errors=counts["error"], warnings=counts["warning"], infos=counts["info"])
    stream.write(("\n  ]" if results else "]") + _dumps(report, 0).partition('"files": []')[2] + "\n")


def _dumps(value, depth: int) -> str:
    """``value`` as ``json.dump(indent=2, ensure_ascii=False)`` writes it ``depth`` levels deep.

    Written out here because with an indent the standard library encodes in Python, through a
    generator per value: three times slower on a report of 200,000 findings. A test holds the
    two to the same bytes.
    """
    if isinstance(value, str):
        return _string(value)
    if value is None or isinstance(value, bool):
        return "null" if value is None else "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return json.dumps(value)
    inner = "\n" + "  " * (depth + 1)
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = (f"{_string(k)}: {_dumps(v, depth + 1)}" for k, v in value.items())
        return "{" + inner + ("," + inner).join(items) + "\n" + "  " * depth + "}"
    if not value:
        return "[]"
    return "[" + inner + ("," + inner).join(_dumps(v, depth + 1) for v in value) + "\n" + "  " * depth + "]"


_string = json.encoder.encode_basestring  # the C encoder: quotes and escapes, non-ASCII kept
