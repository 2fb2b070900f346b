"""The dashboard as a person sees it: Streamlit on loopback, a headless Chromium page, a screenshot.

The PNG is kept at artifacts/dashboard.png (gitignored) for a human to look at.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest

from . import headless_chromium as hc
from .conftest import FOLLOWUP_URL, INCIDENTS, SEED_URL, build_serving_fixture
from .streamlit_server import run_streamlit

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "artifacts"

CHROMIUM = hc.find_chromium()
if CHROMIUM is None:
    if os.environ.get("CI", "").lower() not in ("", "0", "false", "no"):
        raise RuntimeError(
            "chromium is not installed but CI is set: run scripts/install_chromium.sh before the tests"
        )
    pytest.skip("chromium not installed (run scripts/install_chromium.sh); skipped outside CI",
                allow_module_level=True)

MOSUL = ("inc-mosul", "2020-01-15", "Explosions/Remote violence", "Remote explosive/landmine/IED",
         "Islamic State (Iraq)", None, "gn-99072", 1, 4, 2, None, 1, "2020-01-15",
         "A roadside bomb killed four people on the outskirts of Mosul.", FOLLOWUP_URL, 0.7)
MOSUL_LOCATION = ("gn-99072", "Mosul", "PPLA", "Nineveh", "Mosul District", "IQ", "Iraq", 36.335, 43.11889, 99072)


@pytest.fixture(scope="module")
def dashboard(tmp_path_factory: pytest.TempPathFactory):
    """A real `streamlit run` of the app over a fixture serving copy; yields (url, serving path).

    One server for the module: starting Streamlit is the slow part. Tests that publish restore the fixture.
    """
    tmp_path = tmp_path_factory.mktemp("dashboard")
    serving = build_serving_fixture(tmp_path / "serving" / "sitrep.duckdb")
    with run_streamlit(serving, tmp_path) as url:
        yield url, serving


def _distinct_colours(png: Path) -> int:
    from PIL import Image  # Pillow comes with Streamlit

    with Image.open(png) as img:
        return len(img.convert("RGB").resize((350, 350)).getcolors(maxcolors=1 << 20) or [])


def test_page_shows_the_sample_incidents(dashboard) -> None:
    url, _ = dashboard
    shot = ARTIFACTS / "dashboard.png"
    dom, requested = hc.render(CHROMIUM, url, expect=["Tarmiyah", "Dibis", "Al Qa'im", "Incidents per week"],
                               screenshot=shot, timeout=90)

    # Evidence sentences and links to the source articles, in the incident table.
    assert "led to the arrest of some wanted militiamen" in dom
    assert "northeast of Qaim." in dom
    assert f'href="{SEED_URL}"' in dom and f'href="{FOLLOWUP_URL}"' in dom
    # The map and the weekly chart were drawn by the locally served Vega bundle.
    assert dom.count('data-testid="stVegaLiteChart"') == 2
    assert "Strategic developments" in dom
    # Works offline: every script, style, font and websocket the page asked for came from the app itself.
    origin = url.rstrip("/")
    assert any(u.endswith(".js") for u in requested), "no script requests recorded; is Network tracking on?"
    foreign = [u for u in requested
               if not (u.startswith(origin) or u.startswith(origin.replace("http", "ws", 1))
                       or u.startswith(("data:", "blob:", "about:")))]
    assert foreign == [], f"the page fetched from elsewhere: {foreign}"

    assert shot.stat().st_size > 20_000
    assert _distinct_colours(shot) > 50  # a blank or error page has a handful of colours


def test_csv_download_holds_the_filtered_incidents(dashboard, tmp_path: Path) -> None:
    import csv

    url, _ = dashboard

    async def scenario(port: int) -> Path:
        async with hc.open_page(port) as page:
            await page.goto(url)
            await page.wait_for(["Tarmiyah", "Download these incidents"], timeout=90)
            return await page.download("Download these incidents", tmp_path / "downloads")

    with hc.chromium(CHROMIUM) as port:
        saved = asyncio.run(scenario(port))
    with saved.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["incident_id"] for r in rows} == {"inc-tarmiyah", "inc-dibis", "inc-qaim"}
    assert {r["place"] for r in rows} == {"Tarmiyah", "Dibis", "Al Qa'im"}
    assert all(r["evidence"] for r in rows)


def test_open_page_picks_up_a_new_publish_without_restart(dashboard) -> None:
    url, serving = dashboard

    async def scenario(port: int) -> str:
        async with hc.open_page(port) as page:
            await page.goto(url)
            await page.wait_for(["Tarmiyah", "Al Qa'im"], absent=["Mosul"], timeout=90)
            # Publish a new copy the way the pipeline does (build aside, atomic rename) while the page is open.
            from . import conftest

            conftest.LOCATIONS.append(MOSUL_LOCATION)
            try:
                build_serving_fixture(serving, incidents=[*INCIDENTS, MOSUL])
            finally:
                conftest.LOCATIONS.remove(MOSUL_LOCATION)
            # Nobody touches the page: its poll must notice the new file and redraw.
            text = await page.wait_for(["Mosul", "roadside bomb killed four people"], timeout=60)
            await page.screenshot(ARTIFACTS / "dashboard_after_publish.png")
            return text

    try:
        with hc.chromium(CHROMIUM) as port:
            text = asyncio.run(scenario(port))
    finally:
        build_serving_fixture(serving)  # leave the shared server on the original data
    assert "Tarmiyah" in text  # old incidents are still there alongside the new one


def _many_incidents(path: Path, n: int = 3000) -> Path:
    """A serving copy with `n` synthetic incidents over 40 places in three countries and twelve weeks, with the
    outlet and headline columns the pipeline now publishes."""
    import duckdb

    conn = duckdb.connect(str(path))
    try:
        conn.execute("create schema marts")
        conn.execute("""
            create table marts.dim_locations as
            select 'loc' || i as location_id, 'Town ' || i as name, 'PPL' as feature_type,
                   'Province ' || (i % 7) as admin1, null::varchar as admin2,
                   ['IQ', 'SY', 'TR'][1 + i % 3] as country_iso2, ['Iraq', 'Syria', 'Turkey'][1 + i % 3] as country,
                   33.0 + (i * 37 % 50) / 10.0 as latitude, 38.0 + (i * 53 % 80) / 10.0 as longitude,
                   100000 + i as geonames_id
            from range(40) t(i)""")
        conn.execute(f"""
            create table marts.fct_incidents as
            select 'inc' || i as incident_id, date '2022-01-03' + (i % 84)::int as event_date,
                   ['Battles', 'Protests', 'Violence against civilians'][1 + i % 3] as event_type,
                   ['Armed clash', 'Peaceful protest', 'Attack'][1 + i % 3] as sub_event_type,
                   ['Military Forces of Iraq (2020-)', 'Protesters (Iraq)', 'Unidentified Armed Group (Syria)'][1 + i % 3]
                       as actor1,
                   null::varchar as actor2, 'loc' || (i % 40) as location_id, 1 + i % 3 as geo_precision,
                   (i % 5)::int as fatalities, (i % 4)::int as injuries, (i % 2)::int as arrests,
                   1::bigint as report_count, date '2022-01-03' + (i % 84)::int as first_reported_at,
                   'Synthetic evidence sentence number ' || i || '.' as evidence,
                   'https://news.example.org/story/' || i as source_url, 0.8 as confidence
            from range({n}) t(i)""")
        conn.execute("""
            create table marts.fct_incident_reports as
            select incident_id, 'art' || incident_id as article_id, source_url as url, first_reported_at as published_at,
                   evidence, 'Example News' as outlet, 'National' as outlet_scale,
                   'Headline about ' || incident_id as headline, now()::timestamp as fetched_at
            from marts.fct_incidents""")
        conn.execute("create table marts.dim_actors as select md5(actor1) as actor_id, actor1 as actor, "
                     "null::varchar as actor_type, null::varchar as aliases from (select distinct actor1 from "
                     "marts.fct_incidents)")
        conn.execute("create table marts.dim_event_types as select distinct md5(sub_event_type) as event_type_id, "
                     "event_type, sub_event_type, null::varchar as description from marts.fct_incidents")
    finally:
        conn.close()
    return path


def test_a_few_thousand_incidents_are_all_in_the_table(tmp_path: Path) -> None:
    serving = _many_incidents(tmp_path / "many.duckdb")
    shot = ARTIFACTS / "dashboard_3000.png"
    with run_streamlit(serving, tmp_path) as url:
        dom, _ = hc.render(CHROMIUM, url, expect=["3,000 of 3,000 matching", "Incidents per week", "Town 1"],
                           screenshot=shot, timeout=120)
    # The sortable table holds every match (the old HTML table stopped at 500); the evidence list shows the
    # most recent 25 with outlet and headline on each link.
    assert "3,000 of 3,000 matching incident(s)" in dom
    assert dom.count("<tr data-incident-id=") == 25
    assert "Example News: Headline about inc" in dom
    assert "geo-precision" in dom and "injured" in dom
    assert dom.count('data-testid="stVegaLiteChart"') == 2
    assert _distinct_colours(shot) > 50
