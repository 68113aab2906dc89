"""The audit: compare scanned fields, registrations and the policy, and list the gaps as findings.

Each rule is a small function that yields Findings; RULES documents their ids and severities.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from laci_audit.policy.taxonomy import Taxonomy
from laci_audit.records import Finding, Registration
from laci_audit.result import AuditResult, key_of

SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True)
class Rule:
    """A gap the audit looks for: a stable id, a default severity, and what it means."""

    id: str
    severity: str
    title: str
    help: str


RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        Rule("source-unreadable", "error", "A declared source could not be read",
             "Fix the path, file or connection of the source; its fields are not audited until then."),
        Rule("ddl-statement-skipped", "warning", "A statement of a DDL file could not be read",
             "The rest of the file was read. A skipped CREATE or ALTER TABLE (a warning) may hide columns or "
             "keys: check the dialect declared for the source, or rewrite the statement; any other skipped "
             "statement is info."),
        Rule("unregistered-personal", "error", "Personal data that nobody registered",
             "Register the field in inventory/fields/ with its policy categories and purposes."),
        Rule("no-purpose", "error", "Personal data registered without a purpose",
             "Purpose limitation: give the field, its table or its source at least one purpose of section B."),
        Rule("unknown-category", "error", "A registration names a category the policy does not have",
             "Use a collection category of section A of the current policy, or change the policy first."),
        Rule("unknown-purpose", "error", "A registration names a purpose the policy does not have",
             "Use a purpose of section B of the current policy, or change the policy first."),
        Rule("no-category", "warning", "Personal data registered without a category",
             "Say which collection category of section A the field falls under."),
        Rule("partner-missing", "warning", "Data from other sources with no partner recorded",
             "Data under A.3 comes from partners: name them with 'partners' on the field or the source."),
        Rule("stale-registration", "warning", "A registration for a field that no longer exists",
             "Remove the registration, or fix its table or field name."),
        Rule("unregistered", "warning", "A field that nobody registered",
             "Register the field, or mark it 'personal: false' with a reason."),
        Rule("draft-registration", "warning", "A registration the classifier drafted and nobody confirmed yet",
             "Check the draft, then run `laci-audit confirm` or remove its 'draft: true'."),
        Rule("missing-owner", "warning", "A declared source names no owning team",
             "Give the source an 'owner' in sources.yaml: someone must answer for its data."),
        Rule("not-personal-without-reason", "warning", "A registration says 'personal: false' without a reason",
             "Say why the field (or table) holds no personal data with 'reason', so a reviewer can check it."),
        Rule("unused-category", "info", "A policy category that no field uses",
             "The policy promises more than the data shows, or the inventory is incomplete."),
        Rule("contradicted-registration", "error", "A registration that strong evidence contradicts",
             "The field is registered as not personal, or under a category of another kind, but its name or "
             "sampled values say otherwise: check the field and correct its registration."),
        Rule("uncovered-by-policy", "error", "Personal data that no category of the policy covers",
             "The company keeps data (religion, health, biometrics, ...) it never told its users about: "
             "stop collecting it, or change the policy first. UU PDP specific data needs extra care."),
    )
}


# The record of processing (UU PDP Pasal 31): a cell nobody declared is a gap, not a blank.
ROPA_CELLS = {"retention": "retention", "legal_basis": "legal basis", "data_subjects": "data subjects",
              "recipients": "recipients"}
RULES.update({
    f"ropa-missing-{cell.replace('_', '-')}": Rule(
        f"ropa-missing-{cell.replace('_', '-')}", "warning", f"Personal data with no {words} declared",
        f"The record of processing needs the {words} of every personal field: declare '{cell}' on the source, "
        f"the table or the field" + (" ([] when nobody outside the owning team receives it)." if cell == "recipients" else "."),
    )
    for cell, words in ROPA_CELLS.items()
})


def fingerprint(rule: str, *parts: str | None) -> str:
    """A stable id for a finding: the rule and what it is about, never its line or file."""
    # the parts casefolded as one text: casefolding goes character by character, so it is the same text
    text = f"{rule}\x1f" + "\x1f".join([p or "" for p in parts]).casefold() if parts else rule
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def run_rules(result: AuditResult) -> list[Finding]:
    """All findings of all rules, ordered by severity, then place."""
    findings: list[Finding] = []
    for rule_function in (
        source_unreadable, skipped_statements, missing_owners, unregistered_fields, registration_problems,
        stale_registrations,
        unknown_declared_purposes, unused_categories, draft_registrations, contradicted_registrations,
        uncovered_by_policy, ropa_gaps,
    ):
        findings.extend(rule_function(result))
    order = {severity: rank for rank, severity in enumerate(SEVERITIES)}
    findings.sort(key=lambda f: (order[f.severity], f.rule, f.source or "", f.table or "", f.field or ""))
    return findings


def _finding(rule_id: str, message: str, *fingerprint_parts: str | None, **location) -> Finding:
    rule = RULES[rule_id]
    return Finding(rule_id, rule.severity, message, fingerprint(rule_id, *fingerprint_parts), **location)


def source_unreadable(result: AuditResult) -> Iterator[Finding]:
    """Sources whose scan failed, wholly or partly."""
    for scan in result.unreadable_scans():
        source = scan.source
        yield _finding(
            "source-unreadable", f"Source '{source.name}' ({source.kind}) could not be read: {scan.error}",
            source.name, source=source.name, file=source.declared_in, line=source.line,
        )


def skipped_statements(result: AuditResult) -> Iterator[Finding]:
    """Statements of DDL files that could not be read: a warning when they may hide columns or keys."""
    for scan in result.scans:
        seen: dict[tuple[str, str], int] = {}
        for skipped in scan.skipped:
            ordinal = seen[(skipped.file, skipped.statement)] = seen.get((skipped.file, skipped.statement), 0) + 1
            finding = _finding(
                "ddl-statement-skipped",
                f"{skipped.statement} statement at {skipped.file}:{skipped.line} skipped: {skipped.reason}; "
                "the rest of the file was read",
                skipped.source, skipped.file, skipped.statement, str(ordinal),
                source=skipped.source, file=skipped.file, line=skipped.line,
            )
            yield finding if skipped.may_hide_fields else replace(finding, severity="info")


def missing_owners(result: AuditResult) -> Iterator[Finding]:
    """Sources declared without an owning team."""
    for source in result.declarations.sources.values():
        if not source.owner:
            yield _finding(
                "missing-owner", f"Source '{source.name}' names no owner: which team answers for its data?",
                source.name, source=source.name, file=source.declared_in, line=source.line,
            )


def _where(registration: Registration) -> dict:
    """A registration's place for a finding: a whole table's has no field."""
    return dict(source=registration.source, table=registration.table, field=registration.field or None,
                file=registration.file, line=registration.line)


def unregistered_fields(result: AuditResult) -> Iterator[Finding]:
    """Fields with no registration: personal ones by the classifier's judgement, and the rest
    (the one rule that speaks of every field of an unregistered estate: kept lean)."""
    registrations, suggestions = result.registrations_by_key, result.suggestions
    label = _remembered(result.taxonomy.label)
    labels = _remembered(lambda categories: ", ".join(f"{c} ({label(c)})" for c in categories))
    personal, other = RULES["unregistered-personal"], RULES["unregistered"]
    folded_source = _remembered(str.casefold)
    for key, found in result.keyed_fields():
        if key in registrations:
            continue
        suggestion = suggestions.get(key)
        if suggestion and suggestion.personal:
            rule = personal
            looks_like = labels(suggestion.categories) or suggestion.uncovered or "personal data"
            message = f"{found.table}.{found.name} looks like {looks_like}, but nobody registered it"
        else:
            rule = other
            message = f"{found.table}.{found.name} is not registered"
        # fingerprint(rule.id, source, table, name), from the key's casefolded names
        text = f"{rule.id}\x1f{folded_source(found.source)}\x1f{key[1]}\x1f{key[2]}"
        yield Finding(rule.id, rule.severity, message, hashlib.sha256(text.encode("utf-8")).hexdigest()[:16],
                      found.source, found.table, found.name, found.file, found.line)


def registration_problems(result: AuditResult) -> Iterator[Finding]:
    """Registrations (of fields and of whole tables) naming ids the policy lacks, 'not personal'
    without a reason, or personal data without category, purpose or partner."""
    taxonomy = result.taxonomy
    declarations = result.declarations
    is_category = _remembered(taxonomy.is_category)
    is_purpose = _remembered(taxonomy.is_purpose)
    section_of = _remembered(taxonomy.section_of)
    for registration in result.declared_registrations:
        wrong_categories = [c for c in registration.categories if not is_category(c)]
        wrong_purposes = [p for p in registration.purposes if not is_purpose(p)]
        from_partners = [c for c in registration.categories if section_of(c) == "from_partners"]
        if registration.personal:
            problems = (wrong_categories or wrong_purposes or not registration.categories
                        or not result.has_policy_purpose(registration) or from_partners)
        else:
            problems = wrong_categories or wrong_purposes or not registration.reason
        if not problems:  # most registrations: nothing to build
            continue
        where = _where(registration)
        name = registration.name
        parts = (registration.source, registration.table, registration.field or None)
        for category in wrong_categories:
            yield _finding(
                "unknown-category",
                f"{name} is registered under '{category}', which policy {taxonomy.version} does not have",
                *parts, category, **where,
            )
        for purpose in wrong_purposes:
            yield _finding(
                "unknown-purpose",
                f"{name} is registered for purpose '{purpose}', which policy {taxonomy.version} does not have",
                *parts, purpose, **where,
            )
        if not registration.personal:
            if not registration.reason:
                yield _finding(
                    "not-personal-without-reason",
                    f"{name} is registered as not personal data, but no 'reason' says why", *parts, **where,
                )
            continue
        if not registration.categories:
            yield _finding(
                "no-category", f"{name} is registered as personal data but names no category", *parts, **where,
            )
        if not result.has_policy_purpose(registration):
            yield _finding(
                "no-purpose",
                f"{name} holds personal data but has no purpose of the policy (field, table or source)",
                *parts, **where,
            )
        source = declarations.sources[registration.source]
        if from_partners and not (registration.partners or source.partners):
            yield _finding(
                "partner-missing",
                f"{name} holds {', '.join(from_partners)} (data from other sources) but no partner is recorded",
                *parts, **where,
            )


def _remembered(function: Callable[[str], Any]) -> Callable[[str], Any]:
    """function of one id, each id's answer worked out once (a policy has a few dozen ids)."""
    answers: dict[str, Any] = {}

    def answer(item_id: str) -> Any:
        if item_id not in answers:
            answers[item_id] = function(item_id)
        return answers[item_id]

    return answer


