"""The result cache: unchanged file + unchanged settings → the stored diagnostics.

Like ruff's cache, entries are keyed by a hash of the file's bytes and a hash
of everything that can change a result: the lintpress version, its code and
built-in data (size and mtime of each file), the resolved configuration, and
the content of user packs and vocabularies. Any change gives a new key, so an
entry is never stale; old entries are simply never read again.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path

from lintpress import __version__
from lintpress.cache_folder import cache_dir, write_quietly
from lintpress.config import Config
from lintpress.diagnostic import Diagnostic, Edit, Related

CACHE_FORMAT = 1


@lru_cache(maxsize=1)
def _code_fingerprint() -> str:
    """Size and mtime of every file of the installed package (code, packs, dictionaries)."""
    root = Path(__file__).resolve().parent
    h = hashlib.sha256(f"{__version__}:{CACHE_FORMAT}".encode())
    places = [root]
    source_rules = root.parent / "rules"
    if not (root / "builtin_rules").is_dir() and source_rules.is_dir():
        places.append(source_rules)
    for place in places:
        for dirpath, dirnames, filenames in os.walk(place):
            dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
            for name in sorted(filenames):
                if name.endswith(".pyc"):
                    continue
                st = os.stat(os.path.join(dirpath, name))
                h.update(f"{dirpath}/{name}:{st.st_size}:{st.st_mtime_ns};".encode())
    return h.hexdigest()


def _file_digest(path: Path) -> str:
    try:
        if path.is_dir():
            return "|".join(_file_digest(p) for p in sorted(path.rglob("*")) if p.is_file())
        return f"{path}:" + hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return f"{path}:missing"


@lru_cache(maxsize=128)
def settings_key(config: Config) -> str:
    """Everything besides the file's own bytes that decides its findings."""
    h = hashlib.sha256(_code_fingerprint().encode())
    h.update(repr(config).encode())
    for pack in config.packs:
        if pack != "builtin":
            h.update(_file_digest(config.resolve(pack)).encode())
    for name in config.accept + config.reject:
        h.update(_file_digest(config.resolve(name)).encode())
    return h.hexdigest()[:32]


def entry_key(content: bytes, config: Config, extra: str = "") -> str:
    return hashlib.sha256(content + b"\0" + settings_key(config).encode() + extra.encode()).hexdigest()


def _to_json(d: Diagnostic) -> dict:
    return {
        "rule": d.rule, "category": d.category, "severity": d.severity, "message": d.message,
        "offset": d.offset, "length": d.length, "suggestions": d.suggestions,
        "related": [[r.offset, r.length, r.message, r.path, r.line, r.column] for r in d.related],
        "fix": [[e.offset, e.length, e.replacement] for e in d.fix] if d.fix else None,
        "applicability": d.applicability,
    }


def _from_json(o: dict) -> Diagnostic:
    return Diagnostic(
        rule=o["rule"], category=o["category"], severity=o["severity"], message=o["message"],
        offset=o["offset"], length=o["length"], suggestions=list(o["suggestions"]),
        related=[Related(*r) for r in o["related"]],
        fix=[Edit(*e) for e in o["fix"]] if o["fix"] else None, applicability=o["applicability"],
    )


class ResultCache:
    """Reads and writes cached results; any problem with the cache means a miss, never an error."""

    def __init__(self, root: Path | None = None):
        self.root = (root or cache_dir()) / f"v{CACHE_FORMAT}"
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key[2:]}.json"

    def get(self, key: str) -> tuple[str, list[Diagnostic]] | None:
        try:
            data = json.loads(self._path(key).read_text(encoding="utf-8"))
            result = data["language"], [_from_json(o) for o in data["diagnostics"]]
        except (OSError, ValueError, KeyError, TypeError):
            self.misses += 1
            return None
        self.hits += 1
        return result

    def put(self, key: str, language: str, diagnostics: list[Diagnostic]) -> None:
        entry = {"language": language, "diagnostics": [_to_json(d) for d in diagnostics]}
        write_quietly(self._path(key), json.dumps(entry).encode("utf-8"))
