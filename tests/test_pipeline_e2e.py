"""End to end: the real DAG, run by `airflow dags test`, over the bundled sample site served on loopback."""

from __future__ import annotations

import socket
from pathlib import Path

import duckdb
import pytest

from sitrep.demo import run as demo


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


def test_readme_queries_run_on_the_serving_copy(first_run):
    import re

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    queries = re.findall(r"```sql\n(.*?)```", readme, flags=re.S)
    assert len(queries) >= 4
    conn = duckdb.connect(first_run["env"]["SITREP_SERVING"], read_only=True)
    try:
        results = [conn.execute(q).fetchall() for q in queries]
    finally:
        conn.close()
    assert all(results[:4]), "the ACLED-layout, weekly, places and actor-pair queries should return rows"


def test_full_refresh_rebuilds_the_same_marts_from_raw(first_run):
    from dataclasses import replace

    from sitrep import pipeline
    from sitrep.settings import Settings

    def marts(snapshot):
        return {k: v for k, v in snapshot.items() if k.startswith("marts.")}

    warehouse = first_run["env"]["SITREP_WAREHOUSE"]
    before = marts(_snapshot(warehouse))
    pipeline.build(replace(Settings.from_env(), warehouse=Path(warehouse)), full_refresh=True)
    assert marts(_snapshot(warehouse)) == before


def test_dbt_docs_generate(first_run, tmp_path):
    import subprocess
    import sys

    dbt = Path(sys.executable).with_name("dbt")
    project = Path(first_run["env"]["SITREP_DBT_PROJECT_DIR"])
    proc = subprocess.run([str(dbt), "docs", "generate", "--project-dir", str(project), "--profiles-dir",
                           str(project), "--target-path", str(tmp_path)], env=first_run["env"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout[-4000:]
    catalog = (tmp_path / "catalog.json").read_text()
    assert "fct_incidents" in catalog and "dim_locations" in catalog
    import json

    manifest = json.loads((tmp_path / "manifest.json").read_text())
    overview = [d for d in manifest["docs"].values() if d["name"] == "__overview__" and d["package_name"] == "sitrep"]
    assert overview and "acled_events" in overview[0]["block_contents"]
    # The semantic layer (semantic models + metrics) validates and lands in the semantic manifest offline.
    semantic = json.loads((tmp_path / "semantic_manifest.json").read_text())
    assert {m["name"] for m in semantic["metrics"]} >= {"incidents", "fatalities", "reports"}
    assert semantic["project_configuration"]["time_spines"][0]["primary_column"]["name"] == "date_day"


def test_dashboard_shows_what_the_pipeline_published(first_run, tmp_path):
    """The dashboard over the real serving copy from the DAG run: a person sees the sample's incidents."""
    from serve import headless_chromium as hc  # tests/serve, on sys.path as pytest's rootdir-relative package
    from serve.streamlit_server import run_streamlit

    chromium = hc.find_chromium()
    if chromium is None:
        pytest.skip("chromium not installed (scripts/install_chromium.sh)")
    conn = duckdb.connect(first_run["env"]["SITREP_SERVING"], read_only=True)
    try:
        evidence = [r[0] for r in conn.execute(
            "select evidence from marts.fct_incidents order by fatalities desc, evidence limit 3").fetchall()]
    finally:
        conn.close()
    shot = Path(__file__).resolve().parents[1] / "artifacts" / "dashboard_pipeline.png"
    with run_streamlit(Path(first_run["env"]["SITREP_SERVING"]), tmp_path) as url:
        dom, _ = hc.render(chromium, url, expect=["Incidents per week"], screenshot=shot, timeout=90)
    assert "Tarmiyah" in dom
    for sentence in evidence:
        assert sentence[:60] in dom.replace("&#x27;", "'").replace("&quot;", '"')


ACLED_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "acled"
ACLED_DEV = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "acled" / "acled_2022_dev.csv"


def _sitrep(env: dict, *args: str):
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "sitrep", *args], env=env, capture_output=True, text=True,
                          timeout=300)


