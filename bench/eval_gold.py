"""Score the extractor on the repo's gold-labelled multi-incident articles (tests/fixtures/gold_articles).

    .venv/bin/python bench/eval_gold.py [--dir DIR] [--verbose]

A predicted incident matches a gold incident of the same article when its evidence span overlaps the gold
evidence (one-to-one, in order). Prints incident precision / recall / F1 and, over matched pairs, the share
with the right event_type, sub_event_type, event_date, fatalities and location (same admin1 or name).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "include"))

from sitrep.extract import extract_incidents  # noqa: E402
from sitrep.extract.locations import same_admin  # noqa: E402

DEFAULT_DIR = ROOT / "tests" / "fixtures" / "gold_articles"


def load_gold(directory: Path) -> list[dict]:
    docs = []
    for path in sorted(directory.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        for inc in doc["incidents"]:
            start = doc["text"].find(inc["evidence"])
            if start < 0:
                raise ValueError(f"{path.name}: evidence not found in text: {inc['evidence'][:60]!r}")
            inc["_span"] = (start, start + len(inc["evidence"]))
        docs.append(doc)
    return docs


def score(docs: list[dict], verbose: bool = False) -> dict:
    tp = fp = fn = 0
    field_hits = {"event_type": 0, "sub_event_type": 0, "event_date": 0, "fatalities": 0, "location": 0}
    extract_incidents("Warm-up: gunmen killed two people in Baghdad.", "2024-01-01")  # load the gazetteer
    t0 = time.perf_counter()
    for doc in docs:
        preds = extract_incidents(doc["text"], doc["published"], doc.get("title"))
        used: set[int] = set()
        for g in doc["incidents"]:
            gs, ge = g["_span"]
            match = next((k for k, p in enumerate(preds) if k not in used
                          and p.evidence_start < ge and gs < p.evidence_end), None)
            if match is None:
                fn += 1
                if verbose:
                    print(f"[{doc['id']}] MISSED {g['sub_event_type']}: {g['evidence'][:90]}")
                continue
            used.add(match)
            tp += 1
            p = preds[match]
            ok = {
                "event_type": p.event_type == g["event_type"],
                "sub_event_type": p.sub_event_type == g["sub_event_type"],
                "event_date": p.event_date == g["event_date"],
                "fatalities": p.fatalities == g["fatalities"],
                "location": same_admin(p.admin1, g["admin1"]) or same_admin(p.location, g["location"]),
            }
            for k, v in ok.items():
                field_hits[k] += v
            if verbose and not all(ok.values()):
                bad = {k: (getattr(p, k if k != "location" else "admin1"), g[k if k != "location" else "admin1"])
                       for k, v in ok.items() if not v}
                print(f"[{doc['id']}] field errors (got, gold): {bad}")
        for k, p in enumerate(preds):
            if k not in used:
                fp += 1
                if verbose:
                    print(f"[{doc['id']}] SPURIOUS {p.sub_event_type}: {p.evidence[:90]}")
    elapsed = time.perf_counter() - t0
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"articles": len(docs), "gold": tp + fn, "predicted": tp + fp, "tp": tp, "precision": precision,
            "recall": recall, "f1": f1, "fields": {k: v / tp if tp else 0.0 for k, v in field_hits.items()},
            "seconds": elapsed}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--verbose", action="store_true", help="list misses, spurious incidents and field errors")
    args = ap.parse_args(argv)
    docs = load_gold(args.dir)
    if not docs:
        print(f"no gold articles in {args.dir}", file=sys.stderr)
        return 2
    r = score(docs, args.verbose)
    print(f"gold articles:        {r['articles']}  (gold incidents {r['gold']}, predicted {r['predicted']})")
    print(f"incident precision:   {100 * r['precision']:.1f}%")
    print(f"incident recall:      {100 * r['recall']:.1f}%")
    print(f"incident F1:          {100 * r['f1']:.1f}%")
    for k, v in r["fields"].items():
        print(f"matched {k + ':':<16}{100 * v:.1f}%")
    print(f"throughput:           {r['articles'] / r['seconds']:.0f} articles/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
