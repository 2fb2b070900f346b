"""Incremental runs over days, edited stories and dropped incidents end where a full refresh from raw ends.

int_incident_mentions unnests only newly extracted articles and drops superseded versions in a post-hook;
int_incident_clusters re-clusters only from the day before the earliest changed mention (found through the stored
fingerprints); the incident marts rebuild only the incidents it logged, and publish copies only those into the
serving copy. Every shortcut must give exactly the tables a full rebuild and a whole publication give.
"""

from __future__ import annotations

import json
import shutil

import duckdb

from faultlib import make_env, run_driver, snapshot

DAY1 = ("2021-03-01T00:00:00+00:00", "2021-03-02T00:00:00+00:00")
DAY2 = ("2021-03-02T00:00:00+00:00", "2021-03-03T00:00:00+00:00")
SCHEMAS = ("marts", "intermediate")


def _edit_day1(corpus_copy) -> int:
    """New versions of day-1 stories: every 5th loses its incidents, every 7th is rewritten with another date."""
    path = next((corpus_copy / "docs").glob("2021-03-01/*.jsonl"))
    records = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    edited = 0
    for i, rec in enumerate(records):
        if i % 5 == 0:
            rec["text"] = "Markets were calm on Monday as the central bank left rates unchanged. " * 3
            edited += 1
        elif i % 7 == 0:
            rec["text"] = rec["text"].replace("yesterday", "on Friday") + " Officials gave no further details."
            edited += 1
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return edited


def test_day_by_day_runs_with_edits_equal_a_full_refresh(corpus, tmp_path):
    corpus_copy = tmp_path / "corpus"
    shutil.copytree(corpus, corpus_copy)
    env = make_env(corpus_copy, tmp_path / "wh")
    run_driver(env, "land", *DAY1)
    run_driver(env, "build", "--full-refresh")
    run_driver(env, "publish", DAY1[1])  # a whole copy
    run_driver(env, "land", *DAY2)
    run_driver(env, "build")
    run_driver(env, "publish", DAY2[1])  # incremental from here on
    before = snapshot(env["SITREP_WAREHOUSE"], SCHEMAS)
    edited = _edit_day1(corpus_copy)
    assert edited > 20
    out = run_driver(env, "land", *DAY1).stdout
    report = json.loads(out.split("REPORT ", 1)[1].splitlines()[0])
    assert report["landed"] == edited  # the edited stories land as new versions, the rest are unchanged
    run_driver(env, "build")
    run_driver(env, "publish", DAY2[1])
    incremental = snapshot(env["SITREP_WAREHOUSE"], SCHEMAS)
    served = snapshot(env["SITREP_SERVING"], ("marts",))
    with duckdb.connect(env["SITREP_SERVING"], read_only=True) as conn:
        # the last two publications were incremental ones: each recorded a later log entry than the one before
        assert conn.execute("select changes_seq from meta.publication").fetchone()[0] > 2
    _assert_parquet_equals_serving(env["SITREP_SERVING"])

    run_driver(env, "build", "--full-refresh")
    full = snapshot(env["SITREP_WAREHOUSE"], SCHEMAS)
    assert incremental.keys() == full.keys()
    for table in full:
        assert incremental[table] == full[table], table
    # The serving copy updated incrementally holds the marts a full refresh gives.
    assert served == {t: rows for t, rows in full.items() if t.startswith("marts.")}
    # The edits did reach the incremental run: stories that lost their incidents took their mentions along.
    assert len(incremental["intermediate.int_incident_mentions"]) < len(before["intermediate.int_incident_mentions"])
    assert incremental["marts.fct_incidents"] != before["marts.fct_incidents"]


def _assert_parquet_equals_serving(serving: str) -> None:
    from pathlib import Path

    folder = Path(serving).parent / "parquet"
    with duckdb.connect(serving, read_only=True) as conn:
        tables = [t for (t,) in conn.execute(
            "select table_name from duckdb_tables() where schema_name = 'marts'").fetchall()]
        assert sorted(p.stem for p in folder.glob("*.parquet")) == sorted(tables)
        for table in tables:
            parquet = str(folder / f"{table}.parquet")
            for a, b in ((f"read_parquet('{parquet}')", f"marts.{table}"), (f"marts.{table}", f"read_parquet('{parquet}')")):
                assert conn.execute(f"select count(*) from (select * from {a} except all select * from {b})"
                                    ).fetchone()[0] == 0, table
