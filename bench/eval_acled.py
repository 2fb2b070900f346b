"""Score the incident extractor on ACLED's 2022 dev notes (evaluation only: the data is never copied).

    .venv/bin/python bench/eval_acled.py [--csv PATH] [--limit N] [--errors sub_event_type|fatalities|location]

Each note is one event: the extractor runs on the note with the event date as publication date and the single
best incident (highest confidence, first on ties) is compared with ACLED's labels.
"""
from __future__ import annotations

import argparse
import collections
import csv
import math
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "include"))

from sitrep.extract import extract_incidents, pipeline  # noqa: E402
from sitrep.extract.actor_coding import actor_type  # noqa: E402
from sitrep.extract.actors import load_aliases  # noqa: E402
from sitrep.extract.locations import same_admin  # noqa: E402
from sitrep.geo.geoparser import same_region  # noqa: E402

DEFAULT_CSV = ROOT.parent / "shared" / "benchmarks" / "acled" / "acled_2022_dev.csv"


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


_GEO_SECONDS = [0.0]
_geoparse_text = pipeline.geoparse_text


def _timed_geoparse(text: str, country_hint: str | None = None):
    t = time.perf_counter()
    try:
        return _geoparse_text(text, country_hint)
    finally:
        _GEO_SECONDS[0] += time.perf_counter() - t


pipeline.geoparse_text = _timed_geoparse  # to report the extractor's own speed apart from the geoparser's


def right_admin1(p, gold: str, country: str) -> bool:
    """The province ACLED names is the one chosen: its name loosely, or another of its names in the gazetteer
    (ACLED writes "Niedersachsen" and "Lower Shabelle", GeoNames "State of Lower Saxony" and "Shabeellaha Hoose")."""
    return same_admin(p.admin1, gold) or (p.country == country and same_region(gold, p.admin1, p.country_iso2))


def best_incident(note: str, date: str):
    incidents = extract_incidents(note, date)
    if not incidents:
        return None
    return max(enumerate(incidents), key=lambda p: (p[1].confidence, -p[0]))[1]


_SUFFIX = re.compile(r" \((?:[^()]*)\).*$")


def _seed_aliases() -> dict[str, list[str]]:
    """Canonical actor -> its aliases in the seed; the generic roles by actor type."""
    by_actor: dict[str, list[str]] = collections.defaultdict(list)
    for alias, (actor, kind) in load_aliases().items():
        by_actor[actor].append(alias)
    return by_actor


