"""Faster searches with the same results: literal pre-filters and case-sensitive twins of IGNORECASE patterns.

`required_literals(pattern)` reads the pattern's syntax tree and returns groups of lower-case strings such that
every match contains at least one string of each group. A text lacking a whole group cannot match, so the search
is skipped with a few substring tests; a text that passes is searched as before, so results never change.
Only ASCII literals are used, and a text is filtered only through `lowered(text)`, which declines texts where
re.IGNORECASE and `str.lower` disagree on ASCII letters.

`lowercase_twin(pattern)` is the same pattern without re.IGNORECASE, for patterns whose letters are all lower
case: it finds the same spans in `lowered(text)` (same length, same word boundaries), and case-sensitive
alternations run several times faster in Python's regex engine.

`superset_twin(pattern)` serves patterns with case-sensitive parts ("(?-i:[A-Z])"): made case-blind, they match
wherever the original does and maybe elsewhere, so the original confirms each start the twin offers.
`LiteralScan` answers many pre-filters at once for one text (the taxonomy's cues on each sentence).
"""
from __future__ import annotations

import re
import unicodedata

# The stdlib's own regex parser and its opcodes (Python 3.11+).
from re import _constants as C
from re import _compiler as _re_compiler
from re import _parser as P

import _sre

Literals = tuple[str, ...]

_MAX_ALTERNATIVES = 64
_MIN_LEN = 3  # shorter strings occur almost everywhere and filter nothing


def lowered(text: str) -> str | None:
    """`text.lower()` when searching it case-sensitively is exact for the patterns above, else None.

    Lower-casing must keep every offset (no "İ" -> "i̇") and re.IGNORECASE must pair an ASCII letter with no
    other character than its lower-cased forms: only "ı" (with i) and "ſ" (with s) break that. Every Unicode
    character was checked for this and for keeping its \\w, \\s and \\d class when lower-cased.
    Remembered for the last few texts: dozens of patterns and filters meet each sentence in turn.
    """
    low = _LOWERED.get(text, _MISSING)
    if low is _MISSING:
        low = text.lower()
        if not (text.isascii() or (len(low) == len(text) and "ı" not in text and "ſ" not in text)):
            low = None
        if len(_LOWERED) >= _MEMO_SIZE:
            _LOWERED.clear()
        _LOWERED[text] = low
    return low


_MISSING = object()
_MEMO_SIZE = 256
_LOWERED: dict[str, str | None] = {}


def required_literals(pattern: re.Pattern[str], groups: int = 2, tree=None) -> tuple[Literals, ...]:
    """Up to `groups` alternative-sets of literals that every match must contain (empty: no usable filter).
    `tree`: the pattern already parsed, if at hand."""
    try:
        if tree is None:
            tree = P.parse(pattern.pattern, pattern.flags)
    except (re.error, ValueError, TypeError):  # a pattern this reader cannot parse: no filter, always search
        return ()
    found = [s for s in _needs(list(tree)) if _selectivity(s)[0] >= _MIN_LEN]
    found.sort(key=_selectivity, reverse=True)
    # A string containing another of its group adds nothing ("kill" is found wherever "killed" is).
    return tuple(tuple(sorted(a for a in s if not any(b != a and b in a for b in s))) for s in found[:groups])


def may_match(lits: tuple[Literals, ...], lowered: str) -> bool:
    """False only when the text (from `lowered`) lacks every literal of some group."""
    for group in lits:
        for lit in group:
            if lit in lowered:
                break
        else:
            return False
    return True


