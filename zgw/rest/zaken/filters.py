"""Query parameters of the zaken list, built from the contract's parameter table (wire.QUERY_PARAMETERS)."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from datetime import date
from typing import Annotated, Any
from urllib.parse import urlsplit

from fastapi import Query, Request
from pydantic import AfterValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

from zgw.rest.catalogi.filters import path_of
from zgw.rest.deps import app_settings
from zgw.rest.urls import local_hosts
from zgw.rest.zaken.wire import QUERY_PARAMETERS

# filters whose value is a URL of a local object, stored as its path
URL_FILTERS = {"zaaktype", "status__statustype", "resultaat__resultaattype"}
HANDLED_ELSEWHERE = {"page", "pageSize", "expand", "Accept-Crs", "Content-Crs"}


def choice(values: list[str]) -> Any:
    """A string out of `values`, its schema in the contract's order.

    Not a `Literal`: typing treats Literals with the same values in another order as equal, and pydantic
    then reuses whichever schema it built first (another component's order).
    """
    allowed = list(values)

    def check(value: str) -> str:
        if value not in allowed:
            raise PydanticCustomError("literal_error", "Selecteer een geldige keuze. {value} is geen van de "
                                                       "beschikbare keuzen.", {"value": value})
        return value

    return Annotated[str, AfterValidator(check), WithJsonSchema({"type": "string", "enum": allowed})]


def _annotation(name: str, description: str, schema: dict[str, Any]) -> Any:
    kind = schema.get("type")
    python: Any = str
    if kind == "boolean":
        python = bool
    elif kind == "string" and schema.get("format") == "date":
        python = date
    elif kind == "string" and schema.get("enum"):
        python = choice(schema["enum"])
    extra: dict[str, Any] = {}
    if name in URL_FILTERS or name == "rol__betrokkene":
        extra = {"format": "uri"}  # URLs, as Zaken 1.7.0 documents them
    if kind == "array":
        extra = {"type": "array", "items": schema.get("items", {}), "style": "form", "explode": False}
    return Annotated[python | None, Query(alias=name, description=description,
                                          json_schema_extra=extra or None)]


def to_paths(criteria: dict[str, Any], hosts: set[str] | None = None) -> dict[str, Any]:
    """URL-valued criteria as stored references; comma-separated lists split.

    With the request's local `hosts`, a URL on another host stays whole: a type in an external
    Catalogi API is stored as its URL."""

    def stored(url: str, name: str) -> str:
        path = path_of(url, name)
        return url if hosts is not None and urlsplit(url).netloc.lower() not in hosts else path

    out: dict[str, Any] = {}
    for name, value in criteria.items():
        if value is None:
            continue
        if name in URL_FILTERS:
            value = stored(value, name)
        elif name in ("zaaktype__in", "zaaktype__not_in"):
            value = [stored(v, name) for v in value]
        out[name] = value
    return out


def _csv(value: Any) -> list[str]:
    return [v for v in str(value).split(",") if v] if isinstance(value, str) else list(value)


def criteria_dependency(operation: str) -> Callable[..., dict[str, Any]]:
    """A FastAPI dependency with one query parameter per contract parameter, returning criteria."""
    table = {k: v for k, v in QUERY_PARAMETERS[operation].items() if k not in HANDLED_ELSEWHERE}
    arrays = {k for k, (_, schema) in table.items() if schema.get("type") == "array"}
    names = {f"p{i}": name for i, name in enumerate(table)}

    def dependency(request: Request, **kwargs: Any) -> dict[str, Any]:
        criteria = {names[k]: v for k, v in kwargs.items() if v is not None}
        for name in arrays & set(criteria):
            criteria[name] = _csv(criteria[name])
        return to_paths(criteria, local_hosts(request, app_settings(request)))

    dependency.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [inspect.Parameter("request", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=Request),
         *(inspect.Parameter(key, inspect.Parameter.KEYWORD_ONLY, default=None,
                           annotation=_annotation(name, *table[name])) for key, name in names.items())],
        return_annotation=dict[str, Any],
    )
    return dependency


zaak_criteria = criteria_dependency("GET /zaken")
