"""Queries behind the dashboard, kept free of Streamlit so they can be unit-tested.

The dashboard reads the published serving copy (``SITREP_SERVING``), never the file the pipeline writes. The
pipeline publishes a new copy by atomic rename, so a reader that opens the path gets either the old or the new
file, never a half-written one. Two rules follow:

* open the file read-only and close the connection as soon as the batch of reads is done, so the reader never
  holds a lock or an old inode longer than one page render;
* key every cache on the file's identity (inode, mtime, size), so a newly published copy is noticed on the next
  render without restarting the app.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import os
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import duckdb
import pandas as pd

from sitrep.settings import Settings

# ACLED's event types in a fixed order so every chart gives a type the same colour.
EVENT_TYPES: tuple[str, ...] = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
)
# Colour-blind-safe (Okabe-Ito) colours, one per event type above.
EVENT_COLOURS: tuple[str, ...] = ("#D55E00", "#E69F00", "#CC79A7", "#0072B2", "#009E73", "#56B4E9")

REQUIRED_TABLES = ("marts.fct_incidents", "marts.fct_incident_reports", "marts.dim_locations")

# The HTML incident table is capped so one broad filter cannot send megabytes to the browser.
DEFAULT_TABLE_LIMIT = 20_000  # incidents the page fetches for its sortable table (figures count every match)
EVIDENCE_ROWS = 25  # of them, the most recent shown with their evidence and every source link


class ServingUnavailable(RuntimeError):
    """The serving copy is missing or lacks the marts the dashboard needs."""


@dataclass(frozen=True)
class ServingVersion:
    """Identity of one published file. A new publish (rename) changes the inode and usually the mtime."""

    inode: int
    mtime_ns: int
    size: int


def serving_path() -> Path:
    return Settings.from_env().serving


def serving_version(path: str | Path) -> ServingVersion | None:
    """The file's identity, or None when nothing has been published yet."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return ServingVersion(inode=st.st_ino, mtime_ns=st.st_mtime_ns, size=st.st_size)


@dataclass(frozen=True)
class Filters:
    """What the user narrowed the view to. Empty tuples mean 'all'. Hashable so it can key a cache."""

    start: dt.date | None = None
    end: dt.date | None = None
    countries: tuple[str, ...] = ()
    admin1: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    locations: tuple[str, ...] = ()  # location_ids picked on the map

    def __post_init__(self) -> None:
        if self.start and self.end and self.start > self.end:
            raise ValueError(f"start date {self.start} is after end date {self.end}")

    def where(self) -> tuple[str, list[Any]]:
        """SQL predicate over aliases i (fct_incidents) and l (dim_locations), with its parameters."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.start:
            clauses.append("i.event_date >= ?")
            params.append(self.start)
        if self.end:
            clauses.append("i.event_date <= ?")
            params.append(self.end)
        for column, values in (
            ("l.country", self.countries),
            ("l.admin1", self.admin1),
            ("i.event_type", self.event_types),
            ("i.location_id", self.locations),
        ):
            if values:
                clauses.append(f"{column} IN ({', '.join('?' for _ in values)})")
                params.extend(values)
        if self.actors:
            marks = ", ".join("?" for _ in self.actors)
            clauses.append(f"(i.actor1 IN ({marks}) OR i.actor2 IN ({marks}))")
            params.extend(self.actors)
            params.extend(self.actors)
        return (" AND ".join(clauses) if clauses else "TRUE"), params


@dataclass
class FilterOptions:
    min_date: dt.date | None
    max_date: dt.date | None
    countries: list[str]
    admin1_by_country: dict[str, list[str]]
    event_types: list[str]
    actors: list[str]


@dataclass
class DashboardData:
    """Everything one page render shows, read in one short read-only session.

    Only aggregates and the first `table_limit` incidents are fetched, so the page stays light however many
    incidents match.
    """

    version: ServingVersion
    total_incidents: int  # in the whole serving copy
    summary: dict[str, int]  # incidents, fatalities, places, reports, unmapped: over all matching incidents
    incidents: pd.DataFrame  # the most recent matching incidents, joined with locations (the table)
    map_points: pd.DataFrame  # one row per (place, event type) with coordinates: incidents, fatalities
    weekly: pd.DataFrame  # week, event_type, incidents
    top_places: pd.DataFrame
    top_actors: pd.DataFrame
    reports: pd.DataFrame  # incident_id, url, published_at for the incidents in the table
    loaded_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc))


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

_SUMMARY_SQL = """
SELECT count(*) AS incidents,
       CAST(coalesce(sum(coalesce(i.fatalities, 0)), 0) AS BIGINT) AS fatalities,
       count(DISTINCT CASE WHEN l.latitude IS NOT NULL THEN i.location_id END) AS places,
       CAST(coalesce(sum(coalesce(i.report_count, 0)), 0) AS BIGINT) AS reports,
       count(*) FILTER (WHERE l.latitude IS NULL OR l.longitude IS NULL) AS unmapped
