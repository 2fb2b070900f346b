"""Choose an incident's location among the geoparser's toponyms and set ACLED's geo_precision.

The geoparser (sitrep.geo.geoparser, maintained separately) finds and resolves every toponym; this module decides
which one is where the incident happened: the most specific place in or next to the evidence, not the
reference point of "north of X", and the "(admin2, admin1)" hint of ACLED-style notes when present.
"""
from __future__ import annotations

import bisect
import dataclasses
import difflib
import functools
import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from ..geo.candidates import dist_km

from .fastregex import filtered, speed_up

try:  # The geoparser ships separately; without it incidents are still extracted, just not located.
    from sitrep.geo.geoparser import geoparse as _geoparse, lookup_admin as _lookup_admin
    from sitrep.geo.ranked import ranked_cities
except Exception:  # pragma: no cover - depends on the other module being importable
    _geoparse = None
    _lookup_admin = None
    ranked_cities = None

_ADMIN_CODES = {"PCLI", "PCLD", "PCLS", "PCLF", "PCL", "ADM1", "ADM1H", "ADMD", "RGN", "CONT", "TERR", "PCLIX"}
_DISTRICT_CODES = {"ADM2", "ADM3", "ADM4", "ADM5", "ADM2H", "ADM3H"}
_NEAR_BEFORE = re.compile(r"(?:\bnear|\boutside|\baround|\bclose to|\bnorth(?:-?east|-?west)? of|\bsouth(?:-?east|-?west)? of|"
                          r"\beast of|\bwest of|\bkm (?:\w+ )?(?:from|of)|\bkilometres? (?:\w+ )?(?:from|of)|"
                          r"\bmiles? (?:\w+ )?(?:from|of)|\bdirection of|\bvicinity of|\boutskirts of|"
                          r"\brural area of|\bin rural|\bperiphery of|\bsurroundings of|\bborder (?:with|of)|\baxis of|"
                          r"\bfront of|\bbetween)\s+(?:the\s+)?(?:town of\s+|city of\s+|village of\s+|locality of\s+)?$", re.I)
_AREA_AFTER = re.compile(r"^\s*(?:district|county|province|governorate|region|state|department|municipality|"
                         r"township|prefecture|division|sub-?county|commune|cercle|circle|zone|woreda|"
                         r"territory|area|countryside|outskirts|environs|axis|front|border|locality|"
                         r"local government|LGA|tehsil|taluk|mandal)\b", re.I)
# ("The RSF took control of Al Udayyah ..., cutting the road between Al Fulah and Ghubaysh": what was taken)
_IN_BEFORE = re.compile(r"(?:\bin|\bat|\bon|\binto|\bfrom|\btargeting|\bstormed|\bshelled|\bhit|\battacked|"
                        r"\btook (?:full )?control of|\bcaptured|\boverran|\bretook|\brecaptured|\bseized control of)\s+"
                        r"(?:the\s+)?(?:(?:town|city|village|villages|neighbo(?:u)?rhood|district|area|camp|"
                        r"locality|hamlet|settlement|community|commune|suburb|municipality|province|region|"
                        r"governorate|state|county|department|township)\s+(?:of\s+)?)?$", re.I)
# "aircraft struck the village of Marghah" (not "struck the Al-Suwayda site on the outskirts of Marib": the verb's
# object is a place only when the text says what kind)
_STRUCK_TYPED = re.compile(r"\b(?:struck|bombed|raided|targeted|pounded)\s+(?:the\s+)?(?:town|city|village|villages|"
                           r"hamlet|settlement|locality|community)\s+of\s+$", re.I)
# A place name inside the name of a road, river or building is not where the incident is.
_POST_OF_THE_TOWN = re.compile(r"^\s*(?:police (?:post|station|checkpoint)|(?:security |military |army )?(?:post|outpost|"
                               r"checkpoint|barracks|base)|market)\b", re.I)
_FACILITY_AFTER = re.compile(r"^(?:[-–—]\w+)?\s*(?:[-–—]\s*\w+\s*)?(?:\([^()]{1,30}\)\s*)?(?:river|road|highway|street|avenue|bridge|square|"
                             r"stadium|university|hospital|factory|company|office|division|prison|airport|port|"
                             r"station|market|mall|school|college|church|mosque|temple|park|dam|lake|valley|press club|"
                             r"mountains?|border crossing|crossing|people's|team|club|union|party|brigades?|"
                             r"regiment|battalion|militia|forces|army|council|federation|association|front|"
                             r"police (?:post|station|checkpoint)|(?:security |military |army )?(?:post|outpost|checkpoint))\b",
                             re.I)
# "the University of Cauca": a place in an institution's name
_INSTITUTION_OF_BEFORE = re.compile(r"\b(?:University|College|Institute|Academy|Museum|Bank|Polytechnic) of (?:the )?$")
# "travelling from Peshawar to Parachinar": a journey's start, when its end follows (not "a car driving from Sheykh
# Salleh city", shot at on its way out of town)
# "at a stop on Nizhegorodskaya Street": a street named after a place, in the town told
_STREET_NAMED = re.compile(r" (?:Street|Avenue|Boulevard|Lane|Prospekt|Prospect|Highway)\b")
# "armed men entered the town from the Savien side": where they came from, not the scene
_ROAD_NAMED = re.compile(r" (?:road|highway|expressway)\b")
_SIDE_OF_ORIGIN = re.compile(r"\bfrom the $")
_SIDE_AFTER = re.compile(r"\s+(?:side|direction|end)\b")
_ROUTE_START = re.compile(r"\b(?:travell?ing|heading|driving|bound|on (?:its|their|the) way|returning|going) from (?:the )?$",
                          re.I)
_ROUTE_ON = re.compile(r"(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}\s+(?:to|towards?)\s+(?:the\s+)?(?-i:[A-Z])", re.I)
_JUNCTION_AFTER = re.compile(r"^\s*(?:roundabout|junction|interchange|flyover|overpass)\b", re.I)
DESTINATION_BEFORE = _DESTINATION_BEFORE = re.compile(r"\b(?:taken|rushed|evacuated|transferred|shifted|admitted|airlifted|flown|moved|"
                                 r"referred|transported|brought) (?:\w+ ){0,2}to (?:a |the )?(?:\w+ ){0,3}?(?:(?:hospitals?|cent(?:re|er)s?|"
                                 # ("shifted to the District Headquarters Hospital, Bannu")
                                 r"clinics?|health posts?|facilit(?:y|ies))(?: (?:here )?in |, ))?"
                                 # "evacuated by helicopter to Mazamari and then to Lima": each stop of the way
                                 r"(?:(?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)? (?:and )?(?:then |later )?to )?$|"
                                 # "forced them to withdraw towards Kirenowa": where attackers went, not where they struck
                                 # ("about 4,000 people displaced towards Sange and Luvungi": where the displaced went)
                                 r"\b(?:withdr[ae]w\w*|fled|flee\w*|retreat\w*|escaped|pull(?:ed|ing) back|displaced) "
                                 r"(?:\w+ ){0,2}(?:to|towards?|into) (?:the )?(?:(?-i:[A-Z])[\w'’-]+ (?:and|or) )?$|"
                                 # "the minibus, travelling to Karachi, was stopped ... north of Thatta": where a
                                 # vehicle was going, not where it was stopped
                                 r"\b(?:travell?ing|heading|headed|bound|en route) "
                                 r"(?:[\w-]+ ){0,2}?(?:to|for|towards) (?:the )?$|"
                                 # "came in gun trucks from the fringes of Lake Chad": where they came from
                                 # (not "The fighting came a day after armed men abducted five farmers from their
                                 # fields near Batangafo": an event told after "came ... after")
                                 r"\b(?:came|coming|arrived|arriving) (?:(?!after |before )[\w-]+ ){0,8}?from (?:the )?"
                                 r"(?:[\w-]+ ){0,3}$|"
                                 # "had walked from the Marrere resettlement area": where marchers had set out from
                                 r"\bhad (?:walked|marched|trekked) (?:[\w-]+ ){0,3}?from (?:the )?$|"
                                 # "where fighters retreating from Deim Zubeir regrouped": where they left
                                 r"\b(?:retreating|fleeing|withdrawing|escaping) from (?:the )?$|"
                                 # "elders from Qala-e-Naw were sent to mediate", "the victims were traders from
                                 # Nampula": where those sent in, or those passing through, came from
                                 r"\b(?:elders|mediators|delegations?|reinforcements|envoys|negotiators|traders|"
                                 r"merchants|migrants|pilgrims|travell?ers|tourists|visitors) (?:sent )?from (?:the )?$|"
                                 # "a convoy travelling from Peshawar to Parachinar": the ends of the journey, not the spot
                                 # (the start only when the end is told too: `_ROUTE_START`)
                                 r"\b(?:travell?ing|heading|driving|bound|on (?:its|their|the) way|returning|going) "
                                 r"from (?:the )?(?:(?-i:[A-Z])[\w'’-]+ ){1,3}(?:to|towards?|for) (?:the )?$",
                                 re.I)
