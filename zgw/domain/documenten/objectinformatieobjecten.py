"""Objectinformatieobjecten: the Documenten side of a zaak's (or besluit's) link to a document.

The relation is led by the other side (zaakinformatieobject, besluitinformatieobject): the Zaken API
writes the mirrored objectinformatieobject itself (zrc-005, see zgw.domain.zaken.zaakinformatieobjecten),
with an id derived from the leading relation's id (`mirror_id`), so a retry or the sweep finds it by `_id`.
As Open Zaak, a client's own POST only answers the mirror that already exists (`inconsistent-relation`
otherwise), and its DELETE is refused while the leading relation exists (`remote-relation-exists`).

The EIO head names its objectinformatieobjecten (`objectinformatieobjecten`, named before the document is
written): `?informatieobject=` reads them by `_id`. Writers of the head's id lists hold its `eio_lock`
(zgw.domain.documenten.locks, the lock every writer of the head takes).
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from typing import Any, ClassVar, Literal
from uuid import UUID, uuid4, uuid5

from beanie import Document
from pydantic import Field
from pymongo import ASCENDING, IndexModel
from pymongo.errors import DuplicateKeyError

from zgw.domain.autorisaties.policy import Policy
from zgw.domain.documenten.documents import ROOT, EnkelvoudigInformatieObject
from zgw.domain.documenten.locks import eio_lock
from zgw.domain.errors import ValidationFailed
from zgw.domain.repository import Repository, by_ids, combine
from zgw.domain.zaken.subresources import Actor

# a fixed namespace: the mirror of a leading relation has the same id on every run
MIRROR_NAMESPACE = UUID("5d0c8f1e-6f7b-4d3e-9a57-1f0c2b6e9a10")

ObjectType = Literal["zaak", "besluit", "verzoek"]


class ObjectInformatieObject(Document):
    PATH: ClassVar[str] = f"{ROOT}/objectinformatieobjecten"
    id: UUID = Field(default_factory=uuid4)  # type: ignore[assignment]
    informatieobject: str  # the EIO's ref
    object: str            # the zaak's / besluit's ref (a URL when remote)
    object_type: str
    bron: UUID | None = None  # the id of the leading relation (zaakinformatieobject, …)

    @property
    def ref(self) -> str:
        return f"{self.PATH}/{self.id}"

    class Settings:
        name = "documenten_objectinformatieobjecten"
        indexes = [IndexModel([("informatieobject", ASCENDING), ("object", ASCENDING)]), IndexModel("object"),
                   IndexModel("object_type")]


repo = Repository(ObjectInformatieObject, "ObjectInformatieObject")


def mirror_id(leading: UUID) -> UUID:
    """The id of the objectinformatieobject that mirrors a leading relation (zaakinformatieobject, …)."""
    return uuid5(MIRROR_NAMESPACE, str(leading))


def eio_id(ref: str) -> UUID | None:
    """The EIO's id from its ref ("/documenten/api/v1/enkelvoudiginformatieobjecten/<uuid>"), else None."""
    if not ref.startswith(EnkelvoudigInformatieObject.PATH + "/"):
        return None
    try:
        return UUID(ref.rstrip("/").rsplit("/", 1)[-1])
    except ValueError:
        return None


async def get_eio(ref: str) -> EnkelvoudigInformatieObject | None:
    found = eio_id(ref)
    return await EnkelvoudigInformatieObject.get(found) if found else None


# --- the EIO head's id lists ---------------------------------------------------------------------------

EioList = Literal["gebruiksrechten", "objectinformatieobjecten", "verzendingen"]


async def name(eio: UUID, field: EioList, item: UUID) -> None:
    """Name a child in the EIO head's list (before the child is written). Caller holds `eio_lock`."""
    await EnkelvoudigInformatieObject.get_pymongo_collection().update_one({"_id": eio}, {"$addToSet": {field: item}})


async def unname(eio: UUID, field: EioList, item: UUID) -> None:
    """Drop a child from the EIO head's list (after the child is deleted). Caller holds `eio_lock`."""
    await EnkelvoudigInformatieObject.get_pymongo_collection().update_one({"_id": eio}, {"$pull": {field: item}})


async def ensure(oio: ObjectInformatieObject) -> None:
    """Write the objectinformatieobject if it is not there yet (idempotent, by `_id`)."""
    collection = ObjectInformatieObject.get_pymongo_collection()
    if await collection.find_one({"_id": oio.id}, {"_id": 1}) is None:
        with suppress(DuplicateKeyError):  # a concurrent writer of the same id won: the document is there
            await oio.insert()


async def discard(oio: UUID) -> None:
    await ObjectInformatieObject.get_pymongo_collection().delete_one({"_id": oio})


# --- what gebruiksrechten, verzendingen and objectinformatieobjecten share --------------------------------


