"""A real `sitrep run --date A --to B` over a feed whose links carry credentials and a local archive with an
unparseable date (issue 16, items 3, 4 and 7), checked in what it prints and in every layer it writes:
raw, staging, intermediate, marts and the published serving copy.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from pytest_httpserver import HTTPServer

from sitrep import pipeline
from sitrep.settings import Settings

SITREP = str(Path(sys.executable).with_name("sitrep"))
ARTICLE = (Path(__file__).parent / "fixtures" / "acquisition" / "article.html").read_bytes()
SECRETS = ("hunter2pass", "SECRETAPI1", "SECRETTOK2", "FEEDKEY9")
UNDATED_TEXT = ("Gunmen killed three civilians in an attack on a market in Gao on Monday, local officials said. "
                "The attackers fled on motorbikes.")


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("ops")
    srv = HTTPServer(host="127.0.0.1", threaded=True)
    srv.start()
    base = f"127.0.0.1:{srv.port}"
    items = (f"<item><title>Checkpoint attack</title>"
             f"<link>http://reporter:hunter2pass@{base}/a1?id=1&amp;api_key=SECRETAPI1</link>"
             f"<pubDate>Tue, 02 Mar 2021 08:15:00 GMT</pubDate></item>"
             f"<item><title>Gone</title><link>http://{base}/missing?token=SECRETTOK2</link>"
             f"<pubDate>Tue, 02 Mar 2021 09:00:00 GMT</pubDate></item>")
    srv.expect_request("/feed.xml").respond_with_data(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>w</title>{items}</channel></rss>',
        content_type="application/rss+xml")
    srv.expect_request("/a1").respond_with_data(ARTICLE, content_type="text/html")
    srv.expect_request("/missing").respond_with_data("gone", status=404)
    docs = tmp / "docs"
    docs.mkdir()
    (docs / "archive.jsonl").write_text(json.dumps(
        {"id": "undated", "text": UNDATED_TEXT, "published": "the day before yesterday"}) + "\n")
    sources = tmp / "sources.yml"
    sources.write_text(
        "fetch: {allow_private: ['127.0.0.0/8'], per_host_interval: 0, max_retries: 0, respect_robots: false}\n"
        "sources:\n"
        f"  - {{name: wire, kind: rss, url: 'http://{base}/feed.xml?key=FEEDKEY9'}}\n"
        "  - {name: archive, kind: local, path: docs}\n")
    env = {**os.environ, "SITREP_WAREHOUSE": str(tmp / "w.duckdb"),
           "SITREP_SERVING": str(tmp / "serving" / "w.duckdb")}
    try:
        proc = subprocess.run([SITREP, "run", "--date", "2021-03-01", "--to", "2021-03-02", "--sources",
                               str(sources)], env=env, capture_output=True, text=True, timeout=900)
    finally:
        srv.stop()
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-5000:]
    return {"proc": proc, "env": env}


def _all_text(path: str) -> dict[str, str]:
    """Every string value of every table (bytes, i.e. raw bodies as received, left out)."""
    conn = duckdb.connect(path, read_only=True)
    try:
        tables = conn.execute("select table_schema, table_name from information_schema.tables "
                              "where table_catalog = current_database()").fetchall()
        out = {}
        for schema, table in tables:
            rows = conn.execute(f'select * from "{schema}"."{table}"').fetchall()
            out[f"{schema}.{table}"] = repr([[v for v in r if not isinstance(v, (bytes, bytearray))] for r in rows])
        return out
    finally:
        conn.close()


def test_no_secret_from_a_feed_reaches_the_printed_report(run):
    printed = run["proc"].stdout + run["proc"].stderr
    assert "REDACTED" in printed  # the failed link is reported, without its token
    for secret in SECRETS:
        assert secret not in printed, secret


def test_no_secret_reaches_raw_staging_intermediate_or_marts(run):
    tables = _all_text(run["env"]["SITREP_WAREHOUSE"])
    assert {"raw.articles", "staging.stg_articles", "intermediate.int_article_texts",
            "marts.fct_incident_reports"} <= set(tables), sorted(tables)
    for name, text in tables.items():
        for secret in SECRETS:
            assert secret not in text, f"{secret} in {name}"


def test_no_secret_reaches_the_serving_copy(run):
    tables = _all_text(run["env"]["SITREP_SERVING"])
    assert "marts.fct_incidents" in tables
    assert "api_key=REDACTED" in tables["marts.fct_incident_reports"]  # the article is there, its key is not
    for name, text in tables.items():
        for secret in SECRETS:
            assert secret not in text, f"{secret} in {name}"


def test_article_with_unparseable_date_is_extracted_with_the_fetch_date_and_flagged(run):
    conn = duckdb.connect(run["env"]["SITREP_WAREHOUSE"], read_only=True)
    try:
        article_id, warning, fetched = conn.execute(
            "select article_id, extract_warning, cast(fetched_at as date) from raw.articles "
            "where url like '%#id=undated'").fetchone()
        flag = conn.execute("select extraction_error from intermediate.int_article_texts where article_id = ?",
                            [article_id]).fetchone()[0]
        basis, count = conn.execute("select event_date_basis, incident_count from intermediate.int_article_incidents"
                                    " where article_id = ?", [article_id]).fetchone()
        reports = conn.execute("select count(*) from marts.fct_incident_reports where article_id = ?",
                               [article_id]).fetchone()[0]
    finally:
        conn.close()
    assert warning.startswith("unparseable date") and flag.startswith("unparseable date")
    assert basis == fetched.isoformat() and count >= 1 and reports >= 1


def test_a_range_lands_every_day_then_builds_and_publishes_once(run):
    proc = run["proc"]
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r.get("day") for r in lines[:2]] == ["2021-03-01", "2021-03-02"]
    summary = lines[-1]
    assert summary["days"] == 2 and summary["incidents"] > 0 and summary["serving"]
    assert proc.stderr.count("Running with dbt") == 1, "the range should be built once"
    # Progress: day i of N with articles, incidents, elapsed and remaining.
    assert "day 1/2 | articles" in proc.stderr and "day 2/2 | articles" in proc.stderr
    assert "elapsed" in proc.stderr and "remaining" in proc.stderr
    conn = duckdb.connect(run["env"]["SITREP_SERVING"], read_only=True)
    try:
        assert conn.execute("select as_of from meta.publication").fetchone()[0].startswith("2021-03-03")
    finally:
        conn.close()


def test_dbt_output_streams_while_dbt_runs(run):
    """The first dbt line arrives long before dbt exits (it used to be printed only after exit)."""
    settings = Settings.from_env()
    env_settings = Settings(warehouse=Path(run["env"]["SITREP_WAREHOUSE"]), serving=settings.serving,
                            sources=settings.sources, dbt_project_dir=settings.dbt_project_dir,
                            dbt_profiles_dir=settings.dbt_profiles_dir)
    arrivals: list[tuple[float, str]] = []
    began = time.monotonic()
    pipeline.build(env_settings, echo=lambda line: arrivals.append((time.monotonic(), line)))
    ended = time.monotonic()
    assert arrivals and any("Completed successfully" in line for _, line in arrivals)
    first = arrivals[0][0]
    assert first - began < (ended - began) / 2, "dbt's first line came only at the end"
