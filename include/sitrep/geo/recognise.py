"""Recognition: where the text names places. Runs of capitalised tokens (with lower-case connectors such as
"ez", "al", "de") are looked up longest first; demonyms ("Iraqi") map to their country; cues ("the villages of
A, B and C", "X district") keep names the gazetteer lacks. Names that are more likely part of a person's or an
organisation's name ("Andrew Brunson", "Boston Globe") or common words ("Nice", "Reading") are dropped.
"""

from __future__ import annotations

import bisect
import functools
import re

from sitrep.geo import gazetteer as gz
from sitrep.geo.candidates import Candidates, Columns
from sitrep.geo import gazetteer
from sitrep.geo.mention import Mention, Recognition, Tokens
from sitrep.geo.words import (
    PART_WORDS, ACTOR_ADJECTIVE_AFTER,
    ADM1_WORDS, ADM2_WORDS, CONNECTORS, CONTRACTION, MAX_CANDIDATES, MAX_SPAN, NOT_PLACE, OFFICE_WORDS, ORG_WORDS,
    INSTITUTION_WORDS, NEWSPAPER_WORDS, NOT_VILLAGE,
    PLACE_KIND_WORDS, SENTENCE_END, STATE_ABBREVIATIONS, TITLES, TOKEN, TOWN_AFTER, TYPE_WORDS, VILLAGE_CUE,
)


# Folded words, remembered: the same words recur in every text.
fold = functools.lru_cache(maxsize=100_000)(gazetteer.fold)

# VILLAGE_CUE anywhere in the text, its word boundary aside (a slice of the text may start inside a word): where
# this finds nothing, no name is cued and the per-name search is skipped.
_NAME_ABBREVIATIONS = frozenset(("St", "Ste", "Ft", "Mt"))
# "the church of St. Peter", "University of St. Thomas": a saint, not the town named after one.
_SAINT_BEFORE = re.compile(r"\b(?:university|college|church|cathedral|basilica|chapel|monastery|school|hospital|"
                           r"parish|feast|order) of (?:the )?$", re.I)
_OUTLET_AFTER = re.compile(r" (?:Courier|Times|Post|Herald|Tribune|Gazette|Observer|Journal|Chronicle|Telegraph|Inquirer|"
                           r"Examiner|Dispatch)\b")
_AGE_AFTER = re.compile(r",\s*\d{1,2},|\s*\(\d{1,2}\)")
_TOLD_OUTLET_BEFORE = re.compile(r"\b(?:told|to|by|according to|quoted in|interview with) (?:the |The )?$")
# What follows a dateline's place: its state ("HOLLIDAY, Mo. —"), then a dash or the outlet in parentheses.
_DATELINE_AFTER = re.compile(r"(?:,\s*[A-Z][A-Za-z]{0,12}\.?)?\s*(?:—|–|-{1,2}|\()")
_ANY_VILLAGE_CUE = re.compile(VILLAGE_CUE.pattern.replace(r"\b", "", 1).replace(r"\s+$", r"\s"), re.I)
# The same pattern (all lower case) without IGNORECASE, on the lower-cased text: several times faster over a
# whole article, and the same answer where lower-casing keeps every character's place and case pairing.
_ANY_VILLAGE_CUE_LOWER = re.compile(_ANY_VILLAGE_CUE.pattern)


def _ends_in_cue(head: str) -> bool:
    """`VILLAGE_CUE.search(head)`: the cue must end the text, its "of", "called" or "named" followed only by
    whitespace, so a text that does not end so (most) is not searched. No character but their own capitals
    matches those letters under IGNORECASE, and `\\s` is `str.isspace`."""
    return head[-1:].isspace() and head.rstrip()[-6:].lower().endswith(("of", "called", "named")) \
        and VILLAGE_CUE.search(head) is not None


# Words that make a run of capitalised words a place's or an institution's name, not a person's.
# (an institution's words make no person: "Government Bilingual High School Batibo" is the school of Batibo)
# A name that opens a report's item as its label: "Fizi territory: On 12 August", "Kamanyola (Walungu territory):".
_HEADER_AFTER = re.compile(r"(?:\s*\([^()\n]{2,60}\))?(?:\s+[a-z]+)?\s*:\s")
_FACILITY_AFTER = re.compile(r"(?: [A-Z][\w-]+){0,3} (?:Plant|Factory|Works|Refinery|Airport|Airfield|Air Base|Airbase|"
                             r"Railway Station|Power Station|Seaport|Oil Terminal|Dam|Mine|Steelworks|Shipyard|Press Club)\b")
_RIVER_WORDS = frozenset({"rio"})
_LGA_AFTER = re.compile(r" Local Government\b")
_LGA_AREA_AFTER = re.compile(r" Local Government(?: Area)?\b")
# ("Lake Buhi", "Mount Elgon": a natural feature named for the town, and no person's surname. Not "Wadi": "Wadi
# Omran" names a valley whose second word is no town's, and read alone it found the far "Al Amran".)
_FEATURE_WORDS = frozenset("lake lakes mount mt river gulf bay cape valley hill hills mountains island islands sea forest "
                           "desert plain plains falls canal lac".split())
# The second word of an armed group's name whose first word is also a town's ("Boko Haram").
_GROUP_NAME_TAILS = frozenset({"haram"})
# The rest of an armed group's name after the word of the people or land it is named for
_ARMED_GROUP_AFTER = re.compile(r"(?:-(?-i:[A-Z])[\w'’]+)?(?:\s+(?-i:[A-Z])[\w'’]+){0,2}?\s+(?-i:Front|Army|Movement|"
                                r"Battalion|Brigade|Regiment)\b")
