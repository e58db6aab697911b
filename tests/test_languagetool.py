"""The LanguageTool backend against a fake /v2 server speaking LanguageTool's documented JSON.

The fake runs on 127.0.0.1 in a thread for the length of one test. It counts
offsets in UTF-16 code units like the real server, so the requests go through
language-tool-python's remote mode and the mapping back to file offsets is
tested end to end. A test against a real server lives in test_languagetool_live.py.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import subprocess
import sys
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from lintpress.config import Config
from lintpress.document import Document
from lintpress.engine import Linter
from lintpress.errors import ConfigError
from lintpress.kinds import languagetool as lt

# (pattern on the received text, rule id, category, issue type, message, replacements)
FAKE_RULES = [
    (
        r"\ban(?= [bcdfgkmnpt])",
        "EN_A_VS_AN",
        "MISC",
        "misspelling",
        "Use “a” instead of ‘an’ if the following word doesn't start with a vowel sound.",
        ["a"],
    ),
    (
        r"\bteh\b",
        "MORFOLOGIK_RULE_EN_US",
        "TYPOS",
        "misspelling",
        "Possible spelling mistake found.",
        ["the", "tea", "ten"],
    ),
    (
        r"\bKlowa\b",
        "MORFOLOGIK_RULE_EN_US",
        "TYPOS",
        "misspelling",
        "Possible spelling mistake found.",
        ["Klaw"],
    ),
    (r"\bcould of\b", "COULD_OF", "GRAMMAR", "grammar", "Did you mean “could have”?", ["could have"]),
    (r"Party \S+ time", "PARTY_TIME", "STYLE", "style", "Informal phrase.", []),
    (
        r"(?<=\S)  +(?=\S)",
        "WHITESPACE_RULE",
        "TYPOGRAPHY",
        "whitespace",
        "Possible typo: you repeated a whitespace",
        [" "],
    ),
]
LANGUAGES = [
    {"name": "English", "code": "en", "longCode": "en"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "German (Germany)", "code": "de", "longCode": "de-DE"},
]


def utf16(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def fake_matches(text: str) -> list[dict]:
    """What LanguageTool's /v2/check returns for our fake rules, offsets in UTF-16 units."""
    import re

    out = []
    for pattern, rid, cat, issue, message, repl in FAKE_RULES:
        for m in re.finditer(pattern, text):
            lo, hi = max(0, m.start() - 20), min(len(text), m.end() + 20)
            out.append(
                {
                    "message": message,
                    "shortMessage": "",
                    "replacements": [{"value": r} for r in repl],
                    "offset": utf16(text[: m.start()]),
                    "length": utf16(m.group()),
                    "context": {
                        "text": text[lo:hi],
                        "offset": utf16(text[lo : m.start()]),
                        "length": utf16(m.group()),
                    },
                    "sentence": text[lo:hi].strip(),
                    "type": {"typeName": "Other"},
                    "rule": {
                        "id": rid,
                        "description": message,
                        "issueType": issue,
                        "category": {"id": cat, "name": cat.title()},
                    },
                    "ignoreForIncompleteSentence": False,
                    "contextForSureMatch": 0,
                }
            )
    return sorted(out, key=lambda d: d["offset"])


class FakeServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), Handler)
        self.checks: list[dict[str, str]] = []  # the parameters of every /v2/check request
        self.status = 200  # anything else: answer /v2/check with that error status
        self.max_len: int | None = None  # like the server's maxTextLength: 413 beyond it
        self.release = threading.Event()  # set → a hanging /v2/check returns
        self.hang = False

    def handle_error(self, request, client_address):  # a client that timed out and left: expected
        pass

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class Handler(BaseHTTPRequestHandler):
    server: FakeServer
    timeout = 10

    def log_message(self, *args):  # keep pytest output clean
        pass

    def _reply(self, status: int, body: object, ctype: str = "application/json") -> None:
        data = (json.dumps(body) if ctype == "application/json" else str(body)).encode()
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        path, _, query = self.path.partition("?")
        self._route(path, query)

    def do_POST(self):
        size = int(self.headers.get("Content-Length") or 0)
        if size > 2_000_000:
            self._reply(413, "Error: request too large", "text/plain")
            return
        self._route(self.path.partition("?")[0], self.rfile.read(size).decode())

    def _route(self, path: str, query: str) -> None:
        params = {k: v[0] for k, v in urllib.parse.parse_qs(query, keep_blank_values=True).items()}
        if path == "/v2/languages":
            self._reply(200, LANGUAGES)
        elif path == "/v2/check":
            srv = self.server
            srv.checks.append(params)
            text = params.get("text", "")
            if srv.hang:
                srv.release.wait(5)
            if srv.status != 200:
                self._reply(srv.status, "Error: Internal Error: something broke", "text/plain")
            elif srv.max_len is not None and utf16(text) > srv.max_len:
                self._reply(
                    413, f"Error: Your text exceeds the limit of {srv.max_len} characters", "text/plain"
                )
            else:
                self._reply(
                    200,
                    {
                        "software": {"name": "LanguageTool", "version": "6.5", "apiVersion": 1},
                        "language": {"name": "English (US)", "code": params.get("language", "en-US")},
                        "matches": fake_matches(text),
                    },
                )
        else:
            self._reply(404, "Error: not found", "text/plain")


