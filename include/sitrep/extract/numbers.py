"""Quantities written in digits or words ("27", "1,400", "twenty-seven", "a dozen", "dozens")."""
from __future__ import annotations

import re

_UNITS = {
    "zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
# Vague quantities, coded as ACLED does when no figure is given.
_VAGUE = {
    "a dozen": 12, "dozen": 12, "dozens": 12, "dozens of": 12, "a couple of": 2, "a couple": 2, "a pair of": 2,
    "both": 2, "several": 10, "many": 10, "scores": 20, "scores of": 20, "hundreds": 100, "hundreds of": 100,
    "a few": 3, "few": 3, "some": 3, "thousands": 1000, "thousands of": 1000, "tens of": 10, "numerous": 10,
    # ("several dozen terrorists were neutralised": a guess, not a figure)
    "several dozen": 36, "a few dozen": 36, "several hundred": 300, "a few hundred": 300, "several thousand": 3000,
    "a few thousand": 3000,
}

_WORD = "|".join(sorted(list(_UNITS) + list(_TENS) + list(_SCALES), key=len, reverse=True))
_WORD_NUM = rf"(?:(?:{_WORD})(?:[\s-]+(?:and\s+)?(?:{_WORD}))*)"
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+"
_VAGUE_RE = "|".join(sorted((re.escape(k) for k in _VAGUE), key=len, reverse=True))
NUMBER_PATTERN = rf"(?:(?:at\s+least|about|around|some|nearly|almost|over|more\s+than|up\s+to|approximately|an\s+estimated)\s+)?(?:{_DIGITS}|{_VAGUE_RE}|{_WORD_NUM})"
NUMBER_RE = re.compile(rf"\b{NUMBER_PATTERN}\b", re.I)


def words_to_int(text: str) -> int | None:
    """Parse "twenty-seven", "one hundred and five", "3,400", "a dozen"; None when not a number."""
    t = text.strip().lower()
    t = re.sub(r"^(?:at least|about|around|nearly|almost|over|more than|up to|approximately|an estimated)\s+",
               "", t)
    if t in _VAGUE:
        return _VAGUE[t]
    if re.fullmatch(_DIGITS, t):
        return int(t.replace(",", ""))
    if t.startswith("some ") and t[5:]:
        return words_to_int(t[5:])
    total = 0
    current = 0
    seen = False
    for tok in re.split(r"[\s-]+", t):
        if tok == "and" or not tok:
            continue
        if tok in _UNITS:
            current += _UNITS[tok]
        elif tok in _TENS:
            current += _TENS[tok]
        elif tok in _SCALES:
            current = max(current, 1) * _SCALES[tok]
            if _SCALES[tok] >= 1000:
                total += current
                current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def is_vague(text: str) -> bool:
    """"dozens", "some", "several", "hundreds of" (with "at least" and the like): a quantity no one counted."""
    raw = text.strip().lower()
    t = re.sub(r"^(?:at least|about|around|nearly|almost|over|more than|up to|approximately|an estimated)\s+", "", raw)
    if t in ("a dozen", "dozen") and t != raw and not raw.startswith("at least"):
        return True  # "about a dozen", "more than a dozen": a guess at a dozen; "at least a dozen" is 12, as "at least N" is N
    return t in _VAGUE and t not in ("a couple of", "a couple", "a pair of", "both", "a dozen", "dozen")
