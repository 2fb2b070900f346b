"""One incident per event within an article: frames that describe the same event are merged.

ACLED codes one event per place, day and kind. An article often tells one event twice: a lead that sums it up
("drone strikes killed three people in northern Iraq") before the paragraph that details it, a headline bullet
before its paragraph, a live blog's entries as the toll rises. Two incidents of one article are the same event
when their event types are equal, their days agree (or one names no day) and their places agree: the same
place, one of them unplaced, or one a region or country that contains the other. Whatever kind each telling
reads, a brief's KEY POINTS line and the section that details it are one event, and so are two tellings of one
town's day with the very same toll of two or more dead (an overview, then its numbered item).
"""
from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata

from .casualties import count, toll_update
from .dates import has_explicit_date
from .incident import Incident
from .locations import district_bears

_REGION_CODES = {"PCLI", "PCLD", "PCLS", "PCLF", "PCL", "PCLIX", "TERR", "ADM1", "ADM1H", "RGN", "CONT", "ADMD"}


def _coarse(i: Incident) -> bool:
    return i.location is None or (i.feature_code or "").upper() in _REGION_CODES or (i.geo_precision or 3) >= 3


def _same_place(a: Incident, b: Incident) -> bool:
    if a.location is None or b.location is None:
        return True
    if a.geonames_id is not None and a.geonames_id == b.geonames_id:
        return True
    if (a.location or "").lower() == (b.location or "").lower() and a.country_iso2 == b.country_iso2:
        return True
    for wide, narrow in ((a, b), (b, a)):
        if not _coarse(wide) or wide.country_iso2 != narrow.country_iso2:
            continue
        if (wide.feature_code or "").upper().startswith("PCL") or wide.admin1 is None:
            return True  # the country contains it
        if wide.admin1 == narrow.admin1:
            return True
    for wide, narrow in ((a, b), (b, a)):
        # "two jawans were injured in an IED blast in the same district" and "... near Chiria": a district and a
        # town of it, on one day, tell one blast
        if (wide.feature_code or "").upper() == "ADM2" and (narrow.feature_code or "").upper().startswith("PPL") \
                and wide.country_iso2 == narrow.country_iso2 \
                and wide.admin1 == narrow.admin1 and (
                    None not in (wide.latitude, wide.longitude, narrow.latitude, narrow.longitude)
                    and _km(wide, narrow) <= _DISTRICT_KM
                    # (or the gazetteer's district of the town: a district's point may lie far from its towns)
                    or bool(narrow.admin2) and _folded(narrow.admin2) in (_folded(wide.admin2), _folded(wide.location))):
            return True
    return False


def _folded(name: str | None) -> str:
    return re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode().lower())


_DISTRICT_KM = 80.0   # how far a town of a district may lie from the district's point
_DISTRICT_WORD = re.compile(r"\b(?:locality|district|county|municipality|commune|LGA|township|territory|tehsil|upazila|cercle)\b", re.I)


_NEXT_DOOR_KM = 12.0   # a town and its suburb ("Matola" and "Machava") lie within this of each other


def _next_door(a: Incident, b: Incident) -> bool:
    """Whether a roughly placed report (precision 2: a place the text only brushes, "a nurse at Machava general
    hospital") lies within a town's reach of the event told before: a live blog's entry retelling the key point's
    event in the town beside it. (Two towns each named as a scene, Kufa and Najaf, stay two events.)"""
    if (b.geo_precision or 1) < 2 or (a.geo_precision or 1) != 1:
        return False
    if None in (a.latitude, a.longitude, b.latitude, b.longitude) or a.country_iso2 != b.country_iso2 \
            or not (a.feature_code or "").upper().startswith("PPL") or not (b.feature_code or "").upper().startswith("PPL"):
        return False
    return _km(a, b) <= _NEXT_DOOR_KM


_CROWD_TYPES = ("Protests", "Riots")
_PROTEST_LADDER = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters")
_ESCALATED = ("Violent demonstration", "Excessive force against protesters", "Protest with intervention")


_NAME_WORD = re.compile(r"(?<![.!?:–—-] )(?<!^)\b[A-Z][\w'’-]{2,}")


def _same_spot_named(a: Incident, b: Incident) -> bool:
    """Whether the two reports name one spot within their town ("the Plaza de Armas"), beyond the town itself."""
    town = set((a.location or "").split()) | set((b.location or "").split())
    words = [set(_NAME_WORD.findall(x.evidence or "")) - town for x in (a, b)]
    return bool(words[0] & words[1])


