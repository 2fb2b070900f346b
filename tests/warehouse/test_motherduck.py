"""SITREP_SERVING=md:<database>: publishing the marts to MotherDuck, with DuckDB's local catalog standing in.

MotherDuck itself needs the network and a token; SITREP_MD_LOCAL_CATALOG maps md:<database> to a local DuckDB
file, so the settings, the publish path (one transaction on the target) and the read-back run for real here.
"""

from __future__ import annotations

from dataclasses import replace

import duckdb
import pytest

from sitrep import pipeline
from sitrep.warehouse import motherduck
from sitrep.settings import Settings


def _warehouse(path, rows):
    conn = duckdb.connect(str(path))
    try:
        conn.execute("create schema if not exists marts")
        conn.execute("create or replace table marts.fct_incidents as select range as incident_id from range(?)",
                     [rows])
        conn.execute("create or replace table marts.dim_dates as select date '2021-03-01' as day")
    finally:
        conn.close()


@pytest.fixture
def md(monkeypatch, tmp_path):
    monkeypatch.setenv("SITREP_MD_LOCAL_CATALOG", str(tmp_path / "catalog"))
    monkeypatch.setenv("SITREP_SERVING", "md:sitrep_marts")
    monkeypatch.delenv("MOTHERDUCK_TOKEN", raising=False)
    warehouse = tmp_path / "w.duckdb"
    _warehouse(warehouse, 5)
    return replace(Settings.from_env(), warehouse=warehouse), tmp_path / "catalog" / "sitrep_marts.duckdb"


def test_settings_keep_an_md_target_as_is(md):
    settings, _ = md
    assert settings.serving == "md:sitrep_marts"


def test_publish_replaces_the_marts_and_records_as_of(md):
    settings, standin = md
    assert pipeline.count_incidents(settings) is None  # nothing published yet
    assert pipeline.publish(settings, as_of="2021-03-02T00:00:00+00:00") == "md:sitrep_marts"
    assert pipeline.count_incidents(settings) == 5
    _warehouse(settings.warehouse, 7)
    pipeline.publish(settings, as_of="2021-03-03T00:00:00+00:00")
    conn = duckdb.connect(str(standin), read_only=True)
    try:
        assert conn.execute("select count(*) from marts.fct_incidents").fetchone()[0] == 7
        assert conn.execute("select as_of from meta.publication").fetchall() == [("2021-03-03T00:00:00+00:00",)]
        assert {r[0] for r in conn.execute("select table_name from information_schema.tables "
                                           "where table_schema = 'marts'").fetchall()} == {"fct_incidents", "dim_dates"}
    finally:
        conn.close()


def test_a_failed_publish_leaves_the_old_marts(md):
    settings, standin = md
    pipeline.publish(settings, as_of="2021-03-02T00:00:00+00:00")
    conn = duckdb.connect(str(settings.warehouse))
    conn.execute("drop schema marts cascade")
    conn.close()
    with pytest.raises(motherduck.MotherDuckError, match="nothing to publish"):
        pipeline.publish(settings, as_of="2021-03-03T00:00:00+00:00")
    assert pipeline.count_incidents(settings) == 5
    conn = duckdb.connect(str(standin), read_only=True)
    assert conn.execute("select as_of from meta.publication").fetchall() == [("2021-03-02T00:00:00+00:00",)]
    conn.close()


def test_without_the_stand_in_a_token_is_required(monkeypatch):
    monkeypatch.delenv("SITREP_MD_LOCAL_CATALOG", raising=False)
    monkeypatch.delenv("MOTHERDUCK_TOKEN", raising=False)
    monkeypatch.delenv("motherduck_token", raising=False)
    with pytest.raises(motherduck.MotherDuckError, match="MOTHERDUCK_TOKEN"):
        motherduck.connect("md:sitrep")
    with pytest.raises(motherduck.MotherDuckError, match="md:<database>"):
        motherduck.database_name("md:../etc")


def test_the_serving_asset_names_the_md_database(md):
    from sitrep.operations import serving_asset

    assert serving_asset().uri.rstrip("/") == "motherduck://sitrep_marts"
