"""Proposed tests/extract/test_fastregex.py: the pre-filters and lower-case twins never change a regex's result."""
import re

import pytest

from sitrep.extract import background, casualties, dates, locations, pipeline, taxonomy
from sitrep.extract.fastregex import FastPattern, fast, lowercase_twin, lowered, may_match, required_literals

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
    yield from (getattr(p, "pattern_obj", p) for p in taxonomy.CUES.values())
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
    # Upper-case letters of an IGNORECASE pattern are lowered, escapes kept: "\\D" stays a non-digit.
    twin = lowercase_twin(re.compile(r"IEDs?\D[A-Z]", re.I))
    assert twin.pattern == r"ieds?\D[a-z]" and twin.search("two ieds-x") and not twin.search("two ieds9x")
    assert lowercase_twin(re.compile(r"roadside bombs?", re.I)) is not None


def _wrapped():
    """Every pattern the extractor's modules answer through a FastPattern."""
    for module in (background, casualties, dates, locations, pipeline, taxonomy):
        for value in vars(module).values():
            for p in (value.values() if isinstance(value, dict) else [value]):
                if isinstance(p, FastPattern):
                    yield p


TEXTS = SENTENCES + [s.upper() for s in SENTENCES] + [
    " ".join(SENTENCES),  # a whole article: many matches, sub() between them
    "İstanbul: gunmen KİLLED two; the ſoldiers fled.",  # case folding the fast path must decline
    "Police said the protest, planned for Monday, was banned after clashes since January killed 3 people.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_fast_patterns_give_the_original_results(text):
    wrapped = list(_wrapped())
    assert len(wrapped) > 40  # the modules really use them
    for fp in wrapped:
        raw = fp.pattern_obj
        for pos in (0, 7):
            a, b = fp.search(text, pos), raw.search(text, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), raw.pattern[:60]
            assert [(m.span(), m.groups()) for m in fp.finditer(text, pos)] == \
                [(m.span(), m.groups()) for m in raw.finditer(text, pos)]
            for end in (None, len(text) - 3):  # anchored, as the reader asks
                args = (text, pos) if end is None else (text, pos, max(pos, end))
                a, b = fp.match(*args), raw.match(*args)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), raw.pattern[:60]
                a, b = fp.fullmatch(*args), raw.fullmatch(*args)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), raw.pattern[:60]
        for pos, end in ((0, 30), (5, 60), (20, len(text)), (9, 4)):  # windows: their literals looked for in them
            a, b = fp.search(text, pos, end), raw.search(text, pos, end)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), raw.pattern[:60]
        assert fp.findall(text) == raw.findall(text)
        assert fp.sub(" ", text) == raw.sub(" ", text)
        blank = lambda m: " " * len(m.group(0))  # noqa: E731 -- the pipeline's blanking replacement
        assert fp.sub(blank, text) == raw.sub(blank, text)


def test_fast_keeps_patterns_without_a_twin_as_they_are():
    case_sensitive = re.compile(r"\b[A-Z]\w+ (?:killed|wounded)")
    kept = fast(case_sensitive)  # (compiled again only with the characters its matches start with: `factored`)
    assert isinstance(kept, re.Pattern) and kept.pattern == case_sensitive.pattern
    for text in ("Militants killed two", "the Army wounded", "Zé Ana killed", ""):
        assert [m.span() for m in kept.finditer(text)] == [m.span() for m in case_sensitive.finditer(text)]
    assert isinstance(fast(re.compile(r"\bkilled\b", re.I)), FastPattern)


def test_superset_twin_finds_the_leftmost_match_of_a_case_sensitive_pattern():
    from sitrep.extract.fastregex import superset_twin
    pat = re.compile(r"\b(?-i:[A-Z])\w+ (?:fighters|militants)\b", re.I)
    assert lowercase_twin(pat) is None and superset_twin(pat) is not None
    fp = FastPattern(pat)
    # The twin also stops at "local fighters" (lower case): the original must confirm each start.
    for text in ("two local fighters and Ansar fighters were seen", "no one here", "ANSAR MILITANTS left"):
        a, b = fp.search(text), pat.search(text)
        assert (a and a.span()) == (b and b.span())
    # A case-sensitive part inside a negative lookahead could refuse matches when relaxed: the lookahead is
    # dropped instead ("beat Sweden" is a game, "beat the man" an assault; the twin stops at both).
    beat = re.compile(r"beat(?! (?-i:[A-Z]))", re.I)
    assert superset_twin(beat).pattern == "beat"
    for text in ("they beat Sweden", "they beat Sweden and beat him", "BEAT Him"):
        a, b = FastPattern(beat).search(text), beat.search(text)
        assert (a and a.span()) == (b and b.span())
    # ... unless a quantifier follows it, which would then apply to the item before.
    assert superset_twin(re.compile(r"ab(?!(?-i:C)){2}", re.I)) is None


@pytest.mark.parametrize("text", TEXTS)
def test_literal_scan_finds_exactly_the_literals_the_text_holds(text):
    from sitrep.extract.fastregex import LiteralScan, as_sets
    filters = [required_literals(getattr(p, "pattern_obj", p)) for p in _patterns()]
    scan = LiteralScan(filters)
    low = lowered(text) or text.lower()  # the scan is exact on any string, lowered or not
    # Literals that are prefixes of one another ("kill", "killed") start at the same offset: both are found.
    assert scan.present(low) == {lit for lit in scan.literals if lit in low}
    for lits in filters:
        assert scan.may_match(as_sets(lits), scan.present(low)) == may_match(lits, low)


