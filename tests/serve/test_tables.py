"""The incident tables and the CSV rows (sitrep.serve.tables): evidence, every source linked, escaping."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.serve.filters import Filters
from sitrep.serve.page import load_dashboard
from sitrep.serve.tables import (
    _links, incident_grid, incident_table_html, labelled_sources, load_incidents, safe_url, sources_by_incident,
)

from .conftest import FOLLOWUP_URL, SEED_URL, build_serving_fixture


def test_reports_give_every_source_of_an_incident(serving_db: Path) -> None:
    data = load_dashboard(serving_db)
    sources = sources_by_incident(data.reports)
    assert sources["inc-qaim"] == [SEED_URL, FOLLOWUP_URL]  # earliest report first
    assert sources["inc-dibis"] == [SEED_URL]


def test_incident_table_shows_evidence_and_links(serving_db: Path) -> None:
    page = incident_table_html(load_dashboard(serving_db))
    assert "northeast of Qaim." in page
    assert "led to the arrest of some wanted militiamen" in page
    assert f'href="{SEED_URL}"' in page and f'href="{FOLLOWUP_URL}"' in page
    assert page.count("<tr data-incident-id=") == 3


def test_incident_table_escapes_text_and_refuses_script_links(tmp_path: Path) -> None:
    nasty = ("inc-nasty", "2020-01-12", "Riots", "Violent demonstration", "Rioters (Iraq)", None, "gn-97001", 1,
             0, None, None, 1, "2020-01-12", "Crowd <script>alert(1)</script> & stones",
             "javascript:alert(1)", 0.5)
    path = build_serving_fixture(tmp_path / "s.duckdb", incidents=[nasty])
    page = incident_table_html(load_dashboard(path))
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; stones" in page
    assert 'href="javascript' not in page


def test_export_returns_every_match_up_to_its_cap(serving_db: Path) -> None:
    assert set(load_incidents(serving_db)["incident_id"]) == {"inc-tarmiyah", "inc-dibis", "inc-qaim"}
    assert len(load_incidents(serving_db, limit=2)) == 2
    kirkuk = load_incidents(serving_db, Filters(admin1=("Kirkuk",)))
    assert list(kirkuk["place"]) == ["Dibis"]


@pytest.mark.parametrize(
    "url, ok",
    [("https://a.example/x", True), ("http://a.example", True), ("javascript:alert(1)", False),
     ("data:text/html,hi", False), ("//a.example", False), (None, False), ("", False)],
)
def test_safe_url(url, ok) -> None:
    assert (safe_url(url) is not None) == ok


def test_grid_holds_every_row_with_tolls_precision_and_first_source(serving_db: Path) -> None:
    grid = incident_grid(load_dashboard(serving_db))
    assert len(grid) == 3
    assert {"geo_precision", "injuries", "arrests", "reports", "source", "link"} <= set(grid.columns)
    qaim = grid[grid["place"] == "Al Qa'im"].iloc[0]
    assert qaim["link"] == SEED_URL and qaim["reports"] == 2


def test_source_links_name_outlet_and_headline_when_published() -> None:
    import pandas as pd

    reports = pd.DataFrame({"incident_id": ["a", "a", "b"], "url": [SEED_URL, FOLLOWUP_URL, "javascript:x"],
                            "outlet": ["Reuters", None, None], "headline": ["Clashes in Qaim", None, None]})
    labelled = labelled_sources(reports)
    assert labelled["a"] == [(SEED_URL, "Reuters: Clashes in Qaim"), (FOLLOWUP_URL, "news.example.org")]
    assert 'href="javascript' not in _links(labelled["b"])
