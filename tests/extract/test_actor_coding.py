"""Actors named as ACLED names them: state forces by country and government, roles by country, inter codes."""
from __future__ import annotations

import pytest

from sitrep.extract import extract_incidents
from sitrep.extract.actor_coding import (acled_actor, civilian_targeting, inter_code, interaction,
                                           state_force)


def _one(text: str, published: str = "2022-06-10"):
    incs = extract_incidents(text, published)
    assert len(incs) == 1, incs
    return incs[0]


def test_soldiers_are_the_military_of_the_country_their_demonym_names():
    inc = _one("On Monday, Pakistani soldiers killed three militants in Bannu.")
    assert inc.actor1 == "Military Forces of Pakistan (2022-)"
    # Same words elsewhere: the demonym, not the place, says whose soldiers they are.
    inc = _one("On Monday, Congolese soldiers clashed with M23 rebels near Goma.")
    assert (inc.actor1, inc.actor2) == ("Military Forces of the Democratic Republic of Congo (2019-)",
                                        "M23: March 23 Movement")


def test_unqualified_police_take_the_incident_country_and_protesters_come_first():
    inc = _one("Police fired tear gas at protesters in Lagos on Tuesday.")
    assert inc.actor1 == "Protesters (Nigeria)"
    assert inc.actor2 == "Police Forces of Nigeria (2015-)"


def test_the_government_is_the_one_in_office_on_the_event_date():
    assert state_force("PK", "military", "2022-01-05") == "Military Forces of Pakistan (2018-2022)"
    assert state_force("PK", "military", "2022-04-11") == "Military Forces of Pakistan (2022-)"
    # A country the seed lacks keeps ACLED's pattern without a period.
    assert state_force("FJ", "police", "2022-01-05") == "Police Forces of Fiji"
    assert acled_actor("Taliban", "AF", "2021-01-01") == "Taliban"
    assert acled_actor("Taliban", "AF", "2022-01-01") == "Military Forces of Afghanistan (2021-)"


def test_actor1_is_never_empty():
    inc = _one("Three people were killed in an explosion in Mogadishu on Friday.")
    assert inc.actor1 == "Unidentified Armed Group (Somalia)"
    inc = _one("Hundreds protested in Delhi against fuel prices on Monday.")
    assert inc.actor1 == "Protesters (India)" and inc.actor2 is None


def test_violence_against_civilians_targets_civilians_of_the_country():
    inc = _one("Gunmen killed five villagers in Zamfara on Sunday.")
    assert (inc.actor1, inc.actor2) == ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")
    i1, i2 = inter_code(inc.actor1), inter_code(inc.actor2)
    assert (i1, i2, interaction(i1, i2)) == (3, 7, 37)
    assert civilian_targeting(inc.event_type, i2) == "Civilian targeting"


@pytest.mark.parametrize("actor, code", [
    ("Military Forces of Russia (2000-)", 1), ("Police Forces of Fiji", 1), ("Al Shabaab", 2),
    ("Unidentified Armed Group (Mexico)", 3), ("Fulani Ethnic Militia", 4), ("Rioters (India)", 5),
    ("Protesters (France)", 6), ("Civilians (Mexico)", 7), ("Wagner Group", 8), (None, 0),
])
def test_inter_codes(actor, code):
    assert inter_code(actor) == code


def test_interaction_puts_the_lower_code_first_and_a_lone_actor_times_ten():
    assert interaction(7, 1) == 17
    assert interaction(6, 0) == 60
    assert civilian_targeting("Protests", 7) is None


def test_ethnic_and_communal_militias_are_qualified_by_country():
    assert acled_actor("Fulani Ethnic Militia", "NG", "2022-03-01") == "Fulani Ethnic Militia (Nigeria)"
    assert inter_code("Fulani Ethnic Militia (Nigeria)") == 4
