"""Scalar wire types of the Zaken shapes beyond the shared ones (zgw.rest.catalogi.types)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import BeforeValidator, GetJsonSchemaHandler
from pydantic_core import CoreSchema, PydanticCustomError

from zgw.rest.catalogi.types import OrBlank


class PatternOrBlank(OrBlank):
    """A response string matching `pattern`, or "" (Open Zaak answers "" when it is not set): the pattern
    holds for the filled branch only (responses are documented, not validated)."""

    def __init__(self, pattern: str) -> None:
        super().__init__()
        self.pattern = pattern

    def __get_pydantic_json_schema__(self, schema: CoreSchema, handler: GetJsonSchemaHandler) -> dict[str, Any]:
        out = super().__get_pydantic_json_schema__(schema, handler)
        out["oneOf"][0]["pattern"] = self.pattern
        return out


ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _iso_text(kind: str, reason: str) -> Callable[[Any], Any]:
    """Only an ISO 8601 string: pydantic's lax mode would take a number (0, -1, 1.5) as a timestamp."""

    def check(value: Any) -> Any:
        if isinstance(value, (date, datetime)):  # already parsed (a model built in code)
            return value
        if not isinstance(value, str) or not ISO_DATE.match(value):
            raise PydanticCustomError(kind, reason)
        return value

    return check


# request fields, as Open Zaak's (DRF) DateTimeField and DateField refuse anything but such a string (400 invalid)
IsoDateTime = Annotated[datetime, BeforeValidator(_iso_text(
    "datetime_type", "Datetime heeft een ongeldig formaat, gebruik 1 van de volgende formaten: "
                     "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z]."))]
IsoDate = Annotated[date, BeforeValidator(_iso_text(
    "date_type", "Datum heeft het verkeerde formaat, gebruik 1 van deze formaten: YYYY-MM-DD."))]
