"""The document model: source text, which parts are prose, and positions.

Rules never see markup. They read ``Document.prose``: a copy of the text of
the same length in which everything that is not prose (code, URLs, HTML, link
targets, front matter, Markdown punctuation) is blanked with spaces while line
breaks stay. An offset in ``prose`` is therefore an offset in ``text``, and
every finding maps back to the original file without any translation table.
"""

from __future__ import annotations

import bisect
import errno
import os
import stat
import zlib
from functools import cached_property
from pathlib import Path
from typing import NamedTuple

import regex

from lintpress.errors import InputError
from lintpress.pattern_store import compile_regex

MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
TEXT_SUFFIXES = {".txt", ".text"}
LINTABLE_SUFFIXES = MARKDOWN_SUFFIXES | TEXT_SUFFIXES

# Not prose anywhere: bare URLs, e-mail addresses, www-hosts.
_URL = compile_regex(
    r"""(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>"'“”]+[^\s<>"'“”.,;:!?)\]]"""
    r"""|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b""",
    regex.IGNORECASE,
)


class Block(NamedTuple):
    """A paragraph-like unit of prose: a paragraph, heading, list item or table cell."""

    start: int
    end: int
    kind: str = "paragraph"


class Origin(NamedTuple):
    """Where a text came from, as it was when read: ``--fix`` replaces a file only if it still is."""

    dev: int = 0
    ino: int = 0
    size: int = -1
    mtime_ns: int = 0
    crc: int = 0  # zlib.crc32 of the bytes read
    stdin: bool = False  # read from standard input: the fixed text goes to standard output


STDIN = Origin(stdin=True)


class Source(NamedTuple):
    """A file's text as read and checked, before any parsing (what the result cache keys on)."""

    path: str
    text: str
    format: str  # "markdown" or "text"
    bom: bool
    origin: Origin | None = None


def format_of(path: str | Path) -> str:
    """"markdown" for the Markdown suffixes, else "text"."""
    return "markdown" if Path(path).suffix.lower() in MARKDOWN_SUFFIXES else "text"


def read_source(path: str | Path, fmt: str | None = None) -> Source:
    """Read a file as UTF-8 text; a missing, unreadable, non-UTF-8 or binary file is an InputError.

    A pipe is read too (``lintpress <(curl …)``); a device or socket is refused: ``/dev/zero``
    never ends.
    """
    p = Path(path)
    try:
        with open(p, "rb") as fh:
            st = os.fstat(fh.fileno())
            if not (stat.S_ISREG(st.st_mode) or stat.S_ISFIFO(st.st_mode)):
                raise InputError(f"{p}: not a regular file (a device or socket)")
            raw = fh.read()
    except FileNotFoundError:
        if p.is_symlink():
            raise InputError(f"{p}: broken symbolic link (to {os.readlink(p)})") from None
        raise InputError(f"{p}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{p}: is a directory") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError(f"{p}: symbolic link loop") from None
        raise InputError(f"{p}: cannot read ({exc.strerror or exc})") from None
    bom = raw.startswith(b"\xef\xbb\xbf")
    text = _decode(raw, p)
    origin = None
    if stat.S_ISREG(st.st_mode):
        origin = Origin(st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, zlib.crc32(raw))
    return Source(str(path), text, fmt or format_of(p), bom, origin)


def read_stdin(name: str | None = None, fmt: str | None = None) -> Source:
    """Standard input as one article; ``name`` (``--stdin-filename``) stands for its path."""
    import sys

    raw = sys.stdin.buffer.read()
    label = name or "-"
    return Source(label, _decode(raw, Path(label)), fmt or format_of(label), raw.startswith(b"\xef\xbb\xbf"), STDIN)


def _decode(raw: bytes, p: Path) -> str:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(f"{p}: not valid UTF-8 (byte {exc.start}, line {line})") from None
    if "\x00" in text:
        raise InputError(f"{p}: looks like a binary file (contains NUL bytes)")
    return text


