"""Configuration: ``.lintpress.toml`` or ``[tool.lintpress]`` in ``pyproject.toml``.

Found by walking up from each linted file (the nearest wins); ``--config``
overrides discovery. Unknown keys are errors, so a typo never silently
disables a check.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any, NamedTuple

from lintpress.diagnostic import APPLICABILITIES, SEVERITIES
from lintpress.errors import ConfigError

CONFIG_NAMES = (".lintpress.toml", "lintpress.toml", "pyproject.toml")
FAIL_ON = ("error", "warning", "info", "never")


class Config(NamedTuple):
    language: str = "auto"
    packs: tuple[str, ...] = ("builtin",)
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    rules: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...] = ()
    accept: tuple[str, ...] = ()
    reject: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    fail_on: str = "warning"
    date: dt.date | None = None
    cross_file: bool = False
    show_quoted: bool = False  # show the notes rules demote to info inside direct quotations
    languagetool: tuple[tuple[str, Any], ...] = ()
    source: str | None = None  # the file this came from
    root: str = "."  # folder relative paths are resolved against

    def rule_overrides(self) -> dict[str, dict[str, Any]]:
        return {rid: thaw(opts) if opts else {} for rid, opts in self.rules}

    def severity_overrides(self) -> dict[str, str]:
        return dict(self.severity)

    def resolve(self, p: str) -> Path:
        path = Path(p).expanduser()
        return path if path.is_absolute() else Path(self.root) / path


_KEYS = {
    "language",
    "packs",
    "select",
    "ignore",
    "severity",
    "rules",
    "vocabulary",
    "exclude",
    "fail-on",
    "date",
    "cross-file",
    "show-quoted",
    "languagetool",
}


def _str_list(value: Any, key: str, source: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{source}: '{key}' must be a list of strings")
    return tuple(value)


def _freeze(value: Any) -> Any:
    if isinstance(value, dict):
        return tuple((k, _freeze(v)) for k, v in value.items())
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


def thaw(value: Any) -> Any:
    """Undo ``_freeze`` for rule parameters (tuples of pairs back to dicts and lists)."""
    if isinstance(value, tuple):
        if value and all(isinstance(v, tuple) and len(v) == 2 and isinstance(v[0], str) for v in value):
            return {k: thaw(v) for k, v in value}
        return [thaw(v) for v in value]
    return value


def parse_date(value: Any, source: str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ConfigError(f"{source}: 'date' must be a date like 2026-01-20, got {value!r}") from None


def from_mapping(data: dict[str, Any], source: str, root: Path) -> Config:
    """Build a Config from the ``[tool.lintpress]`` table, checking every key."""
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: must be a table of settings, got {type(data).__name__} {data!r}")
    unknown = set(data) - _KEYS
    if unknown:
        raise ConfigError(f"{source}: unknown key '{sorted(unknown)[0]}' (known: {', '.join(sorted(_KEYS))})")
    cfg: dict[str, Any] = {"source": source, "root": str(root)}
    if "language" in data:
        if data["language"] not in ("id", "en", "auto"):
            raise ConfigError(f"{source}: 'language' must be one of id, en, auto")
        cfg["language"] = data["language"]
    for key in ("packs", "select", "ignore", "exclude"):
        if key in data:
            cfg[key] = _str_list(data[key], key, source)
    if "severity" in data:
        sev = data["severity"]
        if not isinstance(sev, dict) or not all(v in SEVERITIES for v in sev.values()):
            raise ConfigError(f"{source}: 'severity' must map rule ids to one of {', '.join(SEVERITIES)}")
        cfg["severity"] = tuple(sorted(sev.items()))
    if "rules" in data:
        rules = data["rules"]
        if not isinstance(rules, dict) or not all(isinstance(v, dict) for v in rules.values()):
            raise ConfigError(
                f"{source}: 'rules' must be a table of tables: [tool.lintpress.rules.\"style.baku\"]"
            )
        for rid, opts in rules.items():
            if "severity" in opts and opts["severity"] not in SEVERITIES:
                raise ConfigError(f"{source}: rules.{rid}.severity must be one of {', '.join(SEVERITIES)}")
            if "applicability" in opts and opts["applicability"] not in APPLICABILITIES:
                raise ConfigError(f"{source}: rules.{rid}.applicability must be one of {', '.join(APPLICABILITIES)}")
        cfg["rules"] = tuple(sorted((rid, _freeze(opts)) for rid, opts in rules.items()))
    if "vocabulary" in data:
        voc = data["vocabulary"]
        if not isinstance(voc, dict) or set(voc) - {"accept", "reject"}:
            raise ConfigError(
                f"{source}: 'vocabulary' must be a table with 'accept' and/or 'reject' file lists"
            )
        cfg["accept"] = _str_list(voc.get("accept", []), "vocabulary.accept", source)
        cfg["reject"] = _str_list(voc.get("reject", []), "vocabulary.reject", source)
    if "fail-on" in data:
        if data["fail-on"] not in FAIL_ON:
            raise ConfigError(f"{source}: 'fail-on' must be one of {', '.join(FAIL_ON)}")
        cfg["fail_on"] = data["fail-on"]
    if "date" in data:
        cfg["date"] = parse_date(data["date"], source)
    if "cross-file" in data:
        if not isinstance(data["cross-file"], bool):
            raise ConfigError(f"{source}: 'cross-file' must be true or false")
        cfg["cross_file"] = data["cross-file"]
    if "show-quoted" in data:
        if not isinstance(data["show-quoted"], bool):
            raise ConfigError(f"{source}: 'show-quoted' must be true or false")
        cfg["show_quoted"] = data["show-quoted"]
    if "languagetool" in data:
        if not isinstance(data["languagetool"], dict):
            raise ConfigError(f"{source}: 'languagetool' must be a table")
        cfg["languagetool"] = _freeze(data["languagetool"])
    return Config(**cfg)


def load_file(path: Path) -> Config | None:
    """Read one config file; None for a pyproject.toml without ``[tool.lintpress]``."""
    if sys.version_info >= (3, 11):  # imported here: a folder without a config file never needs it
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except IsADirectoryError:
        raise ConfigError(f"{path}: is a folder, not a config file (name the .lintpress.toml or pyproject.toml)") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: config file is not valid UTF-8") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the config file ({exc.strerror or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    tool = data.get("tool")
    if path.name == "pyproject.toml":
        table = tool.get("lintpress") if isinstance(tool, dict) else None
        if table is None:
            return None
        return from_mapping(table, f"{path} [tool.lintpress]", path.parent)
    if isinstance(tool, dict) and "lintpress" in tool and len(data) == 1:
        return from_mapping(tool["lintpress"], f"{path} [tool.lintpress]", path.parent)
    return from_mapping(data, str(path), path.parent)


def _real(path: Path) -> Path:
    """The path with symbolic links resolved; as it stands when they loop."""
    try:
        return path.resolve()
    except (RuntimeError, OSError):
        return path.absolute()


class ConfigFinder:
    """Finds the nearest config for a file, caching per folder."""

    def __init__(self, explicit: Path | None = None, overrides: dict[str, Any] | None = None):
        self.explicit = load_file(explicit) if explicit else None
        if explicit and self.explicit is None:
            raise ConfigError(f"{explicit}: has no [tool.lintpress] table")
        self.overrides = overrides or {}
        self._cache: dict[Path, Config] = {}

    def for_file(self, path: Path) -> Config:
        base = self.explicit or self._discover(_real(path).parent)
        if not self.overrides:
            return base
        overrides = dict(self.overrides)
        if "languagetool" in overrides and base.languagetool:
            # --languagetool URL turns the backend on but keeps the file's other settings.
            merged = {**thaw(base.languagetool), **thaw(overrides["languagetool"])}
            overrides["languagetool"] = _freeze(merged)
        return base._replace(**overrides)

    def _discover(self, folder: Path) -> Config:
        if folder in self._cache:
            return self._cache[folder]
        found: Config | None = None
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file():
                found = load_file(candidate)
                if found is not None:
                    break
        if found is None:
            found = Config() if folder.parent == folder else self._discover(folder.parent)
        self._cache[folder] = found
        return found
