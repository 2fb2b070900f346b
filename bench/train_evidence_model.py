"""Train sitrep.extract.evidence_model: does a sentence report an incident of the article?

    .venv/bin/python bench/train_evidence_model.py            # 4-fold figures by set, then the shipped model

Labels. A sentence is positive when it is a gold incident's evidence sentence, or a sentence of a frame the rules
open whose incident matches a gold incident (the scorer's matching): a detailed later report of a gold event is
evidence too, so the veto does not drop the frame that carries it. Every other sentence is negative. Short ACLED
notes from `../shared/benchmarks/acled/acled_2022_dev.csv` (their first sentence, the "On <date>," opening and the
"[size=...]" tail removed) add positives from every part of ACLED's taxonomy that the articles rarely show.

Data: the benchmark's `dev` split and every repo set a session has read (`read_sets`); a set whose README says it is
never read, the benchmark's `test` split and the demo's gold articles are never trained on. Because the labels come
from the rules' frames, retrain when the rules change much.

Figures printed: the sets dealt round-robin into four folds, each fold scored by the model trained on the other three,
article-level P/R/F1 with the veto off and at each threshold of `THRESHOLDS`, and pooled over the folds: the figure
that chose the threshold. Logistic regression over hashed n-grams, class-weighted, plain SGD (numpy only),
deterministic.
"""
from __future__ import annotations

import csv
import gzip
import json
import os
import re
import sys
from dataclasses import asdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
os.environ["SITREP_EVIDENCE_VETO"] = "0"   # labels come from the rules alone

import eval_articles  # noqa: E402  (the benchmark's scorer: its matching labels the frames)
from sitrep.extract import evidence_model, pipeline  # noqa: E402
from sitrep.extract.clean import clean  # noqa: E402
from sitrep.extract.sentences import split_sentences  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
_SET_OF_FOLDER = {"news_articles": "own", "more_news_articles": "more", "wire_articles": "wire"}


def read_sets() -> list[str]:
    """The benchmark's `dev` and every repo set a session has read. A set whose README says it is never read
    measures what the rules and this model do on unseen news, so it is never trained on; nor is the benchmark's
    `test` split, nor `gold_articles` (the demo's fixtures, not news)."""
    out = ["dev"]
    for folder in sorted(FIXTURES.glob("*_articles")):
        readme = folder / "README.md"
        if folder.name == "gold_articles" or not (folder / "articles.jsonl").exists() \
                or (readme.exists() and "never read" in readme.read_text(encoding="utf-8")):
            continue
        out.append(_SET_OF_FOLDER.get(folder.name, folder.name.removesuffix("_articles")))
    return out


SETS = read_sets()
FOLDS = 4                  # sets dealt round-robin into folds: each fold's sets scored by a model trained on the rest
THRESHOLDS = (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4)
ACLED = ROOT.parent / "shared" / "benchmarks" / "acled" / "acled_2022_dev.csv"
ACLED_NOTES = 800          # about one positive in four; more notes soften the veto (fewer frames dropped)
OUT = ROOT / "include" / "sitrep" / "data" / "evidence_model.json.gz"
Row = tuple[list[int], int]


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def _matched_frame_sentences(article: dict) -> set[str]:
    """The sentences of every frame the rules open whose incident matches one of the article's gold incidents."""
    doc = pipeline._read(article["text"], article["published"], article.get("title"), article.get("url"))
    if doc is None:
        return set()
    groups = pipeline._FrameReader(doc).read()
    incidents, _ = pipeline._incidents(doc, groups)
    return {_norm(s.text) for g, inc in zip(groups, incidents)
            if any(eval_articles.matches(gold, asdict(inc)) for gold in article["incidents"]) for s in g.sentences}


def _sentences(article: dict) -> list[Row]:
    evidence = [_norm(g["evidence"]) for g in article["incidents"]]
    framed = _matched_frame_sentences(article)
    out = []
    for s in split_sentences(clean(article["text"]).body):
        t = _norm(s.text)
        if len(t) < 15:
            continue
        y = int(t in framed or any(e and (e in t or t in e) and min(len(e), len(t)) > 20 for e in evidence))
        out.append((evidence_model.features(s.text), y))
    return out


