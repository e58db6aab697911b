"""What a demanding user throws at the command line: odd files and folders, links, pipes and
devices, --fix racing an editor, -o over an input, runaway --jobs and user patterns, broken
configs, standard input, Ctrl-C and a closed pipe. Every answer is one clear line, never a
traceback, and never a damaged article."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import DOUBLE_WORD_RULE

from lintpress.config import ConfigFinder
from lintpress.errors import InputError

PACK = "rules:\n" + DOUBLE_WORD_RULE
BAD = "Warga datang ke ke pasar.\n"
FIXED = "Warga datang ke pasar.\n"


def run(*args: str, cwd: Path, stdin: str | bytes | None = None, env: dict | None = None):
    full_env = {**os.environ, "NO_COLOR": "1", **(env or {})}
    data = stdin.encode() if isinstance(stdin, str) else stdin
    return subprocess.run(
        [sys.executable, "-m", "lintpress", *args], cwd=cwd, capture_output=True, input=data, env=full_env
    )


def text(proc) -> tuple[str, str]:
    return proc.stdout.decode(), proc.stderr.decode()


def clean_error(proc, needle: str) -> None:
    out, err = text(proc)
    assert proc.returncode == 2, out + err
    assert "Traceback" not in err and "internal error" not in err
    assert needle in err and err.count("\n") == 1, err


@pytest.fixture
def project(tmp_path):
    (tmp_path / "pack.yaml").write_text(PACK)
    (tmp_path / ".lintpress.toml").write_text('packs = ["pack.yaml"]\nlanguage = "id"\n')
    return tmp_path


# -- files and folders ------------------------------------------------------------------------


def test_links_that_lead_nowhere_and_pipes_in_a_folder_are_skipped_with_a_warning(project):
    folder = project / "artikel"
    folder.mkdir()
    (folder / "a.txt").write_text(BAD)
    (folder / "hilang.txt").symlink_to("tidak-ada.txt")
    (folder / "putar1.txt").symlink_to("putar2.txt")
    (folder / "putar2.txt").symlink_to("putar1.txt")
    os.mkfifo(folder / "pipa.txt")
    (folder / "naik").symlink_to("..", target_is_directory=True)  # a folder loop: never followed
    proc = run("-f", "json", "artikel", cwd=project)
    out, err = text(proc)
    assert proc.returncode == 1, err
    assert [f["path"] for f in json.loads(out)["files"]] == ["artikel/a.txt"]
    assert "hilang.txt: skipped, broken symbolic link" in err
    assert "putar1.txt: skipped, symbolic link loop" in err
    assert "pipa.txt: skipped, not a regular file" in err
    assert "Traceback" not in err and err.count("\n") == 4


def test_a_named_link_loop_broken_link_or_device_is_a_clean_error(project):
    (project / "hilang.txt").symlink_to("tidak-ada.txt")
    (project / "putar1.txt").symlink_to("putar2.txt")
    (project / "putar2.txt").symlink_to("putar1.txt")
    clean_error(run("hilang.txt", cwd=project), "hilang.txt: broken symbolic link (to tidak-ada.txt)")
    clean_error(run("putar1.txt", cwd=project), "putar1.txt: symbolic link loop")
    if os.path.exists("/dev/zero"):
        clean_error(run("/dev/zero", cwd=project), "/dev/zero: not a regular file")  # would never end


def test_a_named_pipe_is_read_like_process_substitution(project):
    pipe = project / "pipa.txt"
    os.mkfifo(pipe)
    writer = threading.Thread(target=lambda: pipe.write_text(BAD))
    writer.start()
    proc = run("-f", "json", "pipa.txt", cwd=project)
    writer.join(5)
    assert proc.returncode == 1, text(proc)
    assert json.loads(proc.stdout)["files"][0]["diagnostics"][0]["text"] == "ke"


def _refuse_folder(monkeypatch, refused: Path) -> None:
    """An unreadable folder (chmod 000 does not stop root): os.walk's scandir is refused there."""
    real = os.scandir

    def scandir(path="."):
        if Path(path) == refused:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)


