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
policy_app = typer.Typer(help="The policy taxonomy: import it from the policy text, show it, compare two versions.",
                        no_args_is_help=True)
app.add_typer(policy_app, name="policy")

InventoryOption = Annotated[
    Path, typer.Option("--inventory", "-i", help="Inventory folder: sources.yaml, fields/, policy/.")
]
DbOption = Annotated[
    Optional[Path], typer.Option("--db", help="Inventory database (default: laci-audit.db in the inventory folder).")
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


def _run_audit(inventory: Path, db: Path | None):
    """Run the audit with a progress bar on a terminal; bad input exits 2."""
    from laci_audit.engine import audit_inventory

    try:
        if not sys.stdout.isatty():
            return audit_inventory(inventory, _db_path(inventory, db))
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        with Progress(TextColumn("scanning"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"),
                      TimeElapsedColumn(), transient=True) as progress:
            task = progress.add_task("", total=None)
            return audit_inventory(
                inventory, _db_path(inventory, db),
                on_sources_known=lambda total: progress.update(task, total=total),
                on_source_done=lambda scan: progress.update(task, advance=1, description=scan.source.name),
            )
    except LaciError as exc:
        raise _fail(str(exc)) from None


@app.command()
def scan(inventory: InventoryOption = Path("inventory"), db: DbOption = None) -> None:
    """Scan every declared source and record fields, registrations and findings in the inventory."""
    run = _run_audit(inventory, db)
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
) -> None:
    """Scan, then print the gap report: coverage per source and category, and every finding."""
    from laci_audit.reports import render

    result = _run_audit(inventory, db).result
    if format is AuditFormat.table:
        from rich.console import Console

        from laci_audit.reports.table import build

        Console().print(build(result))
    else:
        typer.echo(render(format.value, result), nl=False)


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


# --- the privacy officer's reports (issue 7) -------------------------------------------------

report_app = typer.Typer(help="The privacy officer's reports: coverage, record of processing, breach, diff.",
                         no_args_is_help=True)
app.add_typer(report_app, name="report")


class SheetFormat(str, Enum):
    table = "table"
    markdown = "markdown"
    json = "json"
    csv = "csv"


SheetFormatOption = Annotated[SheetFormat, typer.Option("--format", "-f", help="Output format.")]
OutputOption = Annotated[
    Optional[Path], typer.Option("--output", "-o", help="Write the report to this file instead of printing it.")
]


def _audit_for_report(inventory: Path):
    """Scan and audit without recording a scan: reports describe the inventory as it is now."""
    from laci_audit.engine import audit_inventory

    try:
        return audit_inventory(inventory, None).result
    except LaciError as exc:
        raise _fail(str(exc)) from None


def _emit(text: str, output: Path | None) -> None:
    """Print the report, or write it whole to output."""
    if output is None:
        typer.echo(text, nl=not text.endswith("\n"))
        return
    from laci_audit.yamlio import write_atomically

    try:
        write_atomically(output, text)
    except OSError as exc:
        raise _fail(f"{output}: cannot write: {exc.strerror or exc}") from None
    typer.echo(f"wrote {output}", err=True)


@report_app.command("coverage")
def report_coverage(
    inventory: InventoryOption = Path("inventory"),
    format: SheetFormatOption = SheetFormat.table,
    output: OutputOption = None,
) -> None:
    """Fields, registered, personal and with a purpose: per source, per owner, per category, worst first."""
    from laci_audit.reports.coverage import coverage_sheets, coverage_summary
    from laci_audit.reports.sheet import render_sheet_report

    result = _audit_for_report(inventory)
    _emit(render_sheet_report(format.value, "laci-audit coverage", coverage_sheets(result), coverage_summary(result)),
          output)


@app.command("where")
def where_command(
    term: Annotated[str, typer.Argument(help="A category id (A.2.4), a policy word (\"nomor telepon\"), a word (phone) or a short form (nik).")],
    inventory: InventoryOption = Path("inventory"),
    format: SheetFormatOption = SheetFormat.table,
    sql: Annotated[bool, typer.Option("--sql", help="Print read-only SELECTs for an access request and the places a deletion must reach.")] = False,
    output: OutputOption = None,
) -> None:
    """Every field holding a kind of data, across all sources, and the tables keyed to them."""
    from laci_audit.lookup import where
    from laci_audit.reports.sheet import render_sheet_report
    from laci_audit.reports.where import render_sql, where_intro, where_sheets

    result = _audit_for_report(inventory)
    try:
        answer = where(result, term)
    except LaciError as exc:
        raise _fail(str(exc)) from None
    if sql:
        _emit(render_sql(result, answer), output)
    else:
        _emit(render_sheet_report(format.value, f"laci-audit where {term}", where_sheets(answer),
                                  where_intro(result, answer)), output)


@policy_app.command("diff")
def policy_diff(
    old: Annotated[Path, typer.Argument(help="The policy text in force.")],
    new: Annotated[Path, typer.Argument(help="The new version of the policy text.")],
    inventory: InventoryOption = Path("inventory"),
    format: SheetFormatOption = SheetFormat.table,
    output: OutputOption = None,
) -> None:
    """Items added, removed, reworded or renumbered, and every registered field relying on one that changed."""
    from laci_audit.declarations import load_declarations
    from laci_audit.policy_diff import diff_policies
    from laci_audit.reports.policy_diff import policy_diff_intro, policy_diff_sheets
    from laci_audit.reports.sheet import render_sheet_report

    try:
        diff = diff_policies(old, new, load_declarations(inventory))
    except LaciError as exc:
        raise _fail(str(exc)) from None
    _emit(render_sheet_report(format.value, "laci-audit policy diff", policy_diff_sheets(diff), policy_diff_intro(diff)),
          output)


class RopaFormat(str, Enum):
    table = "table"
    markdown = "markdown"
    json = "json"
    csv = "csv"
    html = "html"


@report_app.command("ropa")
def report_ropa(
    inventory: InventoryOption = Path("inventory"),
    format: Annotated[RopaFormat, typer.Option("--format", "-f", help="Output format; html is one offline page.")] = RopaFormat.table,
    output: OutputOption = None,
) -> None:
    """The record of processing activities: one row per (category, purpose), unknown cells shown as such."""
    from laci_audit.reports.ropa import ropa_intro, ropa_sheet
    from laci_audit.reports.sheet import render_sheet_report
    from laci_audit.ropa import build_ropa

    result = _audit_for_report(inventory)
    ropa = build_ropa(result)
    if format is RopaFormat.html:
        from laci_audit.reports.ropa_html import render_ropa_html

        _emit(render_ropa_html(result, ropa), output)
        return
    _emit(render_sheet_report(format.value, "laci-audit record of processing", [ropa_sheet(ropa)], ropa_intro(ropa)),
          output)


@report_app.command("diff")
def report_diff(
    inventory: InventoryOption = Path("inventory"),
    db: DbOption = None,
    since: Annotated[Optional[str], typer.Option("--since", help="An earlier scan id, or a date: compare the latest scan with the last one before it.")] = None,
    format: SheetFormatOption = SheetFormat.table,
    output: OutputOption = None,
) -> None:
    """Fields added, removed and changed, registrations changed, findings opened and closed between two scans."""
    from laci_audit.history import diff_scans, open_read_only, resolve_since
    from laci_audit.reports.history import diff_intro, diff_sheets
    from laci_audit.reports.sheet import render_sheet_report

    try:
        database = open_read_only(_db_path(inventory, db))
        try:
            diff = diff_scans(database, *resolve_since(database, since))
        finally:
            database.close()
    except LaciError as exc:
        raise _fail(str(exc)) from None
    _emit(render_sheet_report(format.value, "laci-audit diff", diff_sheets(diff), diff_intro(diff)), output)


@app.command("history")
def history_command(
    source: Annotated[str, typer.Argument(help="The source's name.")],
    table: Annotated[str, typer.Argument(help="The table (or container) name.")],
    field_name: Annotated[str, typer.Argument(metavar="FIELD", help="The field's name.")],
    inventory: InventoryOption = Path("inventory"),
    db: DbOption = None,
    format: SheetFormatOption = SheetFormat.table,
) -> None:
    """Since when a field exists, and how it and its registration changed, scan by scan."""
    from laci_audit.history import field_history, open_read_only
    from laci_audit.reports.history import history_sheet
    from laci_audit.reports.sheet import render_sheet_report

    try:
        database = open_read_only(_db_path(inventory, db))
        try:
            events = field_history(database, source, table, field_name)
        finally:
            database.close()
    except LaciError as exc:
        raise _fail(str(exc)) from None
    _emit(render_sheet_report(format.value, f"laci-audit history {source} {table} {field_name}",
                              [history_sheet(events)]), None)


@report_app.command("breach")
def report_breach(
    source: Annotated[str, typer.Argument(help="The breached source.")],
    tables: Annotated[Optional[list[str]], typer.Argument(help="Only these tables (default: all of the source).")] = None,
    inventory: InventoryOption = Path("inventory"),
    output: OutputOption = None,
) -> None:
    """Categories, specific data, subjects, purposes and owners involved, and a pre-filled Pasal 46 notice."""
    from laci_audit.breach import breach_scope
    from laci_audit.reports.breach_markdown import render_breach

    result = _audit_for_report(inventory)
    try:
        scope = breach_scope(result, source, tables)
    except LaciError as exc:
        raise _fail(str(exc)) from None
    _emit(render_breach(result, scope), output)
