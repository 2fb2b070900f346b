"""The `sitrep` console script, as users and evaluation scripts call it (see CONTRACT.md)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb

from sitrep.demo.sample_server import SOURCES_FILE, serve_sample_site

SITREP = str(Path(sys.executable).with_name("sitrep"))
SEED = Path(__file__).parent / "fixtures" / "seed_article.txt"


def _run(args, stdin="", env=None):
    return subprocess.run([SITREP, *args], input=stdin, capture_output=True, text=True, env=env, timeout=300)


def test_extract_contract_keys_and_malformed_lines():
    lines = [json.dumps({"id": "seed", "text": SEED.read_text(), "published": "2020-01-14", "title": None}),
             "{not json", json.dumps({"id": "empty", "text": "", "published": "2020-01-14", "title": None})]
    proc = _run(["extract", "--input", "-", "--output", "-"], "\n".join(lines) + "\n")
    assert proc.returncode == 0, proc.stderr
    assert "line 2" in proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert out and {o["id"] for o in out} == {"seed"}
    assert list(out[0]) == ["id", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "location",
                            "admin1", "admin2", "country_iso2", "latitude", "longitude", "geo_precision",
                            "geonames_id", "fatalities", "injuries", "arrests", "evidence", "confidence"]


def test_extract_fails_when_nothing_could_be_read():
    proc = _run(["extract", "--input", "-", "--output", "-"], "garbage\n")
    assert proc.returncode != 0


def test_geoparse_offsets_point_at_the_names(tmp_path):
    text = "Clashes were reported in Kirkuk and near Qaim, on the border with Syria."
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "d1", "text": text}) + "\n")
    proc = _run(["geoparse", "--input", str(src), "--output", "-"])
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert {"Kirkuk", "Qaim", "Syria"} <= {r["name"] for r in rows}
    assert all(text[r["start"]:r["end"]] == r["name"] for r in rows)


def test_run_backfill_processes_each_day_once(tmp_path):
    env = {**os.environ, "SITREP_WAREHOUSE": str(tmp_path / "w.duckdb"),
           "SITREP_SERVING": str(tmp_path / "serving" / "w.duckdb")}
    with serve_sample_site() as base_url:
        env["SITREP_SAMPLE_BASE_URL"] = base_url
        proc = _run(["run", "--date", "2020-01-13", "--to", "2020-01-14", "--per-day", "--sources",
                     str(SOURCES_FILE)], env=env)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    reports = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["day"] for r in reports] == ["2020-01-13", "2020-01-14"]
    assert reports[0]["landing"]["landed"] == 0  # every sample article is dated the 14th
    conn = duckdb.connect(env["SITREP_SERVING"], read_only=True)
    try:
        assert conn.execute("select count(*) from marts.fct_incidents").fetchone()[0] > 0
        assert conn.execute("select as_of from meta.publication").fetchone()[0].startswith("2020-01-15")
    finally:
        conn.close()


def test_unreachable_source_fails_the_run_by_name_after_the_rest_is_published(tmp_path):
    import socket

    with socket.socket() as s:  # a loopback port with nothing listening: connection refused
        s.bind(("127.0.0.1", 0))
        dead_port = s.getsockname()[1]
    sources = tmp_path / "sources.yml"
    sources.write_text(
        "fetch: {allow_private: ['127.0.0.1/32'], per_host_interval: 0, max_retries: 1, backoff_base: 0.01}\n"
        "sources:\n"
        "  - {name: sample-wire, kind: rss, url: '${SITREP_SAMPLE_BASE_URL}/feed.xml'}\n"
        f"  - {{name: dead-wire, kind: rss, url: 'http://127.0.0.1:{dead_port}/feed.xml'}}\n")
    env = {**os.environ, "SITREP_WAREHOUSE": str(tmp_path / "w.duckdb"),
           "SITREP_SERVING": str(tmp_path / "serving" / "w.duckdb")}
    with serve_sample_site() as base_url:
        env["SITREP_SAMPLE_BASE_URL"] = base_url
        proc = _run(["run", "--date", "2020-01-14", "--sources", str(sources)], env=env)
    assert proc.returncode == 1
    assert "dead-wire" in proc.stderr and "sample-wire" not in proc.stderr
    conn = duckdb.connect(env["SITREP_SERVING"], read_only=True)
    try:
        assert conn.execute("select count(*) from marts.fct_incidents").fetchone()[0] > 0
    finally:
        conn.close()
    conn = duckdb.connect(env["SITREP_WAREHOUSE"], read_only=True)
    try:
        errors = conn.execute("select fetch_error from raw.articles where source = 'dead-wire'").fetchall()
    finally:
        conn.close()
    assert errors and all(e[0] for e in errors)  # the failure is on record with its reason


def test_a_failing_dbt_test_stops_publication_and_the_last_good_copy_keeps_serving(tmp_path):
    env = {**os.environ, "SITREP_WAREHOUSE": str(tmp_path / "w.duckdb"),
           "SITREP_SERVING": str(tmp_path / "serving" / "w.duckdb")}
    with serve_sample_site() as base_url:
        env["SITREP_SAMPLE_BASE_URL"] = base_url
        assert _run(["run", "--date", "2020-01-14", "--sources", str(SOURCES_FILE)], env=env).returncode == 0
        good = Path(env["SITREP_SERVING"]).read_bytes()
        # A raw row without a source breaks stg_articles' not_null test: the build must fail before publishing.
        conn = duckdb.connect(env["SITREP_WAREHOUSE"])
        try:
            conn.execute("insert into raw.articles (article_id, url, source, fetched_at, fetch_error) "
                         "values ('broken', 'https://broken.example/', null, timestamp '2020-01-15 00:00:00', 'x')")
        finally:
            conn.close()
        proc = _run(["run", "--date", "2020-01-15", "--sources", str(SOURCES_FILE)], env=env)
    assert proc.returncode != 0
    assert "dbt build failed" in proc.stderr and "nothing was published" in proc.stderr
    assert Path(env["SITREP_SERVING"]).read_bytes() == good
