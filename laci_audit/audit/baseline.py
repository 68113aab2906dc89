"""Baselines: the findings a team has accepted, by fingerprint, so the gate fails only on new ones.

A baseline is a JSON file written by `laci-audit baseline write FILE`. Each entry holds the
finding's fingerprint (what is matched) and, to make the file readable in review, its rule,
location and message. Lines are left out on purpose: moving a column must not change the file.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from laci_audit import __version__
from laci_audit.errors import LocatedError
from laci_audit.fileio import read_text
from laci_audit.records import Finding
from laci_audit.yamlio import MAX_INTEGER_DIGITS

BASELINE_FORMAT = 1


class BaselineError(LocatedError):
    """A baseline file that cannot be read."""


@dataclass(frozen=True)
class BaselineEntry:
    """One accepted finding: its fingerprint, and enough context to read it."""

    fingerprint: str
    rule: str
    location: str
    message: str
    file: str | None = None


@dataclass(frozen=True)
class Baseline:
    """The accepted findings of one baseline file, by fingerprint."""

    path: str
    entries: dict[str, BaselineEntry]

    def accepts(self, finding: Finding) -> bool:
        """Whether the finding was accepted when the baseline was written."""
        return finding.fingerprint in self.entries

    def unmatched(self, findings: Iterable[Finding]) -> list[BaselineEntry]:
        """Entries that no current finding matches: fixed, or changed beyond recognition."""
        current = {finding.fingerprint for finding in findings}
        return [entry for fingerprint, entry in self.entries.items() if fingerprint not in current]


def entry_for(finding: Finding) -> BaselineEntry:
    """The baseline entry that accepts a finding."""
    return BaselineEntry(finding.fingerprint, finding.rule, finding.location, finding.message, finding.file)


def baseline_text(findings: Iterable[Finding]) -> str:
    """The baseline file's JSON for these findings, sorted so that rewrites diff cleanly."""
    entries = {entry.fingerprint: entry for entry in map(entry_for, findings)}
    records = [
        {"fingerprint": e.fingerprint, "rule": e.rule, "location": e.location, "file": e.file, "message": e.message}
        for e in sorted(entries.values(), key=lambda e: (e.rule, e.location, e.fingerprint))
    ]
    document = {"laci_audit_baseline": BASELINE_FORMAT, "tool_version": __version__, "findings": records}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def write_baseline(path: Path, findings: Iterable[Finding]) -> int:
    """Write the baseline file (atomically); returns how many findings it accepts."""
    from laci_audit.fileio import write_atomically

    text = baseline_text(findings)
    write_atomically(path, text)
    return len(json.loads(text)["findings"])


def _small_int(digits: str) -> int:
    """A JSON integer of at most MAX_INTEGER_DIGITS digits (Python refuses to read 4,300)."""
    if len(digits.lstrip("-")) > MAX_INTEGER_DIGITS:
        raise ValueError("integer too long")
    return int(digits)


def load_baseline(path: Path) -> Baseline:
    """Read a baseline file; a missing or malformed one raises BaselineError."""
    text = read_text(path, BaselineError, "the baseline")
    try:
        document = json.loads(text, parse_int=_small_int)
    except json.JSONDecodeError as exc:
        raise BaselineError(path, exc.lineno, f"not a baseline: invalid JSON: {exc.msg}") from None
    except ValueError:
        raise BaselineError(path, None, f"not a baseline: an integer of more than {MAX_INTEGER_DIGITS} digits") from None
    except RecursionError:
        raise BaselineError(path, None, "not a baseline: nested too deep") from None
    if not isinstance(document, dict) or document.get("laci_audit_baseline") != BASELINE_FORMAT:
        raise BaselineError(path, None, f"not a baseline written by `laci-audit baseline write` (format {BASELINE_FORMAT})")
    records = document.get("findings")
    if not isinstance(records, list):
        raise BaselineError(path, None, "'findings' must be a list")
    entries = {}
    for number, record in enumerate(records, start=1):
        if not isinstance(record, dict) or not isinstance(record.get("fingerprint"), str):
            raise BaselineError(path, None, f"finding {number} has no fingerprint")
        entries[record["fingerprint"]] = BaselineEntry(
            record["fingerprint"], str(record.get("rule", "")), str(record.get("location", "")),
            str(record.get("message", "")), record.get("file"),
        )
    return Baseline(str(path), entries)