# "Basra Operations Command", "North Kordofan's health ministry": a body named after its region, not a scene.
_PART_OF_THE_TOWN = re.compile(r"^(?:\s+(?:district|neighbou?rhood|quarter|area))?\s+of the (?:city|town|capital)\b", re.I)
_QUARTER_KM = 12.0   # a quarter of a town lies within this of the town's point
_QUARTER_OF = re.compile(r"\s+(?:area|neighbou?rhood|quarter|barrio|sector|suburb|ward|estate|section) of\s+"
                         r"(?:the\s+)?(?:(?:city|town|capital)\s+of\s+)?", re.I)
_QUARTER_AFTER = re.compile(r"\s+(?:neighbou?rhood|quarter|barrio|sector|suburb|estate|ward)\b", re.I)
_TOWNS_PART_BEFORE = re.compile(r"\bthe (?:city|town|capital)['’]s\s+$", re.I)
_BODY_AFTER = re.compile(r"^(?:['’]s)?\s+(?:(?:state|regional|provincial|local|city|municipal|district|military)\s+){0,2}"
                         r"(?:(?:health|interior)\s+)?(?:operations command|police command|command|ministry|governor|"
                         r"administration|authorities|health department|officials|council|assembly|"
                         # "..., Kisoro district police said": the force that speaks
                         r"police (?:said|say|says|told|confirmed|reported|spokes(?:man|woman|person)|commander|chief))\b", re.I)
# "Basra Operations Command", "the Kabul Police Command": a command named after the region it covers.
_COMMAND_AFTER = re.compile(r"^\s+(?:(?:operations|police|military|regional|joint|axis|sector|front|theatre|theater)\s+)+command\b|"
                            # "The Hiiraan regional security chief said": a region's official speaking, not a scene
                            r"^\s+(?:regional|provincial|district|state|county|municipal)\s+(?:security\s+|police\s+|military\s+)?"
                            r"(?:chief|commander|commissioner|spokes(?:man|woman|person)|official|director|head)\b", re.I)
# "Ukraine's General Staff said", "Russia's Defence Ministry said": a state's institution speaking, not a scene.
_INSTITUTION_AFTER = re.compile(r"['’]s\s+(?:[A-Z][\w-]*\s+){0,3}?(?:General Staff|(?:Defen[cs]e|Foreign|Interior|Health) "
                                r"Ministry|[Mm]inistry of \w+|army|military|armed forces|government|air force|navy|president|"
                                r"prime minister|security service|intelligence agency|coast guard|border guard|embassy|envoy)\b")
# "told journalists in Juba on Monday": where a source spoke, not where the event was.
_HOME_OF_BEFORE = re.compile(r"\([^()]{0,40}\b(?:resident|native) of (?:(?:the )?(?:district|tehsil) (?:of )?)?$", re.I)
_SPOKE_BEFORE = re.compile(r"\b(?:(?:told|briefed|addressed) (?:\w+ ){0,2}(?:journalists|reporters|the press|media)|"
                           r"(?:news|press) conference|briefing|speaking|said in a (?:statement|communiqu[eé]|press release)|"
                           # "Speaking to our correspondent in Bukavu, Bisimwa said ...": where the source spoke
                           r"(?:speaking|talking|spoke|talked) (?:by (?:tele)?phone )?to (?:our|a|an|the) (?:[\w-]+ ){0,2}?"
                           r"(?:correspondent|reporter|journalist|newsroom|station))"
                           r" in $", re.I)
# "as Ankara pressed on with its campaign", "Kyiv does not comment", "as Moscow kept up pressure": a capital that
# stands for its government.
_METONYM_AFTER = re.compile(r"(?:'s? (?:government|forces|army|military|troops|bombardment|campaign|offensive|"
                            r"position|allies|war)|\s+(?:has|have|had|is|was|does|did|pressed|said|says|accused|"
                            r"denied|insists?|wants?|claims?|blamed|warned|urged|announced|regularly|usually|also|"
                            r"responded|retaliated|vowed|rejected|kept|keeps|continued|continues|stepped|steps|"
                            r"intensified|escalated|maintained|maintains|sent|sends|launched|launches))\b")
# Words that type a place named before them ("Saida town", "Ein Issa front", "Quriyeh badia").
_PLACE_TYPES = r"village|town|city|hamlet|area|camp|axis|front(?:line)?|badia|neighbou?rhood|sub-?district"
# "Hirore (Hiroor) village in Al Amadiya district": the alias in parentheses ends the held name's span too.
# ("the Sarai Naurang police station in Lakki Marwat district": the town's station, in the district that holds it)
_GAP_HEAD = rf"(?:\)|\s*\([^()]*\))?(?:\s+(?:{_PLACE_TYPES}|district|police (?:station|post)))?"
_GAP_OF = r"\s+(?:also\s+)?(?:in|of)\s+(?:the\s+)?(?:(?:\w+ern\s+)?(?:countryside|outskirts|suburbs|rural\s+areas?)\s+of\s+|rural\s+"
_CONTAINER_GAP = re.compile(_GAP_HEAD + ",?" + _GAP_OF + r"|(?:municipality|district|province|region|zone|department|"
                            r"state|county|territory|circle|cercle|commune)\s+of\s+)?", re.I)
# The same gap told without a comma or a type word before the name: "Tierra Blanca neighbourhood of Culiacan".
_CONTAINER_GAP_TIGHT = re.compile(_GAP_HEAD + _GAP_OF + ")?", re.I)
_TYPE_WORD = re.compile(rf"\b(?:{_PLACE_TYPES}|district|countryside|outskirts|rural)\b", re.I)
# "the villages of Kubaiba, Mzirir and Mansuriya in the Dibis district": the last of a list, which the district holds
_LIST_ITEM_BEFORE = re.compile(r"(?:,|\band)\s+$")
_CONTAINER_AFTER = re.compile(r"\s+(?:countryside|governorate|province|district|region|zone|department|municipality|"
                              # "Buni Yadi, in Gujba local government area": the names of districts in Nigeria,
                              # Ethiopia, Pakistan, Bangladesh and Uganda
                              r"territory|county|circle|cercle|division|local government(?: area)?|LGA|woreda|tehsil|upazila|"
                              # ("near the village of Dalet in Ann township": Myanmar's)
                              r"sub-?county|township)\b", re.I)
# "near Suarez, in the municipality of Buenos Aires": the container named by its type before its name.
_CONTAINER_BEFORE = re.compile(r"\b(?:municipality|district|province|region|zone|department|county|territory|circle|"
                               r"cercle|commune) of\s+$", re.I)
# "in rural Tal Tamer town": the town's countryside is the scene (not "a man from rural Damascus").
_IN_RURAL = re.compile(r"\bin\s+rural\s+$", re.I)
# ("near Konye, in the Meme department": a department's mention that took its type word in)
_TYPE_TAIL = re.compile(r"\s+(?:region|province|governorate|oblast|state|prefecture|division|county|department|territory|district|"
                        r"municipality|lga)$", re.I)
# ", a village in San José del Guaviare municipality": the writer's word for what the place before it is
_LOCALITY_APPOSITIVE = re.compile(r",\s+an?\s+(?:small\s+|remote\s+|rural\s+|farming\s+|fishing\s+|mining\s+)?"
                                  r"(?:village|hamlet|settlement|locality|town|community)\s+(?:in|of|near|on)\b", re.I)