async def eio_of(ref: str, field: str = "informatieobject") -> EnkelvoudigInformatieObject:
    """The informatieobject a child names (`does_not_exist` on `field` when there is none)."""
    found = await get_eio(ref)
    if found is None:
        raise ValidationFailed.field(field, "does_not_exist", "Ongeldige hyperlink - Object bestaat niet.")
    return found


def require_same_eio(data: dict[str, Any], current: str) -> None:
    """A child's informatieobject never changes (`wijzigen-niet-toegelaten`)."""
    if "informatieobject" in data and data["informatieobject"] != current:
        raise ValidationFailed.field("informatieobject", "wijzigen-niet-toegelaten",
                                     "Dit veld mag niet gewijzigd worden.")


@dataclass
class ChildOps:
    """Audit (on the informatieobject's trail) and notification (kanaal documenten) of one kind of child."""

    repo: Repository[Any]
    resource: str
    notify: bool = True

    async def record(self, actor: Actor, eio: EnkelvoudigInformatieObject, actie: str, doc: Any, status: int, *,
                     oud: Any = None, nieuw: Any = None) -> None:
        from zgw.domain.audit import service as audit
        from zgw.domain.documenten import events

        await audit.record(actor.principal, audit.AuditEntry(
            bron="drc", actie=actie, resultaat=status, hoofd_object=actor.url_of(eio.ref), hoofd_object_ref=eio.ref,
            resource=self.resource, resource_url=actor.url_of(doc.ref), resource_weergave=str(doc.id), oud=oud,
            nieuw=nieuw, toelichting=actor.toelichting))
        if self.notify and actor.outbox is not None:
            await events.notify(actor.outbox, eio, actie=actie, resource=self.resource, resource_ref=doc.ref,
                                url_of=actor.url_of)


async def visible_query(policy: Policy, eio_ref: str | None, list_field: EioList, *filters: dict[str, Any] | None
                        ) -> dict[str, Any]:
    """The query of a child list: with `informatieobject` the ids its head names (a key lookup); otherwise the
    children of the informatieobjecten the caller may read (for a restricted caller the informatieobjecten
    are selected first, a scan; the children filter scans too)."""
    from zgw.domain.documenten import access

    if eio_ref is not None:
        eio = await get_eio(eio_ref)
        if eio is None or not access.may(policy, access.LEZEN, eio):
            return {"_id": {"$in": []}}
        return by_ids(getattr(eio, list_field), *filters)
    condition = access.list_filter(policy)
    if condition is None:
        return combine(*filters)
    collection = EnkelvoudigInformatieObject.get_pymongo_collection()
    refs = [f"{EnkelvoudigInformatieObject.PATH}/{row['_id']}" async for row in collection.find(condition, {"_id": 1})]
    return combine(*filters, {"informatieobject": {"$in": refs}})


# --- the Documenten API's own objectinformatieobjecten endpoints -------------------------------------------

ops = ChildOps(repo, "objectinformatieobject", notify=False)  # Open Zaak audits them, it does not notify


async def _leading_exists(oio: ObjectInformatieObject) -> bool:
    """Whether the relation that leads this mirror (a zaakinformatieobject, …) still exists."""
    if oio.object_type == "zaak" and oio.bron is not None:
        from zgw.domain.zaken.zaakinformatieobjecten import ZaakInformatieObject

        return await ZaakInformatieObject.get(oio.bron) is not None
    if oio.object_type == "besluit" and oio.bron is not None:
        from zgw.domain.besluiten.documents import BesluitInformatieObject

        return await BesluitInformatieObject.get(oio.bron) is not None
    return False


async def create(actor: Actor, data: dict[str, Any], render: Any) -> ObjectInformatieObject:
    """A client's own POST: as Open Zaak, the mirror of a local relation exists already (its leading side
    wrote it) and is answered; without the relation on the object's side: `inconsistent-relation`."""
    from zgw.domain.documenten import access
    from zgw.domain.repository import get_many

    if data["object"].startswith(("http://", "https://")):  # a zaak in another Zaken API (zgw.domain.services)
        from zgw.domain.services import links

        return await links.create_oio_for_remote_object(actor, data, render)  # type: ignore[no-any-return]
    eio = await eio_of(data["informatieobject"])
    access.require(actor.policy, access.AANMAKEN, eio)
    mirrors = await get_many(ObjectInformatieObject, eio.objectinformatieobjecten)
    found = next((m for m in mirrors if m.object == data["object"] and m.object_type == data["object_type"]), None)
    if found is None:
        raise ValidationFailed.non_field("inconsistent-relation",
                                         "Het informatieobject is in de bron van het object nog niet gerelateerd aan "
                                         "het object.")
    await ops.record(actor, eio, "create", found, 201, nieuw=await render(found))
    return found


