"""Query parameters of the informatieobjecten list, from the contract's parameter table (wire.QUERY_PARAMETERS)."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from datetime import date
from typing import Annotated, Any

from fastapi import Query

from zgw.domain.errors import ValidationFailed
from zgw.rest.catalogi.filters import path_of
from zgw.rest.documenten.wire import QUERY_PARAMETERS
from zgw.rest.zaken.filters import choice

URL_FILTERS = {"informatieobjecttype"}
HANDLED_ELSEWHERE = {"page", "pageSize", "expand"}


def _annotation(name: str, description: str, schema: dict[str, Any]) -> Any:
    kind = schema.get("type")
    python: Any = str
    extra: dict[str, Any] = {}
    if kind == "boolean":
        python = bool
    elif kind == "string" and schema.get("format") == "date":
        python = date
    elif kind == "string" and schema.get("enum"):
        python = choice(schema["enum"])
        if schema.get("title"):
            extra["title"] = schema["title"]
    if kind == "array":
        extra = {"type": "array", "items": schema.get("items", {}), "style": "form", "explode": False}
    return Annotated[python | None, Query(alias=name, description=description, json_schema_extra=extra or None)]


def to_domain(criteria: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in criteria.items():
        if value is None:
            continue
        if name in URL_FILTERS:
            value = path_of(value, name)
        elif isinstance(value, date):
            value = value.isoformat()
        out[name] = value
    return out


def _csv(value: Any) -> list[str]:
    return [v for v in str(value).split(",") if v] if isinstance(value, str) else list(value)


def criteria_dependency(operation: str) -> Callable[..., dict[str, Any]]:
    table = {k: v for k, v in QUERY_PARAMETERS[operation].items() if k not in HANDLED_ELSEWHERE}
    arrays = {k for k, (_, schema) in table.items() if schema.get("type") == "array"}
    names = {f"p{i}": name for i, name in enumerate(table)}

    def dependency(**kwargs: Any) -> dict[str, Any]:
        criteria = {names[k]: v for k, v in kwargs.items() if v is not None}
        for name in arrays & set(criteria):
            criteria[name] = _csv(criteria[name])
            allowed = table[name][1].get("items", {}).get("enum")
            wrong = [v for v in criteria[name] if allowed and v not in allowed]
            if wrong:  # as django-filter's choice fields (ordering)
                raise ValidationFailed.field(name, "invalid_choice", f"Selecteer een geldige keuze. {wrong[0]} is "
                                                                     "geen van de beschikbare keuzen.")
        return to_domain(criteria)

    dependency.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [inspect.Parameter(key, inspect.Parameter.KEYWORD_ONLY, default=None,
                           annotation=_annotation(name, *table[name])) for key, name in names.items()],
        return_annotation=dict[str, Any],
    )
    return dependency


eio_criteria = criteria_dependency("GET /enkelvoudiginformatieobjecten")
