"""Enkelvoudiginformatieobject use cases: create, update (a new version), delete, lock, unlock, versions.

Input is domain data: snake_case keys, the informatieobjecttype as a stored ref (path, or a URL elsewhere),
dates as `date`. `inhoud` arrives as base64 text (decoded streaming into GridFS) or, for large files, as
bestandsdelen (`zgw.domain.documenten.bestandsdelen`). Every write holds the informatieobject's Redis lock.

Write order (no transactions on the store): content first, then the version document, then the head.
A failure undoes what came before it; a crash leaves at most unreferenced content (swept: pending GridFS
writes, abandoned bestandsdelen) or a version document the head does not count (overwritten by the retry).
"""

from __future__ import annotations

import bisect
import importlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from uuid import UUID, uuid4

from zgw.domain.audit import service as audit
from zgw.domain.autorisaties.policy import Policy
from zgw.domain.catalogi import read as catalogue
from zgw.domain.catalogi import remote as catalogi_remote
from zgw.domain.catalogi.documents import InformatieObjectType
from zgw.domain.documenten import access, bestandsdelen, content, events, identificatie, indexing
from zgw.domain.documenten.documents import EIOFields, EIOVersie, EnkelvoudigInformatieObject
from zgw.domain.documenten.locks import eio_lock
from zgw.domain.errors import NotFound, PermissionDenied, Problems, UrlRefused, ValidationFailed
from zgw.domain.notifications.service import Outbox
from zgw.domain.repository import Repository, by_ids

RESOURCE = "enkelvoudiginformatieobject"
RECEIVED_FORBIDDEN = ("in_bewerking", "ter_vaststelling")
VERSION_FIELDS = tuple(EIOFields.model_fields)

eios = Repository(EnkelvoudigInformatieObject, "EnkelvoudigInformatieObject")
_seq_redis: Any = None


@dataclass
class Actor:
    policy: Policy
    url_of: Callable[[str], str]
    upload_chunk_size: int = 4 * 1024**3  # DOCUMENTEN_UPLOAD_CHUNK_SIZE
    max_inhoud_size: int = 4 * 1024**3    # DOCUMENTEN_MAX_INHOUD_SIZE (decoded bytes of `inhoud`)


def now() -> datetime:
    """Now, at the store's precision (milliseconds), so a stored moment reads back equal."""
    moment = datetime.now(UTC)
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)


def _iso(value: Any) -> Any:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value.isoformat()
    return value


def _external(ref: str | None) -> bool:
    return bool(ref) and str(ref).startswith(("http://", "https://"))


async def get_visible(uuid: UUID, policy: Policy, scope: Any = access.LEZEN) -> EnkelvoudigInformatieObject:
    eio = await eios.get(uuid)
    access.require(policy, scope, eio)
    return eio


async def version(eio: EnkelvoudigInformatieObject, versie: int | None = None,
                  registratie_op: datetime | None = None) -> EIOFields:
    """The informatieobject as it was: a given `versie`, or the one registered at `registratie_op`."""
    if registratie_op is not None:
        moment = registratie_op if registratie_op.tzinfo else registratie_op.replace(tzinfo=UTC)
        stamps = [s if s.tzinfo else s.replace(tzinfo=UTC) for s in eio.registraties] or [eio.begin_registratie]
        at = bisect.bisect_right(stamps, moment)
        if at == 0:
            raise NotFound("Geen versie gevonden op dit moment.")
        chosen = at if versie is None else versie
        if versie is not None and versie > at:
            raise NotFound("Geen versie gevonden op dit moment.")
        versie = chosen
    if versie is None or versie == eio.versie:
        return eio
    found = await EIOVersie.get(EIOVersie.key(eio.id, versie))
    if found is None:
        raise NotFound("Versie niet gevonden.")
    return found


async def _informatieobjecttype(ref: str | None, problems: Problems) -> InformatieObjectType | None:
    """drc-001: it exists (here) and is published."""
    if _external(ref):  # in a registered external Catalogi API (zgw.domain.catalogi.remote), else unknown-service
        try:
            return await catalogi_remote.get(InformatieObjectType, str(ref), probe=False)
        except UrlRefused as refused:
            problems.add("informatieobjecttype", refused.code, refused.reason)
            return None
    iot = await catalogue.get_informatieobjecttype(ref)
    if iot is None:
        problems.add("informatieobjecttype", "does_not_exist", "Het informatieobjecttype bestaat niet.")
        return None
    if iot.concept:
        problems.add("informatieobjecttype", "not-published", "Het informatieobjecttype is nog niet gepubliceerd.")
    return iot


