"""Split text into sentences with character offsets (rule based, abbreviation aware)."""
from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations after which a period does not end a sentence.
_ABBREV = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "st", "no", "vs", "etc", "approx",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "e.g",
    "i.e", "rs", "inc", "co", "corp", "govt", "dept", "prof", "sen", "rep", "gov", "km", "a.m", "p.m", "cf",
    "md", "mohd", "muhd",  # "Md. Rakib Hossain": Mohammad abbreviated, as South Asian names are written
}
# The word before a full stop: tried only where a run of word characters and dots starts (the leftmost match
# of "([\w.]+)\.$" starts there anyway), not at every offset inside it.
_LAST_WORD = re.compile(r"(?<![\w.])([\w.]+)\.$")
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*\s+|\n\s*\n|\n(?=[A-Z\"“])")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    paragraph: int
    joined: bool = False  # the second clause of a summary that joined two events ("..., and police detained ...")
    listed: bool = False  # an item of a lead that lists the events its paragraphs tell ("..., with a clash near Ippy, an
    # attack on farmers near Kouango and a tense demonstration in Bambari")


_INITIAL = re.compile(r"[A-Z]")  # an initial's full stop ("J. Smith") ends no sentence


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with offsets; a line break starts a new paragraph (news bodies put one per line)."""
    out: list[Sentence] = []
    pos = 0
    para = 0
    for m in _BOUNDARY.finditer(text):
        chunk_end = m.end()
        if m.group(0)[:1] == "." and m.group(0).count("\n") < 2:   # (a blank line ends it: "12:30 p.m.\n\nAt least")
            last = _LAST_WORD.search(text[max(pos, m.start() - 30):m.start() + 1])
            if last and (last.group(1).lower() in _ABBREV or _INITIAL.fullmatch(last.group(1))) \
                    and not ("\n" in m.group(0) and (text[chunk_end:chunk_end + 1] in "•●▪"
                                                     or text[chunk_end:chunk_end + 1].isdigit())):
                continue  # (a brief's "... found on 12 Oct.\n• 13 Oct – ..." or "... returned on 8 Oct.\n7 Oct –
                # Metarica: ...": the line ends, the next item starts)
            if last and last.group(1).isdigit() and len(last.group(1)) <= 2 and "\n" not in m.group(0) \
                    and text[max(0, m.start() - len(last.group(1)) - 1):m.start() - len(last.group(1)) + 1][:1] in ("\n", ""):
                continue  # "\n2. Release all those detained ...": a list item's number, not a sentence
        # A lowercase continuation is not a new sentence (e.g. "approx. five").
        nxt = text[chunk_end:chunk_end + 1]
        if nxt and nxt.islower() and "\n" not in m.group(0):
            continue
        _emit(out, text, pos, m.start() + len(m.group(0).rstrip()), para)
        if "\n" in m.group(0):
            para += 1
        pos = chunk_end
    _emit(out, text, pos, len(text), para)
    return out


def _emit(out: list[Sentence], text: str, start: int, end: int, para: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(text[start:end], start, end, para))
