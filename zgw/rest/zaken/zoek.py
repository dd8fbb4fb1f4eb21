"""The body of `POST /zaken/_zoek`: every list filter, plus uuid__in, zaaktype__in/__not_in,
zaakgeometrie.within (GeoJSON), and Zaken 1.7.0's `fields` (zrc-029)."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal
from uuid import UUID

from pydantic import Field, create_model

from zgw.rest.catalogi.types import Wire
from zgw.rest.zaken.wire import QUERY_PARAMETERS

SKIP = {"page", "pageSize", "Accept-Crs", "Content-Crs"}


class GeoWithin(Wire):
    within: dict[str, Any] = Field(description="GeoJSON-geometrie (Polygon of MultiPolygon) waarbinnen de zaak ligt.")


def _python(schema: dict[str, Any]) -> Any:
    kind = schema.get("type")
    if kind == "boolean":
        return bool
    if kind == "array":
        return list[str]
    if kind == "string" and schema.get("format") == "date":
        return date
    if kind == "string" and schema.get("enum"):
        return Literal[tuple(schema["enum"])]
    return str


def _fields() -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, (description, schema) in QUERY_PARAMETERS["GET /zaken"].items():
        if name in SKIP:
            continue
        out[name] = (_python(schema) | None, Field(default=None, description=description))
    out["uuid__in"] = (list[UUID] | None, Field(default=None, description="Lijst van unieke resource identifiers "
                                                                          "(UUID4)"))
    out["zaaktype__in"] = (list[str] | None, Field(default=None, description="Array van zaaktypen."))
    out["zaaktype__not_in"] = (list[str] | None, Field(default=None, description="**EXPERIMENTEEL** Array van "
                                                                                 "zaaktypen."))
    out["zaakgeometrie"] = (GeoWithin | None, Field(default=None))
    out["fields"] = (list[Any] | None, Field(default=None, description=(
        "De elementen (fields) die worden teruggegeven in de respons conform het expand-mechanisme; \"*\" "
        "betekent alle elementen. Niet samen met `expand` te gebruiken.")))
    return out


ZaakZoek: type[Wire] = create_model("ZaakZoek", __base__=Wire, **_fields())
