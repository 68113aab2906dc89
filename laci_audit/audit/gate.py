"""The CI gate behind `laci-audit check`: rule severities from config, the baseline, the
threshold, and the exit code. The audit itself is engine.audit_inventory; nothing here scans.

Exit codes: 0 no new finding reaches the threshold, 1 one does, 2 bad input or usage.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from laci_audit.audit.baseline import Baseline, BaselineEntry
from laci_audit.audit.rules import RULES, SEVERITIES
from laci_audit.errors import LocatedError
from laci_audit.inventory.layout import InventoryFolder
from laci_audit.records import Finding
from laci_audit.result import AuditResult

OFF = "off"
KEEP_SCANS = 10  # scans of plain audits kept in the default database, unless `history: {keep: N}` says otherwise
CONFIG_KEYS = ("organisation", "history", "rules")
EXIT_PASSED, EXIT_FAILED = 0, 1
_RANK = {severity: rank for rank, severity in enumerate(SEVERITIES)}


class ConfigError(LocatedError):
    """The gate's config file (laci-audit.yaml) is malformed."""


@dataclass(frozen=True)
class GateConfig:
    """The inventory's laci-audit.yaml: rule severities where they differ from the defaults in
    audit.RULES, how many scans of plain audits the database keeps, the organisation's name."""

    severities: dict[str, str] = field(default_factory=dict)
    path: str | None = None
    keep_scans: int = KEEP_SCANS
    organisation: str = ""  # whose data this is, for the reports' titles ('' when not configured)

    def severity_of(self, rule: str) -> str:
        """The rule's severity here: configured, else its default; "off" when turned off."""
        return self.severities.get(rule, RULES[rule].severity)


def load_config(path: Path) -> GateConfig:
    """Read a config file such as `organisation: LaciMartKTUM`, `history: {keep: 20}` and
    `rules: {unregistered: info, unused-category: off}`."""
    from laci_audit.fileio import display_path
    from laci_audit.yamlio import line_of, read_yaml

    document = read_yaml(path, ConfigError)
    if document is None:
        return GateConfig(path=display_path(path))
    if not isinstance(document, dict):
        raise ConfigError(path, line_of(document), "expected a mapping with a 'rules' mapping")
    for key in document:
        if key not in CONFIG_KEYS:
            raise ConfigError(path, line_of(document, key), f"unknown key {key!r} (expected: {', '.join(CONFIG_KEYS)})")
    organisation = document.get("organisation") or ""
    if not isinstance(organisation, str):
        raise ConfigError(path, line_of(document, "organisation"), "'organisation' must be a name")
    return GateConfig(_severities(path, document), display_path(path), _keep_scans(path, document),
                      organisation.strip())


def _severities(path: Path, document: dict) -> dict[str, str]:
    from laci_audit.yamlio import line_of

    rules = document.get("rules") or {}
    if not isinstance(rules, dict):
        raise ConfigError(path, line_of(document, "rules"), "'rules' must map rule ids to error, warning, info or off")
    allowed = (*SEVERITIES, OFF)
    severities = {}
    for rule, severity in rules.items():
        if rule not in RULES:
            raise ConfigError(path, line_of(rules, rule), f"unknown rule {rule!r} (known: {', '.join(RULES)})")
        if severity not in allowed:
            raise ConfigError(
                path, line_of(rules, rule), f"rule {rule!r}: severity {severity!r} is not one of {', '.join(allowed)}"
            )
        severities[rule] = severity
    return severities


def _keep_scans(path: Path, document: dict) -> int:
    from laci_audit.yamlio import line_of

    history = document.get("history") or {}
    if not isinstance(history, dict) or set(history) - {"keep"}:
        raise ConfigError(path, line_of(document, "history"), "'history' must be a mapping such as {keep: 10}")
    keep = history.get("keep", KEEP_SCANS)
    if isinstance(keep, bool) or not isinstance(keep, int) or keep < 1:
        raise ConfigError(path, line_of(history, "keep") if "keep" in history else line_of(document, "history"),
                          f"history.keep: {keep!r} is not a whole number of scans, 1 or more")
    return keep


def find_config(inventory_dir: Path, config_path: Path | None = None) -> GateConfig:
    """The config named on the command line, else inventory/laci-audit.yaml if there is one."""
    if config_path is not None:
        if not config_path.is_file():
            raise ConfigError(config_path, None, "no such config file")
        return load_config(config_path)
    default = InventoryFolder(inventory_dir).config_file
    return load_config(default) if default.is_file() else GateConfig()


def apply_config(findings: list[Finding], config: GateConfig) -> list[Finding]:
    """The findings with their configured severities; rules turned off are left out."""
    configured = []
    for finding in findings:
        severity = config.severity_of(finding.rule)
        if severity == OFF:
            continue
        configured.append(finding if severity == finding.severity else replace(finding, severity=severity))
    return configured


def reaches(severity: str, threshold: str) -> bool:
    """Whether a severity is at or above the threshold (error > warning > info)."""
    return _RANK[severity] <= _RANK[threshold]


@dataclass
class GateResult:
    """What the gate decided, and everything a report needs to say why."""

    audit: AuditResult
    config: GateConfig
    fail_on: str
    findings: list[Finding]
    new: list[Finding]
    accepted: list[Finding]
    unmatched: list[BaselineEntry]
    baseline: Baseline | None = None
    seconds: float = 0.0

    @property
    def failing(self) -> list[Finding]:
        """New findings at or above the threshold: the reasons the gate fails."""
        return [finding for finding in self.new if reaches(finding.severity, self.fail_on)]

    @property
    def passed(self) -> bool:
        """Whether no new finding reaches the threshold."""
        return not self.failing

    @property
    def exit_code(self) -> int:
        """0 when the gate passes, 1 when it fails."""
        return EXIT_PASSED if self.passed else EXIT_FAILED


def judge(result: AuditResult, config: GateConfig, baseline: Baseline | None, fail_on: str) -> GateResult:
    """Apply the config and the baseline to an audit's findings; new ones come first by severity."""
    if fail_on not in _RANK:
        raise ValueError(f"fail_on must be one of {', '.join(SEVERITIES)}, not {fail_on!r}")
    findings = apply_config(result.findings, config)
    accepted = [f for f in findings if baseline is not None and baseline.accepts(f)]
    accepted_ids = {id(f) for f in accepted}
    new = sorted((f for f in findings if id(f) not in accepted_ids),
                 key=lambda f: (_RANK[f.severity], f.file or "", f.line or 0, f.rule))
    unmatched = baseline.unmatched(findings) if baseline is not None else []
    return GateResult(result, config, fail_on, findings, new, accepted, unmatched, baseline)
