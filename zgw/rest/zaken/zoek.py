"""The body of `POST /zaken/_zoek`: every list filter, plus uuid__in, zaaktype__in/__not_in,
zaakgeometrie.within (GeoJSON), and Zaken 1.7.0's `fields` (zrc-029)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any
from uuid import UUID

from pydantic import Field, create_model

from zgw.rest.catalogi.types import Wire
from zgw.rest.zaken.filters import choice
from zgw.rest.zaken.geojson import GeoJSONGeometry
from zgw.rest.zaken.wire import QUERY_PARAMETERS

SKIP = {"page", "pageSize", "Accept-Crs", "Content-Crs"}
# zaaktype URLs: checked (and turned into references) by the filters, not by pydantic
UriStr = Annotated[str, Field(json_schema_extra={"format": "uri"})]
# `expand` reaches any depth (Zaken 1.7.0): the listed paths of Open Zaak's 1.5.1 are examples, not a limit
EXPAND = QUERY_PARAMETERS["GET /zaken"]["expand"][1]


class GeoWithin(Wire):
    within: GeoJSONGeometry | None = Field(
        default=None, description="GeoJSON-geometrie (Polygon of MultiPolygon) waarbinnen de zaak ligt.")


def _python(schema: dict[str, Any]) -> Any:
    kind = schema.get("type")
    if kind == "boolean":
        return bool
    if kind == "array":
        enum = schema.get("items", {}).get("enum")
        return list[choice(enum)] if enum and schema is not EXPAND else list[str]  # type: ignore[misc]
    if kind == "string" and schema.get("format") == "date":
        return date
    if kind == "string" and schema.get("enum"):
        return choice(schema["enum"])
    return str


def _fields() -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, (description, schema) in QUERY_PARAMETERS["GET /zaken"].items():
        if name in SKIP:
            continue
        out[name] = (_python(schema) | None, Field(default=None, description=description))
    out["uuid__in"] = (list[UUID] | None, Field(default=None, description="Lijst van unieke resource identifiers "
                                                                          "(UUID4)"))
    out["zaaktype__in"] = (list[UriStr] | None, Field(default=None, description="Array van zaaktypen."))
    out["zaaktype__not_in"] = (list[UriStr] | None, Field(default=None, description="**EXPERIMENTEEL** Array van "
                                                                                 "zaaktypen."))
    out["zaakgeometrie"] = (GeoWithin | None, Field(default=None))
    out["fields"] = (list[Any] | None, Field(default=None, description=(
        "De elementen (fields) die worden teruggegeven in de respons conform het expand-mechanisme; \"*\" "
        "betekent alle elementen. Niet samen met `expand` te gebruiken.")))
    return out


ZaakZoek: type[Wire] = create_model("ZaakZoek", __base__=Wire, **_fields())
