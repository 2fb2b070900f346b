"""The home country of a news outlet, from its URL's country-code domain (cbc.ca -> CA, bbc.co.uk -> GB).

A local paper's "London" or "Edmonton" is usually its own: the geoparser takes this country as a weak prior
(``country_hint``), which the text's own places still outvote. Generic domains (.com, .org, .net) say nothing,
and nor do country codes sold worldwide as vanity domains (.tv, .io, .co, .fm, ...), unless under the country's
own second level (caracol.com.co is Colombian). Codes of conflict countries that are sometimes bought as vanity
names but mostly carry that country's news (.am, .cd, .ly, .so, .ml) count as the country.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# Country-code domains marketed worldwide, so they say nothing of the outlet's country on their own.
VANITY = frozenset("ac ad ai as bz cc co cx dj fm gg gl gs im io je la me ms nu sh st su tc tk tm to tv vc vg "
                   "ws".split())
# Second-level labels under which a country registers its own sites (caracol.com.co, bbc.co.uk).
NATIONAL_SECOND_LEVEL = frozenset("com co org net gov gob gouv edu ac news info".split())
# Country-code domains whose code is not the ISO 3166-1 alpha-2 code.
ALIASES = {"uk": "GB", "eu": None}
_LABEL = re.compile(r"^[a-z]{2}$")


def country_of_url(url: str | None) -> str | None:
    """ISO2 country of the outlet behind ``url`` from its top-level domain, or None when it does not say."""
    if not url or not isinstance(url, str):
        return None
    try:
        host = urlsplit(url.strip() if "//" in url else "//" + url.strip()).hostname or ""
    except ValueError:
        return None
    labels = host.rstrip(".").lower().split(".")
    tld = labels[-1] if len(labels) > 1 else ""
    if tld in ALIASES:
        return ALIASES[tld]
    if not _LABEL.match(tld) or (tld in VANITY and not (len(labels) > 2 and labels[-2] in NATIONAL_SECOND_LEVEL)):
        return None
    return tld.upper()
