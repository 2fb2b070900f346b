"""Reading JSON lines that may be hostile: one bad line is reported with its file and line number and skipped.

Used by `sitrep extract`, `sitrep geoparse` and local sources. A line is bad when it is not UTF-8, not JSON, nested
deeper than any article needs (Python's recursion limit would otherwise abort the whole file), not an object, or
carries a lone UTF-16 surrogate (``"\\ud800"`` is valid JSON but cannot be written back as UTF-8).
"""

from __future__ import annotations

import json
from typing import IO, Iterable, Iterator

MAX_DEPTH = 64  # far deeper than any article record; checked before json.loads can recurse


class BadLine(ValueError):
    pass


def _depth_ok(text: str, limit: int = MAX_DEPTH) -> bool:
    """Bracket nesting outside strings stays within `limit` (a linear scan, no recursion)."""
    if text.count("[") + text.count("{") <= limit:  # the common case, at C speed
        return True
    depth, in_str, escaped = 0, False, False
    for ch in text:
        if in_str:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_str = False
        elif ch == '"':
            in_str = True
        elif ch in "[{":
            depth += 1
            if depth > limit:
                return False
        elif ch in "]}":
            depth -= 1
    return True


def _has_surrogate(value: object) -> bool:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def parse_line(raw: bytes | str) -> dict:
    """One JSON object from one line, or BadLine saying why not."""
    if isinstance(raw, bytes):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise BadLine(f"invalid UTF-8 at byte {exc.start}") from None
    else:
        text = raw
        if _has_surrogate(text):  # text streams opened with errors="surrogateescape" or similar
            raise BadLine("invalid UTF-8 (undecodable bytes)")
    text = text.strip().lstrip("\ufeff")
    if not _depth_ok(text):
        raise BadLine(f"JSON nested deeper than {MAX_DEPTH} levels")
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadLine(f"malformed JSON: {exc.msg} at column {exc.colno}") from None
    except RecursionError:
        raise BadLine("JSON nested too deeply") from None
    if not isinstance(value, dict):
        raise BadLine("a line must be a JSON object")
    if _has_surrogate(value):
        raise BadLine("lone UTF-16 surrogate in a string (not encodable as UTF-8)")
    return value


def iter_lines(stream: IO | Iterable) -> Iterator[tuple[int, bytes | str]]:
    """(line number, raw line) for every non-blank line of a binary or text stream."""
    for lineno, raw in enumerate(stream, 1):
        if raw.strip():
            yield lineno, raw


def iter_records(stream: IO | Iterable) -> Iterator[tuple[int, dict | None, str | None]]:
    """(line number, record, None) for good lines and (line number, None, reason) for bad ones."""
    lines = iter_lines(stream)
    while True:
        try:
            lineno, raw = next(lines)
        except StopIteration:
            return
        except UnicodeDecodeError as exc:  # a text stream that could not decode: the rest is unreadable
            yield 0, None, f"invalid UTF-8 ({exc.reason}); open the input in binary mode"
            return
        try:
            yield lineno, parse_line(raw), None
        except BadLine as exc:
            yield lineno, None, str(exc)