FROM marts.fct_incidents i
LEFT JOIN marts.dim_locations l USING (location_id)
WHERE {where}
"""

# Incidents at the same place and of the same type would draw as one circle anyway; aggregating keeps the
# chart's payload bounded by the number of places, not incidents.
_MAP_SQL = """
SELECT i.location_id, l.latitude, l.longitude, l.name AS place, l.admin1, l.country, i.event_type,
       count(*) AS incidents, CAST(sum(coalesce(i.fatalities, 0)) AS BIGINT) AS fatalities,
       min(i.event_date) AS first_date, max(i.event_date) AS last_date,
       arg_max(i.evidence, i.event_date) AS evidence
FROM marts.fct_incidents i
JOIN marts.dim_locations l USING (location_id)
WHERE {where} AND l.latitude IS NOT NULL AND l.longitude IS NOT NULL
GROUP BY i.location_id, l.latitude, l.longitude, l.name, l.admin1, l.country, i.event_type
ORDER BY fatalities DESC, incidents DESC, place
"""

_WEEKLY_SQL = """
SELECT CAST(date_trunc('week', i.event_date) AS DATE) AS week, i.event_type, count(*) AS incidents
FROM marts.fct_incidents i
LEFT JOIN marts.dim_locations l USING (location_id)
WHERE {where}
GROUP BY ALL ORDER BY week, i.event_type
"""

_TOP_PLACES_SQL = """
SELECT l.name AS place, l.admin1, l.country, count(*) AS incidents,
       CAST(sum(coalesce(i.fatalities, 0)) AS BIGINT) AS fatalities
FROM marts.fct_incidents i
LEFT JOIN marts.dim_locations l USING (location_id)
WHERE {where} AND l.latitude IS NOT NULL
GROUP BY ALL ORDER BY incidents DESC, fatalities DESC, place LIMIT ?
"""

_TOP_ACTORS_SQL = """
WITH f AS (
    SELECT i.* FROM marts.fct_incidents i LEFT JOIN marts.dim_locations l USING (location_id) WHERE {where}
), a AS (
    SELECT actor1 AS actor, fatalities FROM f WHERE actor1 IS NOT NULL AND actor1 <> ''
    UNION ALL
    SELECT actor2, fatalities FROM f WHERE actor2 IS NOT NULL AND actor2 <> '' AND actor2 IS DISTINCT FROM actor1
)
SELECT actor, count(*) AS incidents, CAST(sum(coalesce(fatalities, 0)) AS BIGINT) AS fatalities
FROM a GROUP BY actor ORDER BY incidents DESC, fatalities DESC, actor LIMIT ?
"""

# Serving copies published before outlet and headline were added lack them: the query falls back to NULLs.
_REPORTS_SQL = """
SELECT r.incident_id, r.url, r.published_at, {outlet} AS outlet, {headline} AS headline
FROM marts.fct_incident_reports r
WHERE r.incident_id IN (SELECT unnest(?::VARCHAR[]))
ORDER BY r.incident_id, r.published_at NULLS LAST, r.url
"""


def _sorted_unique(values: pd.Series) -> list[str]:
    return sorted({str(v) for v in values.dropna() if str(v) != ""})


def _options(conn: duckdb.DuckDBPyConnection) -> FilterOptions:
    dates = conn.execute("SELECT min(event_date), max(event_date) FROM marts.fct_incidents").fetchone()
    places = conn.execute(
        "SELECT DISTINCT l.country, l.admin1 FROM marts.fct_incidents i "
        "JOIN marts.dim_locations l USING (location_id) WHERE l.country IS NOT NULL"
    ).df()
    admin1_by_country = {
        country: _sorted_unique(group["admin1"]) for country, group in places.groupby("country", sort=True)
    }
    types = conn.execute("SELECT DISTINCT event_type FROM marts.fct_incidents").df()["event_type"]
    actors = conn.execute(
        "SELECT actor1 AS a FROM marts.fct_incidents UNION SELECT actor2 FROM marts.fct_incidents"
    ).df()["a"]
    found = _sorted_unique(types)
    # Known types first in ACLED order, then anything unexpected so it can still be filtered on.
    event_types = [t for t in EVENT_TYPES if t in found] + [t for t in found if t not in EVENT_TYPES]
    return FilterOptions(
        min_date=dates[0],
        max_date=dates[1],
        countries=sorted(admin1_by_country),
        admin1_by_country=admin1_by_country,
        event_types=event_types,
        actors=_sorted_unique(actors),
    )


def _check_tables(conn: duckdb.DuckDBPyConnection, path: Path) -> None:
    present = {
        f"{schema}.{name}"
        for schema, name in conn.execute(
            "SELECT table_schema, table_name FROM information_schema.tables"
        ).fetchall()
    }
    missing = [t for t in REQUIRED_TABLES if t not in present]
    if missing:
        raise ServingUnavailable(f"{path} lacks {', '.join(missing)}; has the pipeline published a full run?")


def open_serving(path: str | Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection; read-only so the dashboard can never alter or lock out the published copy."""
    path = Path(path)
    if not path.is_file():
        raise ServingUnavailable(f"no serving copy at {path}; run the pipeline to publish one")
    try:
        return duckdb.connect(str(path), read_only=True)
    except duckdb.Error as exc:
        raise ServingUnavailable(f"cannot open serving copy {path}: {exc}") from exc


