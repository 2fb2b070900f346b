"""Deterministic synthetic news corpus with known incidents, for scale benchmarks and fault tests.

    python bench/corpus_gen.py --articles 10000 --out bench/data/10k [--per-day 2000] [--increment 1000]
                               [--length short|news]

Writes, under --out:
  docs/YYYY-MM-DD/articles.jsonl    one record per line {"id", "text", "published", "title"} (a `local` source)
  increment/YYYY-MM-DD/articles.jsonl  one extra day after the base days: the "next daily run" of the benchmark
  labels/YYYY-MM-DD.jsonl            the incidents each article was written to report (one line per article)
  sources.yml                        a `local` source over ${SITREP_CORPUS_DIR:-docs} (relative to this file)
  manifest.json                      parameters, days and counts

Articles are built from templates over real places (names the GeoNames gazetteer knows), real actor names from
the actor-alias seed, the ACLED event types, numbers and weekdays, mixed with background paragraphs that are not
incidents (history, analysis, quotes) and a share of off-topic stories (markets, sport) with no incident at all.
About a fifth of the incident articles re-report an incident from an earlier article in other words, so the
cross-article merging has work to do. Article i depends only on (seed, i): any slice can be generated alone.

`--length news` writes news-length articles instead of the short default (about 90 words): their length in words
and paragraphs, incidents per article and share without incidents follow the distribution measured on the dev split
of the project's gold article set (NEWS_* below: summary statistics only, no text of it), so extraction speed
measured on them is the speed on real news, not on dispatches a quarter as long.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

START_DAY = date(2021, 3, 1)
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve"]

# (place, admin1, country ISO2, country name, state forces, armed group) -- real places and actors.
PLACES = [
    ("Tikrit", "Salah ad Din", "IQ", "Iraq", "Iraqi soldiers", "Islamic State"),
    ("Baqubah", "Diyala", "IQ", "Iraq", "Iraqi security forces", "Islamic State"),
    ("Ramadi", "Anbar", "IQ", "Iraq", "Iraqi soldiers", "ISIS"),
    ("Kirkuk", "Kirkuk", "IQ", "Iraq", "Iraqi police", "Islamic State"),
    ("Baidoa", "Bay", "SO", "Somalia", "Somali soldiers", "Al-Shabaab"),
    ("Kismayo", "Lower Juba", "SO", "Somalia", "Somali troops", "Al-Shabaab"),
    ("Beledweyne", "Hiiraan", "SO", "Somalia", "Somali soldiers", "Al-Shabaab"),
    ("Afgooye", "Lower Shabelle", "SO", "Somalia", "Somali army troops", "Al-Shabaab"),
    ("Maiduguri", "Borno", "NG", "Nigeria", "Nigerian troops", "Boko Haram"),
    ("Damboa", "Borno", "NG", "Nigeria", "Nigerian soldiers", "ISWAP"),
    ("Gao", "Gao", "ML", "Mali", "Malian soldiers", "JNIM"),
    ("Mopti", "Mopti", "ML", "Mali", "Malian troops", "JNIM"),
    ("Djibo", "Sahel", "BF", "Burkina Faso", "Burkinabe soldiers", "JNIM"),
    ("Beni", "North Kivu", "CD", "Democratic Republic of the Congo", "Congolese soldiers", "ADF"),
    ("Bunia", "Ituri", "CD", "Democratic Republic of the Congo", "Congolese troops", "CODECO"),
    ("Goma", "North Kivu", "CD", "Democratic Republic of the Congo", "Congolese soldiers", "M23"),
    ("Idlib", "Idlib", "SY", "Syria", "Syrian government forces", "Hayat Tahrir al-Sham"),
    ("Deir ez-Zor", "Deir ez-Zor", "SY", "Syria", "Syrian troops", "Islamic State"),
    ("Kunduz", "Kunduz", "AF", "Afghanistan", "Afghan soldiers", "Taliban"),
    ("Ghazni", "Ghazni", "AF", "Afghanistan", "Afghan security forces", "Taliban"),
    ("Marib", "Marib", "YE", "Yemen", "Yemeni government forces", "Houthi"),
    ("Taiz", "Taiz", "YE", "Yemen", "Yemeni troops", "Houthi"),
    ("Kharkiv", "Kharkiv", "UA", "Ukraine", "Ukrainian forces", "pro-Russian separatist"),
    ("Peshawar", "Khyber Pakhtunkhwa", "PK", "Pakistan", "Pakistani police", "Tehreek-e-Taliban Pakistan"),
    ("Quetta", "Balochistan", "PK", "Pakistan", "Pakistani soldiers", "Baloch separatist"),
    ("El Fasher", "North Darfur", "SD", "Sudan", "Sudanese army soldiers", "Rapid Support Forces"),
    ("Nyala", "South Darfur", "SD", "Sudan", "Sudanese soldiers", "Rapid Support Forces"),
    ("Culiacan", "Sinaloa", "MX", "Mexico", "Mexican soldiers", "Sinaloa Cartel"),
    ("Myawaddy", "Kayin", "MM", "Myanmar", "Myanmar army troops", "Karen National Liberation Army"),
    ("Menaka", "Menaka", "ML", "Mali", "Malian soldiers", "Islamic State Sahel"),
]

# event_type, sub_event_type, and phrasings. Fields: {when} {place} {admin1} {n} {m} {state} {group} {country}.
INCIDENTS = [
    ("Battles", "Armed clash", [
        "{group} militants clashed with {state} near {place} in {admin1} {when}, killing {n} fighters, a local "
        "official said.",
        "Fighting broke out between {state} and {group} fighters in {place} {when}; {n} people were killed and {m} "
        "wounded, according to a military spokesman.",
    ]),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED", [
        "A roadside bomb exploded near a minibus outside {place}, {admin1}, {when}, killing {n} civilians and "
        "injuring {m} others, police said.",
        "An improvised explosive device struck a convoy of {state} near {place} {when}, killing {n} soldiers.",
    ]),
    ("Explosions/Remote violence", "Air/drone strike", [
        "An air strike hit a market in {place} in {admin1} {when}, killing {n} people, residents said.",
        "A drone strike targeted a {group} hideout near {place} {when}, killing {n} militants, the army said.",
    ]),
    ("Violence against civilians", "Attack", [
        "Gunmen attacked the village of {place} in {admin1} {when}, killing {n} civilians, local elders said.",
        "Suspected {group} fighters shot dead {n} farmers near {place} {when}, a community leader said.",
    ]),
    ("Protests", "Peaceful protest", [
        "Hundreds of people marched peacefully in {place} {when} to protest against rising food prices.",
        "Teachers and students held a peaceful demonstration in {place}, {admin1}, {when}, demanding unpaid "
        "salaries.",
    ]),
    ("Strategic developments", "Arrests", [
        "{state} arrested {n} suspected {group} members in {place} {when}, a security source said.",
        "Police detained {n} people accused of supporting {group} during raids in {place} {when}.",
    ]),
]

BACKGROUND = [
    "The region has seen years of unrest, and analysts say the violence is unlikely to ease before the rainy "
    "season.",
    "Aid agencies have repeatedly warned that food insecurity is rising across {country}, with millions of people "
    "in need of assistance.",
    "The government said last year that it had weakened the armed groups operating in {admin1}.",
    "Officials have promised an investigation, but few such inquiries have led to prosecutions in the past.",
    "Humanitarian workers said access to the area remained difficult because of damaged roads and checkpoints.",
    "Diplomats are expected to discuss the situation at a regional summit later this month.",
    "Residents said schools and clinics had reopened in recent weeks after a period of relative calm.",
]

OFF_TOPIC = [
    ("Oil prices ease as supply worries fade",
     "Oil prices eased on {weekday} as traders weighed higher output against slowing demand. Brent crude fell "
     "{n} percent in early trading. Analysts said markets would watch central bank decisions closely this week."),
    ("Late goal earns draw in city derby",
     "A late header earned the visitors a draw in the city derby on {weekday}. The home side had led for most of "
     "the match after an early penalty. Both coaches praised the atmosphere in a stadium sold out for the first "
     "time this season."),
    ("Central bank holds interest rates",
     "The central bank kept its benchmark rate unchanged on {weekday}, citing easing inflation. The decision was "
     "expected by most economists, who forecast a cut later in the year."),
]


def _when(event_day: date, published: date) -> str:
    # Reporters name the weekday; "on Monday" resolves against the publication date.
    return "on " + WEEKDAYS[event_day.weekday()]


def _incident(rng: random.Random, published: date) -> dict:
    place, admin1, iso2, country, state, group = rng.choice(PLACES)
    event_type, sub_event_type, phrasings = rng.choice(INCIDENTS)
    event_day = published - timedelta(days=rng.choice((0, 1, 1, 2)))
    fatal = 0 if event_type in ("Protests", "Strategic developments") else rng.randint(1, 12)
    return {"event_type": event_type, "sub_event_type": sub_event_type, "location": place, "admin1": admin1,
            "country_iso2": iso2, "country": country, "state": state, "group": group,
            "event_date": event_day.isoformat(), "fatalities": fatal,
            "arrests": rng.randint(2, 12) if sub_event_type == "Arrests" else 0,
            "injuries": rng.randint(1, 9), "phrasing": rng.randrange(len(phrasings))}


def _sentence(inc: dict, published: date, phrasing: int | None = None) -> str:
    _, _, phrasings = next(x for x in INCIDENTS if x[1] == inc["sub_event_type"])
    template = phrasings[(inc["phrasing"] if phrasing is None else phrasing) % len(phrasings)]
    n = inc["arrests"] if inc["sub_event_type"] == "Arrests" else inc["fatalities"]
    words = NUMBER_WORDS[n] if n < len(NUMBER_WORDS) else str(n)
    text = template.format(when=_when(date.fromisoformat(inc["event_date"]), published), place=inc["location"],
                           admin1=inc["admin1"], n=words, m=inc["injuries"], state=inc["state"],
                           group=inc["group"], country=inc["country"])
    return text[0].upper() + text[1:]


def article(seed: int, i: int, published: date) -> tuple[dict, dict]:
    """(jsonl record, label) for article i, a pure function of (seed, i, published)."""
    rng = random.Random(f"{seed}:{i}")
    aid = f"a{i:08d}"
    if rng.random() < 0.12:  # off-topic: markets, sport -- must yield no incident
        title, body = rng.choice(OFF_TOPIC)
        text = body.format(weekday=WEEKDAYS[published.weekday()], n=rng.randint(1, 4))
        return ({"id": aid, "text": text, "published": published.isoformat(), "title": title},
                {"id": aid, "published": published.isoformat(), "incidents": []})
    incidents = []
    for k in range(rng.choice((1, 1, 1, 2, 3))):
        if rng.random() < 0.2 and i > 0:
            # Re-report an incident of an earlier article, reworded: the same real-world event.
            j = rng.randrange(max(0, i - 500), i)
            earlier = random.Random(f"{seed}:{j}:inc")
            inc = dict(_incident(earlier, published))
            inc["event_date"] = min(date.fromisoformat(inc["event_date"]), published).isoformat()
            inc["key"] = f"{j}:inc"
            inc["phrasing"] = inc["phrasing"] + 1
        else:
            inc = _incident(random.Random(f"{seed}:{i}:inc{k}" if k else f"{seed}:{i}:inc"), published)
            inc["key"] = f"{i}:inc{k}" if k else f"{i}:inc"
        incidents.append(inc)
    first = incidents[0]
    title = f"{first['sub_event_type']} reported near {first['location']}, {first['country']}"
    paragraphs = []
    background = rng.sample(BACKGROUND, k=rng.randint(2, 4))
    for k, inc in enumerate(incidents):
        paragraphs.append(_sentence(inc, published))
        paragraphs.append(background[k % len(background)].format(country=inc["country"], admin1=inc["admin1"]))
    paragraphs.extend(b.format(country=first["country"], admin1=first["admin1"]) for b in background[len(incidents):])
    record = {"id": aid, "text": "\n\n".join(paragraphs), "published": published.isoformat(), "title": title}
    label = {"id": aid, "published": published.isoformat(),
             "incidents": [{k: v for k, v in inc.items() if k not in ("phrasing", "state", "group")} | {
                 "actors": [inc["state"], inc["group"]]} for inc in incidents]}
    return record, label


# News-length mode. Summary statistics of the 62 dev-split gold articles (median 387 words, 11 paragraphs of ~37
# words, 18 % without an incident, 3.1 incidents per article): quantiles to draw from, not text.
NEWS_WORD_QUANTILES = [(0.0, 317), (0.1, 332), (0.25, 358), (0.5, 387), (0.75, 443), (0.9, 510), (1.0, 665)]
NEWS_PARAGRAPH_QUANTILES = [(0.0, 8), (0.1, 9), (0.25, 10), (0.5, 11), (0.75, 12), (0.9, 14), (1.0, 17)]
NEWS_NO_INCIDENT_SHARE = 0.18
NEWS_INCIDENT_WEIGHTS = {1: 4, 2: 1, 3: 14, 4: 20, 5: 6, 6: 6}  # incidents per incident article

# Follow-ups to an incident sentence and neutral context, the bulk of a real report (no new incident in them).
FOLLOW_UPS = [
    "Witnesses said the sound of gunfire could be heard for more than an hour across {place}.",
    "The wounded were taken to the main hospital in {admin1}, where doctors said several were in a serious condition.",
    "Security was tightened around {place} afterwards, and roads leading into the town were closed until the evening.",
    "No group had claimed responsibility by the time of writing, although suspicion fell on {group}.",
    "A spokesman for the provincial government in {admin1} condemned what he called a cowardly act.",
    "Local radio reported that shops and the central market in {place} stayed shut the following morning.",
]
CONTEXT = [
    "Analysts in {country} say the armed groups have exploited a security vacuum left by the redeployment of troops "
    "to other fronts, and that local defence committees are poorly equipped.",
    "\"We are tired of burying our people,\" said a community leader who asked not to be named for fear of reprisals. "
    "\"Every week the same news comes from the villages.\"",
    "The United Nations says more than a million people have been displaced in {admin1} alone, many of them living in "
    "overcrowded camps with little access to clean water.",
    "Parliament is due to debate an extension of the state of emergency next month, a measure opposition lawmakers "
    "have criticised as giving the security forces too much power.",
    "Farmers in the area said they had abandoned their fields because of the insecurity, and prices of staple foods in "
    "local markets have nearly doubled since the start of the year.",
    "The interior ministry did not respond to a request for comment. It has previously said that reports of abuses by "
    "its forces are exaggerated.",
    "Human rights groups have documented dozens of similar incidents in {country} over the past two years, and have "
    "called for an independent inquiry.",
    "The army said in a statement that operations against {group} would continue until the area was secured, and urged "
    "residents to report suspicious movements.",
    "Teachers in {admin1} said attendance at schools had fallen sharply, with parents keeping children at home over "
    "fears for their safety on the roads.",
    "Regional leaders meeting in the capital pledged to share intelligence and to coordinate border patrols, though "
    "similar pledges in the past produced few results.",
    "Mobile phone networks in parts of {admin1} have been cut for weeks, making it difficult to verify reports from "
    "remote areas.",
    "The conflict has its roots in disputes over land and grazing rights that predate the current insurgency by "
    "decades, researchers say.",
    "A local journalist said many incidents go unreported because officials discourage coverage and travel outside "
    "the towns is dangerous.",
    "Donors have pledged new funding for reconstruction, but aid officials warn that little can be rebuilt while the "
    "fighting continues.",
]
OFF_TOPIC_FILLER = [
    "Trading volumes were thin ahead of a public holiday, and several brokers said investors preferred to wait for "
    "next week's figures.",
    "The finance minister told reporters the budget would protect spending on health and education despite lower "
    "revenue.",
    "Supporters gathered outside the stadium hours before kick-off, and police said the crowd was good-natured "
    "throughout the evening.",
    "The coach said his squad would use the international break to rest injured players before a run of difficult "
    "away fixtures.",
    "Exporters welcomed the decision, saying a stable currency made it easier to agree contracts with foreign buyers.",
    "Ticket prices will rise slightly next season, the club said, citing higher costs for security and maintenance.",
    "Economists expect growth of around three percent this year, helped by a good harvest and steady remittances.",
]


def _quantile(rng: random.Random, table: list[tuple[float, int]]) -> int:
    u = rng.random()
    for (p0, v0), (p1, v1) in zip(table, table[1:]):
        if u <= p1:
            return round(v0 + (v1 - v0) * (u - p0) / (p1 - p0))
    return table[-1][1]


def _paragraphs(rng: random.Random, fixed: list[str], filler: list[str], words: int, paragraphs: int) -> list[str]:
    """The fixed paragraphs, then filler sentences (in a random order, cycling) spread over the remaining paragraphs
    until the article reaches its drawn length."""
    used = sum(len(p.split()) for p in fixed)
    extra, pool = [], []
    while True:
        if not pool:
            pool = rng.sample(filler, k=len(filler))
        sentence = pool.pop()
        if used + len(sentence.split()) / 2 > words:  # nearest to the drawn length
            break
        extra.append(sentence)
        used += len(sentence.split())
    slots = max(1, paragraphs - len(fixed))
    groups = [extra[k::slots] for k in range(slots)]
    return fixed + [" ".join(g) for g in groups if g]


def news_article(seed: int, i: int, published: date) -> tuple[dict, dict]:
    """(jsonl record, label) for news-length article i, a pure function of (seed, i, published)."""
    rng = random.Random(f"{seed}:news:{i}")
    aid = f"n{i:08d}"
    words, paragraphs = _quantile(rng, NEWS_WORD_QUANTILES), _quantile(rng, NEWS_PARAGRAPH_QUANTILES)
    if rng.random() < NEWS_NO_INCIDENT_SHARE:
        title, body = rng.choice(OFF_TOPIC)
        text = body.format(weekday=WEEKDAYS[published.weekday()], n=rng.randint(1, 4))
        paras = _paragraphs(rng, [text], OFF_TOPIC_FILLER, words, paragraphs)
        return ({"id": aid, "text": "\n\n".join(paras), "published": published.isoformat(), "title": title},
                {"id": aid, "published": published.isoformat(), "incidents": []})
    count = rng.choices(list(NEWS_INCIDENT_WEIGHTS), weights=list(NEWS_INCIDENT_WEIGHTS.values()))[0]
    incidents = []
    for k in range(count):
        if rng.random() < 0.2 and i > 0:
            j = rng.randrange(max(0, i - 500), i)
            inc = dict(_incident(random.Random(f"{seed}:news:{j}:inc"), published))
            inc["event_date"] = min(date.fromisoformat(inc["event_date"]), published).isoformat()
            inc["key"] = f"n{j}:inc"
            inc["phrasing"] = inc["phrasing"] + 1
        else:
            inc = _incident(random.Random(f"{seed}:news:{i}:inc{k}" if k else f"{seed}:news:{i}:inc"), published)
            inc["key"] = f"n{i}:inc{k}" if k else f"n{i}:inc"
        incidents.append(inc)
    first = incidents[0]
    title = f"{first['sub_event_type']} reported near {first['location']}, {first['country']}"
    fixed = []
    for inc in incidents:
        follow = rng.choice(FOLLOW_UPS).format(place=inc["location"], admin1=inc["admin1"], group=inc["group"])
        fixed.append(f"{_sentence(inc, published)} {follow}")
    filler = [c.format(country=first["country"], admin1=first["admin1"], group=first["group"]) for c in CONTEXT]
    paras = _paragraphs(rng, fixed, filler, words, paragraphs)
    # The lead stays first; context paragraphs fall between the incident paragraphs, as in a report.
    context, body = paras[len(fixed):], [fixed[0]]
    for k, paragraph in enumerate(fixed[1:]):
        body += [context[k], paragraph] if k < len(context) else [paragraph]
    body += context[len(fixed) - 1:]
    record = {"id": aid, "text": "\n\n".join(body), "published": published.isoformat(), "title": title}
    label = {"id": aid, "published": published.isoformat(),
             "incidents": [{k: v for k, v in inc.items() if k not in ("phrasing", "state", "group")} | {
                 "actors": [inc["state"], inc["group"]]} for inc in incidents]}
    return record, label


LENGTHS = {"short": article, "news": news_article}


def _write_day(out: Path, folder: str, seed: int, day: date, first: int, count: int, make=article) -> str:
    d = out / folder / day.isoformat()
    d.mkdir(parents=True, exist_ok=True)
    (out / "labels").mkdir(exist_ok=True)
    digest = hashlib.sha256()
    with (d / "articles.jsonl").open("w", encoding="utf-8") as docs, \
            (out / "labels" / f"{day.isoformat()}.jsonl").open("w", encoding="utf-8") as labels:
        for i in range(first, first + count):
            record, label = make(seed, i, day)
            line = json.dumps(record, ensure_ascii=False)
            digest.update(line.encode())
            docs.write(line + "\n")
            labels.write(json.dumps(label, ensure_ascii=False) + "\n")
    return digest.hexdigest()


SOURCES_YML = """\
# Synthetic benchmark corpus (bench/corpus_gen.py). SITREP_CORPUS_DIR picks a sub-folder: the base days by default,
# or e.g. increment/2021-03-06 for the daily run the benchmark times.
fetch:
  max_workers: 2
