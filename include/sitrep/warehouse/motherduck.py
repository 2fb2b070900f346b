"""MotherDuck as the serving target: `SITREP_SERVING=md:<database>` publishes the marts into a MotherDuck database
(shared read-only with dashboards and BI tools through a MotherDuck share) instead of a local serving file.

The publication is one transaction on the target: the marts schema is dropped and re-created from the warehouse
(attached read-only) and `meta.publication` records as_of, so a reader sees the old marts or the new ones, never
a mix, and a failure leaves the old ones. The warehouse itself stays a local file (dbt can also write to MotherDuck
directly: see docs/deployment.md).

Offline stand-in: DuckDB reaches MotherDuck through its `motherduck` extension and a token (MOTHERDUCK_TOKEN),
neither of which exists here. With SITREP_MD_LOCAL_CATALOG=<folder>, `md:<database>` opens `<folder>/<database>.duckdb`
instead, a local DuckDB catalog: the same SQL, the same code path, the test's stand-in (tests/warehouse/test_motherduck.py).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import duckdb

PREFIX = "md:"
PUBLISHED_SCHEMAS = ("marts",)
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class MotherDuckError(RuntimeError):
    pass


def is_motherduck(target: str | Path) -> bool:
    return isinstance(target, str) and target.startswith(PREFIX)


def database_name(target: str) -> str:
    name = target[len(PREFIX):].split("?", 1)[0]
    if not _NAME.match(name):
        raise MotherDuckError(f"{target!r}: expected md:<database>, a database name of letters, digits and _")
    return name


def connect(target: str, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A connection whose default database is the MotherDuck database (or its local stand-in)."""
    name = database_name(target)
    standin = os.environ.get("SITREP_MD_LOCAL_CATALOG", "").strip()
    if standin:
        folder = Path(standin).expanduser()
        folder.mkdir(parents=True, exist_ok=True)
        return duckdb.connect(str(folder / f"{name}.duckdb"), read_only=read_only)
    if not os.environ.get("MOTHERDUCK_TOKEN") and not os.environ.get("motherduck_token"):
        raise MotherDuckError(f"{target}: set MOTHERDUCK_TOKEN (a MotherDuck access token) to publish there")
    return duckdb.connect(target, read_only=read_only)


def publish(warehouse_path: str | Path, target: str, *, as_of: str) -> str:
    """Replace the marts in the MotherDuck database `target` with the warehouse's, in one transaction."""
    conn = connect(target)
    try:
        conn.execute("attach ? as wh (read_only)", [str(Path(warehouse_path))])
        conn.execute("begin transaction")
        try:
            for schema in PUBLISHED_SCHEMAS:
                tables = [r[0] for r in conn.execute(
                    "select table_name from information_schema.tables where table_catalog = 'wh' "
                    "and table_schema = ? and table_type = 'BASE TABLE' order by table_name", [schema]).fetchall()]
                if not tables:
                    raise MotherDuckError(f"nothing to publish: schema {schema!r} has no tables (has dbt run?)")
                conn.execute(f'drop schema if exists "{schema}" cascade')
                conn.execute(f'create schema "{schema}"')
                for table in tables:
                    conn.execute(f'create table "{schema}"."{table}" as select * from wh."{schema}"."{table}"')
            conn.execute("create schema if not exists meta")
            conn.execute("create or replace table meta.publication as select cast(? as varchar) as as_of", [as_of])
            conn.execute("commit")
        except BaseException:
            conn.execute("rollback")
            raise
        conn.execute("detach wh")
    finally:
        conn.close()
    return target


def count_incidents(target: str) -> int | None:
    try:
        conn = connect(target, read_only=True)
    except (duckdb.Error, MotherDuckError):
        return None
    try:
        return conn.execute("select count(*) from marts.fct_incidents").fetchone()[0]
    except duckdb.Error:
        return None
    finally:
        conn.close()
