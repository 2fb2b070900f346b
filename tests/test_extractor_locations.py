"""Choosing the incident's place among resolved toponyms (the geoparser's output is given as data here)."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from sitrep.extractor.locations import choose_location, more_specific, same_admin


@dataclass
class T:  # the fields of sitrep.geoparser.Toponym that location choice reads
    start: int
    end: int
    name: str
    feature_code: str
    admin1: str | None = None
    admin2: str | None = None
    country_iso2: str | None = "IQ"
    country: str | None = "Iraq"
    latitude: float | None = 33.0
    longitude: float | None = 44.0
    geonames_id: int | None = 1
    gazetteer_name: str | None = None
    precision: int = 1
    in_gazetteer: bool = True


def toponyms(text: str, *specs: tuple[str, str, str | None]) -> list[T]:
    out = []
    for i, (name, code, admin1) in enumerate(specs):
        start = text.index(name)
        out.append(T(start, start + len(name), name, code, admin1, geonames_id=i + 1))
    return out


def test_reference_point_after_the_place_is_not_the_place():
    text = "One raid was carried out in Tarmiyah, north of Baghdad, and led to arrests."
    place = choose_location(text, (0, len(text)), toponyms(text, ("Tarmiyah", "PPL", "Baghdad"),
                                                           ("Baghdad", "PPLC", "Baghdad")), 0)
    assert place.name == "Tarmiyah" and place.geo_precision == 1


def test_near_a_town_is_precision_two():
    text = "Soldiers repelled an attack on the border police headquarters, northeast of Qaim."
    place = choose_location(text, (0, len(text)), toponyms(text, ("Qaim", "PPL", "Anbar")), 0)
    assert place.name == "Qaim" and place.geo_precision == 2


def test_district_is_precision_two_and_province_three():
    text = "Explosives were seized in the Dibis district."
    place = choose_location(text, (0, len(text)), toponyms(text, ("Dibis", "PPL", "Kirkuk")), 0)
    assert place.geo_precision == 2
    text = "Gunmen attacked a convoy in Diyala province."
    place = choose_location(text, (0, len(text)), toponyms(text, ("Diyala", "ADM1", "Diyala")), 0)
    assert place.geo_precision == 3


def test_town_beats_country_and_province():
    text = "In Iraq, militants in Salahuddin attacked a checkpoint in Baiji."
    place = choose_location(text, (0, len(text)), toponyms(text, ("Iraq", "PCLI", None),
                                                           ("Salahuddin", "ADM1", "Salah ad Din"),
                                                           ("Baiji", "PPL", "Salah ad Din")), 0)
    assert place.name == "Baiji"


def test_acled_admin_hint_prefers_the_candidate_in_that_region():
    text = "On 2 May 2022, police arrested two men in Kongo (Oyam, Northern)."
    cands = toponyms(text, ("Kongo", "PPL", "Northern"))
    cands[0].admin2 = "Oyam"
    other = T(cands[0].start, cands[0].end, "Kongo", "PPL", "Eastern", geonames_id=9)
    place = choose_location(text, (0, len(text)), [other, cands[0]], 0)
    assert place.admin1 == "Northern"


def test_place_inside_a_road_or_river_name_loses():
    text = "A man was shot near the Mogi-Guacu River in Pitangueiras."
    place = choose_location(text, (0, len(text)), toponyms(text, ("Mogi-Guacu", "PPL", "Sao Paulo"),
                                                           ("Pitangueiras", "PPL", "Sao Paulo")), 0)
    assert place.name == "Pitangueiras"


def test_no_toponym_in_span_gives_none():
    assert choose_location("Gunmen killed two people.", (0, 25), [], 0) is None


def test_admin_names_compare_loosely():
    assert same_admin("Al Anbār", "Anbar")
    assert same_admin("Donetska oblast", "Donetsk")
    assert not same_admin("Kirkuk", "Basra")


def test_refinement_stays_in_the_same_region():
    text = "In Kirkuk, explosives were seized. The raids involved villages in the Dibis district. Basra too."
    kirkuk, dibis, basra = toponyms(text, ("Kirkuk", "PPLA", "Kirkuk"), ("Dibis", "ADM2", "Kirkuk"),
                                    ("Basra", "PPLA", "Basra"))
    k = choose_location(text, (0, 33), [kirkuk], 0)
    d = choose_location(text, (34, 84), [dibis], 34)
    b = choose_location(text, (85, len(text)), [basra], 85)
    assert more_specific(d, k)       # the district named later refines "In Kirkuk"
    assert not more_specific(b, k)   # another province does not


def test_region_level_incident_is_put_at_the_region_seat():
    from sitrep.extractor import extract_incidents
    pytest.importorskip("sitrep.geoparser")
    [inc] = extract_incidents("On 17 May 2022, Russian forces shelled a bridge in Odesa region. There were no "
                              "casualties.", "2022-05-17")
    assert inc.geo_precision == 3 and inc.country_iso2 == "UA"
    assert abs(inc.latitude - 46.48) < 0.1 and abs(inc.longitude - 30.73) < 0.1   # Odesa city, not mid-oblast


def test_somali_article_is_located_in_somalias_lower_shabelle():
    from sitrep.extractor import extract_incidents
    pytest.importorskip("sitrep.geoparser")
    [inc] = extract_incidents("Al-Shabaab militants stormed a Somali army base in Sabiid, in Lower Shabelle "
                              "region, killing five soldiers. The wounded were taken to Mogadishu.", "2022-05-17")
    assert inc.country_iso2 == "SO" and inc.admin1 == "Shabeellaha Hoose" and inc.geo_precision == 3
