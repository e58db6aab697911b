"""Recall of the speller on the slips it used to excuse, and the evidence that keeps names quiet.

Sentences are written for these tests; each case names the mechanism it exercises:
the affix rules (a slip that looks like an affixed word), the frequent-variant
table (a misspelling the web writes often), slips of common words, capitalised
words, glued words and the house-style rules added with them.
"""

from __future__ import annotations

import pytest
from conftest import lint_text

from lintpress.spelling.morphology import affix_pair, analyses
from lintpress.spelling.slips import slip, slip_weight, typing_slip


def spell(text: str, language: str = "id"):
    return lint_text(text, language=language, select=("spelling",))


def reported(text: str, language: str = "id") -> dict[str, list[str]]:
    """Reported text → its suggestions."""
    return {text[d.offset : d.end]: d.suggestions for d in spell(text, language)}


# -- affix rules --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("word", "stem"),
    [("menghindar", "hindar"), ("terlibat", "libat"), ("bekerja", "kerja"), ("menulis", "tulis"),
     ("mengecek", "cek"), ("mentransfer", "transfer"), ("memproduksi", "produksi"), ("belajar", "ajar"),
     ("pascabencana", "bencana"), ("nunggu", "tunggu")],
)  # fmt: skip
def test_the_affix_rules_keep_real_derivations(word, stem):
    assert stem in analyses(word)


@pytest.mark.parametrize(
    ("word", "not_stem"),
    [("menhindar", "hindar"), ("telibat", "libat"), ("bejanji", "janji"), ("penah", "nah"),
     ("menunjukan", "tunjuk"), ("dikemukaan", "kemuka")],
)  # fmt: skip
def test_slips_that_look_affixed_are_no_derivations(word, not_stem):
    assert not_stem not in analyses(word)


def test_ke_alone_needs_a_common_stem():
    assert analyses("kepilih")["pilih"] is True  # vouched for by a common stem only


def test_affix_pairs_are_no_slips():
    assert affix_pair("membeli", "pembeli")
    assert affix_pair("tanamkan", "tanaman")
    assert affix_pair("memercayai", "mempercayai")
    assert affix_pair("mengeklaim", "mengklaim")
    assert not affix_pair("kalapa", "kelapa")


# -- slips --------------------------------------------------------------------------------------
def test_slip_kinds_and_weights():
    assert slip("menunjukan", "menunjukkan") == "dropped-double"
    assert slip("dalm", "dalam") == "dropped"
    assert slip("mencarii", "mencari") == "doubled"
    assert slip("utnuk", "untuk") == "swapped"
    assert slip("sevagai", "sebagai") == "neighbour-key"
    assert slip("macem", "macam") == "other" and not typing_slip("macem", "macam")
    assert slip_weight("menunjukan", "menunjukkan") > slip_weight("menunjukan", "menujukan")


# -- lower-case words ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "first"),
    [
        ("Data itu menunjukan kenaikan harga beras.", "menunjukan", "menunjukkan"),  # frequent variant
        ("Ia pernah berkerja di pabrik gula.", "berkerja", "bekerja"),  # frequent variant
        ("Ia belum penah ke kota itu.", "penah", "pernah"),  # 3-letter stem behind pe-
        ("Warga berusaha menhindar dari banjir.", "menhindar", "menghindar"),  # men- before h
        ("Dua pejabat telibat dalam kasus itu.", "telibat", "terlibat"),  # te- before l
        ("Anak-anak belajar di seklah baru.", "seklah", "sekolah"),  # sek + -lah is no word
        ("Harga naik lataran cuaca buruk.", "lataran", "lantaran"),  # latar + -an next to lantaran
        ("Warga sedang mencarii korban.", "mencarii", "mencari"),  # a letter struck twice
        ("Itu menjadi kebanggan warga desa.", "kebanggan", "kebanggaan"),  # a double's letter dropped, ~6x rarer
        ("Barang bukti dimasukan ke gudang.", "dimasukan", "dimasukkan"),
    ],
)
def test_slips_the_speller_used_to_excuse(text, word, first):
    found = reported(text)
    assert word in found and found[word][0] == first


def test_derived_words_next_to_common_ones_stay_quiet():
    # lewati (lewat + -i), siarkan (siar + -kan ~ siaran), seusai (lexicon), mengeklaim (KBBI form)
    assert spell("Warga lewati jalan itu seusai acara; stasiun siarkan berita; ia mengeklaim menang.") == []


def test_a_derived_word_the_article_repeats_is_meant():
    text = "Pihak teradu hadir. Teradu membantah. Kuasa hukum teradu diam."
    assert "teradu" not in reported(text)


