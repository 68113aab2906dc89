"""The inventory folder's layout: the one place that knows where each of its files lives.

    sources.yaml          the declared sources
    fields/*.yaml         registrations, one file per source
    policy/taxonomy.yaml  the policy as data (policy/concepts.yaml: what its items are, optional);
                          without it, the policy shipped with the package (laci_audit/data/policy/)
    laci-audit.yaml       the gate's configuration (optional)
    classifier.yaml       the organisation's own words for the classifier (optional)
    laci-audit.db         the inventory database (default)
    .laci-cache/          caches that may be deleted at any time (ddl/, sqlite/, postgres/, mysql/:
                          fields of unchanged sources; declarations/: parsed declarations files)
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
GITIGNORE_FILE = ".gitignore"
# The policy text and its taxonomy shipped with the package, for an inventory without policy/.
BUNDLED_POLICY_DIR = Path(__file__).resolve().parent.parent / "data" / "policy"
BUNDLED_TAXONOMY = BUNDLED_POLICY_DIR / "taxonomy.yaml"
BUNDLED_POLICY_TEXT = BUNDLED_POLICY_DIR / "kebijakan-privasi.txt"


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
    def has_own_policy(self) -> bool:
        """Whether the inventory keeps its own policy/taxonomy.yaml (else the bundled one is used);
        a broken symbolic link there is its own, to be reported, not replaced."""
        return self.taxonomy_file.exists() or self.taxonomy_file.is_symlink()

    @property
    def policy_taxonomy_file(self) -> Path:
        """The taxonomy in force: the inventory's own, else the one shipped with the package."""
        return self.taxonomy_file if self.has_own_policy else BUNDLED_TAXONOMY

    @property
    def gitignore_file(self) -> Path:
        """.gitignore: keeps the database, caches and lock files out of the repository."""
        return self.root / GITIGNORE_FILE

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
        """Every fields/*.yaml (and *.yml), in name order; fields/ being a file is a DeclarationError
        (silently reading no registration would report every field unregistered)."""
        if not self.fields_dir.is_dir():
            if self.fields_dir.exists() or self.fields_dir.is_symlink():
                from laci_audit.errors import DeclarationError

                raise DeclarationError(self.fields_dir, None, "must be a folder of registration files (*.yaml)")
            return []
        return sorted([*self.fields_dir.glob("*.yaml"), *self.fields_dir.glob("*.yml")])
