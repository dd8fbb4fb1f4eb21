"""Zaakinformatieobjecten: a document that belongs to a zaak, mirrored as an objectinformatieobject.

Rules (zrc-003, zrc-004, zrc-005, zrc-017 and Open Zaak's validators):
- the informatieobject exists (`does_not_exist`); the pair (zaak, informatieobject) is unique (`unique`);
- its informatieobjecttype is one of the zaaktype's zaaktype-informatieobjecttypen
  (`missing-zaaktype-informatieobjecttype-relation`); a zaak being archived takes none
  (`zaak-archiefstatus-invalid`); a closed zaak needs zaken.geforceerd-bijwerken;
- `registratiedatum` and `aardRelatie` ("hoort_bij") are the server's; zaak and informatieobject never change
  (`wijzigen-niet-toegelaten`).

zrc-005, one logical operation over two documents that is never left half done. Every create or delete
of a link first writes an *intent* (`LinkIntent`, `_id` derived from the pair zaak + informatieobject),
then names the children before writing them (the zaak's `zaakinformatieobjecten`, the EIO head's
`objectinformatieobjecten`), writes the zaakinformatieobject (the leading side), then the mirrored
objectinformatieobject (its id derived from the zaakinformatieobject's, `mirror_id`), and last drops the
intent. `settle(intent)` finishes any intent idempotently: a create whose zaakinformatieobject exists is
rolled forward (the mirror written), one that never wrote it is rolled back (names and mirror dropped), a
delete is completed. A retry of the same pair settles first; the beat sweep settles intents whose writer
died (older than the lock's lifetime).
"""

from __future__ import annotations

import os
import signal
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar
from uuid import UUID, uuid5

from beanie import Document
from pydantic import Field
from pymongo import ASCENDING, DESCENDING, IndexModel

from zgw.domain import cloudevents
from zgw.domain.catalogi import read as catalogue
from zgw.domain.documenten import objectinformatieobjecten as oios
from zgw.domain.documenten.documents import EnkelvoudigInformatieObject
from zgw.domain.documenten.locks import eio_lock
from zgw.domain.errors import InvalidParam, ValidationFailed
from zgw.domain.repository import Repository, by_ids, get_many
from zgw.domain.services import links
from zgw.domain.services import links as links_remote
from zgw.domain.zaken import access
from zgw.domain.zaken.documents import ROOT, Status, Zaak, ZakenDocument
from zgw.domain.zaken.locks import LOCK_TIMEOUT, zaak_lock
from zgw.domain.zaken.subresources import Actor, aware, record, require, require_open, uuid_of, writing
from zgw.domain.zaken.touch import link, now, unlink

RESOURCE = "zaakinformatieobject"
AARD_RELATIE = "hoort_bij"
AARD_RELATIE_WEERGAVE = "Hoort bij, omgekeerd: kent"
INTENT_NAMESPACE = UUID("0b6f2a4c-93d1-4e55-8c7e-2a1f4d9b7c31")
IMMUTABLE = "Dit veld mag niet gewijzigd worden."
# fault injection for the crash test: ZGW_FAULT=between-zio-writes kills this process (SIGKILL) after the
# zaakinformatieobject is written, before its mirrored objectinformatieobject
_FAULT = os.environ.get("ZGW_FAULT", "")


class ZaakInformatieObject(ZakenDocument):
    PATH: ClassVar[str] = f"{ROOT}/zaakinformatieobjecten"
    zaak: str
    informatieobject: str  # the EIO's ref
    aard_relatie: str = AARD_RELATIE
    titel: str = ""
    beschrijving: str = ""
    registratiedatum: datetime
    vernietigingsdatum: datetime | None = None
    status: str | None = None
    remote_relatie: str | None = None  # a remote document's objectinformatieobject (zgw.domain.services.links)

    class Settings:
        name = "zaken_zaakinformatieobjecten"
        indexes = [IndexModel([("zaak", ASCENDING), ("registratiedatum", DESCENDING)]),
                   IndexModel("informatieobject")]


