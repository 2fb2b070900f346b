"""Bad input never crashes or hangs the run: property-based tests of the text extractor, the geoparser and the
incident extractor, plus the landing of a folder of broken documents, each recorded with its reason.

"Hang" is caught by an alarm far above normal cost (a normal article takes ~10 ms): it guards against
runaway (e.g. super-linear) behaviour, it is not a speed target -- those live in bench/.
"""

from __future__ import annotations

import contextlib
import io
import json
import signal
from datetime import datetime, timezone

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.acquire.article_text import extract_article
from sitrep.extract import extract_incidents, extract_jsonl
from sitrep.geo.geoparser import geoparse

PUBLISHED = "2021-03-02"
FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)


class Hung(BaseException):
    """BaseException, so that no `except Exception` inside the code under test can swallow it."""


@contextlib.contextmanager
def no_hang(seconds: int):
    """Fail with Hung when the block runs longer than `seconds` (SIGALRM interrupts even a long regex search)."""
    def on_alarm(signum, frame):
        raise Hung(f"still running after {seconds} s")
    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


# Fragments of real-looking news in several scripts, plus the characters that break naive text code.
SENTENCES = [
    "Gunmen killed five civilians in Beni, North Kivu, on Monday, local officials said.",
    "A roadside bomb exploded near Kirkuk on Sunday, killing two soldiers.",
    "Hundreds protested peacefully in Lagos on Tuesday.",
    "Police arrested 12 suspected militants in Peshawar.",
    "قُتل خمسة مدنيين في هجوم على قرية قرب الموصل يوم الاثنين.",
    "周一，一枚路边炸弹在喀布尔附近爆炸，造成两人死亡。",
    "В понедельник в Харькове в результате обстрела погибли три человека.",
    "Des hommes armés ont tué six villageois près de Mopti, au Mali.",
    "Al-Shabaab militants stormed a base in Sabiid, in Lower Shabelle region.",
    "The region has seen years of unrest.",
]
ODD = ["\u200b", "\u200d", "\u202e", "\ufeff", "\x00", "\r\n", "\t", "\u0301", "😀", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\ud7ff", "…",
       "  ", "\n\n\n", "<", "&amp;", "‘", "’", "“", "”", "—", "1,000", "9" * 40, "on 31 February", "yesterday"]

mixed_text = st.lists(st.one_of(st.sampled_from(SENTENCES), st.sampled_from(ODD), st.text(max_size=40)),
                      max_size=30).map(" ".join)
any_text = st.one_of(st.text(max_size=2000), mixed_text)


def _check_incidents(text: str, incidents: list) -> None:
    assert isinstance(incidents, list)
    for inc in incidents:
        assert 0 <= inc.evidence_start <= inc.evidence_end <= len(text)
        assert inc.fatalities >= 0 and inc.injuries >= 0 and inc.arrests >= 0
        datetime.fromisoformat(inc.event_date)
        json.dumps(inc.to_contract("x"), ensure_ascii=False)  # serialisable as the CLI writes it


@FAST
@given(any_text)
def test_extractor_never_crashes_on_arbitrary_text(text):
    with no_hang(20):
        _check_incidents(text, extract_incidents(text, PUBLISHED))


@FAST
@given(any_text, st.one_of(st.none(), st.text(max_size=200)), st.sampled_from(
    ["2021-03-02", "2021-03-02T10:00:00Z", "1900-01-01", "9999-12-31", "2021-02-29", "not a date", ""]))
def test_extractor_handles_odd_titles_and_dates(text, title, published):
    with no_hang(20):
        try:
            incidents = extract_incidents(text, published, title)
        except ValueError:  # an unusable publication date is a typed error the callers report ...
            assert published not in ("2021-03-02", "1900-01-01")
            return
    _check_incidents(text, incidents)  # ... anything else must work


@FAST
@given(any_text)
def test_geoparser_offsets_always_point_into_the_text(text):
    with no_hang(20):
        toponyms = geoparse(text)
    for t in toponyms:
        assert 0 <= t.start < t.end <= len(text)
        assert t.name.strip()
        if t.latitude is not None:
            assert -90 <= t.latitude <= 90 and -180 <= t.longitude <= 180


@FAST
@given(st.one_of(st.binary(max_size=3000), any_text.map(lambda s: s.encode("utf-8", "surrogatepass")),
                 mixed_text.map(lambda s: f"<html><head><title>{s[:30]}</title></head><body><nav>{s}</nav>"
                                          "</body></html>".encode())),
       st.sampled_from(["text/html", "text/plain", "application/json", "application/pdf", None,
                        "text/html; charset=utf-16", "text/html; charset=nonsense"]))
def test_article_text_never_crashes_on_arbitrary_bytes(body, content_type):
    with no_hang(20):
        art = extract_article(body, content_type, "https://example.org/a")
    # Either usable text or a reason why not: never silence.
    assert (art.text and art.text.strip()) or art.error


@pytest.mark.parametrize("text", ["", " ", "\n\n\t", "\u200b\u200b", ".", "\x00" * 100])
def test_empty_documents_yield_no_incidents(text):
    assert extract_incidents(text, PUBLISHED) == []
    assert isinstance(geoparse(text), list)


def test_html_without_an_article_is_a_reason_not_a_crash():
    page = b"<html><head><title>Home</title></head><body><nav><a href='/'>World</a></nav></body></html>"
    art = extract_article(page, "text/html", "https://example.org/")
    assert not art.text and art.error