# ("in Beni territory": a Congolese territoire, named for its town)
_DISTRICT_AFTER = re.compile(r"^\s+(?:commune|district|sub-?district|nahiya|municipality|county|department|sub-county|lga|tehsil|upazila)\b", re.I)
_IN_CONTAINER = re.compile(r",?\s+(?:also\s+)?in\s+(?:the\s+)?(?:neighbou?ring\s+)?", re.I)
_REGION_AFTER = re.compile(r"^\s+(?:region|province|governorate|oblast|state|prefecture|territory|locality)\b", re.I)
# ("Villagers in Monywa Township ... bombed Thetshegan village": Myanmar's township, an area named for its town, beside
# the village the sentence names; not a South African "township", the place itself)
_TOWNSHIP_AFTER = re.compile(r"^\s+(?-i:Township)\b")
_VILLAGE_WORD = re.compile(r"\bvillage\b", re.I)
# (and a bulletin's "From Nariño, our colleagues ... report that gunmen killed a social leader in Iscuandé")
_FRAMING_BEFORE = re.compile(r"(?:^|[.;!?]\s+|\n)\W*(?:(?:meanwhile|elsewhere|separately|further \w+|also),?\s+)?(?:in|from)\s+"
                             r"(?:the\s+)?(?P<typed>(?:[\w-]+\s+)?(?:province|region|state|governorate|department|county|"
                             r"district) of\s+)?$", re.I)
_FRAMING_AFTER = re.compile(r"\s*(?:state|region|province|department|governorate|district|county|territory)?\s*,")
_SAME_PLACE_APPOSITIVE = re.compile(r"\s*,\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}(?:city|town|capital|village)\b", re.I)
_LANDMARK_AFTER = re.compile(r"\s+(?:hotel|restaurant|caf[eé]|building|junction|roundabout|bazaar|hall|tower|palace|"
                             r"compound|street|road)\b", re.I)
_HINT = re.compile(r"\(([^()]{2,80})\)")
# ACLED notes name the spot they coded: "(coded to Mokambo, Mahagi, Ituri)", "Coded as provincial capital X".
_CODED_BEFORE = re.compile(r"\bcoded (?:to|as|at|in) (?:the )?(?:(?:provincial|regional|district|territory|state|"
                           r"county) )?(?:capital,? )?(?:of )?$", re.I)


# "Haradh (coded to district level) (Hajjah)": the name before the remark is the spot coded.
_CODED_AFTER = re.compile(r"(?:\s+(?:district|town|city|village))?\s*\(coded (?:to|at|as) (?:the )?(?:district|town|city)"
                          r"(?: level| capital)?\)", re.I)


@dataclass
class Place:
    name: str
    admin1: str | None
    admin2: str | None
    country_iso2: str | None
    country: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    geonames_id: int | None
    feature_code: str | None


_CHUNK = 20_000  # the geoparser weighs every pair of places: keep each call to an article's length


def geoparse_text(text: str, country_hint: str | None = None) -> list[Any]:
    """Resolved, non-demonym toponyms sorted by offset; long texts are parsed in paragraph-aligned chunks."""
    if _geoparse is None:
        return []
    out: list[Any] = []
    for base, chunk in _chunks(text):
        try:
            found = _geoparse(chunk, country_hint)
        except Exception:  # a geoparser failure must not lose the incident
            continue
        for t in found:
            if getattr(t, "latitude", None) is None or getattr(t, "is_demonym", False):
                continue
            out.append(dataclasses.replace(t, start=t.start + base, end=t.end + base) if base else t)
    out.sort(key=lambda t: t.start)
    return ranked_cities(text, out) if ranked_cities is not None else out


