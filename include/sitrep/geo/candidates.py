"""Candidates: the gazetteer entries a name may be, and how likely each is before the text's context.

Recognition asks this step which spans are names (the main table, then the villages of the text's countries);
resolution asks it for priors and spellings. Every step reads the gazetteer's columns through ``Columns``.
"""

from __future__ import annotations

import difflib
import functools
import math
import re

from sitrep.geo import gazetteer as gz
from sitrep.geo.gazetteer import Gazetteer, fold
from sitrep.geo.mention import Mention

# Prior weights of the kinds of place (a town scores log10 of its population).
ADM1_BASE, ADM2_BASE, PRIMARY_BONUS = 3.0, 2.0, 1.0
AYN_BONUS = 4.0
_AYN = re.compile(r"['`‘’ʿʾ]")
_OPEN_PAREN = re.compile(r"\s*\(\s*")  # between a name and its alias in parentheses
_CLOSE_PAREN = re.compile(r"\s*\)")


class Columns:
    """The gazetteer and the per-entry columns (feature code, population, country, admin1/2, lat/lon)."""

    def __init__(self, gazetteer: Gazetteer):
        self.g = gazetteer
        self._fcode = gazetteer._fcode
        self._pop = gazetteer._pop
        self._cc = gazetteer._cc
        self._a1 = gazetteer._a1
        self._a2 = gazetteer._a2
        self._lat = gazetteer._lat
        self._lon = gazetteer._lon


class _Flags(dict):
    """Entry -> a test's answer, worked out at the first question: the columns the tests read are only ever
    appended to (villages), so an entry's answer never changes."""
    __slots__ = ("test",)

    def __init__(self, test):
        super().__init__()
        self.test = test

    def __missing__(self, idx: int) -> bool:
        if len(self) > 500_000:
            self.clear()
        found = self[idx] = self.test(idx)
        return found


