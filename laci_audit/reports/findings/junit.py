"""JUnit XML for CI test tabs: one test case per rule, one failure per finding that fails the gate.

New findings below the threshold and the count of accepted ones go to the test case's
system-out; a rule turned off in the config is a skipped test case.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree

from laci_audit.audit.gate import OFF, GateResult
from laci_audit.audit.rules import RULES
from laci_audit.reports.escape import printable
from laci_audit.reports.findings.lines import finding_line


def render(gate: GateResult) -> str:
    """The gate's verdict per rule as a JUnit XML document."""
    failing = gate.failing
    suites = ElementTree.Element("testsuites", name="laci-audit check")
    suite = ElementTree.SubElement(suites, "testsuite", name="laci-audit check")
    skipped = 0
    for rule in RULES.values():
        case = ElementTree.SubElement(suite, "testcase", classname="laci-audit", name=rule.id, time="0")
        if gate.config.severity_of(rule.id) == OFF:
            skipped += 1
            ElementTree.SubElement(case, "skipped", message=f"turned off in {gate.config.path or 'the config'}")
            continue
        for finding in (f for f in failing if f.rule == rule.id):
            failure = ElementTree.SubElement(case, "failure", type=finding.severity, message=finding.message)
            failure.text = f"{finding_line(finding)}\nfield: {finding.location}\nfix: {rule.help}"
        out = _system_out(gate, rule.id, failing)
        if out:
            ElementTree.SubElement(case, "system-out").text = out
    counts = {"tests": len(RULES), "failures": len(failing), "errors": 0, "skipped": skipped,
              "time": f"{gate.seconds:.3f}"}
    for element in (suites, suite):
        for key, value in counts.items():
            element.set(key, str(value))
    ElementTree.indent(suites)
    # XML 1.0 cannot hold most control characters at all: escaped, the document parses
    return printable(ElementTree.tostring(suites, encoding="unicode", xml_declaration=True), keep="\n") + "\n"


def _system_out(gate: GateResult, rule_id: str, failing: list) -> str:
    failing_ids = {id(f) for f in failing}
    below = [finding_line(f) for f in gate.new if f.rule == rule_id and id(f) not in failing_ids]
    accepted = sum(f.rule == rule_id for f in gate.accepted)
    lines = [f"below the threshold ({gate.fail_on}): {line}" for line in below]
    if accepted:
        lines.append(f"{accepted} accepted by the baseline")
    return "\n".join(lines)
