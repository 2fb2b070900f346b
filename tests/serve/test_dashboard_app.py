"""The Streamlit script's wiring (filters -> queries -> widgets), run headless by Streamlit's own test runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest


APP = Path(__file__).resolve().parents[2] / "dashboard" / "app.py"


def run_app(monkeypatch: pytest.MonkeyPatch, serving: Path) -> AppTest:
    monkeypatch.setenv("SITREP_SERVING", str(serving))
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    return at


def metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def test_filters_narrow_every_panel(monkeypatch: pytest.MonkeyPatch, serving_db: Path) -> None:
    at = run_app(monkeypatch, serving_db)
    assert metric(at, "Incidents") == "3"
    assert metric(at, "Fatalities") == "3"

    admin1 = next(w for w in at.multiselect if w.label.startswith("Admin1"))
    assert set(admin1.options) == {"Al Anbar", "Baghdad", "Kirkuk"}
    admin1.set_value(["Kirkuk"]).run()
    assert not at.exception
    assert metric(at, "Incidents") == "1"
    assert metric(at, "Fatalities") == "0"
    html = "".join(str(h.proto.body) for h in at.get("html"))
    assert "Dibis district" in html and "Tarmiyah, north of Baghdad" not in html

    event = next(w for w in at.multiselect if w.label == "Event type")
    event.set_value(["Battles"]).run()
    assert metric(at, "Incidents") == "0"
    assert any("No incidents match" in i.value for i in at.info)


def test_date_range_filter(monkeypatch: pytest.MonkeyPatch, serving_db: Path) -> None:
    import datetime as dt

    at = run_app(monkeypatch, serving_db)
    at.date_input[0].set_value((dt.date(2020, 1, 10), dt.date(2020, 1, 13))).run()
    assert metric(at, "Incidents") == "1"
    assert metric(at, "Fatalities") == "3"


def test_no_published_copy_yet_is_explained(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    at = run_app(monkeypatch, tmp_path / "missing.duckdb")
    assert any("No serving copy has been published" in i.value for i in at.info)


def test_broken_copy_shows_an_error_not_a_traceback(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(b"not a database" * 200)
    at = run_app(monkeypatch, junk)
    assert any("cannot open serving copy" in e.value for e in at.error)
