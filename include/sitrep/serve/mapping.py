"""The map: one circle per (place, event type) over country outlines shipped in the package (no tile basemap, no
download), framed on the incidents, with place and country names spaced so they do not print over each other.
Circles clicked on it become a place filter (`filters.clicked_places`)."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

import duckdb
import pandas as pd

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


def map_points(conn: duckdb.DuckDBPyConnection, where: str, params: list[Any]) -> pd.DataFrame:
    """One row per (place, event type) with coordinates: incidents, fatalities, dates, latest evidence."""
    return conn.execute(_MAP_SQL.format(where=where), params).df()


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


