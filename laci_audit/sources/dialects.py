"""SQL dialect names as users write them (mariadb, postgresql, mssql, ...) and the sqlglot dialect
each names; the list of known ones, found without importing sqlglot."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from laci_audit.errors import SourceError

# Other names of sqlglot's dialects: products, and spellings of the tools' own names.
ALIASES = {
    "mariadb": "mysql", "mysql8": "mysql", "mysql5": "mysql", "aurora-mysql": "mysql",
    "postgresql": "postgres", "pg": "postgres", "pgsql": "postgres", "psql": "postgres",
    "aurora-postgresql": "postgres",
    "mssql": "tsql", "sqlserver": "tsql", "sql-server": "tsql", "t-sql": "tsql", "azuresql": "tsql",
    "sqlite3": "sqlite", "google-bigquery": "bigquery", "spark-sql": "spark", "sparksql": "spark",
}
_PLAIN_NAME = re.compile(r"[a-z0-9_]+")


def canonical(name: str) -> str:
    """The sqlglot dialect a declared name stands for (the name itself when it is one)."""
    spelt = str(name).strip().casefold().replace(" ", "-").replace("_", "-")
    return ALIASES.get(spelt, str(name).strip().casefold())


@lru_cache(maxsize=1)
def sqlglot_dialects() -> tuple[str, ...]:
    """The dialects sqlglot ships a module for, by the names it reads them by."""
    spec = find_spec("sqlglot")
    folder = Path(spec.origin).parent / "dialects" if spec and spec.origin else Path("/nonexistent")
    return tuple(sorted(path.stem for path in folder.glob("*.py")
                        if not path.stem.startswith("_") and path.stem != "dialect"))


def check(name: str) -> str | None:
    """None for a dialect laci-audit can read; otherwise a message listing the ones that exist."""
    dialect = canonical(name)
    if _PLAIN_NAME.fullmatch(dialect) and dialect in sqlglot_dialects():
        return None
    return (f"unknown SQL dialect '{name}': use one of {', '.join(sqlglot_dialects())} "
            f"(or {', '.join(sorted(ALIASES))}, other names for some of them)")


def require(name: str) -> str:
    """The sqlglot dialect a declared name stands for; SourceError naming the known ones otherwise."""
    problem = check(name)
    if problem:
        raise SourceError(problem)
    return canonical(name)
