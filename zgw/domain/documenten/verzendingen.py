"""Verzendingen: to whom an informatieobject was sent, or from whom it was received, at one address.

Exactly one address (binnenlands / buitenlands correspondentieadres, correspondentiePostadres, faxnummer,
emailadres, mijnOverheid, telefoonnummer) is filled (`invalid-address`, Open Zaak's validator; for a PATCH
the stored values count where the body sends none). Authorised through the informatieobject, named in the
EIO head's `verzendingen` before it is written, audited on its trail, notified on kanaal `documenten`.
Unlike gebruiksrechten, Open Zaak lets an update move a verzending to another informatieobject.
"""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar
from uuid import UUID

from pymongo import ASCENDING, IndexModel

from zgw.domain.documenten import access
from zgw.domain.documenten.documents import ROOT, DocumentenDocument, EnkelvoudigInformatieObject
from zgw.domain.documenten.locks import eio_lock
from zgw.domain.documenten.objectinformatieobjecten import ChildOps, eio_of, name, unname
from zgw.domain.errors import ValidationFailed
from zgw.domain.repository import Repository, by_ids
from zgw.domain.zaken.subresources import Actor

RESOURCE = "verzending"
ADDRESSES = ("binnenlands_correspondentieadres", "buitenlands_correspondentieadres", "correspondentie_postadres",
             "faxnummer", "emailadres", "mijn_overheid", "telefoonnummer")
FIELDS = ("betrokkene", "aard_relatie", "toelichting", "ontvangstdatum", "verzenddatum", "contact_persoon",
          "contactpersoonnaam", *ADDRESSES)
DEFAULTS: dict[str, Any] = {"toelichting": "", "contactpersoonnaam": "", "mijn_overheid": False, "faxnummer": "",
                            "emailadres": "", "telefoonnummer": ""}  # Open Zaak's blank CharFields


class Verzending(DocumentenDocument):
    PATH: ClassVar[str] = f"{ROOT}/verzendingen"
    informatieobject: str
    betrokkene: str
    aard_relatie: str
    toelichting: str = ""
    ontvangstdatum: str | None = None
    verzenddatum: str | None = None
    contact_persoon: str = ""
    contactpersoonnaam: str = ""
    # the address groups with the wire's camelCase keys
    binnenlands_correspondentieadres: dict[str, Any] | None = None
    buitenlands_correspondentieadres: dict[str, Any] | None = None
    correspondentie_postadres: dict[str, Any] | None = None
    faxnummer: str = ""
    emailadres: str = ""
    mijn_overheid: bool = False
    telefoonnummer: str = ""

    class Settings:
        name = "documenten_verzendingen"
        indexes = [IndexModel([("informatieobject", ASCENDING), ("_id", ASCENDING)]), IndexModel("betrokkene"),
                   IndexModel("aard_relatie")]


repo = Repository(Verzending, "Verzending")
ops = ChildOps(repo, RESOURCE)


def _filled(value: Any) -> bool:
    if isinstance(value, dict):
        return any(value.values())
    return bool(value)


def _check(values: dict[str, Any]) -> None:
    if sum(_filled(values.get(k)) for k in ADDRESSES) != 1:
        raise ValidationFailed.non_field("invalid-address",
                                         "Verzending must contain precisely one correspondentieadress")


def _stored(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


async def create(actor: Actor, data: dict[str, Any], render: Any) -> Verzending:
    _check(data)
    eio = await eio_of(data["informatieobject"])
    access.require(actor.policy, access.AANMAKEN, eio)
    values = {k: _stored(data[k]) for k in FIELDS if data.get(k) is not None}
    async with eio_lock(eio.id):
        doc = Verzending(informatieobject=eio.ref, **{**DEFAULTS, **values})
        await name(eio.id, "verzendingen", doc.id)  # named before written
        await repo.create(doc)
        await ops.record(actor, eio, "create", doc, 201, nieuw=await render(doc))
    return doc


async def update(actor: Actor, uuid: UUID, data: dict[str, Any], render: Any, *, partial: bool) -> Verzending:
    doc = await repo.get(uuid)
    eio = await eio_of(doc.informatieobject)
    access.require(actor.policy, access.BIJWERKEN, eio)
    target = await eio_of(data["informatieobject"]) if data.get("informatieobject") else eio
    if target.id != eio.id:
        access.require(actor.policy, access.BIJWERKEN, target)
    merged = {**{k: getattr(doc, k) for k in FIELDS}, **data} if partial else dict(data)
    _check(merged)
    async with eio_lock(eio.id), eio_lock(target.id):
        doc = await repo.get(uuid)
        oud = await render(doc)
        for key in FIELDS:
            if key in data or not partial:
                value = _stored(data.get(key))
                setattr(doc, key, DEFAULTS.get(key, value) if value is None else value)
        if target.id != eio.id:
            await name(target.id, "verzendingen", doc.id)
            doc.informatieobject = target.ref
        await repo.replace(doc)
        if target.id != eio.id:
            await unname(eio.id, "verzendingen", doc.id)
        await ops.record(actor, target, "partial_update" if partial else "update", doc, 200, oud=oud,
                         nieuw=await render(doc))
    return doc


async def delete(actor: Actor, uuid: UUID, render: Any) -> None:
    doc = await repo.get(uuid)
    eio = await eio_of(doc.informatieobject)
    access.require(actor.policy, access.VERWIJDEREN, eio)
    async with eio_lock(eio.id):
        doc = await repo.get(uuid)
        oud = await render(doc)
        await repo.delete(doc)
        await unname(eio.id, "verzendingen", doc.id)
        await ops.record(actor, eio, "destroy", doc, 204, oud=oud)


async def delete_for(eio: EnkelvoudigInformatieObject) -> None:
    """Delete every verzending of an informatieobject being deleted (its caller holds the EIO's lock)."""
    if eio.verzendingen:
        await Verzending.get_pymongo_collection().delete_many(by_ids(eio.verzendingen))
