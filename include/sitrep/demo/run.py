"""`make run`: serve the bundled sample site, run the daily DAG once with `airflow dags test`, print incidents.

The DAG runs for logical date 2020-01-15, whose data interval is 2020-01-14 (the sample articles' day).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from sitrep.demo.sample_server import SOURCES_FILE, serve_sample_site
from sitrep.settings import Settings

DAG_ID = "sitrep_daily"
LOGICAL_DATE = "2020-01-15"
# Article URLs embed the port, so a stable port lets a second `make run` see the same site and change nothing.
PREFERRED_PORT = int(os.environ.get("SITREP_SAMPLE_PORT", "8765"))


def run_dag(logical_date: str = LOGICAL_DATE, env: dict[str, str] | None = None,
            port: int = 0) -> subprocess.CompletedProcess:
    """Serve the sample site and run the DAG once against it; returns the finished `airflow dags test` process."""
    airflow = shutil.which("airflow", path=str(Path(sys.executable).parent)) or "airflow"
    with serve_sample_site(port=port) as base_url:
        env = {**os.environ, **(env or {}), "SITREP_SAMPLE_BASE_URL": base_url, "SITREP_SOURCES": str(SOURCES_FILE)}
        return subprocess.run([airflow, "dags", "test", DAG_ID, logical_date], env=env, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def summary(serving_path: Path) -> str:
    import duckdb

    conn = duckdb.connect(str(serving_path), read_only=True)
    try:
        rows = conn.execute("""
            select i.event_date, i.event_type, i.sub_event_type, coalesce(l.name, 'Unknown'),
                   coalesce(l.admin1, ''), coalesce(l.country_iso2, ''), i.fatalities, i.arrests, i.report_count,
                   i.evidence
            from marts.fct_incidents i left join marts.dim_locations l using (location_id)
            order by i.event_date, l.country_iso2, l.name, i.sub_event_type
        """).fetchall()
    finally:
        conn.close()
    lines = [f"{len(rows)} incidents in {serving_path}:"]
    for date, etype, sub, place, admin1, cc, deaths, arrests, reports, evidence in rows:
        lines.append(f"- {date} {etype} / {sub} at {place} ({admin1}, {cc}); fatalities={deaths} arrests={arrests} "
                     f"reports={reports}\n    \"{evidence}\"")
    return "\n".join(lines)


def main() -> int:
    try:
        proc = run_dag(port=PREFERRED_PORT)
    except OSError:  # the preferred port is taken: any free port still gives a correct (if new) run
        proc = run_dag()
    log_path = Path(os.environ.get("AIRFLOW_HOME", ".")) / "sitrep_demo.log"
    log_path.write_text(proc.stdout)
    if proc.returncode != 0:
        print(proc.stdout[-6000:])
        print(f"airflow dags test failed (exit {proc.returncode}); full log: {log_path}", file=sys.stderr)
        return proc.returncode
    print(f"DAG {DAG_ID} ran for {LOGICAL_DATE} (full log: {log_path})")
    print(summary(Settings.from_env().serving))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
