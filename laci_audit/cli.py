"""The command line: parse options, call the library, map the outcome to an exit code.

Exit codes: 0 the command ran (and `check` passed), 1 `check` failed on a new finding,
2 bad input or usage (one line on stderr), 130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import functools
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from laci_audit import DEFAULT_JOBS
from laci_audit.errors import EXIT_BAD_INPUT, DeclarationProblems, LaciError
from laci_audit.reports import counted
from laci_audit.reports.findings import CHECK_FORMATS, FORMATS
from laci_audit.reports.sheets import SHEET_FORMATS

EXIT_INTERRUPTED = 130

app = typer.Typer(
    help="Hold LaciMartKTUM's privacy policy against the data it really keeps.\n\n"
         "Start: init. The audit: scan, audit, check (CI), baseline. Registering fields: suggest, register, confirm, "
         "annotate, explain. Answers for the privacy officer: where, locate, history, report. The policy: policy. "
         "Where a catalog lives: browse, export.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain click help: rich's help formatter alone costs ~0.1 s of start-up
)


def _echo(text: str = "", **options) -> None:
    """Print a line (or a report) with the characters the data may hold that a terminal would
    obey (ESC, bidi controls, U+0085) escaped; the report's own newlines stay."""
    from laci_audit.reports.escape import printable

    typer.echo(printable(str(text), keep="\n"), **options)


def _print_version(asked: bool) -> None:
    """--version: print the tool's version and stop."""
    if asked:
        from laci_audit import __version__

        typer.echo(f"laci-audit {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_print_version, is_eager=True,
                                          help="Print laci-audit's version and exit.")] = False,
) -> None:
    """Hold LaciMartKTUM's privacy policy against the data it really keeps."""


def _group(name: str, help_text: str) -> typer.Typer:
    """A command group (`laci-audit NAME ...`) of the main app."""
    group = typer.Typer(help=help_text, no_args_is_help=True, rich_markup_mode=None)
    app.add_typer(group, name=name)
    return group


def _message(exc: Exception) -> str:
    """One line for bad input: the project's own message, or the file and reason of an OS error
    (an unwritable folder, a directory where a file should be, a full disk)."""
    if isinstance(exc, OSError):
        where = f"{exc.filename}: " if exc.filename else ""
        return f"{where}{exc.strerror or exc}"
    return str(exc)


def _exits(command):
    """The one place library errors become exit codes: bad input is one line on stderr and exit 2,
    Ctrl-C exit 130; every other outcome is the command's own."""

    @functools.wraps(command)
    def run(*args, **kwargs):
        from laci_audit.memory import fewer_collections

        try:
            with fewer_collections():  # an audit's report is written with the collector kept quiet too
                return command(*args, **kwargs)
        except DeclarationProblems as exc:
            for problem in exc.problems:
                _echo(str(problem), err=True)
            _echo(f"laci-audit: error: {len(exc.problems)} problems in the declarations", err=True)
            raise typer.Exit(code=EXIT_BAD_INPUT) from None
        except BrokenPipeError:
            raise  # stdout's reader stopped (`| head`): no bad input; typer ends quietly
        except (LaciError, OSError) as exc:
            _echo(f"laci-audit: error: {_message(exc)}", err=True)
            raise typer.Exit(code=EXIT_BAD_INPUT) from None
        except KeyboardInterrupt:
            _echo("laci-audit: interrupted", err=True)
            raise typer.Exit(code=EXIT_INTERRUPTED) from None

    return run


def _command(group: typer.Typer, name: str | None = None):
    """Register a command on group, its errors mapped to exit codes by _exits."""
    def register(command):
        return group.command(name)(_exits(command))
    return register