class LiteralScan:
    """`may_match` for many filters at once: which of their literals a text holds, found word by word.
    Where dozens of filters meet the same sentence (the taxonomy's cues), this is cheaper than their loops;
    for a single filter, or a long text, `may_match` is.

    A literal of letters a-z only lies inside one run of such letters of the text, so the literals a text holds
    are those of its runs; what each run holds is worked out once and remembered (words recur). Any other
    literal ("came under ", "sit-in") is tested with `in`, and only where a run allows it: its longest letter
    segment is a whole run, or ends one, or starts one, as the characters around the segment in the literal
    require. So a literal is in `present(low)` exactly when `literal in low`.
    """

    _MEMO_SIZE = 50_000

    def __init__(self, filters: list[tuple[Literals, ...]], owners: dict[str, list] | None = None):
        self.literals = frozenset(lit for lits in filters for group in lits for lit in group)
        self._owners = owners   # literal -> what it stands for, for `owned`
        self._owned: dict[str, tuple[frozenset, tuple[str, ...]]] = {}
        self._always: list[str] = []   # literals without a letter: always tested
        # Each literal under the first two letters of what must lie inside a run: the literal itself if it is
        # letters only, else its longest letter segment (with where the segment must sit in the run). A new run
        # is then checked only against the literals of its own letter pairs.
        self._by_pair: dict[str, list[tuple[str, str, str]]] = {}
        self._short: list[tuple[str, str, str]] = []  # a segment of one letter: checked against every run
        for lit in sorted(self.literals):
            if _LETTERS.fullmatch(lit):
                seg, where = lit, "word"
            else:
                segs = [(m.group(), m.start() == 0, m.end() == len(lit)) for m in _LETTERS.finditer(lit)]
                if not segs:
                    self._always.append(lit)
                    continue
                seg, at_start, at_end = max(segs, key=lambda x: len(x[0]))
                # a non-letter after the segment ends the text's run there; one before it starts the run there
                where = "in" if at_start and at_end else "end" if at_start else "start" if at_end else "whole"
            if len(seg) < 2:
                self._short.append((lit, seg, where))
            else:
                self._by_pair.setdefault(seg[:2], []).append((lit, seg, where))
        self._runs: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {}

    def _run(self, run: str) -> tuple[frozenset[str], tuple[str, ...]]:
        """The letters-only literals inside a run, and the other literals the run allows (to be tested)."""
        found: list[str] = []
        allowed: list[str] = []
        by_pair = self._by_pair
        for entries in [by_pair.get(pair, ()) for pair in {run[k:k + 2] for k in range(len(run) - 1)}] + [self._short]:
            for lit, seg, where in entries:
                if where == "word":
                    if lit in run:
                        found.append(lit)
                elif seg in run if where == "in" else run.endswith(seg) if where == "end" \
                        else run.startswith(seg) if where == "start" else run == seg:
                    allowed.append(lit)
        if len(self._runs) >= self._MEMO_SIZE:
            self._runs.clear()
        result = self._runs[run] = (frozenset(found), tuple(allowed))
        return result

    def present(self, low: str) -> frozenset[str]:
        out: set[str] = set()
        maybe: set[str] = set(self._always)
        memo = self._runs
        for run in set(_LETTERS.findall(low)):
            known = memo.get(run)
            found, allowed = known if known is not None else self._run(run)
            if found:
                out |= found
            if allowed:
                maybe.update(allowed)
        out.update(lit for lit in maybe if lit in low)
        return frozenset(out)

    def owned(self, low: str) -> set:
        """The union of `owners[lit]` over the literals of `present(low)`, without building that set: what the
        letters-only literals of a run stand for is remembered with the run."""
        owners = self._owners
        out: set = set()
        maybe: set[str] = set(self._always)
        memo = self._owned
        for run in set(_LETTERS.findall(low)):
            known = memo.get(run)
            if known is None:
                found_allowed = self._runs.get(run)
                found, allowed = found_allowed if found_allowed is not None else self._run(run)
                if len(memo) >= self._MEMO_SIZE:
                    memo.clear()
                known = memo[run] = (frozenset(x for lit in found for x in owners[lit]), allowed)
            if known[0]:
                out |= known[0]
            if known[1]:
                maybe.update(known[1])
        for lit in maybe:
            if lit in low:
                out.update(owners[lit])
        return out

    @staticmethod
    def may_match(lits: tuple[frozenset[str], ...], present: frozenset[str]) -> bool:
        """`may_match(lits, low)` from `present(low)`; `lits` as frozensets (`as_sets`), all of them scanned."""
        for group in lits:
            if present.isdisjoint(group):
                return False
        return True


_LETTERS = re.compile(r"[a-z]+")


def as_sets(lits: tuple[Literals, ...]) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(group) for group in lits)


def lowercase_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The pattern compiled case-sensitively, when that is exact on lower-cased ASCII text; else None."""
    if not pattern.flags & re.IGNORECASE:
        return None
    try:
        tree = P.parse(pattern.pattern, pattern.flags)
    except (re.error, ValueError, TypeError):
        return None
    source = pattern.pattern
    if "(?i:" in source:
        # "(?i:...)" inside an IGNORECASE pattern changes nothing: the same pattern without it.
        plain = _without_redundant_i(source, pattern.flags, tree)
        if plain is None:
            return None
        source, tree = plain
    if not _lower_only(list(tree)):
        # Upper-case letters of an IGNORECASE pattern ("IEDs", "[A-Z]") match as their lower case does: lowered.
        source = _lower_letters(source)
        try:
            if source is None or not _lower_only(list(P.parse(source, pattern.flags))):
                return None
        except (re.error, ValueError, TypeError):
            return None
    return factored(re.compile(source, pattern.flags & ~re.IGNORECASE))


def _without_redundant_i(source: str, flags: int, tree) -> tuple[str, object] | None:
    """An IGNORECASE pattern's source with its "(?i:" groups made plain "(?:" (and its parsed tree), where
    the two parse to the same tree but for those groups' redundant flag; else None."""
    plain = source.replace("(?i:", "(?:")
    try:
        plain_tree = P.parse(plain, flags)
    except (re.error, ValueError, TypeError):
        return None
    return (plain, plain_tree) if _dump(list(tree), True) == _dump(list(plain_tree), False) else None


def _dump(items: list, drop_i: bool):
    """A parsed tree as nested tuples; with ``drop_i``, groups adding IGNORECASE alone read as plain groups
    (their items in place)."""
    out = []
    for op, av in items:
        if op is C.SUBPATTERN:
            if drop_i and av[0] is None and av[1] == re.IGNORECASE and not av[2]:
                out.extend(_dump(list(av[3]), drop_i))  # as the parser reads a plain group: its items in place
                continue
            av = (av[0], av[1], av[2], _dump(list(av[3]), drop_i))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            av = (av[0], av[1], _dump(list(av[2]), drop_i))
        elif op is C.BRANCH:
            av = (av[0], tuple(_dump(list(alt), drop_i) for alt in av[1]))
        elif op in (C.ASSERT, C.ASSERT_NOT):
            av = (av[0], _dump(list(av[1]), drop_i))
        elif op is C.ATOMIC_GROUP:
            av = _dump(list(av), drop_i)
        elif op is C.GROUPREF_EXISTS:
            av = (av[0], _dump(list(av[1]), drop_i), None if av[2] is None else _dump(list(av[2]), drop_i))
        elif op is C.IN:
            av = tuple(av)
        out.append((op, av))
    return tuple(out)


