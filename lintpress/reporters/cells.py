"""How wide text is on a terminal: characters grouped as they are drawn, each with its width in cells.

Columns in findings count code points, but a terminal draws a CJK character or an emoji
two cells wide, a combining accent or a zero-width joiner in no cell at all, and a tab up
to the next tab stop. Carets placed by code point then drift away from the text they
underline. :func:`clusters` splits a line into what the terminal draws as one unit (a
letter with its accents, an emoji ZWJ sequence, a flag, an expanded tab) with its width,
from ``unicodedata`` (East Asian Width and categories; no table of our own to keep up to
date). Control and bidirectional-format characters are never sent to the terminal as they
are: a control character is shown as its visible symbol (U+2400 block, one cell), a format
character (zero-width space, bidi overrides) is not shown.
"""

from __future__ import annotations

import unicodedata
from typing import NamedTuple

TAB_SIZE = 8

_ZWJ = "\u200d"
_VS16 = "\ufe0f"  # emoji presentation: a text symbol drawn as a (wide) emoji
_EMOJI_KEYCAP_BASES = frozenset("#*0123456789")


class Cluster(NamedTuple):
    """What a terminal draws as one unit: code points ``start:end`` of the line, shown as ``text``."""

    start: int
    end: int
    width: int
    text: str


def _joins_previous(ch: str, cp: int) -> bool:
    """A code point drawn together with the character before it (adds no cell of its own)."""
    return (
        unicodedata.category(ch) in ("Mn", "Me", "Mc")
        or 0xFE00 <= cp <= 0xFE0F  # variation selectors
        or 0xE0100 <= cp <= 0xE01EF
        or 0x1F3FB <= cp <= 0x1F3FF  # emoji skin-tone modifiers
        or 0xE0020 <= cp <= 0xE007F  # tag characters (subdivision flags)
        or 0x1160 <= cp <= 0x11FF  # Hangul medial vowels and final consonants
        or 0xD7B0 <= cp <= 0xD7FF
    )


def _base(ch: str, cp: int) -> tuple[int, str]:
    """Width and shown text of a character that starts a cluster."""
    if cp == 0x7F or cp < 0x20:
        return 1, chr(0x2421) if cp == 0x7F else chr(0x2400 + cp)  # ␀ … ␟, ␡
    category = unicodedata.category(ch)
    if category == "Cc" or category in ("Zl", "Zp"):
        return 1, "\ufffd"
    if category == "Cf":
        return 0, ""  # zero-width space, joiners, bidi embeddings and overrides: not shown
    if _joins_previous(ch, cp):
        return 1, "\u25cc" + ch  # an accent with nothing to sit on, shown on a dotted circle
    return (2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1), ch


def clusters(line: str, tab_size: int = TAB_SIZE) -> list[Cluster]:
    """The line as drawn: clusters in order, covering every code point, tabs expanded from column 0."""
    out: list[Cluster] = []
    column = 0
    i, n = 0, len(line)
    while i < n:
        ch = line[i]
        cp = ord(ch)
        start = i
        if ch == "\t":
            width = tab_size - column % tab_size
            out.append(Cluster(i, i + 1, width, " " * width))
            column += width
            i += 1
            continue
        width, shown = _base(ch, cp)
        i += 1
        regional = 0x1F1E6 <= cp <= 0x1F1FF
        if regional and i < n and 0x1F1E6 <= ord(line[i]) <= 0x1F1FF:  # a flag: two letters, one glyph
            shown += line[i]
            width = 2
            i += 1
        while i < n and shown:
            nxt = line[i]
            ncp = ord(nxt)
            if nxt == _ZWJ:  # joins the next character into this glyph (👩‍👩‍👧)
                shown += nxt
                i += 1
                if i < n and line[i] != "\t" and unicodedata.category(line[i]) not in ("Cc", "Cf"):
                    shown += line[i]
                    i += 1
                continue
            if not _joins_previous(nxt, ncp):
                break
            if nxt == _VS16 and width == 1 and (unicodedata.category(ch)[0] == "S" or ch in _EMOJI_KEYCAP_BASES):
                width = 2  # ❤️, ☀️, 1️⃣: emoji presentation is two cells
            shown += nxt
            i += 1
        out.append(Cluster(start, i, width, shown))
        column += width
    return out


def cell_width(text: str) -> int:
    """Cells a single line of text takes on a terminal."""
    if text.isascii() and text.isprintable():
        return len(text)
    return sum(c.width for c in clusters(text))
