"""Replay the rules as they were before each repo article set was read, with and without the learned veto.

    .venv/bin/python bench/replay_unseen.py [--thresholds 0.05,0.15,0.3]

The fourth, fifth and sixth sets in `tests/fixtures/` were each scored once before any rule had seen them; the
commit before the one that added a set is its unseen state. This checks the rules of that commit out into a
temporary folder (git archive), extracts the set with them, then drops the incidents whose evidence sentence the
evidence model, trained without that set (bench/train_evidence_model.py), finds less likely than the threshold
(articles of MIN_SENTENCES or more). It approximates the veto, which judges every sentence of a frame, and shows
what it does for rules that had not seen the news either. Needs the git history (a clone, not an archive).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

import train_evidence_model as trainer
from train_evidence_model import ROOT, eval_articles, evidence_model

from sitrep.extract.clean import clean
from sitrep.extract.sentences import split_sentences

# The sets whose parent commit is their unseen state (its figures are the unseen ones in docs/evaluation.md); `more`
# and `wire` were committed after rules read off them had landed, so their parent commits have seen them.
SETS = {"fourth": "fourth_articles", "fifth": "fifth_articles", "sixth": "sixth_articles",
        "seventh": "seventh_articles"}
# Runs inside the old checkout: the extractor's entry point moved from sitrep.extractor to sitrep.extract.
DUMP = """
import json, sys
from dataclasses import asdict
try:
    from sitrep.extract import extract_incidents
except ImportError:
    from sitrep.extractor import extract_incidents
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        a = json.loads(line)
        preds = [asdict(p) for p in extract_incidents(a["text"], a["published"], a.get("title"), a.get("url"))]
        print(json.dumps({"article_id": a["article_id"], "preds": preds}))
"""


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()


def unseen_output(folder: str, tmp: Path) -> dict[str, list[dict]]:
    path = f"tests/fixtures/{folder}/articles.jsonl"
    added = _git("log", "--diff-filter=A", "--format=%H", "--", path).splitlines()[-1]
    before = _git("rev-parse", added + "^")
    checkout = tmp / before[:10]
    checkout.mkdir()
    archive = subprocess.run(["git", "archive", before, "include"], cwd=ROOT, check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(checkout)], input=archive, check=True)
    env = {"PYTHONPATH": str(checkout / "include"), "SITREP_EVIDENCE_VETO": "0", "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", DUMP, str(ROOT / path)], check=True, capture_output=True, text=True,
                         env=env)
    print(f"{folder}: the rules of {before[:10]}, before the set was added", flush=True)
    return {r["article_id"]: r["preds"] for r in map(json.loads, out.stdout.splitlines())}


def score(articles: list[dict], outputs: dict[str, list[dict]], weights: dict[int, float], bias: float,
          veto: float) -> tuple[int, int, int]:
    def probability(text: str) -> float:
        z = bias + sum(weights.get(f, 0.0) for f in evidence_model.features(text))
        return 1.0 / (1.0 + np.exp(-max(-30.0, min(30.0, z))))
    matched = gold = predicted = 0
    for a in articles:
        preds = outputs[a["article_id"]]
        if veto > 0 and len(split_sentences(clean(a["text"]).body)) >= evidence_model.MIN_SENTENCES:
            preds = [p for p in preds if probability(p["evidence"]) >= veto]
        left = list(preds)
        for g in a["incidents"]:
            hit = next((p for p in left if eval_articles.matches(g, p)), None)
            if hit is not None:
                matched += 1
                left.remove(hit)
        gold += len(a["incidents"])
        predicted += len(preds)
    return matched, gold, predicted


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--thresholds", default=f"0.05,{evidence_model.DEFAULT_VETO},0.3")
    thresholds = [0.0] + [float(t) for t in ap.parse_args().thresholds.split(",")]
    articles = {name: eval_articles.load_articles(name) for name in {*trainer.SETS, *SETS}}
    data = {name: [r for a in articles[name] for r in trainer._sentences(a)] for name in trainer.SETS}
    notes = trainer._acled_notes()
    pooled = {t: [0, 0, 0] for t in thresholds}
    with tempfile.TemporaryDirectory() as tmp:
        for name, folder in SETS.items():
            outputs = unseen_output(folder, Path(tmp))
            w, b = trainer.train([r for other, rows in data.items() if other != name for r in rows] + notes)
            figures = []
            for t in thresholds:
                m, g, p = score(articles[name], outputs, trainer._sparse(w), b, t)
                pooled[t] = [x + y for x, y in zip(pooled[t], (m, g, p))]
                figures.append(f"veto {t}: {trainer._prf(m, g, p)}")
            print(f"  unseen {name:6s}: " + " | ".join(figures), flush=True)
    for t, (m, g, p) in pooled.items():
        print(f"pooled, unseen rules, veto {t}: {trainer._prf(m, g, p)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
