"""The map's framing and outlines (sitrep.serve.mapping)."""

from __future__ import annotations

import pandas as pd

from sitrep.serve.mapping import country_labels, map_extent, outlines_in, world_outlines


def test_map_extent_and_outlines() -> None:
    extent = map_extent(pd.Series([33.67, 35.67, 34.39]), pd.Series([44.40, 44.07, 40.99]))
    west, south, east, north = extent
    assert west < 40.99 and east > 44.40 and south < 33.67 and north > 35.67
    names = {f["properties"]["name"] for f in outlines_in(extent)}
    assert {"Iraq", "Syria", "Iran"} <= names
    assert "France" not in names and "Brazil" not in names
    labels = {lab["name"]: lab for lab in country_labels(outlines_in(extent), extent)}
    assert west <= labels["Iraq"]["longitude"] <= east


def test_single_point_extent_is_widened_and_empty_is_world() -> None:
    west, south, east, north = map_extent(pd.Series([33.0]), pd.Series([44.0]))
    assert east - west >= 6 and north - south >= 6
    assert map_extent(pd.Series([], dtype=float), pd.Series([], dtype=float)) == (-180.0, -60.0, 180.0, 80.0)


def test_world_outlines_ship_in_the_package() -> None:
    world = world_outlines()
    assert world["type"] == "FeatureCollection"
    assert len(world["features"]) > 150
    iraq = next(f for f in world["features"] if f["properties"]["iso_a3"] == "IRQ")
    xs = [pt[0] for ring in iraq["geometry"]["coordinates"] for pt in ring]
    assert 38 < min(xs) < 40 and 48 < max(xs) < 49