def _told_again(a: Incident, b: Incident, a_summary: bool = False, b_summary: bool = False,
                newest_first: bool = False, blog: bool = False) -> bool:
    """`b`, told after `a`, at the very place and day: a live blog's entry on the crowd that gathered before the
    shooting its key point told (not an entry of its own: a rally and a clash by another street are two events),
    or "police say the nine arrested are suspected of starting the fire" after the riot whose nine arrests were
    told."""
    if a.event_date != b.event_date or a.geonames_id is None or not (
            a.geonames_id == b.geonames_id or _next_door(a, b)):
        return False
    if blog and not newest_first and _escalates(a, b) and not set(_SPOT.findall(b.evidence or "")) - set(
            _SPOT.findall(a.evidence or "")):
        # a live blog told as it happened: the town's crowd, then the tear gas, then a protester killed by live
        # fire are one protest that escalated, coded at its last step (not the march that broke away to another
        # square: a crowd of its own)
        return True
    if blog and newest_first and (_escalates(b, a) or a.sub_event_type == _PROTEST_LADDER[-1]
                                  and b.event_type in _CROWD_TYPES) \
            and not set(_SPOT.findall(b.evidence or "")) - set(_SPOT.findall(a.evidence or "")):
        # the same, told newest first: "11.05pm: A second person shot during this afternoon's protest in Moshi has
        # died" over "9.50pm: police say officers used appropriate force after protesters threw stones" over
        # "1.50pm: police have fired live ammunition and tear gas at protesters": one protest, at its last step
        return True
    if b.sub_event_type == "Peaceful protest" and a.sub_event_type in _ESCALATED:
        # (in a blog told newest first, the entry below is the crowd before the police moved in, at the spot both
        # name: "17:25 - Police fired tear gas to clear protesters from the Plaza de Armas" over "16:40 - A march has
        # reached the Plaza de Armas"; a rally on one square and the clash on another street stay two)
        return a_summary and not b_summary or newest_first and not (a_summary or b_summary) and _same_spot_named(a, b)
    if a_summary and not b_summary and b.event_type in _CROWD_TYPES and (
            a.event_type in _CROWD_TYPES or a.sub_event_type == "Arrests"):
        # a key point sums up the town's day of protest ("Gendarmes opened fire on protesters in Nkongsamba");
        # its entries tell the steps (the blockade of burning tyres, the shots): one event, as the key point has it
        return True
    if a.sub_event_type in _PROTEST_LADDER and b.sub_event_type in _PROTEST_LADDER and a_summary and not b_summary:
        # the key point told how the protest ended; an entry tells a step on the way ("Gunfire in Najaf")
        return _PROTEST_LADDER.index(b.sub_event_type) <= _PROTEST_LADDER.index(a.sub_event_type)
    if newest_first and a.sub_event_type == "Arrests" and 0 < a.arrests and b.event_type in _CROWD_TYPES:
        # the same, told newest first: "22:35 – Interior minister: 23 detained ... in Belgrade" above "20:40 – Police
        # fired tear gas at protesters ... in Belgrade": the arrests of the protest the entry below tells
        return True
    # (or a live blog's tally of the day's arrests in the town of the protest: "43 people arrested in the city today")
    return b.sub_event_type == "Arrests" and 0 < b.arrests and a.sub_event_type != "Arrests" and (
        b.arrests <= a.arrests or a.event_type in _CROWD_TYPES)


_VIOLENCE = ("Battles", "Violence against civilians", "Explosions/Remote violence", "Riots")
_TERRITORY = ("Non-state actor overtakes territory", "Government regains territory")


def _same_toll_retold(a: Incident, b: Incident, a_dated: bool, b_dated: bool) -> bool:
    """Whether `b` retells `a` in other words: one town, one named day and the same toll of two or more dead, told
    once as an overview ("the week's deadliest incident was a land dispute in Qadis on Tuesday in which three
    people were killed") and once in detail ("an exchange of fire ... Three people were killed"). The two
    tellings may code it differently; two events with the very same toll at one town on one day are rare."""
    # (also when the retelling names no day of its own: "Speaking to our correspondent in Bukavu, Bisimwa said five
    # Wazalendo fighters, two M23 rebels and a civilian had been killed", after the clash at Walungu that killed eight)
    return a_dated and (not b_dated or a.event_date == b.event_date) and a.geonames_id is not None \
        and a.geonames_id == b.geonames_id and a.fatalities == b.fatalities >= 2 \
        and a.event_type in _VIOLENCE and b.event_type in _VIOLENCE


