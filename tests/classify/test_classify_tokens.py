"""Splitting names into tokens and rewriting abbreviations, misspellings and glued words."""

from __future__ import annotations

import pytest

from laci_audit.classify import split_name
from laci_audit.classify.tokens import canonical_tokens
from laci_audit.classify.vocabulary import builtin_vocabulary


@pytest.fixture(scope="module")
def aliases():
    return {str(k): tuple(str(v).split()) for k, v in builtin_vocabulary()["aliases"].items()}


@pytest.mark.parametrize("name, tokens", [
    ("no_hp", ["no", "hp"]),
    ("userEmail", ["user", "email"]),
    ("SupportRepId", ["support", "rep", "id"]),
    ("address.line1", ["address", "line", "1"]),
    ("items[0].IPAddress", ["items", "0", "ip", "address"]),
    ("addr1", ["addr", "1"]),
])
def test_split_name(name, tokens):
    assert split_name(name) == tokens


@pytest.mark.parametrize("name, tokens", [
    ("no_hp", ("no", "phone")),
    ("tlp", ("phone",)),
    ("telp_rumah", ("phone", "rumah")),
    ("tgl_lahir", ("date", "birth")),
    ("dob", ("birth", "date")),
    ("addr1", ("address",)),
    ("kode_pos", ("postal", "code")),
    ("PostalCode", ("postal", "code")),
    ("kec", ("kecamatan",)),
    ("no_rek", ("no", "rekening")),
    ("ua", ("user", "agent")),
    ("lat", ("latitude",)),
    ("lng", ("longitude",)),
    ("firstname", ("first", "name")),
    ("goldar", ("blood", "type")),
    ("sidik_jari", ("fingerprint",)),
])
def test_canonical_tokens(aliases, name, tokens):
    assert canonical_tokens(name, aliases) == tokens
