"""DAG integrity: every DAG file imports cleanly and quickly, has no cycles, and follows the house rules."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

DAGS_DIR = Path(__file__).resolve().parents[2] / "dags"
WRITER_TASKS = {"fetch_and_land", "dbt_build", "publish"}


@pytest.fixture(scope="module")
def dagbag():
    from airflow.dag_processing.dagbag import DagBag

    started = time.perf_counter()
    bag = DagBag(dag_folder=str(DAGS_DIR))
    elapsed = time.perf_counter() - started
    print(f"\nDAG folder parse time: {elapsed:.3f}s for {len(bag.dags)} DAG(s)")
    return bag


def test_no_import_errors(dagbag):
    assert dagbag.import_errors == {}, dagbag.import_errors
    assert "sitrep_daily" in dagbag.dags


def test_no_cycles(dagbag):
    from airflow.utils.dag_cycle_tester import check_cycle

    for dag in dagbag.dags.values():
        check_cycle(dag)  # raises on a cycle


def test_every_task_retries(dagbag):
    for dag in dagbag.dags.values():
        for t in dag.tasks:
            assert t.retries >= 1, f"{dag.dag_id}.{t.task_id} has no retries"


def test_warehouse_writers_share_the_one_slot_pool(dagbag):
    dag = dagbag.dags["sitrep_daily"]
    assert dag.max_active_runs == 1
    writers = {t.task_id: t.pool for t in dag.tasks if t.task_id in WRITER_TASKS}
    assert writers.keys() == WRITER_TASKS
    assert set(writers.values()) == {"duckdb"}


def test_daily_timetable_has_a_one_day_interval(dagbag):
    import pendulum

    dag = dagbag.dags["sitrep_daily"]
    interval = dag.timetable.infer_manual_data_interval(run_after=pendulum.datetime(2020, 1, 15, tz="UTC"))
    assert (interval.start, interval.end) == (pendulum.datetime(2020, 1, 14, tz="UTC"), pendulum.datetime(2020, 1, 15, tz="UTC"))


def test_publish_waits_for_dbt(dagbag):
    dag = dagbag.dags["sitrep_daily"]
    assert "dbt_build" in dag.get_task("publish").upstream_task_ids
    assert "fetch_and_land" in dag.get_task("dbt_build").upstream_task_ids


def test_dag_file_parses_fast():
    # Parse cost matters: the dag-processor re-parses every file continuously. Printed, not asserted on a timer.
    import subprocess
    import sys

    code = f"import sys, time; t=time.perf_counter(); sys.path.insert(0, {str(DAGS_DIR)!r}); import sitrep_daily; print(time.perf_counter()-t)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    print(f"\nsitrep_daily.py import time: {float(out.stdout.strip()):.3f}s")
    # No heavy imports at parse time: the pipeline's libraries load inside tasks.
    code = f"import sys; sys.path.insert(0, {str(DAGS_DIR)!r}); import sitrep_daily; print(sorted(m for m in ('duckdb','dbt','trafilatura','sitrep.pipeline') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_cosmos_full_refresh_dag_renders_every_model_in_the_pool(dagbag):
    dag = dagbag.dags["sitrep_dbt_full_refresh"]
    assert dag.max_active_runs == 1
    task_ids = {t.task_id for t in dag.tasks}
    for model in ("int_article_texts", "int_article_incidents", "fct_incidents", "dim_locations"):
        assert f"{model}.run" in task_ids
    assert {t.pool for t in dag.tasks} == {"duckdb"}
    assert all(t.retries >= 1 for t in dag.tasks)