def _detailed(a: Incident, b: Incident, a_dated: bool, b_dated: bool) -> bool:
    """Whether `b`, told in a section, is the detail of `a`, a line of the brief's KEY POINTS: the same day and
    place (or one of them unplaced), whatever kind each telling reads ("set fire to two contractor vehicles at the
    Benga mine", then "blocked the entrance of the Benga mine, and set fire to two pick-up trucks"). (Arrests told
    beside another event are their own line.)"""
    # (an undated key point is dated by its detail: "• Kidnappers seized six herders near Djohong", then "24 Aug
    # – Djohong (Mbéré): Abduction of six herders")
    # (and a key point's weekday read against the issue day is the log's dated entry at its town: "in Murzuq on
    # Tuesday", then "13/10 (Tue) – Murzuq town: Fighting broke out")
    # (not a key point that gives its own date, another than the detail's: "• On 11 April, fighters ... attacked
    # Bogoro", then "On the night of 12 April, five women were raped ... outside Bogoro")
    return b_dated and (not a_dated or a.event_date == b.event_date or a.event_type == b.event_type
                        and a.geonames_id is not None and a.geonames_id == b.geonames_id
                        and not (has_explicit_date(a.evidence or "") and has_explicit_date(b.evidence or ""))) \
        and ((a.sub_event_type == "Arrests") == (b.sub_event_type == "Arrests") or _captors_named(a, b)) \
        and (_same_place(a, b) or _next_door(a, b) or _next_door(b, a)
             # ("Shelling struck a residential neighbourhood of Taiz city on 4 July, killing four children", then
             # "shells landed in the Al Jahmaliyah neighbourhood of Salh district ..., killing three children ... A
             # fourth child ... died": one kind, one day, one province, one toll)
             or a.sub_event_type == b.sub_event_type and a.fatalities == b.fatalities > 0
             and a.admin1 is not None and a.admin1 == b.admin1
             # ("• Partners suspended distributions in Abu Jubaiha locality after a warehouse was looted on 28 May",
             # then "On 28 May, unidentified armed men looted a warehouse in Um Batikh": a key point placed by its
             # district, the detail at a town of it)
             or _district_then_town(a, b)
             # ("• A health centre was looted and set on fire in Lubero territory, North Kivu.", undated, then "armed
             # men looted the Kashwa health centre in Lubero territory on 25 May": the detail names the key point's
             # place as its own district)
             or not a_dated and _district_then_its_town(a, b))


def _captors_named(a: Incident, b: Incident) -> bool:
    """A key point's detention by no one named ("Six community health workers detained in Bay region on 14 May remain
    missing") and the section's abduction of as many people on that day ("six community health workers were
    detained by Al-Shabaab fighters at a checkpoint near Baanyaale"): the section names who took them."""
    return a.sub_event_type == "Arrests" and b.sub_event_type == "Abduction/forced disappearance" \
        and a.event_date == b.event_date and a.arrests > 0 and count("arrests", b.evidence or "") == a.arrests


def _district_then_town(a: Incident, b: Incident, any_day: bool = False) -> bool:
    """`a` placed by its district ("in Abu Jubaiha locality"), `b` the same kind of event on the same day (`any_day`:
    `b` told none of its own) at a town of the same province within a district's reach."""
    return a.sub_event_type == b.sub_event_type and (any_day or a.event_date == b.event_date) and a.admin1 is not None \
        and a.admin1 == b.admin1 and bool(_DISTRICT_WORD.search(a.evidence or "")) \
        and not _DISTRICT_WORD.search(b.evidence or "") and (b.feature_code or "").upper().startswith("PPL") \
        and None not in (a.latitude, b.latitude) and _km(a, b) <= _DISTRICT_KM


def _district_then_its_town(a: Incident, b: Incident) -> bool:
    """`a` placed by a district named as such ("in Lubero territory"), `b` the same kind of event at a town the
    detail places in that very district ("looted the Kashwa health centre in Lubero territory on 25 May")."""
    if a.location is None or b.location is None or a.geonames_id == b.geonames_id or a.sub_event_type != b.sub_event_type \
            or a.admin1 != b.admin1 or not (b.feature_code or "").upper().startswith("PPL"):
        return False
    told = re.compile(re.escape(a.location) + r"\s+" + _DISTRICT_WORD.pattern, re.I)
    return bool(told.search(a.evidence or "")) and bool(told.search(b.evidence or ""))