def load_options(path: str | Path) -> FilterOptions:
    """The values the filter widgets offer, read over the whole serving copy."""
    path = Path(path)
    conn = open_serving(path)
    try:
        _check_tables(conn, path)
        return _options(conn)
    except duckdb.Error as exc:
        raise ServingUnavailable(f"serving copy {path} does not match the contract: {exc}") from exc
    finally:
        conn.close()


def _reports_sql(conn: duckdb.DuckDBPyConnection) -> str:
    have = {r[0] for r in conn.execute(
        "SELECT column_name FROM duckdb_columns() WHERE schema_name = 'marts' "
        "AND table_name = 'fct_incident_reports'").fetchall()}
    return _REPORTS_SQL.format(outlet="r.outlet" if "outlet" in have else "NULL::VARCHAR",
                               headline="r.headline" if "headline" in have else "NULL::VARCHAR")


def load_dashboard(
    path: str | Path,
    filters: Filters = Filters(),
    *,
    top_n: int = 10,
    table_limit: int = DEFAULT_TABLE_LIMIT,
) -> DashboardData:
    """Read everything one page shows, then close the file.

    One connection serves the whole batch so all panels describe the same published copy (a rename between
    two panels' queries would otherwise mix versions); it is closed before returning.
    """
    path = Path(path)
    version = serving_version(path)
    if version is None:
        raise ServingUnavailable(f"no serving copy at {path}; run the pipeline to publish one")
    conn = open_serving(path)
    try:
        _check_tables(conn, path)
        where, params = filters.where()
        incidents = conn.execute(_INCIDENTS_SQL.format(where=where), [*params, table_limit]).df()
        summary_row = conn.execute(_SUMMARY_SQL.format(where=where), params).fetchone()
        map_points = conn.execute(_MAP_SQL.format(where=where), params).df()
        weekly = conn.execute(_WEEKLY_SQL.format(where=where), params).df()
        top_places = conn.execute(_TOP_PLACES_SQL.format(where=where), [*params, top_n]).df()
        top_actors = conn.execute(_TOP_ACTORS_SQL.format(where=where), [*params, top_n]).df()
        reports = conn.execute(_reports_sql(conn), [incidents["incident_id"].astype(str).tolist()]).df()
        total = conn.execute("SELECT count(*) FROM marts.fct_incidents").fetchone()[0]
    except duckdb.Error as exc:
        raise ServingUnavailable(f"serving copy {path} does not match the contract: {exc}") from exc
    finally:
        conn.close()
    summary = dict(zip(("incidents", "fatalities", "places", "reports", "unmapped"), map(int, summary_row)))
    return DashboardData(
        version=version,
        total_incidents=int(total),
        summary=summary,
        incidents=incidents,
        map_points=map_points,
        weekly=weekly,
        top_places=top_places,
        top_actors=top_actors,
        reports=reports,
    )