def stale_registrations(result: AuditResult) -> Iterator[Finding]:
    """Registrations for fields, or whole tables, the (readable) source no longer has."""
    for registration in result.declared_registrations:
        if registration.source in result.unreadable_sources:
            continue
        if registration.from_table:
            if (registration.source, registration.table.casefold()) in result.scanned_tables:
                continue
            message = (f"table {registration.table} is registered but source '{registration.source}' "
                       f"has no such table")
        elif key_of(registration) not in result.scanned_keys:
            message = (f"{registration.table}.{registration.field} is registered but source "
                       f"'{registration.source}' has no such field")
        else:
            continue
        yield _finding("stale-registration", message, registration.source, registration.table,
                       registration.field or None, **_where(registration))


def unknown_declared_purposes(result: AuditResult) -> Iterator[Finding]:
    """Default purposes of sources and tables that the policy does not have."""
    taxonomy = result.taxonomy
    for source in result.declarations.sources.values():
        for purpose in source.purposes:
            if not taxonomy.is_purpose(purpose):
                yield _finding(
                    "unknown-purpose",
                    f"Source '{source.name}' gives its fields purpose '{purpose}', which policy "
                    f"{taxonomy.version} does not have",
                    source.name, None, None, purpose, source=source.name, file=source.declared_in, line=source.line,
                )
    reported = set()
    for registration in result.declared_registrations:
        table = (registration.source, registration.table.casefold())
        for purpose in registration.table_purposes:
            if not taxonomy.is_purpose(purpose) and (table, purpose) not in reported:
                reported.add((table, purpose))
                yield _finding(
                    "unknown-purpose",
                    f"Table '{registration.table}' gives its fields purpose '{purpose}', which policy "
                    f"{taxonomy.version} does not have",
                    registration.source, registration.table, None, purpose,
                    source=registration.source, table=registration.table, file=registration.file,
                )