class LinkIntent(Document):
    """A link operation in progress (`_id` = `pair_key(zaak, informatieobject)`); gone when it is done."""

    id: UUID  # type: ignore[assignment]
    op: str  # "create" | "delete"
    zio: UUID
    zaak: str
    informatieobject: str
    since: datetime = Field(default_factory=now)
    zaak_url: str = ""  # the zaak's URL as a remote Documenten API knows it (a remote document's link)

    class Settings:
        name = "zaken_zio_intents"
        indexes = [IndexModel("since")]


DOCUMENTS: list[type[Document]] = [ZaakInformatieObject, LinkIntent]
repo = Repository(ZaakInformatieObject, "ZaakInformatieObject")


def _remote(ref: str) -> bool:
    return ref.startswith(("http://", "https://"))


def pair_key(zaak_ref: str, eio_ref: str) -> UUID:
    return uuid5(INTENT_NAMESPACE, f"{zaak_ref}|{eio_ref}")


def mirror_of(zio: ZaakInformatieObject) -> oios.ObjectInformatieObject:
    return oios.ObjectInformatieObject(id=oios.mirror_id(zio.id), informatieobject=zio.informatieobject,
                                       object=zio.zaak, object_type="zaak", bron=zio.id)


# --- the two-sided write -------------------------------------------------------------------------------


async def settle(intent: LinkIntent) -> str:
    """Finish an intent (callers hold the zaak's and the EIO's locks); returns what it did."""
    if _remote(intent.informatieobject):
        return await links.settle(intent)
    zaak_id = uuid_of(intent.zaak)
    eio = oios.eio_id(intent.informatieobject)
    mirror = oios.mirror_id(intent.zio)
    zio = await ZaakInformatieObject.get(intent.zio)
    if intent.op == "create" and zio is not None:
        if zaak_id:
            await link(zaak_id, "zaakinformatieobjecten", zio.id)
        if eio:
            await oios.name(eio, "objectinformatieobjecten", mirror)
        await oios.ensure(mirror_of(zio))
        done = "completed"
    else:
        await oios.discard(mirror)
        if eio:
            await oios.unname(eio, "objectinformatieobjecten", mirror)
        if zio is not None:
            await repo.delete(zio)
        if zaak_id:
            await unlink(zaak_id, "zaakinformatieobjecten", intent.zio)
        done = "removed" if intent.op == "delete" else "rolled back"
    await LinkIntent.get_pymongo_collection().delete_one({"_id": intent.id})
    return done


async def _settle_pair(zaak_ref: str, eio_ref: str) -> None:
    pending = await LinkIntent.get(pair_key(zaak_ref, eio_ref))
    if pending is not None:
        await settle(pending)


async def sweep(grace: float = LOCK_TIMEOUT + 5) -> int:
    """Settle the intents whose writer died (older than `grace` seconds); returns how many.

    Reads the whole intents collection (it holds only operations in progress: normally empty), then
    each intent by `_id` under its zaak's and EIO's locks.
    """
    cutoff = datetime.now(UTC) - timedelta(seconds=grace)
    stale = [LinkIntent.model_validate(d) async for d in
             LinkIntent.get_pymongo_collection().find({})]
    settled = 0
    for intent in stale:
        if aware(intent.since) > cutoff:
            continue
        zaak_id = uuid_of(intent.zaak)
        eio = oios.eio_id(intent.informatieobject)
        async with zaak_lock(str(zaak_id or intent.zaak)), eio_lock(eio or intent.informatieobject):
            fresh = await LinkIntent.get(intent.id)
            if fresh is not None:
                await settle(fresh)
                settled += 1
    return settled


# --- validation ----------------------------------------------------------------------------------------


async def _informatieobject(ref: str) -> EnkelvoudigInformatieObject:
    eio = await oios.get_eio(ref)
    if eio is None:
        raise ValidationFailed.field("informatieobject", "does_not_exist", "Ongeldige hyperlink - Object bestaat niet.")
    return eio


async def _status(ref: str | None) -> str | None:
    if not ref:
        return None
    status_id = uuid_of(ref) if ref.startswith(Status.PATH + "/") else None
    if status_id is None or await Status.get(status_id) is None:
        raise ValidationFailed.field("status", "does_not_exist", "Ongeldige hyperlink - Object bestaat niet.")
    return ref


