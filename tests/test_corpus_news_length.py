"""bench/corpus_gen.py --length news: news-length articles with the gold set's length and incident distribution."""

from __future__ import annotations

import json
import statistics
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import corpus_gen  # noqa: E402


def _sample(n=600):
    return [corpus_gen.news_article(7, i, date(2021, 3, 1)) for i in range(n)]


def test_lengths_follow_the_measured_distribution():
    rows = _sample()
    words = [len(r["text"].split()) for r, _ in rows]
    paragraphs = [len(r["text"].split("\n\n")) for r, _ in rows]
    assert 370 <= statistics.median(words) <= 405  # gold dev split: 387
    assert 10 <= statistics.median(paragraphs) <= 12  # gold dev split: 11
    assert min(words) >= 250 and max(words) <= 720
    short = [len(corpus_gen.article(7, i, date(2021, 3, 1))[0]["text"].split()) for i in range(200)]
    assert statistics.median(words) > 3 * statistics.median(short)


def test_incidents_per_article_and_share_without():
    labels = [lab for _, lab in _sample()]
    counts = [len(lab["incidents"]) for lab in labels]
    assert 0.13 <= sum(c == 0 for c in counts) / len(counts) <= 0.23  # gold dev split: 18 %
    assert 2.7 <= statistics.mean(counts) <= 3.5  # gold dev split: 3.1


def test_every_labelled_incident_is_in_its_text():
    for record, label in _sample(100):
        for inc in label["incidents"]:
            assert inc["location"] in record["text"]


def test_news_corpus_is_deterministic_and_says_its_mode(tmp_path):
    a = corpus_gen.generate(tmp_path / "a", 30, per_day=20, increment=5, length="news")
    b = corpus_gen.generate(tmp_path / "b", 30, per_day=20, increment=5, length="news")
    assert a["sha256"] == b["sha256"] and a["length"] == "news"
    assert json.loads((tmp_path / "a" / "manifest.json").read_text())["length"] == "news"
