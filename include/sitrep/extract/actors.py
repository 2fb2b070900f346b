"""Actor normalisation through the alias table (also loaded as the dbt seed `actor_aliases`)."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .fastregex import factored, lowercase_twin, lowered


@dataclass(frozen=True)
class ActorMention:
    actor: str
    actor_type: str
    start: int
    end: int


@lru_cache(maxsize=1)
def load_aliases() -> dict[str, tuple[str, str]]:
    path = resources.files("sitrep") / "data" / "seeds" / "actor_aliases.csv"
    with path.open(encoding="utf-8") as fh:
        return {row["alias"].strip(): (row["actor"].strip(), row["actor_type"].strip())
                for row in csv.DictReader(fh) if row.get("alias")}


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
    aliases = load_aliases()
    # Short all-caps aliases (IS, SDF, ISF) must match case-sensitively, or "is" would be Islamic State.
    exact = {a: v for a, v in aliases.items() if a.isupper() or (len(a) <= 4 and not a.islower())}
    folded = {a.lower(): v for a, v in aliases.items() if a not in exact}
    def alt(keys):
        return "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))

    def alt_opening_a_word(keys):
        # "(?<![\w-])" checked after each alias's first character, as "(?<![\w-].)": the pattern then opens
        # with the aliases' first letters (all capitals), which the regex engine skips to without trying the
        # lower-case offsets; factored by first letter (fastregex.factored). The same matches.
        return "|".join(re.escape(k[0]) + r"(?<![\w-].)" + re.escape(k[1:]) for k in sorted(keys, key=len, reverse=True))
    return (factored(re.compile(rf"(?:{alt_opening_a_word(exact)})(?![\w-])")),
            re.compile(rf"(?<![\w-])(?:{alt(folded)})(?![\w-])", re.I), exact, folded)


@lru_cache(maxsize=1)
def _folded_lowercase() -> re.Pattern[str] | None:
    """The folded-alias pattern without IGNORECASE, exact on `lowered(text)` (see fastregex.py)."""
    return lowercase_twin(_patterns()[1])


def find_actors(text: str) -> list[ActorMention]:
    exact_re, folded_re, exact, folded = _patterns()
    found: list[ActorMention] = []
    for m in exact_re.finditer(text):
        found.append(ActorMention(*exact[m.group(0)], m.start(), m.end()))
    folded_lower = _folded_lowercase()
    low = lowered(text) if folded_lower is not None else None
    if low is not None:
        for m in folded_lower.finditer(low):
            found.append(ActorMention(*folded[m.group(0)], m.start(), m.end()))
    else:
        for m in folded_re.finditer(text):
            # IGNORECASE also matches the dotless "ı" and long "ſ" for i / s, which lower() keeps as they are.
            key = m.group(0).lower().replace("ı", "i").replace("ſ", "s")
            if key in folded:
                found.append(ActorMention(*folded[key], m.start(), m.end()))
    # Longest match wins where mentions overlap ("Iraqi soldiers" over "soldiers").
    found.sort(key=lambda a: (a.start, -(a.end - a.start)))
    out: list[ActorMention] = []
    for a in found:
        if out and a.start < out[-1].end:
            continue
        # "Al-Shabaab militants", "Houthi fighters": a generic noun right after a named actor is that actor.
        if out and a.actor in _GENERIC and a.start - out[-1].end <= 1 and text[out[-1].end:a.start].strip() == "":
            continue
        out.append(a)
    return out


_GENERIC = {"Unidentified Armed Group", "State Forces", "Police Forces", "Unidentified Gang"}


def normalise_actor(name: str) -> str:
    """Canonical actor for an alias; unknown names are returned unchanged."""
    aliases = load_aliases()
    if name in aliases:
        return aliases[name][0]
    low = {k.lower(): v for k, v in aliases.items() if not k.isupper()}
    return low.get(name.lower(), (name,))[0]


_PASSIVE_BY = re.compile(r"\b(?:\w+ed|shot|hit|struck|beaten|taken|seen|held|caught|carried out|claimed)\s+"
                         r"(?:\w+\s+){0,2}by\s+(?:the\s+|an?\s+|suspected\s+|presumed\s+|alleged\s+)*$", re.I)
_NO_AGENT_BY = re.compile(r"\b(?:used|owned|run|led|backed|supported|controlled|held|claimed|affiliated|"
                          r"linked|occupied|founded|loyal)\s+by\s+(?:the\s+)?$", re.I)
# An agentless passive or a nominalisation ("explosives were seized", "led to the arrest of") leaves the
# agent to the context: the actor named in the sentences before.
_AGENTLESS = re.compile(r"^(?:[^,]*,\s*)?(?:[\w,]+\s+){0,8}?(?:were|was|have been|has been|had been)\s+(?:\w+\s+)?"
                        r"(?:seized|arrested|detained|destroyed|killed|found|discovered|dismantled|defused|"
                        r"captured|confiscated|recovered|targeted|attacked|shelled|bombed)|\b(?:led|leading) to "
                        r"the (?:arrest|capture|seizure|detention|killing)|^(?:one|another|the (?:first|second|"
                        r"third|operation|raid))\b", re.I)


def pick_actors(text: str, mentions: list[ActorMention],
                context: str | None = None) -> tuple[str | None, str | None]:
    """actor1 = the agent (after a passive "by", else the first named, else `context`); actor2 = another one."""
    agent = None
    for a in mentions:
        before = text[max(0, a.start - 40):a.start]
        if _PASSIVE_BY.search(before) and not _NO_AGENT_BY.search(before):
            agent = a
            break
    if agent is None and context and (not mentions or _AGENTLESS.search(text)):
        other = next((a.actor for a in mentions if a.actor != context), None)
        return context, other
    if not mentions:
        return None, None
    if agent is None:
        agent = mentions[0]
    other = next((a for a in mentions if a.actor != agent.actor), None)
    return agent.actor, other.actor if other else None


def same_side(a: str | None, b: str | None) -> bool:
    """Both state forces (or the same actor): not the two sides of a battle."""
    if a is None or b is None:
        return b is None
    if a == b:
        return True
    types = {v[0]: v[1] for v in load_aliases().values()}
    return types.get(a) == types.get(b) == "State forces"
