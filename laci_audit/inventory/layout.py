"""The inventory folder's layout: the one place that knows where each of its files lives.

    sources.yaml          the declared sources
    fields/*.yaml         registrations, one file per source
    policy/taxonomy.yaml  the policy as data (policy/concepts.yaml: what its items are, optional)
    laci-audit.yaml       the gate's configuration (optional)
    classifier.yaml       the organisation's own words for the classifier (optional)
    laci-audit.db         the inventory database (default)
    .laci-cache/          caches that may be deleted at any time
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

SOURCES_FILE = "sources.yaml"
FIELDS_DIR = "fields"
TAXONOMY_FILE = Path("policy") / "taxonomy.yaml"
CONCEPTS_FILE = "concepts.yaml"  # beside the taxonomy file
CONFIG_FILE = "laci-audit.yaml"
CLASSIFIER_FILE = "classifier.yaml"
DATABASE_FILE = "laci-audit.db"
CACHE_DIR = ".laci-cache"


@dataclass(frozen=True)
class InventoryFolder:
    """Paths under one inventory folder."""

    root: Path

    @property
    def sources_file(self) -> Path:
        """sources.yaml."""
        return self.root / SOURCES_FILE

    @property
    def fields_dir(self) -> Path:
        """fields/, the registrations."""
        return self.root / FIELDS_DIR

    @property
    def taxonomy_file(self) -> Path:
        """policy/taxonomy.yaml."""
        return self.root / TAXONOMY_FILE

    @property
    def config_file(self) -> Path:
        """laci-audit.yaml, the gate's configuration."""
        return self.root / CONFIG_FILE

    @property
    def classifier_file(self) -> Path:
        """classifier.yaml, the organisation's own words for the classifier."""
        return self.root / CLASSIFIER_FILE

    @property
    def database_file(self) -> Path:
        """laci-audit.db, the inventory database unless --db names another."""
        return self.root / DATABASE_FILE

    def cache_file(self, *parts: str) -> Path:
        """A file under .laci-cache/."""
        return self.root.joinpath(CACHE_DIR, *parts)

    def fields_files(self) -> list[Path]:
        """Every fields/*.yaml (and *.yml), in name order."""
        if not self.fields_dir.is_dir():
            return []
        return sorted([*self.fields_dir.glob("*.yaml"), *self.fields_dir.glob("*.yml")])
