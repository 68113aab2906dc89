"""Coverage for the privacy officer: per source, per owning team and per policy category, how
many fields there are, how many are registered, how many hold personal data and how many of
those have a purpose. Worst first. A draft registration (the classifier's, not confirmed) is
counted apart: it is not registered, gives no purpose and covers no category."""

from __future__ import annotations

from dataclasses import dataclass

from laci_audit.result import AuditResult

DIMENSIONS = ("source", "owner", "category")


@dataclass(frozen=True)
class CoverageLine:
    """Counts for one source, owner or category."""

    dimension: str
    name: str
    label: str
    fields: int
    registered: int
    personal: int
    with_purpose: int
    unreadable: bool = False
    drafts: int = 0  # fields whose registration is a draft: not counted as registered

    @property
    def registered_text(self) -> str:
        """The registered count as reports show it: '240', or '240 (+35 drafts)'."""
        return f"{self.registered} (+{self.drafts} draft{'s' if self.drafts != 1 else ''})" if self.drafts \
            else str(self.registered)

    @property
    def registered_share(self) -> float:
        """Share of fields that are registered (1.0 when there are none)."""
        return self.registered / self.fields if self.fields else 1.0

    @property
    def purpose_share(self) -> float:
        """Share of personal fields that have a purpose (1.0 when there are none)."""
        return self.with_purpose / self.personal if self.personal else 1.0


def coverage_lines(result: AuditResult) -> dict[str, list[CoverageLine]]:
    """Coverage per source, per owner and per category, each list worst first."""
    by_source = _by_source(result)
    return {
        "source": _worst_first(by_source),
        "owner": _worst_first(_by_owner(by_source)),
        "category": _worst_first(_by_category(result)),
    }


def _by_source(result: AuditResult) -> list[CoverageLine]:
    """Per source: fields, registered, personal (registered so, or judged so when unregistered),
    and personal fields with a purpose."""
    lines = []
    for scan in result.scans:
        counts = [0, 0, 0]
        drafts = 0
        for found in scan.fields:
            registration = result.registration_of(found)
            if registration is not None and registration.draft:
                drafts += 1
                counts[1] += registration.personal
            elif registration is not None:
                counts[0] += 1
                if registration.personal:
                    counts[1] += 1
                    counts[2] += result.has_policy_purpose(registration)
            else:
                suggestion = result.suggestion_of(found)
                counts[1] += bool(suggestion and suggestion.personal)
        lines.append(CoverageLine("source", scan.source.name, scan.source.owner_label, len(scan.fields), *counts,
                                  unreadable=scan.error is not None, drafts=drafts))
    return lines


def _worst_first(lines: list[CoverageLine]) -> list[CoverageLine]:
    """Unreadable first (nothing about them is known), then what has no field at all (a policy
    category no field uses), then by registered share, then purpose share."""
    return sorted(lines, key=lambda line: (not line.unreadable, line.fields > 0, line.registered_share,
                                           line.purpose_share, -line.fields, line.name))


def _by_owner(by_source: list[CoverageLine]) -> list[CoverageLine]:
    totals: dict[str, list] = {}
    for line in by_source:
        entry = totals.setdefault(line.label, [[], 0, 0, 0, 0, 0, False])
        entry[0].append(line.name)
        for index, count in enumerate((line.fields, line.registered, line.personal, line.with_purpose, line.drafts),
                                      start=1):
            entry[index] += count
        entry[6] = entry[6] or line.unreadable
    return [CoverageLine("owner", owner, ", ".join(sources), fields, registered, personal, with_purpose,
                         unreadable, drafts)
            for owner, (sources, fields, registered, personal, with_purpose, drafts, unreadable) in totals.items()]


def _by_category(result: AuditResult) -> list[CoverageLine]:
    """Fields registered under each category, plus unregistered fields the classifier puts there and
    fields a draft puts there (counted as drafts, not as registered)."""
    counts = {item.id: [0, 0, 0, 0] for item in result.taxonomy.categories()}
    for found in result.fields():
        registration = result.registration_of(found)
        if registration is not None and registration.draft:
            for category in dict.fromkeys(registration.categories):
                if category in counts:
                    counts[category][0] += 1
                    counts[category][3] += 1
        elif registration is not None:
            has_purpose = result.has_policy_purpose(registration)
            for category in dict.fromkeys(registration.categories):
                if category in counts:
                    counts[category][0] += 1
                    counts[category][1] += 1
                    counts[category][2] += has_purpose
        else:
            suggestion = result.suggestion_of(found)
            for category in dict.fromkeys(suggestion.categories if suggestion and suggestion.personal else ()):
                if category in counts:
                    counts[category][0] += 1
    return [
        CoverageLine("category", category, result.taxonomy.items[category].label_en, fields, registered_count,
                     fields, with_purpose, drafts=drafts)
        for category, (fields, registered_count, with_purpose, drafts) in counts.items()
    ]