def _check(merged: dict[str, Any], has_gebruiksrechten: bool, problems: Problems, sent: set[str]) -> None:
    # drc-005: a received document is not in_bewerking / ter_vaststelling
    if merged.get("ontvangstdatum") and merged.get("status") in RECEIVED_FORBIDDEN:
        problems.add("status", "invalid_for_received",
                     "De statuswaarden `in_bewerking` en `ter_vaststelling` zijn niet van toepassing op "
                     "ontvangen documenten.")
    # drc-006: indicatieGebruiksrecht follows the gebruiksrechten, it is not set by hand
    if "indicatie_gebruiksrecht" in sent:
        value = merged.get("indicatie_gebruiksrecht")
        if value is True and not has_gebruiksrechten:
            problems.add("indicatieGebruiksrecht", "missing-gebruiksrechten",
                         "De indicatie moet op 'ja' gezet worden door `gebruiksrechten` aan te maken, dit kan "
                         "niet direct op deze resource.")
        elif value is not True and has_gebruiksrechten:
            problems.add("indicatieGebruiksrecht", "existing-gebruiksrechten",
                         "De indicatie kan niet weggehaald worden of ongespecifieerd zijn als er "
                         "Gebruiksrechten gedefinieerd zijn.")
    # 1.7.1: content that lapsed belongs to a definitive or archived document
    if merged.get("inhoud_is_vervallen") and merged.get("status") not in ("definitief", "gearchiveerd"):
        problems.add("inhoudIsVervallen", "invalid-status",
                     "De inhoud kan alleen vervallen zijn als de status `definitief` of `gearchiveerd` is.")
    if merged.get("ondertekening") and not (merged["ondertekening"].get("soort")
                                             and merged["ondertekening"].get("datum")) and any(
            merged["ondertekening"].values()):
        problems.add("ondertekening", "invalid", "Zowel `soort` als `datum` moeten opgegeven zijn.")


def _values(data: dict[str, Any]) -> dict[str, Any]:
    out = {k: _iso(v) for k, v in data.items() if k in VERSION_FIELDS}
    for key, value in list(out.items()):
        field = EIOFields.model_fields[key]
        if value is None and not field.is_required() and field.get_default(call_default_factory=True) is not None:
            out[key] = field.get_default(call_default_factory=True)
    return out


def version_owner(eio: UUID, versie: int) -> content.Owner:
    """The version document that is to name a file written for it (see content.write)."""
    return EIOVersie.get_pymongo_collection().name, EIOVersie.key(eio, versie)


async def _store_inhoud(text: str, actor: Actor, fields: dict[str, Any], owner: content.Owner) -> content.StoredFile:
    try:
        return await content.write(content.decode_base64(text), filename=fields.get("bestandsnaam") or "",
                                   content_type=fields.get("formaat") or "", limit=actor.max_inhoud_size,
                                   owner=owner)
    except content.TooLarge:
        raise ValidationFailed.field("inhoud", "file-too-large",
                                     f"Het bestand is groter dan {actor.max_inhoud_size} bytes; gebruik "
                                     "bestandsdelen.") from None
    except ValueError:
        raise ValidationFailed.field("inhoud", "invalid", "Het bestand is geen geldige base64.") from None


async def _next_seq() -> int:
    if _seq_redis is None:
        return int(now().timestamp() * 1000)
    return int(await _seq_redis.incr("zgw:documenten:seq"))


def configure(redis: Any) -> None:
    global _seq_redis
    _seq_redis = redis


