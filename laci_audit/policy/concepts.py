"""What each item of the policy is, by concept (account data, transaction data, data from
partners, ...): read from laci_audit/data/policy_concepts.yaml, overridden key by key by the
inventory's policy/concepts.yaml. Code asks for a concept and gets the policy's id for it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from laci_audit.errors import PolicyError
from laci_audit.yamlio import line_of, read_package_yaml, read_yaml

CONCEPT_KINDS = ("sections", "categories")


@dataclass(frozen=True)
class PolicyConcepts:
    """Concept name -> policy id, for sections (A.1) and categories (A.1.1)."""

    sections: dict[str, str]
    categories: dict[str, str]
    file: str = ""

    def merged_with(self, other: PolicyConcepts) -> PolicyConcepts:
        """These concepts with other's ids taking precedence."""
        return PolicyConcepts({**self.sections, **other.sections}, {**self.categories, **other.categories},
                              other.file or self.file)


def builtin_concepts() -> PolicyConcepts:
    """The concepts shipped with the package, for the policy as LaciMartKTUM publishes it."""
    return _parse(read_package_yaml("policy_concepts.yaml"), Path("laci_audit/data/policy_concepts.yaml"))


def load_concepts(path: Path) -> PolicyConcepts:
    """The shipped concepts, overridden by the file at path when there is one."""
    concepts = builtin_concepts()
    if not path.is_file():
        return concepts
    return concepts.merged_with(_parse(read_yaml(path, PolicyError), path))


def _parse(document, path: Path) -> PolicyConcepts:
    if document is None:
        return PolicyConcepts({}, {}, str(path))
    if not isinstance(document, dict):
        raise PolicyError(path, line_of(document), "expected a mapping with 'sections' and 'categories'")
    parsed = {}
    for key, mapping in document.items():
        if key not in CONCEPT_KINDS:
            raise PolicyError(path, line_of(document, key), f"unknown key {key!r} (expected: {', '.join(CONCEPT_KINDS)})")
        if not isinstance(mapping, dict) or not all(v is None or isinstance(v, str) for v in mapping.values()):
            raise PolicyError(path, line_of(document, key),
                              f"'{key}' must map concept names to policy ids (account: A.1.1), or to nothing (~)")
        parsed[key] = {str(name): (value or "").strip() for name, value in mapping.items()}
    return PolicyConcepts(parsed.get("sections", {}), parsed.get("categories", {}), str(path))
