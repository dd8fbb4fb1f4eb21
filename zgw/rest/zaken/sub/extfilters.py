"""Query parameters of the extension lists (zaaknotities, substatussen), from the contract's table.

Like `zgw.rest.zaken.filters.criteria_dependency`, but date-time parameters are parsed (a bad one is a
400 from the request validation) and `zaak`-like references (`gerelateerdAan`, `zaak`, `status`) are URLs.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import Query

from zgw.domain.errors import ValidationFailed
from zgw.rest.zaken.filters import choice
from zgw.rest.zaken.wire import QUERY_PARAMETERS

HANDLED_ELSEWHERE = {"page", "pageSize"}


def _annotation(name: str, description: str, schema: dict[str, Any], urls: set[str]) -> Any:
    python: Any = str
    extra: dict[str, Any] | None = None
    if schema.get("format") == "date-time":
        python = datetime
    elif schema.get("enum"):
        python = choice(schema["enum"])
    if name in urls:
        extra = {"type": "string", "format": "uri"}  # Open Zaak's spec says integer (a generator artefact)
    return Annotated[python | None, Query(alias=name, description=description, json_schema_extra=extra)]


def _snake(name: str) -> str:
    head, _, lookup = name.partition("__")
    out = "".join(f"_{c.lower()}" if c.isupper() else c for c in head)
    return f"{out}__{lookup}" if lookup else out


def dependency(operation: str, urls: set[str]) -> Callable[..., dict[str, Any]]:
    """Criteria as snake_case keys (`aangemaakt_door__icontains`); date-times in UTC."""
    table = {k: v for k, v in QUERY_PARAMETERS[operation].items() if k not in HANDLED_ELSEWHERE}
    names = {f"p{i}": name for i, name in enumerate(table)}

    def criteria(**kwargs: Any) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in kwargs.items():
            if value is None:
                continue
            if isinstance(value, datetime):
                try:
                    value = (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC)
                except (OverflowError, ValueError):
                    raise ValidationFailed.field(names[key], "invalid", "Datetime valt buiten het toegestane "
                                                                        "bereik.") from None
            out[_snake(names[key])] = value
        return out

    criteria.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [inspect.Parameter(key, inspect.Parameter.KEYWORD_ONLY, default=None,
                           annotation=_annotation(name, *table[name], urls)) for key, name in names.items()],
        return_annotation=dict[str, Any],
    )
    return criteria