def _death_at_the_crowd(crowd: Incident, death: Incident) -> bool:
    """A live blog's death at the unrest it covers: "11:55 – a farmer from a community near Cayambe was shot in the
    chest and died", the day and town of the blockade soldiers cleared. No armed group is named, so the dead are the
    unrest's (ACLED codes them with it), not an attack of their own."""
    return crowd.event_type in _CROWD_TYPES and death.sub_event_type == "Attack" and death.fatalities > 0 \
        and crowd.event_date == death.event_date and _same_place(crowd, death) \
        and (death.actor1 is None or death.actor1.startswith(_STATE_FORCES))


_STATE_FORCES = ("Police Forces of", "Military Forces of")


def _new_toll_above(a: Incident, b: Incident) -> bool:
    """A newest-first blog's new toll ("22:45 – The death toll in Derhachi has risen to three"), over the older entry
    below that reports the event at that town that day ("19:05 – A Russian guided aerial bomb has hit a residential
    street in Derhachi"): one event, whatever kind the toll's own words suggest."""
    return a.event_date == b.event_date and a.geonames_id is not None and a.geonames_id == b.geonames_id \
        and a.event_type in _VIOLENCE and b.event_type in _VIOLENCE and toll_update(a.evidence or "") is not None \
        and toll_update(b.evidence or "") is None


# A live blog's entry that says it updates what an earlier entry told: "12:40 – Update on Spin Boldak: ..."
_UPDATE_ON = re.compile(r"^\W*(?:\d{1,2}[:.]\d{2}\s*\W*\s*)?(?:update|latest|more) (?:on|from) ", re.I)


def _update_on(a: Incident, b: Incident) -> bool:
    """An oldest-first blog's "12:40 – Update on Spin Boldak: a Taliban border police commander says three of his
    men were killed", under "10:50 – Taliban border forces and Pakistani troops are exchanging heavy fire at the
    Spin Boldak crossing": the toll of the fight told before, whatever kind its own words suggest."""
    return a.event_date == b.event_date and a.geonames_id is not None and a.geonames_id == b.geonames_id \
        and a.event_type in _VIOLENCE and b.event_type in _VIOLENCE and bool(_UPDATE_ON.match(b.evidence or ""))


# "a drone struck a village north of Kharkiv": a spot told only from the town it lies by
# ("More than 4,000 people fled villages north-west of Belet Weyne after heavy fighting on 16 May": the spots, unnamed)
_UNNAMED_SPOT = re.compile(r"\b(?:an? (?:small |remote |nearby |frontline |border )?(?:village|hamlet|settlement|locality|"
                           r"community)|(?:villages|hamlets|settlements|localities|communities)) (?:just |about \d+ ?(?:km|"
                           r"kilomet(?:re|er)s?|miles?) )?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of|near|"
                           r"outside|close to|on the (?:outskirts|edge) of)\b", re.I)


def _unnamed_spot(text: str) -> bool:
    """A spot told only by the town it lies by, not a named one described so ("Berdale, a village about 30 km
    north-west of Belet Weyne")."""
    return any(text[max(0, m.start() - 2):m.start()] != ", " for m in _UNNAMED_SPOT.finditer(text))


# (the body names it as the same kind of spot: "Kozacha Lopan, a village about 6 km from the Russian border")
_SPOT_WORD = re.compile(r"\b(?:village|hamlet|settlement|locality|community)\b", re.I)
_SPOT_KM = 60.0   # how far from the town it was told from the spot, named later, may lie
_NEXT_PARAGRAPH = 12   # characters between a lead's end and the next paragraph's first sentence (its dateline aside)


def _spot_named_later(a: Incident, b: Incident) -> bool:
    """ "... and a drone struck a village north of Kharkiv on Wednesday morning", then "On Wednesday morning, a Russian
    Shahed-type drone hit a bakery in Kozacha Lopan, a village about 6 km from the Russian border": the lead's unnamed
    spot, named in the body (the same kind of event on the same day, within reach of the town it was told from)."""
    return a.event_date == b.event_date and a.sub_event_type == b.sub_event_type and a.geonames_id is not None \
        and b.geonames_id is not None and a.geonames_id != b.geonames_id and a.country_iso2 == b.country_iso2 \
        and bool(_UNNAMED_SPOT.search(a.evidence or "")) and not _unnamed_spot(b.evidence or "") \
        and (bool(_SPOT_WORD.search(b.evidence or ""))
             # (or told in the very next paragraph: "A Russian drone attack on a village north of Kharkiv killed
             # three people ... || Drones hit a residential street in Slatyne, about 10 km from the border")
             or 0 <= b.evidence_start - a.evidence_end <= _NEXT_PARAGRAPH) \
        and (b.feature_code or "").upper().startswith("PPL") and None not in (a.latitude, b.latitude) \
        and _km(a, b) <= _SPOT_KM


