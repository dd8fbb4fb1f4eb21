"""Scalar wire types shared by the Catalogi shapes."""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic_core import CoreSchema, core_schema

DURATION_RE = re.compile(
    r"^-?P(?!$)(\d+(?:[.,]\d+)?Y)?(\d+(?:[.,]\d+)?M)?(\d+(?:[.,]\d+)?W)?(\d+(?:[.,]\d+)?D)?"
    r"(T(?=\d)(\d+(?:[.,]\d+)?H)?(\d+(?:[.,]\d+)?M)?(\d+(?:[.,]\d+)?S)?)?$"
)
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class DurationError(ValueError):
    code = "invalid"


def _duration(value: str) -> str:
    if value and not DURATION_RE.match(value):
        raise DurationError("Ongeldige tijdsduur: gebruik het ISO 8601-formaat, bijvoorbeeld P30D.")
    return value


def _email(value: str) -> str:
    if value and not EMAIL_RE.match(value):
        raise ValueError("Voer een geldig e-mailadres in.")
    return value


def _uri(value: str) -> str:
    if value and not re.match(r"^https?://[^\s/]+", value):
        raise ValueError("Voer een geldige URL in.")
    return value


Duration = Annotated[str, AfterValidator(_duration), Field(json_schema_extra={"format": "duration"})]
Email = Annotated[str, AfterValidator(_email), Field(json_schema_extra={"format": "email"})]
# a URL, or (for relations that the standard makes version-independent) an omschrijving
UriOrName = Annotated[str, Field(json_schema_extra={"format": "uri"})]
Uri = Annotated[str, AfterValidator(_uri), Field(json_schema_extra={"format": "uri"})]




class OrBlank:
    """A string that may also be "": Open Zaak stores these fields blank=True, and answers "" when empty.

    In the schema: the field's own string schema (with `fmt`, `min_length`) or "". `min_length` is
    also checked on input, except for "".
    """

    def __init__(self, fmt: str | None = None, *, min_length: int | None = None) -> None:
        self.fmt = fmt
        self.min_length = min_length

    def _check(self, value: str) -> str:
        if value and self.min_length and len(value) < self.min_length:
            raise ValueError(f"Zorg ervoor dat dit veld minimaal {self.min_length} tekens bevat.")
        return value

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        return core_schema.no_info_after_validator_function(self._check, handler(source))

    def __get_pydantic_json_schema__(self, schema: CoreSchema, handler: GetJsonSchemaHandler) -> dict[str, Any]:
        outer = dict(handler(schema))
        own = {k: outer.pop(k) for k in ("type", "format", "minLength", "maxLength") if k in outer}
        own.update({"type": "string"}, **({"format": self.fmt} if self.fmt else {}),
                   **({"minLength": self.min_length} if self.min_length else {}))
        return {**outer, "oneOf": [own, {"type": "string", "enum": [""]}]}


# response shapes (answers are rendered, not validated against them)
UriOrBlank = Annotated[str, OrBlank("uri")]
EmailOrBlank = Annotated[str, OrBlank("email")]
StrOrBlank = Annotated[str, OrBlank()]


class Wire(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="ignore")


class Patch(Wire):
    """A partial update: only the fields that were sent count (`model_fields_set`)."""
