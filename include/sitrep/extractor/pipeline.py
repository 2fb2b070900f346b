"""From an article to incidents: sentences -> event cues -> incident groups -> fields."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from . import casualties, taxonomy
from .actor_coding import code_incident
from .actors import find_actors, pick_actors, same_side
from .background import is_background, is_off_topic
from .dates import has_explicit_date, parse_published, resolve_date
from .incident import Incident
from ..outlet_country import country_of_url
from .locations import Place, choose_location, geoparse_text, in_span, more_specific
from .numbers import NUMBER_PATTERN
from .sentences import Sentence, split_sentences

_SIZE_TAG = re.compile(r"\[(?:size|women targeted|coded)[^\]]*\]", re.I)
_ONLY_NEGATED_TOLL = re.compile(r"^(?:there (?:were|was) )?no (?:\w+ )?(?:injur\w*|casualt\w*|fatalit\w*|deaths?|"
                                r"arrests?|damage)\b[^.;]*(?:reported|recorded|confirmed)?\W*$|^no one was "
                                r"(?:hurt|injured|killed)\W*$", re.I)
# Openings that place an undated incident on the previous incident's day.
_SAME_TIME = re.compile(r"^(?:(?:hours|minutes|moments|shortly) (?:later|after)|later(?: that| the same)? (?:day|night|"
                        r"evening|morning)|the same day|that (?:evening|night|afternoon)|meanwhile)\b", re.I)
# Definite references back to the incident just reported, which may open the next paragraph.
_ANAPHOR = re.compile(r"^(?:the (?:attackers?|assailants|gunmen|militants|victims?|bodies|body|blast|explosion|attack|"
                      r"raid|ambush|fighting|clashes|convoy|dead|wounded|injured|suspects|kidnappers|abductors|"
                      r"perpetrators|strike|bombing|shelling|demonstrators|protesters|marchers|crowd|rioters|"
                      r"participants|protest|demonstration|rally|march)|they|he|she)\b", re.I)
# "The officer said troops fought back ...": a source's account, opening the next paragraph, of the same event.
_REPORTED = re.compile(r"^(?:the|a|an) (?:\w+ ){0,2}(?:officers?|officials?|spokes(?:man|woman|person)|police|army|"
                       r"military|ministry|witness(?:es)?|residents?|sources?|statement|governor|commander|elders?)"
                       r"(?: \w+){0,2} (?:said|says|told|added|reported|confirmed)\b", re.I)
# Sentences that only add a toll or detail to the incident before them ("Three men were killed.").
_FOLLOW_UP = re.compile(rf"^(?:the|they|he|she|it|this|both|all|among|several|a|an|{NUMBER_PATTERN}|"
                        r"according|later|after|during|meanwhile|the attack|the incident|the victims?|"
                        r"casualties|fatalities|no )\b", re.I)


@dataclass
class _Group:
    sentences: list[Sentence] = field(default_factory=list)
    first: Counter = field(default_factory=Counter)
    rest: Counter = field(default_factory=Counter)
    place: Place | None = None
    context: list[Sentence] = field(default_factory=list)  # non-event sentences that add place or toll
    context_actor: str | None = None  # actor named just before the incident, for agentless sentences
    follow_text: str = ""  # the first non-event sentence after it: may name the other side
    mentions: list = field(default_factory=list)  # actors named in the first sentence (found once)


def extract_incidents(text: str, published: dt.date | dt.datetime | str, title: str | None = None,
                      url: str | None = None) -> list[Incident]:
    """Every incident the article reports (empty for background-only, sport or market stories).

    The title only helps recognise off-topic stories: headlines repeat the body, so incidents come from the text.
    The URL's country-code domain, if any, is the outlet's country: a weak prior for ambiguous place names.
    """
    if not isinstance(text, str):
        raise TypeError("text must be a string")
    pub = parse_published(published)
    if not text.strip() or is_off_topic(f"{title or ''}\n{text}"):
        return []
    toponyms = geoparse_text(text, country_of_url(url))
    starts = [t.start for t in toponyms]
    groups: list[_Group] = []
    current: _Group | None = None
    last_actor: tuple[int, str] | None = None  # (paragraph, actor) most recently named
    for s in split_sentences(text):
        if last_actor is not None and last_actor[0] != s.paragraph:
            last_actor = None
        context_actor = last_actor[1] if last_actor else None
        named = find_actors(s.text)
        if named:
            last_actor = (s.paragraph, named[0].actor)
        cues = taxonomy.sentence_cues(taxonomy.ANAPHORIC_EVENT.sub(lambda m: " " * len(m.group(0)), s.text))
        first_pos = cues.pop("_pos", len(s.text))
        if _attacks_armed_actor(s.text, named):
            cues["clash"] += 1
        if _ONLY_NEGATED_TOLL.match(s.text):
            cues = Counter()  # "No injuries were reported." adds nothing and opens nothing
        trigger = taxonomy.is_trigger(cues) or bool(taxonomy.label_prefix(s.text)) or (
            any(cues.get(w) for w in taxonomy.WEAK_TRIGGERS) and resolve_date(s.text, pub) is not None)
        if trigger and is_background(s.text, first_pos, pub):
            trigger = False
            if current is not None and current.sentences[-1].paragraph != s.paragraph:
                current = None
            continue
        own_place = _place_in(text, s, toponyms, starts)
        if trigger:
            if current is not None and _continues(current, s, cues, own_place):
                current.sentences.append(s)
                current.rest.update(cues)
                if own_place and more_specific(own_place, current.place):
                    current.place = own_place
                continue
            current = _Group([s], cues, Counter(), own_place, context_actor=context_actor, mentions=named)
            groups.append(current)
        elif current is not None and current.sentences[-1].paragraph == s.paragraph:
            # A non-event sentence may say how it ended ("Police intervened") or where it happened
            # ("The raids involved the villages ...").
            current.rest.update(cues)
            if not current.follow_text:
                current.follow_text = s.text
            if own_place and more_specific(own_place, current.place):
                current.place = own_place
                current.context.append(s)
        else:
            current = None
    protest_context = bool(taxonomy.CUES["protest"].search(text))
    incidents: list[Incident] = []
    for g in groups:
        # A narrative without its own date ("Hours later, ...") continues on the previous incident's day.
        linked = incidents[-1].event_date if incidents and _SAME_TIME.match(g.sentences[0].text) else None
        inc = _build(text, g, pub, (toponyms, starts), linked, protest_context)
        incidents.append(inc)
    return [code_incident(inc) for inc in incidents]  # actors named as ACLED names them (actor_coding.py)


_ATTACK_BEFORE = re.compile(r"\b(?:attacked|ambushed|raided|targeted|clashed with|fought(?: with)?|fighting|"
                            r"attacks? (?:on|against))\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_ARMED_TYPES = {"State forces", "Rebel groups", "Political militias", "Identity militias", "External/Other forces"}


def _attacks_armed_actor(text: str, named: list | None = None) -> bool:
    """An attack or fight whose target is an armed actor of the alias table ("attacked VDP")."""
    mentions = [m for m in (find_actors(text) if named is None else named) if m.actor_type in _ARMED_TYPES]
    if len(mentions) < 2:
        return False
    return any(_ATTACK_BEFORE.search(text[max(0, m.start - 40):m.start]) for m in mentions[1:])


def _place_in(text: str, s: Sentence, toponyms: list, starts: list[int]) -> Place | None:
    return choose_location(text, (s.start, s.end), in_span(toponyms, starts, s.start, s.end), s.start)


_PLACE_PHRASE = re.compile(r"\b(?i:in|at|near|outside|of)\s+(?i:the\s+)?(?i:(?:town|city|village|villages|district|"
                           r"province|region|state|area)\s+of\s+)?([A-Z][a-z]{2,})")
_NOT_PLACE = re.compile(r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
                        r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|"
                        r"Addition|Total|Response|Retaliation|Particular|Fact|Order|Front)$")


def _mentions_place(s: Sentence, own_place: Place | None) -> bool:
    if own_place is not None:
        return True
    return any(not _NOT_PLACE.match(m.group(1)) for m in _PLACE_PHRASE.finditer(s.text))


def _continues(g: _Group, s: Sentence, cues: Counter, own_place: Place | None) -> bool:
    """Whether a sentence with event cues adds to the incident before it rather than opening a new one."""
    gap = s.paragraph - g.sentences[-1].paragraph
    if has_explicit_date(s.text) or taxonomy.label_prefix(s.text):
        return False
    if gap == 1 and own_place is None and (_ANAPHOR.match(s.text) or taxonomy.ANAPHORIC_EVENT.search(s.text)
                                           or _REPORTED.match(s.text)):
        return True  # "... killed dozens of the assailants during the fighting": still the same incident
    if gap != 0:
        return False
    if own_place is not None and g.place is not None and own_place.geonames_id == g.place.geonames_id:
        return True
    if _FOLLOW_UP.match(s.text):
        return True
    return not _mentions_place(s, own_place)


def _build(text: str, g: _Group, pub: dt.date, toponyms: tuple[list, list[int]], previous_date: str | None,
           protest_context: bool = False) -> Incident:
    first_s = g.sentences[0]
    body = " ".join(s.text for s in g.sentences)
    sub, conf = taxonomy.classify(g.first, g.rest, first_s.text, protest_context)
    date = None
    for s in g.sentences:
        date = resolve_date(s.text, pub)
        if date:
            break
    if date is None and previous_date:
        date = dt.date.fromisoformat(previous_date)
    if date is None or date > pub:
        date = pub
    mentions = g.mentions
    actor1, actor2 = pick_actors(first_s.text, mentions, g.context_actor)
    if actor1 == "Civilians" and taxonomy.EVENT_TYPES[sub] not in ("Protests", "Riots"):
        actor1, actor2 = None, "Civilians"  # civilians named in a violent event are its victims
    if taxonomy.EVENT_TYPES[sub] == "Protests" and actor1 in (None, "Civilians"):
        actor1 = "Protesters"  # ACLED codes demonstrators by role, whoever they are
    elif taxonomy.EVENT_TYPES[sub] == "Riots" and actor1 in (None, "Civilians", "Protesters"):
        actor1 = "Rioters"
    if actor1 and taxonomy.EVENT_TYPES[sub] == "Battles" and same_side(actor1, actor2):
        # "soldiers repelled an attack on the border police HQ. ... the terrorists": the enemy comes later.
        other = [a for a in find_actors(g.follow_text) if not same_side(actor1, a.actor)]
        actor2 = other[0].actor if other else None
    counts = {}
    clean = _SIZE_TAG.sub("", body)
    for kind in ("fatalities", "injuries", "arrests"):
        per_sentence = [casualties.count(kind, _SIZE_TAG.sub("", s.text)) for s in g.sentences]
        counts[kind] = sum(per_sentence)
    if counts["fatalities"] == 0 and any(casualties.definite_death(s.text) for s in g.sentences):
        counts["fatalities"] = 1
    coded = casualties.coded_fatalities(clean)
    if coded is not None:
        counts["fatalities"] = coded
    if sub == "Arrests" and counts["arrests"] == 0:
        counts["arrests"] = 1  # "led to the arrest of wanted militiamen": at least one person
    place = g.place
    if place is None:
        # Place named only in a nearby sentence of the same paragraph, e.g. a dateline or the sentence before.
        place = _nearby_place(text, g, toponyms)
    # Confidence: how sure the event class is, and how completely the report pins the incident down.
    dated = date != pub or resolve_date(first_s.text, pub) is not None
    conf = 0.5 * conf + 0.2 * (place is not None) + 0.15 * dated + 0.15 * (actor1 is not None)
    evidence = text[first_s.start:g.sentences[-1].end] if len(g.sentences) <= 3 else first_s.text
    ev_end = first_s.start + len(evidence)
    return Incident(
        event_date=date.isoformat(), event_type=taxonomy.EVENT_TYPES[sub], sub_event_type=sub,
        actor1=actor1, actor2=actor2,
        location=place.name if place else None, admin1=place.admin1 if place else None,
        admin2=place.admin2 if place else None, country_iso2=place.country_iso2 if place else None,
        country=place.country if place else None, latitude=place.latitude if place else None,
        longitude=place.longitude if place else None, geo_precision=place.geo_precision if place else None,
        geonames_id=place.geonames_id if place else None, feature_code=place.feature_code if place else None,
        fatalities=counts["fatalities"], injuries=counts["injuries"], arrests=counts["arrests"],
        evidence=evidence, evidence_start=first_s.start, evidence_end=ev_end, confidence=round(conf, 3))


def _nearby_place(text: str, g: _Group, toponyms: tuple[list, list[int]]) -> Place | None:
    s = g.sentences[0]
    before = [t for t in in_span(toponyms[0], toponyms[1], max(0, s.start - 400), s.start)
              if not re.search(r"\n\s*\n", text[t.end:s.start])]
    if not before:
        return None
    # The sentence that names the last place: "strikes in Hirske, Luhansk." is Hirske, not its region.
    t = before[-1]
    s0 = max(text.rfind(". ", 0, t.start) + 2, text.rfind("\n", 0, t.start) + 1, before[0].start)
    p = choose_location(text, (s0, t.end), [o for o in before if o.start >= s0], s0)
    if p is not None and (p.geo_precision or 3) < 3:
        p.geo_precision = 2  # named near, not in, the evidence sentence
    return p
