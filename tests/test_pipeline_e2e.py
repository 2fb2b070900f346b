"""End to end: the real DAG, run by `airflow dags test`, over the bundled sample site served on loopback."""

from __future__ import annotations

import socket
from pathlib import Path

import duckdb
import pytest

from sitrep import demo


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _snapshot(path: str) -> dict[str, list[tuple]]:
    """Every row of every table, sorted: two equal snapshots mean an identical warehouse."""
    conn = duckdb.connect(path, read_only=True)
    try:
        tables = conn.execute(
            "select table_schema, table_name from information_schema.tables "
            "where table_catalog = current_database() and table_type = 'BASE TABLE' order by 1, 2").fetchall()
        return {f"{s}.{t}": sorted(map(repr, conn.execute(f'select * from "{s}"."{t}"').fetchall()))
                for s, t in tables}
    finally:
        conn.close()


@pytest.fixture(scope="module")
def first_run(airflow_env):
    port = _free_port()
    proc = demo.run_dag(env=airflow_env, port=port)
    assert proc.returncode == 0, proc.stdout[-8000:]
    return {"port": port, "env": airflow_env, "snapshot": _snapshot(airflow_env["SITREP_WAREHOUSE"])}


def test_sample_incidents_land_in_the_marts(first_run):
    conn = duckdb.connect(first_run["env"]["SITREP_SERVING"], read_only=True)
    try:
        rows = conn.execute("""
            select i.event_type, i.sub_event_type, l.name, l.country_iso2, i.source_url, i.evidence
            from marts.fct_incidents i join marts.dim_locations l using (location_id)
        """).fetchall()
    finally:
        conn.close()
    assert rows, "no incidents published"
    countries = {r[3] for r in rows}
    assert {"IQ", "SO"} <= countries  # the Iraq and Somalia articles report violence
    arrests = [r for r in rows if r[1] == "Arrests"]
    assert any("Tarmiyah" in r[5] for r in arrests)
    # sport and markets pages are not incidents
    assert not any("derby" in r[4] or "oil-prices" in r[4] for r in rows)


def test_every_fetch_failure_is_recorded(first_run):
    conn = duckdb.connect(first_run["env"]["SITREP_WAREHOUSE"], read_only=True)
    try:
        failures = conn.execute("select url, fetch_error from raw.articles where fetch_error is not null").fetchall()
    finally:
        conn.close()
    assert any(url.endswith("/retracted-report.html") and "404" in err for url, err in failures)


def test_same_day_twice_changes_nothing(first_run):
    proc = demo.run_dag(env=first_run["env"], port=first_run["port"])
    assert proc.returncode == 0, proc.stdout[-8000:]
    assert _snapshot(first_run["env"]["SITREP_WAREHOUSE"]) == first_run["snapshot"]
