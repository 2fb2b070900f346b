"""The word lists and patterns the geoparser's steps share: what a name's neighbours say about it."""

from __future__ import annotations

import re

from sitrep.geo.gazetteer import fold
from sitrep.geo.gazetteer_build import REGION_ABBREVIATIONS

MAX_SPAN = 6           # tokens a place name may have
MAX_CANDIDATES = 60    # readings of a name that are scored (the most populous)

# Tokens: acronyms with dots (U.S., U.K.) or words with inner hyphens/apostrophes (Al-Qa'im, ez-Zor).
# Hyphens split tokens ("London-based", "Canada-wide"); a span may still join them ("Al-Qa'im").
# (a letter, then word characters and apostrophes up to the last word character: "[^\W\d_](?:[\w'’]*\w)?"
# written without the backtracking from the run's end)
# (the acronym "(?:[A-Z]\.){2,}" tried first, after its first letter: "[A-Z]" is in "[^\W\d_]", so each offset is
# tested against one class, not two; about 15% faster over an article)
TOKEN = re.compile(r"[^\W\d_](?:(?<=[A-Z])\.(?:[A-Z]\.)+|\w*(?:['’]+\w+)*)")
SENTENCE_END = re.compile(r"[.!?:;\n\"“”]\s*$")
CONNECTORS = frozenset("of de del della la le el al ez az es ad ar as at an ash ath du des da do dos das di upon e "
                       "on sur en van der von am im bin ibn y i".split())  # "i": the Persian ezafe, "Mazar-i-Sharif"
# Words after a name that say what kind of region it is; they select ADM2 / ADM1 readings.
ADM2_WORDS = frozenset("district districts sub-county subcounty county municipality division department "
                       "qadaa qada raion rayon woreda lga regency upazila".split())
ADM1_WORDS = frozenset("province provinces governorate governorates region state oblast prefecture".split())
TYPE_WORDS = ADM2_WORDS | ADM1_WORDS
# Words that may end the name of the place an ACLED note describes, before "(admin2, admin1)".
SUBJECT_WORDS = TYPE_WORDS | frozenset("township town city village villages area camp neighborhood neighbourhood "
                                       "groupement commune ward locality sector chiefdom zone junction market "
                                       "road bridge border crossing checkpoint island hill".split())
# Capitalised words after a name that say it is a place ("Zugdidi City"), not part of a longer proper name.
# A capitalised word after a place that names the place's own office or court, not a longer proper name.
OFFICE_WORDS = frozenset("mayor council borough superior opp ems sheriff sheriffs constabulary".split())
# Newspaper titles after a place ("The New York Times"): the paper, however big the city.
NEWSPAPER_WORDS = frozenset("times post herald tribune gazette chronicle telegraph journal globe".split())
# Institutions named after a saint or a person ("St. Paul's Hospital", "St. John's University"): no place.
INSTITUTION_WORDS = frozenset("hospital university college school church cathedral academy chapel".split())
PLACE_KIND_WORDS = frozenset("city town village district province region governorate county municipality "
                              "regency township prefecture oblast state".split())
