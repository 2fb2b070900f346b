"""Cross-article merging rules (sitrep.warehouse.merging), which int_incident_clusters applies inside dbt."""

from __future__ import annotations

import random
from dataclasses import replace
from itertools import combinations
from datetime import date

from sitrep.warehouse.merging import Mention, cluster, haversine_km, same_incident

QAIM = dict(location_id="qaim", latitude=34.37, longitude=41.09, admin1="Anbar", country_iso2="IQ", geo_precision=1)


def mention(mid: str, article: str, day: int = 14, **kw) -> Mention:
    base = dict(mention_id=mid, article_id=article, url=f"https://{article}.example/", published_at=date(2020, 1, 14),
                event_date=date(2020, 1, day), event_type="Battles", actor1="Islamic State",
                actor2="Iraqi Security Forces", **QAIM)
    base.update(kw)
    return Mention(**base)


def test_haversine_known_distance():
    # Baghdad to Kirkuk is about 240 km
    assert 230 < haversine_km(33.3152, 44.3661, 35.4681, 44.3922) < 250


def test_same_event_reported_a_day_apart_by_two_outlets_merges():
    ids = cluster([mention("a", "wire", day=13), mention("b", "paper", day=14)])
    assert ids["a"] == ids["b"]


def test_two_days_apart_stays_separate():
    ids = cluster([mention("a", "wire", day=12), mention("b", "paper", day=14)])
    assert ids["a"] != ids["b"]


def test_nearby_place_within_radius_merges_but_far_place_does_not():
    near = mention("b", "paper", location_id="qaim-outskirts", latitude=34.45, longitude=41.15)
    far = mention("c", "tv", location_id="ramadi", latitude=33.42, longitude=43.30)
    ids = cluster([mention("a", "wire"), near, far])
    assert ids["a"] == ids["b"] != ids["c"]


def test_province_level_report_merges_with_a_town_in_that_province():
    province = mention("b", "paper", location_id="anbar", latitude=33.0, longitude=42.0, geo_precision=3)
    assert len(set(cluster([mention("a", "wire"), province]).values())) == 1


def test_contradicting_actors_or_types_do_not_merge():
    other_actors = mention("b", "paper", actor1="Kurdistan Workers Party", actor2="Turkish forces")
    other_type = mention("c", "tv", event_type="Protests")
    ids = cluster([mention("a", "wire"), other_actors, other_type])
    assert len(set(ids.values())) == 3


def test_unknown_places_never_merge_and_one_article_is_never_merged_with_itself():
    unknown = dict(location_id="unknown", latitude=None, longitude=None, admin1=None, geo_precision=None)
    ids = cluster([mention("a", "wire", **unknown), mention("b", "paper", **unknown),
                   mention("c", "tv"), mention("d", "tv")])
    assert len(set(ids.values())) == 4


def test_incident_id_is_stable_when_a_later_report_joins():
    first = mention("a", "wire")
    before = cluster([first])["a"]
    later = replace(mention("b", "paper"), published_at=date(2020, 1, 15))
    assert cluster([later, first])["a"] == before


def test_three_outlets_reporting_one_event_make_one_incident():
    ids = cluster([mention("a", "w1", day=13), mention("b", "w2", day=14), mention("c", "w3", day=14)])
    assert len(set(ids.values())) == 1


def test_daily_clashes_in_one_town_do_not_chain_into_one_incident():
    ids = cluster([mention(f"m{day}", f"w{day}", day=day) for day in range(10, 17)])
    assert len(set(ids.values())) >= 3  # a cluster spans at most two consecutive days
    for day in range(10, 16):
        same = ids[f"m{day}"] == ids[f"m{day + 1}"]
        assert not (same and ids[f"m{day + 1}"] == ids.get(f"m{day + 2}"))


def test_two_incidents_of_one_article_are_not_merged_through_a_third_report():
    ids = cluster([mention("a1", "wire"), mention("a2", "wire"), mention("b", "paper")])
    assert ids["a1"] != ids["a2"]
    assert ids["b"] in (ids["a1"], ids["a2"])


def test_result_does_not_depend_on_input_order():
    ms = [mention("a", "w1", day=13), mention("b", "w2", day=14), mention("c", "w3", day=15),
          mention("d", "w4", day=14, location_id="near", latitude=34.40, longitude=41.10)]
    assert cluster(ms) == cluster(list(reversed(ms)))


