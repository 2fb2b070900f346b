"""Geoparser: find place names in text and resolve them to GeoNames entries of the offline gazetteer.

The steps, each a module of this package, hand a list of ``Mention``s (sitrep.geo.mention) from one to the next:

1. recognise   text -> mentions: capitalised spans named in the gazetteer (then villages of the text's countries)
2. hints       "(Admin2, Admin1)" and "Town, Region" in notes -> hint mentions, resolved first (HintContext)
3. candidates  aliases "Edine (Edin)" share their readings; the gazetteer readings and priors of every name
4. resolve     each mention's likeliest reading, re-scored by what the other names say (country weights)
5. checks      readings tested against the words around them (read by surroundings): moved or dropped
6. output      mentions -> Toponyms
Admin regions by name (``lookup_admin``, ``locate``) are sitrep.geo.admin, which hints and output use.
"""

from __future__ import annotations

import json
import threading
from typing import TextIO

from sitrep.geo import gazetteer as gz
from sitrep.geo.admin import AdminRegions
from sitrep.geo.candidates import Candidates
from sitrep.geo.capitals import Capitals
from sitrep.geo.checks import Checks
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.hints import AdminHints
from sitrep.geo.outlet_country import country_of_url
from sitrep.geo.output import Output
from sitrep.geo.recognise import Recogniser
from sitrep.geo.resolve import Resolver
from sitrep.geo.toponym import Toponym, astuple_tail  # noqa: F401 -- re-exported: the public output type

__all__ = ["Toponym", "Geoparser", "geoparse", "geoparse_jsonl", "lookup_admin", "locate", "same_region"]


class Geoparser:
    """The steps over one gazetteer. Caches live in the steps; one parser serves all threads."""

    def __init__(self, gazetteer: Gazetteer):
        self.g = gazetteer
        self.candidates = Candidates(gazetteer)
        self.admin = AdminRegions(self.candidates)
        self.recogniser = Recogniser(self.candidates)
        self.hints = AdminHints(self.admin)
        self.resolver = Resolver(self.candidates)
        self.checks = Checks(self.candidates)
        self.output = Output(self.admin)
        self.capitals = Capitals(gazetteer)

    def parse(self, text: str, country_hint: str | None = None) -> list[Toponym]:
        if not isinstance(text, str) or not text.strip():
            return []
        found = self.recogniser.recognise(text, country_hint)
        self.admin.set_text_countries(found.village_ccs)
        mentions = self.hints.add(text, found.mentions)
        self.candidates.join_aliases(text, mentions)
        hints = self.hints.resolve(text, mentions, country_hint)
        weights = self.resolver.resolve(mentions, country_hint, hints.ccs, hints.regions)
        self.checks.apply(text, mentions, weights, country_hint, hints.ccs, hints.regions)
        return self.capitals.add(text, self.output.toponyms(text, mentions, hints, weights, country_hint))

    def lookup_admin(self, name: str, country_iso2: str | None = None) -> Toponym | None:
        """Resolve an admin-region name ("Oyam", "Northern", "Dibis district", "Deir-ez-Zor") to ADM2/ADM1."""
        return self.admin.lookup_admin(name, country_iso2)

    def locate(self, name: str, admin2: str | None = None, admin1: str | None = None,
               country_iso2: str | None = None) -> Toponym | None:
        """A place inside named admin regions; see AdminRegions.locate."""
        return self.admin.locate(name, admin2, admin1, country_iso2)


_lock = threading.Lock()
_default: Geoparser | None = None


def _parser() -> Geoparser:
    global _default
    if _default is None:
        with _lock:
            if _default is None:
                _default = Geoparser(gz.default())
    return _default


def geoparse(text: str, country_hint: str | None = None) -> list[Toponym]:
    """Toponyms of ``text`` resolved to GeoNames entries (the gazetteer is loaded on first call)."""
    return _parser().parse(text, country_hint)


def lookup_admin(name: str, country_iso2: str | None = None) -> Toponym | None:
    """An admin region by name ("Oyam", "Northern", "Dibis district"), ADM2 or ADM1."""
    return _parser().lookup_admin(name, country_iso2)


def locate(name: str, admin2: str | None = None, admin1: str | None = None,
           country_iso2: str | None = None) -> Toponym | None:
    """A place inside named admin regions (ACLED's "Minakulu (Oyam, Northern)"); see Geoparser.locate."""
    return _parser().locate(name, admin2, admin1, country_iso2)


def same_region(named: str | None, admin1: str | None, country_iso2: str | None) -> bool:
    """Does the province name ``named``, in any spelling or language the gazetteer holds, denote ``admin1``?"""
    return _parser().admin.same_region(named, admin1, country_iso2)


def geoparse_jsonl(inp: TextIO, out: TextIO, err: TextIO, name: str = "<input>") -> int:
    """`sitrep geoparse`: {"id","text"[,"url"]} lines in, one line per toponym out (see CONTRACT.md). An
    optional "url" gives the outlet's country (its country-code domain) as a prior for ambiguous names.

    A malformed line (bad JSON or UTF-8, too deep, lone surrogates; see sitrep.acquire.jsonl_input) is reported on ``err``
    with its file and line number and skipped. Returns 1 when input lines existed but none could be read, else 0.
    """
    from sitrep.acquire.jsonl_input import iter_records

    seen = ok = 0
    for lineno, rec, bad in iter_records(inp):
        seen += 1
        try:
            if bad:
                raise ValueError(bad)
            doc_id, text = rec.get("id"), rec.get("text")
            if not isinstance(doc_id, (str, int)) or isinstance(doc_id, bool):
                raise ValueError('"id" missing or not a string')
            if not isinstance(text, str):
                raise ValueError('"text" missing or not a string')
            url = rec.get("url")
            lines = [json.dumps(t.to_contract(doc_id), ensure_ascii=False) + "\n"
                     for t in geoparse(text, country_of_url(url if isinstance(url, str) else None))]
        except Exception as exc:  # noqa: BLE001 -- one line never stops the rest of the file
            why = str(exc) if isinstance(exc, ValueError) else f"{type(exc).__name__}: {str(exc)[:200]}"
            err.write(f"{name}: line {lineno}: skipped malformed input: {why}\n")
            continue
        ok += 1
        out.writelines(lines)
    return 1 if seen and not ok else 0
