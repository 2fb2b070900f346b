"""Publish a read-only serving copy of the marts for dashboards and BI tools.

The copy is written to a temporary file beside the target and swapped in with an atomic rename, so a reader sees
either the old copy or the new one, never a half-written file; a failure (disk full, a failed check) leaves the
old copy serving. Readers never touch the file the pipeline writes.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb


PUBLISHED_SCHEMAS = ("marts",)


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
        conn = duckdb.connect(str(tmp))
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
            conn.execute("create schema meta")
            conn.execute("create table meta.publication as select cast(? as varchar) as as_of", [as_of])
            conn.execute("detach wh")
            conn.execute("checkpoint")
        finally:
            conn.close()
        _check(tmp)
        _fsync(tmp)
        os.replace(tmp, serving_path)
        _fsync(serving_path.parent)
    finally:
        tmp.unlink(missing_ok=True)
        Path(f"{tmp}.wal").unlink(missing_ok=True)
    return serving_path


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


def _check(path: Path) -> None:
    """Refuse to swap in a copy that a reader could not open."""
    conn = duckdb.connect(str(path), read_only=True)
    try:
        conn.execute("select count(*) from marts.fct_incidents").fetchone()
    finally:
        conn.close()
