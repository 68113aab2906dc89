"""The annotate walk as the person sees it: each field described with the classifier's view, and
questions asked in a terminal (prompt_toolkit, Tab completes policy ids) or on plain standard input."""

from __future__ import annotations

from prompt_toolkit import PromptSession
from prompt_toolkit.completion import Completer, Completion

from laci_audit.answers.annotate import Ask, suggested_categories
from laci_audit.classify import Suggestion
from laci_audit.policy.taxonomy import Taxonomy
from laci_audit.records import Field


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
