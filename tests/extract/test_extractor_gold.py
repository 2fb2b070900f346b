"""The gold-labelled articles and the seed CSVs the extractor ships (also loaded as dbt seeds)."""
from __future__ import annotations

import csv
import importlib.util
import json
from pathlib import Path

import pytest

from sitrep.extract import extract_incidents
from sitrep.extract.taxonomy import EVENT_TYPES

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "fixtures" / "gold_articles"
SEEDS = ROOT / "include" / "sitrep" / "data" / "seeds"
ACTOR_TYPES = {"State forces", "Rebel groups", "Political militias", "Identity militias", "Rioters", "Protesters",
               "Civilians", "External/Other forces"}


def _load_scorer():
    spec = importlib.util.spec_from_file_location("eval_gold", ROOT / "bench" / "eval_gold.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_gold_set_is_well_formed():
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))]
    assert len(docs) >= 20
    assert sum(1 for d in docs if not d["incidents"]) >= 3
    for d in docs:
        assert {"id", "title", "published", "text", "incidents"} <= set(d)
        for inc in d["incidents"]:
            assert inc["evidence"] in d["text"]
            assert EVENT_TYPES[inc["sub_event_type"]] == inc["event_type"]


def test_gold_articles_without_incidents_yield_nothing():
    for p in sorted(GOLD.glob("*.json")):
        d = json.loads(p.read_text(encoding="utf-8"))
        if not d["incidents"]:
            assert extract_incidents(d["text"], d["published"], d["title"]) == [], d["id"]


def test_gold_scores():
    scorer = _load_scorer()
    r = scorer.score(scorer.load_gold(GOLD))
    # Floors well under the measured figures (see bench/eval_gold.py): a regression guard, not a target.
    assert r["f1"] >= 0.85
    assert r["fields"]["event_type"] >= 0.85
    assert r["fields"]["sub_event_type"] >= 0.8
    assert r["fields"]["fatalities"] >= 0.8


def test_event_types_seed_matches_taxonomy():
    with (SEEDS / "event_types.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == ["event_type", "sub_event_type", "description"]
    assert {(r["event_type"], r["sub_event_type"]) for r in rows} == {(v, k) for k, v in EVENT_TYPES.items()}
    assert len(rows) == 25 and all(r["description"] for r in rows)


def test_actor_aliases_seed():
    with (SEEDS / "actor_aliases.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == ["alias", "actor", "actor_type"]
    assert {r["actor_type"] for r in rows} <= ACTOR_TYPES
    aliases = [r["alias"] for r in rows]
    assert len(aliases) == len(set(aliases)), "an alias must map to one actor"
    # Every canonical actor name is itself an alias-free string without stray whitespace.
    assert all(r["actor"] == r["actor"].strip() and r["actor"] for r in rows)


@pytest.mark.parametrize("text", ["", "   ", "\n\n"])
def test_empty_text(text):
    assert extract_incidents(text, "2024-01-01") == []


def test_non_string_text_is_a_clear_error():
    with pytest.raises(TypeError):
        extract_incidents(None, "2024-01-01")  # type: ignore[arg-type]
