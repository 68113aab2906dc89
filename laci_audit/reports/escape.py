"""Escaping what the data holds (table, field and file names, messages quoting them) for the
places a report goes: a terminal (control and bidi characters), XML, Markdown tables, and spreadsheets
(formulas)."""

from __future__ import annotations

from rich.text import Text

# A spreadsheet runs a cell starting with these as a formula (=HYPERLINK(...), +cmd|...).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def printable(text: str, keep: str = "") -> str:
    """text with every character that is not printable (C0 and C1 controls such as ESC, DEL,
    U+0085, U+2028, bidi overrides) written as a JSON-style escape, \\u001b; characters in `keep`
    (the report's own newlines) stay. The escapes are valid inside JSON strings, so a JSON
    document stays the same data."""
    if text.isprintable():
        return text
    if keep == "\n":  # a report of many lines: only the lines that need it are escaped char by char
        if text.replace("\n", "").isprintable():
            return text
        return "\n".join(line if line.isprintable() else printable(line) for line in text.split("\n"))
    return "".join(character if character.isprintable() or character in keep else _escaped(character)
                   for character in text)


def _escaped(character: str) -> str:
    code = ord(character)
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    high, low = divmod(code - 0x10000, 0x400)  # a UTF-16 surrogate pair, as JSON writes it
    return f"\\u{0xD800 + high:04x}\\u{0xDC00 + low:04x}"


def markdown_cell(text: str) -> str:
    """text as one cell of a Markdown table: a `|` in a name or message no longer ends the cell,
    a newline no longer ends the row."""
    return text.replace("|", "\\|").replace("\r", " ").replace("\n", " ")


def terminal_text(text: str) -> Text:
    """A rich cell holding text as it is (no [markup] read from the data), escaped by printable
    except for the report's own newlines."""
    return Text(printable(text, keep="\n"))


def spreadsheet_cell(text: str) -> str:
    """A CSV cell a spreadsheet shows as text: one that would start a formula gets a leading
    apostrophe, as OWASP advises."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text
