"""The outlet's country from its URL's country-code domain, and what the geoparser and extractor make of it."""

from __future__ import annotations

import io
import json

import pytest

from sitrep.extract import extract_incidents
from sitrep.geo.geoparser import geoparse_jsonl
from sitrep.geo.outlet_country import country_of_url


@pytest.mark.parametrize("url, cc", [
    ("https://www.cbc.ca/news/canada/story-1.3902339", "CA"),
    ("http://www.nlhnews.co.uk/article.cfm?id=116223", "GB"),
    ("engineeringnews.co.za/article", "ZA"),
    ("https://www.abc.net.au/news/", "AU"),
    ("HTTPS://WWW.LEMONDE.FR/", "FR"),
    ("http://example.org.", None),               # trailing dot of a fully qualified name
    ("https://www.lfpress.com/news", None),      # generic domains say nothing
    ("https://news.example.tv/x", None),         # vanity country codes say nothing
    ("https://startup.io/blog", None),
    ("https://caracol.com.co/noticias", "CO"),   # a vanity code under the country's own second level
    ("https://news.am/eng/", "AM"),              # conflict countries' codes carry their own news
    ("https://actualite.cd/2022/01/05/x", "CD"),
    ("https://www.libyaobserver.ly/news", "LY"),
    ("https://europa.eu/x", None),
    ("http://127.0.0.1:8765/articles/a.html", None),
    ("http://[::1]:80/x", None),
    ("not a url at all", None),
    ("", None),
    (None, None),
])
def test_country_of_url(url, cc):
    assert country_of_url(url) == cc


def _geoparse_line(rec: dict) -> list[dict]:
    out = io.StringIO()
    assert geoparse_jsonl(io.StringIO(json.dumps(rec) + "\n"), out, io.StringIO()) == 0
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_a_local_paper_s_london_is_its_own():
    text = "Police in London said a man was stabbed outside a banquet hall early Sunday."
    assert [t["country_iso2"] for t in _geoparse_line({"id": "1", "text": text})] == ["GB"]
    local = _geoparse_line({"id": "1", "text": text, "url": "https://www.cbc.ca/news/canada/london/x"})
    assert [(t["name"], t["country_iso2"]) for t in local] == [("London", "CA")]


def test_the_outlet_is_only_a_prior_that_the_text_outvotes():
    text = ("Thousands marched from Trafalgar Square to Westminster in London, where the British prime minister "
            "addressed parliament about the crisis in England and Scotland.")
    london = [t for t in _geoparse_line({"id": "1", "text": text, "url": "https://www.cbc.ca/x"})
              if t["name"] == "London"]
    assert london and london[0]["country_iso2"] == "GB"


def test_extractor_places_the_incident_with_the_outlet_country():
    text = "Gunmen killed two people in London on Monday, police said."
    plain = extract_incidents(text, "2022-01-05")
    local = extract_incidents(text, "2022-01-05", url="https://www.cbc.ca/news/canada/london/x")
    assert plain and plain[0].country_iso2 == "GB"
    assert local and local[0].country_iso2 == "CA" and local[0].admin1 == "Ontario"


def test_extract_jsonl_reads_an_optional_url():
    from sitrep.extract import extract_jsonl
    rec = {"id": "a", "text": "Gunmen killed two people in London on Monday, police said.",
           "published": "2022-01-05", "url": "https://www.cbc.ca/x"}
    out = io.StringIO()
    assert extract_jsonl(io.StringIO(json.dumps(rec) + "\n"), out, io.StringIO()) == 0
    assert json.loads(out.getvalue().splitlines()[0])["country_iso2"] == "CA"
