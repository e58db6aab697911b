"""Plain prose in a Markdown file is split into paragraphs without the parser: the result must be
exactly what markdown-it gives (the parser is the reference, the short way only saves its import)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lintpress import markdown
from lintpress.document import Document


def both_ways(text: str, monkeypatch) -> tuple[tuple, tuple]:
    starts = Document(text, "x.md", "markdown")._line_starts
    short = markdown.extract_markdown(text, starts)
    with monkeypatch.context() as m:
        m.setattr(markdown, "_is_plain", lambda src: False)
        parsed = markdown.extract_markdown(text, starts)
    return short, parsed


def test_bullet_items_and_inner_underscores_match_the_parser(monkeypatch):
    text = "Judul\n- account_circle Penulis\n- visibility 43\nlanjutan\n\n  + butir\n\nParagraf.\n"
    assert markdown._is_plain(text)
    short, parsed = both_ways(text, monkeypatch)
    assert short == parsed
    assert len(short[1]) == 5


def test_front_matter_then_plain_prose_match_the_parser(monkeypatch):
    text = "---\ntitle: Siaran pers\nlang: id\n---\nParagraf satu.\n- butir dua\n\nParagraf tiga.\n"
    short, parsed = both_ways(text, monkeypatch)
    assert short == parsed and short[2] == {"title": "Siaran pers", "lang": "id"}


def test_plain_paragraphs_match_the_parser(monkeypatch):
    text = "  Judul siaran pers  \r\nBaris kedua,  lanjut.   \n\n   \nParagraf kedua (2026): 5% naik!\n"
    assert markdown._is_plain(text.replace("\r\n", "\n"))
    short, parsed = both_ways(text, monkeypatch)
    assert short == parsed
    assert [b.kind for b in short[1]] == ["paragraph", "paragraph"]


@pytest.mark.parametrize(
    "text",
    [
        "# Judul\n\nIsi.",  # heading
        "Isi\n===\n",  # setext heading
        "* satu\n",  # a bullet the short way leaves to the parser
        "Teks\n-\n",  # setext underline
        "- - -\n",  # thematic break
        "-  dua spasi\n",  # more than one space after the marker
        "1. satu\n",  # ordered list
        "Teks **tebal**.",  # emphasis
        "Lihat [tautan](https://x.id).",  # link
        "    kode\n",  # indented code
        "> kutipan\n",  # quote
        "a | b\n--|--\n1 | 2\n",  # table
        "Harga &amp; biaya\n",  # entity
        "Teks\u00a0dengan spasi tak putus\n",  # a white space the parser trims differently
        "Teks\tdengan tab\n",
        "<!-- catatan -->\nTeks\n",  # HTML comment
    ],
)
def test_markup_goes_to_the_parser(text):
    assert not markdown._is_plain(text)


# Texts built from what plain prose is made of, and from the characters closest to markup
# (the short way must refuse a text whenever it would read it differently from the parser).
_PIECES = st.sampled_from(
    ["kata", "Kata", " ", "  ", "    ", "\n", "\n\n", "\r\n", "\r", ".", ",", "-", "=", "#", "1.", "2)", ">",
     "*", "_", "`", "[", "]", "&", "|", "~", "\t", "\u00a0", "\u3000", "é", "日本", "😀", ":", "!", "'", '"',
     "(", ")", "%", "\x00", "\x0b", "\u2028", "\ufeff", "\u200b", "+", "@", "\n- ", "- ", "_x", "x_", "x_y"]
)


@given(st.lists(_PIECES, max_size=40).map("".join))
def test_generated_texts_read_alike(text):
    assert_reads_alike(text)


def assert_reads_alike(text: str) -> None:
    """When the short way takes ``text``, it reads it exactly as the parser does."""
    src = text.replace("\r\n", "\n").replace("\r", "\n")
    starts = Document(text, "x.md", "markdown")._line_starts
    short = markdown.extract_markdown(text, starts)
    if markdown._is_plain(src):
        original = markdown._is_plain
        markdown._is_plain = lambda s: False
        try:
            parsed = markdown.extract_markdown(text, starts)
        finally:
            markdown._is_plain = original
        assert short == parsed


def test_corpus_articles_read_alike(monkeypatch, dev_corpus):
    plain = 0
    for path in dev_corpus:
        text = path.read_text(encoding="utf-8")
        if markdown._is_plain(text.replace("\r\n", "\n").replace("\r", "\n")):
            plain += 1
        short, parsed = both_ways(text, monkeypatch)
        assert short == parsed, path.name
    assert plain > 0  # the short way is exercised on real articles


_PLAIN_PIECES = st.sampled_from(
    ["kata", "Kata", " ", "  ", "   ", "\n", "\n\n", "\n  \n", "\r\n", "\r", ".", ",", "-", "1", "(2026)", "é",
     "日本", "😀", ":", "!", "'", '"', "%", "\u200b", "+", "@", "#", "=", "2.", "\n- ", "\n+ ", "- ", "  - ", "_",
     "a_b", "\n-", "\n--", "\n- - -"]
)


@given(st.lists(_PLAIN_PIECES, max_size=60).map("".join))
def test_generated_prose_reads_alike(text):
    """Mostly texts the short way takes (the other test mostly checks that it refuses)."""
    assert_reads_alike(text)
