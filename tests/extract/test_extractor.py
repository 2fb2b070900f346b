"""Incident extractor: the seed article, background filtering, numbers, dates, actors and the jsonl command."""
from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from sitrep.extract import EXTRACTOR_VERSION, Incident, extract_incidents, extract_jsonl
from sitrep.extract.actors import normalise_actor
from sitrep.extract.casualties import count
from sitrep.extract.dates import resolve_date
from sitrep.extract.incident import CONTRACT_KEYS
from sitrep.extract.numbers import words_to_int

FIXTURES = Path(__file__).parents[1] / "fixtures"
SEED = (FIXTURES / "seed_article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed_incidents() -> list[Incident]:
    return extract_incidents(SEED, "2020-01-10")


def test_seed_yields_exactly_its_three_incidents(seed_incidents):
    assert len(seed_incidents) == 3
    tarmiyah, kirkuk, qaim = seed_incidents
    assert "Tarmiyah" in tarmiyah.evidence
    assert (tarmiyah.event_type, tarmiyah.sub_event_type) == ("Strategic developments", "Arrests")
    assert tarmiyah.arrests == 0  # "the arrest of some wanted militiamen": only stated figures count
    assert "explosive devices were seized" in kirkuk.evidence
    assert (kirkuk.event_type, kirkuk.sub_event_type) == ("Strategic developments", "Disrupted weapons use")
    assert "Qaim" in qaim.evidence
    assert (qaim.event_type, qaim.sub_event_type) == ("Battles", "Armed clash")
    for inc in seed_incidents:
        assert inc.fatalities == 0
        assert inc.event_date == "2020-01-10"
        assert SEED[inc.evidence_start:inc.evidence_end] == inc.evidence


def test_seed_actors_are_normalised(seed_incidents):
    tarmiyah, kirkuk, qaim = seed_incidents
    # "ISF" is named in the sentence before the Tarmiyah raid; "Daesh jihadists" in the Kirkuk sentence.
    # ACLED's name for Iraq's forces under the government in office in January 2020.
    isf = "Military Forces of Iraq (2018-2020)"
    assert tarmiyah.actor1 == isf
    assert kirkuk.actor1 == isf and kirkuk.actor2 == "Islamic State"
    assert qaim.actor1 == isf
    # The border police are on the soldiers' side; the attackers ("the terrorists") are the other side.
    assert qaim.actor2 not in (None, "Police Forces of Iraq (2018-2020)", isf)


def test_seed_locations(seed_incidents):
    pytest.importorskip("sitrep.geo.geoparser")
    tarmiyah, kirkuk, qaim = seed_incidents
    if tarmiyah.latitude is None:
        pytest.skip("geoparser gazetteer not available")
    assert tarmiyah.country_iso2 == kirkuk.country_iso2 == qaim.country_iso2 == "IQ"
    assert tarmiyah.geo_precision == 1 and "Baghd" in (tarmiyah.admin1 or "")
    # The follow-up sentence places the seizure in the Dibis district of Kirkuk province.
    assert kirkuk.geo_precision == 2 and "Kirk" in (kirkuk.admin1 or "")
    # "northeast of Qaim": near the town, not in it.
    assert qaim.geo_precision == 2 and "Anb" in (qaim.admin1 or "")


@pytest.mark.parametrize("sentence", [
    "In 2014 the group seized Mosul and killed hundreds of people.",
    "Attacks have increased sharply in the north since the start of the year.",
    "The militants threatened to attack the city if the army advanced.",
    "Analysts warn that the group could launch new bombings in the capital.",
    "There has been an increase in kidnappings across the region, according to a report.",
])
def test_background_sentences_yield_nothing(sentence):
    assert extract_incidents(sentence, "2024-03-14") == []


def test_background_does_not_hide_the_incident_next_to_it():
    text = ("Attacks have increased in Borno this year. On Tuesday, Boko Haram fighters killed five farmers "
            "near Konduga, police said.")
    incs = extract_incidents(text, "2024-03-14")
    assert len(incs) == 1
    assert incs[0].sub_event_type == "Attack" and incs[0].fatalities == 5
    assert incs[0].actor1 == "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad" and incs[0].event_date == "2024-03-12"


@pytest.mark.parametrize("name", ["sport_article.txt", "market_article.txt"])
def test_sport_and_market_articles_yield_nothing(name):
    text = (FIXTURES / name).read_text(encoding="utf-8")
    assert extract_incidents(text, "2024-05-02") == []


@pytest.mark.parametrize("phrase,value", [
    ("twenty-seven", 27), ("one hundred and five", 105), ("3,400", 3400), ("a dozen", 12), ("dozens", 12),
    ("at least 12", 12), ("two thousand five hundred", 2500), ("eleven", 11),
])
def test_numbers_in_words(phrase, value):
    assert words_to_int(phrase) == value


@pytest.mark.parametrize("sentence,kind,value", [
    ("Gunmen attacked the village, killing three soldiers and two militants.", "fatalities", 5),
    ("Twenty-seven people were wounded in the blast.", "injuries", 27),
    ("A dozen protesters were arrested by riot police.", "arrests", 12),
    ("The attack left 4 dead and 11 injured.", "fatalities", 4),
    ("The attack left 4 dead and 11 injured.", "injuries", 11),
    ("The death toll rose to fifteen on Sunday.", "fatalities", 15),
    ("A man was shot dead by unidentified gunmen.", "fatalities", 1),
    ("A group of armed men raided the market.", "fatalities", 0),
    # Who the victims were, set off by commas, and adherents named by their doctrine.
    ("Seven Islamists, among them a local commander, were killed in the raid.", "fatalities", 7),
    ("Four herders, including a boy of twelve, were wounded near the well.", "injuries", 4),
    # "a" opens no figure that reaches across a number word to the victims.
    ("Gangs clashed in Tijuana, where a shootout in a busy street left four men dead.", "fatalities", 4),
])
def test_casualty_counts(sentence, kind, value):
    assert count(kind, sentence) == value


def test_no_casualties_means_zero():
    incs = extract_incidents("On 5 March 2022, Russian forces shelled Kharkiv. There were no casualties.", "2022-03-05")
    assert len(incs) == 1 and incs[0].fatalities == 0
    assert incs[0].sub_event_type == "Shelling/artillery/missile attack"


@pytest.mark.parametrize("expr,expected", [
    ("on Tuesday", "2024-03-12"), ("yesterday", "2024-03-13"), ("last week", "2024-03-07"),
    ("on Thursday", "2024-03-14"), ("last Thursday", "2024-03-07"), ("two days ago", "2024-03-12"),
    ("On 23 February 2022,", "2022-02-23"), ("on December 28", "2023-12-28"), ("March 3", "2024-03-03"),
    # a night that ends on a day still to come began a week ago
    ("on the night of Thursday to Friday", "2024-03-07"), ("on the night of Wednesday to Thursday", "2024-03-13"),
    # a fight over two days is dated by its first
    ("Between 7 and 8 March, fighting was reported in Lokola.", "2024-03-07"),
    # the weekday after "overnight" says which night
    ("Troops fought smugglers overnight on Tuesday at Jandar.", "2024-03-12"),
    # the day of the burial, then the day of the killing
    ("Villagers were yesterday burying five people killed when gunmen stormed the village on Monday night.",
     "2024-03-11"),
    # a weekday and a day of the month followed by a word; a day of another calendar gives way to its weekday
    ("on the night of Sunday the 10th to Monday the 11th, clashes broke out", "2024-03-10"),
    ("on Tuesday, the 22nd of this month [12 March], six people were arrested", "2024-03-12"),
])
def test_relative_dates(expr, expected):
    assert resolve_date(expr, dt.date(2024, 3, 14)) == dt.date.fromisoformat(expected)  # a Thursday


def test_incident_date_from_relative_expression():
    incs = extract_incidents("Al-Shabaab fighters ambushed a Somali army convoy near Afgoye yesterday.", "2024-03-14")
    assert len(incs) == 1 and incs[0].event_date == "2024-03-13"
    assert incs[0].event_type == "Battles"
    assert (incs[0].actor1, incs[0].actor2) == ("Al Shabaab", "Military Forces of Somalia (2022-)")


@pytest.mark.parametrize("alias", ["ISIS", "ISIL", "IS", "Daesh", "Islamic State"])
def test_islamic_state_aliases(alias):
    assert normalise_actor(alias) == "Islamic State"


@pytest.mark.parametrize("alias", ["ISF", "Iraqi army", "Iraqi soldiers"])
def test_iraqi_forces_aliases(alias):
    assert normalise_actor(alias) == "Military Forces of Iraq"


def test_sdf_and_qsd_are_one_actor():
    assert normalise_actor("SDF") == normalise_actor("QSD") == normalise_actor("Syrian Democratic Forces")


def test_lowercase_is_is_not_islamic_state():
    incs = extract_incidents("The army said it is clear that militants killed two herders near Dikwa on Monday.",
                             "2024-03-14")
    assert incs and incs[0].actor1 != "Islamic State"


def test_protest_classes():
    peaceful = extract_incidents("On 3 May 2022, about 300 teachers held a protest in Lagos to demand unpaid "
                                 "salaries.", "2022-05-03")
    dispersed = extract_incidents("On 3 May 2022, students rallied in Nairobi; police fired tear gas to disperse "
                                  "them and arrested 12.", "2022-05-03")
    riot = extract_incidents("On 3 May 2022, protesters burned tyres and threw stones at police in Dakar.",
                             "2022-05-03")
    assert [i.sub_event_type for i in peaceful] == ["Peaceful protest"]
    assert [i.sub_event_type for i in dispersed] == ["Protest with intervention"]
    assert dispersed[0].arrests == 12
    assert [i.sub_event_type for i in riot] == ["Violent demonstration"]
    assert riot[0].event_type == "Riots"


def test_to_contract_keys(seed_incidents):
    d = seed_incidents[0].to_contract("doc-1")
    assert tuple(d) == CONTRACT_KEYS and d["id"] == "doc-1"
    json.dumps(d)


def test_extract_jsonl_reports_malformed_line_and_continues():
    lines = [
        json.dumps({"id": "a", "text": SEED, "published": "2020-01-10", "title": None}),
        "{not json",
        json.dumps({"id": "b", "text": "Stocks rose 2% on Friday as oil prices fell.", "published": "2024-05-03"}),
        json.dumps({"id": "c", "published": "2024-05-03"}),
    ]
    out, err = io.StringIO(), io.StringIO()
    status = extract_jsonl(io.StringIO("\n".join(lines) + "\n"), out, err)
    assert status == 0
    rows = [json.loads(x) for x in out.getvalue().splitlines()]
    assert [r["id"] for r in rows] == ["a", "a", "a"]
    assert list(rows[0]) == list(CONTRACT_KEYS)
    assert "line 2" in err.getvalue() and "line 4" in err.getvalue()
    assert "line 3" not in err.getvalue()


def test_extract_jsonl_fails_when_nothing_readable():
    out, err = io.StringIO(), io.StringIO()
    assert extract_jsonl(io.StringIO("garbage\n[1, 2]\n"), out, err) != 0
    assert out.getvalue() == "" and "line 1" in err.getvalue()


def test_bad_published_date_is_a_clear_error():
    with pytest.raises(ValueError):
        extract_incidents("Gunmen killed two people.", "yesterday-ish")


def test_version_is_a_string():
    assert isinstance(EXTRACTOR_VERSION, str) and EXTRACTOR_VERSION


from hypothesis import given, settings, strategies as st  # noqa: E402


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_arbitrary_text_never_crashes_and_offsets_hold(text):
    for inc in extract_incidents(text, "2024-03-14"):
        assert text[inc.evidence_start:inc.evidence_end] == inc.evidence
        assert inc.fatalities >= 0 and inc.injuries >= 0 and inc.arrests >= 0
        assert 0.0 <= inc.confidence <= 1.0


def test_long_article_is_parsed_in_chunks_with_true_offsets():
    filler = "Officials met to discuss the budget and the new school year.\n\n" * 600  # ~38,000 characters
    text = filler + "Gunmen killed three farmers near Kaura Namoda in Zamfara on Monday.\n"
    incs = extract_incidents(text, "2024-03-14")
    assert len(incs) == 1
    inc = incs[0]
    assert text[inc.evidence_start:inc.evidence_end] == inc.evidence and inc.fatalities == 3
    if inc.latitude is not None:  # located by the geoparser in the second chunk, at its true offset
        assert inc.country_iso2 == "NG"


def test_dotless_i_and_long_s_spellings_do_not_crash_the_extractor():
    # Case-insensitive matching lets "ı" / "ſ" stand for i / s, which lower() keeps: lookups must still work.
    text = "On 3 Aprıl, gunmen killed two polıce officers in Kirkuk, Iraq. Iſlamic State claimed the attack."
    incidents = extract_incidents(text, "2022-04-05")
    assert incidents and incidents[0].event_date == "2022-04-03"


def test_a_tally_of_incidents_is_no_incident():
    text = ("This month we documented seven incidents, in which nine people were killed.\n\n"
            "On Monday, gunmen shot dead a trader in the market of Gao.")
    incs = extract_incidents(text, "2024-03-14")
    assert [i.location for i in incs] == ["Gao"]


def test_an_assault_with_heavy_machine_guns_is_a_clash_not_shelling():
    inc = extract_incidents("Rebels attacked an army checkpoint near Kidal on Monday with heavy machine guns.",
                            "2024-03-14")
    assert [i.sub_event_type for i in inc] == ["Armed clash"]
    # Positive control: shells and rockets fired at a post are shelling.
    inc = extract_incidents("Rebels fired rockets at an army checkpoint near Kidal on Monday.", "2024-03-14")
    assert [i.sub_event_type for i in inc] == ["Shelling/artillery/missile attack"]


def test_arrests_with_a_seized_suicide_vest_are_arrests():
    # ACLED: a vest recovered in a raid was not used; the arrests told first are the event.
    inc = extract_incidents("Police arrested three suspects in a raid in Quetta on Sunday and recovered two "
                            "suicide vests and 10 kg of explosives.", "2024-03-14")
    assert [i.sub_event_type for i in inc] == ["Arrests"]
    # A seizure told first stays the disruption of weapons.
    inc = extract_incidents("Police seized two suicide vests and 10 kg of explosives in a raid in Quetta on "
                            "Sunday.", "2024-03-14")
    assert [i.sub_event_type for i in inc] == ["Disrupted weapons use"]


@pytest.mark.parametrize("sentence", [
    # A past event named by its place, described again: not a new report.
    "The ombudsman described the Tumaco massacre as a turning point in the war.",
    # An event that has not happened.
    "The governor said on Monday there was no sign of an imminent attack on Garissa.",
    # Kinds of acts listed, no act told.
    "Methods included torching granaries, kidnapping village chiefs and laying mines on farm tracks.",
])
def test_named_past_events_threats_and_lists_of_tactics_yield_nothing(sentence):
    assert extract_incidents(sentence, "2024-03-14") == []


def test_a_named_attack_with_a_new_toll_is_still_reported():
    inc = extract_incidents("Gunmen killed four traders in the Tumaco market on Monday.", "2024-03-14")
    assert len(inc) == 1


def test_killed_in_a_confrontation_is_a_clash():
    inc = extract_incidents("Two policemen and three cartel gunmen were killed on Sunday in a confrontation near "
                            "Uruapan, the state prosecutor said.", "2024-03-14")
    assert [i.sub_event_type for i in inc] == ["Armed clash"] and inc[0].fatalities == 5


def test_a_foiled_planned_attack_keeps_its_arrests():
    inc = extract_incidents("Police foiled a planned attack on a church in Kano on Sunday, arresting three suspects.",
                            "2024-03-14")
    assert [(i.sub_event_type, i.arrests) for i in inc] == [("Arrests", 3)]


def test_an_attack_with_heavy_weapons_stays_shelling_as_acled_codes_it():
    inc = extract_incidents("On 6 March 2024, a local militia attacked a police station near Shwebo with heavy weapons.",
                            "2024-03-07")
    assert [i.sub_event_type for i in inc] == ["Shelling/artillery/missile attack"]


def test_evidence_leaves_out_bullets_stamps_and_body_datelines_but_keeps_labels():
    # The evidence quotes the report: a bullet, a live blog's stamp and a dateline left in the body open the line
    # and say nothing; a label ("Borno: ") or a log entry's day says where or when, so it stays as printed.
    text = ("SITUATION REPORT\n\nHIGHLIGHTS\n"
            "• Gunmen killed four farmers near Kaura Namoda in Zamfara State on 3 March.\n\n"
            "Later in the week the roads were reopened.\n\n"
            "Borno: Insurgents abducted six women from fields outside Gwoza on 4 March.")
    incs = extract_incidents(text, "2024-03-08")
    evidence = sorted(inc.evidence for inc in incs)
    assert evidence == ["Borno: Insurgents abducted six women from fields outside Gwoza on 4 March.",
                        "Gunmen killed four farmers near Kaura Namoda in Zamfara State on 3 March."]
    for inc in incs:
        assert text[inc.evidence_start:inc.evidence_end] == inc.evidence
    blog = ("Live: attacks in Khyber Pakhtunkhwa\n\n"
            "16:20 – Militants attacked a police post in Bannu, killing two officers, police said.\n\n"
            "17:05 – Schools in the district will stay closed tomorrow, officials said.")
    [inc] = extract_incidents(blog, "2024-03-08T12:00:00Z")
    assert inc.evidence == "Militants attacked a police post in Bannu, killing two officers, police said."


def test_a_long_militia_name_with_its_acronym_set_off_by_commas_keeps_its_dead_and_armed_side():
    # "members of <a seven-word name>, the VDP, were killed": the count reaches over the name and its acronym, and
    # the militia's members are armed men (a clash), not a crowd ("eleven members" is no party's membership)
    [inc] = extract_incidents("At least nine members of the Volunteers for the Defence of the Homeland, the VDP, were "
                              "killed on Sunday when jihadists attacked their post in Gayeri, security sources said.",
                              "2024-03-05")
    assert (inc.sub_event_type, inc.fatalities) == ("Armed clash", 9)


def test_a_device_detected_and_neutralised_by_engineers_is_disrupted_weapons_use():
    [inc] = extract_incidents("On 4 March 2024, an explosive device buried on a road near Ndop was detected and "
                              "neutralised by the engineering team of the army before a convoy passed.", "2024-03-06")
    assert inc.sub_event_type == "Disrupted weapons use"


def test_forces_that_free_hostages_and_arrest_the_kidnappers_make_arrests():
    # ACLED: the state's forces arrest; the hostages freed were taken in an abduction told apart
    [inc] = extract_incidents("On 5 March 2024, gendarmes tracked the abductors to a hideout near Tibati, where they "
                              "freed the five hostages and arrested three (03) of the kidnappers.", "2024-03-06")
    assert (inc.sub_event_type, inc.arrests) == ("Arrests", 3)


def test_forces_that_capture_a_person_make_an_arrest_not_a_territorial_change():
    # 'captured alias "Cuchillo"' (the quotes dropped before the cues are read) and "captured a senior ELN commander"
    # name a person; "captured the town of X" stays a place taken
    for text in ('Soldiers of the Army\'s Third Division captured alias "Tornillo", a logistics chief of the ELN, in '
                 'the rural area of Argelia on Monday.',
                 "Soldiers captured a senior ELN commander near Argelia on Monday."):
        assert [i.sub_event_type for i in extract_incidents(text, "2024-03-06")] == ["Arrests"]


def test_a_forces_acronym_inside_the_count_keeps_the_dead():
    # "Three Frontier Corps (FC) personnel were martyred and five militants killed": both sides, eight dead
    [inc] = extract_incidents("Three Frontier Corps (FC) personnel were martyred and five militants killed when armed "
                              "men attacked a checkpoint near Kalat on Tuesday night, officials said.", "2024-03-07")
    assert inc.fatalities == 8


def test_an_attack_on_a_peoples_defence_force_is_a_clash_whatever_acronym_follows():
    # "People's" in a force's name names no civilians; "(SSPDF)" between the name and "positions" hides nothing
    [inc] = extract_incidents("White Army fighters attacked South Sudan People's Defence Forces (SSPDF) positions at "
                              "Ulang on Friday.", "2024-03-11")
    assert inc.sub_event_type == "Armed clash"


def test_the_old_bombing_an_arrest_is_in_connection_with_does_not_make_it_a_bombing():
    [inc] = extract_incidents("On 21 April 2024, soldiers and police arrested two suspected DI members in Datu Piang by "
                              "virtue of warrants of arrest for murder in connection with the 2023 bombing of a "
                              "passenger bus in Isulan.", "2024-04-22")
    assert (inc.sub_event_type, inc.arrests) == ("Arrests", 2)
