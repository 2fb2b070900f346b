"""Main-text and metadata extraction from landed bodies (pure, never raises)."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.acquire.article_text import ArticleText, extract_article, normalise_date

ARTICLE = (Path(__file__).parents[1] / "fixtures" / "acquisition" / "article.html").read_bytes()
URL = "https://testwire.example/world/mosul-checkpoint-attack"


def test_html_article_text_and_metadata():
    art = extract_article(ARTICLE, "text/html; charset=utf-8", URL)
    assert art.error is None
    assert art.title == "Militants attack checkpoint near Mosul"
    assert art.published == "2021-03-02" and art.language == "en" and art.author == "Layla Hassan"
    assert "Gunmen attacked an army checkpoint on the western edge of Mosul" in art.text
    assert "sporadic ambushes" in art.text
    # Navigation and footer boilerplate are not article text.
    assert "Sport" not in art.text and "Copyright" not in art.text


def test_feed_date_wins_and_bad_hints_fall_back_to_the_page():
    assert extract_article(ARTICLE, "text/html", URL, "Wed, 03 Mar 2021 01:00:00 +0000").published == "2021-03-03"
    fallback = extract_article(ARTICLE, "text/html", URL, "sometime last week")
    assert fallback.published == "2021-03-02" and fallback.error is None


def test_unparseable_date_without_a_page_date_is_an_error_but_keeps_the_text():
    art = extract_article("Troops clashed with rebels near Goma on Monday.", "text/plain", "file:///x.txt", "31/31/2021")
    assert art.text == "Troops clashed with rebels near Goma on Monday."
    assert art.published is None and art.error == "unparseable date: 31/31/2021"


def test_plain_text_and_declared_charsets():
    latin = "Des manifestants ont bloqué la route à Bamako.".encode("latin-1")
    art = extract_article(latin, "text/plain; charset=ISO-8859-1", "file:///a.txt", "2021-03-02")
    assert art.text == "Des manifestants ont bloqué la route à Bamako." and art.published == "2021-03-02"
    undeclared = extract_article("Ünïcode text ok".encode("utf-8"), None, "file:///b.txt")
    assert undeclared.text == "Ünïcode text ok" and undeclared.error is None


def test_json_records_from_jsonl_files():
    rec = {"id": "7", "text": "Gunmen killed 3 in Kano.", "published": "2022-01-03", "title": "Kano attack"}
    art = extract_article(json.dumps(rec).encode(), "application/json", "file:///a.jsonl#id=7")
    assert art == ArticleText("Kano attack", "Gunmen killed 3 in Kano.", "2022-01-03", None, None, None)
    assert extract_article('{"id": 1', "application/json", "u").error.startswith("malformed JSON record")
    assert extract_article("[1, 2]", "application/json", "u").error == "JSON record is not an object"
    assert extract_article('{"id": "1", "text": ""}', "application/json", "u").error == "no article text"


def test_empty_boilerplate_and_binary_inputs_report_errors():
    assert extract_article(None, "text/html", "u").error == "empty body"
    assert extract_article(b"", "text/html", "u").error == "empty body"
    nav = b"<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><button>Accept</button></body></html>"
    assert extract_article(nav, "text/html", "u").error == "no article text"
    assert extract_article(b"\x89PNG\r\n\x1a\n\x00", "image/png", "u").error == "unsupported content type: image/png"
    garbage = extract_article(bytes(range(256)) * 4, "text/html", "u")
    assert garbage.error == "no article text" and garbage.text is None


def test_normalise_date_formats():
    assert normalise_date("2021-03-02T08:15:00+00:00") == "2021-03-02"
    assert normalise_date("Tue, 02 Mar 2021 08:15:00 +0000") == "2021-03-02"
    assert normalise_date("20210302T081500Z") == "2021-03-02"
    assert normalise_date("2 March 2021") == "2021-03-02"
    assert normalise_date("1066-10-14") is None and normalise_date("banana") is None and normalise_date("") is None


@settings(max_examples=60, deadline=None)
@given(body=st.one_of(st.none(), st.binary(max_size=600), st.text(max_size=600)),
       ctype=st.one_of(st.none(), st.sampled_from(["text/html", "text/plain", "application/json", "image/gif",
                                                   "text/html; charset=bogus-charset", ""]), st.text(max_size=20)),
       hint=st.one_of(st.none(), st.text(max_size=30)))
def test_never_raises_on_arbitrary_input(body, ctype, hint):
    art = extract_article(body, ctype, "http://fuzz.example/x", hint)
    assert isinstance(art, ArticleText)
    assert art.text is not None or art.error is not None
    assert art.published is None or len(art.published) == 10
