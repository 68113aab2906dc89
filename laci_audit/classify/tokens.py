"""Field and table names as tokens: split snake_case, camelCase and dotted paths, then rewrite
abbreviations, misspellings and glued words to canonical words."""

from __future__ import annotations

import re
from collections.abc import Mapping

# A run of capitals not followed by a lowercase letter (an acronym), a word, or a number.
_TOKEN = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")


def split_name(name: str) -> list[str]:
    """Tokens of a name: snake_case, camelCase, dotted and bracketed paths, lowercased."""
    return [token.lower() for token in _TOKEN.findall(name)]


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
