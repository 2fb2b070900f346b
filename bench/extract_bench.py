"""Incident extraction throughput: articles/s in one process and over all cores.

    python bench/extract_bench.py --corpus bench/data/10k [--limit 5000] [--repeat 3] [--workers N]

Reads the article records of a corpus written by bench/corpus_gen.py and runs `sitrep.extract.extract_incidents`
(which includes geoparsing) over them, timing only the extraction (records are read and the gazetteer is loaded
before the clock starts). Prints the median of --repeat runs, and the recall of the labelled incidents on
(event_type, location) as a sanity check that the benchmark measures real work.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import statistics
import sys
import time
from pathlib import Path


def load_records(corpus: Path, limit: int | None) -> tuple[list[dict], dict[str, list[dict]]]:
    records: list[dict] = []
    for path in sorted((corpus / "docs").glob("*/articles.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                records.append(json.loads(line))
                if limit and len(records) >= limit:
                    break
        if limit and len(records) >= limit:
            break
    labels: dict[str, list[dict]] = {}
    wanted = {r["id"] for r in records}
    for path in sorted((corpus / "labels").glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                lab = json.loads(line)
                if lab["id"] in wanted:
                    labels[lab["id"]] = lab["incidents"]
    return records, labels


def _warm() -> None:
    from sitrep.extract import extract_incidents

    extract_incidents("Gunmen killed two people in Baghdad on Monday.", "2021-03-02")  # loads the gazetteer


def _extract(record: dict) -> list[tuple[str, str, str | None]]:
    from sitrep.extract import extract_incidents

    try:
        found = extract_incidents(record["text"], record["published"], record.get("title"))
    except Exception as exc:  # a benchmark reports a crash rather than hiding it
        return [("error", type(exc).__name__, str(exc)[:100])]
    return [(record["id"], i.event_type, i.location) for i in found]


def run_pool(records: list[dict], workers: int) -> tuple[float, list]:
    """Extract in `workers` processes forked from a parent that only loaded the gazetteer.

    Each measurement gets fresh workers, so one run's caches (the synthetic corpus repeats sentences) never speed
    up the next; workers=1 is the single-process figure, measured the same way.
    """
    ctx = mp.get_context("fork")
    with ctx.Pool(workers, initializer=_warm) as pool:
        pool.map(_warm_task, range(workers))  # every worker is up before the clock starts
        t0 = time.perf_counter()
        out = pool.map(_extract, records, chunksize=max(1, min(64, len(records) // (workers * 8))))
        return time.perf_counter() - t0, out


def _warm_task(_: int) -> None:
    _warm()


def recall(out: list, labels: dict[str, list[dict]]) -> tuple[int, int, int]:
    found = {(r[0], r[1], r[2]) for rows in out for r in rows}
    errors = sum(1 for rows in out for r in rows if r[0] == "error")
    wanted = [(aid, inc["event_type"], inc["location"]) for aid, incs in labels.items() for inc in incs]
    return sum(w in found for w in wanted), len(wanted), errors


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="incident extraction articles/s, one process and all cores")
    p.add_argument("--corpus", type=Path, required=True)
    p.add_argument("--limit", type=int, default=5000, help="articles per run (0: all)")
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    p.add_argument("--json", type=Path, help="also write the figures here")
    args = p.parse_args(argv)
    records, labels = load_records(args.corpus, args.limit or None)
    if not records:
        p.error(f"no records under {args.corpus}/docs (run bench/corpus_gen.py first)")

    results = {"articles": len(records), "workers": args.workers, "cpu_count": os.cpu_count()}
    singles, pools, out = [], [], []
    _warm()  # load the gazetteer once; the forked workers inherit it
    for _ in range(args.repeat):
        secs, out = run_pool(records, 1)
        singles.append(len(records) / secs)
    hit, total, errors = recall(out, labels)
    for _ in range(args.repeat):
        secs, pooled = run_pool(records, args.workers)
        pools.append(len(records) / secs)
    assert sorted(map(tuple, pooled)) == sorted(map(tuple, out)), "parallel extraction differs from serial"
    results.update({
        "single_process_articles_per_s": round(statistics.median(singles), 1),
        "all_cores_articles_per_s": round(statistics.median(pools), 1),
        "runs_single": [round(x, 1) for x in singles], "runs_all_cores": [round(x, 1) for x in pools],
        "label_recall": f"{hit}/{total}", "extraction_errors": errors,
        "load_average_1m": round(os.getloadavg()[0], 2),
    })
    print(f"extraction over {len(records)} articles (median of {args.repeat}; load avg {results['load_average_1m']})")
    print(f"  single process : {results['single_process_articles_per_s']:>8} articles/s  {results['runs_single']}")
    print(f"  {args.workers} workers      : {results['all_cores_articles_per_s']:>8} articles/s  "
          f"{results['runs_all_cores']}")
    print(f"  labelled incidents found (type+place): {hit}/{total}; extraction errors: {errors}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