# ("Radio Lubero Sud": a station named for its territory, not a person named Lubero)
_NOT_PERSON_WORDS = TYPE_WORDS | NOT_PLACE | CONNECTORS | INSTITUTION_WORDS | frozenset(
    ("radio", "television", "channel", "station", "broadcasting"))


def _has_village_cue(text: str) -> bool:
    low = text.lower()
    # As extract.fastregex.lowered: "İ" lengthens, "ı" and "ſ" pair with i and s only under IGNORECASE.
    if text.isascii() or (len(low) == len(text) and "ı" not in text and "ſ" not in text):
        return _ANY_VILLAGE_CUE_LOWER.search(low) is not None
    return _ANY_VILLAGE_CUE.search(text) is not None


# Prefixes of hyphenated English words that the gazetteer also knows as another name of a town ("Counter").
_PREFIXES = frozenset("anti counter pro non post pre ex inter multi trans sub super co pan".split())
# (a people's name may end in a glottal stop: "a Q'eqchi' community")
_PEOPLE_AFTER = re.compile(r"['’]? (?:farmers?|herders?|leaders?|activists?|elders?|youths?|m[ae]n|wom[ae]n|people|"
                           r"communit(?:y|ies)|famil(?:y|ies)|chiefs?|fishermen|tribes?|tribesm[ae]n|villagers)\b")
_NOMADS_AFTER = re.compile(r" (?:nomads|tribesmen|clansmen|pastoralists|herdsmen)\b")
_ARTICLE_BEFORE = re.compile(r"(?:\b(?:a|an|the)|-old) $", re.I)
# Romance connectors inside a longer proper name ("Clan del Golfo"): what follows them is no place of its own.
_NAME_CONNECTORS = frozenset("del de della di du des do da dos das".split())
_TOWN_APPOSITIVE = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:town|village|city|hamlet|settlement)\b(?!\s+of\b)", re.I)
_GROUP_CONNECTORS = frozenset("del de du des do da dos das la las los el le les".split())
# Heads of armed groups' and movements' names in Spanish, Portuguese and French ("Frente de ...", "Armée de ...").
_GROUP_HEADS = frozenset(fold(w) for w in ("Comandos Comando Frente Ejército Ejercito Fuerzas Autodefensas Bloque Clan "
                                           "Cartel Cártel Movimiento Brigada Batallón Batallon Columna Armée Armee "
                                           "Mouvement Front Forces Comando Exército Exercito").split())
# Words that open a street's name in Spanish, Portuguese, French, Italian and Malay/Indonesian: "Calle del
# Comercio", "Avenida Bolívar", "Rua Augusta". The street is no place, and neither is a town it is named for.
_STREET_WORDS = frozenset("calle avenida av carrera rua rue via viale jalan jln boulevard bulevar paseo calzada "
                          "travessa".split())
_OF_A_NOUN = re.compile(r" of (?:the |a |an |his |her |their |its )?[a-z]")
_TYPE_OF_BEFORE = re.compile(r"\b(region|province|department|governorate|oblast|prefecture)"
                             r"\s+of\s+(?:(?:northern|southern|eastern|western|central|north-?eastern|north-?western|"
                             r"south-?eastern|south-?western)\s+)?$")
_CAPITAL_AFTER = re.compile(r"[ -][A-Z]")
_SEAT_CUE = re.compile(r"\b(?:municipality|municipio|commune|township|district) of\s+$", re.I)
_TOWN_CUE = re.compile(r"\b(?:village|town|hamlet|locality|settlement)\s+(?:of|called|named)\s+$", re.I)
# How the text before a name must end, spaces aside, for _TYPE_OF_BEFORE to match there: "of" or a compass
# adjective ("northern", "north-eastern", "central").
_TYPE_OF_ENDS = ("of", "ern", "central")


def _ends_in(text: str, end: int, width: int, words: tuple[str, ...]) -> bool:
    """Whether the `width` characters before `end` end in white space and, before it, one of `words`: what a
    pattern ending "(?:...words)\\s+$" needs of the text it searches up to `end` (its "$" may stand before a
    final line break, which is white space too), so most names, after no such word, skip the search. (`\\s` is
    `str.isspace`.)"""
    return text[end - 1:end].isspace() and text[max(0, end - width):end].rstrip().endswith(words)


_THE_BEFORE = re.compile(r"\b[Tt]he $")
_DESCRIBES_A_PORT = re.compile(r" (?:(?:sea|ocean|coast) )?(?:port|seaport|harbou?r|coast|coastal (?:town|city)|resort)"
                               r"(?: (?:city|town))? of [A-Z]")
# A name between a speech verb and an apposition is a person's: "said Muhammad Ashraf, whose ...".
_SPEAKER_BEFORE = re.compile(r"\b(?:said|says|told|according to)\s+$")
# After a name: its other surnames, then an age ("Jairo Mendoza Pallares, 51,")
_AGE_AFTER_NAME = re.compile(r"(?: [A-Z][\w'’-]+){0,2},\s+(?:aged\s+)?\d{1,2},")
_SPEAKER_AFTER = re.compile(r",\s+(?:who|whose|an?|the|one|his|her)\b")


def _elided_capital(word: str) -> bool:
    """A French elision before a capital ("l'Artibonite", "d'Ivoire"): a word of a name, for all its lower case."""
    return word[1:2] in ("'", "’") and word[:1] in ("l", "d") and word[2:3].isupper()


class _Tokens(list):
    """A text's tokens, (start, end, word), with the span end of each token remembered, and whether a village cue
    governs it: the first pass and the village pass both ask them, and they depend on the text and tokens alone."""
    __slots__ = ("span_ends", "cued")

    def __init__(self, toks):
        super().__init__(toks)
        self.span_ends: dict[tuple[int, int], int] = {}
        self.cued: dict[int, bool] = {}