# -- capitalised words --------------------------------------------------------------------------
def test_sentence_start_is_checked_like_any_word():
    found = reported("Warga bertahan. Sedangkn pejabat pergi.")
    assert found["Sedangkn"][0] == "Sedangkan"
    (d,) = [d for d in spell("Warga bertahan. Sedangkn pejabat pergi.") if d.rule == "spelling.capitalised-word"]
    assert d.fix is None  # a capitalised word is never fixed: it may be a name


def test_a_title_word_inside_a_sentence_is_checked():
    found = reported("Laporan disampaikan Koordinatr Lapangan posko itu.")
    assert found["Koordinatr"][0] == "Koordinator"


@pytest.mark.parametrize(
    "text",
    [
        "Bantuan diserahkan Muladi kepada warga.",  # a name made by adding a letter (mulai)
        "Kata pengamat Hanta Yuda Rasyid kepada wartawan.",  # a function word is no title word
        "Mereka berkunjung ke Benteng Kuto Besak kemarin.",  # a letter for a letter, rare neighbour
        "Ahan Syahrul menulis opini itu.",  # a sentence start that opens a run of names
        "Supri datang. Supri pulang.",  # used twice
    ],
)
def test_names_stay_quiet(text):
    assert [d for d in spell(text) if d.rule == "spelling.capitalised-word"] == []


# -- glued words --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "glued", "split"),
    [
        ("Hal itu disampaikan Budi kepadaCNBC, Senin.", "kepadaCNBC", "kepada CNBC"),
        ("Seperti dikutipdetikNews, rapat digelar pagi.", "dikutipdetikNews", "dikutip detikNews"),
        ("PantauandetikJateng di lokasi, warga berkumpul.", "PantauandetikJateng", "Pantauan detikJateng"),
        ("Massa berkumpul di depan gedungDPR sejak pagi.", "gedungDPR", "gedung DPR"),
    ],
)
def test_words_glued_to_brands_and_acronyms(text, glued, split):
    assert reported(text)[glued] == [split]


def test_brands_written_with_inner_capitals_stay_quiet():
    text = "Kabar dari detikJateng dan kumparanBISNIS dibaca lewat iPhone, YouTube dan aplikasi eKTP KemenPAN."
    assert [d for d in spell(text) if d.rule == "spelling.glued-word"] == []


def test_a_numbered_list_run_together_is_reported_once_per_line():
    text = "Daftar peserta: 1. Bank Mandiri2. Bank Jateng3. Bank Bali"
    (d,) = [d for d in spell(text) if d.rule == "spelling.glued-word"]
    assert text[d.offset : d.end] == "Mandiri2." and d.suggestions == ["Mandiri 2."]
    assert "1 " in d.message  # one more glued item on the line


def test_a_name_run_into_a_common_word_is_split_at_the_capital():
    found = [d for d in spell("Menurut Bambang PrastaSekretaris Daerah, acara berjalan lancar.")
             if d.rule == "spelling.glued-word"]
    assert [d.suggestions for d in found] == [["Prasta Sekretaris"]]


def test_a_single_glued_item_says_no_count():
    (d,) = [d for d in spell("Daftar peserta: 1. Bank Mandiri2. Ani hadir.") if d.rule == "spelling.glued-word"]
    assert "0" not in d.message and "butir lain" not in d.message


def test_a_number_after_a_name_without_a_list_is_no_list():
    assert [d for d in spell("Acara disiarkan Trans7. Warga menonton.") if d.rule == "spelling.glued-word"] == []


@pytest.mark.parametrize(
    ("text", "glued", "split"),
    [
        ("Pelatihan itu bisa menjaditriggeruntuk perbaikan layanan desa.", "menjaditriggeruntuk",
         "menjadi trigger untuk"),
        ("Mereka diminta memberikanlikedi unggahan media sosial.", "memberikanlikedi", "memberikan like di"),
        ("Banjir itu disasterbenar-benar bagi warga pesisir.", "disasterbenar-benar", "disaster benar-benar"),
    ],
)  # fmt: skip
def test_three_words_run_together_are_split(text, glued, split):
    assert reported(text)[glued][0] == split


@pytest.mark.parametrize(
    "word", ["skrining", "mutualistik", "transaksional", "mayoritarian", "adenosin", "disalahartikan"]
)
def test_a_rare_derived_or_borrowed_word_does_not_fall_into_three_pieces(word):
    assert word not in reported(f"Pemerintah menyiapkan layanan {word} bagi warga desa itu.")