def note_names_actor(note: str, gold: str, aliases: dict[str, list[str]]) -> bool:
    """Does the note name ACLED's actor with a word the alias seed knows? ("Russian forces" for "Military Forces
    of Russia (2000-)", "protesters" for "Protesters (India)"). The denominator of the actor1 target."""
    if not gold:
        return False
    base = _SUFFIX.sub("", gold).strip()
    names = list(aliases.get(base, []))
    if base.startswith("Military Forces of"):
        names += aliases.get("State Forces", [])
    elif base.startswith("Police Forces of"):
        names += aliases.get("Police Forces", [])
    names = [n for n in names if len(n) > 2] + [n for n in names if len(n) <= 2]
    low = note.lower()
    return any(re.search(rf"(?<![\w-]){re.escape(n.lower())}(?![\w-])", low) for n in names)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    ap.add_argument("--limit", type=int, default=0, help="score a random sample of N rows (0 = all)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--errors", choices=["event_type", "sub_event_type", "fatalities", "location", "actor1",
                                         "actor2"], default=None,
                    help="print mismatches of this field (for development)")
    ap.add_argument("--max-errors", type=int, default=40)
    args = ap.parse_args(argv)
    if not args.csv.exists():
        print(f"ACLED dev file not found: {args.csv}", file=sys.stderr)
        return 2
    with args.csv.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    if args.limit:
        rows = random.Random(args.seed).sample(rows, min(args.limit, len(rows)))
    n = len(rows)
    hits = collections.Counter()
    located = 0
    shown = 0
    confusion = collections.Counter()
    best_incident("On 1 January 2022, a warm-up note in Baghdad.", "2022-01-01")  # load gazetteer first
    _GEO_SECONDS[0] = 0.0
    t0 = time.perf_counter()
    preds = [best_incident(r["notes"], r["event_date"]) for r in rows]
    elapsed = time.perf_counter() - t0
    aliases = _seed_aliases()
    named = 0
    for r, p in zip(rows, preds):
        a1 = p.actor1 if p else None
        a2 = (p.actor2 if p else None) or ""
        hits["actor1"] += a1 == r["actor1"]
        hits["actor2"] += a2 == r["actor2"]
        hits["actor1_type"] += actor_type(a1) is not None and actor_type(a1) == actor_type(r["actor1"])
        if note_names_actor(r["notes"], r["actor1"], aliases):
            named += 1
            hits["actor1_named"] += a1 == r["actor1"]
        et = p.event_type if p else None
        st = p.sub_event_type if p else None
        fat = p.fatalities if p else 0
        hits["event_type"] += et == r["event_type"]
        hits["sub_event_type"] += st == r["sub_event_type"]
        hits["fatalities"] += fat == int(r["fatalities"] or 0)
        hits["none"] += p is None
        ok_loc = False
        if p and p.latitude is not None:
            located += 1
            d = haversine_km(p.latitude, p.longitude, float(r["latitude"]), float(r["longitude"]))
            ok_loc = d <= 25.0
            hits["within25"] += ok_loc
            hits["admin1"] += right_admin1(p, r["admin1"], r["country"])
            hits["admin1_spelled"] += same_admin(p.admin1, r["admin1"])
        if st != r["sub_event_type"]:
            confusion[(r["sub_event_type"], st)] += 1
        if args.errors and shown < args.max_errors:
            wrong = {"actor1": a1 != r["actor1"], "actor2": a2 != r["actor2"], "event_type": et != r["event_type"], "sub_event_type": st != r["sub_event_type"],
                     "fatalities": fat != int(r["fatalities"] or 0), "location": not ok_loc}[args.errors]
            if wrong:
                shown += 1
                got = {"actor1": a1, "actor2": a2, "event_type": et, "sub_event_type": st, "fatalities": fat,
                       "location": (p.location, p.admin1, p.latitude, p.longitude) if p else None}[args.errors]
                gold = {"actor1": r["actor1"], "actor2": r["actor2"], "event_type": r["event_type"], "sub_event_type": r["sub_event_type"],
                        "fatalities": r["fatalities"],
                        "location": (r["location"], r["admin1"], r["latitude"], r["longitude"])}[args.errors]
                print(f"--- gold={gold} got={got}\n    {r['notes'][:400]}")
    by_country: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for r, p in zip(rows, preds):
        for group in (r["country"], "Iraq+Syria" if r["country"] in ("Iraq", "Syria") else None):
            if group is None:
                continue
            c = by_country[group]
            c["n"] += 1
            c["event_type"] += bool(p) and p.event_type == r["event_type"]
            if p and p.latitude is not None:
                c["within25"] += haversine_km(p.latitude, p.longitude, float(r["latitude"]), float(r["longitude"])) <= 25.0
                c["admin1"] += right_admin1(p, r["admin1"], r["country"])
    pct = lambda k: 100.0 * hits[k] / n if n else 0.0  # noqa: E731
    print(f"ACLED dev notes scored:        {n}")
    print(f"event_type accuracy:           {pct('event_type'):.1f}%")
    print(f"sub_event_type accuracy:       {pct('sub_event_type'):.1f}%")
    print(f"located within 25 km:          {pct('within25'):.1f}%  (located at all: {100.0 * located / n:.1f}%)")
    print(f"admin1 accuracy:               {pct('admin1'):.1f}%  (the province ACLED names, by any of its names;"
          f" spelled as ACLED spells it: {pct('admin1_spelled'):.1f}%)")
    print(f"fatalities exact match:        {pct('fatalities'):.1f}%")
    print(f"actor1 exact match:            {pct('actor1'):.1f}%  (notes naming actor1 by a seed alias: "
          f"{100.0 * hits['actor1_named'] / max(named, 1):.1f}% of {named})")
    print(f"actor2 exact match:            {pct('actor2'):.1f}%  (both empty counts as a match)")
    print(f"actor1 type (inter code) right: {pct('actor1_type'):.1f}%")
    print(f"notes with no incident:        {pct('none'):.1f}%")
    largest = sorted((k for k in by_country if k != "Iraq+Syria"), key=lambda k: -by_country[k]["n"])[:10]
    print("by country (within 25 km / admin1 / event_type; targets 85% / 90% / 90%, Iraq+Syria 75% / 90% / 90%):")
    for k in ["Iraq+Syria", "Iraq", "Syria"] + largest:
        c = by_country.get(k)
        if c:
            print(f"  {k:<22} {c['n']:5d} rows  {100.0 * c['within25'] / c['n']:5.1f}%  {100.0 * c['admin1'] / c['n']:5.1f}%"
                  f"  {100.0 * c['event_type'] / c['n']:5.1f}%")
    own = elapsed - _GEO_SECONDS[0]
    print(f"throughput:                    {n / elapsed:.0f} articles/s (one process, {elapsed:.1f} s)")
    print(f"  without geoparser time:      {n / own:.0f} articles/s (geoparser {_GEO_SECONDS[0]:.1f} s)")
    if args.errors == "sub_event_type":
        print("top confusions (gold -> predicted):")
        for (g, pr), c in confusion.most_common(25):
            print(f"  {c:5d}  {g} -> {pr}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
