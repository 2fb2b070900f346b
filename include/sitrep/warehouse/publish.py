"""Publish a read-only serving copy of the marts for dashboards and BI tools.

The copy is written to a temporary file beside the target and swapped in with an atomic rename, so a reader sees
either the old copy or the new one, never a half-written file; a failure (disk full, a failed check) leaves the
old copy serving. Readers never touch the file the pipeline writes.

BI tools: the copy is written in the storage format of DuckDB 1.0 (`STORAGE_COMPATIBILITY`), which DuckDB 1.x
and 2.x both read, so ODBC/JDBC drivers and CLIs built on 1.x open it; dbt's column descriptions are copied
as `COMMENT ON` so `duckdb_columns()` (and tools that show comments) explain every column; and every table is
also written as Parquet in `parquet/` beside the copy, for tools that read files rather than databases.

A daily publication is incremental: the warehouse logs which incidents each dbt run changed (meta.incident_changes,
see dbt_project/macros/incident_changes.sql), and the serving copy records the last log entry it holds
(meta.publication.changes_seq). The new copy is then the old one, copied as a file, with the rows of those incidents
replaced in the incident marts (the tables keyed by incident_id) and the small dimension tables replaced whole; only
the changed tables' Parquet files are rewritten. The result is the same copy a whole publication writes (tested in
tests/warehouse/test_publish.py); it is still written beside the target and renamed into place. A whole copy is made
when anything else may have changed: no serving copy or an unreadable one, a restarted log (a full refresh, another
warehouse, or one restored from a backup), an "everything changed" entry (a full refresh, a scrub), other tables,
columns or descriptions, or a file grown by a third over a fresh copy's size (deleted rows leave free space).
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import duckdb


PUBLISHED_SCHEMAS = ("marts",)
# The oldest storage format still read by every DuckDB release since 1.0: newer formats lock 1.x readers out.
STORAGE_COMPATIBILITY = "v1.0.0"
PARQUET_DIR = "parquet"
CHANGES = "meta.incident_changes"
INCIDENT_KEY = "incident_id"
COMPACT_BYTES = 64 * 2**20


class PublishError(RuntimeError):
    pass


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@dataclass
class _Plan:
    """An incremental publication: the incidents to replace, and the log position the new copy will record."""
    incidents: list[str]
    log_id: str | None
    seq: int | None


def publish(warehouse_path: str | Path, serving_path: str | Path, *, as_of: str, full: bool = False) -> Path:
    """Write the published schemas to `serving_path` atomically; `as_of` (the data interval end) is recorded.
    Incremental when the serving copy allows it (see the module's docstring); `full` forces a whole copy."""
    serving_path = Path(serving_path)
    serving_path.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_copies(serving_path)
    tmp = serving_path.with_name(f".{serving_path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        plan = None if full else _incremental_plan(Path(warehouse_path), serving_path)
        if plan is None:
            _write_whole(tmp, Path(warehouse_path), as_of)
            changed_tables = None
        else:
            shutil.copyfile(serving_path, tmp)
            changed_tables = _apply(tmp, Path(warehouse_path), plan, as_of)
        _check(tmp)
        parquet_tmps = _write_parquet(tmp, serving_path, changed_tables)
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


def _write_whole(tmp: Path, warehouse_path: Path, as_of: str) -> None:
    # Write the copy through its own connection and read the warehouse attached read-only.
    conn = duckdb.connect(str(tmp), config={"storage_compatibility_version": STORAGE_COMPATIBILITY})
    try:
        conn.execute("attach ? as wh (read_only)", [str(warehouse_path)])
        log_id, seq = _log_position(conn)
        for schema in PUBLISHED_SCHEMAS:
            tables = _tables(conn, "wh", schema)
            if not tables:
                raise PublishError(f"nothing to publish: schema {schema!r} has no tables (has dbt run?)")
            conn.execute(f'create schema "{schema}"')
            for table in tables:
                conn.execute(f'create table "{schema}"."{table}" as select * from wh."{schema}"."{table}"')
            _copy_comments(conn, schema)
        conn.execute("create schema meta")
        conn.execute("create table meta.publication as select cast(? as varchar) as as_of, "
                     "cast(? as varchar) as changes_log, cast(? as bigint) as changes_seq, "
                     "cast(? as varchar) as changes_at, cast(null as bigint) as whole_blocks",
                     [as_of, log_id, seq, _entry_time(conn, seq)])
        conn.execute("detach wh")
        conn.execute("checkpoint")
        # The size of a fresh copy: incremental publications make a whole copy again when the file outgrows it.
        conn.execute("update meta.publication set whole_blocks = (select used_blocks from pragma_database_size() "
                     "where database_name = current_database())")
        conn.execute("checkpoint")
    finally:
        conn.close()


def _tables(conn: duckdb.DuckDBPyConnection, catalog: str, schema: str) -> list[str]:
    return [r[0] for r in conn.execute(
        "select table_name from information_schema.tables where table_catalog = ? "
        "and table_schema = ? and table_type = 'BASE TABLE' order by table_name", [catalog, schema]).fetchall()]


def _log_position(conn: duckdb.DuckDBPyConnection) -> tuple[str | None, int | None]:
    """(log id, seq) of the warehouse attached as `wh`: the id names this log (the time of its first entry, so a
    restarted log or another warehouse is not mistaken for it); seq is the last entry whose changes the marts
    hold (an entry not yet marts_done is left for the next publication). (None, None) without a log."""
    try:
        first, done_through = conn.execute(f"""
            select (select cast(changed_at as varchar) || '#' || seq from wh.{CHANGES} order by seq limit 1),
                   coalesce((select min(seq) from wh.{CHANGES} where not marts_done) - 1,
                            (select max(seq) from wh.{CHANGES}))
        """).fetchone()
    except duckdb.CatalogException:
        return None, None
    return first, done_through


def _entry_time(conn: duckdb.DuckDBPyConnection, seq: int | None) -> str | None:
    """When the log entry `seq` of the warehouse attached as `wh` was written: with the seq it pins the entry, so a
    warehouse restored from a backup (the same log, other entries under the same numbers) is not mistaken."""
    if seq is None:
        return None
    return conn.execute(f"select cast(max(changed_at) as varchar) from wh.{CHANGES} where seq = ?", [seq]).fetchone()[0]


def _schema_signature(conn: duckdb.DuckDBPyConnection, catalog: str) -> list[tuple]:
    return conn.execute(
        "select schema_name, table_name, column_name, column_index, data_type, nullif(comment, '') from duckdb_columns() "
        f"where database_name = ? and schema_name in ({', '.join('?' for _ in PUBLISHED_SCHEMAS)}) "
        "order by all", [catalog, *PUBLISHED_SCHEMAS]).fetchall() + conn.execute(
        "select schema_name, table_name, nullif(comment, '') from duckdb_tables() "
        f"where database_name = ? and schema_name in ({', '.join('?' for _ in PUBLISHED_SCHEMAS)}) "
        "order by all", [catalog, *PUBLISHED_SCHEMAS]).fetchall()


def _incremental_plan(warehouse_path: Path, serving_path: Path) -> _Plan | None:
    """What an incremental publication must replace, or None when only a whole copy is safe."""
    if not serving_path.exists():
        return None
    try:
        conn = duckdb.connect(str(serving_path), read_only=True)
    except duckdb.Error:
        return None
    try:
        try:
            log_id, seq, seq_at, whole_blocks = conn.execute(
                "select changes_log, changes_seq, changes_at, whole_blocks from meta.publication").fetchone()
            block, used, free = conn.execute("select block_size, used_blocks, free_blocks from pragma_database_size() "
                                             "where database_name = current_database()").fetchone()
        except (duckdb.Error, TypeError):
            return None
        if log_id is None or seq is None or seq_at is None:
            return None
        # Deleted rows leave holes: once the file holds a third more than a fresh copy did, or a quarter of it is
        # free (and that is more than COMPACT_BYTES), a whole copy compacts it again.
        if whole_blocks is None:
            return None
        if (used > 1.33 * whole_blocks and (used - whole_blocks) * block > COMPACT_BYTES) or \
                (free > (used + free) / 4 and free * block > COMPACT_BYTES):
            return None
        conn.execute("attach ? as wh (read_only)", [str(warehouse_path)])
        new_log_id, new_seq = _log_position(conn)
        if new_log_id != log_id or new_seq is None or new_seq < seq or _entry_time(conn, seq) != seq_at:
            return None
        if _schema_signature(conn, "wh") != _schema_signature(conn, conn.execute(
                "select current_database()").fetchone()[0]):
            return None
        changes = conn.execute(f"select distinct incident_id from wh.{CHANGES} where seq > ? and seq <= ?",
                               [seq, new_seq]).fetchall()
        if any(incident_id is None for (incident_id,) in changes):
            return None
        return _Plan(sorted(incident_id for (incident_id,) in changes), new_log_id, new_seq)
    except duckdb.Error:
        return None
    finally:
        conn.close()


def _apply(tmp: Path, warehouse_path: Path, plan: _Plan, as_of: str) -> list[tuple[str, str]]:
    """Bring the copied serving file up to the warehouse: the changed incidents' rows in the tables keyed by
    incident_id, every other table whole. Returns the tables written."""
    conn = duckdb.connect(str(tmp), config={"storage_compatibility_version": STORAGE_COMPATIBILITY})
    written = []
    try:
        conn.execute("attach ? as wh (read_only)", [str(warehouse_path)])
        conn.execute("create temp table sitrep_changed as select unnest(?::varchar[]) as incident_id",
                     [plan.incidents])
        conn.execute("begin transaction")
        for schema in PUBLISHED_SCHEMAS:
            for table in _tables(conn, "wh", schema):
                target, source = f'"{schema}"."{table}"', f'wh."{schema}"."{table}"'
                keyed = conn.execute(
                    "select count(*) from duckdb_columns() where database_name = 'wh' and schema_name = ? "
                    "and table_name = ? and column_name = ?", [schema, table, INCIDENT_KEY]).fetchone()[0]
                if keyed:
                    if not plan.incidents:
                        continue
                    changed = "(select incident_id from sitrep_changed)"
                    conn.execute(f"delete from {target} where {INCIDENT_KEY} in {changed}")
                    conn.execute(f"insert into {target} select * from {source} where {INCIDENT_KEY} in {changed}")
                else:
                    conn.execute(f"delete from {target}")
                    conn.execute(f"insert into {target} select * from {source}")
                written.append((schema, table))
        conn.execute("update meta.publication set as_of = ?, changes_log = ?, changes_seq = ?, changes_at = ?",
                     [as_of, plan.log_id, plan.seq, _entry_time(conn, plan.seq)])
        conn.execute("commit")
        conn.execute("detach wh")
        conn.execute("checkpoint")
    finally:
        conn.close()
    return written


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


def _write_parquet(copy: Path, serving_path: Path,
                   only: list[tuple[str, str]] | None = None) -> list[tuple[Path, Path]]:
    """One Parquet file per published table, written as temp files that the caller renames after the copy; with
    `only`, the files of those tables (an incremental publication: the others are unchanged)."""
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
            if only is not None and (schema, table) not in only and final.exists():
                written.append((None, final))
                continue
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
    return [(part, final) for part, final in written if part is not None]


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
