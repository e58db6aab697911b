"""Document model: prose extraction with exact offsets, positions, segmentation."""

from __future__ import annotations

import pytest

from lintpress.document import Document
from lintpress.segment import tokenize


def md(text: str) -> Document:
    return Document(text, "t.md", "markdown")


def prose_words(doc: Document) -> list[str]:
    return [t.text for t in doc.words]


def test_prose_has_same_length_and_keeps_line_breaks():
    src = "# Judul\r\n\r\nTeks *tebal* dan `kode`.\r\n"
    doc = md(src)
    assert len(doc.prose) == len(src)
    assert [i for i, c in enumerate(src) if c in "\r\n"] == [i for i, c in enumerate(doc.prose) if c in "\r\n"]


@pytest.mark.parametrize(
    "src, hidden, visible",
    [
        ("Teks `kode rahasia` selesai.", ["kode", "rahasia"], ["Teks", "selesai"]),
        ("Awal.\n\n```\nkode blok\n```\n\nAkhir.", ["kode", "blok"], ["Awal", "Akhir"]),
        ("    indentasi kode\n\nParagraf.", ["indentasi"], ["Paragraf"]),
        ("---\ntitle: Rahasia\n---\nIsi berita.", ["Rahasia", "title"], ["Isi", "berita"]),
        ("Teks <span class=\"merah\">warna</span> ini.", ["span", "class", "merah"], ["Teks", "warna", "ini"]),
        ("Teks <!-- catatan editor --> ini.", ["catatan", "editor"], ["Teks", "ini"]),
        ("Baca [laporan](https://contoh.id/laporan-lengkap) ini.", ["https", "contoh"], ["Baca", "laporan", "ini"]),
        ("Kunjungi https://contoh.id/berita?id=5 atau www.contoh.org sekarang.", ["https", "contoh", "www"], ["Kunjungi", "atau", "sekarang"]),
        ("Surel ke redaksi@contoh.co.id hari ini.", ["redaksi", "co"], ["Surel", "ke", "hari"]),
        ("<div>\nblok html\n</div>\n\nTeks.", ["blok", "html"], ["Teks"]),
        ("Lihat <https://contoh.id> saja.", ["https", "contoh"], ["Lihat", "saja"]),
    ],
)
def test_markup_is_not_prose(src, hidden, visible):
    words = prose_words(md(src))
    for w in hidden:
        assert w not in words, (w, words)
    for w in visible:
        assert w in words, (w, words)


def test_plain_text_masks_urls_and_emails_but_keeps_everything_else():
    doc = Document("Info: https://a.id/b dan humas@a.id. `bukan kode` di teks biasa.", "t.txt")
    words = prose_words(doc)
    assert "https" not in words and "humas" not in words
    assert "kode" in words  # backticks mean nothing in plain text


def test_positions_after_code_block_list_crlf_and_bom(tmp_path):
    src = "# Judul\r\n\r\n```\r\nkode\r\n```\r\n\r\n- butir satu\r\n- butir ke ke dua\r\n"
    path = tmp_path / "a.md"
    path.write_bytes(b"\xef\xbb\xbf" + src.encode())
    doc = Document.from_path(path)
    assert doc.bom and doc.text == src and doc.newline == "\r\n"
    off = doc.text.index("ke ke") + 3
    assert doc.position(off) == (8, 12)
    assert doc.line_text(8) == "- butir ke ke dua"


def test_columns_count_code_points_not_bytes():
    doc = Document("Émoji 😀 lalu kata\n", "t.txt")
    off = doc.text.index("kata")
    assert doc.position(off) == (1, 14)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dr. H. Agus tiba di Jl. Sudirman No. 5. Ia disambut.", 2),
        ("Harga naik 1,5 persen menjadi Rp20.000. Warga mengeluh.", 2),
        ("Acara digelar Selasa (20/1). Peserta hadir.", 2),
        ("The U.S. economy grew 3.5 percent. Mr. Smith agreed.", 2),
        ("Buku, pensil, dll. Semua tersedia.", 2),
        ("Buku, pensil, dll. tersedia.", 1),
        ("\"Kami siap.\" Kata itu diulang.", 2),
        ("“Kami siap membantu,” ujarnya. Warga senang.", 2),
        ("Apa benar? Ya! Tentu.", 3),
        ("Ditulis oleh A. B. Santoso kemarin.", 1),
    ],
)
def test_sentence_segmentation(text, expected):
    doc = Document(text, "t.txt")
    assert len(doc.sentences) == expected, [s.text(doc) for s in doc.sentences]


def test_plain_text_lines_are_paragraphs_but_hard_wraps_join():
    doc = Document("Judul Berita\nParagraf pertama yang\npanjang sekali.\nParagraf kedua.\n", "t.txt")
    assert [doc.text[b.start : b.end] for b in doc.blocks] == [
        "Judul Berita",
        "Paragraf pertama yang\npanjang sekali.",
        "Paragraf kedua.",
    ]


def test_tokens_keep_numbers_and_reduplication_whole():
    toks = [t.text for t in tokenize("Sebanyak 20.000 saudara-saudara, 1,5 persen, 20/1, Jum'at pukul 10.00.")]
    assert toks == ["Sebanyak", "20.000", "saudara-saudara", "1,5", "persen", "20/1", "Jum'at", "pukul", "10.00"]


def test_quotes_are_found_even_when_unclosed_at_paragraph_end():
    doc = Document("Ia berkata “kami siap,” lalu pergi.\n“Kutipan panjang tanpa penutup\n", "t.txt")
    spans = [doc.text[a:b] for a, b in doc.quotes]
    assert spans[0] == "“kami siap,”"
    assert spans[1].startswith("“Kutipan")
    assert doc.in_quote(doc.text.index("siap"), 4)
    assert not doc.in_quote(doc.text.index("pergi"), 5)


def test_front_matter_is_read():
    doc = md("---\ndate: 2026-01-20\nlang: id\n---\nIsi.")
    assert doc.front_matter == {"date": "2026-01-20", "lang": "id"}