# "Residents who fled Jean Denis tell us the attackers also set fire to rice stores": what the attackers of the event
# told at that place did besides
_ALSO_DID = re.compile(r"\bthe (?:attackers|assailants|gunmen|militants|fighters|insurgents|raiders|bandits|gang members?|"
                       r"soldiers|troops) "
                       r"(?:had )?(?:also|then|later) (?:set fire|burned|burnt|torched|looted|stole|ransacked|destroyed)\b",
                       re.I)


# "in a drone strike east of Port-au-Prince": where it happened, told only by its bearing from a town
_BY_BEARING = re.compile(r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of\b", re.I)


def _toll_told_by_bearing(a: Incident, b: Incident) -> bool:
    """ "..., as police reported killing four gang members in a drone strike east of Port-au-Prince" (no day of its
    own), then "In Croix-des-Bouquets, a suburb east of the capital, a police task force used an explosive-laden drone
    early Sunday ... It said four gang members were killed": the clause's event, told in full (the same kind and toll,
    a town within reach of the one it was told from, the day it left untold)."""
    return a.sub_event_type == b.sub_event_type and a.fatalities == b.fatalities > 0 and a.country_iso2 == b.country_iso2 \
        and bool(_BY_BEARING.search(a.evidence or "")) and (b.feature_code or "").upper().startswith("PPL") \
        and None not in (a.latitude, b.latitude, a.event_date, b.event_date) and _km(a, b) <= _SPOT_KM \
        and abs((dt.date.fromisoformat(a.event_date) - dt.date.fromisoformat(b.event_date)).days) <= 1


def _what_they_also_did(a: Incident, b: Incident, b_dated: bool = True) -> bool:
    """`b` is the property the attackers of `a` also destroyed, at the same place on the same day (or on none: "Survivors
    said the soldiers also looted rice stocks and motorcycles before leaving the village")."""
    return b.sub_event_type == "Looting/property destruction" and a.event_type in _VIOLENCE \
        and (a.event_date == b.event_date or not b_dated) and a.geonames_id is not None and a.geonames_id == b.geonames_id \
        and bool(_ALSO_DID.search(b.evidence or ""))


def _same_event(a: Incident, b: Incident, a_dated: bool, b_dated: bool, a_summary: bool = False,
                b_summary: bool = False, newest_first: bool = False, blog: bool = False) -> bool:
    if _told_again(a, b, a_summary, b_summary, newest_first, blog):
        return True
    if a_dated and (b_dated or 0 <= b.evidence_start - a.evidence_end <= _NEXT_PARAGRAPH) and _spot_named_later(a, b):
        return True
    if _what_they_also_did(a, b, b_dated) or _what_they_also_did(b, a, a_dated):
        return True
    if not a_dated and b_dated and _toll_told_by_bearing(a, b):
        return True
    if newest_first and _new_toll_above(a, b):
        return True
    if blog and not newest_first and _update_on(a, b):
        return True
    if blog and newest_first and a.event_type == b.event_type in ("Explosions/Remote violence", "Battles") \
            and a.event_date == b.event_date and a.geonames_id is not None and a.geonames_id == b.geonames_id:
        # "09:20 – Officials confirm that a suicide bomber drove an explosives-laden car into the gate of a camp in
        # Bela" over "07:30 – Reports of a large explosion and heavy gunfire in Bela": the first word of the event
        # the entry above tells in full
        return True
    if blog and (_death_at_the_crowd(a, b) or _death_at_the_crowd(b, a)):
        return True
    if _same_toll_retold(a, b, a_dated, b_dated):
        return True
    if _taken_in_the_fight(a, b):
        return True
    if a.event_type != b.event_type:
        return False
    if not a_dated and b_dated and a.geonames_id is not None and a.geonames_id == b.geonames_id \
            and (a.feature_code or "").upper().startswith("PPL") and not a_summary and not blog \
            and not (a.sub_event_type != b.sub_event_type and _TERRITORY & {a.sub_event_type, b.sub_event_type}):
        # (not a fight for a town and its retaking two days later: "Soldiers fell back ... after a firefight",
        # then "The army said it had retaken Walikale on Tuesday")
        # "..., while bandits abducted 23 people in a night raid on Tambuwal town" (no day), then "the bandits stormed
        # Tambuwal ... at about 11pm on Friday": the lead's event at that town, told with its day
        return True
    if not a_dated and b_dated and a.sub_event_type == b.sub_event_type and a.admin1 == b.admin1 \
            and a.geonames_id != b.geonames_id and (b.feature_code or "").upper().startswith("PPL") \
            and not blog and district_bears(b.admin2, a.location):
        # (or at a town of the district named after the first place: the summary's "One IED incident ... on a main
        # road", placed in "Ansongo cercle", and the log's "11 May – Ansongo cercle: An IED struck a minibus ...
        # north of Labi")
        return True
    if a.sub_event_type != b.sub_event_type and not (_coarse(a) or _coarse(b)):
        return False  # a rally and the breakaway march the police dispersed are two events
    if a.event_date != b.event_date and a_dated and b_dated:
        return False
    return _same_place(a, b)


_TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


def _taken_in_the_fight(a: Incident, b: Incident) -> bool:
    """A place taken (or retaken) and the fight for it, the same day: "SNA forces retook Tortoroow on 23 April" and
    the log's "23 Apr – Tortoroow: ... The SNA said seven militants and one soldier were killed": one event, the
    taking, with the fight's dead (ACLED codes the change of hands, not a clash beside it)."""
    return {a.sub_event_type, b.sub_event_type} - _TERRITORY == {"Armed clash"} \
        and a.sub_event_type != b.sub_event_type and a.event_date == b.event_date \
        and a.geonames_id is not None and a.geonames_id == b.geonames_id


def _km(a: Incident, b: Incident) -> float:
    dlat = math.radians(b.latitude - a.latitude)
    dlon = math.radians(b.longitude - a.longitude)
    h = math.sin(dlat / 2) ** 2 + math.cos(math.radians(a.latitude)) * math.cos(math.radians(b.latitude)) * \
        math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def _escalates(a: Incident, b: Incident) -> bool:
    """Whether `b` is a later step up the protest ladder than `a` (a crowd, then tear gas, then live fire)."""
    return a.sub_event_type in _PROTEST_LADDER and b.sub_event_type in _PROTEST_LADDER \
        and _PROTEST_LADDER.index(b.sub_event_type) > _PROTEST_LADDER.index(a.sub_event_type)


_SPOT = re.compile(r"\b(?:[A-Z][\w'’-]+ )+(?:Square|Street|Road|Avenue|Boulevard|Roundabout|Bridge|Mosque|University|"
                   r"Market|Park|Stadium|Highway|Circle|Junction|Gate)\b")


PLACE_FIELDS = _PLACE_FIELDS = ("location", "admin1", "admin2", "country_iso2", "country", "latitude", "longitude", "geo_precision",
                 "geonames_id", "feature_code")


def _fold(keep: Incident, other: Incident, keep_dated: bool, other_dated: bool, escalated: bool = False) -> Incident:
    """`keep` (reported first) takes the finer place, the named day and the toll of the finer report; with
    `escalated`, the later step of the protest it told as it happened."""
    if escalated:
        keep.sub_event_type, keep.actor2 = other.sub_event_type, other.actor2 or keep.actor2
    for crowd, death in ((keep, other), (other, keep)):
        if _death_at_the_crowd(crowd, death) and crowd.event_type == "Protests":
            # (a protester killed where the police or troops were clearing it: the state's lethal force)
            keep.event_type, keep.sub_event_type = "Protests", "Excessive force against protesters"
            keep.actor2 = crowd.actor2 or keep.actor2
            break
    if keep.location is None or (_coarse(keep) and not _coarse(other)) or _spot_named_later(keep, other) \
            or _district_then_town(keep, other) and keep.geonames_id != other.geonames_id \
            or not keep_dated and other_dated and _toll_told_by_bearing(keep, other) \
            or keep_dated and not other_dated and _district_then_town(keep, other, True) \
            and keep.geonames_id != other.geonames_id \
            or _district_then_its_town(keep, other) \
            or (other.feature_code or "").upper().startswith("PPL") and other.geonames_id != keep.geonames_id \
            and district_bears(other.admin2, keep.location) and other.admin1 == keep.admin1:
        # (the summary's "in the Ouallam area", the log's "Darey (Ouallam, Tillabéri)": a town of the district the
        # first report named)
        for f in _PLACE_FIELDS:
            setattr(keep, f, getattr(other, f))
        if keep.location is not None:
            # A summary's toll may add up several events: the detailed report's own figures win.
            for f in ("fatalities", "injuries", "arrests"):
                setattr(keep, f, getattr(other, f) or getattr(keep, f))
            keep.sub_event_type = keep.sub_event_type if other.sub_event_type == keep.sub_event_type else (
                other.sub_event_type if other.confidence >= keep.confidence else keep.sub_event_type)
    else:
        if (keep.feature_code or "").upper() == "ADM2" and (other.feature_code or "").upper().startswith("PPL"):
            # (a district first, then the town of it where it happened: the town)
            for f in _PLACE_FIELDS:
                setattr(keep, f, getattr(other, f))
        # (an arrests report folded into the protest it belongs to brings its arrests only)
        for f in ("fatalities", "injuries", "arrests") if other.sub_event_type != "Arrests" else ("arrests",):
            setattr(keep, f, max(getattr(keep, f), getattr(other, f)))
    if _what_they_also_did(other, keep):
        # (a newest-first blog's "the attackers also set fire to rice stores" above the attack: the attack)
        keep.event_type, keep.sub_event_type = other.event_type, other.sub_event_type
        keep.actor1, keep.actor2 = other.actor1 or keep.actor1, other.actor2 or keep.actor2
    if _taken_in_the_fight(keep, other) and other.sub_event_type in _TERRITORY:
        keep.sub_event_type = other.sub_event_type   # (the fight told first, the taking after: the taking)
    if keep.sub_event_type == "Arrests" and other.event_type in _CROWD_TYPES:
        # "Police ... fired tear gas at crowds and arrested at least 40 people": the arrests of the protest
        keep.event_type, keep.sub_event_type = other.event_type, other.sub_event_type
    if other_dated and not keep_dated:
        keep.event_date = other.event_date
    elif not keep_dated and not other_dated and other.event_date < keep.event_date:
        # (an undated lead, dated on publication, and its detail dated by its paragraph's narrative: the narrative's)
        keep.event_date = other.event_date
    keep.actor1 = keep.actor1 or other.actor1
    keep.actor2 = keep.actor2 or other.actor2
    keep.confidence = max(keep.confidence, other.confidence)
    return keep


def _kin_later(prev: Incident, inc: Incident, later: list[Incident]) -> bool:
    """Whether a lead placed only at its region ("a man was killed when supporters of rival parties fought with
    knives and sticks in KwaZulu-Natal") waits for a later detail of its own kind (the brawl in Ladysmith) rather
    than taking this one of another kind (a riot in Estcourt)."""
    # (a crowd's kinds, a brawl or a riot, differ by who fought whom, which the lead already tells; a roundup's
    # "artillery, bombs and drones" names no one kind)
    return _coarse(prev) and prev.location is not None and prev.sub_event_type != inc.sub_event_type \
        and prev.event_type in _CROWD_TYPES and any(
        x.sub_event_type == prev.sub_event_type and x.event_type == prev.event_type and _same_place(prev, x)
        for x in later)


def _own_detail_later(point: Incident, inc: Incident, later: list[Incident]) -> bool:
    """Whether a key point placed at its own town ("• Two children were killed by a landmine ... near the village of
    Warazan") waits for the log's entry at that town rather than taking the entry before it at a place next door
    ("9 Jun – As Silw district: A Houthi drone struck ...")."""
    def at_its_town(x: Incident) -> bool:
        return x.geonames_id is not None and x.geonames_id == point.geonames_id or x.location == point.location

    return point.location is not None and not at_its_town(inc) and any(
        x.event_type == point.event_type and at_its_town(x) for x in later)


def merge_same_event(incidents: list[Incident], dated: list[bool], separate: list[bool] | None = None,
                     summary: list[bool] | None = None, newest_first: bool = False,
                     blog: bool = False, items: list[bool] | None = None,
                     digest: list[int] | None = None) -> list[Incident]:
    """Incidents of one article with the reports of one event folded into the first report of it; those the
    text calls separate ("In another attack, ...") are never folded. ``summary``: told in a live blog's key
    points; ``newest_first``: a live blog whose entries go back in time; ``blog``: a live blog; ``items``: told
    as an item of a numbered list after another item (one event an item: never folded into another item);
    ``digest``: a line of a brief's KEY POINTS, which a section below tells again in detail (numbered by digest, 0
    for none: two lines of one digest are two events; a SUMMARY's prose may sum up what a KEY POINTS line tells)."""
    out: list[Incident] = []
    out_dated: list[bool] = []
    out_summary: list[bool] = []
    out_item: list[bool] = []
    out_digest: list[int] = []
    n = len(incidents)
    for i, (inc, d, apart, summ, item, dig) in enumerate(zip(incidents, dated, separate or [False] * n,
                                                             summary or [False] * n, items or [False] * n,
                                                             digest or [0] * n)):
        matches = [k for k, prev in enumerate(out)
                   # ("In a separate incident, a roadside bomb struck a minibus ... near Wanlaweyn" is apart from the
                   # battle told before it, not from the lead's own "while a roadside bomb killed five civilians in the
                   # same region": that region-wide clause of the same kind and day is its summary)
                   if (not apart or _coarse(prev) and prev.location is not None and not _coarse(inc)
                       and prev.sub_event_type == inc.sub_event_type and prev.event_date == inc.event_date)
                   and not (item and out_item[k])
                   # (one event a key point; a SUMMARY's sentence and a KEY POINTS line are one only when both
                   # are placed)
                   and not (dig and out_digest[k] and (out_digest[k] == dig or prev.location is None
                                                       or inc.location is None))
                   and (out_digest[k] and not dig and (_detailed(prev, inc, out_dated[k], d)
                                                       or out_dated[k] and not d and _district_then_town(prev, inc, True))
                        and not _own_detail_later(prev, inc, incidents[i + 1:])
                        or _same_event(prev, inc, out_dated[k], d, out_summary[k], summ, newest_first, blog)
                        and not _kin_later(prev, inc, incidents[i + 1:]))]
        # A report placed where an earlier one was told goes with that one, not with an unplaced one before it.
        placed = [k for k in matches if out[k].location is not None and inc.location is not None
                  and (out[k].geonames_id == inc.geonames_id or out[k].location == inc.location)]
        if matches:
            k = (placed or matches)[0]
            if out[k].sub_event_type != inc.sub_event_type and (
                    out_digest[k] and not dig and _detailed(out[k], inc, out_dated[k], d)
                    # (not a log's bare "Protest by motorcycle-taxi drivers" under the key point's riot)
                    and not (inc.sub_event_type == "Peaceful protest" and out[k].sub_event_type in _ESCALATED + (
                        "Mob violence",))
                    # (nor a section's riot under the key point's "police opened fire to clear a blockade, killing
                    # one protester": the state's lethal force is what ACLED codes)
                    and not (out[k].sub_event_type == "Excessive force against protesters"
                             and inc.event_type in _CROWD_TYPES)
                    # (nor the log's fight under the key point's "The RSF took control of Al Udayyah after a day of
                    # fighting": ACLED codes the change of hands, the fighting its way)
                    and not (out[k].sub_event_type in _TERRITORY and inc.event_type in _VIOLENCE)
                    or inc.confidence > out[k].confidence and _same_toll_retold(out[k], inc, out_dated[k], d)
                    or newest_first and _new_toll_above(out[k], inc)):
                # the overview and the detail code one event two ways: the detail (or the surer telling) names
                # its kind
                out[k].event_type, out[k].sub_event_type = inc.event_type, inc.sub_event_type
            if out_digest[k] and not dig and d and out[k].event_date != inc.event_date \
                    and _detailed(out[k], inc, out_dated[k], d):
                out[k].event_date = inc.event_date   # the log's own date of the key point's event
            out[k] = _fold(out[k], inc, out_dated[k], d, blog and not newest_first and _escalates(out[k], inc))
            if out[k].sub_event_type == "Abduction/forced disappearance":
                out[k].arrests = 0   # (those a key point said were detained, taken by an armed group: hostages)
            out_dated[k] = out_dated[k] or d
            if out_summary[k] and not summ and k != len(out) - 1:
                # (a live blog's key point folded into the entry that tells it stands where that entry tells it: the
                # incidents come in the order the blog reports them; a brief's KEY POINTS stay in their own order,
                # which is the brief's)
                for xs in (out, out_dated, out_summary, out_item, out_digest):
                    xs.append(xs.pop(k))
        else:
            out.append(inc)
            out_dated.append(d)
            out_summary.append(summ)
            out_item.append(item)
            out_digest.append(dig)
    return out
