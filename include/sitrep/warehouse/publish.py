"""Publish a read-only serving copy of the marts for dashboards and BI tools.

The copy is written to a temporary file beside the target and swapped in with an atomic rename, so a reader sees
either the old copy or the new one, never a half-written file; a failure (disk full, a failed check) leaves the
old copy serving. Readers never touch the file the pipeline writes.

BI tools: the copy is written in the storage format of DuckDB 1.0 (`STORAGE_COMPATIBILITY`), which DuckDB 1.x
and 2.x both read, so ODBC/JDBC drivers and CLIs built on 1.x open it; dbt's column descriptions are copied
as `COMMENT ON` so `duckdb_columns()` (and tools that show comments) explain every column; and every table is
also written as Parquet in `parquet/` beside the copy, for tools that read files rather than databases.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb


PUBLISHED_SCHEMAS = ("marts",)
# The oldest storage format still read by every DuckDB release since 1.0: newer formats lock 1.x readers out.
STORAGE_COMPATIBILITY = "v1.0.0"
PARQUET_DIR = "parquet"


class PublishError(RuntimeError):
    pass


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def publish(warehouse_path: str | Path, serving_path: str | Path, *, as_of: str) -> Path:
    """Copy the published schemas to `serving_path` atomically; `as_of` (the data interval end) is recorded."""
    serving_path = Path(serving_path)
    serving_path.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_copies(serving_path)
    tmp = serving_path.with_name(f".{serving_path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        # Write the copy through its own connection and read the warehouse attached read-only.
        conn = duckdb.connect(str(tmp), config={"storage_compatibility_version": STORAGE_COMPATIBILITY})
        try:
            conn.execute("attach ? as wh (read_only)", [str(Path(warehouse_path))])
            for schema in PUBLISHED_SCHEMAS:
                tables = [r[0] for r in conn.execute(
                    "select table_name from information_schema.tables where table_catalog = 'wh' "
                    "and table_schema = ? and table_type = 'BASE TABLE' order by table_name", [schema]).fetchall()]
                if not tables:
                    raise PublishError(f"nothing to publish: schema {schema!r} has no tables (has dbt run?)")
                conn.execute(f'create schema "{schema}"')
                for table in tables:
                    conn.execute(f'create table "{schema}"."{table}" as select * from wh."{schema}"."{table}"')
                _copy_comments(conn, schema)
            conn.execute("create schema meta")
            conn.execute("create table meta.publication as select cast(? as varchar) as as_of", [as_of])
            conn.execute("detach wh")
            conn.execute("checkpoint")
        finally:
            conn.close()
        _check(tmp)
        parquet_tmps = _write_parquet(tmp, serving_path)
        _fsync(tmp)
        os.replace(tmp, serving_path)
        for part, final in parquet_tmps:
            os.replace(part, final)
        _fsync(serving_path.parent)
    finally:
        tmp.unlink(missing_ok=True)
        Path(f"{tmp}.wal").unlink(missing_ok=True)
        for leftover in (serving_path.parent / PARQUET_DIR).glob(f"*.{os.getpid()}.tmp"):
            leftover.unlink(missing_ok=True)
    return serving_path


def _copy_comments(conn: duckdb.DuckDBPyConnection, schema: str) -> None:
    """dbt's descriptions (persist_docs) live as comments in the warehouse; a CTAS copy drops them."""
    for table, comment in conn.execute(
            "select table_name, comment from duckdb_tables() where database_name = 'wh' and schema_name = ? "
            "and comment is not null and comment <> ''", [schema]).fetchall():
        conn.execute(f'comment on table "{schema}"."{table}" is {_literal(comment)}')
    for table, column, comment in conn.execute(
            "select table_name, column_name, comment from duckdb_columns() where database_name = 'wh' "
            "and schema_name = ? and comment is not null and comment <> ''", [schema]).fetchall():
        conn.execute(f'comment on column "{schema}"."{table}"."{column}" is {_literal(comment)}')


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _write_parquet(copy: Path, serving_path: Path) -> list[tuple[Path, Path]]:
    """One Parquet file per published table, written as temp files that the caller renames after the copy."""
    folder = serving_path.parent / PARQUET_DIR
    folder.mkdir(exist_ok=True)
    written: list[tuple[Path, Path]] = []
    conn = duckdb.connect(str(copy), read_only=True)
    try:
        tables = conn.execute("select schema_name, table_name from duckdb_tables() where schema_name in "
                              f"({', '.join('?' for _ in PUBLISHED_SCHEMAS)}) order by all",
                              list(PUBLISHED_SCHEMAS)).fetchall()
        for schema, table in tables:
            final = folder / f"{table}.parquet"
            part = folder / f".{table}.parquet.{os.getpid()}.tmp"
            conn.execute(f'copy "{schema}"."{table}" to {_literal(str(part))} (format parquet, compression zstd)')
            written.append((part, final))
    finally:
        conn.close()
    # A table no longer published must not linger as a stale snapshot.
    keep = {final.name for _, final in written}
    for old in folder.glob("*.parquet"):
        if old.name not in keep:
            old.unlink(missing_ok=True)
    return written


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _remove_stale_copies(serving_path: Path) -> None:
    """Delete the partial copies of publishes that were killed (their pid is gone), so they cannot fill the disk."""
    prefix = f".{serving_path.name}."
    for leftover in serving_path.parent.glob(f"{prefix}*.tmp*"):
        pid = leftover.name[len(prefix):].split(".", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not _pid_alive(int(pid)):
            leftover.unlink(missing_ok=True)
    for leftover in (serving_path.parent / PARQUET_DIR).glob(".*.parquet.*.tmp"):
        pid = leftover.name.rsplit(".", 2)[-2]
        if pid.isdigit() and int(pid) != os.getpid() and not _pid_alive(int(pid)):
            leftover.unlink(missing_ok=True)


def _check(path: Path) -> None:
    """Refuse to swap in a copy that a reader could not open."""
    conn = duckdb.connect(str(path), read_only=True)
    try:
        conn.execute("select count(*) from marts.fct_incidents").fetchone()
    finally:
        conn.close()