def superset_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """For an IGNORECASE pattern with case-sensitive parts ("(?-i:[A-Z])\\w+ fighters", "(?-i:Battles?)"), which has
    no exact twin: those parts made case-blind, the whole lowered and compiled case-sensitively. Wherever the
    pattern matches the text, this matches `lowered(text)` at the same offset (and maybe elsewhere too), so it
    finds the candidate starts that the original pattern then confirms. None where relaxing could lose a match:
    a case-sensitive part inside a negative lookaround, a negated set or class in one, atomic matching."""
    if not pattern.flags & re.IGNORECASE or lowercase_twin(pattern) is not None:
        return None
    source = pattern.pattern
    if "\\(?" in source:  # an escaped "(" before "?": the rewrite below would misread it
        return None
    try:
        source = _without_sensitive_negatives(source)
        if source is None or not _relaxable(list(P.parse(source, pattern.flags)), False, False):
            return None
        relaxed = _lower_letters(source.replace("(?-i:", "(?:").replace("(?i:", "(?:"))
        if relaxed is None or not _lower_only(list(P.parse(relaxed, pattern.flags))):
            return None
    except (re.error, ValueError, TypeError):
        return None
    return factored(re.compile(relaxed, pattern.flags & ~re.IGNORECASE))


def _without_sensitive_negatives(source: str) -> str | None:
    """The pattern without its negative lookarounds that hold a case-sensitive part ("beat(?! (?-i:[A-Z]))"):
    relaxed, such a condition could refuse a match; dropped, it only lets more through. None if unsure."""
    out, i, n = [], 0, len(source)
    while i < n:
        if source.startswith(("(?!", "(?<!"), i):
            end = _group_end(source, i)
            if end is None:
                return None
            if "(?-i:" in source[i:end]:
                if source[end:end + 1] in ("?", "*", "+", "{"):
                    return None  # a quantifier would pass to the item before
                i = end
                continue
        out.append(source[i])
        i += 1
    return "".join(out)


def alternatives(pattern: re.Pattern[str]) -> list[re.Pattern[str]] | None:
    """A pattern "\\b(?:A|B|...)" as its parts "\\b(?:A)", "\\b(?:B)", ... (same flags; a closing "\\b" kept on
    each): the whole matches at an offset exactly where some part does, so a text holds a match where a part
    matches it, and the whole's leftmost match starts where the leftmost of the parts' matches does. None for any other shape, or for a pattern with
    groups (a part could not keep their numbers)."""
    source = pattern.pattern
    if pattern.groups or pattern.flags & re.VERBOSE or not source.startswith("\\b(?:"):
        return None
    end = _group_end(source, 2)
    tail = source[end:] if end is not None else None
    if tail not in ("", "\\b"):  # "\\b(?:A|B)\\b" too: each part keeps the tail, "\\b(?:A)\\b"
        return None
    parts, start, n = [], 5, end - 1
    for i, ch, depth in _outside_sets(source, 5, n):
        if ch == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
    parts.append(source[start:n])
    try:
        out = [re.compile("\\b(?:" + part + ")" + tail, pattern.flags) for part in parts]
    except (re.error, ValueError, TypeError):
        return None
    return out if len(out) > 1 and not any(p.groups for p in out) else None


def _group_end(source: str, start: int) -> int | None:
    """The offset just past the group opened at `start`, escapes and character sets skipped."""
    for i, ch, depth in _outside_sets(source, start, len(source)):
        if ch == ")" and depth == 1:
            return i + 1
    return None


def _outside_sets(source: str, start: int, end: int):
    """(offset, character, group depth before it) of each character of source[start:end] that is neither escaped
    nor inside a character set."""
    depth, i = 0, start
    while i < end:
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _past_set(source, i, end)
            continue
        yield i, ch, depth
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        i += 1


def _past_set(source: str, i: int, n: int) -> int:
    """The offset just past the character set opened by the "[" at `i` (its escapes skipped)."""
    i += 1
    if i < n and source[i] == "^":
        i += 1
    if i < n and source[i] == "]":
        i += 1  # a "]" first in a set is itself
    while i < n and source[i] != "]":
        i += 2 if source[i] == "\\" else 1
    return i + 1


def _relaxable(items: list, sensitive: bool, negative: bool) -> bool:
    """Whether making the case-sensitive parts case-blind only ever adds matches: such parts hold no negated
    set or literal and stand in no negative lookaround; nothing atomic anywhere (it could commit otherwise)."""
    for op, av in items:
        if op is C.NOT_LITERAL or (op is C.IN and any(iop is C.NEGATE for iop, _ in av)):
            if sensitive:
                return False
        elif op is C.SUBPATTERN:
            inner = (sensitive or bool(av[2] & re.IGNORECASE)) and not av[1] & re.IGNORECASE
            if inner and negative:
                return False
            if not _relaxable(list(av[3]), inner, negative):
                return False
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            if not _relaxable(list(av[2]), sensitive, negative):
                return False
        elif op is C.BRANCH:
            if not all(_relaxable(list(alt), sensitive, negative) for alt in av[1]):
                return False
        elif op in (C.ASSERT, C.ASSERT_NOT):
            if (sensitive and op is C.ASSERT_NOT) or not _relaxable(list(av[1]), sensitive, negative or op is C.ASSERT_NOT):
                return False
        elif op in (C.ATOMIC_GROUP, C.POSSESSIVE_REPEAT, C.GROUPREF, C.GROUPREF_EXISTS):
            return False
    return True


