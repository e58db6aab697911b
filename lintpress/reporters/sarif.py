"""SARIF 2.1.0 output for code-scanning dashboards, with rule metadata in ``tool.driver.rules``."""

from __future__ import annotations

import json
from pathlib import Path

from lintpress import __version__
from lintpress.messages import text
from lintpress.reporters import span_position

_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _uri(path: str) -> str:
    p = Path(path)
    return p.as_posix() if not p.is_absolute() else p.as_uri()


def _region(doc, offset: int, length: int) -> dict:
    pos = span_position(doc, offset, length)
    region = {
        "startLine": pos["line"],
        "startColumn": pos["column"],
        "endLine": pos["end_line"],
        "endColumn": pos["end_column"],
        "charOffset": offset,
        "charLength": length,
    }
    if length:
        region["snippet"] = {"text": doc.text[offset : offset + length]}
    return region


def _related_location(doc, uri: str, rel) -> dict:
    if rel.path:  # in another file: its position was computed by the rule that read it
        region = {"startLine": rel.line, "startColumn": rel.column, "charOffset": rel.offset, "charLength": rel.length}
        return {"artifactLocation": {"uri": _uri(rel.path)}, "region": region}
    return {"artifactLocation": {"uri": uri}, "region": _region(doc, rel.offset, rel.length)}


def _quoted(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def _fix(doc, uri: str, d, ui: str) -> dict:
    """A SARIF fix; its ``applicability`` property says whether ``--fix`` would apply it (``safe``)
    or only ``--unsafe-fixes`` would (``unsafe``: review it before applying)."""
    replacements = [
        {
            "deletedRegion": _region(doc, e.offset, e.length),
            "insertedContent": {"text": e.replacement},
        }
        for e in d.fix
    ]
    if all(not e.replacement for e in d.fix):
        description = text("fix.delete", ui, text=" … ".join(_quoted(doc.text[e.offset : e.end]) for e in d.fix))
    else:
        description = text("fix.replace", ui, text=" … ".join(_quoted(e.replacement) for e in d.fix if e.replacement))
    if d.applicability != "safe":
        description += text("fix.unsafe", ui)
    return {
        "description": {"text": description},
        "artifactChanges": [{"artifactLocation": {"uri": uri}, "replacements": replacements}],
        "properties": {"applicability": d.applicability},
    }


def build(results, rule_specs: dict | None = None, lang_ui: str | None = None) -> dict:
    rule_specs = rule_specs or {}
    used = sorted({d.rule for r in results for d in r.diagnostics})
    index = {rid: i for i, rid in enumerate(used)}
    rules = []
    for rid in used:
        spec = rule_specs.get(rid)
        entry: dict = {"id": rid, "name": rid.replace(".", "-")}
        if spec is not None:
            entry["shortDescription"] = {"text": spec.description or spec.message}
            entry["fullDescription"] = {"text": spec.description or spec.message}
            entry["defaultConfiguration"] = {"level": _LEVEL[spec.severity]}
            entry["properties"] = {"category": spec.category, "kind": spec.kind}
            if spec.example:
                entry["help"] = {"text": "\n".join(f"{k}: {v}" for k, v in spec.example.items())}
        else:
            entry["shortDescription"] = {"text": rid}
        rules.append(entry)
    out_results = []
    for r in results:
        uri = _uri(r.path)
        ui = lang_ui or r.language
        for d in r.diagnostics:
            res: dict = {
                "ruleId": d.rule,
                "ruleIndex": index[d.rule],
                "level": _LEVEL[d.severity],
                "message": {
                    "text": d.message + (f" ({text('suggestion', ui)}: {d.suggestions[0]})" if d.suggestions else "")
                },
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": uri},
                            "region": _region(r.document, d.offset, d.length),
                        }
                    }
                ],
                "properties": {"category": d.category, "suggestions": list(d.suggestions)},
            }
            if d.related:
                res["relatedLocations"] = [
                    {
                        "id": i,
                        "message": {"text": rel.message or text("related", ui)},
                        "physicalLocation": _related_location(r.document, uri, rel),
                    }
                    for i, rel in enumerate(d.related)
                ]
            if d.fix:
                res["fixes"] = [_fix(r.document, uri, d, ui)]
            out_results.append(res)
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "lintpress",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": "https://pypi.org/project/lintpress/",
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": out_results,
            }
        ],
    }


def render(results, stream, rule_specs: dict | None = None, lang_ui: str | None = None, **_options) -> None:
    json.dump(build(results, rule_specs, lang_ui), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
