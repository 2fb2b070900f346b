"""`sitrep extract`: JSON lines of articles in, JSON lines of incidents out."""
from __future__ import annotations

import json
from typing import TextIO

from .pipeline import extract_incidents


def extract_jsonl(inp: TextIO, out: TextIO, err: TextIO) -> int:
    """Process every line; report bad ones on `err` with their line number. Non-zero only if none was read."""
    read_ok = 0
    seen = 0
    for lineno, line in enumerate(inp, 1):
        if not line.strip():
            continue
        seen += 1
        try:
            doc = json.loads(line)
            if not isinstance(doc, dict):
                raise ValueError("a line must be a JSON object")
            doc_id, text, published = doc.get("id"), doc.get("text"), doc.get("published")
            if not isinstance(doc_id, (str, int)) or isinstance(doc_id, bool):
                raise ValueError("missing or invalid 'id'")
            if not isinstance(text, str):
                raise ValueError("missing or invalid 'text'")
            if not isinstance(published, str):
                raise ValueError("missing or invalid 'published' (YYYY-MM-DD)")
            title, url = doc.get("title"), doc.get("url")
            incidents = extract_incidents(text, published, title if isinstance(title, str) else None,
                                          url if isinstance(url, str) else None)
        except (ValueError, TypeError) as exc:
            err.write(f"line {lineno}: skipped: {exc}\n")
            continue
        read_ok += 1
        for inc in incidents:
            out.write(json.dumps(inc.to_contract(str(doc_id)), ensure_ascii=False) + "\n")
    if read_ok == 0:
        err.write("no input line could be read\n" if seen else "empty input\n")
        return 1
    return 0
