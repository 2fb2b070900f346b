"""The incident tables: the sortable grid (one row per incident, first source linked), the evidence table (HTML:
each incident's evidence sentence and every source article as a real link) and the CSV download's rows.
Only plain web links are ever linked (`safe_url`); every text is escaped."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import duckdb
import pandas as pd

from sitrep.serve.filters import Filters
from sitrep.serve.serving import reading

if TYPE_CHECKING:  # the page's data holds these tables' rows; imported for the annotations only
    from sitrep.serve.page import DashboardData

# The HTML incident table is capped so one broad filter cannot send megabytes to the browser.
DEFAULT_TABLE_LIMIT = 20_000  # incidents the page fetches for its sortable table (figures count every match)
EVIDENCE_ROWS = 25  # of them, the most recent shown with their evidence and every source link

_INCIDENTS_SQL = """
SELECT i.incident_id, i.location_id, i.event_date, i.event_type, i.sub_event_type, i.actor1, i.actor2,
       i.geo_precision, coalesce(i.fatalities, 0) AS fatalities, i.injuries, i.arrests, i.report_count,
       i.first_reported_at, i.evidence, i.source_url, i.confidence,
       l.name AS place, l.admin1, l.admin2, l.country, l.country_iso2, l.latitude, l.longitude
FROM marts.fct_incidents i
LEFT JOIN marts.dim_locations l USING (location_id)
WHERE {where}
ORDER BY i.event_date DESC, i.incident_id
LIMIT ?
"""

# Serving copies published before outlet and headline were added lack them: the query falls back to NULLs.
_REPORTS_SQL = """
SELECT r.incident_id, r.url, r.published_at, {outlet} AS outlet, {headline} AS headline
FROM marts.fct_incident_reports r
WHERE r.incident_id IN (SELECT unnest(?::VARCHAR[]))
ORDER BY r.incident_id, r.published_at NULLS LAST, r.url
"""


def incidents(conn: duckdb.DuckDBPyConnection, where: str, params: list[Any], limit: int) -> pd.DataFrame:
    """The most recent matching incidents (at most `limit`), joined with their place."""
    return conn.execute(_INCIDENTS_SQL.format(where=where), [*params, limit]).df()


def _reports_sql(conn: duckdb.DuckDBPyConnection) -> str:
    have = {r[0] for r in conn.execute(
        "SELECT column_name FROM duckdb_columns() WHERE schema_name = 'marts' "
        "AND table_name = 'fct_incident_reports'").fetchall()}
    return _REPORTS_SQL.format(outlet="r.outlet" if "outlet" in have else "NULL::VARCHAR",
                               headline="r.headline" if "headline" in have else "NULL::VARCHAR")


def reports(conn: duckdb.DuckDBPyConnection, incident_ids: list[str]) -> pd.DataFrame:
    """incident_id, url, published_at, outlet, headline of every report of these incidents."""
    return conn.execute(_reports_sql(conn), [incident_ids]).df()


def load_incidents(path: str | Path, filters: Filters = Filters(), *, limit: int = 100_000) -> pd.DataFrame:
    """Matching incidents with their place, most recent first, for export; capped so a click cannot
    pull a whole archive into memory."""
    with reading(Path(path)) as conn:
        where, params = filters.where()
        return incidents(conn, where, params, limit)


def sources_by_incident(reports: pd.DataFrame) -> dict[str, list[str]]:
    """Distinct article URLs per incident, earliest report first."""
    return {k: [url for url, _ in v] for k, v in labelled_sources(reports).items()}


def labelled_sources(reports: pd.DataFrame) -> dict[str, list[tuple[str, str]]]:
    """Distinct (URL, "Outlet: headline") per incident, earliest report first; the label falls back to the host."""
    out: dict[str, list[tuple[str, str]]] = {}
    outlets = reports["outlet"] if "outlet" in reports else [None] * len(reports)
    headlines = reports["headline"] if "headline" in reports else [None] * len(reports)
    for incident_id, url, outlet, headline in zip(reports["incident_id"], reports["url"], outlets, headlines):
        if isinstance(url, str) and url:
            links = out.setdefault(str(incident_id), [])
            if url not in (u for u, _ in links):
                outlet = outlet if isinstance(outlet, str) and outlet else urlsplit(url).netloc
                label = f"{outlet}: {headline}" if isinstance(headline, str) and headline else outlet
                links.append((url, label))
    return out


def incident_grid(data: DashboardData) -> pd.DataFrame:
    """The fetched incidents as the page's sortable, searchable table: one row each, its first source linked."""
    sources = labelled_sources(data.reports)
    frame = data.incidents
    first = [(sources.get(str(i)) or [(u if isinstance(u, str) else "", "")])[0]
             for i, u in zip(frame["incident_id"], frame["source_url"])]
    return pd.DataFrame({
        "date": pd.to_datetime(frame["event_date"]).dt.date,
        "event_type": frame["event_type"],
        "sub_event_type": frame["sub_event_type"],
        "place": frame["place"],
        "admin1": frame["admin1"],
        "country": frame["country"],
        "geo_precision": frame["geo_precision"],
        "actor1": frame["actor1"],
        "actor2": frame["actor2"],
        "fatalities": frame["fatalities"],
        "injuries": frame["injuries"],
        "arrests": frame["arrests"],
        "reports": frame["report_count"],
        "evidence": frame["evidence"],
        "source": [label for _, label in first],
        "link": [safe_url(url) for url, _ in first],
    })


