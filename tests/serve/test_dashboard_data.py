"""The dashboard's queries and reload policy, on a real DuckDB serving copy (no Streamlit needed)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from sitrep.serve import dashboard_data as dd

from .conftest import INCIDENTS, FOLLOWUP_URL, SEED_URL, build_serving_fixture

D = dt.date


def ids(data: dd.DashboardData) -> set[str]:
    return set(data.incidents["incident_id"])


def test_loads_the_three_seed_incidents_with_places(serving_db: Path) -> None:
    data = dd.load_dashboard(serving_db)
    assert ids(data) == {"inc-tarmiyah", "inc-dibis", "inc-qaim"}
    assert data.total_incidents == 3
    by_id = data.incidents.set_index("incident_id")
    assert by_id.loc["inc-dibis", "admin1"] == "Kirkuk"
    assert by_id.loc["inc-qaim", "place"] == "Al Qa'im"
    assert by_id.loc["inc-tarmiyah", "latitude"] == pytest.approx(33.67, abs=0.01)
    # Newest first, so the capped table shows recent incidents.
    assert list(data.incidents["incident_id"])[0] == "inc-qaim"


def test_weekly_counts_split_by_week_and_type(serving_db: Path) -> None:
    weekly = dd.load_dashboard(serving_db).weekly
    got = {(str(w)[:10], t): n for w, t, n in weekly.itertuples(index=False)}
    # 2020-01-09 is a Thursday (week of Monday 6th); 2020-01-13 is a Monday.
    assert got == {("2020-01-06", "Strategic developments"): 2, ("2020-01-13", "Battles"): 1}


def test_top_places_and_actors(serving_db: Path) -> None:
    data = dd.load_dashboard(serving_db)
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
        (dd.Filters(admin1=("Kirkuk",)), {"inc-dibis"}),
        (dd.Filters(event_types=("Battles",)), {"inc-qaim"}),
        (dd.Filters(start=D(2020, 1, 10)), {"inc-qaim"}),
        (dd.Filters(end=D(2020, 1, 9)), {"inc-tarmiyah", "inc-dibis"}),
        (dd.Filters(start=D(2020, 1, 9), end=D(2020, 1, 9), admin1=("Baghdad", "Al Anbar")), {"inc-tarmiyah"}),
        (dd.Filters(countries=("Iraq",)), {"inc-tarmiyah", "inc-dibis", "inc-qaim"}),
        (dd.Filters(countries=("Syria",)), set()),
        (dd.Filters(actors=("Islamic State (Iraq)",)), {"inc-tarmiyah", "inc-dibis", "inc-qaim"}),
        (dd.Filters(actors=("Peshmerga",)), set()),
        (dd.Filters(actors=("O'Brien'; DROP TABLE marts.fct_incidents; --",)), set()),
    ],
)
def test_filters(serving_db: Path, filters: dd.Filters, expected: set[str]) -> None:
    data = dd.load_dashboard(serving_db, filters)
    assert ids(data) == expected
    assert int(data.weekly["incidents"].sum()) == len(expected)
    assert int(data.top_places["incidents"].sum()) == len(expected)


def test_filters_reject_reversed_dates() -> None:
    with pytest.raises(ValueError, match="after end date"):
        dd.Filters(start=D(2020, 2, 1), end=D(2020, 1, 1))


def test_filter_options_cover_the_data(serving_db: Path) -> None:
    options = dd.load_options(serving_db)
    assert options.min_date == D(2020, 1, 9) and options.max_date == D(2020, 1, 13)
    assert options.countries == ["Iraq"]
    assert options.admin1_by_country == {"Iraq": ["Al Anbar", "Baghdad", "Kirkuk"]}
    assert options.event_types == ["Battles", "Strategic developments"]  # ACLED order, not alphabetical chance
    assert options.actors == ["Islamic State (Iraq)", "Military Forces of Iraq"]


def test_unknown_location_is_listed_and_counted_but_not_mapped(tmp_path: Path) -> None:
    vague = ("inc-vague", "2020-01-11", "Explosions/Remote violence", "Remote explosive/landmine/IED",
             "Islamic State (Iraq)", None, "unknown", 3, 1, None, None, 1, "2020-01-11",
             "A roadside bomb killed one person.", SEED_URL, 0.4)
    path = build_serving_fixture(tmp_path / "s.duckdb", incidents=[*INCIDENTS, vague])
    data = dd.load_dashboard(path)
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
    points = dd.load_dashboard(path).map_points
    assert len(points) == 3  # Qaim's two battles are one circle
    qaim = points.set_index("place").loc["Al Qa'im"]
    assert qaim["incidents"] == 2 and qaim["fatalities"] == 8
    assert str(qaim["first_date"])[:10] == "2020-01-13" and str(qaim["last_date"])[:10] == "2020-01-15"
    assert qaim["evidence"] == "Militants attacked Al Qaim again."  # the latest
    assert list(points["place"])[0] == "Al Qa'im"  # deadliest first


def test_summary_follows_filters(serving_db: Path) -> None:
    data = dd.load_dashboard(serving_db, dd.Filters(event_types=("Strategic developments",)))
    assert data.summary == {"incidents": 2, "fatalities": 0, "places": 2, "reports": 2, "unmapped": 0}
    empty = dd.load_dashboard(serving_db, dd.Filters(countries=("Syria",)))
    assert empty.summary == {"incidents": 0, "fatalities": 0, "places": 0, "reports": 0, "unmapped": 0}
    assert empty.map_points.empty and empty.incidents.empty and empty.reports.empty


def test_reports_give_every_source_of_an_incident(serving_db: Path) -> None:
    data = dd.load_dashboard(serving_db)
    sources = dd.sources_by_incident(data.reports)
    assert sources["inc-qaim"] == [SEED_URL, FOLLOWUP_URL]  # earliest report first
    assert sources["inc-dibis"] == [SEED_URL]


def test_incident_table_shows_evidence_and_links(serving_db: Path) -> None:
    page = dd.incident_table_html(dd.load_dashboard(serving_db))
    assert "northeast of Qaim." in page
    assert "led to the arrest of some wanted militiamen" in page
    assert f'href="{SEED_URL}"' in page and f'href="{FOLLOWUP_URL}"' in page
    assert page.count("<tr data-incident-id=") == 3


def test_incident_table_escapes_text_and_refuses_script_links(tmp_path: Path) -> None:
    nasty = ("inc-nasty", "2020-01-12", "Riots", "Violent demonstration", "Rioters (Iraq)", None, "gn-97001", 1,
             0, None, None, 1, "2020-01-12", "Crowd <script>alert(1)</script> & stones",
             "javascript:alert(1)", 0.5)
    path = build_serving_fixture(tmp_path / "s.duckdb", incidents=[nasty])
    page = dd.incident_table_html(dd.load_dashboard(path))
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; stones" in page
    assert 'href="javascript' not in page


def test_table_limit_caps_rows_but_not_the_figures(serving_db: Path) -> None:
    data = dd.load_dashboard(serving_db, table_limit=1)
    assert list(data.incidents["incident_id"]) == ["inc-qaim"]  # the most recent
    assert data.summary["incidents"] == 3 and int(data.weekly["incidents"].sum()) == 3
    assert int(data.map_points["incidents"].sum()) == 3
    assert set(data.reports["incident_id"]) == {"inc-qaim"}
    assert dd.incident_table_html(data).count("<tr data-incident-id=") == 1


def test_export_returns_every_match_up_to_its_cap(serving_db: Path) -> None:
    assert set(dd.load_incidents(serving_db)["incident_id"]) == {"inc-tarmiyah", "inc-dibis", "inc-qaim"}
    assert len(dd.load_incidents(serving_db, limit=2)) == 2
    kirkuk = dd.load_incidents(serving_db, dd.Filters(admin1=("Kirkuk",)))
    assert list(kirkuk["place"]) == ["Dibis"]


def test_reader_caches_per_version_and_sees_a_new_publish(tmp_path: Path) -> None:
    path = build_serving_fixture(tmp_path / "serving" / "sitrep.duckdb", incidents=INCIDENTS[:2])
    reader = dd.ServingReader(path)
    first = reader.load()
    assert ids(first) == {"inc-tarmiyah", "inc-dibis"}
    assert reader.load() is first and reader.loads == 1  # same file, same filters: no re-read
    reader.load(dd.Filters(admin1=("Kirkuk",)))
    assert reader.loads == 2

    # The pipeline publishes by building aside and renaming over the old file.
    build_serving_fixture(path, incidents=INCIDENTS)
    second = reader.load()
    assert reader.loads == 3
    assert ids(second) == {"inc-tarmiyah", "inc-dibis", "inc-qaim"}
    assert second.version != first.version


def test_version_changes_on_atomic_rename_even_with_same_mtime(tmp_path: Path) -> None:
    path = build_serving_fixture(tmp_path / "a.duckdb")
    before = dd.serving_version(path)
    other = build_serving_fixture(tmp_path / "b.duckdb", incidents=INCIDENTS[:1])
    os.utime(other, ns=(before.mtime_ns, before.mtime_ns))
    os.replace(other, path)
    assert dd.serving_version(path) != before  # the inode differs


def _open_fds_on(path: Path) -> list[str]:
    target = str(path.resolve())
    found = []
    for fd in Path("/proc/self/fd").iterdir():
        try:
            if os.readlink(fd) == target:
                found.append(fd.name)
        except OSError:
            continue
    return found


@pytest.mark.skipif(not Path("/proc/self/fd").exists(), reason="needs /proc to list open files")
def test_file_is_closed_after_each_load(serving_db: Path) -> None:
    dd.load_dashboard(serving_db)
    dd.load_options(serving_db)
    dd.load_incidents(serving_db)
    assert _open_fds_on(serving_db) == []
    # Another process can take the write lock straight away: nothing of ours still holds the file.
    code = (
        "import duckdb, sys; c = duckdb.connect(sys.argv[1]); "
        "c.execute('CREATE TABLE marts.touched AS SELECT 1 AS x'); c.close()"
    )
    subprocess.run([sys.executable, "-c", code, str(serving_db)], check=True, timeout=60)


def test_connection_is_read_only(serving_db: Path) -> None:
    conn = dd.open_serving(serving_db)
    try:
        with pytest.raises(duckdb.Error, match="(?i)read.only"):
            conn.execute("DELETE FROM marts.fct_incidents")
    finally:
        conn.close()


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(dd.ServingUnavailable, match="no serving copy"):
        dd.load_dashboard(tmp_path / "nothing.duckdb")
    with pytest.raises(dd.ServingUnavailable, match="no serving copy"):
        dd.ServingReader(tmp_path / "nothing.duckdb").load()


def test_file_without_marts_names_what_is_missing(tmp_path: Path) -> None:
    path = tmp_path / "empty.duckdb"
    duckdb.connect(str(path)).close()
    with pytest.raises(dd.ServingUnavailable, match="marts.fct_incidents"):
        dd.load_dashboard(path)


def test_file_that_is_not_duckdb_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.duckdb"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(dd.ServingUnavailable, match="cannot open"):
        dd.load_dashboard(path)


def test_map_extent_and_outlines() -> None:
    extent = dd.map_extent(
        __import__("pandas").Series([33.67, 35.67, 34.39]), __import__("pandas").Series([44.40, 44.07, 40.99])
    )
    west, south, east, north = extent
    assert west < 40.99 and east > 44.40 and south < 33.67 and north > 35.67
    names = {f["properties"]["name"] for f in dd.outlines_in(extent)}
    assert {"Iraq", "Syria", "Iran"} <= names
    assert "France" not in names and "Brazil" not in names
    labels = {lab["name"]: lab for lab in dd.country_labels(dd.outlines_in(extent), extent)}
    assert west <= labels["Iraq"]["longitude"] <= east


def test_single_point_extent_is_widened_and_empty_is_world() -> None:
    import pandas as pd

    west, south, east, north = dd.map_extent(pd.Series([33.0]), pd.Series([44.0]))
    assert east - west >= 6 and north - south >= 6
    assert dd.map_extent(pd.Series([], dtype=float), pd.Series([], dtype=float)) == (-180.0, -60.0, 180.0, 80.0)


def test_world_outlines_ship_in_the_package() -> None:
    world = dd.world_outlines()
    assert world["type"] == "FeatureCollection"
    assert len(world["features"]) > 150
    iraq = next(f for f in world["features"] if f["properties"]["iso_a3"] == "IRQ")
    xs = [pt[0] for ring in iraq["geometry"]["coordinates"] for pt in ring]
    assert 38 < min(xs) < 40 and 48 < max(xs) < 49


@pytest.mark.parametrize(
    "url, ok",
    [("https://a.example/x", True), ("http://a.example", True), ("javascript:alert(1)", False),
     ("data:text/html,hi", False), ("//a.example", False), (None, False), ("", False)],
)
def test_safe_url(url, ok) -> None:
    assert (dd.safe_url(url) is not None) == ok


def test_map_click_and_time_brush_become_filters(serving_db: Path) -> None:
    # Streamlit hands the app the chart selections as plain dicts (Vega-Lite times in epoch milliseconds).
    event = {"selection": {"brush": {"week": [1578528000000, 1578787200000]},
                           "place": [{"location_id": "gn-97001"}, {"location_id": "gn-98403"}]}}
    assert dd.brushed_dates(event) == (dt.date(2020, 1, 9), dt.date(2020, 1, 12))
    assert dd.clicked_places(event) == ("gn-97001", "gn-98403")
    assert dd.brushed_dates({"selection": {}}) is None and dd.clicked_places({"selection": {"place": []}}) == ()
    data = dd.load_dashboard(serving_db, dd.Filters(locations=dd.clicked_places(event)))
    assert set(data.incidents["place"]) == {"Dibis", "Tarmiyah"}
    assert set(data.map_points["location_id"]) == {"gn-97001", "gn-98403"}


def test_grid_holds_every_row_with_tolls_precision_and_first_source(serving_db: Path) -> None:
    grid = dd.incident_grid(dd.load_dashboard(serving_db))
    assert len(grid) == 3
    assert {"geo_precision", "injuries", "arrests", "reports", "source", "link"} <= set(grid.columns)
    qaim = grid[grid["place"] == "Al Qa'im"].iloc[0]
    assert qaim["link"] == SEED_URL and qaim["reports"] == 2


def test_source_links_name_outlet_and_headline_when_published() -> None:
    import pandas as pd

    reports = pd.DataFrame({"incident_id": ["a", "a", "b"], "url": [SEED_URL, FOLLOWUP_URL, "javascript:x"],
                            "outlet": ["Reuters", None, None], "headline": ["Clashes in Qaim", None, None]})
    labelled = dd.labelled_sources(reports)
    assert labelled["a"] == [(SEED_URL, "Reuters: Clashes in Qaim"), (FOLLOWUP_URL, "news.example.org")]
    assert 'href="javascript' not in dd._links(labelled["b"])