def load_incidents(path: str | Path, filters: Filters = Filters(), *, limit: int = 100_000) -> pd.DataFrame:
    """Matching incidents with their place, most recent first, for export; capped so a click cannot
    pull a whole archive into memory."""
    path = Path(path)
    conn = open_serving(path)
    try:
        _check_tables(conn, path)
        where, params = filters.where()
        return conn.execute(_INCIDENTS_SQL.format(where=where), [*params, limit]).df()
    except duckdb.Error as exc:
        raise ServingUnavailable(f"serving copy {path} does not match the contract: {exc}") from exc
    finally:
        conn.close()


class ServingReader:
    """Caches page data per (published version, filters); a new publish is a cache miss.

    Streamlit's own cache does the same in the app; this class is the same policy for code that runs outside
    Streamlit (tests, notebooks) and is what the app keys its cache on.
    """

    def __init__(self, path: str | Path, *, max_entries: int = 32) -> None:
        self.path = Path(path)
        self.max_entries = max_entries
        self._cache: OrderedDict[tuple[ServingVersion, Filters], DashboardData] = OrderedDict()
        self.loads = 0  # how many times the file was actually read; tests use it to prove caching

    def version(self) -> ServingVersion | None:
        return serving_version(self.path)

    def load(self, filters: Filters = Filters()) -> DashboardData:
        version = self.version()
        if version is None:
            raise ServingUnavailable(f"no serving copy at {self.path}; run the pipeline to publish one")
        key = (version, filters)
        if key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key]
        data = load_dashboard(self.path, filters)
        self.loads += 1
        # Entries for superseded versions can never be hit again.
        for old in [k for k in self._cache if k[0] != data.version]:
            del self._cache[old]
        self._cache[(data.version, filters)] = data
        while len(self._cache) > self.max_entries:
            self._cache.popitem(last=False)
        return data


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


@lru_cache(maxsize=1)
def world_outlines() -> dict[str, Any]:
    """Natural Earth 1:110m country outlines (public domain) shipped in the package: no download at run time."""
    text = resources.files("sitrep").joinpath("data/world_110m.geojson").read_text(encoding="utf-8")
    return json.loads(text)


def _ring_points(geometry: dict[str, Any]):
    coords = geometry["coordinates"]
    polygons = coords if geometry["type"] == "MultiPolygon" else [coords]
    for polygon in polygons:
        for ring in polygon:
            yield from ring


def map_extent(
    lats: pd.Series, lons: pd.Series, *, margin_deg: float = 1.5, margin_frac: float = 0.1,
    min_span_deg: float = 6.0,
) -> tuple[float, float, float, float]:
    """(west, south, east, north) around the points, padded so edge circles are whole and one incident
    still shows its region. The pad grows with the spread, since circles are sized in pixels, not degrees."""
    lats = pd.to_numeric(lats, errors="coerce").dropna()
    lons = pd.to_numeric(lons, errors="coerce").dropna()
    if lats.empty or lons.empty:
        return (-180.0, -60.0, 180.0, 80.0)

    def padded(lo: float, hi: float) -> tuple[float, float]:
        pad = max(margin_deg, margin_frac * (hi - lo))
        lo, hi = lo - pad, hi + pad
        if hi - lo < min_span_deg:
            extra = (min_span_deg - (hi - lo)) / 2
            lo, hi = lo - extra, hi + extra
        return lo, hi

    west, east = padded(float(lons.min()), float(lons.max()))
    south, north = padded(float(lats.min()), float(lats.max()))
    return (max(west, -180.0), max(south, -85.0), min(east, 180.0), min(north, 85.0))


def spaced_labels(
    frame: pd.DataFrame, extent: tuple[float, float, float, float], *, min_gap_frac: float = 0.04
) -> pd.DataFrame:
    """Rows of `frame` (already in priority order) whose point is not too close to one kept before it,
    so the names of neighbouring places do not print over each other."""
    west, south, east, north = extent
    gap_lon, gap_lat = min_gap_frac * (east - west), min_gap_frac * (north - south)
    kept: list[int] = []
    points: list[tuple[float, float]] = []
    for idx, lon, lat in zip(frame.index, frame["longitude"], frame["latitude"]):
        if all(abs(lon - x) > gap_lon * 3 or abs(lat - y) > gap_lat for x, y in points):
            kept.append(idx)
            points.append((lon, lat))
    return frame.loc[kept]