def _lower_letters(source: str) -> str | None:
    """The pattern's ASCII letters lowered, escapes (\\D, \\S, \\N{...}) and group names kept; None if unsure."""
    if "\\N" in source:
        return None
    out, i = [], 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            out.append(source[i:i + 2])
            i += 2
            continue
        if source.startswith(("(?P<", "(?P="), i):  # a group's name or a reference to it: kept as written
            end = source.find(">" if source[i + 3] == "<" else ")", i)
            if end < 0:
                return None
            out.append(source[i:end + 1])
            i = end + 1
            continue
        out.append(ch.lower() if "A" <= ch <= "Z" else ch)
        i += 1
    return "".join(out)


def _lower_only(items: list) -> bool:
    """No upper-case or non-ASCII character, no inline flags, no back-reference anywhere in the items."""
    for op, av in items:
        if op in (C.LITERAL, C.NOT_LITERAL):
            if not _lower_char(av):
                return False
        elif op is C.IN:
            for iop, iav in av:
                if iop is C.LITERAL and not _lower_char(iav):
                    return False
                if iop is C.RANGE and not (iav[1] < 65 or 90 < iav[0] <= iav[1] < 128):
                    return False  # a range holding A-Z or non-ASCII letters
                if iop not in (C.LITERAL, C.RANGE, C.CATEGORY, C.NEGATE):
                    return False
        elif op is C.SUBPATTERN:
            if av[1] or av[2] or not _lower_only(list(av[3])):
                return False  # (?-i:...) and the like
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            if not _lower_only(list(av[2])):
                return False
        elif op is C.BRANCH:
            if not all(_lower_only(list(alt)) for alt in av[1]):
                return False
        elif op in (C.ASSERT, C.ASSERT_NOT):
            if not _lower_only(list(av[1])):
                return False
        elif op is C.ATOMIC_GROUP:
            if not _lower_only(list(av)):
                return False
        elif op not in (C.AT, C.ANY):
            return False  # group references and anything unknown: keep the original pattern
    return True


def _lower_char(code: int) -> bool:
    """A character the twin may hold: ASCII but A-Z, or caseless punctuation, symbols and spaces (“ ‘ — ·),
    which lower-casing leaves alone and re.IGNORECASE pairs with nothing else."""
    if code < 128:
        return not 65 <= code <= 90
    ch = chr(code)
    return unicodedata.category(ch)[0] in "PSZ" and ch.lower() == ch == ch.upper()


def _selectivity(lits: frozenset[str]) -> tuple[int, int]:
    """Long strings, few alternatives: rarer in text. Spaces count for nothing (" with " is just "with")."""
    return min(len(lit.strip()) for lit in lits), -len(lits)


def _needs(items: list) -> list[frozenset[str]]:
    """Sets of literals, each required by a sequence of regex items (one of its strings in every match)."""
    out: list[frozenset[str]] = []
    run: list[str] = []

    def close() -> None:
        if run:
            out.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        if op is C.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        close()
        if op is C.SUBPATTERN:
            out.extend(_needs(list(av[3])))
        elif op is C.ATOMIC_GROUP:
            out.extend(_needs(list(av)))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            out.extend(_needs(list(av[2])))
        elif op is C.BRANCH:
            alt = _branch(av[1])
            if alt:
                out.append(alt)
        # Anything else (character sets, assertions, optional parts, group references) requires nothing.
    close()
    return out


def _branch(alternatives: list) -> frozenset[str] | None:
    """Union over the alternatives of each one's most selective requirement; None if any has none."""
    union: set[str] = set()
    for alt in alternatives:
        needs = _needs(list(alt))
        if not needs:
            return None
        union |= max(needs, key=_selectivity)
        if len(union) > _MAX_ALTERNATIVES:
            return None
    return frozenset(union)


_WINDOW = 2048   # characters: a window this short has its literals looked for in it, not in the whole text