async def create(data: dict[str, Any], inhoud: str | None, actor: Actor,
                 outbox: Outbox) -> EnkelvoudigInformatieObject:
    problems = Problems()
    iot = await _informatieobjecttype(data.get("informatieobjecttype"), problems)
    sent = {k for k, v in data.items() if v is not None}
    _check(data, False, problems, sent)
    problems.raise_any()
    assert iot is not None
    if not data.get("vertrouwelijkheidaanduiding"):  # drc-007
        data["vertrouwelijkheidaanduiding"] = iot.vertrouwelijkheidaanduiding
    probe = EnkelvoudigInformatieObject.model_construct(  # type: ignore[call-arg]
        informatieobjecttype=data["informatieobjecttype"],
        vertrouwelijkheidaanduiding=data["vertrouwelijkheidaanduiding"])
    access.require(actor.policy, access.AANMAKEN, probe)

    fields = _values(data)
    eio_id = uuid4()
    stored = await _store_inhoud(inhoud, actor, fields, version_owner(eio_id, 1)) if inhoud else None
    if stored is not None:
        fields["inhoud"] = stored.id
        fields["bestandsomvang"] = stored.length
    moment = now()
    fields.update(versie=1, begin_registratie=moment)
    try:
        fields["identificatie"] = await identificatie.claim(fields["bronorganisatie"], fields.get("identificatie", ""),
                                                            eio_id)
    except BaseException:
        if stored is not None:
            await content.delete(stored.id)
        raise
    eio = EnkelvoudigInformatieObject(id=eio_id, seq=await _next_seq(), registraties=[moment], **fields)
    large = stored is None and (fields.get("bestandsomvang") or 0) > 0
    try:
        async with eio_lock(eio.id), indexing.tracking(eio.id):  # the documenten index follows (marked first)
            if large:  # the large-file flow: the document is locked and answers its bestandsdelen
                eio.lock = secrets.token_hex(16)
                eio.bestandsdelen = await bestandsdelen.plan(eio, actor.upload_chunk_size)
            await events.notify(outbox, eio, actie="create", resource=RESOURCE, resource_ref=eio.ref,
                                url_of=actor.url_of)
            await EIOVersie(id=EIOVersie.key(eio.id, 1), eio=eio.id, **fields).save()
            await eio.insert()
    except BaseException:
        await _undo_create(eio, stored)
        raise
    if stored is not None:
        await content.settled(stored.id)
    return eio


async def _undo_create(eio: EnkelvoudigInformatieObject, stored: content.StoredFile | None) -> None:
    if stored is not None:
        await content.delete(stored.id)
    await bestandsdelen.drop(eio.bestandsdelen)
    await EIOVersie.get_pymongo_collection().delete_one({"_id": EIOVersie.key(eio.id, 1)})
    await identificatie.release(eio.bronorganisatie, eio.identificatie, eio.id)


def check_lock(eio: EnkelvoudigInformatieObject, lock: str | None) -> None:
    """drc-009: writes need the document's lock id."""
    if not eio.lock:
        raise ValidationFailed.non_field("unlocked", "Unlocked document can't be modified")
    if lock != eio.lock:
        raise ValidationFailed.non_field("incorrect-lock-id", "Incorrect lock ID.")


