"""Hunspell dictionaries: where they are, and loading them without holding up the start.

Loading a dictionary is 20-45 ms of C++ (``id_ID``, ``en_US``), most of a one-article
run. The chunspell binding holds the GIL while it loads, so nothing else can run
meanwhile. Hunspell's C library (chunspell's wheels ship it) is therefore called through
``ctypes``, which releases the GIL during a foreign call: :func:`preload` starts
loading in one background thread as soon as a speller knows its dictionaries, the
rest of lintpress goes on starting and linting on another core, and :func:`load`
waits only for what is left. With one core, or when the C library cannot be found,
dictionaries are loaded when first needed (through chunspell as the last resort).

A speller exists only once the rule set is built, a third of the way into a one-article
run. So the dictionaries a process preloads are noted in the cache folder, and the next
run that lints in one process starts loading those right after reading its command line
(:func:`preload_as_last_time`), before the rest of lintpress is even imported: with the
same configuration and language (the usual case) they are ready when first asked for; a
wrong guess only costs the spare core's time, as the speller then preloads its own.

A dictionary counts as loaded (:data:`LOADED`) only once :func:`load` handed it
out, never when a background thread happens to finish: what a speller knows
never depends on timing.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "hunspell"

#: Dictionaries :func:`load` has handed out in this process, by name.
LOADED: dict[str, object] = {}

_preloads: dict[str, _Preload] = {}


def _chunspell_dir() -> Path | None:
    spec = importlib.util.find_spec("hunspell")
    if spec and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    return None


def files(name: str) -> tuple[Path, Path]:
    """(.aff, .dic) of a bundled dictionary name (``id_ID``), chunspell's own (``en_US``), or a path."""
    path = Path(name)
    if path.parent != Path(".") or path.suffix:
        base = path.with_suffix("") if path.suffix in (".dic", ".aff") else path
        return base.with_name(base.name + ".aff"), base.with_name(base.name + ".dic")
    for folder in (DATA_DIR, (_chunspell_dir() or DATA_DIR) / "dictionaries"):
        if (folder / f"{name}.dic").is_file():
            return folder / f"{name}.aff", folder / f"{name}.dic"
    raise FileNotFoundError(f"no Hunspell dictionary named {name!r}")


@cache
def _c_library():
    """Hunspell's C library inside chunspell, through ctypes; None when it is not there.

    (No search of the system's libraries: ``ctypes.util.find_library`` runs ``ldconfig``, which
    costs more than it could save; without the library chunspell loads dictionaries itself.)
    """
    import ctypes

    folder = _chunspell_dir()
    if folder is None:
        return None
    for candidate in sorted(folder.glob("*hunspell*.so*")) + sorted(folder.glob("*hunspell*.dylib")):
        try:
            lib = ctypes.CDLL(str(candidate))
            lib.Hunspell_create.restype = ctypes.c_void_p
            lib.Hunspell_create.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
            lib.Hunspell_spell.restype = ctypes.c_int
            lib.Hunspell_spell.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
            lib.Hunspell_get_dic_encoding.restype = ctypes.c_char_p
            lib.Hunspell_get_dic_encoding.argtypes = [ctypes.c_void_p]
        except (OSError, AttributeError):
            continue
        return lib
    return None


class CDictionary:
    """A dictionary loaded through Hunspell's C API; ``spell`` answers as chunspell's does."""

    def __init__(self, lib, aff: Path, dic: Path):
        for path in (aff, dic):
            if not path.is_file():
                raise FileNotFoundError(f"no Hunspell file {path}")
        self._lib = lib
        self._handle = lib.Hunspell_create(os.fsencode(aff), os.fsencode(dic))  # GIL released meanwhile
        if not self._handle:
            raise OSError(f"Hunspell could not load {dic}")
        self.encoding = (lib.Hunspell_get_dic_encoding(self._handle) or b"ISO8859-1").decode("ascii")

    def spell(self, word: str) -> bool:
        try:
            raw = word.encode(self.encoding)
        except (UnicodeEncodeError, LookupError):
            return False  # a letter the dictionary's character set lacks: no word of it has it
        return self._lib.Hunspell_spell(self._handle, raw) != 0


class _Preload:
    """One dictionary being loaded by the background thread of this process."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.result: object | None = None
        self.pid = os.getpid()  # a forked child has no such thread: it must not wait for it


def _spare_cores() -> bool:
    try:
        return len(os.sched_getaffinity(0)) > 1
    except (AttributeError, OSError):
        return (os.cpu_count() or 1) > 1


_HINT_KIND, _HINT_KEY = "hints", "preloaded-dictionaries-1"


def preload(names: tuple[str, ...]) -> None:
    """Start loading dictionaries in one background thread, when a spare core and the C library exist
    (and note them for the next run's :func:`preload_as_last_time`)."""
    _start(names)
    if _spare_cores() and names != _last_time():
        import marshal

        from lintpress.cache_folder import write_derived

        write_derived(_HINT_KIND, _HINT_KEY, tuple(names), marshal.dumps)


def preload_as_last_time() -> None:
    """Start loading what the last process that preloaded dictionaries asked for (nothing the first time)."""
    names = _last_time()
    if names and _spare_cores():
        _start(names)


def _last_time() -> tuple[str, ...]:
    import marshal

    from lintpress.cache_folder import read_derived

    names = read_derived(_HINT_KIND, _HINT_KEY, marshal.loads)
    return names if isinstance(names, tuple) and all(isinstance(n, str) for n in names) else ()


def _start(names: tuple[str, ...]) -> None:
    wanted = [n for n in names if n not in LOADED and n not in _preloads]
    if not wanted or not _spare_cores() or _c_library() is None:
        return
    jobs = {name: _Preload() for name in wanted}
    _preloads.update(jobs)

    def run() -> None:
        for name, job in jobs.items():  # one after the other: one core for the thread, one for lintpress
            try:
                job.result = CDictionary(_c_library(), *files(name))
            except Exception as exc:  # noqa: BLE001 - reported by load(), which then tries again
                job.result = exc
            job.done.set()

    threading.Thread(target=run, name="lintpress-dictionaries", daemon=True).start()


def load(name: str):
    """The dictionary ``name`` (an object with ``spell(word) -> bool``), loading it if no thread did."""
    found = LOADED.get(name)
    if found is not None:
        return found
    job = _preloads.get(name)
    result = None
    if job is not None and job.pid == os.getpid():
        job.done.wait()
        result = job.result if isinstance(job.result, CDictionary) else None
    if result is None:
        result = _load_now(name)
    LOADED[name] = result
    return result


def _load_now(name: str):
    aff, dic = files(name)
    lib = _c_library()
    if lib is not None:
        return CDictionary(lib, aff, dic)
    import hunspell  # chunspell

    return hunspell.Hunspell(dic.stem, hunspell_data_dir=str(dic.parent))
