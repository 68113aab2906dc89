"""Content as bytes that are the same for the same values in any process: what the store's
version digests and the caches' keys hash."""

from __future__ import annotations

import marshal

# marshal's format 2 writes every str, int, float, None, bool and tuple by its value alone (format
# 3 and later refer back to objects met twice, which depends on the process).
_FORMAT = 2


def stable_bytes(content: object) -> bytes:
    """The content (str, int, float, bool, None, bytes, and tuples or lists of them; never a set,
    whose order depends on the process) in marshal's format 2. A subclass of str, int or float (SQLAlchemy's quoted_name, an IntEnum), which
    marshal refuses, is written as its plain value."""
    try:
        return marshal.dumps(content, _FORMAT)
    except ValueError:
        return marshal.dumps(_plain(content), _FORMAT)


def _plain(value: object) -> object:
    if isinstance(value, (tuple, list)):
        return tuple(_plain(v) for v in value) if isinstance(value, tuple) else [_plain(v) for v in value]
    if isinstance(value, bool) or value is None:
        return value
    for kind in (str, int, float, bytes):
        if isinstance(value, kind):
            return kind(value)
    raise ValueError(f"no stable bytes for a {type(value).__name__}")
