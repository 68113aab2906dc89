"""What the classifier's tests share: one classifier of the bundled policy, fields of a source
written as tables, and suggestions by cell."""

from __future__ import annotations

import pytest
from helpers import BUNDLED_INVENTORY

from laci_audit.classify import Classifier
from laci_audit.inventory.layout import TAXONOMY_FILE
from laci_audit.policy.taxonomy import load_taxonomy


@pytest.fixture(scope="session")
def classifier() -> Classifier:
    return Classifier(load_taxonomy(BUNDLED_INVENTORY / TAXONOMY_FILE))
