"""The learned evidence check (sitrep.extract.evidence_model): shipped, off by default, and a veto when on.

Every text here was written for these tests."""
from __future__ import annotations

import pytest

from sitrep.extract import evidence_model, extract_incidents

ARTICLE = ("Gunmen killed six farmers in an attack on the village of Kware in Sokoto state on Monday, police said.\n\n"
           "The attackers arrived on motorbikes and opened fire on people working in the fields, a resident said.\n\n"
           "The state governor condemned the killings and ordered more troops to the area.\n\n"
           "Attacks by armed gangs have killed hundreds of people in the northwest this year.")


def test_a_report_reads_more_like_evidence_than_a_reaction():
    report = evidence_model.probability("Gunmen killed six farmers in an attack on a village in Sokoto state on Monday.")
    reaction = evidence_model.probability("The governor condemned the killings and called for calm.")
    assert 0.0 < reaction < report < 1.0


def test_the_veto_is_off_by_default(monkeypatch):
    monkeypatch.delenv("SITREP_EVIDENCE_VETO", raising=False)
    default = extract_incidents(ARTICLE, "2024-05-08")
    monkeypatch.setenv("SITREP_EVIDENCE_VETO", "0")
    assert extract_incidents(ARTICLE, "2024-05-08") == default and len(default) == 1


def test_a_veto_drops_frames_it_finds_unlikely_in_news_only(monkeypatch):
    # At 1, every frame is below it (probabilities stay under 1): the veto applies to the whole article.
    monkeypatch.setenv("SITREP_EVIDENCE_VETO", "1")
    assert extract_incidents(ARTICLE, "2024-05-08") == []
    # A one-sentence note is all evidence: never judged.
    assert len(extract_incidents("Gunmen killed six farmers in Kware, Sokoto, on 6 May 2024.", "2024-05-08")) == 1


def test_a_bad_setting_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("SITREP_EVIDENCE_VETO", "high")
    with pytest.raises(ValueError, match="SITREP_EVIDENCE_VETO"):
        extract_incidents(ARTICLE, "2024-05-08")
