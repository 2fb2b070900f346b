"""Credentials out of URLs before they are logged, reported or stored (only the raw body keeps what it was sent).

Feeds are untrusted and sometimes carry links like ``https://user:pass@host/a?api_key=...``. Whatever the source,
the user-info part is dropped and the value of every secret-looking query parameter becomes ``REDACTED`` (the name
stays, so an operator can see a credential was there). The fetcher still requests the URL it was given.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

REDACTED = "REDACTED"
# Whole name segments (split on - _ . and camelCase) that mark a secret; "author" or "keyword" are not secrets.
SECRET_PARTS = frozenset({
    "token", "key", "apikey", "sig", "signature", "password", "passwd", "pwd", "pass", "secret", "auth",
    "authorization", "credential", "credentials", "session", "sessionid", "sid", "jwt", "bearer", "otp",
    "hmac", "code", "ticket", "private",
})
# Substrings that mark a secret anywhere in the name (accesstoken, clientsecret, x-amz-security-token ...).
SECRET_SUBSTRINGS = ("token", "secret", "passw", "apikey", "api_key", "signature", "credential")
URL_IN_TEXT = re.compile(r"""\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\s"'<>]+""")


def is_secret_param(name: str) -> bool:
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name)
    lowered = name.lower()
    parts = {p for p in re.split(r"[^a-z0-9]+", spaced.lower()) if p}
    return bool(parts & SECRET_PARTS) or any(s in lowered for s in SECRET_SUBSTRINGS)


def redact_url(url: str | None) -> str | None:
    """The URL without user-info and with secret-looking query (and fragment) parameter values replaced."""
    if not url or not isinstance(url, str):
        return url
    try:
        parts = urlsplit(url)
    except ValueError:
        return URL_IN_TEXT.sub("[unparseable URL]", url) if "://" in url else url
    netloc = parts.netloc
    if "@" in netloc:
        netloc = netloc.rsplit("@", 1)[1]
    query = _redact_pairs(parts.query, "&")
    fragment = _redact_pairs(parts.fragment, "&") if "=" in parts.fragment else parts.fragment
    if (netloc, query, fragment) == (parts.netloc, parts.query, parts.fragment):
        return url
    return urlunsplit((parts.scheme, netloc, parts.path, query, fragment))


def _redact_pairs(text: str, sep: str) -> str:
    if not text:
        return text
    pairs = parse_qsl(text, keep_blank_values=True)
    if not any(is_secret_param(k) for k, _ in pairs):
        return text
    # Keep non-secret pairs byte for byte; re-encode only the redacted ones.
    out = []
    for piece in text.split(sep):
        name = piece.split("=", 1)[0]
        decoded = parse_qsl(piece, keep_blank_values=True)
        key = decoded[0][0] if decoded else name
        out.append(urlencode({key: REDACTED}) if is_secret_param(key) and "=" in piece else piece)
    return sep.join(out)


def redact_text(text: str | None) -> str | None:
    """Redact every URL inside free text (error reasons, log lines)."""
    if not text or "://" not in text:
        return text
    return URL_IN_TEXT.sub(lambda m: redact_url(m.group(0)) or "", text)
