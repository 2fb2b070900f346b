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


def _logged_warehouse(path: Path) -> None:
    """Marts keyed by incident_id plus a dimension, and the change log dbt's clustering writes."""
    conn = duckdb.connect(str(path))
    try:
        conn.execute("create schema marts")
        conn.execute("create table marts.fct_incidents as select 'i' || range as incident_id, range as fatalities "
                     "from range(100)")
        conn.execute("create table marts.fct_incident_reports as select 'i' || (range % 100) as incident_id, "
                     "'a' || range as article_id from range(300)")
        conn.execute("create table marts.dim_locations as select 'loc' || range as location_id from range(3)")
        conn.execute("comment on column marts.fct_incidents.fatalities is 'Deaths'")
        conn.execute("create schema meta")
        conn.execute("create table meta.incident_changes (seq bigint, changed_at timestamp, incident_id varchar, "
                     "marts_done boolean)")
        conn.execute("insert into meta.incident_changes values (1, now(), null, true)")
    finally:
        conn.close()


def _marts(path: Path) -> dict[str, list]:
    conn = duckdb.connect(str(path), read_only=True)
    try:
        return {t: sorted(conn.execute(f"select * from marts.{t}").fetchall())
                for (t,) in conn.execute("select table_name from duckdb_tables() where schema_name = 'marts'").fetchall()}
    finally:
        conn.close()


def test_incremental_publication_equals_a_whole_copy(tmp_path, monkeypatch):
    from sitrep.warehouse import publish as publish_module

    wh = tmp_path / "wh.duckdb"
    _logged_warehouse(wh)
    serving = tmp_path / "serving" / "sitrep.duckdb"
    publish(wh, serving, as_of="2022-06-02")  # a whole copy: the log says "everything"
    conn = duckdb.connect(str(wh))
    conn.execute("update marts.fct_incidents set fatalities = fatalities + 1 where incident_id in ('i3', 'i7')")
    conn.execute("delete from marts.fct_incident_reports where incident_id = 'i7'")
    conn.execute("delete from marts.fct_incidents where incident_id = 'i9'")
    conn.execute("insert into marts.fct_incidents values ('i100', 5)")
    conn.execute("insert into marts.fct_incident_reports values ('i100', 'a999')")
    conn.execute("insert into marts.dim_locations values ('loc9')")
    conn.execute("insert into meta.incident_changes select 2, now(), unnest(['i3', 'i7', 'i9', 'i100']), true")
    conn.close()

    def no_whole_copy(*args, **kwargs):
        raise AssertionError("an incremental publication was expected")

    monkeypatch.setattr(publish_module, "_write_whole", no_whole_copy)
    publish(wh, serving, as_of="2022-06-03")
    monkeypatch.undo()
    assert _marts(serving) == _marts(wh)
    whole = publish(wh, tmp_path / "whole" / "sitrep.duckdb", as_of="2022-06-03", full=True)
    assert _marts(serving) == _marts(whole)
    conn = duckdb.connect(str(serving), read_only=True)
    try:
        assert conn.execute("select as_of, changes_seq from meta.publication").fetchone() == ("2022-06-03", 2)
        assert conn.execute("select comment from duckdb_columns() where column_name = 'fatalities'").fetchone()[0] \
            == "Deaths"
        for table in ("fct_incidents", "fct_incident_reports", "dim_locations"):
            parquet = str(serving.parent / "parquet" / f"{table}.parquet")
            assert sorted(conn.execute("select * from read_parquet(?)", [parquet]).fetchall()) \
                == sorted(conn.execute(f"select * from marts.{table}").fetchall())
    finally:
        conn.close()

    # An entry not yet in the marts (marts_done false) is left for the next publication; a restarted log (a full
    # refresh) means a whole copy again.
    conn = duckdb.connect(str(wh))
    conn.execute("insert into meta.incident_changes values (3, now(), 'i4', false)")
    conn.close()
    publish(wh, serving, as_of="2022-06-04")
    conn = duckdb.connect(str(serving), read_only=True)
    assert conn.execute("select changes_seq from meta.publication").fetchone()[0] == 2
    conn.close()
    conn = duckdb.connect(str(wh))
    conn.execute("create or replace table meta.incident_changes as select 4 as seq, now() as changed_at, "
                 "cast(null as varchar) as incident_id, true as marts_done")
    conn.close()
    real_whole, calls = publish_module._write_whole, []
    monkeypatch.setattr(publish_module, "_write_whole", lambda *a, **k: (calls.append(a), real_whole(*a, **k)))
    publish(wh, serving, as_of="2022-06-05")
    assert calls and _marts(serving) == _marts(wh)
    conn = duckdb.connect(str(serving), read_only=True)
    assert conn.execute("select changes_seq from meta.publication").fetchone()[0] == 4
    conn.close()


def test_a_warehouse_restored_from_a_backup_is_published_whole(tmp_path):
    import shutil

    wh, backup = tmp_path / "wh.duckdb", tmp_path / "backup.duckdb"
    _logged_warehouse(wh)
    serving = tmp_path / "serving" / "sitrep.duckdb"
    publish(wh, serving, as_of="2022-06-02")
    shutil.copy(wh, backup)
    conn = duckdb.connect(str(wh))
    conn.execute("update marts.fct_incidents set fatalities = 50 where incident_id = 'i1'")
    conn.execute("insert into meta.incident_changes values (2, now(), 'i1', true)")
    conn.close()
    publish(wh, serving, as_of="2022-06-03")
    # The backup comes back and another run logs other incidents under the same seq: the copy must not keep i1's
    # newer row (an incremental publication would, seeing no entry after seq 2).
    shutil.copy(backup, wh)
    conn = duckdb.connect(str(wh))
    conn.execute("update marts.fct_incidents set fatalities = 70 where incident_id = 'i2'")
    conn.execute("insert into meta.incident_changes values (2, now() + interval 1 second, 'i2', true)")
    conn.close()
    publish(wh, serving, as_of="2022-06-04")
    assert _marts(serving) == _marts(wh)


@pytest.mark.skipif(not (DUCKDB1 / "duckdb").is_dir(), reason="DuckDB 1.x not installed: run `make setup`")
def test_duckdb_1x_opens_an_incrementally_published_copy(tmp_path):
    wh = tmp_path / "wh.duckdb"
    _logged_warehouse(wh)
    serving = publish(wh, tmp_path / "sitrep.duckdb", as_of="2022-06-02")
    conn = duckdb.connect(str(wh))
    conn.execute("update marts.fct_incidents set fatalities = 99 where incident_id = 'i1'")
    conn.execute("insert into meta.incident_changes values (2, now(), 'i1', true)")
    conn.close()
    publish(wh, serving, as_of="2022-06-03")
    script = ("import duckdb, json, sys\n"
              "c = duckdb.connect(sys.argv[1], read_only=True)\n"
              "print(json.dumps([duckdb.__version__, c.execute(\"select fatalities from marts.fct_incidents "
              "where incident_id = 'i1'\").fetchone()[0], c.execute('select changes_seq from meta.publication')"
              ".fetchone()[0]]))\n")
    proc = subprocess.run([sys.executable, "-c", script, str(serving)], env={**os.environ, "PYTHONPATH": str(DUCKDB1)},
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    version, fatalities, seq = json.loads(proc.stdout)
    assert version.startswith("1.") and fatalities == 99 and seq == 2
