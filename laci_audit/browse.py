"""`laci-audit browse`: the inventory database in Datasette, read-only, with its metadata and the
privacy officer's canned queries (datasette is the optional `browse` extra)."""

from __future__ import annotations

from pathlib import Path

from laci_audit.errors import LaciError


def browse_metadata(db_path: Path) -> dict:
    """Datasette metadata for the inventory database: descriptions, policy labels, canned queries."""
    from laci_audit.reports.browse import datasette_metadata
    from laci_audit.store.catalog import latest_catalog
    from laci_audit.store.schema import open_read_only

    database = open_read_only(db_path)
    try:
        labels = latest_catalog(database).labels
    finally:
        database.close()
    return datasette_metadata(db_path.stem, labels)


def serve(db_path: Path, host: str, port: int) -> None:
    """Serve the inventory database (opened immutable: Datasette never writes it) until Ctrl-C."""
    try:
        import uvicorn
        from datasette.app import Datasette
    except ImportError:
        raise LaciError("browse needs Datasette: pip install 'laci-audit[browse]'") from None
    metadata = browse_metadata(db_path)
    app = Datasette(immutables=[str(db_path)], metadata=metadata, settings={"sql_time_limit_ms": 5000})
    uvicorn.run(app.app(), host=host, port=port, log_level="warning")
