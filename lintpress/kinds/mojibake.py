"""``mojibake``: UTF-8 text that was decoded as Windows-1252 somewhere on its way ("â€™", "Ã©").

Example rule::

    - id: style.mojibake
      kind: mojibake
      category: style
      severity: warning
      message: "'{text}' is garbled text; it should read '{suggestion}'."

``Jumâ€™at`` is reported with the suggestion ``Jum’at``. A run is reported only
when re-encoding it as Windows-1252 gives valid UTF-8, so the repair is exact
and is offered as an autofix; legitimate accented words (``São``, ``café``)
never decode that way. The replacement character ``�`` (bytes already lost)
is reported without a fix.
"""

from __future__ import annotations

from lintpress.diagnostic import Edit
from lintpress.kinds.base import Kind, Param
from lintpress.pattern_store import compile_regex

# Characters that Windows-1252 maps from bytes 0x80–0xBF (UTF-8 continuation bytes).
_CONT = (
    "\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152"
    "\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178"
)
_RUN = compile_regex(rf"(?:[\u00c2-\u00f4][{_CONT}]{{1,3}})+|\ufffd+")


def repair(run: str) -> str | None:
    """The text ``run`` was before it was mis-decoded, or None when it is not mojibake."""
    out = bytearray()
    for ch in run:
        code = ord(ch)
        if 0x80 <= code <= 0x9F:
            out.append(code)  # undefined in Windows-1252, kept as a C1 control by lenient decoders
            continue
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            return None
    try:
        fixed = out.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return fixed if fixed != run and all(c.isprintable() or c.isspace() for c in fixed) else None


class Mojibake(Kind):
    NAME = "mojibake"
    PARAMS = {
        "fix": Param("bool", True, doc="offer the repaired text as an autofix"),
        "lost_message": Param(
            "str",
            "'{text}': characters were lost in conversion; retype them from the source.",
            doc="message for the replacement character, which cannot be repaired",
        ),
    }

    def check(self, doc):
        for m in _RUN.finditer(doc.prose):
            found = m.group()
            if found[0] == "\ufffd":
                yield self.diagnostic(m.start(), len(found), text=found, message=self.params["lost_message"])
                continue
            fixed = repair(found)
            if fixed is None:
                continue
            fix = [Edit(m.start(), len(found), fixed)] if self.params["fix"] else None
            yield self.diagnostic(m.start(), len(found), text=found, suggestions=[fixed], fix=fix)
