"""The geoparser's steps one at a time (recognise, hints, candidates, resolve, checks, admin), on the real
gazetteer: each takes the step before's hand-off, so a rule can be checked where it lives."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.geo import gazetteer as gz
from sitrep.geo.admin import strip_type
from sitrep.geo.candidates import dist_km
from sitrep.geo.geoparser import Geoparser
from sitrep.geo.mention import Mention, Recognition
from sitrep.geo.resolve import _near_any


@pytest.fixture(scope="module")
def p() -> Geoparser:
    return Geoparser(gz.default())


def _spans(text: str, r: Recognition) -> list[str]:
    return [text[m.start:m.end] for m in r.mentions]


def _resolved(p: Geoparser, text: str, hint: str | None = None, checks: bool = True) -> dict[str, str | None]:
    """Each name's country after resolve (and the checks): the steps run by hand, as the facade runs them."""
    mentions = p.hints.add(text, p.recogniser.recognise(text, hint).mentions)
    p.candidates.join_aliases(text, mentions)
    hints = p.hints.resolve(text, mentions, hint)
    weights = p.resolver.resolve(mentions, hint, hints.ccs, hints.regions)
    if checks:
        p.checks.apply(text, mentions, weights, hint, hints.ccs, hints.regions)
    return {text[m.start:m.end]: (p.g._cc[m.best] if m.best is not None else None) for m in mentions}


# ---------------------------------------------------------------- recognise
def test_recognise_finds_the_places_and_not_the_weekday(p):
    text = "Gunmen attacked a checkpoint near Tikrit on Monday, police in Baghdad said."
    r = p.recogniser.recognise(text)
    assert _spans(text, r) == ["Tikrit", "Baghdad"]
    assert all(m.cands and not m.cued and m.demonym is None for m in r.mentions)
    assert r.village_ccs == frozenset({"IQ"})   # the villages looked for are those of the text's country


def test_recognise_drops_a_surname_used_alone(p):
    text = "Andrew Brunson was freed on Friday. Brunson later flew to Izmir."
    assert _spans(text, p.recogniser.recognise(text)) == ["Izmir"]


def test_recognise_takes_the_type_word_into_the_span(p):
    text = "Clashes were reported in the Dibis district."
    (m,) = p.recogniser.recognise(text).mentions
    assert text[m.start:m.end] == "Dibis district" and m.level == "ADM2"


def test_recognise_keeps_cued_names_the_gazetteer_lacks(p):
    text = "The raids hit the villages of Kubaiba, Mzirir and Mansuriya in Kirkuk."
    by_name = {text[m.start:m.end]: m for m in p.recogniser.recognise(text).mentions}
    assert all(by_name[v].cued for v in ("Kubaiba", "Mzirir", "Mansuriya"))
    assert by_name["Mzirir"].cands == []      # unknown: kept for its cue alone
    assert not by_name["Kirkuk"].cued


def test_recognise_maps_a_demonym_to_its_country(p):
    (m,) = p.recogniser.recognise("Iraqi soldiers repelled the attack.").mentions
    assert m.demonym is not None and p.g._cc[m.demonym] == "IQ" and m.cands == [m.demonym]


def test_recognise_finds_a_village_by_its_press_spelling_in_the_village_pass(p):
    text = "SDF fighters clashed with gunmen in Tal Madeeq village in Aleppo countryside."
    by_name = {text[m.start:m.end]: m for m in p.recogniser.recognise(text).mentions}
    village = by_name["Tal Madeeq"]
    assert village.from_villages and not village.loose
    assert [p.g._name[c] for c in village.cands] == ["Tall Madiq"]


# ---------------------------------------------------------------- candidates
def test_prior_prefers_the_capital_to_its_namesakes(p):
    cands, exact = p.g.match_main("paris")
    m = Mention(0, 5, "paris", cands, exact)
    best = max(cands, key=lambda c: p.candidates.prior(m, c))
    assert (p.g._cc[best], p.g._fcode[best]) == ("FR", "PPLC") and len(cands) > 1


def test_a_type_word_lifts_the_regions_of_that_level(p):
    cands, exact = p.g.match_main("kirkuk")
    plain = Mention(0, 6, "kirkuk", cands, exact)
    typed = Mention(0, 6, "kirkuk", cands, exact, level="ADM1")
    region = next(c for c in cands if p.g._fcode[c] == "ADM1")
    town = next(c for c in cands if p.g._fcode[c].startswith("PPL"))
    assert p.candidates.prior(plain, town) > p.candidates.prior(plain, region)
    assert p.candidates.prior(typed, region) > p.candidates.prior(typed, town)


def test_aliases_in_parentheses_share_their_readings(p):
    text = "Clashes in Tarmiyah (Tarmiyeh) area."
    mentions = p.recogniser.recognise(text).mentions
    before = [set(m.cands) for m in mentions]
    assert [text[m.start:m.end] for m in mentions] == ["Tarmiyah", "Tarmiyeh"] and before[0] != before[1]
    p.candidates.join_aliases(text, mentions)
    assert set(mentions[0].cands) == set(mentions[1].cands) == before[0] | before[1]