async def delete(actor: Actor, uuid: UUID, render: Any) -> None:
    """Only once the leading relation is gone (`remote-relation-exists` before), as Open Zaak."""
    from zgw.domain.documenten import access

    oio = await repo.get(uuid)
    eio = await eio_of(oio.informatieobject)
    access.require(actor.policy, access.VERWIJDEREN, eio)
    if oio.object.startswith(("http://", "https://")):  # its zaak's own Zaken API must have dropped the link
        from zgw.domain.services import links

        await links.check_remote_delete(actor, oio, eio)
    elif await _leading_exists(oio):
        raise ValidationFailed.non_field("remote-relation-exists",
                                         "De relatie bestaat nog in de bron van het object; verwijder die eerst.")
    async with eio_lock(eio.id):
        oud = await render(oio)
        await discard(oio.id)
        await unname(eio.id, "objectinformatieobjecten", oio.id)
        await ops.record(actor, eio, "destroy", oio, 204, oud=oud)


async def _readable(policy: Policy, ids: list[UUID]) -> list[UUID]:
    """Those of these objectinformatieobjecten whose informatieobject the caller may read (all by `_id`)."""
    from zgw.domain.documenten import access
    from zgw.domain.repository import get_many

    if access.list_filter(policy) is None:
        return ids
    mirrors = await get_many(ObjectInformatieObject, ids)
    refs = {m.informatieobject for m in mirrors}
    eios = {e.ref: e for e in await get_many(EnkelvoudigInformatieObject,
                                             [i for i in (eio_id(r) for r in refs) if i])}
    return [m.id for m in mirrors
            if m.informatieobject in eios and access.may(policy, access.LEZEN, eios[m.informatieobject])]


async def list_query(policy: Policy, eio_ref: str | None, object_ref: str | None) -> dict[str, Any]:
    """`informatieobject`: the ids its head names; `object` of a local zaak: the mirrors of the links the zaak
    names (both key lookups); any other `object`: a scan of the collection."""
    if object_ref is not None and eio_ref is None:
        from zgw.domain.zaken.documents import Zaak
        from zgw.domain.zaken.subresources import uuid_of

        zaak_id = uuid_of(object_ref) if object_ref.startswith(Zaak.PATH + "/") else None
        zaak = await Zaak.get(zaak_id) if zaak_id else None
        if zaak is not None:
            ids = [mirror_id(i) for i in zaak.zaakinformatieobjecten]
            return by_ids(await _readable(policy, ids), {"object": object_ref})
        from zgw.domain.besluiten.service import besluit_of_ref

        besluit = await besluit_of_ref(object_ref)
        if besluit is not None:  # a local besluit: the mirrors of the links it names
            ids = [mirror_id(i) for i in besluit.besluitinformatieobjecten]
            return by_ids(await _readable(policy, ids), {"object": object_ref})
    condition = {"object": object_ref} if object_ref is not None else None
    return await visible_query(policy, eio_ref, "objectinformatieobjecten", condition)


async def eio_ids_for(object: str | None = None, object_type: str | None = None) -> set[UUID]:
    """The informatieobjecten with an objectinformatieobject on `object` (its URL or ref) and/or of
    `object_type` (the EIO list filters `objectinformatieobjecten__object` / `__objectType`).

    A local zaak is a key lookup (the mirrors of the links it names); any other object, and `object_type`
    alone, read the whole objectinformatieobjecten collection on the embedded store."""
    from urllib.parse import urlsplit

    from zgw.domain.repository import get_many
    from zgw.domain.zaken.documents import Zaak
    from zgw.domain.zaken.subresources import uuid_of

    ref = None if object is None else (urlsplit(object).path.rstrip("/") if object.startswith("http") else object)
    found: list[ObjectInformatieObject]
    if ref is not None and ref.startswith(Zaak.PATH + "/"):
        zaak_id = uuid_of(ref)
        zaak = await Zaak.get(zaak_id) if zaak_id else None
        ids = [mirror_id(i) for i in zaak.zaakinformatieobjecten] if zaak else []
        found = [m for m in await get_many(ObjectInformatieObject, ids) if m.object == ref]
    elif ref is not None and ref.startswith("/besluiten/api/v1/besluiten/"):
        from zgw.domain.besluiten.service import besluit_of_ref

        besluit = await besluit_of_ref(ref)  # a local besluit: the mirrors of the links it names
        ids = [mirror_id(i) for i in besluit.besluitinformatieobjecten] if besluit else []
        found = [m for m in await get_many(ObjectInformatieObject, ids) if m.object == ref]
    else:
        condition: dict[str, Any] = {}
        if object is not None:
            condition["object"] = {"$in": sorted({object, ref or object})}
        found = await repo.list(condition)
    return {i for i in (eio_id(m.informatieobject) for m in found
                        if object_type is None or m.object_type == object_type) if i is not None}