@pytest.fixture
def server(monkeypatch):
    pytest.importorskip("language_tool_python")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    srv = FakeServer()
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield srv
    srv.release.set()
    srv.shutdown()
    srv.server_close()
    thread.join(5)


RULES = Path(__file__).resolve().parents[1] / "rules"


def packs(language: str = "en") -> tuple[str, ...]:
    """This backend's pack and a core pack, so other packs under development cannot break these tests."""
    return (str(RULES / language / "languagetool.yaml"), str(RULES / language / "core.yaml"))


def lint(text: str, *, fmt: str = "text", **lt_options):
    """Lint an English article with ``[tool.lintpress.languagetool]`` set to ``lt_options``."""
    doc = Document(text, "article." + ("md" if fmt == "markdown" else "txt"), fmt)
    config = Config(language="en", packs=packs(), languagetool=tuple(lt_options.items()))
    return doc, Linter().lint_document(doc, config).diagnostics


def lt_findings(diagnostics):
    return [d for d in diagnostics if d.rule.startswith("languagetool.")]


def spans(doc, diagnostics):
    return [(d.rule, doc.text[d.offset : d.end]) for d in lt_findings(diagnostics)]


# -- mapping ---------------------------------------------------------------------------------------
def test_match_becomes_a_finding(server):
    doc, found = lint("This is an test of the system.\n", server=server.url)
    (d,) = lt_findings(found)
    assert (d.rule, d.category, d.severity) == ("languagetool.en-a-vs-an", "grammar", "warning")
    assert doc.text[d.offset : d.end] == "an"
    assert d.suggestions == ["a"] and d.fix and d.fix[0].replacement == "a"
    assert d.message.startswith("Use “a” instead of ‘an’")
    assert server.checks[0]["language"] == "en-US"


def test_emoji_before_and_inside_a_match_map_to_the_right_characters(server):
    text = "We won 🎉🎉 and teh crowd cheered. 🙂 Party 🎈 time at noon, 𝒞 could of come.\n"
    doc, found = lint(text, server=server.url)
    assert spans(doc, found) == [
        ("languagetool.morfologik-rule-en-us", "teh"),
        ("languagetool.party-time", "Party 🎈 time"),
        ("languagetool.could-of", "could of"),
    ]
    sent = server.checks[0]["text"]
    assert len(sent) == utf16(sent)  # nothing astral sent: UTF-16 units are code points


def test_markdown_offsets_map_back_to_the_file(server):
    text = "---\ntitle: X\n---\n# Teh news\n\nSee **teh** [report](https://example.com/teh) — it could of  gone *worse*.\n"
    doc, found = lint(text, fmt="markdown", server=server.url)
    got = spans(doc, found)
    assert ("languagetool.could-of", "could of") in got
    assert [s for r, s in got if r.startswith("languagetool.morfologik")] == ["teh"]  # link target never sent
    assert server.checks[0]["text"].find("https") < 0
    d = next(d for d in lt_findings(found) if doc.text[d.offset : d.end] == "teh")
    assert doc.position(d.offset) == (6, 7)


def test_spaces_standing_for_markup_are_not_reported(server):
    doc, found = lint("Read the **full** report and  more.\n", fmt="markdown", server=server.url)
    got = spans(doc, found)
    assert got == [("languagetool.whitespace-rule", "  ")]  # the real double space only


def test_categories_severities_and_fixes(server):
    doc, found = lint("Party 🎈 time, teh end.\n", server=server.url)
    by_rule = {d.rule: d for d in lt_findings(found)}
    typo = by_rule["languagetool.morfologik-rule-en-us"]
    assert typo.category == "spelling" and typo.suggestions == ["the", "tea", "ten"] and typo.fix is None
    style = by_rule["languagetool.party-time"]
    assert (style.category, style.severity, style.fix) == ("grammar", "info", None)


def test_table_cells_are_sent_as_separate_lines(server):
    doc, _ = lint("| City | Votes |\n|---|---|\n| Bandung | 120 |\n", fmt="markdown", server=server.url)
    sent = server.checks[0]["text"]
    assert len(sent) <= len(doc.text)
    assert "City\n" in sent and "Bandung\n" in sent


