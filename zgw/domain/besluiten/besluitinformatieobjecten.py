"""Besluitinformatieobjecten: a document that records a besluit, mirrored as an objectinformatieobject.

Rules (brc-003, brc-004, brc-005, brc-008 and Open Zaak's validators):
- the besluit exists (`does_not_exist`); the informatieobject exists here (`does_not_exist`) or in a
  registered Documenten API (fetched with its credentials; Open Zaak's `unknown-service`, `bad-url`,
  `invalid-resource`); the pair (besluit, informatieobject) is unique (`unique`);
- the informatieobject's informatieobjecttype is one of the besluittype's informatieobjecttypen
  (`missing-besluittype-informatieobjecttype-relation`);
- the mirror in the Documenten API is an objectinformatieobject with objectType `besluit` (whose aardRelatie
  is `legt_vast`, brc-004), written and removed with the link as one intent (see `links`); for a document
  elsewhere it is made in that API after the link is written, and removed after the link is
  (zgw.domain.services.besluit_links; `pending-relations`, nothing left half written, when it cannot be).
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from zgw.domain.besluiten import access, events, links
from zgw.domain.besluiten.documents import Besluit, BesluitInformatieObject, BesluitIntent
from zgw.domain.besluiten.locks import besluit_lock
from zgw.domain.besluiten.service import _audit, besluit_of_ref
from zgw.domain.catalogi import read as catalogue
from zgw.domain.catalogi.names import names_of
from zgw.domain.documenten import objectinformatieobjecten as oios
from zgw.domain.documenten.documents import EnkelvoudigInformatieObject
from zgw.domain.documenten.locks import eio_lock
from zgw.domain.errors import InvalidParam, NotFound, Problems, UrlRefused, ValidationFailed
from zgw.domain.repository import Repository, by_ids, combine, get_many
from zgw.domain.services import besluit_links, remote
from zgw.domain.zaken.subresources import Actor

RESOURCE = "besluitinformatieobject"
AARD_RELATIE = "legt_vast"
# fault injection for the crash test: ZGW_FAULT=between-bio-writes kills this process (SIGKILL) after the
# besluitinformatieobject is written, before its mirrored objectinformatieobject
_FAULT = os.environ.get("ZGW_FAULT", "")

repo = Repository(BesluitInformatieObject, "BesluitInformatieObject")
Render = Any  # async (BesluitInformatieObject) -> JSON body


async def of_besluit(besluit: Besluit) -> list[BesluitInformatieObject]:
    """The besluit's besluitinformatieobjecten, read by the ids it names (oldest first)."""
    found = [b for b in await get_many(BesluitInformatieObject, besluit.besluitinformatieobjecten)
             if b.besluit == besluit.ref]
    return sorted(found, key=lambda b: (b.aangemaakt, str(b.id)))


def _localized(url: str, url_of: Any) -> str:
    from zgw.domain.besluiten.service import _localized as localized

    return localized(url, url_of)


async def _informatieobjecttype_allowed(besluit: Besluit, eio: Document) -> bool:
    """brc-008: the informatieobjecttype is one of the besluittype's (by URL or by name); a besluittype or
    informatieobjecttype elsewhere is read from its Catalogi API (unreadable: not allowed)."""
    try:
        besluittype = await catalogue.get_besluittype(besluit.besluittype)
    except UrlRefused:
        return False
    if besluittype is None:
        return False
    if eio.informatieobjecttype in besluittype.informatieobjecttypen:
        return True
    try:
        iot = await catalogue.get_informatieobjecttype(eio.informatieobjecttype)
    except UrlRefused:
        return False
    return iot is not None and iot.catalogus == besluittype.catalogus and names_of(iot) in \
        besluittype.informatieobjecttypen


@dataclass(frozen=True)
class RemoteDocument:
    """A document in a registered external Documenten API, as the rules read it (fetched, shape-checked)."""

    ref: str                   # its URL
    informatieobjecttype: str  # a path when it is one of ours, else the URL it answers

    @property
    def id(self) -> str:  # the lock key
        return self.ref


Document = EnkelvoudigInformatieObject | RemoteDocument


