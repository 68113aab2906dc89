"""How file paths are shown: relative to the current folder when under it, like a linter."""

from __future__ import annotations

import os
from pathlib import Path


def display_path(path: Path | str) -> str:
    """path relative to the working directory if it lies below it, else absolute."""
    absolute = Path(path).resolve()
    try:
        return absolute.relative_to(Path(os.getcwd()).resolve()).as_posix()
    except ValueError:
        return str(absolute)
