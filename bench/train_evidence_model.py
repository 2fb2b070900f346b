"""Train sitrep.extract.evidence_model: which sentence first reports an incident.

    .venv/bin/python bench/train_evidence_model.py            # leave-one-set-out figures, then the shipped model

The shipped model learns from the repo's labelled article sets only; the benchmark's `dev` split joins the
leave-one-set-out check (its `test` split never does). A sentence is positive when it is a gold incident's evidence
sentence. Logistic regression over hashed n-grams, class-weighted,
by plain SGD (numpy only), deterministic. Prints, for each set held out, sentence-level P/R/F1 and how many gold
evidence sentences a veto would lose at a few thresholds, then writes the model trained on every set.
"""
from __future__ import annotations

import glob
import gzip
import json
import re
import sys
from pathlib import Path

import numpy as np

from sitrep.extract.clean import clean
from sitrep.extract.evidence_model import DIMENSION, TRIED_VETO, features
from sitrep.extract.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "benchmarks" / "articles"
SETS = {"dev": None, "own": "news_articles", "more": "more_news_articles", "wire": "wire_articles",
        "fourth": "fourth_articles", "fifth": "fifth_articles", "sixth": "sixth_articles"}
OUT = ROOT / "include" / "sitrep" / "data" / "evidence_model.json.gz"


def _articles(name: str) -> list[dict]:
    if SETS[name] is None:
        rows = [json.loads(line) for f in sorted(glob.glob(str(BENCH / "*.jsonl"))) for line in open(f) if line.strip()]
        return [r for r in rows if r["split"] == "dev"]  # the test split is never trained on
    return [json.loads(line) for line in open(ROOT / "tests" / "fixtures" / SETS[name] / "articles.jsonl") if line.strip()]


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def _sentences(article: dict) -> list[tuple[list[int], int]]:
    evidence = [_norm(g["evidence"]) for g in article["incidents"]]
    out = []
    for s in split_sentences(clean(article["text"]).body):
        t = _norm(s.text)
        if len(t) < 15:
            continue
        y = int(any(e and (e in t or t in e) and min(len(e), len(t)) > 20 for e in evidence))
        out.append((features(s.text), y))
    return out


def train(rows: list[tuple[list[int], int]], epochs: int = 12, lr: float = 0.3, l2: float = 1e-5):
    w, b = np.zeros(DIMENSION), 0.0
    y = np.array([r[1] for r in rows], dtype=float)
    weight = {1: 0.5 / y.mean(), 0: 0.5 / (1 - y.mean())}
    order = np.random.default_rng(0)
    for _ in range(epochs):
        for i in order.permutation(len(rows)):
            f, label = rows[i]
            p = 1.0 / (1.0 + np.exp(-(w[f].sum() + b)))
            g = (p - label) * weight[label]
            w[f] -= lr * (g + l2 * w[f])
            b -= lr * g
        lr *= 0.8
    return w, b


def main() -> int:
    data = {name: [r for a in _articles(name) for r in _sentences(a)] for name in SETS}
    for held in SETS:
        w, b = train([r for name, rows in data.items() if name != held for r in rows])
        p = np.array([1.0 / (1.0 + np.exp(-(w[f].sum() + b))) for f, _ in data[held]])
        y = np.array([label for _, label in data[held]])
        pred = p >= 0.5
        tp = int((pred & (y == 1)).sum())
        P, R = tp / max(int(pred.sum()), 1), tp / max(int(y.sum()), 1)
        vetoes = "; ".join(f"below {t}: loses {int(((p < t) & (y == 1)).sum())} of {int(y.sum())} evidence, "
                           f"drops {int(((p < t) & (y == 0)).sum())} others" for t in sorted({0.01, TRIED_VETO, 0.08}))
        print(f"held out {held:7s} sentences {len(y):5d}: P {P:.2f} R {R:.2f} F1 {2 * P * R / max(P + R, 1e-9):.2f}; {vetoes}")
    # The shipped model learns from the repo's own articles only: the benchmark stays evaluation data.
    w, b = train([r for name, rows in data.items() if SETS[name] is not None for r in rows])
    nonzero = {str(i): round(float(w[i]), 5) for i in np.flatnonzero(np.abs(w) > 1e-4)}
    payload = {"dimension": DIMENSION, "bias": round(float(b), 5), "weights": nonzero,
               "trained_on": {name: len(rows) for name, rows in data.items() if SETS[name] is not None}}
    OUT.write_bytes(gzip.compress(json.dumps(payload, sort_keys=True).encode(), mtime=0))
    print(f"wrote {OUT.relative_to(ROOT)}: {len(nonzero)} weights")
    return 0


if __name__ == "__main__":
    sys.exit(main())