async def resolve(data: dict[str, Any], besluit: Besluit | None = None, url_of: Any = None
                  ) -> tuple[Besluit, Document]:
    """The besluit and informatieobject of a new link, checked (before anything is written)."""
    problems = Problems()
    if besluit is None:
        besluit = await besluit_of_ref(data.get("besluit") or "")
        if besluit is None:
            problems.add("besluit", "does_not_exist", "Ongeldige hyperlink - Object bestaat niet.")
    ref = data.get("informatieobject") or ""
    eio: Document | None = None
    if remote.is_remote(ref):  # in a registered Documenten API: fetched with its credentials, shape-checked
        try:
            found = await besluit_links.fetch_informatieobject(ref)
        except ValidationFailed as refused:
            for p in refused.params:
                problems.add(p.name, p.code, p.reason)
        else:
            eio = RemoteDocument(ref, _localized(str(found["informatieobjecttype"]), url_of))
    else:
        eio = await oios.get_eio(ref)
        if eio is None:
            problems.add("informatieobject", "does_not_exist", "Ongeldige hyperlink - Object bestaat niet.")
    problems.raise_any()
    assert besluit is not None and eio is not None
    return besluit, eio


async def check_new(besluit: Besluit, eio: Document, others: Iterable[str] = ()) -> None:
    """Uniqueness of the pair (also within `others`, links about to be written) and brc-008."""
    taken = {b.informatieobject for b in await of_besluit(besluit)} | set(others)
    if eio.ref in taken:
        raise ValidationFailed([InvalidParam("nonFieldErrors", "unique",
                                             "De velden besluit, informatieobject moeten een unieke set zijn.")])
    if not await _informatieobjecttype_allowed(besluit, eio):
        raise ValidationFailed.non_field("missing-besluittype-informatieobjecttype-relation",
                                         "Het informatieobjecttype hoort niet bij het besluitype van het besluit.")


async def create(actor: Actor, data: dict[str, Any], render: Render, *, besluit: Besluit | None = None,
                 notify: bool = True) -> BesluitInformatieObject:
    """Link a document to a besluit and mirror the link in the Documenten API (brc-005); a document in a
    registered external Documenten API gets its objectinformatieobject there (after the local write)."""
    found, eio = await resolve(data, besluit, actor.url_of)
    elsewhere = isinstance(eio, RemoteDocument)
    async with besluit_lock(found.id), eio_lock(eio.id):
        current = await Besluit.get(found.id)
        if current is None:
            raise ValidationFailed.field("besluit", "does_not_exist", "Ongeldige hyperlink - Object bestaat niet.")
        access.require(actor.policy, access.AANMAKEN, current)
        key = links.pair_key(current.ref, eio.ref)
        if await BesluitIntent.get(key) is not None:  # an earlier attempt died: finish it first
            try:
                await links.settle_pending(key)
            except (RuntimeError, UrlRefused):
                raise besluit_links.pending("informatieobject", "Een eerdere relatie met dit informatieobject "
                                                                "wacht op de Documenten API.") from None
            current = await Besluit.get(found.id) or current
        await check_new(current, eio)
        bio = BesluitInformatieObject(besluit=current.ref, informatieobject=eio.ref, aangemaakt=links.now())
        intent = BesluitIntent(id=key, op="bio-create", besluit=current.id, bio=bio.id, informatieobject=eio.ref,
                               since=links.now(), besluit_url=actor.url_of(current.ref))
        await links.begin(intent)
        await Besluit.get_pymongo_collection().update_one(                 # named before written
            {"_id": current.id}, {"$addToSet": {"besluitinformatieobjecten": bio.id}})
        if not elsewhere:
            await oios.name(eio.id, "objectinformatieobjecten", oios.mirror_id(bio.id))  # type: ignore[arg-type]
        await bio.insert()
        if _FAULT == "between-bio-writes":
            os.kill(os.getpid(), signal.SIGKILL)
        if elsewhere:  # the objectinformatieobject in the document's own API, which checks back with us
            await _mirror_in_documenten_api(intent, bio)
        await links.settle(intent)                                           # the mirror, then the intent goes
        await _audit(actor, current, "create", 201, resource=RESOURCE, ref=bio.ref, weergave=str(bio.id),
                     nieuw=await render(bio))
        if notify:
            await events.notify(actor.outbox, current, actie="create", resource=RESOURCE, resource_ref=bio.ref,
                                url_of=actor.url_of)
    return bio


async def _mirror_in_documenten_api(intent: BesluitIntent, bio: BesluitInformatieObject) -> None:
    """POST the objectinformatieobject; when it fails the link is undone (pending-relations)."""
    made = await links.mirror_or_undo(
        intent, lambda: besluit_links.create_oio(bio.informatieobject, intent.besluit_url), undo="bio-delete",
        name="informatieobject", failed="De relatie kon niet in de Documenten API aangemaakt worden",
        what=f"objectinformatieobject of {bio.ref}")
    bio.remote_relatie = made
    await links.keep_remote_relatie(bio.id, made)