def brushed_dates(event: Any) -> tuple[dt.date, dt.date] | None:
    """The weeks brushed on the time series as (first day, last day), from Streamlit's selection event."""
    try:
        lo, hi = list(event["selection"]["brush"]["week"])[:2]
    except (KeyError, TypeError, ValueError, IndexError):
        return None

    def day(value: Any) -> dt.date:
        if isinstance(value, (int, float)):  # Vega-Lite hands times over as epoch milliseconds
            return dt.datetime.fromtimestamp(value / 1000, tz=dt.timezone.utc).date()
        return pd.Timestamp(value).date()

    first, last = sorted((day(lo), day(hi)))
    return first, last


def clicked_places(event: Any) -> tuple[str, ...]:
    """location_ids of the circles clicked on the map."""
    try:
        return tuple(sorted({p["location_id"] for p in event["selection"]["place"] if p.get("location_id")}))
    except (KeyError, TypeError, AttributeError):
        return ()


def outline_paths(features: list[dict[str, Any]]) -> pd.DataFrame:
    """Country borders as ordered (longitude, latitude) vertices, one path per ring: drawn as lines on plain
    x/y scales, so the map can zoom and pan (Vega-Lite cannot zoom a projected geoshape)."""
    rows: list[tuple[int, int, float, float]] = []
    ring_id = 0
    for feature in features:
        geometry = feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        for polygon in polygons:
            for ring in polygon:
                rows.extend((ring_id, n, lon, lat) for n, (lon, lat) in enumerate(ring))
                ring_id += 1
    return pd.DataFrame(rows, columns=["ring", "order", "longitude", "latitude"])


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


def outlines_in(extent: tuple[float, float, float, float]) -> list[dict[str, Any]]:
    """Country features whose bounding box meets the extent or its surroundings; keeps the payload small.

    The chart fits the extent into a box of another aspect ratio, so it shows more than the extent: pad the
    selection by the extent's own size so no neighbour is missing at the edges.
    """
    west, south, east, north = extent
    pad_x, pad_y = east - west, north - south
    west, east, south, north = west - pad_x, east + pad_x, south - pad_y, north + pad_y
    features = []
    for feature in world_outlines()["features"]:
        xs, ys = zip(*_ring_points(feature["geometry"]))
        if min(xs) <= east and max(xs) >= west and min(ys) <= north and max(ys) >= south:
            features.append(feature)
    return features


def country_labels(features: list[dict[str, Any]], extent: tuple[float, float, float, float]) -> list[dict[str, Any]]:
    """One label point per country that meets the extent: its largest ring's bounding-box centre, kept inside.

    Bigger countries are placed first and a label too close to one already placed is dropped, so small
    neighbours pushed to the same edge do not pile up. A box centre can fall outside a concave country,
    which is acceptable for a context label.
    """
    west, south, east, north = extent
    min_gap_lon, min_gap_lat = (east - west) / 6, (north - south) / 12
    candidates = []
    for feature in features:
        geometry = feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        ring = max((p[0] for p in polygons), key=len)
        xs, ys = [pt[0] for pt in ring], [pt[1] for pt in ring]
        if min(xs) > east or max(xs) < west or min(ys) > north or max(ys) < south:
            continue
        area = (max(xs) - min(xs)) * (max(ys) - min(ys))
        lon = min(max((min(xs) + max(xs)) / 2, west + 0.1 * (east - west)), east - 0.1 * (east - west))
        lat = min(max((min(ys) + max(ys)) / 2, south + 0.05 * (north - south)), north - 0.05 * (north - south))
        candidates.append((area, feature["properties"].get("name", ""), lon, lat))
    labels: list[dict[str, Any]] = []
    for _, name, lon, lat in sorted(candidates, key=lambda c: -c[0]):
        if all(abs(lon - o["longitude"]) > min_gap_lon or abs(lat - o["latitude"]) > min_gap_lat for o in labels):
            labels.append({"name": name, "longitude": lon, "latitude": lat})
    return labels


def extent_feature(extent: tuple[float, float, float, float]) -> dict[str, Any]:
    """The extent's corners as GeoJSON, for fitting the map projection to it.

    Corner points rather than a polygon: the map library reads rings with spherical winding, where a box
    drawn the wrong way round means 'the whole globe but the box'; points have no winding.
    """
    west, south, east, north = extent
    corners = [[west, south], [west, north], [east, north], [east, south]]
    return {"type": "Feature", "properties": {}, "geometry": {"type": "MultiPoint", "coordinates": corners}}


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
