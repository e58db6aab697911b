"""Prose extraction from Markdown with a CommonMark parser (markdown-it-py).

markdown-it gives each block its source lines; inline children give the
literal text runs. Each text run is located in the source in order, and only
those characters stay in the prose view: emphasis marks, link targets, inline
code, HTML and code blocks are blanked, so offsets never move.
"""

from __future__ import annotations

import regex

from lintpress.document import Block
from lintpress.pattern_store import compile_regex, re_patterns_kept

with re_patterns_kept():  # markdown-it (and what it imports) compiles ~70 re patterns on import
    from markdown_it import MarkdownIt

_FRONT_MATTER = compile_regex(r"\A(---|\+\+\+)[ \t]*\r?\n(.*?)(?:\r?\n)\1[ \t]*(?:\r?\n|\Z)", regex.DOTALL)
_COMMENT = compile_regex(r"<!--(.*?)-->", regex.DOTALL)
_META_LINE = compile_regex(r"\s*([\w-]+)\s*[:=]\s*['\"]?(.*?)['\"]?\s*$")
_NOT_LINE_BREAK = compile_regex(r"[^\r\n]")
_BLOCK_KINDS = {
    "paragraph_open": "paragraph",
    "heading_open": "heading",
    "th_open": "cell",
    "td_open": "cell",
}

_parser: MarkdownIt | None = None


def _md() -> MarkdownIt:
    global _parser
    if _parser is None:
        _parser = MarkdownIt("commonmark").enable("table")
    return _parser


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] not in "\r\n":
            chars[i] = " "


def _front_matter(text: str) -> tuple[int, dict[str, str]]:
    """Length of a leading YAML/TOML front matter block and its simple ``key: value`` pairs."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return 0, {}
    meta: dict[str, str] = {}
    for line in m.group(2).splitlines():
        km = _META_LINE.match(line)
        if km:
            meta[km.group(1).lower()] = km.group(2)
    return m.end(), meta


def extract_markdown(
    text: str, line_starts: list[int]
) -> tuple[str, list[Block], dict[str, str], list[tuple[int, int, str]]]:
    """Return (prose view, prose blocks, front matter, HTML comments as (start, end, body)).

    ``line_starts`` are the offsets where the text's lines begin (the document computes them once).
    """
    fm_len, meta = _front_matter(text)
    # Parse with the front matter replaced by blank lines so line numbers stay aligned.
    parse_src = _NOT_LINE_BREAK.sub("", text[:fm_len]) + text[fm_len:]
    line_starts = [*line_starts, len(text)]
    keep = bytearray(len(text))  # 1 where the character is prose
    blocks: list[Block] = []
    tokens = _md().parse(parse_src.replace("\r\n", "\n").replace("\r", "\n"))
    pending_kind = None
    for tok in tokens:
        if tok.type in _BLOCK_KINDS:
            pending_kind = _BLOCK_KINDS[tok.type]
            continue
        if tok.type != "inline" or tok.map is None:
            continue
        lo = line_starts[tok.map[0]]
        hi = line_starts[min(tok.map[1], len(line_starts) - 1)]
        first = last = None
        cursor = lo
        link_depth = 0
        for child in tok.children or []:
            if child.type == "link_open":
                link_depth += 1 if child.markup == "autolink" else 0
            elif child.type == "link_close" and link_depth:
                link_depth -= 1
            if child.type != "text" or link_depth or not child.content:
                if child.type == "code_inline" and child.content:
                    found = text.find(child.content, cursor, hi)
                    if found >= 0:
                        cursor = found + len(child.content)
                continue
            found = text.find(child.content, cursor, hi)
            if found < 0:
                continue  # escapes or entities changed the run; leave it out rather than guess
            end = found + len(child.content)
            keep[found:end] = b"\x01" * (end - found)
            cursor = end
            first = found if first is None else first
            last = end
        if first is not None:
            blocks.append(Block(first, last, pending_kind or "paragraph"))
        pending_kind = None
    chars = list(text)
    i = 0
    n = len(text)
    while i < n:
        if keep[i]:
            i += 1
            continue
        j = i
        while j < n and not keep[j]:
            j += 1
        _blank(chars, i, j)
        i = j
    comments = [(m.start(), m.end(), m.group(1)) for m in _COMMENT.finditer(text)]
    return "".join(chars), blocks, meta, comments
