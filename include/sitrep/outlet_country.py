"""The home country of a news outlet, from its URL's country-code domain (lfpress.ca -> CA, bbc.co.uk -> GB).

A local paper's "London" or "Edmonton" is usually its own: the geoparser takes this country as a weak prior
(``country_hint``), which the text's own places still outvote. Generic domains (.com, .org, .net) say nothing,
and nor do country codes sold worldwide as vanity domains (.tv, .io, .co, .fm, ...).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# Country-code domains marketed worldwide, so they say nothing of the outlet's country.
VANITY = frozenset("ac ad ai am as bz cc cd cf co cx dj fm ga gg gl gq gs im io je la ly me ml ms mu nu "
                   "one re sc sh so st su tc tk tm to tv vc vg ws".split())
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
    tld = host.rstrip(".").rsplit(".", 1)[-1].lower() if "." in host else ""
    if tld in ALIASES:
        return ALIASES[tld]
    if not _LABEL.match(tld) or tld in VANITY:
        return None
    return tld.upper()
