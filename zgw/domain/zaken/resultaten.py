"""Resultaten: one per zaak, its resultaattype one of the zaak's zaaktype (zrc-020)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any
from uuid import UUID

from zgw.domain.catalogi import read as catalogue
from zgw.domain.catalogi.documents import ResultaatType
from zgw.domain.errors import ValidationFailed
from zgw.domain.repository import Repository
from zgw.domain.zaken import access
from zgw.domain.zaken.documents import Resultaat, Zaak
from zgw.domain.zaken.subresources import Actor, record, remove, require, require_open, uuid_of, writing
from zgw.domain.zaken.touch import touch

repo = Repository(Resultaat, "Resultaat")
RESOURCE = "resultaat"
Render = Callable[[Resultaat, Zaak], Awaitable[Any]]


async def _resultaattype(ref: str, zaak: Zaak) -> str:
    resultaattype = await catalogue.for_field(ResultaatType, ref, "resultaattype")
    if resultaattype is None:
        raise ValidationFailed.field("resultaattype", "does_not_exist", "Ongeldige hyperlink - Object bestaat niet.")
    if resultaattype.zaaktype != zaak.zaaktype:
        raise ValidationFailed.non_field("zaaktype-mismatch", "De referentie hoort niet bij het zaaktype van de zaak.")
    return resultaattype.ref


async def create(actor: Actor, data: dict[str, Any], render: Render) -> Resultaat:
    async with writing(data["zaak"]) as zaak:
        require(actor, access.BIJWERKEN, zaak)
        resultaattype = await _resultaattype(data["resultaattype"], zaak)
        named = uuid_of(zaak.resultaat) if zaak.resultaat else None
        if named is not None and await Resultaat.get(named) is not None:  # a name without a record: a crash
            raise ValidationFailed.field("zaak", "unique", "Deze zaak heeft al een resultaat.")
        require_open(actor, zaak)
        resultaat = Resultaat(zaak=zaak.ref, resultaattype=resultaattype, toelichting=data.get("toelichting") or "")
        await touch(zaak.id, resultaat=resultaat.ref, resultaat_resultaattype=resultaattype)  # named first
        await repo.create(resultaat)
        await record(actor, zaak, actie="create", resource=RESOURCE, ref=resultaat.ref, status=201,
                     nieuw=await render(resultaat, zaak), weergave=str(resultaat.id))
    return resultaat


async def update(actor: Actor, uuid: UUID, data: dict[str, Any], render: Render, *, partial: bool) -> Resultaat:
    current = await repo.get(uuid)
    async with writing(current.zaak) as zaak:
        resultaat = await repo.get(uuid)
        require(actor, access.BIJWERKEN, zaak)
        if "zaak" in data and data["zaak"] != resultaat.zaak:
            raise ValidationFailed.field("zaak", "wijzigen-niet-toegelaten", "Dit veld mag niet gewijzigd worden.")
        oud = await render(resultaat, zaak)
        if "resultaattype" in data:
            resultaat.resultaattype = await _resultaattype(data["resultaattype"], zaak)
        require_open(actor, zaak)
        if "toelichting" in data or not partial:
            resultaat.toelichting = data.get("toelichting") or ""
        await repo.replace(resultaat)
        await touch(zaak.id, resultaat=resultaat.ref, resultaat_resultaattype=resultaat.resultaattype)
        await record(actor, zaak, actie="partial_update" if partial else "update", resource=RESOURCE,
                     ref=resultaat.ref, status=200, oud=oud, nieuw=await render(resultaat, zaak),
                     weergave=str(resultaat.id))
    return resultaat


async def delete(actor: Actor, uuid: UUID, render: Render) -> None:
    async def after(zaak: Zaak, _: Resultaat) -> None:
        await touch(zaak.id, resultaat=None, resultaat_resultaattype=None)

    await remove(actor, repo, uuid, render, resource=RESOURCE, scope=access.BIJWERKEN, after=after)