def _acled_notes() -> list[Row]:
    if not ACLED.exists():
        print(f"{ACLED} not found: trained without ACLED notes")
        return []
    with open(ACLED, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    out = []
    for i in np.random.default_rng(1).permutation(len(rows))[:ACLED_NOTES]:
        note = re.sub(r"\s*\[[^\]]*\]\s*$", "", rows[i]["notes"])
        note = re.sub(r"^On (or around )?\d{1,2} \w+ \d{4},\s*", "", note)
        out.append((evidence_model.features(re.split(r"(?<=[a-z0-9)]\.)\s+(?=[A-Z])", note)[0]), 1))
    return out


def train(rows: list[Row], epochs: int = 12, lr: float = 0.3, l2: float = 2e-3) -> tuple[np.ndarray, float]:
    w, b = np.zeros(evidence_model.DIMENSION), 0.0
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


def _sparse(w: np.ndarray) -> dict[int, float]:
    return {int(i): round(float(w[i]), 5) for i in np.flatnonzero(np.abs(w) > 1e-4)}


def _score(articles: list[dict], weights: dict[int, float], bias: float, veto: float) -> tuple[int, int, int]:
    """(matched, gold, predicted) of the whole extractor with this model and threshold."""
    evidence_model._model.cache_clear()
    os.environ["SITREP_EVIDENCE_VETO"] = str(veto)
    original = evidence_model._model
    evidence_model._model = lambda: (weights, bias)
    try:
        s = eval_articles.score_split(articles, None)
    finally:
        evidence_model._model = original
        os.environ["SITREP_EVIDENCE_VETO"] = "0"
    matched = round(s["R"] * s["gold"])
    return matched, s["gold"], s["predicted"]


def _prf(matched: int, gold: int, predicted: int) -> str:
    p, r = matched / max(predicted, 1), matched / max(gold, 1)
    return f"P {p:.3f} R {r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.3f}"


def main() -> int:
    articles = {name: eval_articles.load_articles(name) for name in SETS}
    data = {name: [r for a in arts for r in _sentences(a)] for name, arts in articles.items() if arts}
    notes = _acled_notes()
    names = sorted(data)
    pooled = {t: [0, 0, 0] for t in THRESHOLDS}
    for k in range(FOLDS):
        held = names[k::FOLDS]
        w, b = train([r for name, rows in data.items() if name not in held for r in rows] + notes)
        weights = _sparse(w)
        figures = []
        for t in THRESHOLDS:
            m = g = p = 0
            for name in held:
                m1, g1, p1 = _score(articles[name], weights, b, t)
                m, g, p = m + m1, g + g1, p + p1
            pooled[t] = [x + y for x, y in zip(pooled[t], (m, g, p))]
            figures.append(f"veto {t}: {_prf(m, g, p)}")
        print(f"fold {k + 1}/{FOLDS} held out ({len(held)} sets): " + " | ".join(figures), flush=True)
    for t, (m, g, p) in pooled.items():
        print(f"pooled, each fold held out, veto {t}: {_prf(m, g, p)}")
    w, b = train([r for rows in data.values() for r in rows] + notes)
    weights = _sparse(w)
    payload = {"dimension": evidence_model.DIMENSION, "bias": round(float(b), 5),
               "weights": {str(k): v for k, v in weights.items()},
               "trained_on": {**{name: len(rows) for name, rows in data.items()}, "acled_notes": len(notes)}}
    OUT.write_bytes(gzip.compress(json.dumps(payload, sort_keys=True).encode(), mtime=0))
    print(f"wrote {OUT.relative_to(ROOT)}: {len(weights)} weights, trained on {len(data)} sets")
    return 0


if __name__ == "__main__":
    sys.exit(main())
