"""Sharded extraction with 1 and 2 workers: articles/s and scaling efficiency (speed-up / workers).

    python bench/shard_bench.py --corpus bench/data/10000-news [--limit 4000] [--shards 8] [--workers 1 2]

On a fresh warehouse under --work: land the corpus (first --limit articles' days), build the article texts with dbt,
then for each worker count W: plan a full refresh (sitrep.extract.sharded.plan) and run every shard task with W
workers pulling shards from one queue, each shard in a fresh Python process as an Airflow 3 worker runs a task
(so the gazetteer load per task is counted), one extraction process per worker (SITREP_EXTRACT_WORKERS=1, a Celery
worker of concurrency 1 per core). Only the shard stage is timed: Airflow's scheduling is not (the cluster test,
`make bench-cluster`, times the whole DAG on Celery).
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _land(settings, corpus: Path, limit: int) -> None:
    from sitrep import pipeline

    manifest = json.loads((corpus / "manifest.json").read_text())
    days = manifest["days"][:max(1, -(-limit // manifest["per_day"]))]
    os.environ["SITREP_CORPUS_DIR"] = "docs"
    first, last = date.fromisoformat(days[0]), date.fromisoformat(days[-1])
    start = datetime(first.year, first.month, first.day, tzinfo=timezone.utc)
    end = datetime(last.year, last.month, last.day, tzinfo=timezone.utc) + timedelta(days=1)
    sources = replace(settings, sources=corpus / "sources.yml")
    pipeline.land(sources, pipeline.discover(sources, start, end), "bench__shards")


def _run(settings, workers: int) -> dict:
    from sitrep.extract import sharded as sharded_extract

    shutil.rmtree(settings.shards, ignore_errors=True)
    tasks = sharded_extract.plan(settings, full_refresh=True)
    articles = sum(t["articles"] for t in tasks)
    env = {**os.environ, "SITREP_WAREHOUSE": str(settings.warehouse), "SITREP_EXTRACTION": "sharded",
           "SITREP_SHARDS": settings.shards, "SITREP_SHARD_COUNT": str(settings.shard_count),
           "SITREP_EXTRACT_WORKERS": "1"}
    todo: queue.Queue = queue.Queue()
    for t in tasks:
        todo.put(t)
    errors: list[str] = []

    def worker():
        while True:
            try:
                t = todo.get_nowait()
            except queue.Empty:
                return
            code = ("import json, sys; from sitrep.settings import Settings; from sitrep.extract import sharded as sharded_extract; "
                    "sharded_extract.extract_shard(Settings.from_env(), **json.loads(sys.argv[1]))")
            proc = subprocess.run([sys.executable, "-c", code, json.dumps(t)], env=env, capture_output=True, text=True)
            if proc.returncode:
                errors.append(proc.stderr[-2000:])

    cpu0 = _children_cpu()
    t0 = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    seconds = time.perf_counter() - t0
    cpu = _children_cpu() - cpu0
    if errors:
        raise RuntimeError(errors[0])
    # Per CPU-second of the shard processes: the per-core speed, which other jobs on the machine do not dilute.
    return {"workers": workers, "shards": len(tasks), "articles": articles, "seconds": round(seconds, 2),
            "articles_per_s": round(articles / seconds, 1), "cpu_seconds": round(cpu, 1),
            "articles_per_cpu_s": round(articles / cpu, 1) if cpu else None,
            "load_average": round(os.getloadavg()[0], 2)}


def _children_cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--corpus", type=Path, required=True)
    p.add_argument("--work", type=Path)
    p.add_argument("--limit", type=int, default=4000, help="articles (whole corpus days) to land and extract")
    p.add_argument("--shards", type=int, default=8)
    p.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    p.add_argument("--json", type=Path)
    args = p.parse_args(argv)

    from sitrep import pipeline
    from sitrep.settings import Settings

    corpus = args.corpus.resolve()
    work = (args.work or REPO / "bench" / "work" / f"shards-{corpus.name}").resolve()
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    os.environ.setdefault("DBT_TARGET_PATH", str(work / "dbt" / "target"))
    os.environ.setdefault("DBT_LOG_PATH", str(work / "dbt" / "logs"))
    settings = replace(Settings.from_env(), warehouse=work / "sitrep.duckdb", serving=work / "serving.duckdb",
                       extraction="sharded", shards=str(work / "shards"), shard_count=args.shards)
    _land(settings, corpus, args.limit)
    pipeline.dbt_build(settings, full_refresh=True, select=pipeline.TEXTS_SELECTOR)
    manifest = json.loads((corpus / "manifest.json").read_text())
    results = {"corpus": str(corpus), "length": manifest.get("length", "short"), "cpu_count": os.cpu_count(),
               "load_average_at_start": round(os.getloadavg()[0], 2), "runs": []}
    for w in args.workers:
        run = _run(settings, w)
        results["runs"].append(run)
        print(json.dumps(run), flush=True)
    base = next((r for r in results["runs"] if r["workers"] == 1), None)
    if base:
        for r in results["runs"]:
            r["speedup"] = round(base["seconds"] / r["seconds"], 2)
            r["efficiency"] = round(r["speedup"] / r["workers"], 2)
    print(json.dumps({"scaling": [{k: r[k] for k in ("workers", "articles_per_s", "articles_per_cpu_s", "speedup",
                                                     "efficiency")}
                                  for r in results["runs"]] if base else results["runs"]}))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