def _chunks(text: str) -> list[tuple[int, str]]:
    if len(text) <= _CHUNK:
        return [(0, text)]
    chunks = []
    start = 0
    while start < len(text):
        end = min(len(text), start + _CHUNK)
        if end < len(text):
            cut = text.rfind("\n", start + _CHUNK // 2, end)
            end = cut + 1 if cut > 0 else end
        chunks.append((start, text[start:end]))
        start = end
    return chunks


def in_span(toponyms: list[Any], starts: list[int], s0: int, s1: int) -> list[Any]:
    """Toponyms inside [s0, s1) of a list sorted by start (`starts` its start offsets)."""
    lo = bisect.bisect_left(starts, s0)
    hi = bisect.bisect_left(starts, s1)
    return [t for t in toponyms[lo:hi] if t.end <= s1]


@functools.lru_cache(maxsize=8192)  # pure, and the same place and region names come back sentence after sentence
def _norm(s: str | None) -> str:
    s = unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().lower()
    s = re.sub(r"^(?:al|el|ad|an|ar|as|at|az)[ -]", "", s.strip())
    s = re.sub(r"\b(?:oblast|province|governorate|region|state|district|department|county|prefecture|territory|"
               r"municipality|city|township|division|muhafazat|wilayah|ostan)\b", "", s)
    return re.sub(r"[^a-z]", "", s)


def same_admin(a: str | None, b: str | None) -> bool:
    """Admin names compared loosely: accents, generic words and adjectival endings ("Donetska") ignored."""
    x, y = _norm(a), _norm(b)
    if not x or not y:
        return False
    if x == y or (min(len(x), len(y)) >= 4 and (x.startswith(y) or y.startswith(x))):
        return True
    return min(len(x), len(y)) >= 4 and difflib.SequenceMatcher(None, x, y).ratio() >= 0.8


def _hints(text: str) -> list[str]:
    out: list[str] = []
    for m in _HINT.finditer(text):
        inner = m.group(1)
        if re.search(r"\d|size=|coded|as reported|week of|[a-z]{2,} [a-z]{2,} [a-z]{2,} [a-z]{2,}", inner):
            continue
        out.extend(p.strip() for p in inner.split(",") if p.strip())
    # "shelled Pokrovske, Donetsk." / "in Zacatecas, Zacatecas": the name after the comma is the region.
    for m in re.finditer(r"[A-Z][\w'-]+(?: [A-Z][\w'-]+)?, ([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)(?: region| oblast| province)?"
                         r"(?=[.;)]|\s*$| \[|, (?:Casualties|killing|injuring|wounding))", text):
        out.append(m.group(1))
    return out


# Asked of every place in a sentence (compiled once, not looked up in re's cache each time).
_BEARING_OF_BEFORE = re.compile(r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|"
                                r"north-west|south-east|south-west)\s+of\s+$")
# "near the town of Afgooye ..., about 30 kilometres from Mogadishu": a distance from the town after a named spot.
_DISTANCE_FROM_BEFORE = re.compile(r"\b(?:km|kilomet(?:re|er)s?|miles?)\s+(?:\w+\s+)?(?:from|of)\s+(?:the\s+)?"
                                   r"(?:capital,?\s+)?$", re.I)
_FAR_DISTANCE = re.compile(r"\b(\d{2,4})\s*(?:km|kilomet(?:re|er)s?|miles?)\s+(?:\w+\s+)?from\s+(?:the\s+)?"
                           r"(capital,?\s+)?$", re.I)


def far_from(before: str) -> bool:
    """Whether the text before a town tells it is only a far bearing: "100 kilometres from the capital
    Ouagadougou" (40 km or more from a capital, 80 from another town; not "40 km west of Iskushuban", the
    nearest town a spot is told from, which ACLED codes)."""
    m = _FAR_DISTANCE.search(before)
    return m is not None and int(m.group(1)) >= (40 if m.group(2) else 80)


# "the port of al-Salif, north of the city of Hodeidah": the town the place just named is told from.
# (or "residents of Drouin, near Grande Saline, lynched two men": the town it lies by)
_BEARING_APPOSITIVE_BEFORE = re.compile(r",\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|near|close to|"
                                        r"not far from)\s+"
                                        r"(?:the\s+)?(?:(?:capital|city|town|port)(?:,|\s+of)?\s+)?$", re.I)
# An attribution: the place after it is where the source sits, not the scene.
SOURCE_BEFORE = re.compile(r"\baccording to (?:an?|the|one|two|three|several|local)\b[^,;.()\"“”]{0,70}\b(?:in|at|from)\s+"
                            r"(?:the\s+)?$|"
                            # "The spokesman for the police command in Zambézia, Sidónio Muianga, said": who speaks
                            r"\b(?:spokes(?:man|woman|person)|head|chief|director) (?:of|for) the (?:[\w-]+ ){0,3}(?:command|"
                            r"police|office|administration|department|ministry|directorate) (?:in|of|for) (?:the\s+)?$|"
                            # "said a senior officer of Murshidabad police district": the force the officer serves
                            r"\b(?:said|told|according to) (?:an?|the) (?:senior |junior |police |local )?(?:officer|official|"
                            r"officials|superintendent|spokes(?:man|woman|person)) (?:of|from|in) (?:the\s+)?$|"
                            # "A military source in Bamenda ... said": where the source sits
                            r"\b(?:(?:an?|the|one) (?:[\w-]+ ){0,2}source|(?:[\w-]+ ){0,2}sources) (?:based )?in\s+(?:the\s+)?$", re.I)
# "Our correspondent in Kalemie reports that clashes ... near Ankoro": where the reporter sits, when the sentence names
# another place (alone, it is the scene: "Our correspondent in Kuhdasht says security forces have raided homes")
_REPORTER_IN_BEFORE = re.compile(r"\b(?:correspondents?|reporters?|stringers?) (?:based )?in\s+(?:the\s+)?$", re.I)
# "Batibo subdivision": an administrative unit named by its type word
_UNIT_AFTER = re.compile(r"\s+(?:district|county|province|governorate|region|state|department|municipality|township|"
                         r"prefecture|division|sub-?division|arrondissement|sub-?county|commune|cercle|woreda|"
                         r"territory|tehsil|LGA|local government)\b", re.I)
_IN_OPENING = re.compile(r"\W*(?:and |also |meanwhile, )?in\s+(?:the\s+)?", re.I)
_FORCE_IN_BEFORE = re.compile(r"\b(?:police|officials|authorities|prosecutors|investigators) (?:in|at)\s+$", re.I)
_FORCE_TELLS_AFTER = re.compile(r"\s+(?:said|say|says|told|reported|report|confirmed|(?:are|were|is|was) "
                                r"(?:investigating|probing|looking into))\b", re.I)
_SOURCE_SAID_AFTER = re.compile(r",\s+(?:an?|the|one) (?:[\w-]+ ){0,3}(?:source|official|officer|spokes(?:man|woman|person)|"
                                r"resident|commander|administrator|witness)s? (?:said|says|told)\b", re.I)
_POSSESSIVE = re.compile(r"['’]s?\s")
BORDER_WITH = re.compile(r"\bborder (?:with|of)\s+(?:the\s+)?$", re.I)
_ADMIN_HINT_AFTER = re.compile(r"\s*(?:village|town|city|area)?\s*\((?![^)]*\b(?:coded|as reported)\b)[^()]*,")


# ("The march in Ankara has ended peacefully": after "in", a capital is the city, not its government)
_PLACE_PREP_BEFORE = re.compile(r"\b(?:in|at|near|outside)\s+$", re.I)
_SECOND_EVENT = re.compile(r",? and (?:by |at |over |about )?(?:the|a|an) (?:[\w-]+ ){0,2}?(?:detention|arrest|abduction|"
                           r"kidnapping|killing|murder|attack|shelling|bombing|disappearance)s?\b", re.I)
_UNDER_STATION = re.compile(r"\bunder (?:the )?$", re.I)
_STATION_AFTER = re.compile(r"\s+(?:Police Station|PS|[Tt]hana|Model Thana)\b")
# "Patgram upazila", "Saba Yoi district": a town's name told as its unit, in the mention or right after it.
_UNIT_TOLD = re.compile(r"(?:[\w'’-]+[ -]){1,3}(?:district|upazila|tehsil|township|county|local government area|lga|"
                        r"sub-?district|municipality|commune)\b", re.I)


def choose_location(text: str, span: tuple[int, int], toponyms: list[Any], evidence_start: int) -> Place | None:
    """The incident's place among `toponyms` (document offsets) inside `span` (the incident's sentences)."""
    s0, s1 = span
    # "taken to Mogadishu for treatment": where victims went, not where the incident was.
    inside = [t for t in toponyms if s0 <= t.start and t.end <= s1
              and not _DESTINATION_BEFORE.search(text[max(s0, t.start - 80):t.start])
              and not ((t.feature_code or "").upper() == "PPLC" and _METONYM_AFTER.match(text[t.end:t.end + 30])
                       and not _PLACE_PREP_BEFORE.search(text, max(0, t.start - 6), t.start))
              and not _SPOKE_BEFORE.search(text[max(s0, t.start - 50):t.start])
              # ("Naik Ghulam Mustafa (age 29 years, resident of District Khanewal)": a soldier's home district)
              and not _HOME_OF_BEFORE.search(text, max(s0, t.start - 70), t.start)
              and not (_ROUTE_START.search(text[max(s0, t.start - 40):t.start]) and _ROUTE_ON.match(text, t.end))
              and not _COMMAND_AFTER.match(text[t.end:t.end + 30])
              and not (_SIDE_OF_ORIGIN.search(text, max(s0, t.start - 10), t.start) and _SIDE_AFTER.match(text, t.end))
              and not _STREET_NAMED.match(text, t.end)
              # ("set tyres ablaze on the Sokoto road", in Zaria: a road named for where it leads)
              and not (text[max(0, t.start - 4):t.start].lower() == "the " and _ROAD_NAMED.match(text, t.end))
              and not ((t.feature_code or "").upper().startswith("PCL") and _INSTITUTION_AFTER.match(text, t.end))
              # ("the Armed Forces of Mali (FAMa)": a body's short name in brackets, not the Brazilian town Fama)
              and not _short_name_in_brackets(text, t)]
    if not inside:
        return None
    # "killed a couple in the Donetsk region, ..., as Moscow again warned it would strike ... in Kyiv": the places of
    # a threat told beside the event, once the sentence has placed it
    threats = [m for m in _THREAT_CLAUSE.finditer(text, s0, s1) if any(s0 <= o.start < m.start() for o in inside)] \
        if len(inside) > 1 and "," in text[s0:s1] else ()
    if threats:
        inside = [t for t in inside if not any(m.start() < t.start < m.end() for m in threats)]
    # The only place named is the place, whatever its score: the scores only rank several.
    best = inside[0] if len(inside) == 1 else _best_scored(text, s0, s1, inside, evidence_start)
    # "the villages of A, B and C in the D district": several places in a list, coded to their district.
    # (not "at Bunagana, on the border with DR Congo": a country is no item of a list of villages)
    listed = [o for o in inside if o is not best and 0 <= o.start - best.end <= 40
              and not _encloses(o, best) and (o.country_iso2 == best.country_iso2 or not o.country_iso2 or not best.country_iso2)
              and not (o.feature_code or "").upper().startswith("PCL")
              # (not the unit that holds it: "in Guzang, Batibo subdivision, Momo division")
              and not _UNIT_AFTER.match(text, o.end)
              # (not an apposition: "at Tinto, the headquarters of Upper Bayang subdivision")
              and re.fullmatch(r"[\s,]*(?:and\s+)?|(?:,\s*(?!(?:the|a|an)\s)[^,]{1,25})*,?\s*(?:and\s+)?",
                               text[best.end:o.start])]
    if listed:
        # The district the list is coded to: one the text names as such, not the stand-in region of an
        # unknown name elsewhere in the sentence.
        district = [o for o in inside if getattr(o, "in_gazetteer", True) and (
            (o.feature_code or "").upper() in _DISTRICT_CODES or _AREA_AFTER.match(text[o.end:o.end + 25]))]
        district = [o for o in district if o is not best and o not in listed]
        if district:
            best = district[0]
    best = _finer_hint_town(text, best, inside)
    if (best.feature_code or "").upper().startswith("PPL") and _norm(getattr(best, "gazetteer_name", None) or best.name) \
            != _norm(best.name):
        # "in Ganjam district (coded as Ganjam, Odisha)": a town read through an alias (Brahmapur, once "Ganjam")
        # that is the very name of a district the span names is that district
        best = next((o for o in inside if (o.feature_code or "").upper() in _ADMIN_CODES | _DISTRICT_CODES
                     and _norm(getattr(o, "gazetteer_name", None) or o.name) == _norm(best.name)), best)
    town = _stated_distance_town(text, best, inside)
    if town is not None:
        # "Um Sumeima, about 30 km west of El Obeid", the gazetteer's Um Sumeima 63 km away: another place of that
        # name; the town it is told from stands in (precision 2), as ACLED codes a village it cannot find.
        return dataclasses.replace(_to_place(text, town, s0), geo_precision=2)
    place = _to_place(text, best, s0)
    return _as_region_if_qualifier(text, best, inside, place)


_ROAD_WORD = r"\s+(?:axis|road|highway|route|corridor|motorway)\b"
_ROAD_FROM = re.compile(r"[–—-](?:[A-Z][\w'’.-]*\s?){1,3}?" + _ROAD_WORD)
_ROAD_TO = re.compile(_ROAD_WORD)


def _road_end(text: str, t: Any) -> bool:
    """Whether a place is named only as an end of a road ("the Berbérati–Gamboula axis")."""
    return bool(_ROAD_FROM.match(text, t.end)) or (t.start > 0 and text[t.start - 1] in "–—-"
                                                      and bool(_ROAD_TO.match(text, t.end)))


def _rival_scene(text: str, s0: int, o: Any, t: Any) -> bool:
    """Whether a place ``o`` named earlier in the sentence could be the scene that a later "north of X" or "20 km from
    X" (``t``) takes its bearing from: not where a source sits, nor a country or region in a group's name ("According
    to a military source in Bambari, elements of the Union for Peace in Central Africa attacked ... a village some
    twenty kilometres north of Ippy": Ippy is the scene's own bearing), nor the district X lies in ("Ansongo cercle:
    ... on the road about 8 km north of Labi")."""
    return not SOURCE_BEFORE.search(text, max(s0, o.start - 90), o.start) \
        and not (o.feature_code or "").upper().startswith(("CONT", "RGN", "PCL")) and not _names_district_of(o.name, t)


def _best_scored(text: str, s0: int, s1: int, inside: list[Any], evidence_start: int) -> Any:
    """The likeliest scene among several places of the span [s0, s1): each scored by the words around it."""
    hints = {_norm(h) for h in _hints(text[s0:s1])}
    regions = {t.admin1 for t in inside if (t.feature_code or "").upper() in ("ADM1", "ADM2") and t.admin1}
    best = None
    best_score = -1e9
    for t in inside:
        before = text[max(s0, t.start - 45):t.start]
        # A mention that took its type word in ("the Timbuktu region") is read as if the word came after it.
        tail = _TYPE_TAIL.search(text, t.start, t.end)
        after = (tail.group(0) if tail else "") + text[t.end:t.end + 25]
        code = (t.feature_code or "").upper()
        score = 0.0
        if code in _ADMIN_CODES:
            score -= 4
        elif code in _DISTRICT_CODES:
            score -= 0.5
        if _SECOND_EVENT.search(text, s0, t.start):
            score -= 2.5  # "alarmed by the killing of eight villagers near Goundi ..., and by the detention on Monday of
            # our monitor in Moïssala": the place of the second event told, not of the first
        if _UNDER_STATION.search(before) and _STATION_AFTER.match(after):
            score += 2  # "a village under Lalmohan Police Station": the thana, the area policed from that town
        elif (_FACILITY_AFTER.match(after) or _INSTITUTION_OF_BEFORE.search(before)) and not (
                _POST_OF_THE_TOWN.match(after) and code.startswith("PPL") and any(
                    o.start > t.end and o.country_iso2 == t.country_iso2 and same_admin(o.admin1, t.admin1)
                    and (o.feature_code or "").upper() in _DISTRICT_CODES | {"ADM1"} for o in inside)):
            score -= 2  # (also "students of the University of Cauca marched ... in Popayán": a school's name)
            # (not "the Matta police station in Swat": the town's post, in the district named after it)
        if _LOCALITY_APPOSITIVE.match(text, t.end):
            score += 2.5  # "the community action board of Charras, a village in San José del Guaviare municipality":
            # the writer stops to say what the place is; the scene, whatever institution it is named in
        if _JUNCTION_AFTER.match(after) and any(o is not t and o.start < t.start and (o.feature_code or "").upper()
                                                .startswith("PPL") for o in inside):
            score -= 2  # "the streets of Makurdi ... at the Wurukum roundabout": a landmark of the town told, not a
            # namesake village (but "at Nkpor junction, near Onitsha": the junction's own town, Onitsha its bearing)
        if _BODY_AFTER.match(after):
            score -= 2.5
        if _PART_OF_THE_TOWN.match(after) or _TOWNS_PART_BEFORE.search(before):
            score -= 3  # "the Salah district of the city", "the city's Abbasia Town": a quarter of the town told
            # before, not a namesake
        if code not in _ADMIN_CODES and (_REGION_AFTER.match(after) or _TOWNSHIP_AFTER.match(after)
                                         and _VILLAGE_WORD.search(text, s0, s1)):
            score -= 3  # "in Qaraghandy region": the region, whatever town shares its name
        elif code not in _ADMIN_CODES and _DISTRICT_AFTER.match(after) and any(
                o.end <= t.start and (o.feature_code or "").upper().startswith("PPL")
                and _IN_CONTAINER.fullmatch(text, o.end, t.start)
                and not _LIST_ITEM_BEFORE.search(text, max(s0, o.start - 6), o.start) for o in inside):
            score -= 3  # "on the outskirts of Founougo, in Banikoara commune": the commune that holds the town told
        # "in Malabar, Arima": a namesake abroad of a place that the name after the comma locates.
        nxt = next((o for o in inside if o.start > t.start), None)
        if nxt is not None and _COMMA_GAP.fullmatch(text, t.end, nxt.start) and nxt.country_iso2 and \
                t.country_iso2 != nxt.country_iso2 and (nxt.feature_code or "").upper() not in _ADMIN_CODES - {"ADM1"}:
            score -= 5
        if t.name.isupper() and len(t.name) <= 5:
            score -= 2  # acronyms (unions, parties) the gazetteer happens to contain
        # "Pokrovske, Donetsk" / "At Tarmiyah district, Baghdad": the second name places the first.
        prev = [o for o in inside if o is not t and o.end <= t.start and t.start - o.end <= 25]
        if prev and re.fullmatch(r"(?:\s+(?:district|province|county|region|governorate|township|municipality|"
                                 r"city|town|village|area|state|oblast))?\s*,\s*", text[prev[-1].end:t.start], re.I):
            score -= 1.5
        if (_IN_BEFORE.search(before) or _IN_RURAL.search(before) or (
                _STRUCK_TYPED.search(before) and getattr(t, "in_gazetteer", True))) \
                and not SOURCE_BEFORE.search(text, max(s0, t.start - 90), t.start):
            score += 2   # (not "a military source in Bambari": the "in" of where the source sits)
        # "Sfuhen town in Idleb countryside", "Bara in Idleb governorate": the region after "in" holds the place
        # named before it.
        held = [o for o in inside if o is not t and o.end <= t.start and t.start - o.end <= 60]
        if held and _CONTAINER_GAP.fullmatch(text, held[-1].end, t.start) and getattr(held[-1], "in_gazetteer", True) \
                and not (code in _DISTRICT_CODES and _LIST_ITEM_BEFORE.search(text, max(s0, held[-1].start - 6),
                                                                              held[-1].start)) and (
                _TYPE_WORD.search(text, held[-1].end, t.start) or _CONTAINER_AFTER.match(after)
                or _CONTAINER_BEFORE.search(text, held[-1].end, t.start)) and (
                not t.admin1 or (held[-1].country_iso2 == t.country_iso2 and same_admin(held[-1].admin1, t.admin1))
                or _in_city_countryside(t, held[-1], after)) \
                and not ((held[-1].feature_code or "").upper() in _ADMIN_CODES | _DISTRICT_CODES
                         and _TYPE_OF_END.search(text, held[-1].end, t.start)) \
                and not (_QUARTER_OF.fullmatch(text, held[-1].end, t.start) and code.startswith("PPL")):
            score -= 2.5  # (unless the name before is a namesake elsewhere: then the container is the place)
            # ("the West Bank city of Nablus": the region's city, named after it, is the place)
        if held and code.startswith("PPL") and _QUARTER_OF.fullmatch(text, held[-1].end, t.start) \
                and (_IN_BEFORE.search(text[max(s0, held[-1].start - 45):held[-1].start]) or _IN_RURAL.search(
                    text[max(s0, held[-1].start - 45):held[-1].start])):
            score += 2  # "in the Kotla Saidan area of Dera Ismail Khan": the town is where it happened
        # "the Tierra Blanca neighbourhood of Culiacan": a name its container does not hold is a namesake elsewhere.
        container = next((o for o in inside if o.start > t.end and o.start - t.end <= 60), None)
        if container is not None and _QUARTER_OF.fullmatch(text, t.end, container.start) \
                and (container.feature_code or "").upper().startswith("PPL") and getattr(container, "in_gazetteer", True) \
                and t.latitude is not None and container.latitude is not None \
                and _km(t.latitude, t.longitude, container.latitude, container.longitude) > _QUARTER_KM:
            score -= 3  # "the Juvenat area of Pétion-Ville" read as a village 20 km away: the quarter is of the town
        if container is not None and _CONTAINER_GAP_TIGHT.fullmatch(text, t.end, container.start) and container.admin1 \
                and (container.country_iso2 != t.country_iso2 or not same_admin(t.admin1, container.admin1)):
            score -= 3
        if code.startswith("PCL") and _POSSESSIVE.match(text, t.end) and any(
                o.start > t.end and o.start - t.end <= 30 for o in inside):
            score -= 3  # "in Nigeria's central Plateau state": the country holds the place named after it
        elif _POSSESSIVE.match(text, t.end) and any(
                o.start > t.end and o.start - t.end <= 30 and o.country_iso2 == t.country_iso2 and t.admin1
                and same_admin(o.admin1, t.admin1) and ((o.feature_code or "").upper() in ("ADM2", "ADM3")
                                                         or _UNIT_TOLD.match(text, o.start, min(len(text), o.end + 25)))
                and None not in (o.latitude, t.latitude) and _km(*_point(o), *_point(t)) > _QUARTER_KM for o in inside):
            score -= 3  # "In Songkhla's Saba Yoi district": the province holds the district named after it (not
            # "Aden's Crater district", a district of the city itself)
        if _road_end(text, t) and any(not _road_end(text, o) for o in inside if o is not t):
            score -= 2  # "Clashes near Gamboula; movements on the Berbérati–Gamboula axis suspended": a road's end
        if _NEAR_BEFORE.search(before):
            score += 0.5
            if code.startswith("PCL") and BORDER_WITH.search(before) and len(inside) > 1:
                score -= 3  # "in Tillaberi region near the border with Burkina Faso": the neighbour is no scene
        # "In Kachin State, fighting continued on the outskirts of Bhamo", "Meanwhile, in Mindanao, ... in
        # Cotabato City": the opening "In X," sets the region; the scene is the place named after it.
        framing = _FRAMING_BEFORE.search(text, max(0, t.start - 60), t.start)
        if framing and _FRAMING_AFTER.match(after) and any(
                o.start > t.end and o.country_iso2 == t.country_iso2 and getattr(o, "in_gazetteer", True)
                and (o.feature_code or "").upper() not in _ADMIN_CODES
                and (not same_admin(o.admin1, t.admin1) or (t.feature_code or "").upper() in _ADMIN_CODES | _DISTRICT_CODES
                     or framing.group("typed")   # "In the neighbouring province of Shabwa, ... in Ataq"
                     # ("Also in Zacatecas, ... in Valparaíso": a capital named as its state is the state)
                     or bool(t.admin1) and same_admin(t.name, t.admin1))
                and not _SAME_PLACE_APPOSITIVE.match(text, t.end)
                and not _FACILITY_AFTER.match(text[o.end:o.end + 25]) and not _LANDMARK_AFTER.match(text, o.end)
                and not _QUARTER_AFTER.match(text, o.end)   # "In Caucasia, ... in the Pueblo Nuevo neighbourhood"
                for o in inside):
            score -= 2.5
        # "in Tarmiyah, north of Baghdad": the reference point after the place is not the place.
        # (not the town of the district named before: "Balama district: ... in a village about 25 km east of Balama")
        if _BEARING_OF_BEFORE.search(before) and any(
                o is not t and o.start < t.start and o.start >= s0 and _rival_scene(text, s0, o, t)
                and not ((o.feature_code or "").upper() in _DISTRICT_CODES and same_admin(o.name, t.name))
                # ("In Niger State, ... in the hills west of Kuta": the state that holds the bearing is no rival scene)
                and not ((o.feature_code or "").upper() in _ADMIN_CODES and t.admin1 and same_admin(o.admin1 or o.name,
                                                                                                t.admin1))
                for o in inside):
            score -= 3
        if _PURPOSE_BEFORE.search(text, max(s0, t.start - 120), t.start) and any(
                o.start < t.start and o.start >= s0 and not (o.feature_code or "").upper().startswith("PCL") for o in inside):
            score -= 2.5  # "... at Liberty Square (Taipei) to condemn violence committed in Bucha": what a protest is
            # about, after the place where it was held
        if SOURCE_BEFORE.search(text, max(s0, t.start - 90), t.start) or _REPORTER_IN_BEFORE.search(
                text, max(s0, t.start - 40), t.start):
            score -= 2.5  # "according to an official of the transporters' union in Timbuktu": where the source is
        elif _IN_OPENING.fullmatch(text, s0, t.start) and _SOURCE_SAID_AFTER.match(text, t.end) and any(
                o.start > t.end and (o.feature_code or "").upper().startswith("PPL") for o in inside):
            score -= 2.5  # "In Mueda, a military source said troops clashed with insurgents near Ngapa": the source's
        elif _FORCE_IN_BEFORE.search(text, max(s0, t.start - 40), t.start) and _FORCE_TELLS_AFTER.match(text, t.end) \
                and any(o.start > t.end and (o.feature_code or "").upper().startswith("PPL") for o in inside):
            score -= 2.5  # "Police in Kaabong are investigating the rape of two women ... at Karenga": the force that
            # tells, where it sits; the scene is the town named after
        if _DISTANCE_FROM_BEFORE.search(before) and (any(
                o is not t and o.start < t.start and o.start >= s0 and (o.feature_code or "").upper() not in _ADMIN_CODES
                and _rival_scene(text, s0, o, t)
                and (o.feature_code or "").upper() not in _DISTRICT_CODES for o in inside) or far_from(before)):
            # ("a military post in Plateau-Central region, barely 100 kilometres from the capital Ouagadougou": a
            # town that far is only the reader's bearing)
            score -= 3
        bearing = _BEARING_APPOSITIVE_BEFORE.search(before)
        if bearing and any(o is not t and o.end == t.start - len(before) + bearing.start() and getattr(o, "in_gazetteer", True)
                           and (o.feature_code or "").upper() not in _ADMIN_CODES | _DISTRICT_CODES for o in inside):
            score -= 3
        # ACLED style "in Kongo (Oyam, Northern)": the place is the name right before the admin hint.
        if _ADMIN_HINT_AFTER.match(after) or \
                _admin_in_parens(text, t, inside):
            score += 0.7
        elif _norm(t.name) in hints and text[max(s0, t.start - 1):t.start] in ("(", " ") and \
                re.search(r"\([^()]*$", text[max(s0, t.start - 40):t.start]):
            score -= 1  # a name inside the "(admin2, admin1)" hint is the admin area, not the place
        if hints:
            if any(same_admin(t.admin1, h) or same_admin(t.admin2, h) for h in hints):
                score += 1.5
            elif t.admin1 and any(o is not t and _norm(o.name) not in hints and any(same_admin(o.admin1, h) for h in hints)
                                  for o in inside):
                score -= 2  # "in Matinha municipality (Maranhao) ... in Olho d'Agua village": a namesake in another state

        if (_CODED_BEFORE.search(before) or _CODED_AFTER.match(text, t.end)) and getattr(t, "in_gazetteer", True) \
                and code not in _ADMIN_CODES and (not regions or any(same_admin(t.admin1, r) for r in regions)):
            score += 4  # the spot ACLED coded, unless it is a namesake outside the regions the note names
        if _LABEL_COLON.match(text, t.end) and not text[s0:t.start].strip(" \t•-–—*") and any(
                o.start > t.end and (o.feature_code or "").upper().startswith("PPL")
                and _TYPED_VILLAGE_AFTER.match(text, o.end) for o in inside):
            score -= 2.5  # "Kutum: On 4 April, RSF fighters entered Sangerfut village": the entry's label, the
            # village it tells of the scene
        elif _LOG_LABEL_BEFORE.fullmatch(text, s0, t.start) and _LOG_LABEL_AFTER.match(text, t.end) and any(
                o.start > t.end and (o.feature_code or "").upper().startswith("PPL") and o is not t
                and _names_district_of(t.name, o) for o in inside):
            score -= 2.5  # "18 OCT - Sama (Taiz): A drone struck a forward position ... at Hawrah": the log's label
            # is the district, the town it tells of (in that district) the scene
        if t.start < evidence_start + 200:
            score += 0.5
        score -= (t.start - s0) / 300.0  # the first place named is usually the scene
        if getattr(t, "in_gazetteer", True):
            score += 0.3
        if score > best_score:
            best, best_score = t, score
    return best

_LABEL_COLON = re.compile(r"\s*:\s")
# A log entry's label: "18 OCT - Sama (Taiz): ...", "12/04 – Kutum: ..."
_LOG_LABEL_BEFORE = re.compile(r"[\s•*–—-]*(?:\d{1,2}(?: [A-Za-z]{3,9}\.?|/\d{1,2}(?:/\d{2,4})?)\s*[-–—:]\s*)?")
_LOG_LABEL_AFTER = re.compile(r"(?:\s+(?:cercle|district|county|department|province|region|territory|township|"
                              r"governorate|municipality|commune|locality|LGA|area))?(?:\s*\([^()\n]{2,60}\))?\s*:\s")


def _short_name_in_brackets(text: str, t: Any) -> bool:
    """Whether the place is a word in brackets after a name, spelled like an acronym ("FAMa", "MINUSMA", "FARDC")."""
    if t.start == 0 or text[t.start - 1] != "(" or text[t.end:t.end + 1] != ")":
        return False
    word = text[t.start:t.end]
    return " " not in word and len(word) <= 8 and sum(c.isupper() for c in word) >= 2 \
        and bool(re.search(r"[A-Z][\w'’-]*\s*$", text[max(0, t.start - 40):t.start - 1]))


def _names_district_of(name: str, o: Any) -> bool:
    """Whether ``name`` is the district the gazetteer puts the place ``o`` in ("Sama" for Hawrah)."""
    return district_bears(getattr(o, "admin2", None), name)


def district_bears(district: str | None, name: str | None) -> bool:
    """Whether the gazetteer's district name ("Departement de Ouallam", "Sama") bears the place name ``name``."""
    if not district or not name:
        return False
    own, words = _words(name), _words(district)
    if len(own) == 1 and len(own[0]) >= 6:
        # (one letter apart: the district "Kyaunkpyu" of the town "Kyaukpyu", two romanisations of one name)
        return any(_one_edit(own[0], w) for w in words)
    return bool(own) and any(words[k:k + len(own)] == own for k in range(len(words) - len(own) + 1))


def _one_edit(a: str, b: str) -> bool:
    """Whether two words are equal or one letter inserted, dropped or changed apart."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def _words(x: str) -> list[str]:
    return re.findall(r"[a-z]+", unicodedata.normalize("NFKD", x).encode("ascii", "ignore").decode().lower())


_TYPED_VILLAGE_AFTER = re.compile(r"\s+(?:village|hamlet|settlement|locality)\b", re.I)
_PURPOSE_BEFORE = re.compile(r"\b(?:to (?:condemn|denounce|protest|demand|mourn|commemorate|remember)|in (?:solidarity|"
                             r"support) (?:with|of)|condemning|denouncing|protesting|demanding|calling for|"
                             # ("kidnapped an engineer near Rudum and demanded the release of a relative detained in
                             # Aden": what the captors want, where that relative is)
                             r"and demanded)\b[^.;(),]{0,70}$",
                             re.I)


# ", as Moscow again warned it would strike "decision-making centres" in Kyiv": a threat told beside the event, after
# the sentence has placed it
_THREAT_CLAUSE = re.compile(r",\s+(?:as|while|amid)\s+[^,;.]{0,60}?\b(?:warn(?:ed|s|ing)|threaten(?:ed|s|ing)|vow(?:ed|s|ing)|"
                            r"pledg(?:ed|es|ing)|promis(?:ed|es|ing))\b[^;.]{0,120}", re.I)


def _in_city_countryside(city: Any, place: Any, after: str) -> bool:
    """ "Sa'sa, also in the Damascus countryside": a city's countryside is the province around it, which may be
    another province than the city's own (Rif Dimashq around Damascus); the place lies within its reach."""
    return bool(_COUNTRYSIDE_AFTER.match(after)) and city.country_iso2 == place.country_iso2 \
        and None not in (city.latitude, place.latitude) \
        and _km(city.latitude, city.longitude, place.latitude, place.longitude) < 100


_COUNTRYSIDE_AFTER = re.compile(r"\s+countryside\b", re.I)


_COMMA_GAP = re.compile(r",\s*")
_PAREN_AFTER = re.compile(r"\s*(?:village|town|city|area|municipality|township)?\s*\(")


def _admin_in_parens(text: str, t: Any, inside: list[Any]) -> bool:
    """"in La Plata (Buenos Aires)": a single region in the parentheses right after the name places it too."""
    m = _PAREN_AFTER.match(text[t.end:t.end + 25])
    if not m:
        return False
    if not getattr(t, "in_gazetteer", True) or \
            re.search(r"(?:\b(?:and|or)|,|\w -)\s+$", text[max(0, t.start - 6):t.start]):
        return False  # "Haradh and Abs districts (Hajjah)": the region is the whole list's
    pos = t.end + m.end()
    return any(o.start == pos and _encloses(o, t) and getattr(o, "in_gazetteer", True)
               and re.match(r"[^()]*\)", text[o.end:o.end + 40]) for o in inside)


def _encloses(region: Any, t: Any) -> bool:
    """"Gros-Morne, Artibonite": the region named after a place that lies in it qualifies it, no list."""
    code = (region.feature_code or "").upper()
    return (code in _ADMIN_CODES or code in _DISTRICT_CODES) and region.country_iso2 == t.country_iso2 and (
        same_admin(region.admin1, t.admin1) if code in _ADMIN_CODES else same_admin(region.admin2, t.admin2))


def _finer_hint_town(text: str, t: Any, inside: list[Any]) -> Any:
    """"Ouanobian (Pissila, Sanmatenga)" with Ouanobian unknown: the geoparser codes it to the region
    Sanmatenga; the town Pissila named in the parentheses, or the town it is said to be near ("Abelkoze
    village (Djugu, Ituri), near Mongbwalu"), is the most specific known place (precision 2)."""
    if getattr(t, "in_gazetteer", True):
        return t
    after = text[t.end:t.end + 120]

    def town(o: Any) -> bool:
        return getattr(o, "in_gazetteer", True) and (o.feature_code or "").upper().startswith("PPL") \
            and o.country_iso2 == t.country_iso2 and same_admin(o.admin1, t.admin1)

    m = re.match(r"\s*(?:village|town|city|area|locality)?\s*\(([^()]*)\)", after)
    if m:
        lo, hi = t.end + m.start(1), t.end + m.end(1)
        found = next((o for o in inside if lo <= o.start and o.end <= hi and town(o)), None)
        if found is not None:
            return dataclasses.replace(found, start=t.start, end=t.end, precision=2)
    m = re.match(r"[^.;]{0,60}?\b(?:near|outside|close to)\s+(?:the\s+)?(?:(?:town|city|village)\s+)?(?:of\s+)?", after)
    if m:
        found = next((o for o in inside if o.start == t.end + m.end() and town(o)), None)
        if found is not None:
            return dataclasses.replace(found, start=t.start, end=t.end, precision=2)
    return t


_UNKNOWN_BEFORE = re.compile(r"(?:[A-Z][\w'`-]+\s+){0,3}[A-Z][\w'`-]+(?:\s+(?:village|town|community|settlement|"
                             r"territorial community|hromada|district|area))?,\s*$")


_TYPE_OF_END = re.compile(r"\b(?:city|town|village|port)\s+of\s*$", re.I)
_REGION_WORD_END = re.compile(r"\s(?:region|province|oblast|governorate|state)$", re.I)


def _as_region_if_qualifier(text: str, t: Any, inside: list[Any], place: Place) -> Place:
    """"Zmiivka village, Kherson" with Zmiivka unknown: Kherson names the region, not the city (precision 3)."""
    before = text[max(0, t.start - 60):t.start]
    m = _UNKNOWN_BEFORE.search(before)
    typed_region = _REGION_WORD_END.search(t.name) is not None
    if not typed_region and (
            not m or any(o is not t and o.end <= t.start and o.end > t.start - len(before) + m.start() for o in inside)):
        return place
    if (t.feature_code or "").upper() in _ADMIN_CODES:
        return place
    # "in Russia's Belgorod region", read as the city Belgorod: the type word says the region
    return _first_level_region(t.name, t.country_iso2) or place


def region_of(place: Place) -> Place | None:
    """The first-level region a place lies in, as a place of its own (precision 3): "in the same region"."""
    return _first_level_region(place.admin1, place.country_iso2) if place.admin1 else None


def _first_level_region(name: str, country_iso2: str | None) -> Place | None:
    if _lookup_admin is None:
        return None
    try:
        region = _lookup_admin(name, country_iso2)
    except Exception:
        return None
    if region is None or (region.feature_code or "").upper() != "ADM1" or region.latitude is None:
        return None
    lat, lon = _point(region)
    return Place(name=getattr(region, "gazetteer_name", None) or region.name, admin1=region.admin1 or region.name,
                 admin2=None, country_iso2=region.country_iso2, country=getattr(region, "country", None),
                 latitude=lat, longitude=lon, geo_precision=3,
                 geonames_id=region.geonames_id, feature_code=region.feature_code)


def _point(t: Any) -> tuple[float | None, float | None]:
    """Where an incident located by ``t`` is put: a region's seat (ACLED codes region-level events at the
    region's capital), else the toponym's own point."""
    seat_lat = getattr(t, "seat_latitude", None)
    if seat_lat is not None and (t.feature_code or "").upper() in ("ADM1", "ADM2"):
        return seat_lat, t.seat_longitude
    return t.latitude, t.longitude


_KM_BEARING_AFTER = re.compile(r"(?:[ -](?:al|el|ad|ar|as|an|at|ash)-[\w'’]+)?"   # "Shaqq al-Nom": the name's rest
                               r"(?:\s+(?:village|town|hamlet|settlement|locality|area))?"
                               r",?\s+(?:about\s+|some\s+|around\s+|nearly\s+|roughly\s+)?(?P<n>\d+|"
                               r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)\b)\s*"
                               r"(?:(?P<km>km|kilomet(?:re|er)s?)|miles?)(?:\s+\([^()]{1,30}\))?"
                               r"\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?(?:of|from|outside)\s+"
                               r"(?:the\s+)?(?:(?:city|town|capital)\s+(?:of\s+)?)?$", re.I)