# Capitalised words that start a clause and are never places on their own.
NOT_PLACE = frozenset(fold(w) for w in (
    "The A An In On At Of For From By With And But Or If As It Its This That These Those He She They We I You "
    "His Her Their Our Mr Mrs Ms Dr Gen General President Minister Prime Police Army Forces Force "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December State Islamic God Allah Prophet Isis Daesh Is Are Was "
    "Were Be Not No Yes Back Top Main Content Skip News Reuters Update Breaking Photo Video "
    "Mondays Tuesdays Wednesdays Thursdays Fridays Saturdays Sundays "
    # a brief's "14 Aug (Fri)": abbreviated months and weekdays (Greece has a Fri, Kasos)
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun "
    "Taliban Houthi Houthis Hezbollah Hamas ISIL Shabaab Haram Xinhua "
    # Faiths and peoples named for their members ("Yazidi militia"), not villages that share the name.
    "Sunni Sunnis Shia Shiite Shiites Alawite Alawites Druze Yazidi Yazidis Fulani Tuareg Tuaregs "
    "Rohingya Pashtun Pashtuns Kurd Kurds "
    # "Fitna al Khwarij": what Pakistan's military calls the groups it fights, not a place.
    "Fitna "
    # A type word alone ("the District Reserve Guard") names no place.
    "District Districts "
    # Clause openers with "th", which the village lookup also reads as dh ("Thiban" is Dhiban).
    "There Then Thus Though Through Throughout Therefore Three Thirteen Thirty Thousands "
    # Sentence adverbs, which the village lookup reads as a spelling of some village ("Meanwhile" ~ Mianwali).
    "Meanwhile Moreover However Separately Elsewhere Nevertheless Nonetheless Furthermore Additionally Later "
    "Earlier Afterwards Thereafter Subsequently Consequently Overall Finally Instead Otherwise Hence Yesterday "
    "Today Tonight Tomorrow Overnight Following "
    # Number words opening a sentence ("Ten soldiers were killed"): a count, not Sri Lanka's "Ten" (Southern Province)
    "One Two Four Five Six Seven Eight Nine Ten Eleven Twelve Fourteen Fifteen Sixteen Seventeen Eighteen Nineteen "
    "Twenty Forty Fifty Sixty Seventy Eighty Ninety Hundred Hundreds Dozens Several "
    # A type word alone, as a heading sets it ("MAGWAY REGION"): no place of its own (the Philippines' "Region").
    "Region "
    # The nouns of a unit's name ("the 94th Infantry (Mandirigma) Battalion"), which loose spellings read as
    # villages (Botolan, Buhodle)
    "Battalion Battalions Regiment Regiments Platoon Platoons Squadron Squadrons Infantry Artillery").split())
# Common nouns of letterheads and type words standing alone ("HEADQUARTERS", the "City" of "Arua City"): never a
# village, though they may end a longer name ("New York City Council"), so only the village lookup skips them.
NOT_VILLAGE = frozenset("headquarters country region city town village statement".split())
# Nouns that name organisations far more often than the small towns called so ("the Confederation of
# Korean Unions", "People's Alliance", "Forest Division"): places only as a weak word is.
ORG_WORDS = frozenset(
    "confederation alliance federation coalition union front movement council congress party association league "
    "assembly committee brigade brigades division corps command solidarity forest unity progress liberty "
    "freedom justice independence".split())
# Words before a name that make a person or organisation reading likely ("President Jordan").
TITLES = frozenset(fold(w) for w in (
    "Mr Mrs Ms Miss Dr Sir Lord Lady Saint St Gen General Col Colonel Capt Captain Lt Sgt Maj Major "
    "President Minister Senator Sen Rep Gov Governor Mayor King Queen Prince Princess Sheikh Imam Pope "
    "Judge Justice Chief Officer Commander Bishop Rev Father Brother Sister Coach Professor Prof").split())
# "I've", "we'd": capitalised at a sentence start, never places.
CONTRACTION = re.compile(r"^\w+['’](ve|m|ll|d|re|t)$", re.I)
# "Pa.", "B.C.": region abbreviations, places only where written as such ("Lewisburg, Pa.").
STATE_ABBREVIATIONS = frozenset(fold(a) for table in REGION_ABBREVIATIONS.values()
                                 for forms in table.values() for a in forms)
# "the Islah-affiliated brigade", "Wagner-backed forces": a name made an adjective of a party or a group.
ACTOR_ADJECTIVE_AFTER = re.compile(r"-(?:affiliated|led|backed|aligned|linked|allied|sponsored|supported|funded|"
                                   r"trained|armed|leaning|dominated)\b", re.I)
# "the villages of", "a town called": what follows is a place even where the gazetteer lacks it.
VILLAGE_CUE = re.compile(
    r"\b(?:villages?|towns?|hamlets?|localit(?:y|ies)|neighbou?rhoods?|areas?|settlements?|camps?|"
    r"trading cent(?:er|re)s?|sub-count(?:y|ies)|parish(?:es)?)\s+(?:of|called|named)\s+$", re.I)
CONSONANTS = re.compile(r"[aeiouyw]")   # what translit_key folds to "a": removing it leaves the consonants
# "Amara city", "Hamra town": a populated place; not "the Hunan city of Yueyang", where the name is the province.
TOWN_AFTER = re.compile(r"\s+(?:city|town|village|hamlet)\b(?!\s+of\b)", re.I)

# Words that make a part of a place ("Central Athens", "Upper Nile"), never a first name.
PART_WORDS = frozenset("north northern south southern east eastern west western central centre center upper lower "
                       "middle greater inner outer downtown".split())
