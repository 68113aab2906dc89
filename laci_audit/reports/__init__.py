"""Rendering, and nothing else: findings/ has one module per format of the audit and the gate
(table, markdown, json, sarif, junit, lines), sheets/ one per format of the privacy officer's
tabular reports (text, markdown, json, csv); the modules here turn one answer each into sheets or
a page (coverage, where, ropa and its HTML page, breach, history, policy diff and tree, suggest,
explain, the annotate prompts)."""


def counted(number: int, noun: str) -> str:
    """The number with its noun, singular for one: "1 source", "3 sources"."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