def test_a_report_without_a_country_still_merges_by_distance():
    no_country = mention("b", "paper", location_id="qaim-area", latitude=34.40, longitude=41.12, country_iso2=None)
    next_day = mention("c", "tv", day=15, location_id="qaim-x", latitude=34.38, longitude=41.10, country_iso2=None)
    ids = cluster([mention("a", "wire"), no_country, next_day])
    assert ids["a"] == ids["b"]


def test_same_coordinates_in_different_countries_stay_apart():
    across = mention("b", "paper", location_id="other-side", country_iso2="SY")
    assert len(set(cluster([mention("a", "wire"), across]).values())) == 2


def _window_of(ms: list[Mention], full: dict[str, str], start: date) -> dict[str, str]:
    """What int_incident_clusters does on an incremental run: re-cluster from `start` with the closed incidents."""
    before = {full[m.mention_id] for m in ms if m.event_date.toordinal() == start.toordinal() - 1}
    closed = {m.mention_id: full[m.mention_id] for m in ms if m.event_date == start and full[m.mention_id] in before}
    return cluster([m for m in ms if m.event_date >= start], closed)


def test_re_clustering_from_any_day_gives_what_the_whole_history_gives():
    # Dense random reports over three weeks at three nearby places, with articles reporting two incidents: a
    # window that started mid-chain must still agree with the full pass, for every possible start day.
    rng = random.Random(3)
    places = [dict(QAIM), dict(QAIM, location_id="near", latitude=34.45, longitude=41.15),
              dict(QAIM, location_id="far", latitude=35.5, longitude=42.0)]
    ms = []
    for i in range(400):
        article = f"a{rng.randrange(300)}"
        ms.append(mention(f"m{i:03d}", article, day=rng.randrange(1, 22), published_at=date(2020, 1, rng.randrange(1, 25)),
                          event_type=rng.choice(["Battles", "Battles", "Riots"]),
                          actor2=rng.choice(["Iraqi Security Forces", None, "Civilians (Iraq)"]), **rng.choice(places)))
    ms = list({(m.article_id, m.mention_id): m for m in ms}.values())
    full = cluster(ms)
    for start_day in range(1, 23):
        start = date(2020, 1, start_day)
        window = _window_of(ms, full, start)
        assert window == {m.mention_id: full[m.mention_id] for m in ms if m.event_date >= start}, start


