"""Rule packs: YAML files of rules, built in under ``rules/<language>/`` or supplied by users.

A pack file holds ``rules:`` (a list of rules) and optionally ``language:``.
Built-in packs ship inside the wheel as the package ``lintpress.builtin_rules``
(the repository's ``rules/`` folder), so an installed lintpress finds them
from any working directory.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from lintpress.errors import RuleFileError
from lintpress.kinds.base import RuleSpec, validate_common

LANGUAGES = ("id", "en")
# YAML is parsed with libyaml's loader when PyYAML has it (several times faster on large swap
# tables), and only when a pack is not in the compiled-pack cache.


def builtin_rules_dir() -> Path:
    """Where the built-in packs live: inside the installed package, else the source tree's ``rules/``."""
    here = Path(__file__).resolve().parent
    installed = here / "builtin_rules"
    if (installed / "id").is_dir():
        return installed
    return here.parent / "rules"


def pack_files(location: Path) -> list[Path]:
    """The YAML files of a pack folder (sorted), or the file itself."""
    if location.is_file():
        return [location]
    if location.is_dir():
        return sorted(p for p in location.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    raise RuleFileError(f"{location}: rule pack not found")


@lru_cache(maxsize=64)
def load_pack_file(path: Path, language: str) -> tuple[RuleSpec, ...]:
    """Parse and check one pack file, once per process and, across runs, through the compiled-pack
    cache: a checked pack is stored pickled under the cache folder, keyed by the file's path, size,
    modification time and the lintpress version, so a run skips YAML parsing and validation."""
    import pickle

    from lintpress.cache_folder import read_derived, source_key, write_derived

    key = source_key(path, language, *RuleSpec._fields)  # a new RuleSpec shape is a new key
    cached = read_derived("packs", key, pickle.loads) if key else None
    if isinstance(cached, tuple) and all(isinstance(s, RuleSpec) for s in cached):
        return cached
    specs = _parse_pack_file(path, language)
    if key:
        write_derived("packs", key, specs, lambda v: pickle.dumps(v, protocol=pickle.HIGHEST_PROTOCOL))
    return specs


def _parse_pack_file(path: Path, language: str) -> tuple[RuleSpec, ...]:
    """Parse and check one pack file: every problem names the file, rule and field."""
    import yaml

    source = str(path)
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except OSError as exc:
        raise RuleFileError(f"{source}: cannot read rule pack ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise RuleFileError(f"{source}: rule pack is not valid UTF-8") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise RuleFileError(f"{source}: invalid YAML{where}: {problem}") from None
    if raw is None:
        return ()
    if isinstance(raw, list):
        raw = {"rules": raw}
    if not isinstance(raw, dict) or not isinstance(raw.get("rules", []), list):
        raise RuleFileError(f"{source}: a rule pack must be a mapping with a 'rules' list")
    extra = set(raw) - {"rules", "language", "description"}
    if extra:
        raise RuleFileError(
            f"{source}: unknown top-level field '{sorted(extra)[0]}' (allowed: rules, language, description)"
        )
    pack_language = raw.get("language", language)
    if pack_language not in LANGUAGES and pack_language != "any":
        raise RuleFileError(f"{source}: field 'language': must be one of id, en, any")
    specs = tuple(validate_common(r, source, pack_language) for r in raw.get("rules") or [])
    ids = [s.id for s in specs]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise RuleFileError(f"{source}: rule '{sorted(dupes)[0]}': field 'id': defined twice in this pack")
    return specs


def builtin_specs(language: str) -> list[RuleSpec]:
    """Every rule of the built-in packs for a language."""
    folder = builtin_rules_dir() / language
    if not folder.is_dir():
        return []
    out: list[RuleSpec] = []
    for f in pack_files(folder):
        out.extend(load_pack_file(f, language))
    return out


def all_builtin_specs() -> list[RuleSpec]:
    """Every built-in rule of every language (for ``lintpress rules``)."""
    return [s for lang in LANGUAGES for s in builtin_specs(lang)]
