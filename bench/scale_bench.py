"""`make bench`: the real pipeline over a synthetic corpus -- land, dbt full refresh, one incremental daily run.

    python bench/scale_bench.py --corpus bench/data/10k [--work bench/work/10k] [--repeat 1] [--json out.json]

For a corpus from bench/corpus_gen.py, on a fresh warehouse under --work:
  1. land     all base days through the real discovery + fetch + landing code (`pipeline.discover`, `pipeline.land`)
  2. full     `dbt build --full-refresh` (`pipeline.build`), then publish the serving copy
  3. day      the next daily run end to end for the increment day (discover, land, incremental dbt build,
              publish), exactly what `sitrep run --date` does, with the corpus folder of that day only
  4. noop     the same daily run again: nothing new lands, the warehouse must not change
Every step runs in its own child process (the dbt build in a grandchild, as in production); wall time and the peak
resident memory of the whole process tree (sampled every 0.1 s with psutil) are recorded per step. Then the
warehouse and serving sizes on disk and the DAG parse time (Airflow's DagBag, median of 5 fresh processes).
With --repeat R > 1 steps 3-4 are repeated on copies of the post-step-2 warehouse and medians are reported.
dbt writes its target/ and logs/ under --work, never into the shared dbt_project/.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
PY = sys.executable


# ------------------------------------------------------------------------------------- child-side steps

def _settings():
    from sitrep.settings import Settings

    return Settings.from_env()


def child_step(step: str, start: str, end: str) -> dict:
    """Run one pipeline step in this (child) process; return per-phase seconds."""
    import logging

    from sitrep import pipeline

    logging.basicConfig(level=logging.WARNING)
    settings, phases = _settings(), {}
    t = time.perf_counter()
    s, e = datetime.fromisoformat(start), datetime.fromisoformat(end)
    if step in ("land", "day"):
        candidates = pipeline.discover(settings, s, e)
        phases["discover"] = time.perf_counter() - t
        t = time.perf_counter()
        report = pipeline.land(settings, candidates, f"bench__{start[:10]}")
        phases["land"] = time.perf_counter() - t
        phases["landed"] = report.get("landed", 0)
        phases["unchanged"] = report.get("unchanged", 0)
        phases["failed"] = report.get("failed", 0)
    if step in ("full", "day"):
        t = time.perf_counter()
        pipeline.build(settings, full_refresh=(step == "full"))
        phases["dbt"] = time.perf_counter() - t
        t = time.perf_counter()
        pipeline.publish(settings, as_of=end)
        phases["publish"] = time.perf_counter() - t
    return phases


# ------------------------------------------------------------------------------------- parent-side measuring

def _tree_rss(proc: psutil.Process) -> int:
    try:
        procs = [proc, *proc.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    total = 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.NoSuchProcess:
            pass
    return total


def run_measured(args: list[str], env: dict[str, str]) -> tuple[float, int, str]:
    """(wall seconds, peak RSS of the process tree in bytes, stdout) of a child command; raises on failure."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    ps, peak = psutil.Process(proc.pid), 0
    out_chunks: list[str] = []
    # Drain stdout in a thread so a chatty child never blocks on a full pipe while we sample memory.
    import threading

    reader = threading.Thread(target=lambda: out_chunks.append(proc.stdout.read()), daemon=True)
    reader.start()
    while proc.poll() is None:
        peak = max(peak, _tree_rss(ps))
        time.sleep(0.1)
    reader.join()
    wall = time.perf_counter() - t0
    out = "".join(out_chunks)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(args[:4])}... failed (exit {proc.returncode}):\n{out[-4000:]}")
    return wall, peak, out


def step(name: str, env: dict[str, str], start: date, end: date) -> dict:
    wall, peak, out = run_measured(
        [PY, __file__, "--child", name, "--start", f"{start.isoformat()}T00:00:00+00:00",
         "--end", f"{end.isoformat()}T00:00:00+00:00"], env)
    phases = json.loads(out.strip().splitlines()[-1])
    rec = {"step": name, "wall_s": wall, "peak_rss_mb": peak / 2**20, **phases}
    results = Path(env["DBT_TARGET_PATH"]) / "run_results.json"
    if name in ("full", "day") and results.exists():
        # Where the dbt time goes: the slowest nodes of this build, and dbt's own elapsed time.
        run = json.loads(results.read_text())
        nodes = sorted(((r["execution_time"], r["unique_id"].split(".")[2]) for r in run["results"]), reverse=True)
        rec["dbt_elapsed"] = run.get("elapsed_time")
        rec["slowest_models"] = {n: round(t, 2) for t, n in nodes[:4]}
        results.unlink()
    return rec