class FastPattern:
    """A drop-in for a compiled IGNORECASE pattern that returns the very same results, faster.

    A text lacking the pattern's required literals is not searched at all; otherwise the case-sensitive twin finds
    where each match starts on `lowered(text)` (the same spans, see above), and the original pattern is re-run
    anchored there on the original text, so callers get genuine Match objects with their original-case groups.
    A pattern with case-sensitive parts has only a superset twin (`superset_twin`): `search` tries the original
    at the twin's successive starts; its other methods keep only the literal pre-filter.
    Anything else (attributes, texts `lowered` declines) goes to the original pattern.
    """

    __slots__ = ("pattern_obj", "_twin", "_exact", "_lits", "_nonempty", "match", "fullmatch")

    def __init__(self, pattern: re.Pattern[str]):
        self.pattern_obj = pattern
        # Anchored: the original pattern's own methods, bound here (no wrapper call, no failed lookup through
        # __getattr__: tens of thousands of calls an article batch).
        self.match = pattern.match
        self.fullmatch = pattern.fullmatch
        self._twin = lowercase_twin(pattern)
        self._exact = self._twin is not None
        if self._twin is None:
            self._twin = superset_twin(pattern)
        try:
            tree = P.parse(pattern.pattern, pattern.flags)  # read by the two tests below, parsed once
        except (re.error, ValueError, TypeError):
            tree = None
        self._lits = required_literals(pattern, tree=tree)
        self._nonempty = _never_empty(pattern, tree)

    def _starts(self, text: str, pos: int, endpos: int | None):
        """Start offsets of the successive matches, or None when the fast path does not apply."""
        low = lowered(text)
        if low is None or self._twin is None:
            return None
        if not may_match(self._lits, low):
            return ()
        if not self._exact:
            return None
        args = (low, pos) if endpos is None else (low, pos, endpos)
        return (m.start() for m in self._twin.finditer(*args))

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        if not self._exact:
            return self._confirmed(text, pos, endpos)
        # The most frequent call: the first start straight from the twin's search, no generator; `lowered`'s
        # memo and `may_match` inlined (tens of thousands of calls an hour of news).
        low = _LOWERED.get(text, _MISSING)
        if low is _MISSING:
            low = lowered(text)
        if low is None:
            return self.pattern_obj.search(text, pos) if endpos is None else self.pattern_obj.search(text, pos, endpos)
        # (a short window's literals are looked for in the window alone: testing them against a whole long text
        # would cost more than the window, once per call; a match lies in the window, and so do its literals)
        win = low if endpos is None or not 0 <= pos <= endpos <= pos + _WINDOW else low[pos:endpos]
        for group in self._lits:
            for lit in group:
                if lit in win:
                    break
            else:
                return None
        t = self._twin.search(low, pos) if endpos is None else self._twin.search(low, pos, endpos)
        if t is None:
            return None
        return self.pattern_obj.match(text, t.start()) if endpos is None else self.pattern_obj.match(text, t.start(), endpos)

    def _confirmed(self, text: str, pos: int, endpos: int | None):
        """`search` through a superset twin: the original can match only where the twin does, so the first
        start where the original matches is the leftmost match."""
        low = lowered(text)
        if low is None or self._twin is None:
            return self.pattern_obj.search(text, pos) if endpos is None else self.pattern_obj.search(text, pos, endpos)
        if not may_match(self._lits, low):
            return None
        end = len(text) if endpos is None else endpos
        while True:
            t = self._twin.search(low, pos, end)
            if t is None:
                return None
            m = self.pattern_obj.match(text, t.start(), end)
            if m is not None:
                return m
            pos = t.start() + 1

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        if not self._exact and self._twin is not None and self._nonempty:
            # A pattern that never matches empty: its matches are successive searches, each from the last end.
            m = self._confirmed(text, pos, endpos)
            while m is not None:
                yield m
                m = self._confirmed(text, m.end(), endpos)
            return
        starts = self._starts(text, pos, endpos)
        if starts is None:
            yield from (self.pattern_obj.finditer(text, pos) if endpos is None
                        else self.pattern_obj.finditer(text, pos, endpos))
            return
        for s in starts:
            yield self.pattern_obj.match(text, s) if endpos is None else self.pattern_obj.match(text, s, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int | None = None) -> list:
        groups = self.pattern_obj.groups
        out = []
        for m in self.finditer(text, pos, endpos):
            out.append(m.group() if groups == 0 else (m.group(1) or "") if groups == 1 else m.groups(""))
        return out

    def count(self, text: str) -> int:
        """`len(self.findall(text))`. An exact twin finds the same matches in `lowered(text)`, so it counts them
        itself, with no original match built for each."""
        low = lowered(text) if self._exact else None
        if low is None:
            return len(self.findall(text))
        return len(self._twin.findall(low)) if may_match(self._lits, low) else 0

    def sub(self, repl, text: str, count: int = 0) -> str:
        """`re.sub` through `finditer` (the same matches, in the same order): a literal string or a function
        of the match (given the original pattern's Match) as the replacement."""
        literal = isinstance(repl, str)
        if (literal and "\\" in repl) or not (literal or callable(repl)) or count:
            return self.pattern_obj.sub(repl, text, count)
        if self._twin is not None:
            # Most texts lack the literals: nothing to replace, answered before any generator is built.
            low = lowered(text)
            if low is not None and not may_match(self._lits, low):
                return text
        parts, last = [], 0
        for m in self.finditer(text):
            parts.append(text[last:m.start()])
            parts.append(repl if literal else repl(m))
            last = m.end()
        if not parts:
            return text
        parts.append(text[last:])
        return "".join(parts)

    def __getattr__(self, name):  # split, pattern, flags ...: the original pattern's
        return getattr(self.pattern_obj, name)


class LiteralFiltered:
    """A drop-in for a pattern with case-sensitive parts and no twin ("(?-i:[A-Z])\\w+'s attack"): a text lacking
    its required literals (`required_literals`, checked on `lowered(text)`) cannot match and is not searched;
    any other text goes to the pattern itself, so results never change."""

    __slots__ = ("pattern_obj", "_lits", "match")

    def __init__(self, pattern: re.Pattern[str], lits: tuple[Literals, ...]):
        self.pattern_obj = pattern
        self._lits = lits
        self.match = pattern.match  # anchored: cheaper than the filter

    def _hopeless(self, text: str) -> bool:
        low = lowered(text)
        return low is not None and not may_match(self._lits, low)

    def search(self, text: str, *args):
        return None if self._hopeless(text) else self.pattern_obj.search(text, *args)

    def finditer(self, text: str, *args):
        return iter(()) if self._hopeless(text) else self.pattern_obj.finditer(text, *args)

    def sub(self, repl, text: str, count: int = 0) -> str:
        return text if self._hopeless(text) else self.pattern_obj.sub(repl, text, count)

    def __getattr__(self, name):  # findall, fullmatch, split, pattern, flags ...: the original pattern's
        return getattr(self.pattern_obj, name)