# -- batching and limits ------------------------------------------------------------------------
def test_one_request_per_document(server):
    lint("First paragraph with teh typo.\n\nSecond one could of been better.\n", server=server.url)
    assert len(server.checks) == 1


def test_long_documents_are_cut_under_the_limit(server):
    para = "The council met on Monday and could of voted on the budget for next year. " * 2
    text = "\n\n".join(f"{i}. {para.strip()}" for i in range(12)) + "\n"
    server.max_len = 400
    doc, found = lint(text, server=server.url, max_chars=400)
    assert len(server.checks) > 1
    assert all(len(c["text"]) <= 400 for c in server.checks)
    got = spans(doc, found)
    assert got == [("languagetool.could-of", "could of")] * 24
    assert len({d.offset for d in lt_findings(found)}) == 24


def test_chunk_spans_cut_a_long_block_after_a_sentence():
    doc = Document("One two three. Four five six. Seven eight nine.", "a.txt")
    assert [doc.text[a:b] for a, b in lt.chunk_spans(doc, 20)] == [
        "One two three.",
        " Four five six.",
        " Seven eight nine.",
    ]
    word = Document("x" * 250, "b.txt")
    assert [b - a for a, b in lt.chunk_spans(word, 100)] == [100, 100, 50]


def test_server_error_is_one_warning_and_own_rules_still_run(server, capsys):
    server.status = 500
    doc, found = lint("It was was late, an test.\nAnother an test.\n", server=server.url)
    assert not lt_findings(found)
    assert any(d.rule == "style.repeated-word" for d in found)
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("lintpress: warning: LanguageTool at http://127.0.0.1")


def test_required_makes_a_server_error_fatal(server):
    from lintpress.errors import LintpressError

    server.status = 500
    with pytest.raises(LintpressError, match="LanguageTool"):
        lint("This is an test.\n", server=server.url, required=True)


def test_timeout_is_a_warning(server, capsys):
    server.hang = True
    doc, found = lint("This is an test.\n", server=server.url, timeout=0.2)
    server.release.set()
    assert not lt_findings(found)
    assert "LanguageTool" in capsys.readouterr().err


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_server_cli_warns_once_and_keeps_exit_code(tmp_path):
    pytest.importorskip("language_tool_python")
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text("---\nlang: en\n---\nThe vote went smoothly.\n")
    url = f"http://127.0.0.1:{free_port()}"
    env = {**os.environ, "NO_PROXY": "127.0.0.1", "no_proxy": "127.0.0.1", "NO_COLOR": "1"}
    cmd = [sys.executable, "-m", "lintpress", "--languagetool", url, "a.md", "b.md"]
    proc = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr
    assert (
        lines[0]
        == f"lintpress: warning: LanguageTool at {url} is unavailable: cannot connect (ConnectionError); LanguageTool checks skipped"
    )
    (tmp_path / ".lintpress.toml").write_text(f'[languagetool]\nserver = "{url}"\nrequired = true\n')
    proc = subprocess.run(
        cmd[:3] + cmd[5:], cwd=tmp_path, capture_output=True, text=True, env=env, timeout=60
    )
    assert proc.returncode == 2 and proc.stderr.startswith("lintpress: error: LanguageTool at"), proc.stderr


def test_a_failed_run_is_not_cached(server, tmp_path):
    (tmp_path / "a.md").write_text("---\nlang: en\n---\nThis is an test.\n")
    env = {**os.environ, "NO_PROXY": "127.0.0.1", "no_proxy": "127.0.0.1", "NO_COLOR": "1"}
    cmd = [sys.executable, "-m", "lintpress", "--format", "concise", "--languagetool", server.url, "a.md"]
    server.status = 500
    first = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, env=env, timeout=60)
    server.status = 200
    second = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, env=env, timeout=60)
    assert "languagetool.en-a-vs-an" not in first.stdout and "warning" in first.stderr
    assert "languagetool.en-a-vs-an" in second.stdout and second.returncode == 1


# -- de-duplication and vocabulary ----------------------------------------------------------------
def test_typo_reported_by_lintpress_spelling_is_dropped(server, tmp_path):
    """One finding per slip: LanguageTool's typo on a word lintpress's own speller reports is dropped."""
    (tmp_path / "speller.yaml").write_text(
        "rules:\n  - {id: spelling.fake, kind: existence, category: spelling, message: '{text}',"
        " params: {tokens: [teh]}}\n"
    )
    doc = Document("He read teh note to Klowa.\n", "a.txt")
    config = Config(
        language="en", packs=(*packs(), str(tmp_path / "speller.yaml")), languagetool=(("server", server.url),)
    )
    found = Linter().lint_document(doc, config).diagnostics
    assert spans(doc, found) == [("languagetool.morfologik-rule-en-us", "Klowa")]
    assert [doc.text[d.offset : d.end] for d in found if d.rule == "spelling.fake"] == ["teh"]


