"""The command line: parse options, call the library, map the outcome to an exit code.

Exit codes: 0 the command ran, 2 bad input or usage.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from laci_audit.errors import LaciError

app = typer.Typer(
    help="Hold LaciMartKTUM's privacy policy against the data it really keeps.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
policy_app = typer.Typer(help="The policy taxonomy: import it from the policy text, show it.", no_args_is_help=True)
app.add_typer(policy_app, name="policy")

InventoryOption = Annotated[
    Path, typer.Option("--inventory", "-i", help="Inventory folder: sources.yaml, fields/, policy/.")
]
DbOption = Annotated[
    Optional[Path], typer.Option("--db", help="Inventory database (default: laci-audit.db in the inventory folder).")
]

SampleOption = Annotated[
    int, typer.Option("--sample", min=0, help="Test up to N values per field (read with LIMIT) against the "
                                               "value detectors; only counts are kept. 0: names only.")
]


class AuditFormat(str, Enum):
    table = "table"
    markdown = "markdown"
    json = "json"


def _fail(message: str) -> typer.Exit:
    typer.echo(f"laci-audit: error: {message}", err=True)
    return typer.Exit(code=2)


def _db_path(inventory: Path, db: Path | None) -> Path:
    from laci_audit.inventory import default_db_path

    return db if db is not None else default_db_path(inventory)


def _run_audit(inventory: Path, db: Path | None, sample: int = 0, record: bool = True):
    """Run the audit with a progress bar on a terminal; bad input exits 2."""
    from laci_audit.engine import audit_inventory

    db_path = _db_path(inventory, db) if record else None
    try:
        if not sys.stdout.isatty():
            return audit_inventory(inventory, db_path, sample=sample)
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        with Progress(TextColumn("scanning"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"),
                      TimeElapsedColumn(), transient=True) as progress:
            task = progress.add_task("", total=None)
            return audit_inventory(
                inventory, db_path,
                on_sources_known=lambda total: progress.update(task, total=total),
                on_source_done=lambda scan: progress.update(task, advance=1, description=scan.source.name),
                sample=sample,
            )
    except LaciError as exc:
        raise _fail(str(exc)) from None


@app.command()
def scan(inventory: InventoryOption = Path("inventory"), db: DbOption = None, sample: SampleOption = 0) -> None:
    """Scan every declared source and record fields, registrations and findings in the inventory."""
    run = _run_audit(inventory, db, sample)
    result = run.result
    unreadable = [s for s in result.scans if s.error]
    typer.echo(
        f"scan {run.scan_id}: {len(result.scans)} sources, {sum(len(s.fields) for s in result.scans)} fields, "
        f"{len(result.findings)} findings in {run.seconds:.2f}s -> {_db_path(inventory, db)}"
    )
    for source_scan in unreadable:
        typer.echo(f"  unreadable: {source_scan.source.name}: {source_scan.error}", err=True)


@app.command()
def audit(
    inventory: InventoryOption = Path("inventory"),
    db: DbOption = None,
    format: Annotated[AuditFormat, typer.Option("--format", "-f", help="Report format.")] = AuditFormat.table,
    sample: SampleOption = 0,
) -> None:
    """Scan, then print the gap report: coverage per source and category, and every finding."""
    from laci_audit.reports import render

    result = _run_audit(inventory, db, sample).result
    if format is AuditFormat.table:
        from rich.console import Console

        from laci_audit.reports.table import build

        Console().print(build(result))
    else:
        typer.echo(render(format.value, result), nl=False)


class SuggestFormat(str, Enum):
    table = "table"
    json = "json"


@app.command()
def suggest(
    inventory: InventoryOption = Path("inventory"),
    all_fields: Annotated[bool, typer.Option("--all", help="Every field, registered or not.")] = False,
    format: Annotated[SuggestFormat, typer.Option("--format", "-f", help="Output format.")] = SuggestFormat.table,
    sample: SampleOption = 0,
) -> None:
    """Print the classifier's suggestions for the fields nobody registered: personal or not,
    policy categories (best first), sensitivity, confidence and evidence."""
    import json

    from laci_audit.suggestions import field_suggestions, suggestion_record

    result = _run_audit(inventory, None, sample, record=False).result
    rows = field_suggestions(result, include_registered=all_fields)
    if format is SuggestFormat.json:
        typer.echo(json.dumps([suggestion_record(r) for r in rows], indent=2, ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("source", "table", "field", "personal", "categories", "sensitive", "confidence", "evidence",
                  title=f"{len(rows)} suggestions" + ("" if all_fields else " for unregistered fields"))
    for row in rows:
        suggestion = row.suggestion
        table.add_row(
            row.field.source, row.field.table, row.field.name, "yes" if suggestion.personal else "no",
            ", ".join(suggestion.categories) or suggestion.uncovered, "yes" if suggestion.sensitive else "",
            f"{suggestion.confidence:.2f}", "; ".join(suggestion.evidence),
        )
    Console(width=200).print(table)


@policy_app.command("import")
def policy_import(
    path: Annotated[Path, typer.Argument(help="The policy text (kebijakan privasi).")],
    inventory: InventoryOption = Path("inventory"),
    output: Annotated[
        Optional[Path], typer.Option("--output", "-o", help="Taxonomy file (default: policy/taxonomy.yaml in the inventory).")
    ] = None,
) -> None:
    """Read the policy text and write the taxonomy of categories (A) and purposes (B)."""
    from laci_audit.policy import TAXONOMY_FILE, import_policy

    target = output or inventory / TAXONOMY_FILE
    try:
        taxonomy = import_policy(path, target)
    except LaciError as exc:
        raise _fail(str(exc)) from None
    typer.echo(
        f"{target}: {len(taxonomy.categories())} categories, {len(taxonomy.purposes())} purposes "
        f"(policy {taxonomy.version})"
    )


@policy_app.command("show")
def policy_show(
    inventory: InventoryOption = Path("inventory"),
    terms: Annotated[bool, typer.Option("--terms/--no-terms", help="Show the data words of each item.")] = True,
) -> None:
    """Print the policy's categories and purposes as a tree."""
    from rich.console import Console
    from rich.tree import Tree

    from laci_audit.policy import TAXONOMY_FILE, load_taxonomy

    try:
        taxonomy = load_taxonomy(inventory / TAXONOMY_FILE)
    except LaciError as exc:
        raise _fail(str(exc)) from None
    root = Tree(f"[bold]Kebijakan Privasi[/] (policy {taxonomy.version})")
    nodes = {}
    for item in taxonomy.items.values():
        label = f"[bold]{item.id}[/] {item.label_en or item.text}"
        if item.spesifik:
            label += " [magenta](spesifik)[/]"
        if item.parent and item.label_en:
            label += f"\n[dim]{item.text}[/]"
        if terms and item.terms:
            label += f"\n[green]terms:[/] {', '.join(item.terms)}"
        nodes[item.id] = (nodes[item.parent] if item.parent else root).add(label)
    Console().print(root)