@pytest.mark.parametrize(
    ("text", "glued", "split"),
    [
        ("Penerima BLT tahun ini bertambah. Dana BLTatau bantuan lain cair pekan depan.", "BLTatau", "BLT atau"),
        ("Jadwal pencairan. Tahap 1: Januari, Februari, MaretTahap 2: April, Mei, Juni.", "MaretTahap",
         "Maret Tahap"),
    ],
)  # fmt: skip
def test_an_acronym_or_a_word_glued_to_the_next_word_is_split(text, glued, split):
    assert reported(text)[glued] == [split]


def test_acronyms_with_lower_case_endings_and_brands_of_two_words_stay_quiet():
    text = (
        "Dana BUMDes dan gelar MPsi tercatat. Warga menonton YouTube dan membuka AppStore, lalu membaca "
        "Store milik desa dan kanal Tube."
    )
    assert [d for d in spell(text) if d.rule == "spelling.glued-word"] == []


def test_a_shift_key_held_too_long_is_reported_with_its_fix():
    text = "DIketahui, warga desa menerima bantuan dari PEmerintah kabupaten."
    found = {text[d.offset : d.end]: d for d in spell(text) if d.rule == "spelling.mixed-case"}
    assert sorted(found) == ["DIketahui", "PEmerintah"]
    assert found["DIketahui"].suggestions == ["Diketahui"] and found["DIketahui"].fix
    assert "BLTatau" not in {text[d.offset : d.end] for d in spell("Dana BLTatau bantuan lain cair.")
                             if d.rule == "spelling.mixed-case"}


def test_a_mixed_case_form_the_article_repeats_is_meant():
    text = "Merek PEmerintah dipakai toko itu. Kaus PEmerintah laris."
    assert [d for d in spell(text) if d.rule == "spelling.mixed-case"] == []
    assert len([d for d in spell(text.replace("Kaus PEmerintah", "Kaus Pemerintah")) if d.rule == "spelling.mixed-case"]) == 1


def test_a_site_name_with_words_glued_around_it_is_split():
    text = "Hal itu disampaikan Budi kepadadetikcom, Senin. Pantauandetikcomdi lokasi, warga berkumpul."
    assert reported(text)["kepadadetikcom"] == ["kepada detikcom"]
    assert reported(text)["Pantauandetikcomdi"] == ["Pantauan detikcom di"]
    assert "sedetikcom" not in reported("Lampu menyala sedetikcom lalu padam.")  # se: no word on its own


# -- nasal prefixes and other KBBI forms --------------------------------------------------------
def style(text: str, rule: str) -> dict[str, list[str]]:
    return {text[d.offset : d.end]: d.suggestions for d in lint_text(text, language="id", select=(rule,))}


def test_a_kept_k_p_t_or_s_after_men_or_pen_melts():
    text = (
        "Cuaca mempengaruhi panen. Warga mentaati aturan dan mensukseskan acara. Petugas mengkonsumsi "
        "obat, mengkalkulasi biaya, dan penterimaan dana dibuka."
    )
    assert style(text, "style.baku-nasal") == {
        "mempengaruhi": ["memengaruhi"],
        "mentaati": ["menaati"],
        "mensukseskan": ["menyukseskan"],
        "mengkonsumsi": ["mengonsumsi"],
        "mengkalkulasi": ["mengalkulasi"],
        "penterimaan": ["penerimaan"],
    }


def test_clusters_per_roots_and_kbbi_exceptions_keep_their_letter():
    text = (
        "Ia mentransfer dana, memproduksi beras, mengkritik kebijakan, memperbaiki jalan, "
        "mempekerjakan warga, mempelajari data, mempunyai mobil, mengkaji aturan lewat pengkajian. "
        "Mentari terbit, hal ini penting, pentingnya menteri dan mental yang kuat."
    )
    assert style(text, "style.baku-nasal") == {}


def test_optimis_as_an_adjective_is_optimistis():
    text = "Pemerintah optimis target tercapai, pasar tetap pesimis. Ia seorang optimis sejati."
    assert style(text, "style.baku-optimistis") == {"optimis": ["optimistis"], "pesimis": ["pesimistis"]}


def test_a_split_keeps_a_clitic_on_its_hyphen():
    found = reported("Ia melihat rumahwarga-nya dari jauh. Pasar menunggu ekspektasiimpact-nya.")
    assert found.get("rumahwarga-nya", [None])[0] == "rumah warga-nya"
    assert not any("-n " in s for suggestions in found.values() for s in suggestions)  # never impact-n ya
