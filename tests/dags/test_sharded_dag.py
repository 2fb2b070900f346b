"""The full-refresh DAG with SITREP_EXTRACTION=sharded: warehouse steps in the one-slot pool, shards mapped outside it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

DAGS_DIR = Path(__file__).resolve().parents[2] / "dags"

PROBE = """
import json, sys
from airflow.dag_processing.dagbag import DagBag
bag = DagBag(dag_folder=sys.argv[1])
dag = bag.dags["sitrep_dbt_full_refresh"]
print(json.dumps({"errors": {k: str(v) for k, v in bag.import_errors.items()},
                  "tasks": {t.task_id: {"pool": t.pool, "up": sorted(t.upstream_task_ids), "retries": t.retries,
                                        "mapped": bool(getattr(t, "is_mapped", False))} for t in dag.tasks}}))
"""


def _graph(mode: str) -> dict:
    env = {**os.environ, "SITREP_EXTRACTION": mode}
    proc = subprocess.run([sys.executable, "-c", PROBE, str(DAGS_DIR)], env=env, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_sharded_full_refresh_maps_one_task_per_shard_outside_the_pool():
    graph = _graph("sharded")
    assert graph["errors"] == {}
    tasks = graph["tasks"]
    assert set(tasks) == {"dbt_texts", "plan_shards", "extract_shard", "dbt_models", "publish"}
    assert tasks["extract_shard"]["mapped"] and tasks["extract_shard"]["pool"] != "duckdb"
    assert tasks["extract_shard"]["retries"] >= 1
    for writer in ("dbt_texts", "plan_shards", "dbt_models", "publish"):
        assert tasks[writer]["pool"] == "duckdb", writer
    assert tasks["plan_shards"]["up"] == ["dbt_texts"]
    assert tasks["extract_shard"]["up"] == ["plan_shards"]
    assert tasks["dbt_models"]["up"] == ["extract_shard"]
    assert tasks["publish"]["up"] == ["dbt_models"]


def test_local_mode_keeps_the_cosmos_graph():
    tasks = _graph("local")["tasks"]
    assert "extract_shard" not in tasks
    assert any("int_article_incidents" in t for t in tasks)
