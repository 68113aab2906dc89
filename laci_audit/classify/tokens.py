"""Field and table names as tokens: split snake_case, camelCase and dotted paths, then rewrite
abbreviations, misspellings and glued words to canonical words."""

from __future__ import annotations

import re
from collections.abc import Mapping

_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])")
_SEPARATORS = re.compile(r"[^0-9A-Za-z]+")


def split_name(name: str) -> list[str]:
    """Tokens of a name: snake_case, camelCase, dotted and bracketed paths, lowercased."""
    spaced = _CAMEL_BOUNDARY.sub(" ", name)
    return [token.lower() for token in _SEPARATORS.split(spaced) if token]


def canonical_tokens(name: str, aliases: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The name's tokens with numbers dropped and aliases applied, pairs of tokens first
    (`kode_pos` -> postal code, `no_hp` -> no phone, `addr1` -> address)."""
    raw = [token for token in split_name(name) if not token.isdigit()]
    result: list[str] = []
    index = 0
    while index < len(raw):
        pair = f"{raw[index]}_{raw[index + 1]}" if index + 1 < len(raw) else None
        if pair is not None and pair in aliases:
            result.extend(aliases[pair])
            index += 2
            continue
        result.extend(aliases.get(raw[index], (raw[index],)))
        index += 1
    return tuple(result)