async def of_zaak(zaak: Zaak) -> list[ZaakInformatieObject]:
    """The zaak's zaakinformatieobjecten, read by the ids it names."""
    return await get_many(ZaakInformatieObject, zaak.zaakinformatieobjecten)


async def informatieobjecttypen(zaaktype: str) -> set[str]:
    """The informatieobjecttypen of a zaaktype (its zaaktype-informatieobjecttypen; a remote one's list)."""
    return await catalogue.informatieobjecttypen_of(zaaktype)


async def _check_new(zaak: Zaak, eio: EnkelvoudigInformatieObject) -> None:
    problems: list[InvalidParam] = []
    if any(z.informatieobject == eio.ref for z in await of_zaak(zaak)):
        problems.append(InvalidParam("nonFieldErrors", "unique",
                                     "De velden zaak, informatieobject moeten een unieke set zijn."))
    elif eio.informatieobjecttype not in await informatieobjecttypen(zaak.zaaktype):
        problems.append(InvalidParam("nonFieldErrors", "missing-zaaktype-informatieobjecttype-relation",
                                     "Het informatieobjecttype hoort niet bij het zaaktype van de zaak."))
    if zaak.archiefstatus != "nog_te_archiveren":
        problems.append(InvalidParam("nonFieldErrors", "zaak-archiefstatus-invalid",
                                     "De huidige zaak archiefstatus staat dit request niet toe. Archiefstatus moet "
                                     "gelijk zijn aan 'nog_te_archiveren'"))
    if problems:
        raise ValidationFailed(problems)


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


# --- use cases -----------------------------------------------------------------------------------------


async def create(actor: Actor, data: dict[str, Any], render: Any) -> ZaakInformatieObject:
    """Link a document to a zaak and mirror the link in the Documenten API (zrc-005)."""
    if _remote(data["informatieobject"]):  # a document in a registered external Documenten API
        return await links.create(actor, data, render)  # type: ignore[no-any-return]
    async with writing(data["zaak"]) as zaak:
        require(actor, access.AANMAKEN | access.BIJWERKEN | access.GEFORCEERD_BIJWERKEN, zaak)
        eio = await _informatieobject(data["informatieobject"])
        async with eio_lock(eio.id):
            key = pair_key(zaak.ref, eio.ref)
            if await LinkIntent.get(key) is not None:  # an earlier attempt died: finish it first
                await _settle_pair(zaak.ref, eio.ref)
                zaak = await Zaak.get(zaak.id) or zaak
            await _check_new(zaak, eio)
            status = await _status(data.get("status"))
            require_open(actor, zaak)
            zio = ZaakInformatieObject(
                zaak=zaak.ref, informatieobject=eio.ref, titel=_text(data.get("titel")),
                beschrijving=_text(data.get("beschrijving")), registratiedatum=now(),
                vernietigingsdatum=data.get("vernietigingsdatum"), status=status)
            intent = LinkIntent(id=key, op="create", zio=zio.id, zaak=zaak.ref, informatieobject=eio.ref)
            await intent.insert()
            await link(zaak.id, "zaakinformatieobjecten", zio.id)          # named before written
            await oios.name(eio.id, "objectinformatieobjecten", oios.mirror_id(zio.id))
            await repo.create(zio)
            if _FAULT == "between-zio-writes":
                os.kill(os.getpid(), signal.SIGKILL)
            await settle(intent)                                            # the mirror, then the intent goes
            await record(actor, zaak, actie="create", resource=RESOURCE, ref=zio.ref, status=201,
                         nieuw=await render(zio, zaak), weergave=_weergave(zio))
    return zio


