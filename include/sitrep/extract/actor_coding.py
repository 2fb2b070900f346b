"""Actors named as ACLED names them, applied to finished incidents.

The extractor finds actors through the alias seed, which knows roles ("soldiers" are State Forces, "protesters"
Protesters) but not whose: ACLED qualifies every role by country, and state forces by the government they serve
("Military Forces of Pakistan (2022-)", "Police Forces of Nigeria (2015-)", "Protesters (India)",
"Civilians (Mexico)"). The country is the one a demonym right before the role names ("Pakistani soldiers"),
else the incident's own country; the government is the `state_forces` seed row valid on the event date.
ACLED never leaves actor1 empty: an unnamed perpetrator is "Unidentified Armed Group (<country>)".

Inter codes (ACLED's actor categories, 1-8) and `interaction` come from the actor type in the alias seed; dbt
computes the same from the same seeds (dim_actors, acled_events), this module serves the extractor and `make eval`.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources

from .actors import find_actors, load_aliases
from .incident import Incident

INTER_CODES = {"State forces": 1, "Rebel groups": 2, "Political militias": 3, "Identity militias": 4,
               "Rioters": 5, "Protesters": 6, "Civilians": 7, "External/Other forces": 8}
# Roles ACLED qualifies with "(<country>)".
_BY_COUNTRY = {"Protesters", "Rioters", "Civilians", "Unidentified Armed Group", "Unidentified Gang"}
# Ethnic and communal militias are qualified by country too ("Fulani Ethnic Militia (Nigeria)").
_MILITIA_BY_COUNTRY = ("Ethnic Militia", "Communal Militia")
_STATE_ROLES = {"State Forces": "military", "Police Forces": "police"}
_QUALIFIED_STATE = re.compile(r"^(Military|Police) Forces of (?:the )?([^()]+?)(?: \(\d{4}-\d{0,4}\).*)?$")
_DEMONYM_BEFORE = re.compile(r"([A-Z][\w'-]+)\s+(?:(?:federal|national|local|state|regional|armed|security|"
                             r"government|special|riot)\s+)?$")
# Movements that took power: ACLED codes them as the state's forces from that day.
_BECAME_STATE = {"Taliban": ("AF", "2021-08-15")}
# State forces that ACLED codes as a rebel group from a date: Sudan's RSF from the war of 15 April 2023.
_LEFT_STATE = {"RSF: Rapid Support Forces": "2023-04-15"}
_STATE_SIDE = {"Protest with intervention", "Excessive force against protesters", "Violent demonstration",
               "Mob violence"}
_VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def _seed(name: str) -> list[dict[str, str]]:
    path = resources.files("sitrep") / "data" / "seeds" / name
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, str], dict[str, str]]:
    """ISO2 -> ACLED country name, and ACLED name -> ISO2."""
    rows = _seed("countries.csv")
    return ({r["country_iso2"]: r["country"] for r in rows}, {r["country"]: r["country_iso2"] for r in rows})


@lru_cache(maxsize=1)
def _state_forces() -> dict[tuple[str, str], list[tuple[str, str, str]]]:
    out: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for r in _seed("state_forces.csv"):
        out.setdefault((r["country_iso2"], r["force"]), []).append(
            (r["valid_from"], r["valid_to"] or "9999-12-31", r["actor"]))
    return out


@lru_cache(maxsize=1)
def _actor_types() -> dict[str, str]:
    return {actor: kind for actor, kind in load_aliases().values()}


def country_name(iso2: str | None) -> str | None:
    return _countries()[0].get((iso2 or "").upper()) if iso2 else None


def became_state(actor: str | None, event_date: str) -> bool:
    """Whether an armed group had become the state by this day (the Taliban from 15 August 2021)."""
    since = _BECAME_STATE.get(actor or "")
    return since is not None and event_date >= since[1]


def left_state(actor: str | None, event_date: str) -> bool:
    """Whether a force of the state had become a non-state armed group by this day (the RSF from 15 April 2023)."""
    since = _LEFT_STATE.get(actor or "")
    return since is not None and event_date >= since


def state_force(iso2: str, force: str, event_date: str) -> str:
    """ACLED's name of a country's military or police on a date: the seed's government, else unqualified."""
    for start, end, actor in _state_forces().get((iso2, force), []):
        if start <= event_date < end:
            return actor
    name = country_name(iso2) or iso2
    return f"{'Military' if force == 'military' else 'Police'} Forces of {name}"


