"""Country areas from the Natural Earth outlines (sitrep.geo.country_area)."""
from __future__ import annotations

import pytest

from sitrep.geo.country_area import area_at


@pytest.mark.parametrize("lat, lon, country, km2", [
    (15.5, 30.0, "Sudan", 1_861_484), (33.9, 35.8, "Lebanon", 10_452), (19.0, -72.4, "Haiti", 27_750),
    (-2.9, 23.6, "Democratic Republic of the Congo", 2_344_858), (7.5, 30.0, "South Sudan", 619_745),
    (39.8, -98.6, "United States", 9_525_067)])
def test_the_area_of_the_country_drawn_at_a_point_is_within_a_tenth_of_its_real_area(lat, lon, country, km2):
    # The real areas (land and inland water) as the countries publish them; 1:110m outlines are coarse.
    assert area_at(lat, lon, country) == pytest.approx(km2, rel=0.1)


def test_a_point_the_outlines_cannot_tell_is_unknown():
    assert area_at(1.35, 103.82, "Singapore") is None      # inside Malaysia's outline at this scale
    assert area_at(26.07, 50.55, "Bahrain") is None        # too small to draw
    assert area_at(0.0, -30.0, "Brazil") is None           # the Atlantic
    assert area_at(None, None, "Sudan") is None
