"""Prose extraction from Markdown with a CommonMark parser (markdown-it-py).

markdown-it gives each block its source lines; inline children give the
literal text runs. Each text run is located in the source in order, and only
those characters stay in the prose view: emphasis marks, link targets, inline
code, HTML and code blocks are blanked, so offsets never move.

A text of plain paragraphs and simple bullet items, with no character any other
Markdown construct starts with (as many press releases and scraped pages saved as
``.md`` are), is split into paragraphs here instead: CommonMark makes each run of
non-blank lines, and each item, one paragraph of its lines' text, and importing the
parser is ~18 ms of a ~100 ms start. Tests hold the two ways to the
same prose view, blocks and comments on generated texts and on the corpus.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

import regex

from lintpress.document import Block
from lintpress.pattern_store import compile_regex, re_patterns_kept

if TYPE_CHECKING:
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
        with re_patterns_kept():  # markdown-it (and what it imports) compiles ~70 re patterns on import
            from markdown_it import MarkdownIt
        _parser = MarkdownIt("commonmark").enable("table")
    return _parser


# Plain prose: a character that may start some Markdown construct (inline or block), or any
# white space but the space and the line break (the parser trims some kinds and not others).
# An underscore between two letters or digits is text (it can neither open nor close emphasis).
_MARKUP_CHAR = compile_regex(
    r"[\\`*\[\]<>&|~]|[^\S \n]|[^\P{Cc}\n]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])"
)
# A line that may open a block other than a paragraph: indented code, list items, headings,
# quotes, setext underlines and thematic breaks (conservative: "2024." bails out too). A bullet
# item with one space and plain text after its marker (scraped pages leave many) is let through.
_BLOCK_OPENER = r"[-+=#>]|\d{1,9}[.)]"
_BLOCK_START = compile_regex(
    rf"^(?: {{4}}| {{0,3}}(?:[-+](?! (?!{_BLOCK_OPENER})[^ \n])|[=#>]|\d{{1,9}}[.)]))", regex.MULTILINE
)
_BULLET = compile_regex(r" {0,3}[-+] ")


def _is_plain(src: str) -> bool:
    """``src`` (line breaks already ``\\n``) holds paragraphs of text and nothing else Markdown reads."""
    return not _MARKUP_CHAR.search(src) and not _BLOCK_START.search(src)


def _plain_paragraphs(src: str, line_starts: list[int], keep: bytearray) -> list[Block]:
    """What markdown-it makes of plain ``src``: each run of non-blank lines is a paragraph whose
    text is each line without its leading and trailing spaces; a bullet item starts a paragraph
    of its own (its marker is no text). Marks those characters in ``keep``."""
    blocks: list[Block] = []
    first = last = None
    for i, line in enumerate(src.split("\n")):
        bullet = _BULLET.match(line)
        if bullet:
            line = " " * bullet.end() + line[bullet.end() :]
        content = line.strip(" ")
        if (not content or bullet) and first is not None:  # a blank line or an item ends the paragraph
            blocks.append(Block(first, last, "paragraph"))
            first = None
        if not content:
            continue
        start = line_starts[i] + len(line) - len(line.lstrip(" "))
        end = start + len(content)
        keep[start:end] = b"\x01" * (end - start)
        first = start if first is None else first
        last = end
    if first is not None:
        blocks.append(Block(first, last, "paragraph"))
    return blocks


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
    A book-length text is parsed in parts (see ``_part_starts``), so the parser's tokens for the
    whole text never exist at once.
    """
    starts = _part_starts(text, line_starts)
    if len(starts) == 1:
        return _extract(text, line_starts)
    prose: list[str] = []
    blocks: list[Block] = []
    comments: list[tuple[int, int, str]] = []
    meta: dict[str, str] = {}
    from markdown_it.common.utils import normalizeReference

    # a link may use a reference defined in another part: every part knows them all
    references = {
        normalizeReference(m.group(1)): {"title": "", "href": m.group(2), "map": None}
        for m in _REFERENCE.finditer(text)
    }
    bounds = [*starts, len(text)]
    for n, (a, b) in enumerate(zip(bounds, bounds[1:])):
        lo, hi = bisect.bisect_left(line_starts, a), bisect.bisect_left(line_starts, b)
        part_prose, part_blocks, part_meta, part_comments = _extract(
            text[a:b], [x - a for x in line_starts[lo:hi]], {"references": dict(references)}
        )
        prose.append(part_prose)
        blocks.extend(Block(x.start + a, x.end + a, x.kind) for x in part_blocks)
        comments.extend((x + a, y + a, body) for x, y, body in part_comments)
        meta = part_meta if n == 0 else meta
    return "".join(prose), blocks, meta, comments