def _demonym_country(evidence: str, role: str) -> str | None:
    """"Pakistani soldiers", "the Nigerian police": the country whose forces these are, by the word before."""
    from sitrep.geo import gazetteer

    try:
        gaz = gazetteer.default()
    except Exception:  # no gazetteer, no demonyms: the incident's country stands
        return None
    for m in find_actors(evidence):
        if m.actor != role:
            continue
        word = _DEMONYM_BEFORE.search(evidence[max(0, m.start - 40):m.start])
        if word:
            idx = gaz.demonyms.get(word.group(1).lower())
            if idx is not None:
                return gaz.place(idx).country_iso2
        return None
    return None


def acled_actor(actor: str | None, iso2: str | None, event_date: str, evidence: str = "") -> str | None:
    """One actor as ACLED names it, qualified by `iso2` (the incident's country) where ACLED qualifies it."""
    if actor is None:
        return None
    if actor in _BECAME_STATE and event_date >= _BECAME_STATE[actor][1]:
        return state_force(_BECAME_STATE[actor][0], "military", event_date)
    if actor in _STATE_ROLES:
        cc = _demonym_country(evidence, actor) or iso2
        return state_force(cc, _STATE_ROLES[actor], event_date) if cc else actor
    m = _QUALIFIED_STATE.match(actor)
    if m and "(" not in actor:  # "Military Forces of Nigeria" from the alias seed: add the government
        cc = _countries()[1].get(m.group(2).strip())
        if cc:
            return state_force(cc, m.group(1).lower(), event_date)
        return actor
    if (actor in _BY_COUNTRY or actor.endswith(_MILITIA_BY_COUNTRY)) and iso2:
        name = country_name(iso2)
        return f"{actor} ({name})" if name else actor
    return actor


def default_actor1(event_type: str, iso2: str | None) -> str:
    """What ACLED writes when the report names no perpetrator."""
    role = {"Protests": "Protesters", "Riots": "Rioters"}.get(event_type, "Unidentified Armed Group")
    name = country_name(iso2)
    return f"{role} ({name})" if name else role


def code_incident(inc: Incident) -> Incident:
    """Rename the incident's actors as ACLED does (in place) and return it."""
    a1 = acled_actor(inc.actor1, inc.country_iso2, inc.event_date, inc.evidence)
    a2 = acled_actor(inc.actor2, inc.country_iso2, inc.event_date, inc.evidence)
    role = {"Protests": "Protesters", "Riots": "Rioters"}.get(inc.event_type)
    if role and a1 is not None and actor_type(a1) != role:
        # ACLED codes the demonstrators (rioters) first and the police that intervened second.
        if actor_type(a2) == role:
            a1, a2 = a2, a1
        elif actor_type(a1) == "State forces" and a2 is None:
            # police named at a peaceful protest were there, not a side of it
            a1, a2 = None, (a1 if inc.sub_event_type in _STATE_SIDE else None)
    if a1 is None:
        a1 = default_actor1(inc.event_type, inc.country_iso2)
    if a2 is None and inc.event_type == "Violence against civilians" and actor_type(a1) != "Civilians":
        a2 = acled_actor("Civilians", inc.country_iso2, inc.event_date)  # ACLED's target of this event type
    inc.actor1, inc.actor2 = a1, (a2 if a2 != a1 else None)
    return inc


def actor_type(actor: str | None) -> str | None:
    """The alias seed's actor type of an ACLED-named actor (qualifiers stripped)."""
    if not actor:
        return None
    types = _actor_types()
    if actor in types:
        return types[actor]
    if _QUALIFIED_STATE.match(actor):
        return "State forces"
    base = re.sub(r" \([^)]*\)$", "", actor)
    return types.get(base)


def inter_code(actor: str | None) -> int:
    """ACLED's inter code of an actor: 1 state forces ... 8 external/other forces; 0 when there is none.
    An actor outside the alias seed is coded 3 (political militia), ACLED's code for unnamed armed groups."""
    if not actor:
        return 0
    return INTER_CODES.get(actor_type(actor) or "", 3)


def interaction(inter1: int, inter2: int) -> int:
    """ACLED's two-digit interaction code: the lower inter code first ("17": state forces vs civilians)."""
    lo, hi = sorted((inter1, inter2))
    return 10 * hi if lo == 0 else 10 * lo + hi


def civilian_targeting(event_type: str, inter2: int) -> str | None:
    """ACLED's flag: violence whose target (actor2) is civilians."""
    return "Civilian targeting" if event_type in _VIOLENT and inter2 == 7 else None
