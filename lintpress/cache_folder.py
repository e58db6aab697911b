"""Where lintpress keeps what it can rebuild: results, checked packs, compiled patterns.

A module of its own so the pattern store and the pack cache find the folder
without importing the result cache (and its hashing and JSON) on ``--no-cache`` runs.
"""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    """``$LINTPRESS_CACHE_DIR`` or the user cache folder (``~/.cache/lintpress`` on Linux)."""
    env = os.environ.get("LINTPRESS_CACHE_DIR")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("lintpress", appauthor=False))