async def update(uuid: UUID, changes: dict[str, Any], inhoud: str | None, lock: str | None, actor: Actor,
                 outbox: Outbox, *, partial: bool) -> EnkelvoudigInformatieObject:
    """drc-010: every update is a new version (versie + 1, beginRegistratie now); unchanged content is shared."""
    async with eio_lock(uuid):
        current = await eios.get(uuid)
        access.require(actor.policy, access.BIJWERKEN, current)
        sent = set(changes)
        problems = Problems()
        if "informatieobjecttype" in changes and changes["informatieobjecttype"] != current.informatieobjecttype:
            iot = await _informatieobjecttype(changes["informatieobjecttype"], problems)
        else:
            iot = await catalogue.get_or_none(InformatieObjectType, current.informatieobjecttype)
        merged = {**current.model_dump(include=set(VERSION_FIELDS)), **changes}
        _check(merged, bool(current.gebruiksrechten), problems, sent)
        if "identificatie" in changes and changes["identificatie"] not in (None, "", current.identificatie):
            problems.add("identificatie", "wijzigen-niet-toegelaten", "Dit veld mag niet gewijzigd worden.")
        if "bronorganisatie" in changes and changes["bronorganisatie"] not in (None, current.bronorganisatie):
            problems.add("bronorganisatie", "wijzigen-niet-toegelaten", "Dit veld mag niet gewijzigd worden.")
        problems.raise_any()
        check_lock(current, lock)
        if "vertrouwelijkheidaanduiding" in changes and not changes["vertrouwelijkheidaanduiding"]:
            changes["vertrouwelijkheidaanduiding"] = iot.vertrouwelijkheidaanduiding if iot else \
                current.vertrouwelijkheidaanduiding
        values = _values({k: v for k, v in changes.items() if k not in ("identificatie", "bronorganisatie")})
        values = {k: v for k, v in values.items()
                  if not (v is None and EIOFields.model_fields[k].is_required())}
        target = current.model_copy(update=values)
        access.require(actor.policy, access.BIJWERKEN, target)

        stored = await _store_inhoud(inhoud, actor, {**merged, **values},
                                     version_owner(current.id, current.versie + 1)) if inhoud else None
        new_parts = False
        if stored is not None:
            values["inhoud"], values["bestandsomvang"] = stored.id, stored.length
        elif (values.get("bestandsomvang") or 0) > 0 and (
                ("inhoud" in sent) or values["bestandsomvang"] != current.bestandsomvang):
            values["inhoud"] = None  # the large-file flow again: parts until unlock joins them
            new_parts = True
        moment = now()
        versie = current.versie + 1
        fields = {**current.model_dump(include=set(VERSION_FIELDS)), **values, "versie": versie,
                  "begin_registratie": moment}
        old_parts = list(current.bestandsdelen)
        head = EnkelvoudigInformatieObject.model_validate({
            **current.model_dump(), **fields, "registraties": [*current.registraties, moment]})
        assert isinstance(head, EnkelvoudigInformatieObject)
        try:
            async with indexing.tracking(head.id):  # type / level may change: the documenten index follows
                if new_parts:
                    head.bestandsdelen = await bestandsdelen.plan(head, actor.upload_chunk_size)
                await events.notify(outbox, head, actie="partial_update" if partial else "update",
                                    resource=RESOURCE, resource_ref=head.ref, url_of=actor.url_of)
                await EIOVersie(id=EIOVersie.key(head.id, versie), eio=head.id, **fields).save()
                await head.replace()
        except BaseException:
            if stored is not None:
                await content.delete(stored.id)
            if new_parts:
                await bestandsdelen.drop(head.bestandsdelen)
            raise
        if stored is not None:
            await content.settled(stored.id)
        if new_parts:
            await bestandsdelen.drop(old_parts)
        return head


async def delete(uuid: UUID, actor: Actor, outbox: Outbox) -> EnkelvoudigInformatieObject:
    async with eio_lock(uuid):
        eio = await eios.get(uuid)
        access.require(actor.policy, access.VERWIJDEREN, eio)
        if eio.objectinformatieobjecten:  # drc-008
            raise ValidationFailed.non_field(
                "pending-relations", "All relations to the informatieobject should be deleted before deleting "
                                     "the document.")
        await events.notify(outbox, eio, actie="destroy", resource=RESOURCE, resource_ref=eio.ref,
                            url_of=actor.url_of)
        await remove(eio)
    return eio


async def remove(eio: EnkelvoudigInformatieObject) -> None:
    """Delete an informatieobject with everything of it, as ordered idempotent steps (a retry completes it):
    gebruiksrechten and verzendingen, bestandsdelen, the content of every version, the versions, the audit
    trail, the identificatie key, and last the head (while it exists the delete can be repeated)."""
    async with eio_lock(eio.id), indexing.tracking(eio.id):  # the documenten index drops it after the head
        await _remove(eio)


async def _remove(eio: EnkelvoudigInformatieObject) -> None:
    await _delete_children(eio)
    await bestandsdelen.drop(eio.bestandsdelen)
    keys = [EIOVersie.key(eio.id, n) for n in range(1, eio.versie + 1)]
    file_ids = {eio.inhoud} if eio.inhoud else set()
    for at in range(0, len(keys), 100):
        async for doc in EIOVersie.get_pymongo_collection().find(by_ids(keys[at:at + 100]), {"inhoud": 1}):
            if doc.get("inhoud"):
                file_ids.add(doc["inhoud"])
    for file_id in file_ids:
        await content.delete(file_id)
    await EIOVersie.get_pymongo_collection().delete_many(by_ids(keys))
    await audit.forget(eio.ref)
    await identificatie.release(eio.bronorganisatie, eio.identificatie, eio.id)
    await EnkelvoudigInformatieObject.get_pymongo_collection().delete_one({"_id": eio.id})


