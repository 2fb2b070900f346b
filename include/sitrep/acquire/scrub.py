"""Scrub URL secrets out of a warehouse written before they were stripped at landing (sitrep.acquire.redact).

Rows landed by older versions keep `user:pass@` and `?api_key=...` in raw.articles (url, final_url,
canonical_url, error reasons, feed titles), and dbt copied them into the intermediate tables and the marts, from
where publishing put them in the serving copy. The scrub rewrites every such value, in every table of the
warehouse, to what landing stores today: the same `redact_text` mapping applied to the same value in every layer,
so the layers still join (a mention's url is still its article's canonical_url).

It runs once by itself, at the start of the first landing after an upgrade (recorded in `meta.migrations`), so
the dbt build and publication of that same run leave the marts and the serving copy clean; `sitrep scrub-secrets`
runs it on demand and republishes the serving copy at once. Running it again changes nothing.

Not rewritten: raw.articles.body (the document exactly as received, by design), and article_id, an opaque hash
that every layer keys on; changing it would orphan the incremental models' rows.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime, timezone
from pathlib import Path

import duckdb

from sitrep.acquire.redact import redact_text
from sitrep.warehouse.connection import warehouse

log = logging.getLogger(__name__)

MIGRATION = "scrub_url_secrets_v1"
# Columns that hold URLs, or text that may quote one (error reasons, feed titles): by name, in any table.
URL_COLUMN = re.compile(r"(^|_)urls?$")
TEXT_COLUMNS = frozenset({"fetch_error", "extract_warning", "extraction_error", "title_hint", "title", "reason"})
# Where a secret can be at all: user-info before the host, or a query / fragment parameter.
MAY_HOLD_SECRET = r"://[^/?#\s]*@|://\S*[?#]\S*="


def _columns(conn: duckdb.DuckDBPyConnection) -> list[tuple[str, str, str]]:
    rows = conn.execute("""
        select c.table_schema, c.table_name, c.column_name
        from information_schema.columns c join information_schema.tables t using (table_catalog, table_schema, table_name)
        where t.table_type = 'BASE TABLE' and c.table_catalog = current_database() and c.data_type = 'VARCHAR'
        order by 1, 2, 3
    """).fetchall()
    return [(s, t, c) for s, t, c in rows if URL_COLUMN.search(c.lower()) or c.lower() in TEXT_COLUMNS]


def scrub(conn: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rewrite every secret-bearing value in one transaction; returns rows changed per `schema.table.column`."""
    changed: dict[str, int] = {}
    conn.execute("begin transaction")
    try:
        for schema, table, column in _columns(conn):
            qualified, col = f'"{schema}"."{table}"', f'"{column}"'
            values = [v for (v,) in conn.execute(
                f"select distinct {col} from {qualified} where regexp_matches({col}, ?)", [MAY_HOLD_SECRET]
            ).fetchall()]
            mapping = [(old, new) for old in values if (new := redact_text(old)) != old]
            if not mapping:
                continue
            conn.execute("create or replace temp table sitrep_scrub_map (old varchar, new varchar)")
            conn.executemany("insert into sitrep_scrub_map values (?, ?)", mapping)
            count = conn.execute(f"update {qualified} as t set {col} = m.new from sitrep_scrub_map m "
                                 f"where t.{col} = m.old").fetchone()[0]
            changed[f"{schema}.{table}.{column}"] = count
        conn.execute("drop table if exists sitrep_scrub_map")
        if changed:
            _mark_changed(conn, changed)
        conn.execute("create schema if not exists meta")
        conn.execute("create table if not exists meta.migrations "
                     "(name varchar primary key, applied_at timestamp, detail varchar)")
        conn.execute("insert or replace into meta.migrations values (?, ?, ?)",
                     [MIGRATION, datetime.now(timezone.utc).replace(tzinfo=None), repr(changed)])
        conn.execute("commit")
    except BaseException:
        conn.execute("rollback")
        raise
    conn.execute("checkpoint")  # the old values leave the WAL now, not at some later checkpoint
    if changed:
        log.warning("scrubbed URL secrets from rows stored before they were stripped: %s", changed)
    return changed


def _mark_changed(conn: duckdb.DuckDBPyConnection, changed: dict[str, int]) -> None:
    """The daily run's change tracking (dbt_project/macros/incident_changes.sql) must see the rewrite: mentions whose
    url changed get their fingerprint again (int_incident_mentions' post-hook fills it, so clustering compares
    the new value), and an "everything" entry in meta.incident_changes makes the next build rebuild the incident
    marts and the next publication copy them whole."""
    tables = {key.rsplit(".", 1)[0] for key in changed}
    columns = {(s, t, c) for s, t, c in conn.execute(
        "select table_schema, table_name, column_name from information_schema.columns "
        "where table_catalog = current_database()").fetchall()}
    if ("intermediate", "int_incident_mentions", "fingerprint") in columns and \
            "intermediate.int_incident_mentions" in tables:
        conn.execute("update intermediate.int_incident_mentions set fingerprint = null")
    if ("meta", "incident_changes", "seq") in columns:
        conn.execute("insert into meta.incident_changes select coalesce(max(seq), 0) + 1, ?, null, false "
                     "from meta.incident_changes", [datetime.now(timezone.utc).replace(tzinfo=None)])


def applied(conn: duckdb.DuckDBPyConnection) -> bool:
    try:
        return conn.execute("select count(*) from meta.migrations where name = ?", [MIGRATION]).fetchone()[0] > 0
    except duckdb.CatalogException:
        return False


def scrub_once(warehouse_path: str | Path) -> dict[str, int] | None:
    """The automatic migration: scrub unless already done (None then). A new warehouse is marked done at once:
    it only ever receives redacted rows, and a later run must not add the mark and so change the warehouse."""
    path = Path(warehouse_path)
    with warehouse(path) as conn:
        if applied(conn):
            return None
        return scrub(conn)


def scrub_and_republish(warehouse_path: str | Path, serving_path: str | Path | None) -> dict:
    """`sitrep scrub-secrets`: scrub now (again, if need be) and replace the serving copy with a clean one, keeping
    its publication date; a warehouse with no serving copy yet is only scrubbed."""
    from sitrep.warehouse.publish import publish

    path = Path(warehouse_path)
    if not path.exists():
        raise FileNotFoundError(f"no warehouse at {path}")
    with warehouse(path) as conn:
        changed = scrub(conn)
    republished = None
    if serving_path is not None and Path(serving_path).exists():
        with duckdb.connect(str(serving_path), read_only=True) as serving:
            as_of = serving.execute("select as_of from meta.publication").fetchone()[0]
        republished = str(publish(path, serving_path, as_of=as_of, full=True))
    return {"warehouse": str(path), "changed": changed, "rows": sum(changed.values()), "republished": republished}
