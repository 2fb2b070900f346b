"""The serving copy as BI tools meet it: readable by DuckDB 1.x and 2.x, column comments kept, Parquet beside."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from sitrep.warehouse.publish import publish

DUCKDB1 = Path(__file__).resolve().parents[2] / ".venv" / "duckdb1"  # `make setup` installs it there


def _warehouse(path: Path) -> None:
    conn = duckdb.connect(str(path))
    try:
        conn.execute("create schema marts")
        conn.execute("create table marts.fct_incidents as select range as incident_id, "
                     "timestamp '2022-06-01 10:30:00' + to_hours(range) as first_reported_at, "
                     "'evidence ' || range as evidence from range(50)")
        conn.execute("create table marts.dim_locations as select 'loc' || range as location_id from range(3)")
        conn.execute("comment on table marts.fct_incidents is 'One row per incident'")
        conn.execute("comment on column marts.fct_incidents.evidence is 'The sentence that states it, quoted ''as is'''")
    finally:
        conn.close()


def test_copy_keeps_descriptions_and_writes_parquet_of_every_table(tmp_path):
    wh = tmp_path / "wh.duckdb"
    _warehouse(wh)
    serving = publish(wh, tmp_path / "serving" / "sitrep.duckdb", as_of="2022-06-02")
    conn = duckdb.connect(str(serving), read_only=True)
    try:
        comments = dict(conn.execute("select column_name, comment from duckdb_columns() "
                                     "where table_name = 'fct_incidents' and comment is not null").fetchall())
        assert comments == {"evidence": "The sentence that states it, quoted 'as is'"}
        assert conn.execute("select comment from duckdb_tables() where table_name = 'fct_incidents'"
                            ).fetchone()[0] == "One row per incident"
        for table, rows in (("fct_incidents", 50), ("dim_locations", 3)):
            parquet = serving.parent / "parquet" / f"{table}.parquet"
            assert conn.execute("select count(*) from read_parquet(?)", [str(parquet)]).fetchone()[0] == rows
            assert conn.execute(f"select * from read_parquet(?) except all select * from marts.{table}",
                                [str(parquet)]).fetchall() == []
    finally:
        conn.close()
    # A table dropped from the marts does not linger as a stale snapshot, and no temp files are left.
    conn = duckdb.connect(str(wh))
    conn.execute("drop table marts.dim_locations")
    conn.close()
    publish(wh, serving, as_of="2022-06-03")
    assert sorted(p.name for p in (serving.parent / "parquet").iterdir()) == ["fct_incidents.parquet"]


@pytest.mark.skipif(not (DUCKDB1 / "duckdb").is_dir(), reason="DuckDB 1.x not installed: run `make setup`")
def test_duckdb_1x_opens_the_serving_copy(tmp_path):
    wh = tmp_path / "wh.duckdb"
    _warehouse(wh)
    serving = publish(wh, tmp_path / "sitrep.duckdb", as_of="2022-06-02")
    script = (
        "import duckdb, json, sys\n"
        "c = duckdb.connect(sys.argv[1], read_only=True)\n"
        "print(json.dumps({'version': duckdb.__version__,\n"
        "  'rows': c.execute('select count(*), max(first_reported_at)::varchar from marts.fct_incidents').fetchone(),\n"
        "  'comment': c.execute(\"select comment from duckdb_columns() where column_name = 'evidence'\").fetchone()[0],\n"
        "  'as_of': c.execute('select as_of from meta.publication').fetchone()[0]}))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(DUCKDB1)}
    proc = subprocess.run([sys.executable, "-c", script, str(serving)], env=env, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["version"].startswith("1.")
    assert out["rows"] == [50, "2022-06-03 11:30:00"]
    assert out["comment"].startswith("The sentence that states it")
    assert out["as_of"] == "2022-06-02"