def _hook(module: str) -> Any:
    """`delete_for(eio)` of a sibling module (gebruiksrechten, verzendingen), when it exists."""
    try:
        found = importlib.import_module(f"zgw.domain.documenten.{module}")
    except ImportError:
        return None
    return getattr(found, "delete_for", None)


async def _delete_children(eio: EnkelvoudigInformatieObject) -> None:
    delete_for = _hook("gebruiksrechten")
    if delete_for is not None:
        await delete_for(eio)
    else:
        from zgw.core.db import DOCUMENT_MODELS

        names = {m.get_settings().name: m for m in DOCUMENT_MODELS}
        if eio.gebruiksrechten and "documenten_gebruiksrechten" in names:
            await names["documenten_gebruiksrechten"].get_pymongo_collection().delete_many(
                by_ids(eio.gebruiksrechten))
    verzendingen_delete = _hook("verzendingen")
    if verzendingen_delete is not None:
        await verzendingen_delete(eio)


async def lock(uuid: UUID, policy: Policy) -> str:
    async with eio_lock(uuid):
        eio = await eios.get(uuid)
        access.require(policy, access.LOCK, eio)
        if eio.lock:
            raise ValidationFailed.non_field("existing-lock", "Het document is al gelockt.")
        value = secrets.token_hex(16)
        await EnkelvoudigInformatieObject.get_pymongo_collection().update_one(
            {"_id": eio.id}, {"$set": {"lock": value}})
        return value


async def unlock(uuid: UUID, lock_id: str, policy: Policy, actor: Actor | None = None) -> EnkelvoudigInformatieObject:
    """drc-009: with the lock id, or without it for `documenten.geforceerd-unlock`; joins uploaded bestandsdelen."""
    async with eio_lock(uuid):
        eio = await eios.get(uuid)
        access.require(policy, access.LOCK, eio)
        forced = not lock_id
        if forced and not access.may(policy, access.GEFORCEERD_UNLOCK, eio):
            raise PermissionDenied("Unlocking is not allowed without the lock ID")
        if not forced and lock_id != eio.lock:
            raise ValidationFailed.non_field("incorrect-lock-id", "Incorrect lock ID.")
        update: dict[str, Any] = {"lock": ""}
        parts = await bestandsdelen.of(eio) if eio.bestandsdelen else []
        if parts and all(p.inhoud for p in parts):
            joined = await bestandsdelen.join(eio)
            update.update(inhoud=joined.id, bestandsomvang=joined.length, bestandsdelen=[])
            await EIOVersie.get_pymongo_collection().update_one(
                {"_id": EIOVersie.key(eio.id, eio.versie)},
                {"$set": {"inhoud": joined.id, "bestandsomvang": joined.length}})
        elif not eio.inhoud and (eio.bestandsomvang or 0) > 0:  # an upload not finished (or its parts swept)
            if not forced and any(p.inhoud for p in parts):
                await bestandsdelen.join(eio)  # names what is missing (incomplete-upload)
            if not forced:
                raise ValidationFailed.non_field("file-size", "Het bestand moet geüpload worden, of de "
                                                              "bestandsomvang moet 0 zijn.")
            # a forced unlock abandons the upload: this version has no content (as Open Zaak)
            update.update(bestandsomvang=None, bestandsdelen=[])
            await EIOVersie.get_pymongo_collection().update_one(
                {"_id": EIOVersie.key(eio.id, eio.versie)}, {"$set": {"bestandsomvang": None}})
        await EnkelvoudigInformatieObject.get_pymongo_collection().update_one({"_id": eio.id}, {"$set": update})
        if update.get("inhoud"):
            await content.settled(update["inhoud"])
        if eio.bestandsdelen:
            await bestandsdelen.drop(eio.bestandsdelen)
        for key, value in update.items():
            setattr(eio, key, value)
        return eio
