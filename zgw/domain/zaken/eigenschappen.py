"""Zaakeigenschappen: eigenschap of the zaak's zaaktype (zrc-018), optional waarde validation."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any
from uuid import UUID

from zgw.domain.catalogi import read as catalogue
from zgw.domain.catalogi.documents import Eigenschap
from zgw.domain.errors import NotFound, ValidationFailed
from zgw.domain.notifications.service import Outbox
from zgw.domain.repository import by_ids
from zgw.domain.zaken import access, events
from zgw.domain.zaken.documents import Zaak, ZaakEigenschap
from zgw.domain.zaken.locks import zaak_lock
from zgw.domain.zaken.repository import zaakeigenschappen
from zgw.domain.zaken.service import Actor
from zgw.domain.zaken.touch import link, touch_only, unlink


def waarde_problem(specificatie: Any, waarde: str) -> str | None:
    """Why `waarde` does not fit the eigenschap's specificatie (formaat, lengte, waardenverzameling)."""
    formaat = specificatie.formaat
    if specificatie.waardenverzameling and waarde not in specificatie.waardenverzameling:
        return "De waarde komt niet voor in de waardenverzameling van de eigenschap."
    if formaat == "tekst":
        if specificatie.lengte.isdigit() and len(waarde) > int(specificatie.lengte):
            return f"De waarde is langer dan {specificatie.lengte} tekens."
    elif formaat == "getal":
        try:
            Decimal(waarde.replace(",", "."))
        except InvalidOperation:
            return "De waarde is geen getal."
    elif formaat == "datum":
        try:
            date.fromisoformat(waarde) if "-" in waarde else datetime.strptime(waarde, "%Y%m%d")
        except ValueError:
            return "De waarde is geen datum (JJJJMMDD of JJJJ-MM-DD)."
    elif formaat == "datum_tijd" and not re.match(r"^\d{14}$", waarde):
        try:
            datetime.fromisoformat(waarde)
        except ValueError:
            return "De waarde is geen datum-tijd (JJJJMMDDUUMMSS of ISO 8601)."
    return None


async def _eigenschap(zaak: Zaak, ref: str | None, validate: bool, waarde: str) -> Eigenschap:
    eigenschap = await catalogue.for_field(Eigenschap, ref, "eigenschap")
    if eigenschap is None:
        raise ValidationFailed.field("eigenschap", "does_not_exist", "De eigenschap bestaat niet.")
    if eigenschap.zaaktype != zaak.zaaktype:
        raise ValidationFailed.non_field("zaaktype-mismatch", "De referentie hoort niet bij het zaaktype van de zaak.")
    if validate:
        problem = waarde_problem(eigenschap.specificatie, waarde)
        if problem:  # Open Zaak's code, an object-level error
            raise ValidationFailed.non_field("waarde-incorrect-format", f"De 'waarde' past niet bij de specificatie "
                                                                        f"van de eigenschap: {problem}")
    return eigenschap


async def get(zaak: Zaak, uuid: UUID) -> ZaakEigenschap:
    found = await zaakeigenschappen.find_one({"_id": uuid, "zaak": zaak.ref})
    if found is None:
        raise NotFound("ZaakEigenschap niet gevonden.")
    return found


async def list_for(zaak: Zaak) -> list[ZaakEigenschap]:
    return await zaakeigenschappen.list(by_ids(zaak.eigenschappen, {"zaak": zaak.ref})) if zaak.eigenschappen else []


async def create(zaak: Zaak, data: dict[str, Any], actor: Actor, outbox: Outbox, *, validate: bool) -> ZaakEigenschap:
    access.require(actor.policy, access.BIJWERKEN | access.AANMAKEN, zaak)
    async with zaak_lock(zaak.id):
        eigenschap = await _eigenschap(zaak, data.get("eigenschap"), validate, data.get("waarde", ""))
        access.require_open_or_forced(actor.policy, zaak)
        doc = ZaakEigenschap(zaak=zaak.ref, eigenschap=eigenschap.ref, naam=eigenschap.naam, waarde=data["waarde"])
        await events.notify(outbox, zaak, actie="create", resource="zaakeigenschap", resource_ref=doc.ref,
                            url_of=actor.url_of)
        await link(zaak.id, "eigenschappen", doc.id)  # named first: a crash leaves a skipped name
        await zaakeigenschappen.create(doc)
    return doc


async def update(zaak: Zaak, uuid: UUID, data: dict[str, Any], actor: Actor, outbox: Outbox, *, validate: bool,
                 partial: bool) -> ZaakEigenschap:
    access.require(actor.policy, access.BIJWERKEN, zaak)
    async with zaak_lock(zaak.id):
        doc = await get(zaak, uuid)
        if data.get("zaak") and data["zaak"] != zaak.ref:
            raise ValidationFailed.field("zaak", "wijzigen-niet-toegelaten", "Dit veld mag niet gewijzigd worden.")
        if "eigenschap" in data and data["eigenschap"] and data["eigenschap"] != doc.eigenschap:
            raise ValidationFailed.field("eigenschap", "wijzigen-niet-toegelaten",
                                         "Dit veld mag niet gewijzigd worden.")
        waarde = data.get("waarde", doc.waarde)
        await _eigenschap(zaak, doc.eigenschap, validate, waarde)
        access.require_open_or_forced(actor.policy, zaak)
        doc.waarde = waarde
        await events.notify(outbox, zaak, actie="partial_update" if partial else "update",
                            resource="zaakeigenschap", resource_ref=doc.ref, url_of=actor.url_of)
        await zaakeigenschappen.replace(doc)
        await touch_only(zaak.id)
    return doc


async def delete(zaak: Zaak, uuid: UUID, actor: Actor, outbox: Outbox) -> ZaakEigenschap:
    access.require(actor.policy, access.BIJWERKEN, zaak)
    access.require_open_or_forced(actor.policy, zaak)
    async with zaak_lock(zaak.id):
        doc = await get(zaak, uuid)
        await events.notify(outbox, zaak, actie="destroy", resource="zaakeigenschap", resource_ref=doc.ref,
                            url_of=actor.url_of)
        await zaakeigenschappen.delete(doc)
        await unlink(zaak.id, "eigenschappen", doc.id)
    return doc
