"""How much a country-level placement tells: the area of the country drawn at a point.

A point at a country's centre says where an event happened only when the country is small (Lebanon, Qatar,
Gambia); for Sudan it says nothing. The outlines are the dashboard's Natural Earth 1:110m countries
(`sitrep/data/world_110m.geojson`, public domain). Areas are computed once, by the shoelace formula in an
equal-area (sinusoidal) projection: good to a few percent at that scale, which is all the question needs.
Countries too small to draw at 1:110m hold no point of their own (Bahrain) or lie inside a neighbour's outline
(Singapore in Malaysia's): the outline found must carry the country's name, else the answer is unknown.
"""
from __future__ import annotations

import functools
import json
import math
import unicodedata
from importlib import resources

EARTH_RADIUS_KM = 6371.0
Ring = list[list[float]]


def _ring_area(ring: Ring) -> float:
    pts = [(math.radians(lon) * math.cos(math.radians(lat)) * EARTH_RADIUS_KM, math.radians(lat) * EARTH_RADIUS_KM)
           for lon, lat in ring]
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]))) / 2


def _inside(ring: Ring, lon: float, lat: float) -> bool:
    # Ray casting: a point is inside when a ray from it crosses the ring's edges an odd number of times.
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


# Natural Earth's short names, spelled out as GeoNames spells them ("Dem. Rep. Congo", "S. Sudan", "Eq. Guinea").
_ABBREVIATIONS = (("Dem. Rep.", "Democratic Republic of the"), ("Rep.", "Republic"), ("S.", "South"), ("N.", "North"),
                  ("W.", "Western"), ("Eq.", "Equatorial"), ("Is.", "Islands"), ("Herz.", "Herzegovina"),
                  ("Côte d'Ivoire", "Ivory Coast"))


def _key(name: str) -> str:
    for short, full in _ABBREVIATIONS:
        name = name.replace(short, full)
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return "".join(ch for ch in folded if ch.isalnum())


def _same_country(a: str, b: str) -> bool:
    # "United States" / "United States of America"; "Dem. Rep. Congo" stays apart from its long name (unknown).
    ka, kb = _key(a), _key(b)
    return bool(ka) and bool(kb) and (ka in kb or kb in ka)


@functools.lru_cache(maxsize=1)
def _countries() -> list[tuple[str, float, list[list[Ring]]]]:
    """(name, area in km², polygons) of every country drawn; a polygon is its exterior ring, then its holes."""
    text = resources.files("sitrep").joinpath("data/world_110m.geojson").read_text(encoding="utf-8")
    out = []
    for feature in json.loads(text)["features"]:
        geometry = feature["geometry"]
        polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        area = sum(max(_ring_area(p[0]) - sum(_ring_area(h) for h in p[1:]), 0.0) for p in polygons)
        out.append((feature["properties"]["name"], area, polygons))
    return out


def area_at(latitude: float | None, longitude: float | None, country: str) -> float | None:
    """The area in km² of `country` if its outline holds this point; None where the outlines cannot tell."""
    if latitude is None or longitude is None:
        return None
    for name, area, polygons in _countries():
        for polygon in polygons:
            if _inside(polygon[0], longitude, latitude) and not any(_inside(h, longitude, latitude) for h in polygon[1:]):
                return area if _same_country(name, country) else None
    return None