async def update(actor: Actor, uuid: UUID, data: dict[str, Any], render: Any, *, partial: bool
                 ) -> ZaakInformatieObject:
    current = await repo.get(uuid)
    async with writing(current.zaak) as zaak:
        zio = await repo.get(uuid)
        require(actor, access.BIJWERKEN | access.GEFORCEERD_BIJWERKEN, zaak)
        changed = [n for n in ("zaak", "informatieobject") if n in data and data[n] != getattr(zio, n)]
        if changed:
            raise ValidationFailed([InvalidParam(n, "wijzigen-niet-toegelaten", IMMUTABLE) for n in changed])
        if zaak.archiefstatus != "nog_te_archiveren":
            raise ValidationFailed.non_field("zaak-archiefstatus-invalid",
                                             "De huidige zaak archiefstatus staat dit request niet toe. "
                                             "Archiefstatus moet gelijk zijn aan 'nog_te_archiveren'")
        status = await _status(data.get("status")) if "status" in data else zio.status
        require_open(actor, zaak)
        oud = await render(zio, zaak)
        if not partial:
            data = {"titel": "", "beschrijving": "", "vernietigingsdatum": None, **data}
        if "titel" in data:
            zio.titel = _text(data["titel"])
        if "beschrijving" in data:
            zio.beschrijving = _text(data["beschrijving"])
        if "vernietigingsdatum" in data or not partial:
            zio.vernietigingsdatum = data.get("vernietigingsdatum")
        zio.status = status if ("status" in data or partial) else None
        await repo.replace(zio)
        await link(zaak.id, "zaakinformatieobjecten", zio.id)  # moves laatst_gemuteerd
        await record(actor, zaak, actie="partial_update" if partial else "update", resource=RESOURCE, ref=zio.ref,
                     status=200, oud=oud, nieuw=await render(zio, zaak), weergave=_weergave(zio), notify=False)
        await cloudevents.zaak_written(zaak, cloudevents.ZAAK_GEMUTEERD, actor.url_of)
    return zio


async def delete(actor: Actor, uuid: UUID, render: Any) -> None:
    """Unlink: the mirror goes first, then the zaakinformatieobject (zrc-005), as one settled intent."""
    current = await repo.get(uuid)
    async with writing(current.zaak) as zaak:
        zio = await repo.get(uuid)
        require(actor, access.BIJWERKEN | access.GEFORCEERD_BIJWERKEN | access.VERWIJDEREN, zaak)
        require_open(actor, zaak)
        if _remote(zio.informatieobject):
            await links.delete(actor, zio, zaak, render)
            await cloudevents.zaak_written(zaak, cloudevents.ZAAK_GEMUTEERD, actor.url_of)
            return
        eio = oios.eio_id(zio.informatieobject)
        async with eio_lock(eio or zio.informatieobject):
            oud = await render(zio, zaak)
            intent = LinkIntent(id=pair_key(zaak.ref, zio.informatieobject), op="delete", zio=zio.id,
                                zaak=zaak.ref, informatieobject=zio.informatieobject)
            await LinkIntent.get_pymongo_collection().replace_one(
                {"_id": intent.id}, intent.model_dump(by_alias=True), upsert=True)
            await settle(intent)
            await record(actor, zaak, actie="destroy", resource=RESOURCE, ref=zio.ref, status=204, oud=oud,
                         weergave=_weergave(zio), notify=False)
            await cloudevents.zaak_written(zaak, cloudevents.ZAAK_GEMUTEERD, actor.url_of)


def _weergave(zio: ZaakInformatieObject) -> str:
    return str(zio.id)


# --- reads ---------------------------------------------------------------------------------------------


async def list_query(actor: Actor, zaak_ref: str | None, eio_ref: str | None) -> dict[str, Any]:
    """The query of a list: with `zaak` the ids the zaak names, with `informatieobject` the ids the EIO's
    mirrors name (both key lookups); without either, the zaken the caller may read (a scan)."""
    from zgw.domain.zaken.subresources import zaak_filter

    ids: list[UUID] | None = None
    if zaak_ref is not None:
        zaak_id = uuid_of(zaak_ref) if zaak_ref.startswith(Zaak.PATH + "/") else None
        zaak = await Zaak.get(zaak_id) if zaak_id else None
        if zaak is None or not access.may(actor.policy, access.LEZEN, zaak):
            return {"_id": {"$in": []}}
        ids = list(zaak.zaakinformatieobjecten)
    if eio_ref is not None and _remote(eio_ref):  # a document elsewhere: the links that name it
        return by_ids(ids, {"informatieobject": eio_ref}) if ids is not None else {"informatieobject": eio_ref}
    if eio_ref is not None:
        eio = await oios.get_eio(eio_ref)
        mirrors = await get_many(oios.ObjectInformatieObject, eio.objectinformatieobjecten) if eio else []
        from_eio = [m.bron for m in mirrors if m.bron is not None and m.object_type == "zaak"]
        ids = from_eio if ids is None else [i for i in ids if i in set(from_eio)]
    if ids is not None:
        if zaak_ref is not None:
            return by_ids(ids, {"zaak": zaak_ref})
        if access.list_filter(actor.policy) is not None:  # a restricted caller: the zaken of these, by `_id`
            links = await get_many(ZaakInformatieObject, ids)
            zaken = {z.ref: z for z in await get_many(Zaak, [i for i in (uuid_of(x.zaak) for x in links) if i])}
            ids = [x.id for x in links
                   if x.zaak in zaken and access.may(actor.policy, access.LEZEN, zaken[x.zaak])]
        return by_ids(ids)
    return await zaak_filter(actor, None) or {}