def test_adding_a_day_then_re_clustering_the_window_equals_a_full_pass():
    rng = random.Random(11)
    ms = [mention(f"m{i:03d}", f"a{i // 2}", day=1 + i // 25, actor2=rng.choice([None, "Iraqi Security Forces"]))
          for i in range(300)]
    stored = cluster([m for m in ms if m.event_date.day <= 10])
    new = [m for m in ms if m.event_date.day > 10]
    start = date.fromordinal(min(m.event_date for m in new).toordinal() - 1)
    stored.update(_window_of(ms, {**stored, **{m.mention_id: "" for m in new}}, start))
    assert stored == cluster(ms)


def test_clusters_keep_the_rule_and_nothing_mergeable_is_left_apart():
    # Whatever blocking and memoising do inside, the result must be what the rule says: each incident is held
    # together by same_incident links, spans at most a day with no article twice, and no two incidents could
    # still be joined through a same_incident pair.
    rng = random.Random(5)
    places = [dict(QAIM), dict(QAIM, location_id="near", latitude=34.45, longitude=41.15),
              dict(QAIM, location_id="far", latitude=35.5, longitude=42.0),
              dict(QAIM, location_id="anbar", latitude=33.0, longitude=42.0, geo_precision=3),
              dict(QAIM, location_id="nowhere", latitude=None, longitude=None, country_iso2=None, admin1=None)]
    ms = [mention(f"m{i:03d}", f"a{rng.randrange(60)}", day=rng.randrange(1, 6),
                  actor2=rng.choice(["Iraqi Security Forces", None, "Civilians (Iraq)"]), **rng.choice(places))
          for i in range(150)]
    ids = cluster(ms)
    incidents = {}
    for m in ms:
        incidents.setdefault(ids[m.mention_id], []).append(m)

    def legal(members):
        days = [m.event_date for m in members]
        return (max(days) - min(days)).days <= 1 and len({m.article_id for m in members}) == len(members)

    for members in incidents.values():
        assert legal(members)
        linked, frontier = {members[0].mention_id}, [members[0]]
        while frontier:
            a = frontier.pop()
            for b in members:
                if b.mention_id not in linked and same_incident(a, b):
                    linked.add(b.mention_id)
                    frontier.append(b)
        assert linked == {m.mention_id for m in members}
    for x, y in combinations(list(incidents.values()), 2):
        if any(same_incident(a, b) for a in x for b in y):
            assert not legal(x + y)
    assert sum(len(v) > 1 for v in incidents.values()) > 10  # the data did merge


def test_trying_a_mention_against_all_its_partners_at_once_equals_trying_the_pairs_one_by_one(monkeypatch):
    # _Clusters.join decides a whole partner list with array operations; below _JOIN_ONE_BY_ONE_BELOW partners it
    # tries the pairs one by one, the plain union-find. Forcing either way everywhere must give the same incidents,
    # on dense histories (big same-place days, articles with several incidents, actors that clash or are missing,
    # reports without a country) and on incremental windows with closed incidents.
    from sitrep.warehouse import merging

    rng = random.Random(17)
    places = [dict(QAIM), dict(QAIM, location_id="near", latitude=34.45, longitude=41.15),
              dict(QAIM, location_id="anbar", latitude=33.0, longitude=42.0, geo_precision=3),
              dict(QAIM, location_id="nowhere", latitude=34.4, longitude=41.1, country_iso2=None, admin1=None),
              dict(QAIM, location_id="unknown", latitude=None, longitude=None)]
    actors = [None, "", "Islamic State", "Iraqi Security Forces", "Civilians (Iraq)"]
    for n in (40, 300, 900):
        ms = [mention(f"m{i:04d}", f"a{rng.randrange(n // 3)}", day=rng.randrange(1, 6),
                      published_at=rng.choice([None, date(2020, 1, rng.randrange(1, 9))]),
                      event_type=rng.choice(["Battles", "Battles", "Riots"]), actor1=rng.choice(actors),
                      actor2=rng.choice(actors), **rng.choice(places)) for i in range(n)]
        results = []
        for below in (0, float("inf")):
            monkeypatch.setattr(merging, "_JOIN_ONE_BY_ONE_BELOW", below)
            full = cluster(ms)
            windows = [_window_of(ms, full, date(2020, 1, day)) for day in range(1, 7)]
            results.append((full, windows))
        assert results[0] == results[1]
        assert len(set(results[0][0].values())) < n / 2  # the data did merge


def test_the_place_index_offers_every_place_that_can_match():
    # _PlaceIndex narrows a mention's possible places (same location_id, same admin1, or a nearby latitude band)
    # before same_place decides; it must never leave out a place that same_place would accept.
    from sitrep.warehouse.merging import MERGE_RADIUS_KM, _PlaceIndex, same_place

    rng = random.Random(23)
    places = []
    for i in range(600):
        lat = rng.choice([None, float("nan"), rng.uniform(-89.9, 89.9), 34.37 + rng.uniform(-0.5, 0.5)])
        lon = rng.choice([None, rng.uniform(-180, 180), 41.09 + rng.uniform(-0.5, 0.5)])
        places.append(mention(f"m{i}", f"a{i}", location_id=rng.choice([f"p{i}", "unknown", "qaim"]),
                              latitude=lat, longitude=lon, admin1=rng.choice([None, "", "Anbar", "Nineveh"]),
                              country_iso2=rng.choice([None, "IQ", "SY"]), geo_precision=rng.choice([None, 1, 2, 3])))
    index = _PlaceIndex(places, list(range(len(places))))
    close = 0
    for a in places:
        candidates = index.candidates(a)
        for key, b in enumerate(places):
            if same_place(a, b):
                assert key in candidates, (a, b)
                coords = (a.latitude, a.longitude, b.latitude, b.longitude)
                close += (a.location_id != b.location_id and None not in coords
                          and haversine_km(*coords) <= MERGE_RADIUS_KM)
    assert close > 100  # matches by distance alone were exercised
