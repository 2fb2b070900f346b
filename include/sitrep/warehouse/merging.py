"""Cross-article merging: which incident mentions report the same real-world event.

Two mentions from different articles are the same incident when their dates are at most one day apart (outlets
date an event by when they heard of it), their event types agree, their places coincide (same GeoNames place,
within MERGE_RADIUS_KM, or one is the region that contains the other) and their actors do not contradict each
other. Matches join clusters (union-find), so three outlets reporting one event become one incident, but a cluster
never spans more than MAX_DAY_GAP days nor holds two mentions of one article: daily clashes in one town stay daily
incidents instead of chaining into one, and an article's two incidents stay two. The incident_id is derived from
the earliest report, so it stays stable when later reports join.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from datetime import date
from bisect import bisect_right
from itertools import chain

MERGE_RADIUS_KM = 25.0
MAX_DAY_GAP = 1


@dataclass(frozen=True)
class Mention:
    mention_id: str
    article_id: str
    url: str
    published_at: date | None
    event_date: date
    event_type: str
    actor1: str | None
    actor2: str | None
    location_id: str
    latitude: float | None
    longitude: float | None
    admin1: str | None
    country_iso2: str | None
    geo_precision: int | None


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


def same_place(a: Mention, b: Mention) -> bool:
    if a.location_id == b.location_id:
        return a.location_id != "unknown"
    if a.country_iso2 and b.country_iso2 and a.country_iso2 != b.country_iso2:
        return False
    if None not in (a.latitude, a.longitude, b.latitude, b.longitude):
        if haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) <= MERGE_RADIUS_KM:
            return True
    # "in Kirkuk province" and "in Dibis, Kirkuk" describe one place at two precisions
    coarse, fine = sorted((a, b), key=lambda m: -(m.geo_precision or 0))
    return (coarse.geo_precision or 0) == 3 and bool(coarse.admin1) and coarse.admin1 == fine.admin1


def actors_agree(a: Mention, b: Mention) -> bool:
    """Actors are compatible unless both reports name a set of actors and the sets are disjoint."""
    sa = {x for x in (a.actor1, a.actor2) if x}
    sb = {x for x in (b.actor1, b.actor2) if x}
    return not sa or not sb or bool(sa & sb)


def same_incident(a: Mention, b: Mention) -> bool:
    return (
        a.article_id != b.article_id
        and a.event_type == b.event_type
        and abs((a.event_date - b.event_date).days) <= MAX_DAY_GAP
        and same_place(a, b)
        and actors_agree(a, b)
    )


class _Clusters:
    """Union-find over mentions, each root carrying its cluster's (first day, last day, articles), with the place
    and actor checks memoised per pair of distinct keys.

    same_place and actors_agree depend only on a mention's place fields and its actors: with a few thousand
    distinct places and actor pairs, each answer is computed once per pair of keys instead of once per pair of
    mentions (a busy day has millions of those).
    """

    def __init__(self, mentions: list[Mention]) -> None:
        self.parent = {m.mention_id: m.mention_id for m in mentions}
        # per cluster root: (first day, last day, articles)
        self.span = {m.mention_id: (m.event_date, m.event_date, frozenset([m.article_id])) for m in mentions}
        place_ids: dict[tuple, int] = {}
        actor_ids: dict[tuple, int] = {}
        self.place_of = {m.mention_id: place_ids.setdefault(
            (m.location_id, m.latitude, m.longitude, m.admin1, m.country_iso2, m.geo_precision), len(place_ids))
            for m in mentions}
        self.actors_of = {m.mention_id: actor_ids.setdefault((m.actor1, m.actor2), len(actor_ids)) for m in mentions}
        self.place_memo: dict[tuple[int, int], bool] = {}
        self.actor_memo: dict[tuple[int, int], bool] = {}

    def find(self, x: str) -> str:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def places_match(self, a: Mention, b: Mention) -> bool:
        key = (self.place_of[a.mention_id], self.place_of[b.mention_id])
        ok = self.place_memo.get(key)
        if ok is None:
            ok = self.place_memo[key] = same_place(a, b)
        return ok

    def pairs(self, group: list[Mention], others: list[Mention] | None = None):
        """The pairs of combinations(group, 2), or of group x others, in that order, minus pairs at places that
        can never match: dropping pairs that could not join changes nothing, and the rest keep their order."""
        place_of = self.place_of
        target = group if others is None else others
        by_place: dict[int, list[int]] = {}
        for j, m in enumerate(target):
            by_place.setdefault(place_of[m.mention_id], []).append(j)
        matching: dict[int, list[int]] = {}
        for i, a in enumerate(group):
            pa = place_of[a.mention_id]
            js = matching.get(pa)
            if js is None:
                lists = [idx for idx in by_place.values() if self.places_match(a, target[idx[0]])]
                js = matching[pa] = lists[0] if len(lists) == 1 else sorted(chain.from_iterable(lists))
            for j in (js[bisect_right(js, i):] if others is None else js):
                yield a, target[j]

    def try_union(self, a: Mention, b: Mention) -> None:
        """Join a and b if they report one incident (same_incident: blocks match type and day, pairs the place)."""
        if a.article_id == b.article_id:
            return
        ra, rb = self.find(a.mention_id), self.find(b.mention_id)
        if ra == rb:
            return
        key = (self.actors_of[a.mention_id], self.actors_of[b.mention_id])
        ok = self.actor_memo.get(key)
        if ok is None:
            ok = self.actor_memo[key] = actors_agree(a, b)
        if not ok:
            return
        (fa, la, arts_a), (fb, lb, arts_b) = self.span[ra], self.span[rb]
        first, last = min(fa, fb), max(la, lb)
        if (last - first).days > MAX_DAY_GAP or arts_a & arts_b:
            return
        self.parent[ra] = rb
        self.span[rb] = (first, last, arts_a | arts_b)

    def close(self, mentions: list[Mention], closed: dict[str, str]) -> None:
        """Rebuild the closed incidents' day-W part (whole same-day clusters joined through day W-1) and mark them
        as already spanning their day, so no day W+1 report can join them."""
        parent, span, find = self.parent, self.span, self.find
        day_of = {m.mention_id: m.event_date for m in mentions} if closed else {}
        closed_root: dict[str, str] = {}
        for mention_id, incident_id in sorted(closed.items()):
            root = find(mention_id)
            if incident_id in closed_root and find(closed_root[incident_id]) != root:
                other = find(closed_root[incident_id])
                parent[root] = other
                span[other] = (span[other][0], span[other][1], span[other][2] | span[root][2])
                root = other
            closed_root.setdefault(incident_id, mention_id)
            day = day_of[mention_id]
            span[root] = (min(span[root][0], date.fromordinal(day.toordinal() - 1)), span[root][1], span[root][2])

    def incident_ids(self, mentions: list[Mention], closed: dict[str, str]) -> dict[str, str]:
        """mention_id -> incident_id: a closed incident keeps its id, any other is named by its earliest report,
        so it stays stable as later reports join."""
        find = self.find

        def order(m: Mention) -> tuple:
            return (m.published_at or date.max, m.event_date, m.mention_id)

        first: dict[str, Mention] = {}
        for m in sorted(mentions, key=order):
            first.setdefault(find(m.mention_id), m)
        kept = {find(mention_id): incident_id for mention_id, incident_id in closed.items()}
        return {
            m.mention_id: kept.get(find(m.mention_id))
            or hashlib.md5(first[find(m.mention_id)].mention_id.encode()).hexdigest()
            for m in mentions
        }


def _blocks(mentions: list[Mention]) -> dict[tuple[str, int], dict[str, list[Mention]]]:
    """(event type, day ordinal) -> country ("" when unknown) -> its mentions, by mention_id."""
    blocks: dict[tuple[str, int], dict[str, list[Mention]]] = {}
    for m in sorted(mentions, key=lambda m: m.mention_id):
        by_country = blocks.setdefault((m.event_type, m.event_date.toordinal()), {})
        by_country.setdefault(m.country_iso2 or "", []).append(m)
    return blocks


def _same_day_pairs(clusters: _Clusters, day: dict[str, list[Mention]]):
    for country, group in sorted(day.items()):
        yield from clusters.pairs(group)
        if country and "" in day:
            yield from clusters.pairs(group, day[""])


def _next_day_pairs(clusters: _Clusters, day: dict[str, list[Mention]], next_day: dict[str, list[Mention]]):
    for country, group in sorted(day.items()):
        partners = [next_day.get(country, []), next_day.get("", [])] if country else \
            [g for _, g in sorted(next_day.items())]
        for other in partners:
            yield from clusters.pairs(group, other)


def cluster(mentions: list[Mention], closed: dict[str, str] | None = None) -> dict[str, str]:
    """mention_id -> incident_id.

    Days are joined to the next day in date order, so the clusters of days before D depend on nothing from D on.
    That lets an incremental run re-cluster only from the day W before its earliest changed mention: pass every
    mention dated W or later, and as `closed` the stored incident_id of each day-W mention whose incident also
    holds day W-1 reports (those incidents already span their day and stay as they are). The result for these
    mentions is then exactly what a pass over the whole history gives.
    """
    closed = closed or {}
    clusters = _Clusters(mentions)
    # Block by (event type, day, country): only mentions in the same or the next day's block of one country can
    # match (different known countries are never the same place); inside a block, `pairs` skips places that
    # cannot match. Mentions without a country are compared with every block of their type and day. Pairs are
    # tried in a fixed order (same day first), so the result does not depend on input order.
    blocks = _blocks(mentions)
    for _, day in sorted(blocks.items()):
        for a, b in _same_day_pairs(clusters, day):
            clusters.try_union(a, b)
    clusters.close(mentions, closed)
    for (etype, ordinal), day in sorted(blocks.items()):
        if (etype, ordinal + 1) in blocks:
            for a, b in _next_day_pairs(clusters, day, blocks[(etype, ordinal + 1)]):
                clusters.try_union(a, b)
    return clusters.incident_ids(mentions, closed)
