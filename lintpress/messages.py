"""The words lintpress itself prints around findings, in Indonesian and English.

A finding's message comes from its rule, written in the article's language. Everything
around it — labels such as "suggestion" and "see", the summary, the headings of
``lintpress rules``, the labels of related places — comes from this catalogue, so an
Indonesian article is reported in Indonesian throughout. The reporters pick the language
of each file (``--lang-ui`` overrides it); kinds label related places in the language of
the article they check.
"""

from __future__ import annotations

UI_LANGUAGES = ("id", "en")
DEFAULT = "en"

# key -> language -> text, or (singular, plural) for counted nouns
CATALOGUE: dict[str, dict[str, str | tuple[str, str]]] = {
    # around each finding (terminal view, GitHub annotations, SARIF)
    "suggestion": {"en": "suggestion", "id": "saran"},
    "see": {"en": "see", "id": "lihat"},
    "related": {"en": "related", "id": "terkait"},
    "more-related": {"en": "… and {count} more", "id": "… dan {count} lainnya"},
    "fix.replace": {"en": "replace with {text}", "id": "ganti dengan {text}"},
    "fix.delete": {"en": "delete {text}", "id": "hapus {text}"},
    "fix.unsafe": {"en": " (unsafe: review before applying)", "id": " (tidak aman: periksa sebelum menerapkan)"},
    # the summary after the findings
    "finding": {"en": ("finding", "findings"), "id": "temuan"},
    "file": {"en": ("file", "files"), "id": "berkas"},
    "error": {"en": ("error", "errors"), "id": "error"},
    "warning": {"en": ("warning", "warnings"), "id": "warning"},
    "info": {"en": ("info", "infos"), "id": "info"},
    "summary": {"en": "{findings} in {files}: {counts}", "id": "{findings} dalam {files}: {counts}"},
    "no-findings": {"en": "No findings in {files}.", "id": "Tidak ada temuan dalam {files}."},
    "rule": {"en": "rule", "id": "aturan"},
    "count": {"en": "count", "id": "jumlah"},
    # lintpress rules
    "heading.lang": {"en": "lang", "id": "bahasa"},
    "heading.kind": {"en": "kind", "id": "jenis"},
    "heading.category": {"en": "category", "id": "kategori"},
    "heading.severity": {"en": "severity", "id": "tingkat"},
    "heading.description": {"en": "description", "id": "deskripsi"},
    "rules.total": {
        "en": "{count} rules. Explain one: lintpress rules RULE",
        "id": "{count} aturan. Penjelasan satu aturan: lintpress rules ATURAN",
    },
    "rules.about": {
        "en": "{language}, kind {kind}, {category}, {severity}",
        "id": "{language}, jenis {kind}, {category}, {severity}",
    },
    "rules.message": {"en": "message", "id": "pesan"},
    "rules.bad": {"en": "bad", "id": "salah"},
    "rules.good": {"en": "good", "id": "benar"},
    "rules.in-quotes": {"en": "inside direct quotations: {policy}", "id": "di dalam kutipan langsung: {policy}"},
    "rules.unsafe-fixes": {
        "en": "its fixes are unsafe: applied only with --unsafe-fixes",
        "id": "perbaikannya tidak aman: diterapkan hanya dengan --unsafe-fixes",
    },
    "rules.defined-in": {"en": "defined in {source}", "id": "didefinisikan di {source}"},
    # related places, written by the kinds in the article's language
    "related.not-listed": {"en": "{count} more not listed", "id": "{count} lainnya tidak dicantumkan"},
    "related.earlier-date": {"en": "earlier date", "id": "tanggal sebelumnya"},
    "related.stated-total": {"en": "the stated total", "id": "total yang disebut"},
    "related.part": {"en": "part", "id": "bagian"},
    "related.share": {"en": "share", "id": "persentase"},
    "related.same-position": {"en": "the same person's position here", "id": "jabatan orang yang sama di sini"},
    "related.same-age": {"en": "the same person's age here", "id": "usia orang yang sama di sini"},
    "related.earlier-occurrence": {"en": "earlier occurrence", "id": "kemunculan sebelumnya"},
    "related.same-count": {"en": "the same thing counted here", "id": "hal yang sama dihitung di sini"},
    "related.first-expansion": {"en": "first expansion", "id": "kepanjangan pertama"},
    "related.expanded-here": {"en": "expanded only here", "id": "baru dijabarkan di sini"},
    "related.acronym-introduced": {"en": "acronym introduced here", "id": "singkatan diperkenalkan di sini"},
    "related.full-name-again": {"en": "full name again", "id": "nama lengkap lagi"},
    "related.same-event": {"en": "the same event numbered here", "id": "acara yang sama diberi nomor di sini"},
    "related.founding-year": {"en": "founding year", "id": "tahun berdiri"},
}


def ui_language(language: str | None) -> str:
    """The catalogue language for an article or option value (``any``, ``auto``, None: English)."""
    return language if language in UI_LANGUAGES else DEFAULT


def text(key: str, language: str | None, /, **values: object) -> str:
    """The catalogue entry ``key`` in ``language`` (English when it has no translation), filled in."""
    entry = CATALOGUE[key]
    found = entry.get(ui_language(language), entry[DEFAULT])
    if isinstance(found, tuple):
        found = found[0]
    return found.format(**values) if values else found


def counted(n: int, key: str, language: str | None) -> str:
    """``n`` and the noun ``key``, plural as the language wants: '2 findings', '2 temuan'."""
    entry = CATALOGUE[key]
    found = entry.get(ui_language(language), entry[DEFAULT])
    if isinstance(found, tuple):
        found = found[0] if n == 1 else found[1]
    return f"{n} {found}"

