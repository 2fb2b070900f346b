"""Proposed tests/extract/test_fastregex.py: the pre-filters and lower-case twins never change a regex's result."""
import re

import pytest

from sitrep.extract import casualties, taxonomy
from sitrep.extract.fastregex import lowercase_twin, lowered, may_match, required_literals

SENTENCES = [
    "Gunmen killed two soldiers at a checkpoint near Kirkuk on Monday.",
    "Protesters blocked the main road and police fired tear gas to disperse them.",
    "An IED exploded under a police vehicle, wounding three officers.",
    "Three civilians were killed when mortar shells hit the market.",
    "The ministry said 12 suspects were arrested in raids on Tuesday.",
    "Members of the SDF clashed with ISIS fighters in Deir ez-Zor.",
    "Villagers lynched a suspected thief; no one else was hurt.",
    "The weather was mild and the market reopened.",
    "Troops repelled an attack on the border police HQ northeast of Qaim.",
]


def _patterns():
    yield from taxonomy.CUES.values()
    for pats in casualties._PATTERNS.values():
        yield from pats


@pytest.mark.parametrize("text", SENTENCES + [s.upper() for s in SENTENCES] + [s.replace("'", "’") + " — café"
                                                                                for s in SENTENCES])
def test_prefilter_and_twin_agree_with_the_pattern(text):
    low = lowered(text)
    assert low is not None
    for pat in _patterns():
        m = pat.search(text)
        if m:
            assert may_match(required_literals(pat), low), pat.pattern[:60]
        twin = lowercase_twin(pat)
        if twin is not None:
            assert [x.span() for x in twin.finditer(low)] == [x.span() for x in pat.finditer(text)]


def test_filters_reject_a_text_without_the_literals():
    pat = re.compile(r"\b(?:kill(?:ed|ing)|shot dead) (?:\w+ ){0,3}soldiers", re.I)
    lits = required_literals(pat)
    assert lits and not may_match(lits, "three soldiers were wounded") and may_match(lits, "they killed two soldiers")


def test_lowered_declines_characters_whose_case_folding_differs():
    # re.IGNORECASE pairs "ı" with i and "ſ" with s; "İ".lower() is two characters long.
    assert lowered("Polıce") is None and lowered("reſidents") is None and lowered("İzmir") is None
    assert lowered("Kirkūk’s") == "kirkūk’s"


def test_twin_is_refused_for_case_sensitive_parts():
    assert lowercase_twin(re.compile(r"(?-i:[A-Z])\w+ fighters", re.I)) is None
    assert lowercase_twin(re.compile(r"IEDs?", re.I)) is None
    assert lowercase_twin(re.compile(r"roadside bombs?", re.I)) is not None