def dag_parse_seconds(env: dict[str, str], runs: int = 5) -> tuple[float, float]:
    """Median (DagBag parse of dags/sitrep_daily.py, whole fresh-process time) over `runs` processes."""
    code = ("import time; t=time.perf_counter()\n"
            "from airflow.dag_processing.dagbag import DagBag\n"
            "t1=time.perf_counter()\n"
            f"bag=DagBag(dag_folder={str(REPO / 'dags' / 'sitrep_daily.py')!r})\n"
            "t2=time.perf_counter()\n"
            "assert not bag.import_errors and 'sitrep_daily' in bag.dags, bag.import_errors\n"
            "print(t2-t1, t2-t)")
    parse, whole = [], []
    for _ in range(runs):
        out = subprocess.run([PY, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
        a, b = map(float, out.split()[-2:])
        parse.append(a)
        whole.append(b)
    return statistics.median(parse), statistics.median(whole)


def size_mb(path: Path) -> float:
    total = 0
    for p in (path, Path(f"{path}.wal")):
        if p.exists():
            total += p.stat().st_size
    return total / 2**20


def snapshot_counts(path: Path) -> dict[str, int]:
    import duckdb

    conn = duckdb.connect(str(path), read_only=True)
    try:
        return {t: conn.execute(f"select count(*) from {t}").fetchone()[0]
                for t in ("raw.articles", "marts.fct_incidents", "marts.fct_incident_reports",
                          "marts.dim_locations")}
    finally:
        conn.close()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="scale benchmark of the real pipeline over a synthetic corpus")
    p.add_argument("--corpus", type=Path)
    p.add_argument("--work", type=Path, help="scratch folder (default: bench/work/<corpus name>)")
    p.add_argument("--repeat", type=int, default=1, help="repeat the daily run this many times (median)")
    p.add_argument("--json", type=Path, help="also write the figures here")
    p.add_argument("--resume", choices=["full", "day"],
                   help="reuse the work folder of an earlier run: from the full refresh (landing done), or from the "
                        "daily runs (its base.duckdb, the warehouse after the full refresh, is kept)")
    p.add_argument("--child", help=argparse.SUPPRESS)
    p.add_argument("--start", help=argparse.SUPPRESS)
    p.add_argument("--end", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        print(json.dumps(child_step(args.child, args.start, args.end)))
        return 0
    if not args.corpus:
        p.error("--corpus is required")

    corpus = args.corpus.resolve()
    manifest = json.loads((corpus / "manifest.json").read_text())
    work = (args.work or REPO / "bench" / "work" / corpus.name).resolve()
    if not args.resume:
        shutil.rmtree(work, ignore_errors=True)
    (work / "dbt").mkdir(parents=True, exist_ok=True)
    warehouse, serving = work / "sitrep.duckdb", work / "serving" / "sitrep.duckdb"
    env = {**os.environ, "SITREP_WAREHOUSE": str(warehouse), "SITREP_SERVING": str(serving),
           "SITREP_SOURCES": str(corpus / "sources.yml"), "SITREP_CORPUS_DIR": "docs",
           "SITREP_DBT_PROJECT_DIR": str(REPO / "dbt_project"),
           "DBT_TARGET_PATH": str(work / "dbt" / "target"), "DBT_LOG_PATH": str(work / "dbt" / "logs"),
           "AIRFLOW_HOME": str(work / "airflow"), "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
           "AIRFLOW__CORE__DAGS_FOLDER": str(REPO / "dags"), "PYTHONUNBUFFERED": "1"}
    first, last = date.fromisoformat(manifest["days"][0]), date.fromisoformat(manifest["days"][-1])
    inc_day = date.fromisoformat(manifest["increment_day"])
    results: dict = {"corpus": str(corpus), "base_articles": manifest["articles"],
                     "increment_articles": manifest["increment_articles"], "cpu_count": os.cpu_count(),
                     "load_average_at_start": round(os.getloadavg()[0], 2),
                     "started_at": datetime.now(timezone.utc).isoformat(timespec="seconds"), "steps": []}

    # Every step's record also goes to <work>/steps.jsonl, so a resumed run can report the steps it skipped.
    history = work / "steps.jsonl"
    earlier = {}
    if args.resume and history.exists():
        for line in history.read_text().splitlines():
            rec = json.loads(line)
            earlier[rec["step"]] = rec
    elif not args.resume:
        history.unlink(missing_ok=True)

    def log(rec: dict) -> None:
        results["steps"].append(rec)
        line = json.dumps({k: (round(v, 2) if isinstance(v, float) else v) for k, v in rec.items()})
        print(line, flush=True)
        with history.open("a") as f:
            f.write(line + "\n")

    base_copy = work / "base.duckdb"
    if args.resume != "day":
        if not args.resume:
            log(step("land", env, first, last + timedelta(days=1)))
        log(step("full", env, first, last + timedelta(days=1)))
        shutil.copy(warehouse, base_copy)
    else:
        shutil.copy(base_copy, warehouse)
        Path(f"{warehouse}.wal").unlink(missing_ok=True)
    results["after_full"] = snapshot_counts(warehouse)

    day_env = {**env, "SITREP_CORPUS_DIR": f"increment/{inc_day.isoformat()}"}
    days, noops = [], []
    for r in range(max(1, args.repeat)):
        if r:
            shutil.copy(base_copy, warehouse)
            Path(f"{warehouse}.wal").unlink(missing_ok=True)
        rec = step("day", day_env, inc_day, inc_day + timedelta(days=1))
        log(rec)
        days.append(rec)
        counts = snapshot_counts(warehouse)
        rec = step("day", day_env, inc_day, inc_day + timedelta(days=1))
        rec["step"] = "noop"
        log(rec)
        noops.append(rec)
        if snapshot_counts(warehouse) != counts:
            raise SystemExit("re-running the same day changed the warehouse")
    results["after_day"] = counts
    results["warehouse_mb"] = size_mb(warehouse)
    results["serving_mb"] = size_mb(serving)
    results["dag_parse_s"], results["dag_import_total_s"] = dag_parse_seconds(env)
    results["load_average_at_end"] = round(os.getloadavg()[0], 2)

    ran = {r["step"]: r for r in results["steps"]}
    land, full = ran.get("land") or earlier["land"], ran.get("full") or earlier["full"]
    results["earlier_steps"] = [earlier[k] for k in ("land", "full") if k not in ran and k in earlier]
    med = lambda recs, key: statistics.median(r[key] for r in recs)  # noqa: E731
    n, inc = manifest["articles"], manifest["increment_articles"]
    results["summary"] = {
        "land_s": land["wall_s"], "land_articles_per_s": n / land["land"],
        "full_refresh_dbt_s": full["dbt"], "full_refresh_articles_per_s": n / full["dbt"],
        "publish_s": full["publish"],
        "daily_run_s": med(days, "wall_s"), "daily_land_s": med(days, "land"), "daily_dbt_s": med(days, "dbt"),
        "daily_publish_s": med(days, "publish"), "noop_run_s": med(noops, "wall_s"),
        "peak_rss_mb": max(r["peak_rss_mb"] for r in [land, full, *results["steps"]]),
    }
    s = results["summary"]
    print()
    print(f"Sitrep scale benchmark: {n} articles + a {inc}-article day, {os.cpu_count()} cores, "
          f"load avg {results['load_average_at_start']} -> {results['load_average_at_end']}")
    rows = [
        ("land base days (discover+fetch+land)", f"{s['land_s']:.1f} s", f"{s['land_articles_per_s']:.0f} art/s"),
        ("dbt build --full-refresh", f"{s['full_refresh_dbt_s']:.1f} s",
         f"{s['full_refresh_articles_per_s']:.0f} art/s"),
        ("publish serving copy", f"{s['publish_s']:.1f} s", ""),
        (f"daily run, {inc} new articles (end to end)", f"{s['daily_run_s']:.1f} s",
         f"land {s['daily_land_s']:.1f} + dbt {s['daily_dbt_s']:.1f} + publish {s['daily_publish_s']:.1f}"),
        ("daily run again, nothing new", f"{s['noop_run_s']:.1f} s", ""),
        ("peak RSS (process tree)", f"{s['peak_rss_mb']:.0f} MB", ""),
        ("warehouse on disk", f"{results['warehouse_mb']:.1f} MB", f"serving copy {results['serving_mb']:.1f} MB"),
        ("DAG parse (DagBag)", f"{results['dag_parse_s'] * 1000:.0f} ms",
         f"fresh process incl. airflow import {results['dag_import_total_s']:.1f} s"),
        ("rows after the daily run", "", ", ".join(f"{k}={v}" for k, v in results["after_day"].items())),
        ("slowest dbt nodes, full refresh", "", ", ".join(f"{k} {v:.0f}s" for k, v in full.get(
            "slowest_models", {}).items())),
        ("slowest dbt nodes, daily run", "", ", ".join(f"{k} {v:.0f}s" for k, v in days[-1].get(
            "slowest_models", {}).items())),
    ]
    width = max(len(r[0]) for r in rows)
    for a, b, c in rows:
        print(f"  {a:<{width}}  {b:>10}  {c}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
