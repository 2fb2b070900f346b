"""What the geoparser's steps hand each other: a name found in the text (Mention) and the text's recognition."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)  # thousands an article: no per-instance dict to build
class Mention:
    """A name in the text and its readings. recognise fills the span and cues, candidates the readings,
    resolve the scores and the chosen reading (``best``), which the later rules may change or drop."""
    start: int
    end: int
    key: str                        # the folded name
    cands: list[int]                # gazetteer entries the name may be
    exact: bool                     # the name is one of the entries' own spellings, not a variant
    demonym: int | None = None      # country entry for a demonym
    level: str | None = None        # "ADM1"/"ADM2" when a type word followed the name
    cued: bool = False              # preceded by "village of" and the like: a place even if unknown
    town_cued: bool = False         # right after "the village of", "the town of": a populated place, not a region
    seat_cued: bool = False         # right after "the municipality of": the seat of a unit of that name
    scores: dict[int, float] = field(default_factory=dict)
    bonus: dict[int, float] = field(default_factory=dict)
    best: int | None = None
    own: float = 0.0                # this mention's share of the country weights
    hint: tuple[str | None, str | None] | None = None   # (admin2, admin1) from "Name (Admin2, Admin1)"
    hint_level: str | None = None   # for a name inside the parentheses: the admin level it stands for
    comma_region: int | None = None  # end of a following ", Region" that may contain this place
    region_start: int | None = None  # start of that region's mention when it is not the next one ("in Mali's X region")
    loose: bool = False             # matched a village by consonant skeleton only
    from_villages: bool = False     # found through the village table (a village, or WOF's spelling of a town)
    hint_town: str | None = None    # the township of a three-part hint "(Pauk township, Pakokku district, Magway)"


@dataclass
class Tokens:
    """A text's words, read once and shared by both recognition passes."""
    text: str
    toks: list[tuple[int, int, str]]   # (start, end, word), "'s" cut off
    lower_words: set[str]              # folded words used in lower case: "nice" in the text vetoes Nice
    person_words: set[str]             # later words of multi-word names that are not places ("Brunson")
    cues: bool                         # "the villages of" or the like occurs: some names may be cued
    capitalised: list[int] = field(default_factory=list)  # indices of the tokens that may start a name


@dataclass
class Recognition:
    """recognise's output: the mentions in text order, and the countries whose villages were looked for."""
    text: str
    mentions: list[Mention]
    village_ccs: frozenset[str] | None