@pytest.mark.parametrize("text", TEXTS)
def test_possible_cues_are_those_whose_filters_pass(text):
    low = lowered(text)
    if low is None:
        return
    expected = {name for name, pat in taxonomy.CUES.items()
                if may_match(required_literals(getattr(pat, "pattern_obj", pat)), low)}
    # (and the parts of the cues read part by part, under their numbers)
    expected |= {k for parts in taxonomy._PARTS.values() for k, part in parts.items()
                 if may_match(required_literals(part), low)}
    assert taxonomy._possible_cues(taxonomy._SCAN.owned(low)) == expected


def test_group_names_are_kept_and_superset_finditer_gives_the_original_matches():
    pat = re.compile(r"\b(?P<n>\d+|two|three) (?-i:[A-Z])\w+ (?:killed|died)\b", re.I)
    fp = FastPattern(pat)
    assert fp._twin is not None and "(?P<n>" in fp._twin.pattern
    text = "two Men killed, three men died and 4 Soldiers died; TWO MEN KILLED"
    assert [(m.span(), m.group("n")) for m in fp.finditer(text)] == [(m.span(), m.group("n")) for m in pat.finditer(text)]


def test_twins_may_hold_caseless_punctuation_but_no_other_non_ascii():
    assert lowercase_twin(re.compile(r"[\"“‘]killed", re.I)) is not None
    assert lowercase_twin(re.compile(r"café", re.I)) is None


def test_factored_alternations_find_the_same_matches():
    from sitrep.extract.fastregex import factored
    pats = [r"\b(?:kill|killed|kidnap\w*|wound(?:ed|ing)|war|warplanes?|(?:air|drone) ?strikes?|\d+ dead|shot|"
            r"shelling|shell)\b",
            r"(?<![\w-])(?:ab|abc|a|b|ba|(?:x|y)z|[a-c]d|q|qq|)(?![\w-])",
            r"(?P<w>sto(?:ne|rm)|st|s)(?:ed|ing)?|(?:(ab)|ac|ad|ae|af|ag)\2?",
            r"(?:\bnear|\boutside|\bnorth of|\bnorthwest of|\Bab|\bat|a|\bn|\bin|x)\s+(?:the\s+)?$"]
    texts = ["they killed and kidnapped, wounded by warplanes; air strikes, 12 dead, shot, shellings",
             "fighting near ", "northwest of the ", "cab ", "at ", "in the ", "x  ", "n ", "tab ",
             "ab abc a b ba xz yz cd q qq - stoned storming st s abab acac ag", ""]
    for src in pats:
        raw = re.compile(src)
        fac = factored(raw)
        assert fac is not raw and fac.pattern == raw.pattern and fac.groupindex == raw.groupindex
        for text in texts + [t.upper() for t in texts]:
            assert [(m.span(), m.groups()) for m in fac.finditer(text)] == \
                [(m.span(), m.groups()) for m in raw.finditer(text)]
    short = re.compile(r"\b(?:killed|wounded)\b")  # not factored; given the set of its first characters
    assert factored(short).pattern == short.pattern and factored(re.compile(r"(?:a|b|c|d|e|f|g)x", re.I)).flags & re.I
    for text in texts:
        assert [m.span() for m in factored(short).finditer(text)] == [m.span() for m in short.finditer(text)]
    plain = re.compile(r"kill|shot")  # the stdlib's own set: left as it is
    assert factored(plain) is plain


def test_first_characters_and_boundaries_keep_every_match():
    from sitrep.extract.fastregex import factored
    pats = [r"\b(?:kill|shot)", r"\bkill(?:ed|ing)\b", r"\b(?:at\s+least\s+)?(?:\d+|two|a)\s+(?:killed|dead)",
            r"(?<!a )\b(?:number|numbers)", r"\b(?P<n>\d+|[A-Z]\w*)[ _](?:x|y)\b", r"\b_?[a-c]+\b", r"\b9\w+"]
    texts = ["a kill shot by two killed 3 killed; number", "at least 12 dead, 1,200 killed", "akill _kill 9kill 99x",
             "a number of numbers", "Ana_x 12 y é kill ékill", "abc _abc cab", "", "kill"]
    for src in pats:
        raw = re.compile(src)
        fac = factored(raw)
        assert fac is not raw and fac.pattern == raw.pattern
        for text in texts + [t.upper() for t in texts]:
            for pos in range(len(text) + 1):
                assert [(m.span(), m.groups()) for m in fac.finditer(text, pos)] == \
                    [(m.span(), m.groups()) for m in raw.finditer(text, pos)]


def test_alternatives_split_a_cue_into_its_parts():
    from sitrep.extract.fastregex import alternatives
    pat = re.compile(r"\b(?:kill(?:ed|s)?|shot|[a|b]x|\(a|b\)|fought)\b", re.I)
    parts = alternatives(pat)
    # (a "|" inside a set is a character; between escaped brackets it still separates alternatives)
    assert [p.pattern for p in parts] == [r"\b(?:kill(?:ed|s)?)\b", r"\b(?:shot)\b", r"\b(?:[a|b]x)\b",
                                          r"\b(?:\(a)\b", r"\b(?:b\))\b", r"\b(?:fought)\b"]
    assert all(p.flags == pat.flags for p in parts)
    assert alternatives(re.compile(r"\b(?:a|b)c")) is None and alternatives(re.compile(r"\b(?P<n>a|b)")) is None
    for text in ("They killed and fought", "a shot", "bx", "(a", "b)", "none"):
        starts = [m.start() for m in (p.search(text) for p in parts) if m is not None]
        whole = pat.search(text)
        assert (min(starts) if starts else None) == (whole.start() if whole else None)
