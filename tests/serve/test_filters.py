"""Filters, the options the widgets offer, and chart selections turned into filters (sitrep.serve.filters)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sitrep.serve.filters import Filters, brushed_dates, clicked_places, load_options
from sitrep.serve.page import load_dashboard

D = dt.date


def test_filters_reject_reversed_dates() -> None:
    with pytest.raises(ValueError, match="after end date"):
        Filters(start=D(2020, 2, 1), end=D(2020, 1, 1))


def test_filter_options_cover_the_data(serving_db: Path) -> None:
    options = load_options(serving_db)
    assert options.min_date == D(2020, 1, 9) and options.max_date == D(2020, 1, 13)
    assert options.countries == ["Iraq"]
    assert options.admin1_by_country == {"Iraq": ["Al Anbar", "Baghdad", "Kirkuk"]}
    assert options.event_types == ["Battles", "Strategic developments"]  # ACLED order, not alphabetical chance
    assert options.actors == ["Islamic State (Iraq)", "Military Forces of Iraq"]


def test_map_click_and_time_brush_become_filters(serving_db: Path) -> None:
    # Streamlit hands the app the chart selections as plain dicts (Vega-Lite times in epoch milliseconds).
    event = {"selection": {"brush": {"week": [1578528000000, 1578787200000]},
                           "place": [{"location_id": "gn-97001"}, {"location_id": "gn-98403"}]}}
    assert brushed_dates(event) == (dt.date(2020, 1, 9), dt.date(2020, 1, 12))
    assert clicked_places(event) == ("gn-97001", "gn-98403")
    assert brushed_dates({"selection": {}}) is None and clicked_places({"selection": {"place": []}}) == ()
    data = load_dashboard(serving_db, Filters(locations=clicked_places(event)))
    assert set(data.incidents["place"]) == {"Dibis", "Tarmiyah"}
    assert set(data.map_points["location_id"]) == {"gn-97001", "gn-98403"}
