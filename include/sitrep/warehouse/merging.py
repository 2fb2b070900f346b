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
from itertools import chain

import numpy as np

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
    checks memoised per pair of distinct place keys.

    same_place depends only on a mention's place fields: with a few thousand distinct places, each answer is
    computed once per pair of keys instead of once per pair of mentions (a busy day has millions of those).

    Mentions are numbered by their position in the input. `root` holds every mention's current root (kept exact
    on each union, smaller cluster into larger), so the roots of a whole list of partners are one array lookup:
    `join` uses that to try one mention against all its partners at once with the same outcome as trying the
    pairs one by one (see there). Which mention is a root never matters: only the partition is read.
    """

    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = mentions
        self.index = {m.mention_id: i for i, m in enumerate(mentions)}
        n = len(mentions)
        self.root = np.arange(n, dtype=np.int64)
        self.members: list[list[int] | None] = [[i] for i in range(n)]
        # per cluster root: (first day ordinal, last day ordinal, articles)
        self.span = [(m.event_date.toordinal(), m.event_date.toordinal(), frozenset([m.article_id])) for m in mentions]
        place_ids: dict[tuple, int] = {}
        self.place_of = [place_ids.setdefault(
            (m.location_id, m.latitude, m.longitude, m.admin1, m.country_iso2, m.geo_precision), len(place_ids))
            for m in mentions]
        # Actors as numbers, 0 for none ("" or NULL, which actors_agree also ignores), so that the actor check
        # runs on arrays: agree unless both name actors and share none.
        actor_ids: dict[str, int] = {}
        self.actor1 = np.array([actor_ids.setdefault(m.actor1, len(actor_ids) + 1) if m.actor1 else 0
                                for m in mentions], dtype=np.int64)
        self.actor2 = np.array([actor_ids.setdefault(m.actor2, len(actor_ids) + 1) if m.actor2 else 0
                                for m in mentions], dtype=np.int64)
        self.place_memo: dict[tuple[int, int], bool] = {}

    def find(self, mention_id: str) -> int:
        return int(self.root[self.index[mention_id]])

    def places_match(self, a: int, b: int) -> bool:
        key = (self.place_of[a], self.place_of[b])
        ok = self.place_memo.get(key)
        if ok is None:
            ok = self.place_memo[key] = same_place(self.mentions[a], self.mentions[b])
        return ok

    def partners(self, group: list[Mention], others: list[Mention] | None = None):
        """Per mention a of group, in order: a and the array of its partners, so that (a, partner) for each a and
        partner in turn are the pairs of combinations(group, 2), or of group x others, in that order, minus pairs
        at places that can never match: dropping pairs that could not join changes nothing, and the rest keep
        their order."""
        index, place_of = self.index, self.place_of
        target = group if others is None else others
        tidx = np.array([index[m.mention_id] for m in target], dtype=np.int64)
        by_place: dict[int, list[int]] = {}
        for j, i in enumerate(tidx.tolist()):
            by_place.setdefault(place_of[i], []).append(j)
        near = _PlaceIndex([self.mentions[tidx[js[0]]] for js in by_place.values()], list(by_place))
        matching: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        for i, m in enumerate(group):
            a = index[m.mention_id]
            pa = place_of[a]
            found = matching.get(pa)
            if found is None:
                lists = [by_place[p] for p in near.candidates(m)
                         if self.places_match(a, int(tidx[by_place[p][0]]))]
                js = np.array(lists[0] if len(lists) == 1 else sorted(chain.from_iterable(lists)), dtype=np.int64)
                found = matching[pa] = (js, tidx[js])
            js, partners = found
            yield a, (partners[np.searchsorted(js, i, side="right"):] if others is None else partners)

    def try_union(self, a: int, b: int) -> None:
        """Join a and b if they report one incident (same_incident: blocks match type and day, pairs the place)."""
        root = self.root
        ra, rb = int(root[a]), int(root[b])
        if ra == rb or not self._actors_agree(a, b):
            return
        self._union_if_legal(ra, rb)

    def _actors_agree(self, a: int, b: int) -> bool:
        a1, a2, b1, b2 = self.actor1[a], self.actor2[a], self.actor1[b], self.actor2[b]
        return (not (a1 or a2) or not (b1 or b2)
                or bool(a1 and (a1 == b1 or a1 == b2)) or bool(a2 and (a2 == b1 or a2 == b2)))

    def _union_if_legal(self, ra: int, rb: int) -> None:
        """Join the clusters of roots ra and rb unless the result would span more than MAX_DAY_GAP days or hold
        an article twice (which also keeps an article's own mentions apart)."""
        (fa, la, arts_a), (fb, lb, arts_b) = self.span[ra], self.span[rb]
        first, last = min(fa, fb), max(la, lb)
        if last - first > MAX_DAY_GAP or not arts_a.isdisjoint(arts_b):
            return
        self._merge(ra, rb, (first, last, arts_a | arts_b))

    def _merge(self, ra: int, rb: int, span: tuple) -> int:
        members = self.members
        if len(members[ra]) > len(members[rb]):
            ra, rb = rb, ra
        self.root[members[ra]] = rb
        members[rb].extend(members[ra])
        members[ra] = None
        self.span[rb] = span
        return rb

    def join(self, a: int, partners: np.ndarray) -> None:
        """try_union(a, b) for each b of partners in turn, with the same outcome, but without a step per b.

        While a is tried against its partners only a's cluster changes (it absorbs other clusters, and the day
        span and articles of a cluster only grow), so a partner b joins exactly when it is the first partner of
        its cluster (as it was when a's turn began) whose actors agree with a's, its cluster is not a's yet, and
        the two clusters' union is legal at that moment; if it is not, it will not be for any later partner of
        that cluster either. So: the partners not in a's cluster whose actors agree, then their clusters in order
        of first appearance, each tried once."""
        if len(partners) < _JOIN_ONE_BY_ONE_BELOW:  # a short list is quicker pair by pair
            for b in partners.tolist():
                self.try_union(a, b)
            return
        root = self.root
        roots = root[partners]
        keep = roots != root[a]
        a1, a2 = self.actor1[a], self.actor2[a]
        if a1 or a2:
            b1, b2 = self.actor1[partners], self.actor2[partners]
            agree = (b1 == 0) & (b2 == 0)
            if a1:
                agree |= (b1 == a1) | (b2 == a1)
            if a2:
                agree |= (b1 == a2) | (b2 == a2)
            keep &= agree
        roots = roots[keep]
        if not roots.size:
            return
        _, first_seen = np.unique(roots, return_index=True)
        for rb in roots[np.sort(first_seen)].tolist():
            self._union_if_legal(int(root[a]), rb)

    def close(self, closed: dict[str, str]) -> None:
        """Rebuild the closed incidents' day-W part (whole same-day clusters joined through day W-1) and mark them
        as already spanning their day, so no day W+1 report can join them."""
        span, find = self.span, self.find
        closed_root: dict[str, str] = {}
        for mention_id, incident_id in sorted(closed.items()):
            root = find(mention_id)
            if incident_id in closed_root and find(closed_root[incident_id]) != root:
                other = find(closed_root[incident_id])
                root = self._merge(root, other, (span[other][0], span[other][1], span[other][2] | span[root][2]))
            closed_root.setdefault(incident_id, mention_id)
            day = self.mentions[self.index[mention_id]].event_date.toordinal()
            span[root] = (min(span[root][0], day - 1), span[root][1], span[root][2])

    def incident_ids(self, closed: dict[str, str]) -> dict[str, str]:
        """mention_id -> incident_id: a closed incident keeps its id, any other is named by its earliest report,
        so it stays stable as later reports join."""
        root, mentions = self.root.tolist(), self.mentions

        def order(i: int) -> tuple:
            m = mentions[i]
            return (m.published_at or date.max, m.event_date, m.mention_id)

        first: dict[int, str] = {}
        for i in sorted(range(len(mentions)), key=order):
            first.setdefault(root[i], mentions[i].mention_id)
        kept = {self.find(mention_id): incident_id for mention_id, incident_id in closed.items()}
        return {
            m.mention_id: kept.get(root[i]) or hashlib.md5(first[root[i]].encode()).hexdigest()
            for i, m in enumerate(mentions)
        }


# Places within MERGE_RADIUS_KM differ in latitude by at most this many degrees (no path between two latitudes is
# shorter than the meridian arc between them), doubled as a margin for rounding.
_LAT_BAND_DEG = 2 * math.degrees(MERGE_RADIUS_KM / 6371.0088)


class _PlaceIndex:
    """The places of a partner list, indexed so that a mention's possibly matching places are found without
    testing every place: same_place holds only for one location_id, one admin1 (the province rule) or coordinates
    within MERGE_RADIUS_KM, so those within a latitude band of one another. With spread-out real places a block
    holds hundreds of them, and testing every pair of places cost more than all the rest of the clustering.
    `candidates` is a superset of the matching places, which places_match then tests exactly as before."""

    def __init__(self, places: list[Mention], keys: list[int]) -> None:
        self.by_location: dict[str, list[int]] = {}
        self.by_admin1: dict[str, list[int]] = {}
        self.by_band: dict[int, list[int]] = {}
        self.unbanded: list[int] = []  # coordinates that are not finite numbers: always candidates
        for m, key in zip(places, keys):
            self.by_location.setdefault(m.location_id, []).append(key)
            if m.admin1:
                self.by_admin1.setdefault(m.admin1, []).append(key)
            band = self._band(m)
            if band is not None:
                self.by_band.setdefault(band, []).append(key)
            elif m.latitude is not None and m.longitude is not None:
                self.unbanded.append(key)

    @staticmethod
    def _band(m: Mention) -> int | None:
        if m.latitude is None or m.longitude is None or not math.isfinite(m.latitude):
            return None
        return math.floor(m.latitude / _LAT_BAND_DEG)

    def candidates(self, m: Mention) -> set[int]:
        found = set(self.by_location.get(m.location_id, ()))
        if m.admin1:
            found.update(self.by_admin1.get(m.admin1, ()))
        band = self._band(m)
        if band is not None:
            for b in (band - 1, band, band + 1):
                found.update(self.by_band.get(b, ()))
            found.update(self.unbanded)
        elif m.latitude is not None and m.longitude is not None:
            found.update(self.unbanded)
            for keys in self.by_band.values():
                found.update(keys)
        return found


# Partner lists shorter than this are tried pair by pair (arrays cost more than they save on a few pairs); both
# ways give the same result, which tests/warehouse/test_merging.py checks by setting it to 0 and to infinity.
_JOIN_ONE_BY_ONE_BELOW = 16


def _blocks(mentions: list[Mention]) -> dict[tuple[str, int], dict[str, list[Mention]]]:
    """(event type, day ordinal) -> country ("" when unknown) -> its mentions, by mention_id."""
    blocks: dict[tuple[str, int], dict[str, list[Mention]]] = {}
    for m in sorted(mentions, key=lambda m: m.mention_id):
        by_country = blocks.setdefault((m.event_type, m.event_date.toordinal()), {})
        by_country.setdefault(m.country_iso2 or "", []).append(m)
    return blocks


def _same_day_pairs(clusters: _Clusters, day: dict[str, list[Mention]]):
    for country, group in sorted(day.items()):
        yield from clusters.partners(group)
        if country and "" in day:
            yield from clusters.partners(group, day[""])


def _next_day_pairs(clusters: _Clusters, day: dict[str, list[Mention]], next_day: dict[str, list[Mention]]):
    for country, group in sorted(day.items()):
        partners = [next_day.get(country, []), next_day.get("", [])] if country else \
            [g for _, g in sorted(next_day.items())]
        for other in partners:
            yield from clusters.partners(group, other)


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
        for a, partners in _same_day_pairs(clusters, day):
            clusters.join(a, partners)
    clusters.close(closed)
    for (etype, ordinal), day in sorted(blocks.items()):
        if (etype, ordinal + 1) in blocks:
            for a, partners in _next_day_pairs(clusters, day, blocks[(etype, ordinal + 1)]):
                clusters.join(a, partners)
    return clusters.incident_ids(closed)
