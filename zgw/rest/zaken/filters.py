"""Query parameters of the zaken list, built from the contract's parameter table (wire.QUERY_PARAMETERS)."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from datetime import date
from typing import Annotated, Any

from fastapi import Query
from pydantic import AfterValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

from zgw.domain.errors import ValidationFailed
from zgw.rest.catalogi.filters import path_of
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


def to_paths(criteria: dict[str, Any]) -> dict[str, Any]:
    """URL-valued criteria as stored references; comma-separated lists split."""
    out: dict[str, Any] = {}
    for name, value in criteria.items():
        if value is None:
            continue
        if name in URL_FILTERS:
            value = path_of(value, name)
        elif name in ("zaaktype__in", "zaaktype__not_in"):
            value = [path_of(v, name) for v in value]
        out[name] = value
    return out


def _csv(value: Any) -> list[str]:
    return [v for v in str(value).split(",") if v] if isinstance(value, str) else list(value)


def criteria_dependency(operation: str) -> Callable[..., dict[str, Any]]:
    """A FastAPI dependency with one query parameter per contract parameter, returning criteria."""
    table = {k: v for k, v in QUERY_PARAMETERS[operation].items() if k not in HANDLED_ELSEWHERE}
    arrays = {k for k, (_, schema) in table.items() if schema.get("type") == "array"}
    names = {f"p{i}": name for i, name in enumerate(table)}

    def dependency(**kwargs: Any) -> dict[str, Any]:
        criteria = {names[k]: v for k, v in kwargs.items() if v is not None}
        for name in arrays & set(criteria):
            criteria[name] = _csv(criteria[name])
        try:
            return to_paths(criteria)
        except ValidationFailed:
            raise

    dependency.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [inspect.Parameter(key, inspect.Parameter.KEYWORD_ONLY, default=None,
                           annotation=_annotation(name, *table[name])) for key, name in names.items()],
        return_annotation=dict[str, Any],
    )
    return dependency


zaak_criteria = criteria_dependency("GET /zaken")
