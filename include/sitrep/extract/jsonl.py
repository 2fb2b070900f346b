"""`sitrep extract`: JSON lines of articles in, JSON lines of incidents out."""
from __future__ import annotations

import json
from typing import IO, Iterable, TextIO

from sitrep.acquire.article_text import normalise_date
from sitrep.acquire.jsonl_input import iter_records

from .pipeline import extract_incidents


def extract_jsonl(inp: IO | Iterable, out: TextIO, err: TextIO, name: str = "<input>") -> int:
    """Process every line; report bad ones on `err` as ``name: line N: skipped: why`` and go on (a line the
    extractor itself cannot handle, e.g. a date out of range, is skipped the same way). `inp` may be binary, so
    invalid UTF-8 costs one line, not the rest of the file. Non-zero only if no line could be read."""
    read_ok = 0
    seen = 0
    for lineno, doc, bad in iter_records(inp):
        seen += 1
        try:
            if bad:
                raise ValueError(bad)
            doc_id, text, published = doc.get("id"), doc.get("text"), doc.get("published")
            if not isinstance(doc_id, (str, int)) or isinstance(doc_id, bool):
                raise ValueError("missing or invalid 'id'")
            if not isinstance(text, str):
                raise ValueError("missing or invalid 'text'")
            if not isinstance(published, str):
                raise ValueError("missing or invalid 'published' (YYYY-MM-DD)")
            if normalise_date(published) is None:  # e.g. 0001-01-01: no news article is dated there
                raise ValueError(f"'published' unparseable or out of range: {published[:40]!r}")
            title, url = doc.get("title"), doc.get("url")
            incidents = extract_incidents(text, published, title if isinstance(title, str) else None,
                                          url if isinstance(url, str) else None)
            lines = [json.dumps(inc.to_contract(str(doc_id)), ensure_ascii=False) + "\n" for inc in incidents]
        except (ValueError, TypeError) as exc:
            err.write(f"{name}: line {lineno}: skipped: {exc}\n")
            continue
        except Exception as exc:  # noqa: BLE001 -- one article must never stop the rest of the file
            err.write(f"{name}: line {lineno}: skipped: {type(exc).__name__}: {str(exc)[:200]}\n")
            continue
        read_ok += 1
        out.writelines(lines)
    if read_ok == 0:
        err.write("no input line could be read\n" if seen else "empty input\n")
        return 1
    return 0