_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                 "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30}


def _stated_distance_town(text: str, t: Any, inside: list[Any]) -> Any:
    """The town a place is told from ("X, about 30 km west of Y") when the gazetteer's X lies much farther from
    Y than the text says: that X is a namesake."""
    end = t.end
    for o in inside:
        if o.start == end + 1 and text[end:o.start] == "-":
            end = o.end   # "Zaoro-Kongo, 12 km north of ...": a hyphenated name read as two
    o = next((o for o in inside if o.start > end), None)
    # (the town told from may be read as the district named after it: "12 km north of Amada-Gaza")
    if o is None or not getattr(t, "in_gazetteer", True) or not getattr(o, "in_gazetteer", True) \
            or not (o.feature_code or "").upper().startswith(("PPL", "ADM2", "ADM3")):
        return None
    m = _KM_BEARING_AFTER.match(text[end:o.start])
    if m is None and t.latitude is not None:
        # "residents of the Cateme resettlement area blocked the coal railway about 5 km east of Moatize town",
        # the gazetteer's Cateme in another province 1,000 km away: the scene is told from Moatize, far from
        # that namesake
        for o in inside:
            far = o.start > end and getattr(o, "in_gazetteer", True) and o.latitude is not None \
                and (o.feature_code or "").upper().startswith(("PPL", "ADM2", "ADM3")) and o.admin1 != t.admin1
            km = _KM_OF_BEFORE.search(text, max(end, o.start - 60), o.start) if far else None
            if km is not None and _km(t.latitude, t.longitude, o.latitude, o.longitude) > 3 * _stated_km(km) + 60:
                return o
        return None
    if m is None or t.latitude is None or o.latitude is None:
        return None
    if not (o.feature_code or "").upper().startswith("PPL") and o.admin1 == t.admin1:
        # ("near Pundanhar, about 45 kilometres west of Palma", Palma read as its district: a district's centre
        # measures nothing, and a place of the same province is no namesake)
        return None
    return o if _km(t.latitude, t.longitude, o.latitude, o.longitude) > 1.5 * _stated_km(m) + 15 else None