async def get_visible(uuid: UUID, actor: Actor, scope: Any = access.LEZEN) -> tuple[BesluitInformatieObject, Besluit]:
    bio = await repo.get(uuid)
    besluit = await besluit_of_ref(bio.besluit)
    if besluit is None:
        raise NotFound("BesluitInformatieObject niet gevonden.")
    access.require(actor.policy, scope, besluit)
    return bio, besluit


async def delete(actor: Actor, uuid: UUID, render: Render) -> None:
    """Unlink: the mirror goes first, then the besluitinformatieobject (brc-005/009), as one settled intent."""
    bio, besluit = await get_visible(uuid, actor, access.VERWIJDEREN)
    eio = oios.eio_id(bio.informatieobject)
    async with besluit_lock(besluit.id), eio_lock(eio or bio.informatieobject):
        bio = await repo.get(uuid)
        oud = await render(bio)
        intent = BesluitIntent(id=links.pair_key(besluit.ref, bio.informatieobject), op="bio-delete",
                               besluit=besluit.id, bio=bio.id, informatieobject=bio.informatieobject,
                               since=links.now(), besluit_url=actor.url_of(besluit.ref),
                               remote=bio.remote_relatie or "")
        kept = await BesluitInformatieObject.get_pymongo_collection().find_one({"_id": bio.id})
        await links.begin(intent)
        try:
            await links.settle(intent)
        except (RuntimeError, UrlRefused) as exc:  # the document's API did not drop its mirror: put it back
            await _put_back(kept, besluit)
            await links.done(intent)
            raise besluit_links.pending("informatieobject", "De relatie kon niet in de Documenten API "
                                                            f"verwijderd worden: {exc}") from None
        await _audit(actor, besluit, "destroy", 204, resource=RESOURCE, ref=bio.ref, weergave=str(bio.id), oud=oud)
        await events.notify(actor.outbox, besluit, actie="destroy", resource=RESOURCE, resource_ref=bio.ref,
                            url_of=actor.url_of)


async def _put_back(kept: dict[str, Any] | None, besluit: Besluit) -> None:
    if kept is None:
        return
    await Besluit.get_pymongo_collection().update_one(
        {"_id": besluit.id}, {"$addToSet": {"besluitinformatieobjecten": kept["_id"]}})
    await BesluitInformatieObject.get_pymongo_collection().replace_one({"_id": kept["_id"]}, kept, upsert=True)


async def list_query(actor: Actor, besluit_ref: str | None, eio_ref: str | None) -> dict[str, Any]:
    """With `besluit` the ids it names, with `informatieobject` the links its mirrors name (both key lookups);
    without either, the links of the besluiten the caller may read (a scan)."""
    condition: dict[str, Any] = {}
    if besluit_ref is not None:
        condition["besluit"] = besluit_ref
    if eio_ref is not None:
        condition["informatieobject"] = eio_ref
    if besluit_ref is not None:
        besluit = await besluit_of_ref(besluit_ref)
        if besluit is None or not access.may(actor.policy, access.LEZEN, besluit):
            return {"_id": {"$in": []}}
        return by_ids(besluit.besluitinformatieobjecten, condition)
    visible = access.list_filter(actor.policy)
    if eio_ref is not None and remote.is_remote(eio_ref):  # a document elsewhere: no mirrors here to follow
        return combine(condition, visible)
    if eio_ref is not None:
        eio = await oios.get_eio(eio_ref)
        if eio is None:
            return {"_id": {"$in": []}}
        mirrors = await get_many(oios.ObjectInformatieObject, eio.objectinformatieobjecten)
        ids = [m.bron for m in mirrors if m.object_type == "besluit" and m.bron is not None]
        if visible is not None:
            bios = await get_many(BesluitInformatieObject, ids)
            besluiten = {b.ref: b for b in await get_many(Besluit, [links_uuid(x.besluit) for x in bios])}
            ids = [x.id for x in bios if x.besluit in besluiten
                   and access.may(actor.policy, access.LEZEN, besluiten[x.besluit])]
        return by_ids(ids, condition)
    if visible is None:
        return condition
    refs = [f"{Besluit.PATH}/{row['_id']}" async for row in Besluit.get_pymongo_collection().find(visible, {"_id": 1})]
    return {**condition, "besluit": {"$in": refs}} if "besluit" not in condition else condition


def links_uuid(ref: str) -> UUID:
    try:
        return UUID(ref.rstrip("/").rsplit("/", 1)[-1])
    except ValueError:
        return UUID(int=0)
