"""The quantity and date parsers under the consistency rules, and their false-alarm rate on real news."""

from __future__ import annotations

import datetime as dt

import pytest

from lintpress.dates import article_years, find_dated_weekdays, plausible_year
from lintpress.quantities import extract, parse_number, parse_number_words


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("20.000", "id", 20000),
        ("1,5", "id", 1.5),
        ("58,88", "id", 58.88),
        ("1.250.000,75", "id", 1250000.75),
        ("20,000", "en", 20000),
        ("1.5", "en", 1.5),
        ("20,000,000", "id", 20000000),  # only one reading
    ],
)
def test_parse_number_reads_separators_by_language(text, language, value):
    assert parse_number(text, language) == pytest.approx(value)


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("tiga", 3),
        ("dua puluh", 20),
        ("lima ribu", 5000),
        ("dua ratus lima puluh ribu", 250000),
        ("sebelas", 11),
        ("tujuh belas", 17),
        ("seribu", 1000),
        ("five thousand", 5000),
        ("twenty-five", 25),
        ("three hundred", 300),
    ],
)
def test_parse_number_words(words, value):
    assert parse_number_words(words) == value


@pytest.mark.parametrize(
    ("text", "language", "value", "unit", "counted"),
    [
        ("penyerahan 20.000 bibit kelapa genjah", "id", 20000, "bibit", ("bibit", "kelapa", "genjah")),
        ("dana Rp1,5 miliar untuk desa", "id", 1.5e9, "Rp", ()),
        ("anggaran Rp 134 triliun", "id", 134e12, "Rp", ()),
        ("naik 58,88% dari tahun lalu", "id", 58.88, "%", ()),
        ("sebanyak 5 persen warga", "id", 5, "%", ("warga",)),
        ("lima ribu paket sembako", "id", 5000, "paket", ("paket", "sembako")),
        ("a US$5 million grant", "en", 5e6, "US$", ("grant",)),
        ("some 1.5 percent", "en", 1.5, "%", ()),
    ],
)
def test_extract_value_unit_and_counted(text, language, value, unit, counted):
    (q,) = [q for q in extract(text, language) if not q.ordinal]
    assert q.value == pytest.approx(value)
    assert q.unit == unit
    assert q.counted == counted


def test_extract_ranges_and_ordinals():
    qs = extract("antara 10 hingga 20 orang hadir pada HUT ke-76 dan ulang tahun ketujuh", "id")
    (r,) = [q for q in qs if not q.ordinal]
    assert (r.value, r.high) == (10, 20)
    assert [q.value for q in qs if q.ordinal] == [76, 7]
    assert [q.value for q in extract("the 76th anniversary", "en") if q.ordinal] == [76]


@pytest.mark.parametrize(
    "text",
    [
        "pukul 10.00 WIB",
        "UU No. 12 Tahun 2011",
        "Pasal 5 ayat (2)",
        "menang dengan skor 2-1",
        "pasien COVID-19 di kawasan G20",
        "pada 19 Januari lalu",
        "Endang (41) ditemukan",
        "sejak tahun 1998",
    ],
)
def test_extract_skips_numbers_that_do_not_count(text):
    assert [q for q in extract(text, "id") if not q.ordinal] == []


def test_dated_weekdays_forms():
    text = (
        "Selasa (20/1), Senin, 19 Januari 2026, Kamis (30/7/2025), pada Rabu, 4/2/2026, "
        "Tuesday, Jan. 20, 2026 and Friday (4 February)"
    )
    got = [(m.weekday, m.day, m.month, m.year) for m in find_dated_weekdays(text)]
    assert got == [
        (1, 20, 1, None),
        (0, 19, 1, 2026),
        (3, 30, 7, 2025),
        (2, 4, 2, 2026),
        (1, 20, 1, 2026),
        (4, 4, 2, None),
    ]


def test_lower_case_minggu_is_a_week_not_sunday():
    assert find_dated_weekdays("dalam minggu 3/4 ini") == []


def test_article_year_evidence_order():
    m = find_dated_weekdays("Selasa (20/1) dan Senin (19/1/2026)")
    assert article_years("", m) == [2026]
    short = find_dated_weekdays("Selasa (20/1)")
    assert article_years("x", short, front_date=dt.date(2026, 1, 21)) == [2026]
    assert article_years("x", short, reference_date=dt.date(2026, 5, 1)) == [2026]
    assert article_years("Hari Bakti Ke-76 Tahun 2026", short) == [2026]
    assert article_years("Pada 2019 dan 2024 …", short) == []  # two bare years: unknown


def test_bare_year_rejected_when_the_weekdays_fit_the_next_year():
    # 5 and 7 July 2025 were a Saturday and a Monday; in 2024 both would be wrong.
    mentions = find_dated_weekdays("Sabtu (5/7) … Senin (7/7)")
    assert not plausible_year(2024, mentions)
    assert plausible_year(2025, mentions)


def test_dev_corpus_false_alarm_budget(dev_corpus):
    """All consistency findings on 250 real articles stay under 0.3 per 1,000 words."""
    from conftest import findings_per_1000_words

    assert findings_per_1000_words(dev_corpus, ("consistency", "style.acronym-repeat")) <= 0.3