def _stated_km(m: re.Match) -> float:
    n = m.group("n").lower()
    return (int(n) if n.isdigit() else _NUMBER_WORDS[n]) * (1 if m.group("km") else 1.609)


# "about 5 km east of Moatize town": a distance told from the town that follows
_KM_OF_BEFORE = re.compile(r"\b(?P<n>\d+|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
                           r"thirty)\b)\s*(?:(?P<km>km|kilomet(?:re|er)s?)|miles?)\s+(?:(?:north|south|east|west)"
                           r"(?:-?(?:east|west))?(?:ern)?\s+)?(?:of|from|outside)\s+(?:the\s+)?(?:(?:city|town|capital)"
                           r"\s+(?:of\s+)?)?$", re.I)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def _to_place(text: str, t: Any, s0: int) -> Place:
    code = (t.feature_code or "").upper()
    precision = int(getattr(t, "precision", 1) or 1)
    before = text[max(s0, t.start - 45):t.start]
    after = text[t.end:t.end + 25]
    if code in _ADMIN_CODES:
        precision = 3
    elif code in _DISTRICT_CODES or _AREA_AFTER.match(after):
        precision = max(precision, 2)
    if _NEAR_BEFORE.search(before):
        precision = max(precision, 2)
    lat, lon = _point(t)
    return Place(
        name=getattr(t, "gazetteer_name", None) or t.name, admin1=t.admin1, admin2=t.admin2,
        country_iso2=t.country_iso2, country=getattr(t, "country", None), latitude=lat,
        longitude=lon, geo_precision=min(precision, 3), geonames_id=t.geonames_id, feature_code=t.feature_code)