def unused_categories(result: AuditResult) -> Iterator[Finding]:
    """Policy categories that no confirmed registration in force (an existing field, or one of a
    source that could not be read) falls under: a draft covers nothing."""
    used = {category for registration in result.registrations_in_force if not registration.draft
            for category in registration.categories}
    for category in result.taxonomy.categories():
        if category.id not in used:
            yield _finding(
                "unused-category",
                f"No field is registered under {category.id} ({category.label_en or category.text})",
                category.id, file=result.taxonomy.text_path or None,
            )


def draft_registrations(result: AuditResult) -> Iterator[Finding]:
    """Registrations still marked 'draft: true': written by the classifier, not yet confirmed by a person."""
    for registration in result.declared_registrations:
        if registration.draft:
            yield _finding(
                "draft-registration", f"{registration.name} is a draft registration: confirm it or correct it",
                registration.source, registration.table, registration.field or None, **_where(registration),
            )


STRONG_EVIDENCE = 0.85


def contradicted_registrations(result: AuditResult) -> Iterator[Finding]:
    """Registrations that strong evidence contradicts: 'not personal' for what the name or the
    sampled values show is personal, or categories of another part of the policy (data the user
    gives, A.1, against data recorded while they use the site, A.2) than sampled values show.
    A table's registration is judged field by field."""
    for key, registration in result.registrations_by_key.items():
        suggestion = result.suggestions.get(key)
        if key not in result.scanned_keys or suggestion is None or not suggestion.personal:
            continue
        if suggestion.confidence < STRONG_EVIDENCE:
            continue
        name = f"{registration.table}.{registration.field}"
        evidence = "; ".join(suggestion.evidence[:1] + tuple(e for e in suggestion.evidence if e.startswith("values:")))
        if not registration.personal:
            kind = ", ".join(suggestion.categories) or suggestion.uncovered
            message = f"{name} is registered as not personal, but looks like {kind} ({evidence})"
        elif suggestion.values_convincing and _other_part_of_policy(result.taxonomy, registration.categories,
                                                                     suggestion.categories):
            message = (f"{name} is registered under {', '.join(registration.categories)}, but looks like "
                       f"{', '.join(suggestion.categories)} ({evidence})")
        else:
            continue
        yield _finding(
            "contradicted-registration", message, registration.source, registration.table, registration.field,
            source=registration.source, table=registration.table, field=registration.field,
            file=registration.file, line=registration.line,
        )


