"""Wire shapes that Open Zaak's spec lacks but Catalogi 1.3.3 adds (updating a catalogus)."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import Field

from zgw.rest.catalogi.types import Email, Patch

NOT_NULL: dict[str, Any] = {"nullable": False}


class PatchedCatalogusRequest(Patch):
    """Werk (een deel van) een CATALOGUS bij (Catalogi 1.3.3)."""

    domein: str | None = Field(default=None, alias="domein", max_length=5, json_schema_extra=NOT_NULL)
    rsin: str | None = Field(default=None, alias="rsin", max_length=9, min_length=9, json_schema_extra=NOT_NULL)
    contactpersoon_beheer_naam: str | None = Field(default=None, alias="contactpersoonBeheerNaam", max_length=40,
                                                   json_schema_extra=NOT_NULL)
    contactpersoon_beheer_telefoonnummer: str | None = Field(default=None, alias="contactpersoonBeheerTelefoonnummer",
                                                             max_length=20, json_schema_extra=NOT_NULL)
    contactpersoon_beheer_emailadres: Email | None = Field(default=None, alias="contactpersoonBeheerEmailadres",
                                                           max_length=254, json_schema_extra=NOT_NULL)
    naam: str | None = Field(default=None, alias="naam", max_length=200)
    versie: str | None = Field(default=None, alias="versie", max_length=20)
    begindatum_versie: date | None = Field(default=None, alias="begindatumVersie")