class Document:
    """A file as read: text with offsets, the prose view and lazy segmentation."""

    origin: Origin | None = None  # set from the Source: what --fix checks before writing

    def __init__(self, text: str, path: str = "<string>", fmt: str = "text", *, bom: bool = False):
        self.path = path
        self.text = text
        self.format = fmt
        self.bom = bom
        self.newline = "\r\n" if "\r\n" in text else "\n"
        self.front_matter: dict[str, str] = {}
        self._line_starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]
        if fmt == "markdown":
            from lintpress.markdown import extract_markdown

            prose, blocks, self.front_matter, self.comments = extract_markdown(text, self._line_starts)
        else:
            prose, blocks, self.comments = text, _plain_blocks(text), []
        self.prose = _mask_urls(prose)
        self.blocks = blocks

    # -- construction -------------------------------------------------------------------------
    @classmethod
    def from_path(cls, path: str | Path, fmt: str | None = None) -> Document:
        return cls.from_source(read_source(path, fmt))

    @classmethod
    def from_source(cls, source: Source) -> Document:
        doc = cls(source.text, source.path, source.format, bom=source.bom)
        doc.origin = source.origin
        return doc

    def section(self, start: int, end: int) -> Document:
        """The text from ``start`` to ``end`` as a document of its own (offsets from ``start``),
        sharing this document's prose view: a book-length file is linted part by part."""
        part = Document(self.text[start:end], self.path, "text")  # the cheap parse, replaced below
        part.format = self.format
        part.prose = self.prose[start:end]
        part.blocks = [  # a block longer than a part is cut at the part's edges
            b._replace(start=max(b.start, start) - start, end=min(b.end, end) - start)
            for b in self.blocks
            if b.start < end and b.end > start
        ]
        part.comments = [(a - start, b - start, body) for a, b, body in self.comments if start <= a < end]
        part.front_matter = self.front_matter if start == 0 else {}
        return part

    # -- positions ------------------------------------------------------------------------------
    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a code-point offset; columns count code points."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1

    def line_text(self, line: int) -> str:
        """The text of a 1-based line without its line break."""
        start = self._line_starts[line - 1]
        end = self._line_starts[line] if line < len(self._line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")

    def line_start(self, line: int) -> int:
        """Offset where a 1-based line begins."""
        return self._line_starts[line - 1]

    def line_span(self, offset: int) -> tuple[int, int]:
        """(start, end-including-line-break) of the line holding ``offset``."""
        line = bisect.bisect_right(self._line_starts, offset) - 1
        start = self._line_starts[line]
        end = self._line_starts[line + 1] if line + 1 < len(self._line_starts) else len(self.text)
        return start, end

    @property
    def line_count(self) -> int:
        return len(self._line_starts)

    def is_prose(self, offset: int, length: int) -> bool:
        """True when no character of the span was blanked out as markup."""
        end = offset + length
        return self.prose[offset:end] == self.text[offset:end]

    # -- segmentation (lazy) ----------------------------------------------------------------------
    @cached_property
    def sentences(self):
        from lintpress.segment import split_sentences

        return split_sentences(self)

    @cached_property
    def words(self):
        from lintpress.segment import tokenize

        return [tok for block in self.blocks for tok in tokenize(self.prose, block.start, block.end)]

    @cached_property
    def word_index(self) -> dict[str, list]:
        """Lower-cased word → its tokens, so word-list rules probe only the words present."""
        index: dict[str, list] = {}
        for tok in self.words:
            index.setdefault(tok.text.lower(), []).append(tok)
        return index

    @cached_property
    def quotes(self):
        from lintpress.segment import quote_spans

        return quote_spans(self)

    def in_quote(self, offset: int, length: int = 0) -> bool:
        """True when the span lies inside a direct quotation."""
        i = bisect.bisect_right(self.quotes, (offset, float("inf"))) - 1
        return i >= 0 and self.quotes[i][0] <= offset and offset + length <= self.quotes[i][1]

    @cached_property
    def word_count(self) -> int:
        return sum(1 for t in self.words if t.is_word)

    def forget_derived(self) -> None:
        """Drop what linting derived (tokens, sentences, the rules' ``_lintpress_*`` caches).

        A run keeps every document until the report is written, which needs only the text
        and positions; anything asked for again is simply derived again.
        """
        for name in [n for n in self.__dict__ if n in _DERIVED or n.startswith("_lintpress_")]:
            del self.__dict__[name]


_DERIVED = frozenset(name for name, value in vars(Document).items() if isinstance(value, cached_property))


def _mask_urls(prose: str) -> str:
    """Blank bare URLs and e-mail addresses out of the prose view."""
    if "@" not in prose and "://" not in prose and "www." not in prose.lower():
        return prose
    return _URL.sub(lambda m: " " * len(m.group()), prose)


_LINE_BREAK = compile_regex(r"\r\n|\n|\r")
_LINE = compile_regex(r"[^\r\n]*(?:\r\n|\n|\r|$)")


def _plain_blocks(text: str) -> list[Block]:
    """Paragraphs of a plain-text article.

    News text puts one paragraph per line; hard-wrapped text continues a line
    with a lower-case word. A line therefore starts a new block unless it
    begins with a lower-case letter and follows a non-empty line.
    """
    blocks: list[Block] = []
    start = end = None
    for m in _LINE.finditer(text):
        if m.start() == len(text):
            break
        content = m.group().rstrip("\r\n")
        stripped = content.strip()
        if not stripped:
            if start is not None:
                blocks.append(Block(start, end))
                start = None
            continue
        first = stripped[0]
        continues = start is not None and first.islower()
        if start is not None and not continues:
            blocks.append(Block(start, end))
            start = None
        if start is None:
            start = m.start() + (len(content) - len(content.lstrip()))
        end = m.start() + len(content.rstrip())
    if start is not None:
        blocks.append(Block(start, end))
    return blocks