_SUBURB_KM = 30.0  # how far from a city's point a suburb or village it takes in may lie
_OTHER_TOWN_KM = 50.0  # a town this far from the town told is another town, not a finer spot of it


def city_around(city: Any, place: Place | None) -> bool:
    """Whether `city` (a Place or a toponym) is the seat city a village or suburb `place` lies in or beside."""
    return place is not None and (place.feature_code or "").upper() == "PPL" \
        and (city.feature_code or "").upper().startswith(("PPLC", "PPLA")) \
        and None not in (place.latitude, city.latitude) \
        and dist_km(place.latitude, place.longitude, city.latitude, city.longitude) <= _SUBURB_KM


def more_specific(new: Place, old: Place | None) -> bool:
    """Whether a place named in a follow-up sentence refines the incident's place (same region, finer)."""
    if old is None:
        return True
    if (new.feature_code or "").upper() in _ADMIN_CODES or (new.geo_precision or 3) >= 3:
        return False  # a region or country named later is context, never a refinement
    if new.country_iso2 != old.country_iso2 or not (new.admin1 and old.admin1 and same_admin(new.admin1, old.admin1)):
        return False
    if old.admin2 and new.admin2 and not same_admin(new.admin2, old.admin2) and _norm(old.name) != _norm(old.admin1):
        return False  # a town of another district of the province does not refine "Arwal district"
    if _norm(old.name) and _norm(old.name) == _norm(old.admin1):
        return True  # "In Kirkuk": a city named like its province may stand for the province
    if city_around(new, old):
        return False  # "Al-Kalakla, in southern Khartoum ... in Khartoum": the city around the place told, no finer
    if (new.feature_code or "").upper() in _DISTRICT_CODES and (old.feature_code or "").upper().startswith("PPL"):
        return False  # "the head of the Dzhankoi district", after the airfield near Dzhankoi: the district holds the town
    if (old.feature_code or "").upper().startswith("PPL") and (new.feature_code or "").upper().startswith("PPL") \
            and None not in (old.latitude, new.latitude) \
            and dist_km(old.latitude, old.longitude, new.latitude, new.longitude) > _OTHER_TOWN_KM:
        return False  # "detained in Hajjah city ... The front lines west of Abs": another town, not a finer spot
    return (new.geo_precision or 3) <= (old.geo_precision or 3) and (new.feature_code or "") != (old.feature_code or "") \
        or (old.feature_code or "").upper() in _ADMIN_CODES


# Compiled patterns above answer through their faster twins, with the same results (fastregex.FastPattern).
speed_up(globals())
# Without a twin (case-sensitive parts), and most texts they meet lack their literals: filtered first (same results).
_SPOKE_BEFORE, _INSTITUTION_OF_BEFORE, _BEARING_OF_BEFORE = (
    filtered(_SPOKE_BEFORE), filtered(_INSTITUTION_OF_BEFORE), filtered(_BEARING_OF_BEFORE))