def test_an_unreadable_folder_is_an_error_when_named_and_a_warning_inside(project, monkeypatch, capsys):
    from lintpress.engine import collect_files

    (project / "arsip" / "kunci").mkdir(parents=True)
    (project / "arsip" / "a.txt").write_text(BAD)
    (project / "arsip" / "kunci" / "b.txt").write_text(BAD)
    _refuse_folder(monkeypatch, project / "arsip" / "kunci")
    assert collect_files([str(project / "arsip")]) == [project / "arsip" / "a.txt"]
    assert "kunci: folder skipped, cannot be read (Permission denied)" in capsys.readouterr().err
    _refuse_folder(monkeypatch, project / "arsip")
    with pytest.raises(InputError, match="arsip: cannot read this folder"):
        collect_files([str(project / "arsip")])


def test_an_unreadable_file_is_a_clean_error(project, monkeypatch):
    from lintpress.document import read_source

    path = project / "rahasia.txt"
    path.write_text(BAD)
    if os.geteuid() != 0:
        path.chmod(0)
        clean_error(run("rahasia.txt", cwd=project), "rahasia.txt: cannot read (Permission denied)")
    real_open = open

    def refuse(file, *args, **kwargs):
        if Path(file) == path:
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", refuse)
    with pytest.raises(InputError, match="rahasia.txt: cannot read \\(Permission denied\\)"):
        read_source(path)


@pytest.mark.parametrize("content", ["", "   \n\n\t \n", "\ufeff", "\r\n\r\n"])
@pytest.mark.parametrize("name", ["kosong.txt", "kosong.md"])
def test_empty_and_blank_files_are_clean(project, content, name):
    (project / name).write_text(content, newline="")
    proc = run("-f", "json", name, cwd=project)
    assert proc.returncode == 0, text(proc)
    assert json.loads(proc.stdout)["files"][0]["diagnostics"] == []


def test_a_huge_single_line_and_odd_file_names(project):
    line = ("Warga datang ke pasar pada pagi hari dan pulang sore. " * 6000) + "Lalu ke ke rumah."
    odd = "berita\nbaru ‘é’ #1 $(x) *.txt"
    (project / odd).write_text(line)
    proc = run("-f", "json", odd, cwd=project)
    out, err = text(proc)
    assert proc.returncode == 1, err
    report = json.loads(out)["files"][0]
    assert report["path"] == odd
    (d,) = report["diagnostics"]
    assert (d["line"], d["offset"]) == (1, line.rindex("ke ke") + 3)


# -- --fix keeps links, inodes and the user's own work ---------------------------------------------


def test_fix_writes_through_a_symbolic_link(project):
    (project / "asli.txt").write_text(BAD)
    (project / "tautan.txt").symlink_to("asli.txt")
    assert run("--fix", "tautan.txt", cwd=project).returncode == 0
    assert (project / "tautan.txt").is_symlink()
    assert (project / "asli.txt").read_text() == FIXED


def test_fix_keeps_a_hard_linked_file_one_inode(project):
    first, second = project / "satu.txt", project / "dua.txt"
    first.write_text(BAD)
    os.link(first, second)
    inode = first.stat().st_ino
    assert run("--fix", "satu.txt", cwd=project).returncode == 0
    assert first.stat().st_ino == inode == second.stat().st_ino and first.stat().st_nlink == 2
    assert second.read_text() == FIXED
    assert not [p for p in project.iterdir() if "lintpress-tmp" in p.name]


def test_a_failed_in_place_rewrite_puts_the_old_bytes_back(project, monkeypatch):
    import lintpress.fixes as fixes

    path = project / "satu.txt"
    path.write_text(BAD)
    os.link(path, project / "dua.txt")
    real_fsync, calls = os.fsync, []

    def full_disk(fd):
        calls.append(fd)
        if len(calls) == 2:  # the temporary copy synced fine; the rewrite in place does not
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(fixes.os, "fsync", full_disk)
    with pytest.raises(OSError):
        fixes.write_atomic(path, FIXED, bom=False)
    assert path.read_text() == BAD
    assert not [p for p in project.iterdir() if "lintpress-tmp" in p.name]