def count_matches(pattern, text: str) -> int:
    """How many matches `pattern.findall(text)` would list, for a compiled pattern or a FastPattern."""
    return pattern.count(text) if isinstance(pattern, FastPattern) else len(pattern.findall(text))


def filtered(pattern: re.Pattern[str]) -> re.Pattern[str] | LiteralFiltered:
    """`LiteralFiltered(pattern)` where the pattern has required literals, else the pattern itself."""
    lits = required_literals(pattern)
    return LiteralFiltered(pattern, lits) if lits else pattern


def _never_empty(pattern: re.Pattern[str], tree=None) -> bool:
    """Whether every match of the pattern is at least one character long (then finditer needs no empty-match
    rule: each match starts the next search at its end)."""
    try:
        return (P.parse(pattern.pattern, pattern.flags) if tree is None else tree).getwidth()[0] > 0
    except (re.error, ValueError, TypeError):
        return False


def fast(pattern: re.Pattern[str]) -> re.Pattern[str] | FastPattern:
    """`FastPattern(pattern)` where it helps (IGNORECASE with an exact or superset twin), else the pattern itself
    (its long alternations factored, `factored`)."""
    if lowercase_twin(pattern) is None and superset_twin(pattern) is None:
        return factored(pattern)
    if _skips_ahead(pattern):
        return pattern
    return FastPattern(pattern)


def _skips_ahead(pattern: re.Pattern[str]) -> bool:
    """Whether the engine's own search jumps to where a match may start: a pattern opening with a literal
    (", ") or a set of first characters ("\\s", "(?-i:[A-Z])"). There the twin only adds a lower-casing and a
    second match (and a superset twin, made case-blind, starts at every word): measured slower on the articles."""
    try:
        tree = P.parse(pattern.pattern, pattern.flags)
        flags = tree.state.flags | pattern.flags
        return bool(_re_compiler._get_literal_prefix(tree, flags)[0] or _re_compiler._get_charset_prefix(tree, flags))
    except (AttributeError, TypeError, ValueError, re.error):
        return False  # (the stdlib's private API, Python 3.11: any surprise keeps the twin)


# Alternations shorter than this are left as written: the engine's per-alternative first-character test is
# cheap enough for a few.
_FACTOR_MIN_ALTERNATIVES = 6
_FACTOR_MAX_COPIES = 64  # "(?:a|b)c" -> "ac|bc" copies "c": bounded, so a pattern's code cannot explode
_FACTOR_DEPTH = 3