def test_accepted_vocabulary_silences_typos(server, tmp_path):
    (tmp_path / "accept.txt").write_text("Klowa\n")
    doc = Document("He read teh note to Klowa.\n", "a.txt")
    config = Config(
        language="en",
        packs=packs(),
        accept=(str(tmp_path / "accept.txt"),),
        languagetool=(("server", server.url),),
    )
    got = spans(doc, Linter().lint_document(doc, config).diagnostics)
    assert [s for _, s in got] == ["teh"]


# -- when nothing is sent ---------------------------------------------------------------------------
def test_indonesian_documents_are_never_sent(server, caplog):
    caplog.set_level(logging.DEBUG, logger="lintpress.kinds.languagetool")
    linter = Linter()
    config = Config(language="id", packs=packs("id"), languagetool=(("server", server.url),))
    for _ in range(2):
        linter.lint_document(Document("Ini adalah an test.\n", "a.txt"), config)
    assert server.checks == []
    assert sum("none are sent" in r.getMessage() for r in caplog.records) == 1


def test_disabled_by_default_sends_nothing(server):
    doc, found = lint("This is an test.\n")
    assert not lt_findings(found) and server.checks == []
    _, found = lint("This is an test.\n", server=server.url, enabled=False)
    assert not lt_findings(found) and server.checks == []


def test_options_reach_the_server(server):
    lint(
        "This is an test.\n",
        server=server.url,
        language="de-DE",
        disabled_rules=("EN_QUOTES",),
        enabled_categories=("GRAMMAR",),
        disabled_categories=("TYPOS",),
    )
    params = server.checks[0]
    assert params["language"] == "de-DE" and params["disabledRules"] == "EN_QUOTES"
    assert params["enabledCategories"] == "GRAMMAR" and params["disabledCategories"] == "TYPOS"


def test_language_tool_python_is_imported_only_when_enabled(tmp_path):
    code = (
        "import sys; from tests.conftest import lint_text; "
        "lint_text('This is an test.', language='en'); "
        "print('language_tool_python' in sys.modules)"
    )
    repo = Path(__file__).resolve().parents[1]
    out = subprocess.run([sys.executable, "-c", code], cwd=repo, capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "False", out.stderr


# -- configuration ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("options", "needle"),
    [
        ({"server": "http://x", "sever": 1}, "unknown key 'sever'"),
        ({"enabled": True}, "enabled needs server"),
        ({"server": "http://x", "timeout": 0}, "'timeout'"),
        ({"server": "http://x", "disabled_rules": "EN_QUOTES"}, "'disabled_rules' must be a list"),
        ({"server": "http://x", "max_chars": 10}, "'max_chars'"),
    ],
)
def test_bad_options_are_config_errors(options, needle):
    with pytest.raises(ConfigError, match=needle):
        lt.Settings.from_options(options)


def test_settings_accept_kebab_case_and_default_enabled():
    s = lt.Settings.from_options({"server": "http://x", "disabled-rules": ["A"]})
    assert s.enabled and s.disabled_rules == ("A",)
    assert not lt.Settings.from_options({}).enabled


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://localhost:8081", "http://localhost:8081/"),
        ("http://localhost:8081/v2/", "http://localhost:8081/"),
        ("https://lt.example.org/languagetool/v2", "https://lt.example.org/languagetool/"),
    ],
)
def test_server_urls_with_or_without_v2(url, expected):
    assert lt.base_url(url) == expected


def test_server_url_ending_in_v2_works(server):
    _, found = lint("This is an test.\n", server=server.url + "/v2/")
    assert [d.rule for d in lt_findings(found)] == ["languagetool.en-a-vs-an"]


@pytest.mark.parametrize(
    ("lt_id", "expected"),
    [
        ("EN_A_VS_AN", "languagetool.en-a-vs-an"),
        ("MORFOLOGIK_RULE_EN_US", "languagetool.morfologik-rule-en-us"),
        ("_ODD__ID_", "languagetool.odd-id"),
        ("", "languagetool.unknown"),
    ],
)
def test_rule_ids_fit_the_dotted_scheme(lt_id, expected):
    assert lt.rule_id(lt_id) == expected


def test_missing_library_is_a_warning(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "language_tool_python", None)
    _, found = lint("This is an test.\n", server="http://127.0.0.1:9/")
    assert not lt_findings(found)
    assert "language-tool-python is not installed" in capsys.readouterr().err