async def check_closable(zaak: Zaak) -> None:
    """Closing a zaak (its eindstatus) needs every linked document unlocked (`informatieobject-locked`) and
    with `indicatieGebruiksrecht` set (`indicatiegebruiksrecht-unset`), as Open Zaak."""
    if not zaak.zaakinformatieobjecten:
        return
    links = await of_zaak(zaak)
    ids = [i for i in (oios.eio_id(z.informatieobject) for z in links) if i is not None]
    documents = await get_many(EnkelvoudigInformatieObject, ids)
    remote_docs = await links_remote.closing_state([z.informatieobject for z in links if _remote(z.informatieobject)])
    if any(d.lock for d in documents) or any(locked for locked, _ in remote_docs):
        raise ValidationFailed.non_field(
            "informatieobject-locked",
            "Er zijn gerelateerde informatieobjecten die nog gelocked zijn.Deze informatieobjecten moet eerst "
            "unlocked worden voordat de zaak afgesloten kan worden.")
    if any(d.indicatie_gebruiksrecht is None for d in documents) or any(unset for _, unset in remote_docs):
        raise ValidationFailed.non_field(
            "indicatiegebruiksrecht-unset",
            "Er zijn gerelateerde informatieobjecten waarvoor `indicatieGebruiksrecht` nog niet gespecifieerd is. "
            "Je moet deze zetten voor je de zaak kan afsluiten.")


async def delete_for_zaak(zaak: Zaak) -> None:
    """Remove every link of a zaak that is being deleted (mirrors first), under the zaak's lock."""
    for zio in await of_zaak(zaak):
        if _remote(zio.informatieobject):
            await links.drop_for_zaak(zaak, zio)
            continue
        eio = oios.eio_id(zio.informatieobject)
        async with eio_lock(eio or zio.informatieobject):
            await settle(LinkIntent(id=pair_key(zaak.ref, zio.informatieobject), op="delete", zio=zio.id,
                                    zaak=zaak.ref, informatieobject=zio.informatieobject))


async def precheck(actor: Actor, zaak_ref: str, informatieobjecttype: str | None) -> Zaak:
    """What creating a link to a document that does not exist yet would refuse (document_registreren validates
    everything before it writes): the zaak, the caller's rights on it, zrc-017, the archiefstatus, the closed zaak."""
    zaak_id = uuid_of(zaak_ref) if zaak_ref.startswith(Zaak.PATH + "/") else None
    zaak = await Zaak.get(zaak_id) if zaak_id else None
    if zaak is None:
        raise ValidationFailed.field("zaak", "does_not_exist", "Ongeldige hyperlink - Object bestaat niet.")
    require(actor, access.AANMAKEN | access.BIJWERKEN | access.GEFORCEERD_BIJWERKEN, zaak)
    if informatieobjecttype and informatieobjecttype not in await informatieobjecttypen(zaak.zaaktype):
        raise ValidationFailed.non_field("missing-zaaktype-informatieobjecttype-relation",
                                         "Het informatieobjecttype hoort niet bij het zaaktype van de zaak.")
    if zaak.archiefstatus != "nog_te_archiveren":
        raise ValidationFailed.non_field("zaak-archiefstatus-invalid",
                                         "De huidige zaak archiefstatus staat dit request niet toe. Archiefstatus moet "
                                         "gelijk zijn aan 'nog_te_archiveren'")
    require_open(actor, zaak)
    return zaak