def factored(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same case-sensitive pattern with its long alternations factored by first character, like a trie:
    "\\b(?:killed|kidnapped|wounded)" runs as "\\b(?:k(?:illed|idnapped)|wounded)". At each offset the engine
    tries an alternation's alternatives in turn; most begin with a letter the text does not hold there, and the
    factored form skips them in one test instead of one each.

    Exact: two alternatives starting with different literal characters never both match at one offset, so
    reordering them changes nothing, while alternatives with the same first character keep their order and any
    alternative that does not start with a literal stays where it was, splitting the runs around it. A leading
    non-capturing group is distributed first ("(?:a|b)c" is "ac|bc"). Case-insensitive patterns (where "a" and
    "A" are one character) are returned as they are, and so is any pattern the rewrite would not change.
    The compiled pattern keeps the original source (`.pattern`) and groups.
    """
    if pattern.flags & re.IGNORECASE:
        return pattern
    try:
        tree = P.parse(pattern.pattern, pattern.flags)
    except (re.error, ValueError, TypeError):
        return pattern
    if not _flagless(list(tree)):
        return pattern  # (?i:...) somewhere: its letters pair with their other case
    changed = [False]
    tree.data = _factor_items(list(tree), tree.state, changed)
    moved = _boundary_after_head(list(tree), tree.state)
    if moved is not None:
        tree.data = moved
        changed[0] = True
    tree.width = None
    # What re._compiler.compile does with a parsed tree, keeping the source: the stdlib's private API
    # (Python 3.11), so any surprise from another version leaves the pattern as it was.
    try:
        code = _with_first_chars(tree, pattern.flags)
        if code is None:
            if not changed[0]:
                return pattern
            code = _re_compiler._code(tree, pattern.flags)
        groupindex = tree.state.groupdict
        indexgroup = [None] * tree.state.groups
        for name, k in groupindex.items():
            indexgroup[k] = name
        return _sre.compile(pattern.pattern, pattern.flags | tree.state.flags, code, tree.state.groups - 1,
                            groupindex, tuple(indexgroup))
    except (AttributeError, TypeError, ValueError, RuntimeError, re.error):
        return pattern


def _with_first_chars(tree, flags: int) -> list | None:
    """The pattern's code (as `re._compiler._code` makes it) with the set of characters its matches can start
    with in its info block, where the stdlib finds neither a prefix nor such a set: "\\b(?:kill|shot)" opens
    with a position test, so the stdlib's search would try the whole pattern at every offset. With the set, the
    engine's search skips in one loop the offsets holding none of those characters (spaces, punctuation, other
    letters) and tries the pattern, its position test first, only at the others: the same matches, since no
    match starts elsewhere. None where the set is unknown or the stdlib already has its own."""
    flags = tree.state.flags | flags
    if _re_compiler._get_literal_prefix(tree, flags)[0] or _re_compiler._get_charset_prefix(tree, flags):
        return None
    if tree.data and tree.data[0][0] is C.AT and tree.data[0][1] in (C.AT_BEGINNING, C.AT_BEGINNING_STRING):
        return None  # "^...": the stdlib's search gives up after the first offset; a set would try every one
    lo, hi = tree.getwidth()
    first = _first_chars(list(tree))
    if lo == 0 or first is None or first[1] or not first[0]:
        return None
    charset, hascased = _re_compiler._optimize_charset(first[0])
    if hascased:
        return None
    code = [C.INFO, 0, C.SRE_INFO_CHARSET, min(lo, _re_compiler.MAXCODE), min(hi, _re_compiler.MAXCODE)]
    _re_compiler._compile_charset(charset, flags, code)
    code[1] = len(code) - 1
    _re_compiler._compile(code, tree.data, flags)
    code.append(C.SUCCESS)
    return code


def _first_chars(items: list) -> tuple[list, bool] | None:
    """(set items covering every character a match of the items can start with, whether they can match the
    empty string); None where unsure (any character, a negated set, a back-reference, inline flags)."""
    out: list = []
    for op, av in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero-width: the first character is what follows
        if op is C.LITERAL:
            out.append((C.LITERAL, av))
            return out, False
        if op is C.IN:
            if any(iop not in (C.LITERAL, C.RANGE, C.CATEGORY) for iop, _ in av):
                return None
            out.extend(av)
            return out, False
        if op is C.SUBPATTERN:
            if av[1] or av[2]:
                return None
            found = _first_chars(list(av[3]))
        elif op is C.ATOMIC_GROUP:
            found = _first_chars(list(av))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            found = _first_chars(list(av[2]))
            if found is not None and av[0] == 0:
                found = (found[0], True)
        elif op is C.BRANCH:
            found = ([], False)
            for alt in av[1]:
                each = _first_chars(list(alt))
                if each is None:
                    return None
                found = (found[0] + each[0], found[1] or each[1])
        else:
            return None
        if found is None:
            return None
        out.extend(found[0])
        if not found[1]:
            return out, False
    return out, True


_WORD_CHARS = frozenset(map(ord, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"))


def _boundary_after_head(items: list, state) -> list | None:
    """A pattern that opens with "\\b" and a run of literal characters, the first a word character,
    "\\b(?:kill(?:ed|ing))", as that run followed by a lookbehind saying no word character stands before it,
    "(?:kill(?<!\\wkill)(?:ed|ing))": the same test (before a word character, a boundary is a non-word character
    or the text's start, as the lookbehind sees it), but the pattern now opens with a literal prefix, which the
    engine's search finds in one loop instead of trying the whole pattern at every offset. (Not where
    alternatives open differently, "\\b(?:kill|shot)": tried at every offset holding one of their first letters, the
    lookbehind costs more than the boundary test it replaces.) None if the pattern opens otherwise."""
    if len(items) < 2 or items[0] != (C.AT, C.AT_BOUNDARY):
        return None
    return _behind_first(items[1:], state)


def _behind_first(items: list, state) -> list | None:
    """The items with a "no word character before" test after their leading run of literals (see above); None
    where they do not open with a literal word character."""
    if not items:
        return None
    op, av = items[0]
    if op is C.LITERAL:
        if av not in _WORD_CHARS:
            return None
        run = 1
        while run < len(items) and items[run][0] is C.LITERAL:
            run += 1
        behind = P.SubPattern(state, [(C.IN, [(C.CATEGORY, C.CATEGORY_WORD)])] + items[:run])
        return items[:run] + [(C.ASSERT_NOT, (-1, behind))] + items[run:]
    if op is C.SUBPATTERN:
        group, add_flags, del_flags, sub = av
        inner = None if add_flags or del_flags else _behind_first(list(sub), state)
        if inner is None:
            return None
        return [(C.SUBPATTERN, (group, add_flags, del_flags, P.SubPattern(state, inner)))] + items[1:]
    return None


def _flagless(items: list) -> bool:
    """No inline flag group anywhere in the items."""
    for op, av in items:
        if op is C.SUBPATTERN:
            if av[1] or av[2] or not _flagless(list(av[3])):
                return False
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            if not _flagless(list(av[2])):
                return False
        elif op is C.BRANCH:
            if not all(_flagless(list(alt)) for alt in av[1]):
                return False
        elif op in (C.ASSERT, C.ASSERT_NOT):
            if not _flagless(list(av[1])):
                return False
        elif op is C.ATOMIC_GROUP:
            if not _flagless(list(av)):
                return False
    return True


def _factor_items(items: list, state, changed: list[bool]) -> list:
    """The items with every long alternation inside them factored (lookbehinds, fixed-width, left alone)."""
    out = []
    for op, av in items:
        if op is C.SUBPATTERN:
            av = (av[0], av[1], av[2], P.SubPattern(state, _factor_items(list(av[3]), state, changed)))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            av = (av[0], av[1], P.SubPattern(state, _factor_items(list(av[2]), state, changed)))
        elif op is C.ATOMIC_GROUP:
            av = P.SubPattern(state, _factor_items(list(av), state, changed))
        elif op in (C.ASSERT, C.ASSERT_NOT) and av[0] == 1:
            av = (av[0], P.SubPattern(state, _factor_items(list(av[1]), state, changed)))
        elif op is C.BRANCH:
            alts = [_factor_items(list(alt), state, changed) for alt in av[1]]
            if len(alts) >= _FACTOR_MIN_ALTERNATIVES:
                alts = _by_first_char(alts, state, 0)
                changed[0] = True
            av = (av[0], [P.SubPattern(state, alt) for alt in alts])
        out.append((op, av))
    return out


def _by_first_char(alts: list[list], state, depth: int) -> list[list]:
    """Alternatives (item lists, in order) -> an equivalent list where each run of literal-led alternatives is
    merged by first character into "c(?:rest1|rest2)", recursively. A run may also be of alternatives that
    open with one and the same position test before their literal ("\\bnear|\\boutside|\\bnorth"): the
    test is shared, "\\b(?:n(?:ear|orth)|outside)"."""
    if depth < _FACTOR_DEPTH:
        alts = [x for alt in alts for x in _distributed(alt)]
    alts = [_behind_after_head(alt, state) for alt in alts]
    heads = [_literal_head(alt) for alt in alts]
    out: list[list] = []
    i = 0
    while i < len(alts):
        if heads[i] is None:
            out.append(alts[i])  # not led by a literal: it keeps its place among the others
            i += 1
            continue
        at = heads[i][0]
        j = i
        by_char: dict[int, list[list]] = {}  # insertion-ordered: first characters in order of appearance
        while j < len(alts) and heads[j] is not None and heads[j][0] == at:
            skip = 1 if at is None else 2
            by_char.setdefault(heads[j][1], []).append(alts[j][skip:])
            j += 1
        lead = [] if at is None else [at]
        for ch, rests in by_char.items():
            if len(rests) == 1:
                out.append(lead + [(C.LITERAL, ch)] + rests[0])
            else:
                merged = _by_first_char(rests, state, depth + 1)
                out.append(lead + [(C.LITERAL, ch), (C.BRANCH, (None, [P.SubPattern(state, r) for r in merged]))])
        i = j
    return out


_PLAIN_BEHIND = (C.LITERAL, C.NOT_LITERAL, C.IN, C.ANY, C.AT)  # AT: a position test, as zero-width there


def _behind_after_head(alt: list, state) -> list:
    """An alternative that opens with lookbehinds and then a literal, "(?<!formal )protest", as the literal and
    then the lookbehinds taking it in, "p(?<!formal p)rotest": the same test (the character before the literal
    is the literal), but the alternative is now led by its literal, so it joins the factoring and the engine
    tries the lookbehinds only where that literal stands, not at every offset. Lookbehinds of plain
    characters and position tests only (no group, no nested lookaround); others are left as they are."""
    k = 0
    while k < len(alt) and alt[k][0] in (C.ASSERT, C.ASSERT_NOT) and alt[k][1][0] == -1 \
            and all(op in _PLAIN_BEHIND for op, _ in alt[k][1][1]):
        k += 1
    if k == 0 or k >= len(alt) or alt[k][0] is not C.LITERAL:
        return alt
    head = alt[k]
    behind = [(op, (-1, P.SubPattern(state, list(av[1]) + [head]))) for op, av in alt[:k]]
    return [head] + behind + alt[k + 1:]


def _literal_head(alt: list) -> tuple | None:
    """(the position test before it or None, the literal) an alternative opens with; None if it opens otherwise."""
    if alt and alt[0][0] is C.LITERAL:
        return None, alt[0][1]
    if len(alt) >= 2 and alt[0][0] is C.AT and alt[1][0] is C.LITERAL:
        return alt[0], alt[1][1]
    return None


def _distributed(alt: list) -> list[list]:
    """An alternative that opens with a plain non-capturing alternation, "(?:a|b)c", as the alternatives "ac",
    "bc" (what backtracking tries, in that order); others as they are, and so is one that would copy too much."""
    if not alt:
        return [alt]
    op, av = alt[0]
    if op is C.SUBPATTERN and av[0] is None and not av[1] and not av[2]:
        inner = list(av[3])
        if len(inner) == 1 and inner[0][0] is C.BRANCH:
            choices = [list(a) for a in inner[0][1][1]]
        else:
            choices = [inner]
    elif op is C.BRANCH:
        choices = [list(a) for a in av[1]]
    else:
        return [alt]
    if len(choices) > _FACTOR_MAX_COPIES:
        return [alt]
    out = [x for choice in choices for x in _distributed(choice + alt[1:])]
    return out if len(out) <= _FACTOR_MAX_COPIES else [alt]


def speed_up(namespace: dict) -> None:
    """Swap every compiled pattern of a module's namespace (and of its dicts of patterns) for `fast(pattern)`.
    Called at the end of a module, after anything that reads the raw patterns (twins, literal sets) is built."""
    for name, value in list(namespace.items()):
        if isinstance(value, re.Pattern):
            namespace[name] = fast(value)
        elif isinstance(value, dict) and value and all(isinstance(v, re.Pattern) for v in value.values()):
            namespace[name] = {k: fast(v) for k, v in value.items()}