def safe_url(url: Any) -> str | None:
    """The URL if it is a plain web link; anything else (javascript:, data:, junk) is shown as text, not linked."""
    if not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def _cell(value: Any) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, (pd.Timestamp, dt.datetime)):
        return value.strftime("%Y-%m-%d")
    return html.escape(str(value))


def _links(urls: list[str] | list[tuple[str, str]]) -> str:
    parts = []
    for n, item in enumerate(urls, 1):
        url, text = item if isinstance(item, tuple) else (item, None)
        safe = safe_url(url)
        host = urlsplit(safe).netloc if safe else url
        label = html.escape(text or host or f"source {n}")
        if safe:
            parts.append(f'<a href="{html.escape(safe, quote=True)}" target="_blank" rel="noopener noreferrer">{label}</a>')
        else:
            parts.append(label)
    return "<br>".join(parts)


def incident_table_html(data: DashboardData, limit: int = EVIDENCE_ROWS) -> str:
    """The incident table as escaped HTML: each row shows its evidence sentence and links every source article.

    HTML rather than a grid widget so the evidence wraps and the links are real links a reader can follow.
    """
    sources = labelled_sources(data.reports)
    rows = []
    for rec in data.incidents.head(limit).to_dict("records"):
        urls = sources.get(str(rec["incident_id"])) or ([rec["source_url"]] if rec.get("source_url") else [])
        place = ", ".join(_cell(rec.get(k)) for k in ("place", "admin1", "country") if _cell(rec.get(k)))
        actors = " vs ".join(_cell(rec.get(k)) for k in ("actor1", "actor2") if _cell(rec.get(k)))
        tolls = "<br>".join(f"<small>{name} {_cell(rec.get(k))}</small>" for k, name in
                            (("injuries", "injured"), ("arrests", "arrested")) if _cell(rec.get(k)) not in ("", "0"))
        rows.append(
            '<tr data-incident-id="{id}"><td>{date}</td><td>{etype}<br><small>{sub}</small></td><td>{place}</td>'
            "<td>{actors}</td><td>{fat}</td><td class=\"evidence\">{evidence}</td><td>{links}</td></tr>".format(
                id=_cell(rec["incident_id"]),
                date=_cell(rec.get("event_date")),
                etype=_cell(rec.get("event_type")),
                sub=_cell(rec.get("sub_event_type")),
                place=(place or "unknown location") + (
                    f"<br><small>geo-precision {_cell(rec.get('geo_precision'))}</small>"
                    if _cell(rec.get("geo_precision")) else ""),
                actors=actors,
                fat=_cell(rec.get("fatalities")) + (f"<br>{tolls}" if tolls else ""),
                evidence=_cell(rec.get("evidence")),
                links=_links(urls),
            )
        )
    header = "".join(
        f"<th>{h}</th>" for h in ("Date", "Event", "Place", "Actors", "Fatalities", "Evidence", "Sources")
    )
    return (
        "<style>"
        ".sitrep-incidents{border-collapse:collapse;width:100%;font-size:0.85rem}"
        ".sitrep-incidents th,.sitrep-incidents td{border-bottom:1px solid #ddd;padding:4px 6px;"
        "vertical-align:top;text-align:left}"
        ".sitrep-incidents td.evidence{max-width:40rem}"
        "</style>"
        f'<table class="sitrep-incidents"><thead><tr>{header}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
    )
