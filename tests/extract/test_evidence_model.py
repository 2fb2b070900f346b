"""The learned evidence check (sitrep.extract.evidence_model): shipped, on by default, a veto on the rules' frames.

Every text here was written for these tests."""
from __future__ import annotations

import pytest

from sitrep.extract import evidence_model, extract_incidents

ARTICLE = ("Gunmen killed six farmers in an attack on the village of Kware in Sokoto state on Monday, police said.\n\n"
           "The attackers arrived on motorbikes and opened fire on people working in the fields, a resident said.\n\n"
           "The state governor condemned the killings and ordered more troops to the area.\n\n"
           "Attacks by armed gangs have killed hundreds of people in the northwest this year.\n\n"
           "Many farmers have stopped going to their fields, and food prices in the region have risen.\n\n"
           "The state government says it is recruiting local guards to protect villages.")


def test_a_report_reads_more_like_evidence_than_a_reaction():
    report = evidence_model.probability("Gunmen killed six farmers in an attack on a village in Sokoto state on Monday.")
    reaction = evidence_model.probability("The governor condemned the killings and called for calm.")
    assert 0.0 < reaction < report < 1.0


MATCH_REPORT = ("The striker scored twice as Al-Ahly crushed their rivals 3-0 in Cairo on Saturday.\n\n"
                "The visitors' defence was torn apart in the first half, and the home fans invaded the pitch at the "
                "final whistle.\n\n"
                "In Cairo, the coach said his team had fought like soldiers and killed the game off early.\n\n"
                "The win takes Al-Ahly three points clear at the top of the table.\n\n"
                "The city said extra buses ran until midnight.\n\n"
                "Cafes in the old town stayed open late, their owners said.")
HOSPITAL = ("The new hospital wing in Kano opened on Tuesday with 120 beds, the state health commissioner said.\n\n"
            "Doctors said the ward would ease pressure on the old building, where patients often slept in corridors.\n\n"
            "For years, the commissioner said, staff have been fighting a losing battle against overcrowding.\n\n"
            "Nurses marched through the corridors of the Kano hospital to celebrate the opening, singing and "
            "dancing.\n\n"
            "The wing cost 2 billion naira, paid by the state and a foreign donor.\n\n"
            "A second wing, for children, is due to open next year.")


def test_the_veto_is_on_by_default_and_zero_turns_it_off(monkeypatch):
    monkeypatch.delenv("SITREP_EVIDENCE_VETO", raising=False)
    assert evidence_model.veto_below() == evidence_model.DEFAULT_VETO > 0
    monkeypatch.setenv("SITREP_EVIDENCE_VETO", "0")
    assert evidence_model.veto_below() == 0


@pytest.mark.parametrize("text", [MATCH_REPORT, HOSPITAL], ids=["figure of speech", "celebration"])
def test_by_default_a_frame_that_reports_nothing_is_dropped(monkeypatch, text):
    # The rules alone take the coach's "fought like soldiers and killed the game" for a clash and the nurses'
    # celebration for a protest; no sentence of either reads like the report of an event.
    monkeypatch.setenv("SITREP_EVIDENCE_VETO", "0")
    assert len(extract_incidents(text, "2024-05-08")) == 1
    monkeypatch.delenv("SITREP_EVIDENCE_VETO")
    assert extract_incidents(text, "2024-05-08") == []


def test_by_default_a_report_and_its_detail_are_kept(monkeypatch):
    monkeypatch.delenv("SITREP_EVIDENCE_VETO", raising=False)
    default = extract_incidents(ARTICLE, "2024-05-08")
    monkeypatch.setenv("SITREP_EVIDENCE_VETO", "0")
    assert extract_incidents(ARTICLE, "2024-05-08") == default and len(default) == 1


def test_a_veto_drops_frames_it_finds_unlikely_in_news_only(monkeypatch):
    # At 1, every frame is below it (probabilities stay under 1): the veto applies to the whole article.
    monkeypatch.setenv("SITREP_EVIDENCE_VETO", "1")
    assert extract_incidents(ARTICLE, "2024-05-08") == []
    # A one-sentence note is all evidence, and ACLED's notes run to five sentences: never judged.
    assert len(extract_incidents("Gunmen killed six farmers in Kware, Sokoto, on 6 May 2024.", "2024-05-08")) == 1


def test_a_bad_setting_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("SITREP_EVIDENCE_VETO", "high")
    with pytest.raises(ValueError, match="SITREP_EVIDENCE_VETO"):
        extract_incidents(ARTICLE, "2024-05-08")