def test_a_long_navigation_page_is_not_an_article():
    page = ("<html><head><title>Home</title></head><body><nav>" + "<a href='/s'>World</a> " * 500 +
            "</nav><footer>© 2021</footer></body></html>").encode()
    art = extract_article(page, "text/html", "https://example.org/")
    assert not art.text and art.error


HUGE = ("Gunmen attacked the village of Beni in North Kivu on Monday, killing five civilians, local elders said. "
        "The region has seen years of unrest, and analysts say the violence is unlikely to ease.\n\n") * 5200


def test_huge_text_with_no_structure_is_handled():
    with no_hang(20):
        assert extract_incidents("x" * 1_000_000, PUBLISHED) == []
        art = extract_article(("<p>" + "word " * 200_000 + "</p>").encode(), "text/html", "https://e.org/")
        assert art.text or art.error


def test_a_one_megabyte_article_does_not_stall_the_run():
    assert len(HUGE) > 1_000_000
    with no_hang(120):  # a hang guard, not a speed test: ~700 articles' worth of text (was ~3 min when quadratic)
        incidents = extract_incidents(HUGE, PUBLISHED)
    _check_incidents(HUGE, incidents)


def test_extract_cli_reports_bad_lines_and_goes_on():
    lines = [
        json.dumps({"id": "good", "text": SENTENCES[0], "published": PUBLISHED}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"id": "no-text", "published": PUBLISHED}),
        json.dumps({"id": "bad-date", "text": SENTENCES[1], "published": 20210302}),
        json.dumps({"id": "empty", "text": "", "published": PUBLISHED}),
        json.dumps({"id": "odd", "text": "".join(ODD), "published": PUBLISHED}),
        json.dumps({"id": "good2", "text": SENTENCES[1], "published": PUBLISHED}),
    ]
    out, err = io.StringIO(), io.StringIO()
    with no_hang(30):
        status = extract_jsonl(io.StringIO("\n".join(lines) + "\n"), out, err)
    assert status == 0
    ids = {json.loads(line)["id"] for line in out.getvalue().splitlines()}
    assert {"good", "good2"} <= ids
    reported = err.getvalue()
    for lineno in (2, 3, 4, 5):
        assert f"line {lineno}:" in reported, reported


def test_a_folder_of_broken_documents_lands_every_one_with_its_reason(tmp_path):
    """The landing step of a real run over a `local` source: bad documents are rows with a reason, not crashes."""
    from sitrep import pipeline
    from sitrep.settings import Settings

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "good.txt").write_text(SENTENCES[0] + "\n\n" + SENTENCES[9], encoding="utf-8")
    (docs / "empty.html").write_bytes(b"")
    (docs / "nav_only.html").write_bytes(b"<html><body><nav><a href='/'>Home</a></nav></body></html>")
    (docs / "huge.txt").write_text("word " * 5000, encoding="utf-8")  # over the 10 kB limit set below
    (docs / "latin1.html").write_bytes("<html><body><article><p>".encode() + "Attaque à Gao, été 2021. ".encode(
        "latin-1") * 20 + b"</p></article></body></html>")
    (docs / "mixed.txt").write_text(" ".join(SENTENCES), encoding="utf-8")
    (docs / "records.jsonl").write_text("\n".join([
        json.dumps({"id": "ok", "text": SENTENCES[1], "published": PUBLISHED}),
        "{broken json",
        json.dumps({"id": "no-text", "published": PUBLISHED}),
        json.dumps({"id": "empty-text", "text": "  ", "published": PUBLISHED}),
        json.dumps({"id": "odd", "text": "".join(ODD) + SENTENCES[4], "published": PUBLISHED}),
    ]) + "\n", encoding="utf-8")
    sources = tmp_path / "sources.yml"
    sources.write_text("fetch: {max_body_bytes: 10000}\nsources:\n"
                       "  - {name: broken, kind: local, path: docs, filter_by_date: false}\n", encoding="utf-8")
    settings = Settings(warehouse=tmp_path / "w.duckdb", serving=tmp_path / "s.duckdb", sources=sources,
                        dbt_project_dir=tmp_path, dbt_profiles_dir=tmp_path)
    start = datetime(2021, 3, 2, tzinfo=timezone.utc)
    with no_hang(60):
        candidates = pipeline.discover(settings, start, start.replace(day=3))
        report = pipeline.land(settings, candidates, "bad_input")
    assert not report.get("unreachable_sources")

    conn = duckdb.connect(str(settings.warehouse), read_only=True)
    try:
        rows = dict(conn.execute("select url, fetch_error from raw.articles").fetchall())
    finally:
        conn.close()

    def reason(suffix: str) -> str | None:
        hits = [err for url, err in rows.items() if url.endswith(suffix)]
        assert len(hits) == 1, f"{suffix}: expected one row, got {hits} in {sorted(rows)}"
        return hits[0]

    for good in ("good.txt", "mixed.txt", "latin1.html", "#id=ok", "#id=odd"):
        assert reason(good) is None, good
    assert "empty" in reason("empty.html")
    assert "no article text" in reason("nav_only.html")
    assert "oversize" in reason("huge.txt")
    assert "malformed" in reason("#line=2")
    assert "text" in reason("#line=3")
    assert reason("#id=empty-text")  # whitespace only: recorded as a failure with its reason
    assert report["failed"] == sum(err is not None for err in rows.values())
