"""Annotate: walk the unregistered fields one by one and register each answer at once.

The walk talks to the person through `ask(prompt, kind)`, `say(text)` and `describe(field, ...)`
(reports/prompts.py has them for a terminal, with completion of policy ids, and for plain standard
input), so this module decides and writes but never renders. Every answer is written before the next question: quitting or Ctrl-C
loses nothing already answered.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from laci_audit.answers.suggest import field_suggestions
from laci_audit.classify import Suggestion
from laci_audit.errors import RegistrationError
from laci_audit.inventory.registry import RegistrationRequest, register_field
from laci_audit.policy.taxonomy import Taxonomy
from laci_audit.records import Field
from laci_audit.result import AuditResult

ANSWER_PROMPT = "answer> "
REASON_PROMPT = "reason (not personal; Enter or q: back)> "
# Answers at the reason prompt that take the person back to the field's question, writing nothing.
CANCEL_REASON = {"", "q"}
Ask = Callable[[str, str], str]
Say = Callable[[object], None]  # a line of text, or what describe gave
Describe = Callable[[Field, Suggestion, Taxonomy, str], object]  # the field as the person sees it


@dataclass(frozen=True)
class Answer:
    """What the person said about one field: register, not-personal, skip or quit."""

    action: str
    categories: tuple[str, ...] = ()
    purposes: tuple[str, ...] = ()


@dataclass
class AnnotateSummary:
    """How a walk went: answers saved, fields skipped and left, and whether it was interrupted."""

    registered: int = 0
    not_personal: int = 0
    skipped: int = 0
    left: int = 0
    interrupted: bool = False

    def describe(self) -> str:
        """One line for the end of the walk."""
        stop = "interrupted; " if self.interrupted else ""
        return (f"{stop}{self.registered} registered, {self.not_personal} not personal, "
                f"{self.skipped} skipped, {self.left} left")


@dataclass(frozen=True)
class Pending:
    """The fields left to annotate, with the classifier's suggestions, and sources that could not be read."""

    taxonomy: Taxonomy
    fields: list[tuple[Field, Suggestion]]
    unreadable: list[str]


def pending_fields(result: AuditResult) -> Pending:
    """The audited fields nobody registered, with the classifier's suggestion, and the sources that could not be read."""
    unreadable = [f"source '{scan.source.name}' could not be read: {scan.error}" for scan in result.unreadable_scans()]
    return Pending(result.taxonomy, [(row.field, row.suggestion) for row in field_suggestions(result)], unreadable)


def parse_answer(text: str, suggestion: Suggestion, taxonomy: Taxonomy) -> Answer:
    """Read one answer: Enter (the suggestion), policy ids (A.x and B.x), n, s or q."""
    words = text.replace(",", " ").split()
    if not words:
        if not suggestion.personal:
            return Answer("not-personal")
        categories = suggested_categories(suggestion, taxonomy)
        if not categories:
            raise RegistrationError("the suggestion names no category of this policy: type ids (A.x), or n")
        return Answer("register", categories)
    if len(words) == 1 and words[0].lower() in {"n", "s", "q"}:
        return Answer({"n": "not-personal", "s": "skip", "q": "quit"}[words[0].lower()])
    categories = tuple(w for w in words if taxonomy.is_category(w))
    purposes = tuple(w for w in words if taxonomy.is_purpose(w))
    unknown = [w for w in words if w not in categories and w not in purposes]
    if unknown:
        raise RegistrationError(f"not a category or purpose of the policy: {', '.join(unknown)} (Tab completes ids)")
    if not categories:
        raise RegistrationError("name at least one category (A.x); purposes (B.x) are optional")
    return Answer("register", categories, purposes)


def suggested_categories(suggestion: Suggestion, taxonomy: Taxonomy) -> tuple[str, ...]:
    """The suggestion's categories that the policy has: what Enter registers."""
    return tuple(c for c in suggestion.categories if taxonomy.is_category(c))


def annotate_fields(
    inventory_dir: Path, pending: Iterable[tuple[Field, Suggestion]], taxonomy: Taxonomy, ask: Ask, say: Say,
    describe: Describe,
) -> AnnotateSummary:
    """Ask about each pending field (shown by describe) and save every answer at once; q, end of
    input or Ctrl-C stops."""
    pending = list(pending)
    summary = AnnotateSummary()
    for number, (found, suggestion) in enumerate(pending, start=1):
        summary.left = len(pending) - number + 1
        say(describe(found, suggestion, taxonomy, f"[{number}/{len(pending)}]"))
        try:
            action, request = _ask_about(found, suggestion, taxonomy, ask, say)
        except EOFError:
            return summary
        except KeyboardInterrupt:
            summary.interrupted = True
            return summary
        if action == "quit":
            return summary
        if request is None:
            summary.skipped += 1
            continue
        change = register_field(inventory_dir, found.source, request)
        say(f"  saved {change.describe()}")
        summary.registered += request.personal
        summary.not_personal += not request.personal
    summary.left = 0
    return summary


def _ask_about(
    found: Field, suggestion: Suggestion, taxonomy: Taxonomy, ask: Ask, say: Say
) -> tuple[str, RegistrationRequest | None]:
    """Ask until the answer is valid: the action, and the registration to write (None for skip and quit)."""
    while True:
        try:
            answer = parse_answer(ask(ANSWER_PROMPT, "ids"), suggestion, taxonomy)
        except RegistrationError as exc:
            say(f"  {exc}")
            continue
        if answer.action in ("skip", "quit"):
            return answer.action, None
        if answer.action == "register":
            return answer.action, RegistrationRequest(found.table, found.name, answer.categories, answer.purposes or None)
        reason = ask(REASON_PROMPT, "text").strip()
        if reason.lower() in CANCEL_REASON:
            say("  back: nothing saved for this field (q now saves and quits)")
            continue
        return answer.action, RegistrationRequest(found.table, found.name, personal=False, reason=reason)