def test_fix_leaves_a_read_only_file_alone(project):
    path = project / "baca.txt"
    path.write_text(BAD)
    path.chmod(0o444)
    proc = run("--fix", "baca.txt", cwd=project)
    out, err = text(proc)
    assert proc.returncode == 1  # the finding is still there
    assert "baca.txt: read-only file, not fixed" in err
    assert path.read_text() == BAD and stat.S_IMODE(path.stat().st_mode) == 0o444


def test_fix_does_not_overwrite_an_edit_made_while_it_ran(project, capsys):
    from lintpress.fixing import fix_results
    from lintpress.runner import lint_files

    path = project / "sunting.txt"
    path.write_text(BAD)
    results, linter = lint_files([path], ConfigFinder(), use_cache=False)
    edited = "Warga datang ke ke pasar. Editor menambah kalimat.\n"
    path.write_text(edited)  # same length or not, the content is checked too
    fix_results(linter, results, write=True)
    assert path.read_text() == edited
    assert "sunting.txt: changed while lintpress ran, not fixed" in capsys.readouterr().err
    assert results[0].document.text == BAD  # its findings are the ones reported

    path.write_text(BAD)
    results, linter = lint_files([path], ConfigFinder(), use_cache=False)
    same_size = BAD.replace("pasar", "Pasar")
    path.write_text(same_size)
    os.utime(path, ns=(results[0].document.origin.mtime_ns,) * 2)  # within the clock's resolution
    fix_results(linter, results, write=True)
    assert path.read_text() == same_size


# -- the command line ---------------------------------------------------------------------------


def test_output_that_would_overwrite_an_input_is_refused(project):
    (project / "a.txt").write_text(BAD)
    (project / "sub").mkdir()
    (project / "link.txt").symlink_to("a.txt")
    for target in ("a.txt", "sub/../a.txt", "link.txt", str(project / "a.txt")):
        clean_error(run("-o", target, "a.txt", cwd=project), "is one of the files being linted")
    clean_error(run("-o", "a.txt", ".", cwd=project), "is one of the files being linted")
    clean_error(run("-o", "sub", "a.txt", cwd=project), "sub: is a folder")
    assert (project / "a.txt").read_text() == BAD
    assert run("-o", "report.txt", "a.txt", cwd=project).returncode == 1
    assert "ke ke" in (project / "report.txt").read_text()


def test_jobs_never_exceed_files_or_cores(project, monkeypatch):
    import concurrent.futures

    from lintpress import runner

    assert runner.effective_jobs(1000, 3) <= 3
    assert runner.effective_jobs(1000, 10_000) == runner._cores()
    assert runner.effective_jobs(0, 5) == 1 and runner.effective_jobs(1, 100) == 1
    started = []
    real = concurrent.futures.ProcessPoolExecutor

    def spy(*args, **kwargs):
        started.append(kwargs["max_workers"])
        return real(*args, **kwargs)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", spy)
    monkeypatch.setattr(runner, "_cores", lambda: 64)
    paths = []
    for i in range(3):
        paths.append(project / f"a{i}.txt")
        paths[-1].write_text(BAD)
    results, _ = runner.lint_files(paths, ConfigFinder(), jobs=1000, use_cache=False)
    assert started == [3] and len(results) == 3


