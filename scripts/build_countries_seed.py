"""Write include/sitrep/data/seeds/countries.csv: ISO codes, ACLED's country name and ACLED's region.

One-off generator (pip install pycountry): ISO 3166 codes and names come from pycountry; ACLED's names for the
countries it spells differently and its 17 regions (UN M49 sub-regions, grouped as ACLED groups them) are below.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

import pycountry

ACLED_NAMES = {
    "CD": "Democratic Republic of Congo", "CG": "Republic of Congo", "PS": "Palestine", "CI": "Ivory Coast",
    "SZ": "eSwatini", "CZ": "Czech Republic", "MK": "North Macedonia", "TL": "East Timor", "CV": "Cape Verde",
    "VA": "Vatican City", "FM": "Micronesia", "KR": "South Korea", "KP": "North Korea", "LA": "Laos",
    "VN": "Vietnam", "RU": "Russia", "IR": "Iran", "SY": "Syria", "BO": "Bolivia", "VE": "Venezuela",
    "TZ": "Tanzania", "MD": "Moldova", "TW": "Taiwan", "TR": "Turkey", "BN": "Brunei", "GB": "United Kingdom",
    "US": "United States", "XK": "Kosovo", "BQ": "Caribbean Netherlands", "VG": "British Virgin Islands",
    "VI": "Virgin Islands, U.S.", "GM": "Gambia", "BS": "Bahamas", "KN": "Saint Kitts and Nevis",
    "LC": "Saint Lucia", "VC": "Saint Vincent and the Grenadines", "MF": "Saint-Martin",
    "SX": "Sint Maarten", "FK": "Falkland Islands", "SH": "Saint Helena, Ascension and Tristan da Cunha", "CW": "Curacao", "RE": "Reunion",
    "GG": "Bailiwick of Guernsey", "BL": "Saint-Barthelemy", "AX": "Aland Islands",
}

REGIONS = {
    "Western Africa": "BJ BF CV CI GM GH GN GW LR ML MR NE NG SN SL TG SH",
    "Middle Africa": "AO CM CF TD CG CD GQ GA ST",
    "Eastern Africa": "BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS TZ UG",
    "Southern Africa": "BW SZ LS NA ZA ZM ZW",
    "Northern Africa": "DZ EG LY MA SD TN EH",
    "South Asia": "BD BT IN MV NP PK LK",
    "Southeast Asia": "BN KH ID LA MY MM PH SG TH TL VN",
    "East Asia": "CN HK MO JP KP KR MN TW",
    "Middle East": "BH IR IQ IL JO KW LB OM PS QA SA SY TR AE YE",
    "Caucasus and Central Asia": "AF AM AZ GE KZ KG TJ TM UZ",
    "Europe": "AX AL CY GL AD AT BY BE BA BG HR CZ DK EE FO FI FR DE GI GR GG HU IS IE IM IT JE XK LV LI LT LU MT MD MC ME "
              "NL MK NO PL PT RO RU SM RS SK SI ES SJ SE CH UA GB VA",
    "Central America": "BZ CR SV GT HN NI PA",
    "South America": "AR BO BR CL CO EC FK GF GY PY PE SR UY VE",
    "Caribbean": "AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI",
    "North America": "BM CA MX PM US",
    "Oceania": "AS AU CC CX CK FJ PF GU KI MH FM NR NC NZ NU NF MP PW PG PN WS SB TK TO TV UM VU WF",
    "Antarctica": "AQ BV TF HM GS IO",
}


def main(out: Path) -> None:
    region_of = {cc: region for region, codes in REGIONS.items() for cc in codes.split()}
    rows = []
    for c in pycountry.countries:
        name = ACLED_NAMES.get(c.alpha_2) or getattr(c, "common_name", None) or c.name
        rows.append((c.alpha_2, c.alpha_3, int(c.numeric), name, region_of.get(c.alpha_2, "")))
    rows.append(("XK", "XKX", 0, "Kosovo", "Europe"))  # not in ISO 3166; ACLED codes it 0
    rows.sort()
    missing = [r[0] for r in rows if not r[4]]
    if missing:
        sys.exit(f"no region for {missing}")
    with out.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["country_iso2", "country_iso3", "iso", "country", "region"])
        w.writerows(rows)


if __name__ == "__main__":
    main(Path(__file__).resolve().parents[1] / "include" / "sitrep" / "data" / "seeds" / "countries.csv")
