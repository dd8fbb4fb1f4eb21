"""Scalar wire types of the Zaken shapes beyond the shared ones (zgw.rest.catalogi.types)."""

from __future__ import annotations

from typing import Any

from pydantic import GetJsonSchemaHandler
from pydantic_core import CoreSchema

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
