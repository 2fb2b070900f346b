"""`sitrep export`: the incidents as files, for people who do not use SQL.

Reads the published serving copy (read-only, so it never waits on the pipeline). `acled` writes one CSV in
ACLED's export layout (the columns of an ACLED download, in its order), which scripts written for ACLED data
read unchanged; `csv` and `parquet` write every mart as one file in a folder, the incident tables cut to the
chosen dates and country and the dimensions whole.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import duckdb

# ACLED's export columns, in its order (acled_events adds Sitrep's incident_id after them).
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
# Tables cut by incident date and country; the others (dimensions) are written whole.
_INCIDENT_TABLES = ("acled_events", "fct_incidents", "fct_incident_reports")


class ExportError(RuntimeError):
    pass


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _incident_filter(date_from: date | None, date_to: date | None, country: str | None) -> tuple[str, list]:
    """SQL condition on acled_events (alias e) joined to dim_locations (alias l), and its parameters."""
    where, params = ["true"], []
    if date_from:
        where.append("e.event_date >= ?")
        params.append(date_from)
    if date_to:
        where.append("e.event_date <= ?")
        params.append(date_to)
    if country:
        # ISO2, ISO3 or the country's name, as the user has it at hand
        where.append("(upper(l.country_iso2) = upper(?) or substr(e.event_id_cnty, 1, 3) = upper(?) "
                     "or lower(e.country) = lower(?))")
        params += [country] * 3
    return " and ".join(where), params


def export(serving: str | Path, fmt: str, output: str, *, date_from: date | None = None,
           date_to: date | None = None, country: str | None = None) -> dict[str, int]:
    """Write the export; returns rows written per table. `output` is a file (`-` = stdout) for `acled`, a folder
    for `csv` and `parquet`."""
    serving = Path(serving)
    if not serving.exists():
        raise ExportError(f"no serving copy at {serving} (has the pipeline published? see SITREP_SERVING)")
    conn = duckdb.connect(str(serving), read_only=True)
    try:
        tables = {r[0] for r in conn.execute(
            "select table_name from duckdb_tables() where schema_name = 'marts'").fetchall()}
        if "acled_events" not in tables:
            raise ExportError(f"{serving} has no marts.acled_events: publish again with this version")
        where, params = _incident_filter(date_from, date_to, country)
        conn.execute("create temp table chosen (incident_id varchar primary key)")
        conn.execute(f"""
            insert into chosen
            select e.incident_id
            from marts.acled_events e
            join marts.fct_incidents i using (incident_id)
            join marts.dim_locations l using (location_id)
            where {where}""", params)
        if fmt == "acled":
            return {"acled_events": _write_acled(conn, output)}
        folder = Path(output)
        folder.mkdir(parents=True, exist_ok=True)
        counts = {}
        for table in sorted(tables):
            rows = (f"select t.* from marts.{table} t where t.incident_id in (select incident_id from chosen)"
                    if table in _INCIDENT_TABLES else f"select * from marts.{table}")
            if table in _INCIDENT_TABLES:
                rows += " order by all"
            target = folder / f"{table}.{fmt}"
            part = folder / f".{table}.{fmt}.{os.getpid()}.tmp"
            options = "format csv, header true" if fmt == "csv" else "format parquet, compression zstd"
            try:
                conn.execute(f"copy ({rows}) to {_literal(str(part))} ({options})")
                os.replace(part, target)
            finally:
                part.unlink(missing_ok=True)
            counts[table] = conn.execute(f"select count(*) from ({rows})").fetchone()[0]
        return counts
    finally:
        conn.close()


def _write_acled(conn: duckdb.DuckDBPyConnection, output: str) -> int:
    columns = ", ".join(f'"{c}"' for c in ACLED_COLUMNS)
    query = (f"select {columns} from marts.acled_events where incident_id in (select incident_id from chosen) "
             "order by event_date, event_id_cnty")
    if output == "-":
        import sys

        frame = conn.execute(query).df()
        frame.to_csv(sys.stdout, index=False)
        return len(frame)
    target = Path(output)
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        conn.execute(f"copy ({query}) to {_literal(str(part))} (format csv, header true)")
        os.replace(part, target)
    finally:
        part.unlink(missing_ok=True)
    return conn.execute(f"select count(*) from ({query})").fetchone()[0]
