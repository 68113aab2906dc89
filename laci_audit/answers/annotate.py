"""Annotate: walk the unregistered fields one by one and register each answer at once.

The walk talks to the person through two functions, `ask(prompt, kind)` and `say(text)`, so the
same loop runs in a terminal (prompt_toolkit, with completion of policy ids and their labels) and
on plain standard input. Every answer is written before the next question: quitting or Ctrl-C
loses nothing already answered.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from prompt_toolkit import PromptSession
from prompt_toolkit.completion import Completer, Completion

from laci_audit.answers.suggest import field_suggestions
from laci_audit.classify import Suggestion
from laci_audit.engine import scan_and_classify
from laci_audit.errors import RegistrationError
from laci_audit.inventory.registry import RegistrationRequest, register_field
from laci_audit.policy.taxonomy import Taxonomy
from laci_audit.records import Field

ANSWER_PROMPT = "answer> "
REASON_PROMPT = "reason (not personal; Enter or q: back)> "
# Answers at the reason prompt that take the person back to the field's question, writing nothing.
CANCEL_REASON = {"", "q"}
Ask = Callable[[str, str], str]
Say = Callable[[str], None]


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


def pending_fields(inventory_dir: Path, source: str | None = None) -> Pending:
    """Scan the source (or all sources) and list the unregistered fields with the classifier's suggestion."""
    result = scan_and_classify(inventory_dir, only_source=source)
    unreadable = [f"source '{scan.source.name}' could not be read: {scan.error}" for scan in result.scans if scan.error]
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


def describe_field(found: Field, suggestion: Suggestion, taxonomy: Taxonomy, position: str) -> str:
    """The field, its type, where it is defined, and the classifier's suggestion with its evidence."""
    where = f"{found.file}:{found.line}" if found.file and found.line else found.file or ""
    lines = [f"{position} {found.source} {found.table}.{found.name}  {found.data_type or '(no type)'}  {where}".rstrip()]
    if suggestion.personal:
        labels = ", ".join(f"{c} ({taxonomy.label(c)})" for c in suggestion.categories) or "no category"
        lines.append(f"  classifier: personal data, {labels}, confidence {suggestion.confidence:.2f}")
        lines.extend(f"    {evidence}" for evidence in suggestion.evidence)
        accepted = suggested_categories(suggestion, taxonomy)
        enter = f"accept {' '.join(accepted)}" if accepted else "(no category of the policy to accept)"
    else:
        lines.append(f"  classifier: not personal data, confidence {suggestion.confidence:.2f}")
        enter = "not personal (asks a reason)"
    lines.append(f"  Enter: {enter} | A.x [B.x ...]: register | n: not personal | s: skip | q: save and quit")
    return "\n".join(lines)


def annotate_fields(
    inventory_dir: Path, pending: Iterable[tuple[Field, Suggestion]], taxonomy: Taxonomy, ask: Ask, say: Say
) -> AnnotateSummary:
    """Ask about each pending field and save every answer at once; q, end of input or Ctrl-C stops."""
    pending = list(pending)
    summary = AnnotateSummary()
    for number, (found, suggestion) in enumerate(pending, start=1):
        summary.left = len(pending) - number + 1
        say(describe_field(found, suggestion, taxonomy, f"[{number}/{len(pending)}]"))
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


def plain_ask(prompt: str, kind: str) -> str:
    """Ask on standard input without a terminal (pipes, scripts)."""
    return input(prompt)


def terminal_ask(taxonomy: Taxonomy) -> Ask:
    """Ask in a terminal with prompt_toolkit: Tab completes policy ids, by id or by words of their labels."""
    session: PromptSession = PromptSession()
    completer = PolicyIdCompleter(taxonomy)

    def ask(prompt: str, kind: str) -> str:
        return session.prompt(prompt, completer=completer if kind == "ids" else None, complete_while_typing=False)

    return ask


class PolicyIdCompleter(Completer):
    """Completes the word before the cursor to a category or purpose id, matching ids and label words."""

    def __init__(self, taxonomy: Taxonomy):
        self.choices = [
            (item.id, taxonomy.label(item.id), f"{item.id} {item.label_en} {item.text}".casefold())
            for item in [*taxonomy.categories(), *taxonomy.purposes()]
        ]

    def get_completions(self, document, complete_event):
        """Ids whose id starts with, or whose labels contain, the word being typed."""
        word = document.get_word_before_cursor(WORD=True)
        if not word:
            return
        wanted = word.casefold()
        for item_id, label, searchable in self.choices:
            if item_id.casefold().startswith(wanted) or wanted in searchable:
                yield Completion(item_id, start_position=-len(word), display_meta=label)