REDOS_PACK = """rules:
  - id: house.runaway
    kind: existence
    category: style
    severity: warning
    message: "'{text}'"
    params: {patterns: ['(a|aa)+$']}
  - id: house.word
    kind: existence
    category: style
    severity: warning
    message: "'{text}'"
    params: {tokens: [pasar]}
"""


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_user_pattern_that_backtracks_forever_is_stopped_with_one_warning(project, monkeypatch, capfd, jobs):
    import lintpress.kinds.existence as existence
    from lintpress.runner import lint_files

    monkeypatch.setattr(existence, "PATTERN_TIMEOUT", 0.3)
    (project / "pack.yaml").write_text(REDOS_PACK)
    paths = []
    for name in ("a.txt", "b.txt"):
        paths.append(project / name)
        paths[-1].write_text("Kata " + "a" * 60 + "! Warga ke pasar.\n")
    start = time.monotonic()
    results, linter = lint_files(paths, ConfigFinder(), jobs=jobs, use_cache=False)
    assert time.monotonic() - start < 20
    assert [[d.rule for d in r.diagnostics] for r in results] == [["house.word"], ["house.word"]]
    err = capfd.readouterr().err
    assert "rule house.runaway" in err and "gave up on" in err and "pack.yaml" in err
    if jobs == 1:
        assert err.count("gave up") == 1  # not tried again on the next file
    assert linter.incomplete == {str(p) for p in paths}  # not cached: linted again next time


def test_builtin_generic_kinds_pass_a_timeout(monkeypatch):
    """Every matching call of the kinds that run user patterns is bounded (a spy on regex)."""
    from conftest import lint_text

    import lintpress.kinds.existence as existence

    seen = []

    class Spy:
        def __init__(self, pattern):
            self.pattern = pattern

        def finditer(self, *args, **kwargs):
            seen.append(kwargs.get("timeout"))
            return self.pattern.finditer(*args, **kwargs)

        def search(self, *args, **kwargs):
            seen.append(kwargs.get("timeout"))
            return self.pattern.search(*args, **kwargs)

    real_setup = existence.Existence.setup

    def setup(self):
        real_setup(self)
        self.pattern = Spy(self.pattern)
        if self.prefilter is not None:
            self.prefilter = Spy(self.prefilter)

    monkeypatch.setattr(existence.Existence, "setup", setup)
    lint_text("Harga naik . Foto : Humas.\n", select=("style",))
    assert seen and all(t is not None and 0 < t <= existence.PATTERN_TIMEOUT for t in seen)


@pytest.mark.parametrize(
    "write, needle",
    [
        (lambda p: p.mkdir(), "is a folder, not a config file"),
        (lambda p: p.write_text("tool.lintpress = 3\n"), "must be a table of settings"),
        (lambda p: p.write_text("[tool]\nlintpress = 'ya'\n"), "must be a table of settings"),
    ],
)
def test_broken_configs_are_clean_errors(tmp_path, write, needle):
    (tmp_path / "a.txt").write_text(BAD)
    config = tmp_path / "conf"
    write(config)
    clean_error(run("--config", "conf", "a.txt", cwd=tmp_path), needle)


def test_a_non_table_tool_lintpress_in_pyproject_is_a_clean_error(tmp_path):
    (tmp_path / "a.txt").write_text(BAD)
    (tmp_path / "pyproject.toml").write_text("[tool]\nlintpress = 3\n")
    clean_error(run("a.txt", cwd=tmp_path), "[tool.lintpress]: must be a table of settings, got int 3")
    clean_error(run("--config", ".", "a.txt", cwd=tmp_path), ".: is a folder, not a config file")


def test_force_exclude_applies_config_and_cli_excludes_to_named_files(project):
    (project / ".lintpress.toml").write_text('packs = ["pack.yaml"]\nlanguage = "id"\nexclude = ["drafts/*"]\n')
    (project / "drafts").mkdir()
    (project / "drafts" / "konsep.txt").write_text(BAD)
    (project / "berita.txt").write_text(BAD)
    (project / "lama.txt").write_text(BAD)

    def linted(*args: str) -> list[str]:
        proc = run("-f", "json", *args, cwd=project)
        return [f["path"] for f in json.loads(proc.stdout)["files"]] if proc.stdout else []

    assert linted("drafts/konsep.txt", "berita.txt") == ["drafts/konsep.txt", "berita.txt"]
    assert linted("--force-exclude", "drafts/konsep.txt", "berita.txt") == ["berita.txt"]
    assert linted("--force-exclude", "--exclude", "lama.txt", "lama.txt", "berita.txt") == ["berita.txt"]
    assert linted(".") == ["berita.txt", "lama.txt"]  # folders always apply them
    # standard input named as an excluded file: nothing to report, and --fix passes it through
    proc = run("--force-exclude", "--stdin-filename", "drafts/x.txt", "--fix", cwd=project, stdin=BAD)
    assert (proc.returncode, proc.stdout) == (0, BAD.encode())