# ---------------------------------------------------------------- hints
def test_parenthesised_admin_regions_become_hint_mentions(p):
    text = "Rebels attacked Minakulu sub-county (Oyam, Northern) on Monday."
    hinted = [(text[m.start:m.end], m.hint, m.hint_level)
              for m in p.hints.add(text, p.recogniser.recognise(text).mentions) if m.hint is not None]
    assert hinted == [("Minakulu sub-county", ("Oyam", "Northern"), None),
                      ("Oyam", (None, "Northern"), "ADM2"), ("Northern", (None, None), "ADM1")]


def test_a_town_then_its_province_is_marked_for_lookup_inside_it(p):
    text = "Shelling hit Popasna, Luhansk on Monday."
    town, region = p.hints.add(text, p.recogniser.recognise(text).mentions)
    assert town.comma_region == region.end and region.comma_region is None


def test_hint_context_carries_the_countries_the_hints_name(p):
    text = "Rebels attacked Minakulu sub-county (Oyam, Northern) on Monday."
    mentions = p.hints.add(text, p.recogniser.recognise(text).mentions)
    ctx = p.hints.resolve(text, mentions, None)
    assert set(ctx.ccs) == {"UG"} and ctx.ccs["UG"] == 2.0   # one vote per region named
    assert {p.g._fcode[r] for r in ctx.regions} == {"ADM1", "ADM2"}
    assert ctx.by_subject["minakulu sub county"].country_iso2 == "UG"


# ---------------------------------------------------------------- resolve and checks
def test_resolve_follows_the_outlets_country(p):
    assert _resolved(p, "Clashes broke out in Hyderabad.", "PK", checks=False) == {"Hyderabad": "PK"}
    assert _resolved(p, "Clashes broke out in Hyderabad.", "IN", checks=False) == {"Hyderabad": "IN"}


def test_resolve_prefers_a_large_namesake_in_the_named_country(p):
    found = _resolved(p, "A London rally drew thousands, and its organisers thanked Canada.", checks=False)
    assert found == {"London": "CA", "Canada": "CA"}
    # Without the country named, the world's London.
    assert _resolved(p, "A London rally drew thousands.", checks=False) == {"London": "GB"}


def test_a_place_followed_by_its_country_is_put_in_that_country_by_the_checks(p):
    text = "Spain and Spanish officials said a bomb exploded in Valencia, Venezuela."
    assert _resolved(p, text, checks=False)["Valencia"] == "ES"   # the article's weight alone says Spain
    assert _resolved(p, text)["Valencia"] == "VE"


def test_a_name_bound_to_another_country_by_de_is_dropped_by_the_checks(p):
    text = "The match at the Stade de France was cancelled."
    assert _resolved(p, text, checks=False)["Stade"] == "DE"
    assert _resolved(p, text) == {"Stade": None, "France": "FR"}


@settings(max_examples=300, deadline=None)
@given(st.floats(-80, 80), st.floats(-179, 179), st.floats(-3, 3), st.floats(-6, 6))
def test_the_fast_nearness_test_agrees_with_dist_km(lat, lon, dlat, dlon):
    la, lo = lat + dlat, lon + dlon
    other = Mention(0, 1, "other", [], True)
    band = [(la, lo, other, math.cos(math.radians(la)), math.radians(la))]
    assert _near_any("self", lat, lon, band) == (dist_km(lat, lon, la, lo) < 250)
    assert not _near_any("other", lat, lon, band)   # a name is never near itself


def test_the_fast_nearness_test_at_the_bound():
    # Points straddling 250 km due north (1 degree of latitude is 111.19 km on this sphere).
    step = 250 / (6371.0 * math.pi / 180)
    other = Mention(0, 1, "other", [], True)
    for la in (step - 1e-9, step, step + 1e-9, step - 1e-6, step + 1e-6):
        band = [(la, 0.0, other, math.cos(math.radians(la)), math.radians(la))]
        assert _near_any("self", 0.0, 0.0, band) == (dist_km(0.0, 0.0, la, 0.0) < 250)


# ---------------------------------------------------------------- admin
@pytest.mark.parametrize("name,expected", [
    ("Dibis district", ("dibis", "ADM2")), ("Minakulu sub-county", ("minakulu", "ADM3")),
    ("Leningrad Oblast", ("leningrad", "ADM1")), ("Kongo Trading Center", ("kongo trading center", None)),
])
def test_strip_type(name, expected):
    assert strip_type(name) == expected


def test_admin_lookup_by_a_misspelt_or_a_town_name(p):
    t = p.admin.lookup_admin("Ninewa", "IQ")            # spelled like Ninawa: fuzzy among Iraq's regions
    assert (t.gazetteer_name, t.feature_code) == ("Nineveh", "ADM1")
    t = p.admin.lookup_admin("Dibis district", "IQ")    # only the town Dibis is known: its district
    assert (t.gazetteer_name, t.feature_code) == ("Dabes", "ADM2")
    assert p.admin.lookup_admin("Nowhereland", "IQ") is None
