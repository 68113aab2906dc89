"""SARIF 2.1.0 for code scanning: the rules with their help, and each finding at its file and line.

Locations are relative to the repository root, so a code scanning service annotates the line of
the pull request that defines the column. Findings accepted by the baseline are kept, marked
suppressed with baselineState "unchanged"; new ones have baselineState "new".
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

from laci_audit import __version__
from laci_audit.audit.gate import OFF, GateResult
from laci_audit.audit.rules import RULES
from laci_audit.records import Finding

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
FINGERPRINT_KEY = "laciAuditFingerprint/v1"
LEVELS = {"error": "error", "warning": "warning", "info": "note", OFF: "none"}


def render(gate: GateResult, root: Path | None = None) -> str:
    """The gate's findings as a SARIF 2.1.0 log (JSON text); paths relative to root (default: cwd).
    Indented, but each result on one line written by json's C encoder (with `indent` json falls
    back to its pure-Python encoder: seconds for 100,000 findings)."""
    log = sarif_log(gate, root or Path.cwd())
    [run] = log["runs"]
    results, run["results"] = run["results"], []
    head, empty, tail = json.dumps(log, indent=2, ensure_ascii=False).rpartition('"results": []')
    if not results:
        return head + empty + tail + "\n"
    lines = ",\n        ".join(json.dumps(result, ensure_ascii=False) for result in results)
    return f'{head}"results": [\n        {lines}\n      ]{tail}\n'  # results: the run's last key, the log's last run


def sarif_log(gate: GateResult, root: Path) -> dict:
    """The SARIF log as a dict: one run, the rules, then every finding."""
    rule_ids = list(RULES)
    accepted = {id(finding) for finding in gate.accepted}
    uris: dict[str, str] = {}  # a file's URI, worked out once however many findings it has

    def uri(file: str) -> str:
        if file not in uris:
            uris[file] = artifact_uri(file, root)
        return uris[file]

    results = [_result(f, rule_ids.index(f.rule), id(f) in accepted, gate, uri) for f in gate.findings]
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [{
            "tool": {"driver": {
                "name": "laci-audit",
                "version": __version__,
                "rules": [_rule_descriptor(rule_id, gate) for rule_id in rule_ids],
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def _rule_descriptor(rule_id: str, gate: GateResult) -> dict:
    rule = RULES[rule_id]
    severity = gate.config.severity_of(rule_id)
    return {
        "id": rule.id,
        "name": "".join(word.capitalize() for word in rule.id.split("-")),
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": f"{rule.title}. {rule.help}"},
        "help": {"text": rule.help, "markdown": f"**{rule.title}.** {rule.help}"},
        "defaultConfiguration": {"level": LEVELS[severity], "enabled": severity != OFF},
        "properties": {"tags": ["privacy", "uu-pdp"], "laci-audit/default-severity": rule.severity},
    }


def _result(finding: Finding, rule_index: int, accepted: bool, gate: GateResult, uri: Callable[[str], str]) -> dict:
    result = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "partialFingerprints": {FINGERPRINT_KEY: finding.fingerprint},
        "baselineState": "unchanged" if accepted else "new",
    }
    location = _location(finding, uri)
    if location:
        result["locations"] = [location]
    if accepted:
        baseline = gate.baseline.path if gate.baseline else "the baseline"
        result["suppressions"] = [{"kind": "external", "status": "accepted",
                                   "justification": f"accepted in {baseline}"}]
    return result


def _location(finding: Finding, uri: Callable[[str], str]) -> dict | None:
    place = finding.location
    location: dict = {}
    if finding.file:
        physical: dict = {"artifactLocation": {"uri": uri(finding.file)}}
        if finding.line:
            physical["region"] = {"startLine": finding.line}
        location["physicalLocation"] = physical
    if place:
        location["logicalLocations"] = [{"fullyQualifiedName": place, "kind": "member" if finding.field else "type"}]
    return location or None


def artifact_uri(file: str, root: Path) -> str:
    """A file as a URI reference relative to root, or an absolute file URI when outside it."""
    path = Path(file)
    absolute = Path(os.path.abspath(path if path.is_absolute() else Path.cwd() / path))
    try:
        return quote(absolute.relative_to(Path(os.path.abspath(root))).as_posix())
    except ValueError:
        return absolute.as_uri()
