"""Columns of a person's own record (LABELLING.md section 2: the person's row is A.1.1 first,
refined by what a column says was recorded of their use of the site): where they live, how often
they signed in, their place among their siblings. Table shapes are those of real schemas (a
church's families, a distributor's customers, shop and forum accounts, a school's pupils)."""

from __future__ import annotations

import pytest
from helpers import BUNDLED_INVENTORY

from laci_audit.classify import Classifier
from laci_audit.inventory.layout import TAXONOMY_FILE
from laci_audit.policy.taxonomy import load_taxonomy
from laci_audit.records import Field


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier(load_taxonomy(BUNDLED_INVENTORY / TAXONOMY_FILE))


def person_row(table: str, *columns: tuple[str, str]) -> list[Field]:
    """A person table: its key, a name, an e-mail, then the given (column, type) pairs."""
    own = [("id", "INT"), ("name", "VARCHAR(100)"), ("email", "VARCHAR(100)"), *columns]
    return [Field("s", table, name, data_type, primary_key=name == "id") for name, data_type in own]


def first_categories(classifier: Classifier, fields: list[Field]) -> dict[str, str]:
    """Each column's first category (or what it fits instead), by column name."""
    judged = classifier.classify_source(fields)
    return {name: (s.categories[0] if s.categories else s.uncovered) for (_s, _t, name), s in judged.items()}


def test_coordinates_in_a_persons_own_row_are_where_they_live(classifier):
    """A family's or a customer's latitude and longitude stand beside their address: account data
    first (A.1.1), a location second; not a trace of where a device went."""
    fields = person_row("pelanggan", ("alamat", "VARCHAR(255)"), ("latitude", "VARCHAR(100)"),
                        ("longitude", "VARCHAR(100)"), ("fam_Latitude", "DOUBLE"))
    judged = classifier.classify_source(fields)
    for column in ("latitude", "longitude", "fam_latitude"):
        assert judged[("s", "pelanggan", column)].categories[:2] == ("A.1.1", "A.2.1"), column
