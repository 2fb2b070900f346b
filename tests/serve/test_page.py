"""One page render's data (sitrep.serve.page): every panel's query on a real DuckDB serving copy, and the
per-version cache (no Streamlit needed)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sitrep.serve.filters import Filters
from sitrep.serve.page import DashboardData, ServingReader, load_dashboard
from sitrep.serve.tables import incident_table_html

from .conftest import INCIDENTS, FOLLOWUP_URL, SEED_URL, build_serving_fixture

D = dt.date


def ids(data: DashboardData) -> set[str]:
    return set(data.incidents["incident_id"])


def test_loads_the_three_seed_incidents_with_places(serving_db: Path) -> None:
    data = load_dashboard(serving_db)
    assert ids(data) == {"inc-tarmiyah", "inc-dibis", "inc-qaim"}
    assert data.total_incidents == 3
    by_id = data.incidents.set_index("incident_id")
    assert by_id.loc["inc-dibis", "admin1"] == "Kirkuk"
    assert by_id.loc["inc-qaim", "place"] == "Al Qa'im"
    assert by_id.loc["inc-tarmiyah", "latitude"] == pytest.approx(33.67, abs=0.01)
    # Newest first, so the capped table shows recent incidents.
    assert list(data.incidents["incident_id"])[0] == "inc-qaim"


def test_weekly_counts_split_by_week_and_type(serving_db: Path) -> None:
    weekly = load_dashboard(serving_db).weekly
    got = {(str(w)[:10], t): n for w, t, n in weekly.itertuples(index=False)}
    # 2020-01-09 is a Thursday (week of Monday 6th); 2020-01-13 is a Monday.
    assert got == {("2020-01-06", "Strategic developments"): 2, ("2020-01-13", "Battles"): 1}


def test_top_places_and_actors(serving_db: Path) -> None:
    data = load_dashboard(serving_db)
    places = data.top_places.set_index("place")
    assert set(places.index) == {"Tarmiyah", "Dibis", "Al Qa'im"}
    assert places.loc["Al Qa'im", "fatalities"] == 3
    assert list(data.top_places["place"])[0] == "Al Qa'im"  # ties on count broken by fatalities
    actors = data.top_actors.set_index("actor")
    assert actors.loc["Islamic State (Iraq)", "incidents"] == 3
    assert actors.loc["Military Forces of Iraq", "incidents"] == 3


@pytest.mark.parametrize(
    "filters, expected",
    [
        (Filters(admin1=("Kirkuk",)), {"inc-dibis"}),
        (Filters(event_types=("Battles",)), {"inc-qaim"}),
        (Filters(start=D(2020, 1, 10)), {"inc-qaim"}),
        (Filters(end=D(2020, 1, 9)), {"inc-tarmiyah", "inc-dibis"}),
        (Filters(start=D(2020, 1, 9), end=D(2020, 1, 9), admin1=("Baghdad", "Al Anbar")), {"inc-tarmiyah"}),
        (Filters(countries=("Iraq",)), {"inc-tarmiyah", "inc-dibis", "inc-qaim"}),
        (Filters(countries=("Syria",)), set()),
        (Filters(actors=("Islamic State (Iraq)",)), {"inc-tarmiyah", "inc-dibis", "inc-qaim"}),
        (Filters(actors=("Peshmerga",)), set()),
        (Filters(actors=("O'Brien'; DROP TABLE marts.fct_incidents; --",)), set()),
    ],
)
def test_filters(serving_db: Path, filters: Filters, expected: set[str]) -> None:
    data = load_dashboard(serving_db, filters)
    assert ids(data) == expected
    assert int(data.weekly["incidents"].sum()) == len(expected)
    assert int(data.top_places["incidents"].sum()) == len(expected)


def test_unknown_location_is_listed_and_counted_but_not_mapped(tmp_path: Path) -> None:
    vague = ("inc-vague", "2020-01-11", "Explosions/Remote violence", "Remote explosive/landmine/IED",
             "Islamic State (Iraq)", None, "unknown", 3, 1, None, None, 1, "2020-01-11",
             "A roadside bomb killed one person.", SEED_URL, 0.4)
    path = build_serving_fixture(tmp_path / "s.duckdb", incidents=[*INCIDENTS, vague])
    data = load_dashboard(path)
    assert "inc-vague" in ids(data)
    assert data.summary == {"incidents": 4, "fatalities": 4, "places": 3, "reports": 5, "unmapped": 1}
    assert "Explosions/Remote violence" not in set(data.map_points["event_type"])
    assert int(data.map_points["incidents"].sum()) == 3
    assert "Unknown" not in set(data.top_places["place"])


def test_map_points_merge_incidents_at_one_place_and_type(tmp_path: Path) -> None:
    again = ("inc-qaim-2", "2020-01-15", "Battles", "Armed clash", "Islamic State (Iraq)",
             "Military Forces of Iraq", "gn-92138", 1, 5, None, None, 1, "2020-01-15",
             "Militants attacked Al Qaim again.", FOLLOWUP_URL, 0.7)
    path = build_serving_fixture(tmp_path / "s.duckdb", incidents=[*INCIDENTS, again])
    points = load_dashboard(path).map_points
    assert len(points) == 3  # Qaim's two battles are one circle
    qaim = points.set_index("place").loc["Al Qa'im"]
    assert qaim["incidents"] == 2 and qaim["fatalities"] == 8
    assert str(qaim["first_date"])[:10] == "2020-01-13" and str(qaim["last_date"])[:10] == "2020-01-15"
    assert qaim["evidence"] == "Militants attacked Al Qaim again."  # the latest
    assert list(points["place"])[0] == "Al Qa'im"  # deadliest first


def test_summary_follows_filters(serving_db: Path) -> None:
    data = load_dashboard(serving_db, Filters(event_types=("Strategic developments",)))
    assert data.summary == {"incidents": 2, "fatalities": 0, "places": 2, "reports": 2, "unmapped": 0}
    empty = load_dashboard(serving_db, Filters(countries=("Syria",)))
    assert empty.summary == {"incidents": 0, "fatalities": 0, "places": 0, "reports": 0, "unmapped": 0}
    assert empty.map_points.empty and empty.incidents.empty and empty.reports.empty


def test_table_limit_caps_rows_but_not_the_figures(serving_db: Path) -> None:
    data = load_dashboard(serving_db, table_limit=1)
    assert list(data.incidents["incident_id"]) == ["inc-qaim"]  # the most recent
    assert data.summary["incidents"] == 3 and int(data.weekly["incidents"].sum()) == 3
    assert int(data.map_points["incidents"].sum()) == 3
    assert set(data.reports["incident_id"]) == {"inc-qaim"}
    assert incident_table_html(data).count("<tr data-incident-id=") == 1


def test_reader_caches_per_version_and_sees_a_new_publish(tmp_path: Path) -> None:
    path = build_serving_fixture(tmp_path / "serving" / "sitrep.duckdb", incidents=INCIDENTS[:2])
    reader = ServingReader(path)
    first = reader.load()
    assert ids(first) == {"inc-tarmiyah", "inc-dibis"}
    assert reader.load() is first and reader.loads == 1  # same file, same filters: no re-read
    reader.load(Filters(admin1=("Kirkuk",)))
    assert reader.loads == 2

    # The pipeline publishes by building aside and renaming over the old file.
    build_serving_fixture(path, incidents=INCIDENTS)
    second = reader.load()
    assert reader.loads == 3
    assert ids(second) == {"inc-tarmiyah", "inc-dibis", "inc-qaim"}
    assert second.version != first.version