def _other_part_of_policy(taxonomy: Taxonomy, registered: tuple[str, ...], suggested: tuple[str, ...]) -> bool:
    """True when no registered category shares the suggestion's part of section A (A.1, A.2),
    leaving data from partners (A.3), which can be of any kind, alone."""
    if not registered or not suggested or any(taxonomy.section_of(c) == "from_partners" for c in registered):
        return False
    parts = {taxonomy.section_of(category) for category in registered}
    return taxonomy.section_of(suggested[0]) not in parts and not set(registered) & set(suggested)


def uncovered_by_policy(result: AuditResult) -> Iterator[Finding]:
    """Fields that hold personal data no category of the policy covers (religion, health, ...),
    unless they are registered as not personal (contradicted-registration speaks to those)."""
    for key, found in result.keyed_fields():
        suggestion = result.suggestions.get(key)
        if suggestion is None or not suggestion.uncovered:
            continue
        registration = result.registrations_by_key.get(key)
        if registration is not None and not registration.personal:
            continue
        specific = " (UU PDP specific data)" if suggestion.sensitive else ""
        yield _finding(
            "uncovered-by-policy",
            f"{found.table}.{found.name} looks like {suggestion.uncovered}{specific}, which no category of "
            f"policy {result.taxonomy.version} covers",
            found.source, found.table, found.name,
            source=found.source, table=found.table, field=found.name, file=found.file, line=found.line,
        )


def ropa_gaps(result: AuditResult) -> Iterator[Finding]:
    """Per table, the record-of-processing cells that no personal field's declarations fill."""
    missing: dict[tuple[str, str, str], list[Registration]] = {}
    for registration in result.registrations_in_force:
        processing = result.processing_of(registration)
        for cell in ROPA_CELLS:
            value = getattr(processing, cell)
            if value is None or (value == () and cell != "recipients"):
                missing.setdefault((cell, registration.source, registration.table), []).append(registration)
    for (cell, source, table), registrations in missing.items():
        rule = f"ropa-missing-{cell.replace('_', '-')}"
        first = registrations[0]
        names = ", ".join(r.field for r in registrations[:4]) + (", ..." if len(registrations) > 4 else "")
        yield _finding(
            rule, f"{table}: {ROPA_CELLS[cell]} unknown for {len(registrations)} personal fields ({names}); "
                  f"declare '{cell}' on source '{source}', the table or the fields",
            source, table, source=source, table=table, file=first.file, line=first.line,
        )
