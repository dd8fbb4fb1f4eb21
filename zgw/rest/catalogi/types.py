"""Scalar wire types shared by the Catalogi shapes."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

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


class Wire(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="ignore")


class Patch(Wire):
    """A partial update: only the fields that were sent count (`model_fields_set`)."""
