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