def test_standard_input_is_linted_as_the_named_file(project):
    proc = run("-f", "json", "-", cwd=project, stdin=BAD)
    assert proc.returncode == 1
    (report,) = json.loads(proc.stdout)["files"]
    assert report["path"] == "-" and report["diagnostics"][0]["text"] == "ke"
    code = "Lihat `ke ke` di sini.\n"  # Markdown code is not prose; plain text is
    as_md = run("-f", "json", "--stdin-filename", "doc/a.md", cwd=project, stdin=code)
    as_txt = run("-f", "json", "--stdin-filename", "doc/a.txt", cwd=project, stdin=code)
    assert json.loads(as_md.stdout)["files"][0]["path"] == "doc/a.md"
    assert json.loads(as_md.stdout)["files"][0]["diagnostics"] == []
    assert len(json.loads(as_txt.stdout)["files"][0]["diagnostics"]) == 1
    # the config is found from the named file's folder
    (project / "lain").mkdir()
    (project / "lain" / ".lintpress.toml").write_text('packs = ["../pack.yaml"]\nlanguage = "id"\nignore = ["style"]\n')
    assert run("--stdin-filename", "lain/a.txt", cwd=project, stdin=BAD).returncode == 0
    clean_error(run("-", "a.txt", cwd=project, stdin=BAD), "cannot be combined with other paths")
    clean_error(run("--stdin-filename", "x.txt", "a.txt", cwd=project, stdin=BAD), "give '-' as the only path")


def test_fix_on_standard_input_prints_the_fixed_text_byte_for_byte(project):
    original = "\ufeffWarga datang ke ke pasar.\r\nLalu di di rumah.\r\n".encode()
    proc = run("--fix", "-f", "concise", "-", cwd=project, stdin=original)
    assert proc.stdout == "\ufeffWarga datang ke pasar.\r\nLalu di rumah.\r\n".encode()
    assert proc.returncode == 0 and b"Traceback" not in proc.stderr
    unfixable = run("--fix", "-f", "concise", "-", cwd=project, stdin="Bersih.\n")
    assert (unfixable.returncode, unfixable.stdout) == (0, b"Bersih.\n")
    diff = run("--diff", "--stdin-filename", "a.txt", cwd=project, stdin=BAD)
    assert diff.returncode == 1 and b"-Warga datang ke ke pasar." in diff.stdout


def test_ctrl_c_during_jobs_stops_at_once_with_one_line(project):
    (project / ".lintpress.toml").unlink()  # every built-in rule: a run of many seconds
    body = " ".join(f"Warga desa ke-{i} datang ke pasar pada pagi hari." for i in range(300)) + "\n"
    for i in range(200):
        (project / f"b{i:03}.txt").write_text(body)
    proc = subprocess.Popen(
        [sys.executable, "-m", "lintpress", "--no-cache", "-j", "2", "-f", "json", "."],
        cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
    )
    time.sleep(1.5)
    if proc.poll() is not None:
        pytest.skip("the run finished before it could be interrupted")
    os.killpg(proc.pid, signal.SIGINT)
    start = time.monotonic()
    _, err = proc.communicate(timeout=30)
    assert time.monotonic() - start < 3
    assert (proc.returncode, err.decode()) == (130, "lintpress: interrupted\n")


def test_a_closed_pipe_ends_quietly(project):
    for i in range(40):
        (project / f"c{i:02}.txt").write_text(BAD * 50)
    shell = f"{sys.executable} -m lintpress -f concise . | head -n 1"
    proc = subprocess.run(shell, shell=True, cwd=project, capture_output=True, text=True)
    assert proc.stdout.count("\n") == 1
    assert proc.stderr == "", proc.stderr