def _hyphen_syllable(text: str, toks, i: int, j: int) -> bool:
    """Whether token j is a short lower-case syllable hyphened to the name begun at token i ("Ye-e-gon", "Hpa-an")."""
    return j > i and len(toks[j][2]) <= 6 and text[toks[j - 1][1]:toks[j][0]] == "-"


class Recogniser(Columns):
    def __init__(self, candidates: Candidates):
        super().__init__(candidates.g)
        self.c = candidates
        self._blocked: dict[tuple[str, bool], bool] = {}   # words a village span may not contain
        self._village_ccs = frozenset(self.g.villages.ccs) if self.g.villages is not None else frozenset()

    def _tokens(self, text: str) -> list[tuple[int, int, str]]:
        toks = _Tokens([(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)])
        for k, (s, e, word) in enumerate(toks):
            if word[-2:] in ("'s", "’s"):   # Russia's -> Russia
                if k + 1 < len(toks) and toks[k + 1][2][:1].isupper() and text[e:toks[k + 1][0]] == " " \
                        and self.g.match_main(fold(word.replace("’", "'") + " " + toks[k + 1][2]))[1]:
                    continue  # (not "Cox's Bazar": a name with its possessive in it)
                toks[k] = (s, e - 2, word[:-2])
        return toks

    def _village_countries(self, mentions: list[Mention], country_hint: str | None,
                           text: str | None = None) -> frozenset[str]:
        """Countries whose villages the text may name: those of its places' likeliest readings, its demonyms
        and the outlet's, among the village table's countries (a village needs its country in the text)."""
        ccs = {country_hint.upper()} if country_hint else set()
        starts = {m.start for m in mentions}
        for m in mentions:
            if m.cands:
                ccs.add(self._cc[max(m.cands[:MAX_CANDIDATES], key=lambda c: self.c.prior(m, c))])
                if text is not None and self._UNNAMED_REGION_AFTER.match(text, m.end) and m.end + 2 not in starts:
                    # "Poltavka, Zaporizhia": a town followed by a region the main table does not spell that
                    # way; the countries of all the town's readings may hold that region (by WOF's spelling).
                    ccs.update(self._cc[c] for c in m.cands[:MAX_CANDIDATES] if m.demonym is None)
        return frozenset(ccs) & self._village_ccs

    _UNNAMED_REGION_AFTER = re.compile(r", [A-Z][a-z]")

    def recognise(self, text: str, country_hint: str | None = None) -> Recognition:
        """The place names of ``text``: a pass over the main gazetteer, then, where the text's places lie in
        countries the village table covers, a second pass that also looks for those countries' villages."""
        words = self.read(text)
        spans: dict[int, tuple | None] = {}   # token -> the main-gazetteer name starting there, for both passes
        judged: dict[int, tuple] = {}          # token -> the first pass's name there, annotated and judged
        mentions = self._pass(words, None, spans, judged)
        vccs = self._village_countries(mentions, country_hint, text) if self._village_ccs else None
        if vccs:
            mentions = self._pass(words, vccs, spans, judged)
        return Recognition(text, mentions, vccs)

    def read(self, text: str) -> Tokens:
        toks = self._tokens(text)
        # (the capitalised tokens and the lower-case words in one walk over the tokens)
        capitalised: list[int] = []
        lower: set[str] = set()
        for k, t in enumerate(toks):
            initial = t[2][:1]
            if initial.isupper():
                capitalised.append(k)
            elif initial.islower():
                lower.add(t[2])
        return Tokens(text, toks, set(map(fold, lower)),
                      self._person_names(text, toks, capitalised), _has_village_cue(text), capitalised)

    def _pass(self, words: Tokens, vccs: frozenset[str] | None, spans: dict[int, tuple | None],
              judged: dict[int, tuple]) -> list[Mention]:
        """Place mentions; with ``vccs``, also villages of those countries. The village pass takes the first
        pass's verdict on a name the villages left as it was (the first pass's mentions are discarded)."""
        text, toks = words.text, words.toks
        n = len(toks)
        mentions: list[Mention] = []
        # Only capitalised tokens start a name: walk their indices, skipping those a name already covered.
        next_free = 0
        for i in words.capitalised:
            if i < next_free:
                continue
            if fold(toks[i][2]) in _STREET_WORDS and i + 1 < n and (
                    toks[i + 1][2][:1].isupper() or toks[i + 1][2] in _NAME_CONNECTORS):
                k = i + 1
                while k < n and (toks[k][2][:1].isupper() or toks[k][2] in _NAME_CONNECTORS) \
                        and text[toks[k - 1][1]:toks[k][0]] == " ":
                    k += 1
                next_free = k   # the street's whole name
                continue
            found = self._name_at(text, toks, i, vccs, spans, words.cues)
            if found is None:
                continue
            sig = (found.start, found.end, found.key, found.exact, found.demonym, found.loose, found.from_villages)
            before = judged.get(i) if vccs else None
            if before is not None and before[0] == sig and before[1] == found.cands:
                _, _, found, kept, last = before
            else:
                last = next(k for k in range(i, n) if toks[k][1] == found.end)
                cands = found.cands
                self._annotate(words, i, last, found)
                kept = self._keep(text, toks, i, last, found, words)
                if not vccs:
                    judged[i] = (sig, cands, found, kept, last)
            if kept:
                mentions.append(found)
            # (a village span turned down leaves its words to be read again: "the 35th Armoured Brigade at Hawrah"
            # is no village, Hawrah is)
            next_free = last + 1 if kept or not found.from_villages else i + 1
        if words.cues:
            mentions.extend(self._cued_unknowns(text, toks, mentions, words.capitalised))
        mentions.sort(key=lambda m: m.start)
        return mentions

    def _main_name(self, text: str, toks, i: int, spans: dict[int, tuple | None]) -> Mention | None:
        """The longest name from token i in the main gazetteer (or its demonyms): "Deir ez-Zor" before "Deir",
        "American Samoa" before "American". Memoised per token: the village pass asks again."""
        hit = spans.get(i, False)
        if hit is False:
            hit = spans[i] = self._longest_main(text, toks, i)
        if hit is None:
            return None
        s, e, key, cands, exact, dem = hit
        return Mention(s, e, key, [dem] if dem is not None else cands, exact, demonym=dem)

    def _longest_main(self, text: str, toks, i: int) -> tuple | None:
        g = self.g
        s0 = toks[i][0]
        first_stop = None  # whether the first word is a stop word, asked once
        for j in range(self._span_end(text, toks, i, len(toks)), i - 1, -1):
            if not toks[j][2][:1].isupper() and not _elided_capital(toks[j][2]) and not _hyphen_syllable(text, toks, i, j):
                continue
            key = fold(text[s0:toks[j][1]])
            if key in NOT_PLACE:
                continue
            if j > i and first_stop is None:
                first_stop = fold(toks[i][2]) in NOT_PLACE
            lead_stop = j > i and first_stop
            dem = g.demonyms.get(key)
            if dem is not None:
                return (s0, toks[j][1], key, None, True, dem)
            cands, exact = g.match_main(key)
            if cands and not (lead_stop and not exact):
                # "The Monroe County": a span opening with "The" names a place only as spelled ("The Hague"),
                # never by a loose key (Tamanar for "the monroe").
                return (s0, toks[j][1], key, cands, exact, None)
        return None

    def _name_at(self, text: str, toks, i: int, vccs: frozenset[str] | None,
                 spans: dict[int, tuple | None], cues: bool = False) -> Mention | None:
        """The name starting at token i: the main gazetteer's, or with ``vccs`` a village's that is longer or
        stands where no main name does; main names also take their namesake villages as readings."""
        n = len(toks)
        found = self._main_name(text, toks, i, spans)
        if vccs and found is not None and found.demonym is None \
                and not any(map(self.c.very_strong, found.cands[:MAX_CANDIDATES])):
            # "Tal Madeeq" over "Tal": a longer span naming a village by its transliteration key wins over
            # a part of it that names a lesser town (which a capitalised neighbour would veto anyway).
            longer = self._village_span(text, toks, i, n, vccs, after=found.end)
            if longer is not None and not longer.loose and not all(
                    fold(w) in PLACE_KIND_WORDS for w in text[found.end:longer.end].split()):
                # (not "Arua City" over "Arua": a type word after a town's name makes no longer name)
                found = longer
        if vccs and found is not None and found.demonym is None and not found.from_villages:
            # Villages of the same name compete with the towns abroad. Where the name is a main entry's own
            # spelling ("Milano", "Loule"), only villages spelled nearly so (Dardarah for "Dardara"), not
            # every one its loose key covers (Malyn, Lalovo).
            extra, same_key = self.c.namesake_villages(found, vccs, cues and self._cued(text, toks, i))
            if extra and same_key:
                have = set(found.cands)
                found.cands = list(found.cands) + [c for c in extra if c not in have]
        elif vccs and found is None:
            # Only where no main-gazetteer name starts here: the longest span naming a village.
            found = self._village_span(text, toks, i, n, vccs)
        if found is None:
            return None
        # What follows the name, one character: each pattern below opens with its own (white space, a comma, a
        # space, a hyphen), so most names skip their searches.
        nxt = text[found.end:found.end + 1]
        if found.demonym is None and nxt.isspace() and TOWN_AFTER.match(text, found.end):
            # "Amara city", "Hamra town": a populated place, not the region of that name (Amhara).
            found.cands = [c for c in found.cands if self._fcode[c] != "ADM1"] or found.cands
        if found.demonym is None and nxt == "," and _TOWN_APPOSITIVE.match(text, found.end):
            # "Kabambare, a trading town in Maniema": the town, not the territory named for it
            found.cands = [c for c in found.cands if self._fcode[c] not in ("ADM1", "ADM2")] or found.cands
        if found.from_villages and nxt == "-" and ACTOR_ADJECTIVE_AFTER.match(text, found.end):
            # "the Islah-affiliated brigade", "Wagner-backed forces": a party or a group, not a village
            return None
        if found.from_villages and _PEOPLE_AFTER.match(text, found.end) \
                and _ARTICLE_BEFORE.search(text, max(0, found.start - 12), found.start):
            # "a 34-year-old Kichwa farmer", "the Nuer community": a people's name, not a village so called
            return None
        if found.demonym is None and nxt == " " and _NOMADS_AFTER.match(text, found.end) \
                and not any(map(self.c.very_strong, found.cands[:MAX_CANDIDATES])):
            # "between Kuchi nomads and villagers": a pastoral people, not a town abroad so called
            return None
        if found.demonym is None and nxt == "-" and self._hyphen_compound(text, found.end) and (
                found.from_villages or found.key in _PREFIXES):
            # "Anti-Terrorism Act", "Counter-Terrorism Department": a prefix, not the village Anti (nor a town that
            # "Counter" is only another name of)
            found = None
        return found

    def _span_end(self, text: str, toks, i: int, n: int) -> int:
        """The last token a name starting at token i may reach: within MAX_SPAN, never across punctuation or a
        line break, and past no lower-case word but a connector ("Deir ez-Zor", "Bay of Bengal")."""
        memo = getattr(toks, "span_ends", None)   # both passes ask of the same tokens
        if memo is None:
            return self._find_span_end(text, toks, i, n)
        end = memo.get((i, n))
        if end is None:
            end = memo[i, n] = self._find_span_end(text, toks, i, n)
        return end

    def _find_span_end(self, text: str, toks, i: int, n: int) -> int:
        last = min(n, i + MAX_SPAN) - 1
        for k in range(i + 1, last + 1):
            gap = text[toks[k - 1][1]:toks[k][0]]
            # "Fort St. John", "St. Thomas": the abbreviation's full stop is inside the name.
            if gap not in (" ", "-") and not (gap == ". " and toks[k - 1][2] in _NAME_ABBREVIATIONS
                                               and not _SAINT_BEFORE.search(text, max(0, toks[i][0] - 30), toks[i][0])):
                return k - 1
            w = toks[k][2]
            # "Democratic Republic of the Congo": "the" after "of" inside a name.
            # ("Ye-e-gon", "Hpa-an": a village's own syllables, joined by hyphens)
            if not w[:1].isupper() and fold(w) not in CONNECTORS and not (w == "the" and toks[k - 1][2] == "of") \
                    and not _elided_capital(w) and not _hyphen_syllable(text, toks, i, k):
                # ("Petite-Rivière-de-l'Artibonite": a French elision before a capital is inside the name)
                return k - 1
        return last

    _HYPHEN_WORD = re.compile(r"-([A-Z][a-z]+)")

    def _hyphen_compound(self, text: str, end: int) -> bool:
        """Whether a name ends in a hyphen and a capitalised word that names no place ("Anti-Terrorism"),
        unlike a road between two places ("Beni-Butembo")."""
        m = self._HYPHEN_WORD.match(text, end)
        return bool(m) and not self.g.match_main(fold(m.group(1)))[0]

    def _village_span(self, text, toks, i, n, vccs, after: int = -1) -> Mention | None:
        """The longest span from token i (ending past ``after``) whose name is in the village table."""
        s0 = toks[i][0]
        for j in range(self._span_end(text, toks, i, n), i - 1, -1):
            if toks[j][1] <= after:
                break
            if not toks[j][2][:1].isupper() and not _elided_capital(toks[j][2]) and not _hyphen_syllable(text, toks, i, j):
                continue
            key = fold(text[s0:toks[j][1]])
            # Never across a stop word, demonym or famous name ("A Turkish", "The Kenya Medical"): only the
            # village's own words.
            # An article inside the span is the village's own ("Ghadir al Bostan").
            words = [(k, fold(toks[k][2])) for k in range(i, j + 1)]
            # "Al Kawukli": a leading article belongs to a longer name.
            # (nor a syllable hyphened inside it: the "à" of "Anse-à-Foleur")
            own = [w for k, w in words if not (i < k < j and (w in CONNECTORS or _hyphen_syllable(text, toks, i, k)))
                   and not (k == i < j and w in gz.ARTICLES)]
            blocked = [w for w in own if self._not_village_word(w, False)]
            # A common word leading a longer name is the village's own only where the whole span is its name, as
            # written: "at War Maxan, a farming village" (not "War" alone, nor a span merely spelled like one).
            weak_lead = bool(blocked) and j > i and blocked == [own[0]] and own[0] in self.g.weak \
                and own[0] not in NOT_PLACE and own[0] not in NOT_VILLAGE and own[0] not in self.g.demonyms
            if blocked and not weak_lead:
                continue
            # A famous place's name inside the span ("Cali" in "Ceel Cali") only where a village bears the whole
            # span as its own name: a Somali well-village, not "Kenya Medical".
            famous = j > i and any(self._not_village_word(w, True) for w in own)
            cands, same_key = self.g.village_match(key, vccs)
            if cands and (famous or weak_lead) and not (same_key and any(fold(self.g._name[c]) == key for c in cands)):
                continue
            if cands:
                exact = same_key and any(fold(self.g._name[c]) == key for c in cands)
                m = Mention(s0, toks[j][1], key, cands, exact)
                m.loose = not same_key
                m.from_villages = True
                return m
        return None

    def _not_village_word(self, w: str, in_span: bool) -> bool:
        found = self._blocked.get((w, in_span))
        if found is None:
            # (a famous place by its own name, not by an alias: "Sola", one of Seoul's, is part of "Baga Sola")
            found = w in NOT_PLACE or w in NOT_VILLAGE or w in self.g.demonyms or w in self.g.weak or (
                in_span and w not in CONNECTORS
                and any(self.c.very_strong(c) and self.g.is_primary_name(w, c)
                        for c in self.g.match_main(w)[0][:MAX_CANDIDATES]))
            if len(self._blocked) > 100_000:
                self._blocked.clear()
            self._blocked[(w, in_span)] = found
        return found

    def _person_names(self, text, toks, capitalised: list[int]) -> set[str]:
        """Later words of multi-word proper names that are not places ("Andrew Brunson"): alone elsewhere
        in the text, those words name the person, not a namesake town. A name is a run of capitalised
        tokens (not all capitals, no full stop) one space apart: only the capitalised tokens are walked."""
        out: set[str] = set()
        run: list[str] = []

        def flush():
            if len(run) >= 2:
                keys = [fold(w) for w in run]
                # "Central Athens": a part of a place, not a person named Athens.
                if _NOT_PERSON_WORDS.isdisjoint(keys) and not self.g.match_main(" ".join(keys))[0] \
                        and not any(k in self.g.demonyms for k in keys) and keys[0] not in PART_WORDS \
                        and keys[0] not in _FEATURE_WORDS \
                        and not any(self.g.match_main(" ".join(keys[j:]))[0] for j in range(1, len(keys) - 1)):
                    # Surname positions only: "Vancouver Art Gallery" says nothing against Vancouver. (Not after
                    # a word that starts a longer place's name: "Policía Zamora Chinchipe" is the province's police.)
                    out.update(keys[1:])
            run.clear()

        last = -2  # the token that last joined the run
        for k in capitalised:
            s, _, w = toks[k]
            if not w.isupper() and "." not in w:
                # A lower-case token in between (k not last + 1) or another gap than one space ends the run.
                if run and (k != last + 1 or text[toks[k - 1][1]:s] != " "):
                    flush()
                run.append(w)
                last = k
            elif run:
                flush()
        flush()
        return out

    def _annotate(self, words: Tokens, i, last, m: Mention) -> None:
        """Type word after the name ("Dibis district") and village cues before it."""
        text, toks = words.text, words.toks
        if last + 1 < len(toks) and text[toks[last][1]:toks[last + 1][0]] in (" ", "-"):
            nxt = fold(toks[last + 1][2])
            lga = _LGA_AREA_AFTER.match(text, toks[last][1])
            if nxt in ADM2_WORDS or nxt.replace(" ", "-") in ADM2_WORDS or lga is not None:
                # ("in Maru Local Government Area": Nigeria's LGA spelled out, as "Maru LGA")
                m.level = "ADM2"
            elif nxt in ADM1_WORDS:
                m.level = "ADM1"
            if m.level and m.demonym is None:
                m.end = lga.end() if lga is not None else toks[last + 1][1]
                # "the North department": Haiti's Nord too (a bare "West", ACLED's Libyan region, is no Ouest)
                extra = [c for c in self.g.compass_regions(m.key) if c not in m.cands]
                if extra:
                    m.cands = m.cands + extra
        if m.level is None and m.demonym is None and " " in m.key:
            # "Kaabong District" as the gazetteer spells the district, its type word inside its name: typed all the same
            # (a place "in Kaabong District" lies inside it)
            word = m.key.rsplit(" ", 1)[1]
            level = "ADM2" if word in ADM2_WORDS else "ADM1" if word in ADM1_WORDS else None
            if level is not None and any(self._fcode[c] == level for c in m.cands[:MAX_CANDIDATES]):
                m.level = level
        if m.level is None and m.demonym is None:
            before = _TYPE_OF_BEFORE.search(text, max(0, toks[i][0] - 40), toks[i][0]) \
                if _ends_in(text, toks[i][0], 40, _TYPE_OF_ENDS) else None
            if before is not None and any(self._fcode[c] == "ADM1" for c in m.cands[:MAX_CANDIDATES]) \
                    and not _CAPITAL_AFTER.match(text, m.end):
                # (not "the Department of Justice", nor "the region of West Africa")
                # "the gold-mining region of southern Bolívar", "the province of Kunar": the region, whatever
                # village shares its name
                m.level = "ADM1"
        m.cued = words.cues and self._cued(text, toks, i)
        m.town_cued = m.cued and _TOWN_CUE.search(text, max(0, toks[i][0] - 30), toks[i][0]) is not None
        m.seat_cued = _ends_in(text, toks[i][0], 30, ("of", "OF", "Of", "oF")) \
            and _SEAT_CUE.search(text, max(0, toks[i][0] - 30), toks[i][0]) is not None

    @staticmethod
    def _cued(text, toks, k) -> bool:
        """Whether token k follows "the villages of", directly or as part of a list ("of A, B and C").
        Remembered per token (asked again by both passes, their annotations and the cued unknowns)."""
        memo = getattr(toks, "cued", None)
        if memo is None:
            return Recogniser._find_cued(text, toks, k)
        found = memo.get(k)
        if found is None:
            found = memo[k] = Recogniser._find_cued(text, toks, k)
        return found

    @staticmethod
    def _find_cued(text, toks, k) -> bool:
        j = k
        while j > 0:
            gap = text[toks[j - 1][1]:toks[j][0]]
            prev = toks[j - 1][2]
            if gap.strip() == "," and prev[:1].isupper():
                j -= 1
                continue
            if gap == " " and prev.lower() in ("and", "or") and j >= 2 and toks[j - 2][2][:1].isupper():
                j -= 2
                continue
            if gap == " " and prev[:1].isupper() and j >= 2 and text[toks[j - 2][1]:toks[j - 1][0]] in (" ", ", "):
                j -= 1       # a multi-word name inside the list
                continue
            break
        return _ends_in_cue(text[max(0, toks[j][0] - 40):toks[j][0]])

    @staticmethod
    def _ends_group_name(text, toks, i) -> bool:
        """Whether the name at token i follows a Spanish, Portuguese or French organisation head and its
        connectors ("Comandos de la", "Frente de", "Armée de"): the end of the group's name."""
        j = i - 1
        while j >= 0 and i - j <= 2 and fold(toks[j][2]) in _GROUP_CONNECTORS and text[toks[j][1]:toks[j + 1][0]] == " ":
            j -= 1
        return j < i - 1 and j >= 0 and fold(toks[j][2]) in _GROUP_HEADS and toks[j][2][:1].isupper() \
            and text[toks[j][1]:toks[j + 1][0]] == " "

    def _keep(self, text, toks, i, last, m: Mention, words: Tokens) -> bool:
        """Whether a found name is a place here, not part of a person's or organisation's name or a common word."""
        if i > 0 and toks[i][0] == m.start and not m.cued and m.demonym is None and fold(toks[i][2]) in PART_WORDS \
                and text[toks[i - 1][1]:toks[i][0]] == " " and toks[i - 1][2][:1].isupper() \
                and fold(toks[i - 1][2]) not in NOT_PLACE and fold(toks[i - 1][2]) not in PART_WORDS \
                and not any(self._fcode[c][:3] == "PCL" or self._fcode[c] == "PPLC" or self._pop[c] >= 1_000_000
                            and c not in self.g.compass_regions(m.key)
                            for c in m.cands[:MAX_CANDIDATES]):
            # "Tonj South County", "Gogrial West County": a compass word after a name qualifies that name; what
            # follows it ("South County", an Indian district) is no place of its own.
            return False
        if m.demonym is not None or m.level or m.cued:
            return True
        key = m.key
        word = text[m.start:m.end]
        if text.startswith("-" + word, m.end) or m.start > len(word) and text[m.start - len(word) - 1:m.start] == word + "-":
            return False      # "Mai-Mai": a name said twice is a group's (or a person's), not a place
        if word.isupper() and len(word.replace(".", "")) <= 4 and key not in STATE_ABBREVIATIONS and not any(
                self._fcode[c] in gz.COUNTRY_CODES for c in m.cands[:3]):
            return False      # acronyms: "SUD" (a union), "SNA" (an army), not places
        if key in STATE_ABBREVIATIONS:
            if "." in word:
                return True   # "B.C.", "N.Y."
            # "Lewisburg, Pa." is Pennsylvania; a bare "Pa" or "Mo" is not, but "LOUISVILLE, KY--" in a
            # dateline is.
            return text[max(0, m.start - 2):m.start] == ", " and (
                text[m.end:m.end + 1] == "." or (self._in_dateline(text, m.start) and _DATELINE_AFTER.match(text, m.end)))
        if word.isupper() and self._in_dateline(text, m.start) and _DATELINE_AFTER.match(text, m.end):
            return True       # "BANTAM —", "HOLLIDAY, Mo. —": the dateline's town, however small
        if self._ends_group_name(text, toks, i):
            return False      # "Comandos de la Frontera", "Cartel de Sinaloa": an armed group's name ends here
        if text[m.end:m.end + 1] in " -" and _ARMED_GROUP_AFTER.match(text, m.end) \
                and not any(map(self.c.very_strong, m.cands[:MAX_CANDIDATES])):
            return False      # "the Kuki-Chin National Front", "the Azov Battalion": an armed group named for a people
        if text[m.end:m.end + 1] in ",(" and _AGE_AFTER.match(text, m.end) and not m.cued:
            return False      # "Our driver, Serhii, 52, was killed": a person, told with an age
        if text[m.end:m.end + 1] == " " and _OUTLET_AFTER.match(text, m.end) \
                and _TOLD_OUTLET_BEFORE.search(text, max(0, m.start - 30), m.start):
            return False      # "an officer told The Baghdad Courier": a newspaper's name, not where anything happened
        strong = any(map(self.c.strong, m.cands[:MAX_CANDIDATES]))
        if key in self.g.weak or (key in ORG_WORDS and not any(map(self.c.very_strong, m.cands[:5]))):
            # A common word ("Nice", "Mobile", "Reading") is the city only right after a place preposition
            # and only for a sizeable city.
            prep = re.search(r"\b(in|at|near|from|outside)\s+$", text[max(0, m.start - 8):m.start])
            return bool(prep) and any(self._pop[c] >= 100_000 and self._fcode[c].startswith("PPL")
                                      for c in m.cands[:MAX_CANDIDATES])
        single = last == i
        at_start = i == 0 or bool(SENTENCE_END.search(text[max(0, toks[i][0] - 3):toks[i][0]]))
        # (a famous place by its name or a spelling of it ("Qena" for Qina), or by an alias longer than a common word:
        # "Free", an alias of Free State, is the adjective of "the Free Papua Movement")
        # (a key longer than four letters needs no other condition: the famous test alone, through `map`)
        very_strong = any(map(self.c.very_strong, m.cands[:MAX_CANDIDATES])) if len(key) > 4 else any(
            self.c.very_strong(c) and (self._fcode[c] != "ADM1"
                                       or gz.translit_key(key) == gz.translit_key(fold(self.g._name[c])))
            for c in m.cands[:MAX_CANDIDATES])
        if single and key in words.person_words and not very_strong:
            return False      # "Brunson said" after "Andrew Brunson"; "Vladimir" of "Vladimir Putin"
        if single and CONTRACTION.match(word):
            return False      # "I've", "we'd"
        if single and key in words.lower_words and not strong:
            return False      # the same word is used as a common word in this text
        if last + 1 < len(toks) and text[toks[last][1]:toks[last + 1][0]] == " " \
                and fold(toks[last + 1][2]) in _GROUP_NAME_TAILS:
            return False          # "Boko Haram fighters": the group, not Boko in Cameroon or Congo
        if last + 1 < len(toks) and text[toks[last][1]:toks[last + 1][0]] == " " and toks[last + 1][2] == "coast" \
                and text[max(0, toks[i][0] - 4):toks[i][0]].lower() == "the ":
            return False          # "on the Pacific coast": a coastline, not Pacific, Missouri
        # Part of a longer proper name: "Mevlut Mert Altintas", "President Jordan", "Boston Globe".
        if i > 0 and text[toks[i - 1][1]:toks[i][0]] == " ":
            prev = toks[i - 1][2]
            if fold(prev) in TITLES and (not very_strong or (
                    last + 1 < len(toks) and text[toks[last][1]:toks[last + 1][0]] == " "
                    and toks[last + 1][2][:1].isupper() and fold(toks[last + 1][2]) not in NOT_PLACE)):
                return False      # "Dr York Chow": a title, a first name and a surname, however big the city
            if i > 1 and text[toks[i - 2][1]:toks[i - 1][0]] == " " and fold(toks[i - 2][2]) in TITLES \
                    and prev[:1].isupper() and fold(prev) not in NOT_PLACE and fold(prev) not in PART_WORDS:
                return False      # "village chief Ernesto Bañares": a title, a first name, then this surname
            # "Lower Baqras", "Upper Hajar": a part word before a name the gazetteer lacks whole marks a part
            # of that place, not a longer proper name.
            if prev[:1].isupper() and not at_start and fold(prev) not in NOT_PLACE and fold(prev) not in PART_WORDS \
                    and not strong:
                return False
        if i > 0 and text[toks[i - 1][1]:toks[i][0]] == " " and toks[i - 1][2][:1].isupper() \
                and fold(toks[i - 1][2]) not in NOT_PLACE and fold(toks[i - 1][2]) not in PART_WORDS \
                and _AGE_AFTER_NAME.match(text, m.end):
            return False          # "Jairo Mendoza Pallares, 51, president of ...": a person's name and age, however big Mendoza is
        if last + 1 < len(toks) and text[toks[last][1]:toks[last + 1][0]] in ("'s ", "’s ") \
                and fold(toks[last + 1][2]) in INSTITUTION_WORDS:
            return False          # "St. Paul's Hospital", "St. John's University"
        if last + 1 < len(toks) and text[toks[last][1]:toks[last + 1][0]] == " ":
            nxt = toks[last + 1][2]
            typed = fold(toks[last][2]) in TYPE_WORDS   # "Metcalfe County Sheriff's Office"
            # "Zugdidi City", "Garut Regency", "Maru Local Government Area" (Nigeria's LGA, spelled out)
            kind = fold(nxt) in PLACE_KIND_WORDS or _LGA_AFTER.match(text, toks[last][1]) is not None
            if fold(nxt) in NEWSPAPER_WORDS and nxt[:1].isupper():
                return False      # "The New York Times", "Washington Post"
            # "Beaconsfield Mayor", "Enfield Council", "Brant OPP": the place's own office, still the place.
            office = fold(nxt) in OFFICE_WORDS
            # "the Alchevsk Metallurgical Plant", "Kherson Thermal Power Plant": a works named for the town it is in
            # (not the second name of a hyphenated pair: "Macdonald-Cartier International Airport")
            works = _FACILITY_AFTER.match(text, toks[last][1]) is not None and text[m.start - 1:m.start] != "-"
            # ("Río Tambo", "Rio Branco": a river's or another town's name, however big Rio de Janeiro is)
            if nxt[:1].isupper() and fold(nxt) not in NOT_PLACE and not typed and not kind and not office and not works \
                    and (not very_strong or single and key in _RIVER_WORDS):
                return False      # "Vladimir Putin", "Boston Globe"
        if not strong and m.from_villages and i > 1 and fold(toks[i - 1][2]) in _NAME_CONNECTORS \
                and text[toks[i - 2][1]:toks[i - 1][0]] == " " == text[toks[i - 1][1]:toks[i][0]] \
                and toks[i - 2][2][:1].isupper() and fold(toks[i - 2][2]) not in NOT_PLACE \
                and fold(toks[i - 2][2]) not in TYPE_WORDS and fold(toks[i - 2][2]) not in PART_WORDS:
            return False          # "Clan del Golfo", "Frente de Liberación": the end of an organisation's name
        if not strong and _SPEAKER_BEFORE.search(text, max(0, m.start - 12), m.start) \
                and _SPEAKER_AFTER.match(text, m.end):
            return False          # "said Muhammad Ashraf, whose brother ...": the speaker, not a village so named
        if single and at_start and _OF_A_NOUN.match(text, m.end) and not any(
                self.g.is_primary_name(key, c) for c in m.cands[:MAX_CANDIDATES]):
            return False          # "Part of the herd was recovered": a noun, not an alias of Perth
        if not very_strong and _THE_BEFORE.search(text, max(0, m.start - 4), m.start) \
                and _DESCRIBES_A_PORT.match(text, m.end):
            return False          # "the Pacific port of Buenaventura": a coast describing the town, no town of its own
        if strong:
            return True
        if single and at_start and len(m.cands) and all(self._pop[c] < 5000 for c in m.cands[:MAX_CANDIDATES]) \
                and not _HEADER_AFTER.match(text, m.end):
            return False          # (but a report's item label, "Kamanyola (Walungu territory): On 9 August, ...")
        return True

    @staticmethod
    def _in_dateline(text: str, start: int) -> bool:
        """Whether ``start`` lies in the first line's opening words, in capitals up to it ("LOUISVILLE, KY")."""
        head = text[:start].lstrip()
        return len(head) <= 40 and "\n" not in head and not any(ch.islower() for ch in head)

    def _cued_unknowns(self, text, toks, mentions, capitalised: list[int]) -> list[Mention]:
        """Capitalised names after "the villages of" etc. that the gazetteer lacks: kept, resolved later."""
        covered = {(m.start, m.end) for m in mentions}
        # Tokens inside a mention (or a cued name found here): token starts ascend, so a span is an index range.
        starts = [t[0] for t in toks]
        taken = bytearray(len(toks))
        for m in mentions:
            taken[bisect.bisect_left(starts, m.start):bisect.bisect_left(starts, m.end)] = \
                b"\1" * (bisect.bisect_left(starts, m.end) - bisect.bisect_left(starts, m.start))
        out = []
        for k in capitalised:  # only a capitalised token opens a name
            if taken[k]:
                continue
            s, e, w = toks[k]
            if not self._cued(text, toks, k):
                continue
            end = e
            q = k
            while q + 1 < len(toks) and text[toks[q][1]:toks[q + 1][0]] == " " and toks[q + 1][2][:1].isupper():
                q += 1
                end = toks[q][1]
            if (s, end) in covered:
                continue
            out.append(Mention(s, end, fold(text[s:end]), [], False, cued=True))
            taken[k:q + 1] = b"\1" * (q + 1 - k)
        return out
