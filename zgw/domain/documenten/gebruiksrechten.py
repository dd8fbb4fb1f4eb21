"""Gebruiksrechten of an informatieobject (drc-006): the first sets the informatieobject's
`indicatieGebruiksrecht` to true, deleting the last sets it back to null (as Open Zaak).

Each is authorised through its informatieobject (informatieobjecttype and vertrouwelijkheidaanduiding),
named in the EIO head's `gebruiksrechten` before it is written (so `?informatieobject=` reads by `_id`),
audited on the informatieobject's trail and notified on kanaal `documenten` (create, update, destroy).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar
from uuid import UUID

from pymongo import ASCENDING, IndexModel

from zgw.domain.documenten import access
from zgw.domain.documenten.documents import ROOT, DocumentenDocument, EIOVersie, EnkelvoudigInformatieObject
from zgw.domain.documenten.locks import eio_lock
from zgw.domain.documenten.objectinformatieobjecten import ChildOps, eio_of, name, require_same_eio, unname
from zgw.domain.repository import Repository, by_ids
from zgw.domain.zaken.subresources import Actor

RESOURCE = "gebruiksrechten"


class Gebruiksrechten(DocumentenDocument):
    PATH: ClassVar[str] = f"{ROOT}/gebruiksrechten"
    informatieobject: str
    startdatum: datetime
    einddatum: datetime | None = None
    omschrijving_voorwaarden: str

    class Settings:
        name = "documenten_gebruiksrechten"
        indexes = [IndexModel([("informatieobject", ASCENDING), ("_id", ASCENDING)]), IndexModel("startdatum"),
                   IndexModel("einddatum")]


repo = Repository(Gebruiksrechten, "Gebruiksrechten")
ops = ChildOps(repo, RESOURCE)
FIELDS = ("startdatum", "einddatum", "omschrijving_voorwaarden")


async def _indicatie(eio: EnkelvoudigInformatieObject, value: bool | None) -> None:
    """Set indicatieGebruiksrecht on the head and its current version (no new version, as Open Zaak)."""
    change = {"$set": {"indicatie_gebruiksrecht": value}}
    await EnkelvoudigInformatieObject.get_pymongo_collection().update_one({"_id": eio.id}, change)
    await EIOVersie.get_pymongo_collection().update_one({"_id": EIOVersie.key(eio.id, eio.versie)}, change)


async def create(actor: Actor, data: dict[str, Any], render: Any) -> Gebruiksrechten:
    eio = await eio_of(data["informatieobject"])
    access.require(actor.policy, access.AANMAKEN, eio)
    async with eio_lock(eio.id):
        eio = await eio_of(eio.ref)
        doc = Gebruiksrechten(informatieobject=eio.ref, **{k: data.get(k) for k in FIELDS})
        await name(eio.id, "gebruiksrechten", doc.id)  # named before written
        await repo.create(doc)
        if eio.indicatie_gebruiksrecht is not True:
            await _indicatie(eio, True)
        await ops.record(actor, eio, "create", doc, 201, nieuw=await render(doc))
    return doc


async def update(actor: Actor, uuid: UUID, data: dict[str, Any], render: Any, *, partial: bool) -> Gebruiksrechten:
    doc = await repo.get(uuid)
    eio = await eio_of(doc.informatieobject)
    access.require(actor.policy, access.BIJWERKEN, eio)
    require_same_eio(data, doc.informatieobject)
    async with eio_lock(eio.id):
        doc = await repo.get(uuid)
        oud = await render(doc)
        for key in FIELDS:
            if key in data or not partial:
                setattr(doc, key, data.get(key))
        await repo.replace(doc)
        await ops.record(actor, eio, "partial_update" if partial else "update", doc, 200, oud=oud,
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
        await unname(eio.id, "gebruiksrechten", doc.id)
        fresh = await eio_of(eio.ref)
        if not fresh.gebruiksrechten:  # the last one: unknown again (drc-006)
            await _indicatie(fresh, None)
        await ops.record(actor, eio, "destroy", doc, 204, oud=oud)


async def delete_for(eio: EnkelvoudigInformatieObject) -> None:
    """Delete every gebruiksrecht of an informatieobject being deleted (its caller holds the EIO's lock)."""
    if eio.gebruiksrechten:
        await Gebruiksrechten.get_pymongo_collection().delete_many(by_ids(eio.gebruiksrechten))
