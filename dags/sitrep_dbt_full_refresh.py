"""Manual full refresh of the warehouse from raw, one Airflow task per dbt model (rendered by Cosmos).

The daily DAG runs a single `dbt build` task (see README). A full refresh re-extracts every article and can run
for an hour on a large warehouse; split per model, a failure late in the graph retries that model alone instead of
redoing the extraction. The graph is rendered from dbt's manifest (made by `make setup`), so parsing stays fast.
All tasks use the 1-slot `duckdb` pool: DuckDB has one writer at a time. The DAG ends in `publish`, which replaces
the serving copy (and updates the `sitrep_serving` Asset), so dashboards see the rebuilt marts.

With SITREP_EXTRACTION=sharded the extraction leaves dbt: `dbt_texts` builds everything up to the article texts,
`plan_shards` cuts them into SITREP_SHARD_COUNT shards by article_id hash, `extract_shard` is mapped over the
shards (dynamic task mapping: one task per shard, on any worker of the CeleryExecutor, outside the DuckDB pool; it
never opens the warehouse), and `dbt_models` builds the rest, reading the shard files. Only the warehouse writers
(dbt, the plan, publish) hold the 1-slot pool. A shard whose worker died is retried alone and replaces its file.
"""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

import pendulum
from airflow.sdk import DAG, task
from cosmos import DbtDag, ExecutionConfig, LoadMode, ProfileConfig, ProjectConfig, RenderConfig, TestBehavior
from cosmos.constants import InvocationMode

from sitrep.operations import on_failure, serving_asset
from sitrep.settings import Settings

settings = Settings.from_env()
dbt_executable = Path(sys.executable).with_name("dbt")

DAG_ARGS = dict(
    dag_id="sitrep_dbt_full_refresh",
    schedule=None,
    start_date=pendulum.datetime(2020, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    tags=["sitrep", "dbt"],
    doc_md=__doc__,
    default_args={"owner": "sitrep", "retries": 2, "retry_delay": timedelta(seconds=30),
                  "retry_exponential_backoff": True, "on_failure_callback": on_failure},
)

if settings.extraction == "sharded":
    sitrep_dbt_full_refresh = DAG(**DAG_ARGS)
else:
    sitrep_dbt_full_refresh = DbtDag(
        **DAG_ARGS,
        project_config=ProjectConfig(
            dbt_project_path=settings.dbt_project_dir,
            manifest_path=settings.dbt_project_dir / "target" / "manifest.json",
            install_dbt_deps=False,
            env_vars={"SITREP_WAREHOUSE": str(settings.warehouse)},
        ),
        profile_config=ProfileConfig(
            profile_name="sitrep", target_name="duckdb",
            profiles_yml_filepath=settings.dbt_profiles_dir / "profiles.yml",
        ),
        execution_config=ExecutionConfig(dbt_executable_path=dbt_executable,
                                         invocation_mode=InvocationMode.SUBPROCESS),
        render_config=RenderConfig(load_method=LoadMode.DBT_MANIFEST, test_behavior=TestBehavior.AFTER_EACH,
                                   invocation_mode=InvocationMode.SUBPROCESS, dbt_executable_path=dbt_executable),
        operator_args={"full_refresh": True, "pool": "duckdb", "install_deps": False},
    )

with sitrep_dbt_full_refresh:
    if settings.extraction == "sharded":
        # Two dbt builds instead of a task per model: the expensive part, extraction, is already split and
        # retried per shard; the rest of the graph is a few minutes of SQL.
        @task(pool="duckdb")
        def dbt_texts() -> None:
            from sitrep import pipeline

            pipeline.dbt_build(Settings.from_env(), full_refresh=True, select=pipeline.TEXTS_SELECTOR)

        @task(pool="duckdb")
        def plan_shards() -> list[dict]:
            from sitrep.extract import sharded as sharded_extract

            return sharded_extract.plan(Settings.from_env(), full_refresh=True)

        @task(retries=3, retry_delay=timedelta(seconds=10), retry_exponential_backoff=False)
        def extract_shard(shard: dict) -> dict:
            from sitrep.extract import sharded as sharded_extract

            return sharded_extract.extract_shard(Settings.from_env(), **shard)

        @task(pool="duckdb")
        def dbt_models() -> None:
            from sitrep import pipeline

            pipeline.dbt_build(Settings.from_env(), full_refresh=True, exclude=pipeline.TEXTS_SELECTOR)

        planned = plan_shards()
        dbt_texts() >> planned
        extracted = extract_shard.expand(shard=planned)
        models = dbt_models()
        extracted >> models
        dbt_leaves = [models]
    else:
        dbt_leaves = list(sitrep_dbt_full_refresh.leaves)

    @task(pool="duckdb", outlets=[serving_asset()], retries=2, retry_delay=timedelta(seconds=30))
    def publish(data_interval_end=None, logical_date=None, run_after=None) -> str:
        """Publish only after every model and test passed (Cosmos tasks fail on a failed dbt test)."""
        from datetime import datetime, timezone

        from sitrep import pipeline

        as_of = data_interval_end or logical_date or run_after or datetime.now(timezone.utc)
        return pipeline.publish(Settings.from_env(), as_of=as_of.isoformat())

    publish_task = publish()
    for leaf in dbt_leaves:
        leaf >> publish_task
