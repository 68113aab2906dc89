"""The inventory's `.laci-cache/`: JSON documents, each under a key of everything it was made from.

A cache may be deleted at any time and is only an optimisation: a document that cannot be read,
is not JSON, or carries another key is a miss, and one that cannot be written is left unwritten.
Never pickle: the folder sits inside a repository, and loading a pickle runs code.
"""

from __future__ import annotations

import hashlib
import json
import stat
from functools import lru_cache
from pathlib import Path
from typing import Any

from laci_audit.inventory.layout import CACHE_DIR

IGNORE_TEXT = "# laci-audit's cache: never committed\n*\n"


def file_digest(path: Path, max_bytes: int | None = None) -> str:
    """The sha256 of a regular file's bytes; "unreadable" for anything else (a FIFO, a device,
    a folder, a file larger than max_bytes, one that cannot be read), without reading it."""
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode) or (max_bytes is not None and status.st_size > max_bytes):
            return "unreadable"
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except (OSError, ValueError):
        return "unreadable"


@lru_cache(maxsize=8)
def code_digest(*packages: str) -> str:
    """A hash of the code of laci_audit's top-level modules and of the named subpackages
    ("inventory", "sources"): any change to it makes a new key."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for path in sorted([*root.glob("*.py"), *(p for package in packages for p in (root / package).glob("*.py"))]):
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def read_entry(cache_file: Path, key: str) -> Any:
    """The document cached under key, or None (no file, another key, not JSON, unreadable)."""
    try:
        document = json.loads(cache_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(document, dict) or document.get("key") != key:
        return None
    return document.get("value")


def holds_key(cache_file: Path, key: str) -> bool:
    """Whether the document cached there is under key, told from its first bytes (write_entry
    writes the key first) without reading the rest; a document that is not JSON is still a miss
    for read_entry."""
    head = json.dumps({"key": key})[:-1].encode("utf-8")
    try:
        with open(cache_file, "rb") as handle:
            return handle.read(len(head) + 1) == head + b","
    except OSError:
        return False


def write_entry(cache_file: Path, key: str, value: Any) -> None:
    """Cache value (JSON data) under key; the cache folder gets a .gitignore that ignores it all."""
    from laci_audit.fileio import write_atomically

    root = next((parent for parent in cache_file.parents if parent.name == CACHE_DIR), cache_file.parent)
    try:
        if not (root / ".gitignore").exists():
            write_atomically(root / ".gitignore", IGNORE_TEXT, durable=False)
        write_atomically(cache_file, json.dumps({"key": key, "value": value}, ensure_ascii=False), durable=False)
    except OSError:
        pass