def test_an_acled_analysis_script_runs_unchanged_on_the_export(first_run, tmp_path):
    import csv
    import json
    import subprocess
    import sys

    from sitrep.serve.export import ACLED_COLUMNS

    out = tmp_path / "acled.csv"
    proc = _sitrep(first_run["env"], "export", "--format", "acled", "--output", str(out))
    assert proc.returncode == 0, proc.stderr
    with out.open(encoding="utf-8") as fh:
        header = next(csv.reader(fh))
    with (ACLED_FIXTURES / "acled_synthetic.csv").open(encoding="utf-8") as fh:
        assert header == next(csv.reader(fh)) == list(ACLED_COLUMNS)
    if ACLED_DEV.exists():  # ACLED's own file, when the evaluation data is at hand (header only is read)
        with ACLED_DEV.open(encoding="utf-8") as fh:
            assert header == next(csv.reader(fh))
    script = ACLED_FIXTURES / "analysis.py"
    results = {}
    for name, path in (("acled", ACLED_FIXTURES / "acled_synthetic.csv"), ("sitrep", out)):
        run = subprocess.run([sys.executable, str(script), str(path)], capture_output=True, text=True, timeout=120)
        assert run.returncode == 0, run.stderr
        results[name] = json.loads(run.stdout)
    conn = duckdb.connect(first_run["env"]["SITREP_SERVING"], read_only=True)
    try:
        n, deaths = conn.execute("select count(*), sum(fatalities) from marts.fct_incidents").fetchone()
        empty_actor1 = conn.execute("select count(*) from marts.fct_incidents where actor1 is null").fetchone()[0]
    finally:
        conn.close()
    assert (results["sitrep"]["events"], results["sitrep"]["fatalities"]) == (n, deaths)
    assert {"Iraq", "Somalia"} <= set(results["sitrep"]["countries"])
    assert empty_actor1 == 0, "ACLED never leaves actor1 empty"


def test_export_cuts_by_country_and_dates_and_writes_every_mart(first_run, tmp_path):
    import csv

    out = tmp_path / "so.csv"
    assert _sitrep(first_run["env"], "export", "--country", "SO", "--output", str(out)).returncode == 0
    with out.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and {r["country"] for r in rows} == {"Somalia"}
    assert all(r["event_id_cnty"].startswith("SOM") for r in rows)
    folder = tmp_path / "pq"
    proc = _sitrep(first_run["env"], "export", "--format", "parquet", "--from", "2020-01-14", "--to", "2020-01-14",
                   "--output", str(folder))
    assert proc.returncode == 0, proc.stderr
    conn = duckdb.connect(first_run["env"]["SITREP_SERVING"], read_only=True)
    try:
        marts = {r[0] for r in conn.execute("select table_name from duckdb_tables() where schema_name = 'marts'")
                 .fetchall()}
        dates = conn.execute("select distinct event_date::varchar from read_parquet(?)",
                             [str(folder / "fct_incidents.parquet")]).fetchall()
    finally:
        conn.close()
    assert {p.stem for p in folder.glob("*.parquet")} == marts
    assert dates == [("2020-01-14",)]
    missing = _sitrep(first_run["env"], "export", "--database", str(tmp_path / "none.duckdb"))
    assert missing.returncode == 1 and "no serving copy" in missing.stderr


def test_every_published_column_is_described(first_run):
    conn = duckdb.connect(first_run["env"]["SITREP_SERVING"], read_only=True)
    try:
        bare = conn.execute("select table_name, column_name from duckdb_columns() where schema_name = 'marts' "
                            "and coalesce(comment, '') = ''").fetchall()
        tables = conn.execute("select count(*) from duckdb_tables() where schema_name = 'marts'").fetchone()[0]
    finally:
        conn.close()
    assert tables >= 8 and bare == []
    parquet = Path(first_run["env"]["SITREP_SERVING"]).parent / "parquet"
    assert len(list(parquet.glob("*.parquet"))) == tables
