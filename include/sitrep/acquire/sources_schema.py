"""The schema of the sources file, checked when it is loaded (pydantic, which Airflow already installs).

Unknown keys (a typo like ``enabeld``), wrong types (``urls:`` given as one string) and out-of-range values (a zero
limit) are rejected before anything is fetched, each as one line naming the key and its line in the file.
"""

from __future__ import annotations

import difflib
from typing import Annotated, Any, Literal, Union

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

KIND_NAMES = ("rss", "gdelt", "urls", "local")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FetchSettings(_Strict):
    user_agent: Annotated[str, Field(min_length=1)] | None = None
    connect_timeout: Annotated[float, Field(gt=0)] | None = None
    read_timeout: Annotated[float, Field(gt=0)] | None = None
    total_timeout: Annotated[float, Field(gt=0)] | None = None
    robots_timeout: Annotated[float, Field(gt=0)] | None = None
    max_retries: Annotated[int, Field(ge=0, le=20)] | None = None
    backoff_base: Annotated[float, Field(ge=0)] | None = None
    backoff_max: Annotated[float, Field(ge=0)] | None = None
    max_retry_after: Annotated[float, Field(ge=0)] | None = None
    max_body_bytes: Annotated[int, Field(gt=0)] | None = None
    max_redirects: Annotated[int, Field(ge=0, le=50)] | None = None
    per_host_interval: Annotated[float, Field(ge=0)] | None = None
    per_host_concurrency: Annotated[int, Field(ge=1, le=100)] | None = None
    max_workers: Annotated[int, Field(ge=1, le=256)] | None = None
    respect_robots: bool | None = None
    max_crawl_delay: Annotated[float, Field(ge=0)] | None = None
    allow_private: list[str] | str | None = None
    host_intervals: dict[str, Annotated[float, Field(ge=0)]] | None = None


class _Source(_Strict):
    name: Annotated[str, Field(min_length=1)]
    enabled: bool = True


def _http_url(value: str) -> str:
    if not value.startswith(("http://", "https://")):
        raise ValueError("must be an http:// or https:// URL")
    return value


class RssSource(_Source):
    kind: Literal["rss"]
    url: Annotated[str, Field(min_length=1)]
    max_items: Annotated[int, Field(gt=0)] | None = None

    _check_url = field_validator("url")(_http_url)


class GdeltSource(_Source):
    kind: Literal["gdelt"]
    query: Annotated[str, Field(min_length=1)]
    api_base: str | None = None
    max_pages: Annotated[int, Field(gt=0, le=1000)] | None = None
    max_records: Annotated[int, Field(gt=0, le=250)] | None = None


class UrlsSource(_Source):
    kind: Literal["urls"]
    urls: list[Annotated[str, Field(min_length=1)]] | None = None
    file: Annotated[str, Field(min_length=1)] | None = None

    @model_validator(mode="after")
    def _one_of(self) -> "UrlsSource":
        if not self.urls and not self.file:
            raise ValueError("needs 'urls' or 'file'")
        return self


class LocalSource(_Source):
    kind: Literal["local"]
    path: Annotated[str, Field(min_length=1)]
    recursive: bool | None = None
    filter_by_date: bool | None = None


AnySource = Annotated[Union[RssSource, GdeltSource, UrlsSource, LocalSource], Field(discriminator="kind")]


class SourcesFile(_Strict):
    fetch: FetchSettings | None = None
    sources: list[AnySource]


# ------------------------------------------------------------------------------------------------- messages

def _node_at(root: yaml.Node | None, loc: tuple) -> tuple[yaml.Node | None, yaml.Node | None]:
    """(value node, key node) for a path into the composed YAML, as deep as it exists."""
    node, key_node = root, None
    for part in loc:
        if isinstance(node, yaml.MappingNode) and isinstance(part, str):
            for k, v in node.value:
                if k.value == part:
                    node, key_node = v, k
                    break
            else:
                return node, key_node
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node, key_node = node.value[part], None
        else:
            return node, key_node
    return node, key_node


def _fields(model: type[BaseModel]) -> list[str]:
    return list(model.model_fields)


def _model_at(loc: tuple) -> type[BaseModel] | None:
    if loc[:1] == ("fetch",):
        return FetchSettings
    if loc[:1] == ("sources",) and len(loc) >= 3 and loc[2] in KIND_NAMES:
        return {"rss": RssSource, "gdelt": GdeltSource, "urls": UrlsSource, "local": LocalSource}[loc[2]]
    return SourcesFile if len(loc) <= 1 else None


def _where(loc: tuple, data: Any) -> str:
    out = ""
    for i, part in enumerate(loc):
        if isinstance(part, int):
            out += f"[{part}]"
            if i == 1 and loc[0] == "sources" and isinstance(data, dict):
                items = data.get("sources") or []
                name = items[part].get("name") if part < len(items) and isinstance(items[part], dict) else None
                if isinstance(name, str) and name:
                    out += f" ({name!r})"
        else:
            out += ("." if out else "") + str(part)
    return out or "(top level)"


def describe_errors(exc: ValidationError, data: Any, text: str, filename: str) -> list[str]:
    """One line per problem: `FILE line N: where: what`."""
    try:
        root = yaml.compose(text)
    except yaml.YAMLError:
        root = None
    lines = []
    for err in exc.errors(include_url=False):
        raw_loc = tuple(err["loc"])
        # A discriminated union puts the kind in the path (sources.2.rss.url): drop it for the reader.
        loc = tuple(p for i, p in enumerate(raw_loc) if not (i == 2 and raw_loc[0] == "sources" and p in KIND_NAMES))
        kind, msg = err["type"], err["msg"]
        if kind == "extra_forbidden":
            msg = "unknown key"
            model = _model_at(raw_loc[:-1])
            close = difflib.get_close_matches(str(loc[-1]), _fields(model), n=1) if model else []
            if close:
                msg += f" (did you mean {close[0]!r}?)"
        elif kind == "missing":
            msg = "required key is missing"
        elif kind == "union_tag_invalid":
            msg = f"kind must be one of {', '.join(KIND_NAMES)}, got {err['input'].get('kind')!r}"
            loc = loc + ("kind",)
        elif kind == "union_tag_not_found":
            msg = f"needs a kind: one of {', '.join(KIND_NAMES)}"
        elif kind in ("value_error", "assertion_error"):
            msg = msg.removeprefix("Value error, ")
        if "input" in err and kind not in ("missing", "extra_forbidden", "union_tag_invalid", "union_tag_not_found",
                                           "value_error", "model_type", "dict_type"):
            shown = repr(err["input"])
            msg += f" (got {shown[:60]}{'...' if len(shown) > 60 else ''})"
        node, key_node = _node_at(root, loc)
        mark = (key_node or node).start_mark if (key_node or node) is not None else None
        line = f" line {mark.line + 1}" if mark is not None else ""
        lines.append(f"{filename}{line}: {_where(loc, data)}: {msg}")
    return lines