sources:
  - name: bench-wire
    kind: local
    path: "${SITREP_CORPUS_DIR:-docs}"
    filter_by_date: true
"""


def generate(out: Path, articles: int, *, per_day: int = 2000, increment: int = 1000, seed: int = 7,
             length: str = "short") -> dict:
    make = LENGTHS[length]
    out.mkdir(parents=True, exist_ok=True)
    days, i, digests = [], 0, {}
    day = START_DAY
    while i < articles:
        count = min(per_day, articles - i)
        digests[day.isoformat()] = _write_day(out, "docs", seed, day, i, count, make)
        days.append(day.isoformat())
        i += count
        day += timedelta(days=1)
    inc_day = day
    if increment:
        digests[inc_day.isoformat()] = _write_day(out, "increment", seed, inc_day, i, increment, make)
    (out / "sources.yml").write_text(SOURCES_YML, encoding="utf-8")
    manifest = {"articles": articles, "per_day": per_day, "seed": seed, "length": length, "days": days,
                "increment_day": inc_day.isoformat() if increment else None, "increment_articles": increment,
                "sha256": hashlib.sha256(json.dumps(digests, sort_keys=True).encode()).hexdigest()}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--articles", "-n", type=int, required=True, help="articles in the base days")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--per-day", type=int, default=2000, help="articles per base day")
    p.add_argument("--increment", type=int, default=1000, help="articles in the extra day the daily run lands")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--length", choices=sorted(LENGTHS), default="short",
                   help="short dispatches (default) or news-length articles (the gold set's length distribution)")
    args = p.parse_args(argv)
    if args.articles < 1 or args.per_day < 1 or args.increment < 0:
        p.error("--articles and --per-day must be positive, --increment non-negative")
    manifest = generate(args.out, args.articles, per_day=args.per_day, increment=args.increment, seed=args.seed,
                        length=args.length)
    print(json.dumps({k: v for k, v in manifest.items() if k != "days"} | {"base_days": len(manifest["days"])}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
