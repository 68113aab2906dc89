"""The annotate walk as the person sees it: each field described with the classifier's view, and
questions asked in a terminal (prompt_toolkit, Tab completes policy ids) or on plain standard input."""

from __future__ import annotations

from prompt_toolkit import PromptSession
from prompt_toolkit.completion import Completer, Completion
from rich.console import Console, ConsoleOptions
from rich.padding import Padding
from rich.text import Text

from laci_audit.answers.annotate import Ask, suggested_categories
from laci_audit.classify import Suggestion
from laci_audit.policy.taxonomy import Taxonomy
from laci_audit.records import Field


class FieldView:
    """A field as annotate shows it: rich prints it coloured and wrapped to the terminal, each line's
    continuation under its own indent, the answer keys never parted from what they do; str()
    gives the plain text."""

    def __init__(self, lines: list[tuple[int, Text]], keys: list[Text]):
        self.lines = lines  # (indent, text) per line
        self.keys = keys  # "key: action" each, shown after the lines, separated by " | "

    def __rich_console__(self, console: Console, options: ConsoleOptions):
        """Each line wrapped at words within the width left after its indent, then the keys."""
        for indent, text in self.lines:
            yield Padding(text, (0, 0, 0, indent), expand=False)
        line = Text(_KEYS_INDENT)
        for key in self.keys:
            if line.plain.strip() and line.cell_len + len(_KEYS_SEPARATOR) + key.cell_len > options.max_width:
                yield line
                line = Text(_KEYS_INDENT)
            line.append_text(Text(_KEYS_SEPARATOR) + key if line.plain.strip() else key)
        yield line

    def __str__(self) -> str:
        lines = [" " * indent + text.plain for indent, text in self.lines]
        return "\n".join([*lines, _KEYS_INDENT + _KEYS_SEPARATOR.join(key.plain for key in self.keys)])


_KEYS_INDENT, _KEYS_SEPARATOR = "  ", " | "


def describe_field(found: Field, suggestion: Suggestion, taxonomy: Taxonomy, position: str) -> FieldView:
    """The field, its type, where it is defined, and the classifier's suggestion with its evidence."""
    where = f"{found.file}:{found.line}" if found.file and found.line else found.file or ""
    head = Text.assemble((position, "dim"), " ", (found.source, "cyan"), " ", (f"{found.table}.{found.name}", "bold"),
                         "  ", (found.data_type or "(no type)", "green"))
    if where:
        head.append(f"  {where}", style="dim")
    lines = [(0, head)]
    if suggestion.personal:
        labels = ", ".join(f"{c} ({taxonomy.label(c)})" for c in suggestion.categories) or "no category"
        lines.append((2, Text.assemble("classifier: ", ("personal data", "yellow"), ", ", (labels, "bold"),
                                       f", confidence {suggestion.confidence:.2f}")))
        lines.extend((4, Text(evidence, style="dim")) for evidence in suggestion.evidence)
        accepted = suggested_categories(suggestion, taxonomy)
        enter = f"accept {' '.join(accepted)}" if accepted else "(no category of the policy to accept)"
    else:
        lines.append((2, Text.assemble("classifier: ", ("not personal data", "green"),
                                       f", confidence {suggestion.confidence:.2f}")))
        enter = "not personal (asks a reason)"
    keys = [Text.assemble((key, "bold cyan"), f": {action}") for key, action in (
        ("Enter", enter), ("A.x [B.x ...]", "register"), ("n", "not personal"), ("s", "skip"), ("q", "save and quit"))]
    return FieldView(lines, keys)


def console_say():
    """Print what the walk says through rich: wrapped to the terminal, coloured on one; text is
    printed as it is (no markup, no highlighting)."""
    console = Console(highlight=False, markup=False, emoji=False)
    return console.print


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
