"""How file paths are shown: relative to the current folder when under it, like a linter."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path


def display_path(path: Path | str) -> str:
    """path relative to the working directory if it lies below it, else absolute."""
    return _display_path(str(path), os.getcwd())


@lru_cache(maxsize=4096)
def _display_path(path: str, cwd: str) -> str:
    absolute = Path(path).resolve()
    try:
        return absolute.relative_to(Path(cwd).resolve()).as_posix()
    except ValueError:
        return str(absolute)
