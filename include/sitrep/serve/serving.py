"""The published serving copy as the dashboard reads it: its identity, a read-only session, clear errors.

The dashboard reads the published serving copy (``SITREP_SERVING``), never the file the pipeline writes. The
pipeline publishes a new copy by atomic rename, so a reader that opens the path gets either the old or the new
file, never a half-written one. Two rules follow:

* open the file read-only and close the connection as soon as the batch of reads is done, so the reader never
  holds a lock or an old inode longer than one page render;
* key every cache on the file's identity (inode, mtime, size), so a newly published copy is noticed on the next
  render without restarting the app.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import duckdb

from sitrep.settings import Settings

REQUIRED_TABLES = ("marts.fct_incidents", "marts.fct_incident_reports", "marts.dim_locations")


class ServingUnavailable(RuntimeError):
    """The serving copy is missing or lacks the marts the dashboard needs."""


@dataclass(frozen=True)
class ServingVersion:
    """Identity of one published file. A new publish (rename) changes the inode and usually the mtime."""

    inode: int
    mtime_ns: int
    size: int


def serving_path() -> Path:
    return Settings.from_env().serving


def serving_version(path: str | Path) -> ServingVersion | None:
    """The file's identity, or None when nothing has been published yet."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return ServingVersion(inode=st.st_ino, mtime_ns=st.st_mtime_ns, size=st.st_size)


def check_tables(conn: duckdb.DuckDBPyConnection, path: Path) -> None:
    present = {
        f"{schema}.{name}"
        for schema, name in conn.execute(
            "SELECT table_schema, table_name FROM information_schema.tables"
        ).fetchall()
    }
    missing = [t for t in REQUIRED_TABLES if t not in present]
    if missing:
        raise ServingUnavailable(f"{path} lacks {', '.join(missing)}; has the pipeline published a full run?")


def open_serving(path: str | Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection; read-only so the dashboard can never alter or lock out the published copy."""
    path = Path(path)
    if not path.is_file():
        raise ServingUnavailable(f"no serving copy at {path}; run the pipeline to publish one")
    try:
        return duckdb.connect(str(path), read_only=True)
    except duckdb.Error as exc:
        raise ServingUnavailable(f"cannot open serving copy {path}: {exc}") from exc


@contextmanager
def reading(path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """One short read-only session on a copy that has the marts; closed on leaving, whatever happened.

    A query the copy cannot answer (an older or foreign file) becomes ServingUnavailable, not a DuckDB traceback.
    """
    conn = open_serving(path)
    try:
        check_tables(conn, path)
        yield conn
    except duckdb.Error as exc:
        raise ServingUnavailable(f"serving copy {path} does not match the contract: {exc}") from exc
    finally:
        conn.close()