def _format_choices(name: str, formats) -> type[Enum]:
    """A --format choice per format of a report family, in its order."""
    return Enum(name, {format_name: format_name for format_name in formats}, type=str)


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
JobsOption = Annotated[
    int, typer.Option("--jobs", "-j", min=1, help="Live databases read at once, each on its own connection "
                                                  f"(default {DEFAULT_JOBS}; 1: one after another, and large "
                                                  "DDL read in this process alone, without a worker).")
]
ConfigOption = Annotated[
    Optional[Path],
    typer.Option("--config", help="Gate config with rule severities (default: laci-audit.yaml in the inventory, if any)."),
]
OutputOption = Annotated[
    Optional[Path], typer.Option("--output", "-o", help="Write the report to this file instead of printing it.")
]
AuditFormat = _format_choices("AuditFormat", FORMATS)
CheckFormat = _format_choices("CheckFormat", CHECK_FORMATS)
SheetFormat = _format_choices("SheetFormat", SHEET_FORMATS)
RopaFormat = _format_choices("RopaFormat", [*SHEET_FORMATS, "html"])
SheetFormatOption = Annotated[SheetFormat, typer.Option("--format", "-f", help="Output format.")]


class SuggestFormat(str, Enum):
    table = "table"
    json = "json"


class Severity(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"


def _db_path(inventory: Path, db: Path | None) -> Path:
    from laci_audit.inventory.layout import InventoryFolder

    return db if db is not None else InventoryFolder(inventory).database_file


def _run_audit(inventory: Path, db: Path | None, sample: int = 0, record: bool = True, only_source: str | None = None,
               jobs: int = DEFAULT_JOBS, automatic: bool = False):
    """Run the audit (of every source, or only one), with a progress bar on a terminal; an automatic
    scan is pruned in its turn."""
    from laci_audit.engine import audit_inventory

    db_path = _db_path(inventory, db) if record else None
    if not sys.stdout.isatty():
        return audit_inventory(inventory, db_path, sample=sample, only_source=only_source, jobs=jobs,
                               automatic=automatic, read_ahead=True)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("scanning"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"),
                  TimeElapsedColumn(), transient=True) as progress:
        task = progress.add_task("", total=None)
        return audit_inventory(
            inventory, db_path,
            on_sources_known=lambda total: progress.update(task, total=total),
            on_source_done=lambda scan: progress.update(task, advance=1, description=scan.source.name),
            sample=sample, only_source=only_source, jobs=jobs, automatic=automatic, read_ahead=True,
        )


def _write(output: Path, text: str, what: str) -> None:
    """Write a report whole, or fail with one line naming the file."""
    from laci_audit.fileio import write_atomically

    try:
        write_atomically(output, text)
    except OSError as exc:
        raise LaciError(f"{output}: cannot write {what}: {exc.strerror or exc}") from None


def _emit(text: str, output: Path | None) -> None:
    """Print the report, or write it whole to output."""
    if output is None:
        _echo(text, nl=not text.endswith("\n"))
        return
    from laci_audit.reports.escape import printable

    _write(output, printable(text, keep="\n"), "the report")
    _echo(f"wrote {output}", err=True)


def _ids(values: list[str] | None) -> tuple[str, ...]:
    """Ids from repeated options, each of which may also hold a comma-separated list."""
    return tuple(part.strip() for value in values or () for part in value.split(",") if part.strip())


# --- start: init ----------------------------------------------------------------------------

@_command(app)
def init(
    folder: Annotated[Path, typer.Argument(help="The new inventory folder.")] = Path("inventory"),
    organisation: Annotated[str, typer.Option("--organisation", "--org", help="Whose data this is: reports carry the name.")]
    = "LaciMartKTUM",
) -> None:
    """Start an inventory: sources.yaml with an example per kind of source, fields/, laci-audit.yaml, .gitignore."""
    from laci_audit.fileio import display_path
    from laci_audit.inventory.starter import init_inventory

    for path in init_inventory(folder, organisation):
        _echo(f"wrote {display_path(path)}")
    _echo(f"Next: declare a source in {display_path(folder / 'sources.yaml')}, then "
               f"`laci-audit audit -i {display_path(folder)}` (the built-in policy applies until "
               f"`laci-audit policy import` writes policy/taxonomy.yaml).")


# --- the audit: scan, audit, check, baseline ---------------------------------------------------

@_command(app)
def scan(inventory: InventoryOption = Path("inventory"), db: DbOption = None, sample: SampleOption = 0,
         jobs: JobsOption = DEFAULT_JOBS) -> None:
    """Scan every declared source and record fields, registrations and findings in the inventory."""
    run = _run_audit(inventory, db, sample, jobs=jobs)
    result = run.result
    _echo(
        f"scan {run.scan_id}: {counted(len(result.scans), 'source')}, "
        f"{counted(sum(len(s.fields) for s in result.scans), 'field')}, {counted(len(result.findings), 'finding')} in {run.seconds:.2f}s -> {_db_path(inventory, db)}"
    )
    for source_scan in result.unreadable_scans():
        _echo(f"  unreadable: {source_scan.source.name}: {source_scan.error}", err=True)


@_command(app)
def audit(
    inventory: InventoryOption = Path("inventory"),
    db: Annotated[Optional[Path], typer.Option("--db", help="Record the audit in this database and keep it (default: "
                                               "laci-audit.db in the inventory, keeping the latest history.keep audits).")] = None,
    format: Annotated[AuditFormat, typer.Option("--format", "-f", help="Report format.")] = AuditFormat.table,
    sample: SampleOption = 0,
    jobs: JobsOption = DEFAULT_JOBS,
) -> None:
    """Scan, then print the gap report: coverage per source and category, and every finding. Without
    --db only the latest audits stay in the default database (history.keep in laci-audit.yaml)."""
    from laci_audit.reports.findings import render_chunks

    result = _run_audit(inventory, db, sample, jobs=jobs, automatic=db is None).result
    if format is AuditFormat.table:
        from rich.console import Console

        from laci_audit.reports.findings.table import build

        Console().print(build(result))
    else:
        for chunk in render_chunks(format.value, result):  # a large report is written as it is made
            _echo(chunk, nl=False)


@_command(app)
def check(
    inventory: InventoryOption = Path("inventory"),
    fail_on: Annotated[Severity, typer.Option("--fail-on", help="Fail on new findings of this severity or worse.")]
    = Severity.error,
    baseline: Annotated[
        Optional[Path], typer.Option("--baseline", "-b", help="Accept the findings recorded in this baseline file.")
    ] = None,
    config: ConfigOption = None,
    format: Annotated[CheckFormat, typer.Option("--format", "-f", help="Report format.")] = CheckFormat.table,
    output: Annotated[
        Optional[Path], typer.Option("--output", "-o", help="Write the report to this file; the summary still prints.")
    ] = None,
    repo_root: Annotated[Path, typer.Option("--repo-root", help="SARIF paths are relative to this folder.")] = Path("."),
    db: Annotated[Optional[Path], typer.Option("--db", help="Also record the audit in this inventory database.")] = None,
    sample: SampleOption = 0,
    jobs: JobsOption = DEFAULT_JOBS,
) -> None:
    """The CI gate: scan and audit, then exit 1 if a new finding reaches --fail-on, else 0 (2: bad input)."""
    from laci_audit.engine import run_check
    from laci_audit.reports.findings import render_check
    from laci_audit.reports.findings.lines import finding_line, summary_line

    gate = run_check(inventory, fail_on.value, baseline, config, db, sample, jobs, read_ahead=True)
    options = {"root": repo_root} if format is CheckFormat.sarif else {}
    if output is None and format is CheckFormat.table:  # fitted to the terminal's width, as audit's
        from rich.console import Console

        from laci_audit.reports.findings.table import build_check

        Console().print(build_check(gate))
    elif output is None:
        _echo(render_check(format.value, gate, **options), nl=False)
    else:
        _write(output, render_check(format.value, gate, **options), "the report")
    if output is not None or format not in (CheckFormat.table, CheckFormat.lines, CheckFormat.markdown):
        for finding in gate.failing:
            _echo(finding_line(finding), err=True)
    _echo(summary_line(gate) + (f" -> {output}" if output else ""), err=True)
    raise typer.Exit(gate.exit_code)


baseline_app = _group("baseline", "Baselines: accept today's findings so the gate fails only on new ones.")


@_command(baseline_app, "write")
def baseline_write(
    file: Annotated[Path, typer.Argument(help="The baseline file to write (JSON).")],
    inventory: InventoryOption = Path("inventory"),
    config: ConfigOption = None,
    sample: SampleOption = 0,
) -> None:
    """Record every current finding (rules turned off in the config excepted) as accepted."""
    from laci_audit.audit.baseline import write_baseline
    from laci_audit.engine import run_check

    findings = run_check(inventory, config_path=config, sample=sample, read_ahead=True).findings
    try:
        accepted = write_baseline(file, findings)
    except OSError as exc:
        raise LaciError(f"{file}: cannot write the baseline: {exc.strerror or exc}") from None
    _echo(f"{file}: {accepted} findings accepted")


# --- registering fields: suggest, register, confirm, annotate, explain -------------------------

@_command(app)
def suggest(
    inventory: InventoryOption = Path("inventory"),
    all_fields: Annotated[bool, typer.Option("--all", help="Every field, registered or not.")] = False,
    source: Annotated[Optional[str], typer.Option("--source", "-s", help="Only this source (only it is scanned).")] = None,
    table: Annotated[Optional[str], typer.Option(
        "--table", "-t", help="Only tables matching this glob, without case (oc_customer*, *.users).")] = None,
    personal: Annotated[bool, typer.Option("--personal", help="Only fields the classifier says are personal.")] = False,
    min_confidence: Annotated[float, typer.Option(
        "--min-confidence", min=0.0, max=1.0, help="Only suggestions at least this confident (0 to 1).")] = 0.0,
    format: Annotated[SuggestFormat, typer.Option("--format", "-f", help="Output format.")] = SuggestFormat.table,
    sample: SampleOption = 0,
    write: Annotated[bool, typer.Option(
        "--write", help="Write the suggestions for unregistered personal fields into fields/*.yaml as drafts.")] = False,
) -> None:
    """Print the classifier's suggestions for the fields nobody registered: personal or not,
    policy categories (best first), sensitivity, confidence and evidence. The filters also limit --write."""
    import json

    from laci_audit.answers.suggest import SuggestionFilter, field_suggestions, suggestion_record

    result = _run_audit(inventory, None, sample, record=False, only_source=source).result
    rows = field_suggestions(result, all_fields, SuggestionFilter(source, table, personal, min_confidence))
    if write:
        from laci_audit.inventory.registry import write_draft_registrations

        sizes: dict[tuple[str, str], int] = {}
        for found in result.fields():
            sizes[(found.source, found.table.casefold())] = sizes.get((found.source, found.table.casefold()), 0) + 1
        changes = write_draft_registrations(inventory, [(r.field, r.suggestion) for r in rows if not r.registered],
                                            result.taxonomy, result.declarations.sources, sizes)
        for change in changes:
            _echo(change.describe())
        _echo(f"{len(changes)} draft registrations written: review them, then `laci-audit confirm`.")
        return
    if format is SuggestFormat.json:
        _echo(json.dumps([suggestion_record(r) for r in rows], indent=2, ensure_ascii=False))
        return
    from rich.console import Console

    from laci_audit.reports.suggest import build

    Console(width=200).print(build(rows, all_fields))


@_command(app)
def register(
    source: Annotated[str, typer.Argument(help="Source name, as declared in sources.yaml.")],
    table: Annotated[str, typer.Argument(help="Table (or schema object) of the field.")],
    field: Annotated[Optional[str], typer.Argument(
        help="Field (column or property) name; without it, the whole table: each field not registered on its own.")]
    = None,
    category: Annotated[
        Optional[list[str]], typer.Option("--category", "-c", metavar="ID", help="Policy category (A.x), repeatable.")
    ] = None,
    purpose: Annotated[Optional[list[str]], typer.Option("--purpose", "-p", metavar="ID", help="Policy purpose (B.x), repeatable.")] = None,
    inherit_purposes: Annotated[
        bool, typer.Option("--inherit-purposes", help="Drop the field's own purposes: use its table's and source's.")
    ] = False,
    not_personal: Annotated[bool, typer.Option("--not-personal", help="The field holds no personal data.")] = False,
    reason: Annotated[str, typer.Option("--reason", help="Why it is not personal data.")] = "",
    ahead: Annotated[bool, typer.Option(
        "--ahead", help="Register a table or field the scan does not find yet (a migration will create it).")] = False,
    inventory: InventoryOption = Path("inventory"),
) -> None:
    """Add or update the registration of one field, or of a whole table, in inventory/fields/, keeping
    every comment. A source, table or field the scan does not find is refused, with the closest names."""
    from laci_audit.inventory.registry import RegistrationRequest, check_seen, register_field

    if inherit_purposes and purpose:
        raise LaciError("--inherit-purposes and --purpose contradict each other")
    purposes = () if inherit_purposes else (_ids(purpose) or None)
    request = RegistrationRequest(table, field or "", _ids(category), purposes, not not_personal, reason)
    if not ahead:
        check_seen(inventory, source, table, field or "")
    _echo(register_field(inventory, source, request).describe())


@_command(app)
def confirm(
    source: Annotated[str, typer.Argument(help="Source name, as declared in sources.yaml.")],
    table: Annotated[Optional[str], typer.Argument(help="Only this table.")] = None,
    field: Annotated[Optional[str], typer.Argument(help="Only this field of the table.")] = None,
    inventory: InventoryOption = Path("inventory"),
) -> None:
    """Confirm draft registrations (remove their 'draft: true') of a source, a table or one field."""
    from laci_audit.inventory.registry import confirm_drafts

    changes = confirm_drafts(inventory, source, table, field)
    for change in changes:
        _echo(change.describe())
    _echo(f"{len(changes)} draft registration{'s' if len(changes) != 1 else ''} confirmed")


@_command(app)
def annotate(
    source: Annotated[Optional[str], typer.Argument(help="Only this source (default: every source).")] = None,
    inventory: InventoryOption = Path("inventory"),
) -> None:
    """Walk the unregistered fields one by one; every answer is saved at once (q or Ctrl-C stops)."""
    from laci_audit.answers.annotate import annotate_fields, pending_fields
    from laci_audit.engine import audit
    from laci_audit.reports.prompts import console_say, describe_field, plain_ask, terminal_ask

    pending = pending_fields(audit(inventory, only_source=source))
    for problem in pending.unreadable:
        _echo(f"laci-audit: warning: {problem}; its fields are not listed", err=True)
    if not pending.fields:
        _echo(f"nothing to annotate: every field of {source or 'every source'} is registered")
        return
    ask = terminal_ask(pending.taxonomy) if sys.stdin.isatty() and sys.stdout.isatty() else plain_ask
    try:
        summary = annotate_fields(inventory, pending.fields, pending.taxonomy, ask, console_say(), describe_field)
    except KeyboardInterrupt:
        _echo("interrupted; every answer given before is saved", err=True)
        raise typer.Exit(code=EXIT_INTERRUPTED) from None
    _echo(summary.describe())
    if summary.interrupted:
        raise typer.Exit(code=EXIT_INTERRUPTED)


@_command(app)
def explain(
    source: Annotated[str, typer.Argument(help="Source name, as declared in sources.yaml.")],
    table: Annotated[str, typer.Argument(help="Table (or schema object) of the field.")],
    field: Annotated[str, typer.Argument(help="Field (column or property) name.")],
    inventory: InventoryOption = Path("inventory"),
) -> None:
    """Show a field's effective categories and purposes, where each comes from, and the classifier's view."""
    from laci_audit.answers.explain import explain_field
    from laci_audit.engine import audit
    from laci_audit.reports.explain import render_explanation

    result = audit(inventory, only_source=source)
    _echo(render_explanation(explain_field(result, source, table, field), result.taxonomy), nl=False)


# --- answers for the privacy officer: where, history, report ------------------------------------

@_command(app, "where")
def where_command(
    term: Annotated[str, typer.Argument(help="A category id (A.2.4), a policy word (\"nomor telepon\"), a word (phone) or a short form (nik).")],
    inventory: InventoryOption = Path("inventory"),
    format: SheetFormatOption = SheetFormat.table,
    sql: Annotated[bool, typer.Option("--sql", help="Print read-only SELECTs for an access request and the places a deletion must reach.")] = False,
    output: OutputOption = None,
) -> None:
    """Every field holding a kind of data, across all sources, and the tables keyed to them."""
    from laci_audit.answers.where import where
    from laci_audit.reports.sheets import render_sheet_report
    from laci_audit.reports.where import render_sql, where_intro, where_sheets

    result = _run_audit(inventory, None, record=False).result
    answer = where(result, term)
    if sql:
        _emit(render_sql(result, answer), output)
    else:
        _emit(render_sheet_report(format.value, f"laci-audit where {term}", where_sheets(answer),
                                  where_intro(result, answer)), output)


@_command(app)
def locate(
    subject_id: Annotated[str, typer.Argument(metavar="SUBJECT_ID", help="The person's id (the subject_keys of each source, else its person tables' key).")],
    inventory: InventoryOption = Path("inventory"),
    format: SheetFormatOption = SheetFormat.table,
    output: OutputOption = None,
) -> None:
    """Which systems hold this person: per table, how many rows are theirs (read-only counts, never a value)."""
    from laci_audit.answers.locate import locate as locate_subject
    from laci_audit.reports.locate import locate_intro, locate_sheet
    from laci_audit.reports.sheets import render_sheet_report

    result = _run_audit(inventory, None, record=False).result
    located = locate_subject(result, inventory, subject_id)
    _emit(render_sheet_report(format.value, "laci-audit locate", [locate_sheet(located)], locate_intro(located)), output)


class _FieldByDefault(typer.core.TyperGroup):
    """A group whose first word may be left out: `history SOURCE TABLE FIELD` is `history field ...`."""

    def parse_args(self, ctx, args):
        """Insert the default command when the first word names none of the group's commands."""
        if args and args[0] not in self.commands and args[0] not in ctx.help_option_names:
            args = ["field", *args]
        return super().parse_args(ctx, args)


history_app = typer.Typer(cls=_FieldByDefault, no_args_is_help=True, rich_markup_mode=None,
                          help="Recorded scans: a field's history (`history SOURCE TABLE FIELD`), pruning old scans.")
app.add_typer(history_app, name="history")


@_command(history_app, "field")
def history_field(
    source: Annotated[str, typer.Argument(help="The source's name.")],
    table: Annotated[str, typer.Argument(help="The table (or container) name.")],
    field_name: Annotated[str, typer.Argument(metavar="FIELD", help="The field's name.")],
    inventory: InventoryOption = Path("inventory"),
    db: DbOption = None,
    format: SheetFormatOption = SheetFormat.table,
) -> None:
    """Since when a field exists, and how it and its registration changed, scan by scan."""
    from laci_audit.reports.history import history_sheet
    from laci_audit.reports.sheets import render_sheet_report
    from laci_audit.store.history import field_history
    from laci_audit.store.schema import open_read_only

    database = open_read_only(_db_path(inventory, db))
    try:
        events = field_history(database, source, table, field_name)
    finally:
        database.close()
    _emit(render_sheet_report(format.value, f"laci-audit history {source} {table} {field_name}",
                              [history_sheet(events)]), None)


@_command(history_app, "prune")
def history_prune(
    inventory: InventoryOption = Path("inventory"),
    db: DbOption = None,
    keep: Annotated[Optional[int], typer.Option("--keep", min=1, help="Scans to keep, the latest "
                                                "(default: history.keep in laci-audit.yaml, else 10).")] = None,
    config: ConfigOption = None,
) -> None:
    """Delete every scan but the latest --keep, however recorded, and compact the database."""
    from laci_audit.audit.gate import find_config
    from laci_audit.store.prune import prune_database

    db_path = _db_path(inventory, db)
    pruned = prune_database(db_path, keep if keep is not None else find_config(inventory, config).keep_scans)
    typer.echo(f"{db_path}: {pruned.describe()}")


report_app = _group("report", "The privacy officer's reports: coverage, record of processing, breach, diff.")


@_command(report_app, "coverage")
def report_coverage(
    inventory: InventoryOption = Path("inventory"),
    format: SheetFormatOption = SheetFormat.table,
    output: OutputOption = None,
) -> None:
    """Fields, registered, personal and with a purpose: per source, per owner, per category, worst first."""
    from laci_audit.reports.coverage import coverage_sheets, coverage_summary
    from laci_audit.reports.sheets import render_sheet_report

    result = _run_audit(inventory, None, record=False).result
    _emit(render_sheet_report(format.value, "laci-audit coverage", coverage_sheets(result), coverage_summary(result)),
          output)


@_command(report_app, "ropa")
def report_ropa(
    inventory: InventoryOption = Path("inventory"),
    format: Annotated[RopaFormat, typer.Option("--format", "-f", help="Output format; html is one offline page.")] = RopaFormat.table,
    output: OutputOption = None,
) -> None:
    """The record of processing activities: one row per (category, purpose), unknown cells shown as such."""
    from laci_audit.answers.ropa import build_ropa
    from laci_audit.reports.ropa import ropa_intro, ropa_sheet
    from laci_audit.reports.sheets import render_sheet_report

    result = _run_audit(inventory, None, record=False).result
    ropa = build_ropa(result)
    if format is RopaFormat.html:
        from laci_audit.engine import organisation_of
        from laci_audit.reports.ropa_html import render_ropa_html

        _emit(render_ropa_html(result, ropa, organisation_of(inventory)), output)
        return
    _emit(render_sheet_report(format.value, "laci-audit record of processing", [ropa_sheet(ropa)], ropa_intro(ropa)),
          output)


@_command(report_app, "breach")
def report_breach(
    source: Annotated[str, typer.Argument(help="The breached source.")],
    tables: Annotated[Optional[list[str]], typer.Argument(help="Only these tables (default: all of the source).")] = None,
    inventory: InventoryOption = Path("inventory"),
    output: OutputOption = None,
) -> None:
    """Categories, specific data, subjects, purposes and owners involved, and a pre-filled Pasal 46 notice."""
    from laci_audit.answers.breach import breach_scope
    from laci_audit.reports.breach import render_breach

    result = _run_audit(inventory, None, record=False).result
    _emit(render_breach(result, breach_scope(result, source, tables)), output)


@_command(report_app, "diff")
def report_diff(
    inventory: InventoryOption = Path("inventory"),
    db: DbOption = None,
    since: Annotated[Optional[str], typer.Option("--since", help="An earlier scan id, or a date: compare the latest scan with the last one before it.")] = None,
    format: SheetFormatOption = SheetFormat.table,
    output: OutputOption = None,
) -> None:
    """Fields added, removed and changed, registrations changed, findings opened and closed between two scans."""
    from laci_audit.reports.history import diff_intro, diff_sheets
    from laci_audit.reports.sheets import render_sheet_report
    from laci_audit.store.history import diff_scans, resolve_since
    from laci_audit.store.schema import open_read_only

    database = open_read_only(_db_path(inventory, db))
    try:
        diff = diff_scans(database, *resolve_since(database, since))
    finally:
        database.close()
    _emit(render_sheet_report(format.value, "laci-audit diff", diff_sheets(diff), diff_intro(diff)), output)


# --- the policy: import, show, diff ----------------------------------------------------------

policy_app = _group("policy", "The policy taxonomy: import it from the policy text, show it, compare two versions.")


@_command(policy_app, "import")
def policy_import(
    path: Annotated[Path, typer.Argument(help="The policy text (kebijakan privasi).")],
    inventory: InventoryOption = Path("inventory"),
    output: Annotated[
        Optional[Path], typer.Option("--output", "-o", help="Taxonomy file (default: policy/taxonomy.yaml in the inventory).")
    ] = None,
) -> None:
    """Read the policy text and write the taxonomy of categories (A) and purposes (B)."""
    from laci_audit.inventory.layout import InventoryFolder
    from laci_audit.policy.text import import_policy

    target = output or InventoryFolder(inventory).taxonomy_file
    taxonomy = import_policy(path, target)
    _echo(
        f"{target}: {len(taxonomy.categories())} categories, {len(taxonomy.purposes())} purposes "
        f"(policy {taxonomy.version})"
    )


@_command(policy_app, "show")
def policy_show(
    inventory: InventoryOption = Path("inventory"),
    terms: Annotated[bool, typer.Option("--terms/--no-terms", help="Show the data words of each item.")] = True,
) -> None:
    """Print the policy's categories and purposes as a tree."""
    from rich.console import Console

    from laci_audit.policy.taxonomy import load_inventory_taxonomy
    from laci_audit.reports.policy_tree import build

    Console().print(build(load_inventory_taxonomy(inventory), terms))


@_command(policy_app, "diff")
def policy_diff(
    old: Annotated[Path, typer.Argument(help="The policy text in force.")],
    new: Annotated[Path, typer.Argument(help="The new version of the policy text.")],
    inventory: InventoryOption = Path("inventory"),
    format: SheetFormatOption = SheetFormat.table,
    output: OutputOption = None,
) -> None:
    """Items added, removed, reworded or renumbered, and every registered field relying on one that changed."""
    from laci_audit.inventory.declarations import load_declarations
    from laci_audit.policy.diff import diff_policies
    from laci_audit.reports.policy_diff import policy_diff_intro, policy_diff_sheets
    from laci_audit.reports.sheets import render_sheet_report

    diff = diff_policies(old, new, load_declarations(inventory))
    _emit(render_sheet_report(format.value, "laci-audit policy diff", policy_diff_sheets(diff), policy_diff_intro(diff)),
          output)


# --- where the catalog lives: browse, export ----------------------------------------------------

@_command(app, "browse")
def browse_command(
    inventory: InventoryOption = Path("inventory"),
    db: DbOption = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", "-p", min=1, max=65535, help="Port to listen on.")] = 8001,
) -> None:
    """Open the inventory database in Datasette (read-only), with descriptions and canned queries."""
    from laci_audit.browse import serve

    db_path = _db_path(inventory, db)
    typer.echo(f"laci-audit browse: {db_path} at http://{host}:{port}/{db_path.stem} (Ctrl-C stops)", err=True)
    serve(db_path, host, port)


export_app = _group("export", "Write the inventory where a catalog already lives.")


@_command(export_app, "datahub")
def export_datahub(
    inventory: InventoryOption = Path("inventory"),
    db: DbOption = None,
    output: OutputOption = None,
    env: Annotated[str, typer.Option("--env", help="DataHub environment (fabric) of the datasets.")] = "PROD",
) -> None:
    """The latest scan as DataHub metadata change proposals (JSON for DataHub's file source):
    datasets and schema fields with glossary terms for categories and purposes, a tag for specific data."""
    from laci_audit.reports.datahub import render_datahub
    from laci_audit.store.catalog import latest_catalog
    from laci_audit.store.schema import open_read_only

    database = open_read_only(_db_path(inventory, db))
    try:
        catalog = latest_catalog(database)
    finally:
        database.close()
    _emit(render_datahub(catalog, env), output)
