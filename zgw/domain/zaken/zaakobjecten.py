"""Zaakobjecten: what a zaak is about, polymorphic on objectType.

- objectType `overige` needs objectTypeOverige or objectTypeOverigeDefinitie (`invalid`);
- object or objectIdentificatie is required (`invalid-zaakobject`);
- a zaakobjecttype belongs to the zaak's zaaktype (`zaaktype-mismatch`);
- objectType and zaak do not change on update (`wijzigen-niet-toegelaten`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any
from uuid import UUID

from zgw.domain.catalogi import read as catalogue
from zgw.domain.catalogi.documents import ZaakObjectType
from zgw.domain.errors import InvalidParam, ValidationFailed
from zgw.domain.repository import Repository
from zgw.domain.zaken import access
from zgw.domain.zaken.documents import Zaak, ZaakObject
from zgw.domain.zaken.subresources import Actor, record, remove, require, require_open, writing
from zgw.domain.zaken.touch import link, unlink

repo = Repository(ZaakObject, "ZaakObject")
RESOURCE = "zaakobject"
Render = Callable[[ZaakObject, Zaak], Awaitable[Any]]
FIELDS = ("object", "object_type_overige", "object_type_overige_definitie", "relatieomschrijving",
          "object_identificatie", "zaakobjecttype")


def _check(data: dict[str, Any]) -> None:
    out: list[InvalidParam] = []
    if data.get("object_type") == "overige" and not (data.get("object_type_overige")
                                                      or data.get("object_type_overige_definitie")):
        out.append(InvalidParam("objectTypeOverige", "required",
                                'Als `objectType` de waarde "overige" heeft, moet `objectTypeOverige` of '
                                "`objectTypeOverigeDefinitie` van een waarde voorzien zijn."))
    if data.get("object_type") != "overige" and data.get("object_type_overige"):
        out.append(InvalidParam("objectTypeOverige", "invalid",
                                'Als `objectType` niet de waarde "overige" heeft, mag `objectTypeOverige` niet van '
                                "een waarde voorzien zijn."))
    if not data.get("object") and not data.get("object_identificatie"):
        out.append(InvalidParam("nonFieldErrors", "invalid-zaakobject",
                                "object or objectIdentificatie must be provided"))
    if data.get("object_type_overige_definitie") and not data.get("object"):
        out.append(InvalidParam("object", "required",
                                "Indien je `objectTypeOverigeDefinitie` gebruikt, dan moet je een OBJECT url opgeven."))
    if out:
        raise ValidationFailed(out)


async def _zaakobjecttype(ref: str | None, zaak: Zaak) -> str:
    if not ref:
        return ""
    found = await catalogue.for_field(ZaakObjectType, ref, "zaakobjecttype")
    if found is None:
        raise ValidationFailed.field("zaakobjecttype", "does_not_exist", "Ongeldige hyperlink - Object bestaat niet.")
    if found.zaaktype != zaak.zaaktype:
        raise ValidationFailed.non_field("zaaktype-mismatch", "De referentie hoort niet bij het zaaktype van de zaak.")
    return found.ref


def _fill(obj: ZaakObject, data: dict[str, Any]) -> None:
    for name in FIELDS:
        if name in data:
            value = data[name]
            nullable = name in ("object_type_overige_definitie", "object_identificatie")
            setattr(obj, name, value if value is not None or nullable else "")
    if obj.object_type_overige_definitie:
        obj.object_identificatie = None  # the object URL is the identification then


async def create(actor: Actor, data: dict[str, Any], render: Render) -> ZaakObject:
    _check(data)
    async with writing(data["zaak"]) as zaak:
        require(actor, access.AANMAKEN | access.BIJWERKEN, zaak)
        data["zaakobjecttype"] = await _zaakobjecttype(data.get("zaakobjecttype"), zaak)
        require_open(actor, zaak)
        obj = ZaakObject(zaak=zaak.ref, object_type=data["object_type"])
        _fill(obj, data)
        await link(zaak.id, "zaakobjecten", obj.id)  # named first: a crash leaves a skipped name
        await repo.create(obj)
        await record(actor, zaak, actie="create", resource=RESOURCE, ref=obj.ref, status=201,
                     nieuw=await render(obj, zaak), weergave=str(obj.id))
    return obj


async def update(actor: Actor, uuid: UUID, data: dict[str, Any], render: Render, *, partial: bool) -> ZaakObject:
    current = await repo.get(uuid)
    async with writing(current.zaak) as zaak:
        obj = await repo.get(uuid)
        require(actor, access.BIJWERKEN, zaak)
        changed = [name for name, old in (("zaak", obj.zaak), ("object_type", obj.object_type))
                   if name in data and data[name] != old]
        if changed:
            raise ValidationFailed([InvalidParam("zaak" if n == "zaak" else "objectType", "wijzigen-niet-toegelaten",
                                                 "Dit veld mag niet gewijzigd worden.") for n in changed])
        merged = {**{n: getattr(obj, n) for n in FIELDS}, "object_type": obj.object_type, **data} if partial \
            else {**data, "object_type": obj.object_type}
        _check(merged)
        oud = await render(obj, zaak)
        if "zaakobjecttype" in merged:
            merged["zaakobjecttype"] = await _zaakobjecttype(merged.get("zaakobjecttype"), zaak)
        require_open(actor, zaak)
        if not partial:
            for name in FIELDS:
                merged.setdefault(name, None)
        _fill(obj, merged)
        await repo.replace(obj)
        await link(zaak.id, "zaakobjecten", obj.id)
        await record(actor, zaak, actie="partial_update" if partial else "update", resource=RESOURCE, ref=obj.ref,
                     status=200, oud=oud, nieuw=await render(obj, zaak), weergave=str(obj.id))
    return obj


async def delete(actor: Actor, uuid: UUID, render: Render) -> None:
    async def after(zaak: Zaak, obj: ZaakObject) -> None:
        await unlink(zaak.id, "zaakobjecten", obj.id)

    await remove(actor, repo, uuid, render, resource=RESOURCE, scope=access.BIJWERKEN | access.VERWIJDEREN,
                 after=after)