class Candidates(Columns):
    def __init__(self, gazetteer: Gazetteer):
        super().__init__(gazetteer)
        # `strong` and `very_strong` answered from a dict: asked of every reading of every name, many times over
        # (the methods below define them)
        self.strong = _Flags(functools.partial(Candidates.strong, self)).__getitem__
        self.very_strong = _Flags(functools.partial(Candidates.very_strong, self)).__getitem__
        self._namesakes: dict[tuple[str, bool, frozenset[str]], tuple[list[int], bool]] = {}
        self._near_memo: dict[tuple[str, int], bool] = {}   # (name, entry) -> spelled nearly as it (namesakes)
        self._near_row_memo: dict[tuple[str, int], bool] = {}   # (name, village row) -> the same, before entries
        self._priors: dict[tuple[str, str | None, int], float] = {}   # the same names recur across articles

    def prior(self, m: Mention, idx: int) -> float:
        """How likely entry ``idx`` is what ``m`` means before context: by kind and population, its own name,
        and the type word that followed ("Karak district")."""
        memo = (m.key, m.level, idx)
        score = self._priors.get(memo)
        if score is None:
            if len(self._priors) > 200_000:
                self._priors.clear()
            score = self._priors[memo] = self._prior(m.key, m.level, idx)
        if m.seat_cued and self._fcode[idx] in ("PPLA2", "PPLA3", "ADM2"):
            score += 3.0  # "the municipality of San Pablo": its seat, not the biggest village of the name
        if m.town_cued and self._fcode[idx] in ("ADM1", "ADM2"):
            score -= 6.0  # "the village of Fatundu": the village, not a territory that takes the name
        return score

    def _prior(self, key: str, level: str | None, idx: int) -> float:
        f = self._fcode[idx]
        pop = self._pop[idx]
        if f in gz.COUNTRY_CODES:
            score = 12.0
        elif f == "CONT":
            score = 11.0
        elif f == "ADM1":
            score = ADM1_BASE + 0.5 * math.log10(pop + 10)
        elif f == "ADM2":
            score = ADM2_BASE + 0.4 * math.log10(pop + 10)
        else:
            score = math.log10(pop + 10) + (1.5 if f == "PPLC" else 0.0)
        if self.g.is_primary_name(key, idx):
            score += PRIMARY_BONUS
        elif _AYN.search(self.g._name[idx]) and fold(_AYN.sub("a", self.g._name[idx])) == key:
            # "Maadan" for Ma'dan: the ʿayn written as a vowel is the name as spelled, not a loose match (Al Mayadin)
            score += AYN_BONUS
        if level:
            if f == level:
                score += 8.0
            elif f in ("ADM1", "ADM2"):
                score += 3.0
        return score

    def very_strong(self, idx: int) -> bool:
        """Places famous enough to keep even next to another capitalised word ("Baghdad Airport")."""
        f = self._fcode[idx]
        return (f in gz.COUNTRY_CODES or f == "CONT" or (f == "ADM1" and self._pop[idx] >= 500_000)
                or self._pop[idx] >= 1_000_000)

    def strong(self, idx: int) -> bool:
        """Places big enough that a capitalised neighbour or a lower-case use of the word does not veto them."""
        f = self._fcode[idx]
        return f in gz.COUNTRY_CODES or f == "CONT" or (f == "ADM1" and self._pop[idx] > 0) or self._pop[idx] >= 100_000

    def namesake_villages(self, found: Mention, vccs: frozenset[str], cued: bool = False) -> tuple[list[int], bool]:
        """Villages sharing the key of a main-gazetteer name, spelled nearly as it where that name is exact.
        Cached: the same names ("Baghdad", "Gaza") recur in every article and each has dozens of namesakes."""
        memo = (found.key, found.exact, vccs, cued)
        hit = self._namesakes.get(memo)
        if hit is None and found.exact and not cued:
            # Only the villages spelled nearly as the name are kept: judged by their rows' names, and only those
            # kept become gazetteer entries (most namesakes under a key are spelled otherwise). The same entries,
            # in the same order, as judging the entries of `village_match` would keep.
            rows, same_key = self.g.village_rows(found.key, vccs)
            extra = list(self.g.village_entries(self._near_rows(found.key, rows))) if rows and same_key \
                else self.g.village_match(found.key, vccs)[0]
            if len(self._namesakes) > 50_000:
                self._namesakes.clear()
            hit = self._namesakes[memo] = (extra, same_key)
        if hit is None:
            extra, same_key = self.g.village_match(found.key, vccs)
            if extra and same_key and found.exact:
                # Villages spelled nearly as the name; a town of the main table only under the name's own key
                # (Al Karamah for "Karama", not Luhansk, pop. 400,000, for the exact "Luhanske").
                near = self._near_namesakes(found.key, extra)
                if cued and not any(self.g.is_primary_name(found.key, c) for c in found.cands):
                    # After "the village of", a name that is only another entry's alias ("Olan", Occitan for
                    # Olemps) keeps every village of its key (`Awlan), but no other town.
                    near += [c for c in extra if self.g.is_village(c) and c not in near]
                extra = near
            if len(self._namesakes) > 50_000:
                self._namesakes.clear()
            hit = self._namesakes[memo] = (extra, same_key)
        return hit

    _NEAR_MEMO = 400_000

    def _near_namesakes(self, key: str, extra: list[int]) -> list[int]:
        """The entries of ``extra`` spelled nearly as ``key`` (0.8) that are villages or share its bare
        transliteration key, in order. Each entry's verdict remembered: a name recurs with other countries'
        villages (each text's own), and one entry's verdict depends on the name and that entry only."""
        memo = self._near_memo
        got = {c: memo.get((key, c)) for c in extra}   # (read once: another thread may clear the memo)
        missing = [c for c, near in got.items() if near is None]
        if missing:
            if len(memo) + len(missing) > self._NEAR_MEMO:
                memo.clear()   # bounded memory over a long run
            tk = gz.translit_key(self._bare(key))
            kept = set(c for c in self._spelled_nearly(key, missing, 0.8)
                       if self.g.is_village(c) or gz.translit_key(self._bare(fold(self.g._name[c]))) == tk)
            for c in missing:
                got[c] = memo[key, c] = c in kept
        return [c for c in extra if got[c]]

    def _near_rows(self, key: str, rows: list[int]) -> list[int]:
        """`_near_namesakes` over rows of `Gazetteer.village_rows` (a village row >= 0, a main town -1 - entry),
        before any becomes an entry: a village row's entry is a village, so its spelling alone decides."""
        memo = self._near_row_memo
        got = {x: memo.get((key, x)) for x in rows}
        missing = [x for x, near in got.items() if near is None]
        if missing:
            if len(memo) + len(missing) > self._NEAR_MEMO:
                memo.clear()   # bounded memory over a long run
            tk = gz.translit_key(self._bare(key))
            names = self.g.village_row_names(missing)
            near = self._spelled_nearly_of(key, names, 0.8)
            for x, name, ok in zip(missing, names, near):
                got[x] = memo[key, x] = ok and (x >= 0 or gz.translit_key(self._bare(fold(name))) == tk)
        return [x for x in rows if got[x]]

    def _spelling(self, key: str, c: int) -> float:
        """How close entry c's name is spelled to ``key``, articles aside (0..1)."""
        return difflib.SequenceMatcher(None, self._bare(key), self._bare(fold(self.g._name[c]))).ratio()

    def _spelled_nearly(self, key: str, cands: list[int], floor: float) -> list[int]:
        """The entries c with ``_spelling(key, c) >= floor``, the cheap upper bounds first (length, then the
        letters in common): most villages under a key fail on those."""
        names = self.g._name
        return [c for c, near in zip(cands, self._spelled_nearly_of(key, [names[c] for c in cands], floor)) if near]

    def _spelled_nearly_of(self, key: str, names: list[str], floor: float) -> list[bool]:
        """For each of ``names``: whether it is spelled as nearly as ``floor`` like ``key`` (`_spelling`)."""
        a = self._bare(key)
        # (difflib's quick_ratio: the letters in common, as a multiset, counted per distinct letter of the key)
        letters = [(ch, a.count(ch)) for ch in dict.fromkeys(a)]
        exact = difflib.SequenceMatcher(None, a, "")   # (a is its first sequence: only b is indexed anew)
        verdicts: dict[str, bool] = {}   # villages under one key often share a spelling: each judged once
        kept = []
        for name in names:
            b = self._bare(fold(name))
            near = verdicts.get(b)
            if near is None:
                near = 2 * min(len(a), len(b)) >= floor * (len(a) + len(b))
                if near:
                    common = 0
                    for ch, n in letters:
                        common += min(n, b.count(ch))
                    near = 2.0 * common / (len(a) + len(b)) >= floor
                    if near:
                        exact.set_seq2(b)
                        near = exact.ratio() >= floor
                verdicts[b] = near
            kept.append(near)
        return kept

    @staticmethod
    def _bare(name: str) -> str:
        return gz.strip_article(name) or name

    def likeliest(self, m: Mention, cands: list[int]) -> int:
        # Spelling to one decimal first: a key shared by several villages of one region says little else.
        return max(cands, key=lambda c: (round(self._spelling(m.key, c), 1), m.scores.get(c, 0.0) + m.bonus.get(c, 0.0)))

    def names_region(self, key: str) -> bool:
        """Whether ``key`` is exactly the name of a first- or second-level region."""
        cands, exact = self.g.match_main(key)
        return exact and any(self._fcode[c] in ("ADM1", "ADM2") for c in cands)

    def join_aliases(self, text: str, mentions: list[Mention]) -> None:
        """"Edine (Edin) area", "Sergele (Sargali) village": two spellings of one place; each takes the other's
        readings."""
        for a, b in zip(mentions, mentions[1:]):
            if a.hint is None and b.hint is None and a.demonym is None and b.demonym is None \
                    and _OPEN_PAREN.fullmatch(text[a.end:b.start]) and _CLOSE_PAREN.match(text, b.end) \
                    and gz.spelled_alike(a.key, b.key) and not self.names_region(b.key):
                for x, y in ((a, b), (b, a)):
                    have = set(x.cands)
                    x.cands = list(x.cands) + [c for c in y.cands if c not in have]
                    x.from_villages = x.from_villages and y.from_villages


def dist_km(lat1, lon1, lat2, lon2) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))