# A text longer than this is parsed in parts of about this size (characters).
PART_CHARS = 500_000
_FENCE = compile_regex(r" {0,3}(`{3,}|~{3,})")
_REFERENCE = compile_regex(r"^ {0,3}\[([^\]\r\n]+)\]:[ \t]*(\S+)", regex.MULTILINE)
_RAW_HTML_OPEN = compile_regex(r"(?i) {0,3}<(pre|script|style|textarea)[\s>]")


def _part_starts(text: str, line_starts: list[int], size: int | None = None) -> list[int]:
    """Where parts of about ``size`` characters begin: only at an ordinary paragraph (a line that
    starts with a letter or digit after a blank line), never inside a code fence, an HTML comment
    or a raw HTML block, so each part parses as it would within the whole text."""
    size = size or PART_CHARS
    starts = [0]
    if len(text) <= size:
        return starts
    fence = ""  # the open code fence's character, or "" outside one
    raw_html = ""  # the closing tag awaited, or ""
    in_comment = blank_before = False
    for i, a in enumerate(line_starts):
        b = line_starts[i + 1] if i + 1 < len(line_starts) else len(text)
        line = text[a:b]
        if (
            a - starts[-1] >= size and blank_before and not (fence or raw_html or in_comment)
            and line[:1].isalnum()
        ):
            starts.append(a)
        blank_before = not line.strip()
        m = _FENCE.match(line)
        if m and (not fence or m.group(1)[0] == fence):
            fence = "" if fence else m.group(1)[0]
            continue
        if fence:
            continue
        if "<!--" in line or in_comment:
            in_comment = line.rfind("<!--") > line.rfind("-->")  or (in_comment and "-->" not in line)
        m = _RAW_HTML_OPEN.match(line)
        if m and f"</{m.group(1).lower()}>" not in line.lower():
            raw_html = f"</{m.group(1).lower()}>"
        elif raw_html and raw_html in line.lower():
            raw_html = ""
    return starts


def _extract(
    text: str, line_starts: list[int], env: dict | None = None
) -> tuple[str, list[Block], dict[str, str], list[tuple[int, int, str]]]:
    fm_len, meta = _front_matter(text)
    # Parse with the front matter replaced by blank lines so line numbers stay aligned.
    parse_src = _NOT_LINE_BREAK.sub("", text[:fm_len]) + text[fm_len:]
    parse_src = parse_src.replace("\r\n", "\n").replace("\r", "\n")
    line_starts = [*line_starts, len(text)]
    keep = bytearray(len(text))  # 1 where the character is prose
    if _is_plain(parse_src):
        blocks = _plain_paragraphs(parse_src, line_starts, keep)
    else:
        blocks = _parsed_blocks(text, parse_src, line_starts, keep, env)
    pieces = []  # prose runs as they are, everything between them blanked (line breaks kept)
    i, n = 0, len(text)
    while i < n:
        j = keep.find(1, i)
        j = n if j < 0 else j
        if j > i:
            pieces.append(_NOT_LINE_BREAK.sub(" ", text[i:j]))
        k = keep.find(0, j)
        k = n if k < 0 else k
        pieces.append(text[j:k])
        i = k
    comments = [(m.start(), m.end(), m.group(1)) for m in _COMMENT.finditer(text)]
    return "".join(pieces), blocks, meta, comments


def _parsed_blocks(
    text: str, parse_src: str, line_starts: list[int], keep: bytearray, env: dict | None
) -> list[Block]:
    """Blocks of the parsed text (markdown-it); marks their text runs in ``keep``."""
    blocks: list[Block] = []
    tokens = _md().parse(parse_src, env)
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
    return blocks
