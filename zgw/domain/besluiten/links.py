"""Writes of a besluit that span documents, never left half done (brc-005, brc-006, brc-009).

Same design as the zaak–document link (zgw.domain.zaken.zaakinformatieobjecten): every such write first
stores an *intent* (`BesluitIntent`, its `_id` derived from what it is about), then names the children
before writing them, writes the leading document, then the mirrored ones, and last drops the intent.
`settle(intent)` finishes any intent idempotently:

- `besluit-create`: the besluit exists -> its zaakbesluit is written (rolled forward); it was never written
  -> its name in the zaak's besluiten, its zaakbesluit and its identificatie key are dropped (rolled back);
- `bio-create`: the besluitinformatieobject (and its besluit) exist -> the mirrored objectinformatieobject
  is written; else names, mirror and the link are dropped;
- `bio-delete`: mirror, names and link are dropped;
- `besluit-delete` (brc-009): every besluitinformatieobject with its mirror, the zaakbesluit, the zaak's
  name of it, the audit trail and the identificatie key go, the besluit last;
- `verwerken` (besluit_verwerken, all or nothing): a request that did not finish is undone as a delete.

Across APIs (a zaak or document in a registered external API, zgw.domain.services.besluit_links) the
mirror is the zaakbesluit / objectinformatieobject there, made after the local write and removed after the
local delete; `settle` raises RuntimeError (UrlRefused) while that API does not answer, leaving the intent.

A retry of the same write settles its intent first; beat's sweep (`sweep`) settles the intents whose writer
died (older than the locks' lifetime). Callers of `settle` hold the besluit's lock (and the zaak's / the
informatieobject's where those are written).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from contextlib import AsyncExitStack
from datetime import UTC, datetime, timedelta
from uuid import UUID, uuid5

from zgw.domain.besluiten import zaakbesluiten
from zgw.domain.besluiten.documents import Besluit, BesluitIdentificatie, BesluitInformatieObject, BesluitIntent
from zgw.domain.besluiten.locks import LOCK_TIMEOUT, besluit_lock
from zgw.domain.documenten import objectinformatieobjecten as oios
from zgw.domain.documenten.locks import eio_lock
from zgw.domain.errors import Conflict, UrlRefused
from zgw.domain.services import besluit_links, remote
from zgw.domain.zaken.locks import zaak_lock
from zgw.domain.zaken.subresources import aware

logger = logging.getLogger(__name__)

INTENT_NAMESPACE = UUID("3c9e1b7a-5d2f-4a80-b6e4-8f1d0c2a9e63")


def besluit_key(besluit: UUID) -> UUID:
    return uuid5(INTENT_NAMESPACE, f"besluit|{besluit}")


def verwerken_key(besluit: UUID) -> UUID:
    return uuid5(INTENT_NAMESPACE, f"verwerken|{besluit}")


def pair_key(besluit_ref: str, eio_ref: str) -> UUID:
    return uuid5(INTENT_NAMESPACE, f"{besluit_ref}|{eio_ref}")


def mirror_of(bio: BesluitInformatieObject) -> oios.ObjectInformatieObject:
    return oios.ObjectInformatieObject(id=oios.mirror_id(bio.id), informatieobject=bio.informatieobject,
                                       object=bio.besluit, object_type="besluit", bron=bio.id)


def now() -> datetime:
    stamp = datetime.now(UTC)
    return stamp.replace(microsecond=stamp.microsecond // 1000 * 1000)


async def begin(intent: BesluitIntent) -> None:
    """Store (or overwrite) an intent before the writes it covers."""
    await BesluitIntent.get_pymongo_collection().replace_one(
        {"_id": intent.id}, intent.model_dump(by_alias=True), upsert=True)


async def done(intent: BesluitIntent) -> None:
    await BesluitIntent.get_pymongo_collection().delete_one({"_id": intent.id})


async def _unlink_bio(bio_id: UUID, besluit: UUID, eio_ref: str) -> None:
    """Drop one link with its mirror: mirror, the informatieobject's name of it, the link, the besluit's name."""
    mirror = oios.mirror_id(bio_id)
    await oios.discard(mirror)
    eio = oios.eio_id(eio_ref)
    if eio:
        await oios.unname(eio, "objectinformatieobjecten", mirror)
    await BesluitInformatieObject.get_pymongo_collection().delete_one({"_id": bio_id})
    await Besluit.get_pymongo_collection().update_one({"_id": besluit},
                                                      {"$pull": {"besluitinformatieobjecten": bio_id}})


def besluit_url(intent: BesluitIntent) -> str:
    """The besluit's own URL (kept on the intent by the request; OPENZAAK_DOMAIN's in the sweep)."""
    return intent.besluit_url or besluit_links.absolute(f"{Besluit.PATH}/{intent.besluit}")


async def _settle_besluit_create(intent: BesluitIntent) -> str:
    besluit = await Besluit.get(intent.besluit)
    if besluit is not None:
        if besluit.zaak and not remote.is_remote(besluit.zaak):
            await zaakbesluiten.name(besluit.zaak, besluit.id)
            await zaakbesluiten.ensure(besluit)
        elif besluit.zaak and besluit.remote_zaakbesluit is None:  # the zaakbesluit in the zaak's own API
            made = await besluit_links.create_zaakbesluit(besluit.zaak, besluit_url(intent), look_first=True)
            await keep_remote_zaakbesluit(besluit.id, made)
        return "completed"
    await zaakbesluiten.discard(intent.besluit)
    if intent.zaak:
        await zaakbesluiten.unname(intent.zaak, intent.besluit)
    if intent.identificatie_key:
        await BesluitIdentificatie.get_pymongo_collection().delete_one(
            {"_id": intent.identificatie_key, "besluit": intent.besluit})
    if remote.is_remote(intent.zaak):  # one made by an attempt that did not hear the answer
        await besluit_links.remove_zaakbesluit(intent.zaak, besluit_url(intent), intent.remote or None)
    return "rolled back"


async def mirror_or_undo(intent: BesluitIntent, create: Callable[[], Awaitable[str]], *, undo: str, name: str,
                         failed: str, what: str) -> str:
    """Create the mirror in the other API (`create` answers its URL). When that fails the local write is
    undone by settling the intent as `undo` (what the sweep cannot finish now it finishes later) and the
    request answers `pending-relations` on field `name` ("`failed`: <why>"); `what` names it in the log."""
    try:
        return await create()
    except RuntimeError as exc:
        intent.op = undo
        await begin(intent)
        try:
            await settle(intent)
        except (RuntimeError, UrlRefused) as again:
            logger.warning("%s left to the sweep: %s", what, again)
        raise besluit_links.pending(name, f"{failed}: {exc}") from None


async def keep_remote_zaakbesluit(besluit: UUID, url: str) -> None:
    await Besluit.get_pymongo_collection().update_one({"_id": besluit}, {"$set": {"remote_zaakbesluit": url}})


async def keep_remote_relatie(bio: UUID, url: str) -> None:
    await BesluitInformatieObject.get_pymongo_collection().update_one({"_id": bio}, {"$set": {"remote_relatie": url}})


async def _settle_bio(intent: BesluitIntent) -> str:
    assert intent.bio is not None
    bio = await BesluitInformatieObject.get(intent.bio)
    besluit = await Besluit.get(intent.besluit)
    elsewhere = remote.is_remote(intent.informatieobject)
    if intent.op == "bio-create" and bio is not None and besluit is not None:
        await Besluit.get_pymongo_collection().update_one(
            {"_id": besluit.id}, {"$addToSet": {"besluitinformatieobjecten": bio.id}})
        if elsewhere:  # the objectinformatieobject in the document's own API
            if bio.remote_relatie is None:
                made = await besluit_links.create_oio(bio.informatieobject, besluit_url(intent), look_first=True)
                await keep_remote_relatie(bio.id, made)
            return "completed"
        eio = oios.eio_id(bio.informatieobject)
        if eio:
            await oios.name(eio, "objectinformatieobjecten", oios.mirror_id(bio.id))
        await oios.ensure(mirror_of(bio))
        return "completed"
    await _unlink_bio(intent.bio, intent.besluit, intent.informatieobject)
    if elsewhere:  # after the local link: the document's API checks with us that it is gone
        await besluit_links.remove_oio(intent.informatieobject, besluit_url(intent), intent.remote or None)
    return "removed" if intent.op == "bio-delete" else "rolled back"


async def _settle_besluit_delete(intent: BesluitIntent) -> str:
    from zgw.domain.audit import service as audit

    besluit = await Besluit.get(intent.besluit)
    if besluit is not None:  # the besluit goes last: everything else went before it
        bios = await _bios(besluit)
        # the mirrors in other APIs are removed after the local writes: kept on the intent first
        elsewhere = [{"informatieobject": b.informatieobject, "relatie": b.remote_relatie or ""} for b in bios
                     if remote.is_remote(b.informatieobject)]
        if any(x not in intent.remote_links for x in elsewhere) or (besluit.remote_zaakbesluit or "") != intent.remote:
            intent.remote_links = [*intent.remote_links, *[x for x in elsewhere if x not in intent.remote_links]]
            intent.remote = besluit.remote_zaakbesluit or intent.remote
            await begin(intent)
        for bio in bios:
            eio = oios.eio_id(bio.informatieobject)
            async with eio_lock(eio or bio.informatieobject):
                await _unlink_bio(bio.id, besluit.id, bio.informatieobject)
        await zaakbesluiten.discard(besluit.id)
        if besluit.zaak:
            await zaakbesluiten.unname(besluit.zaak, besluit.id)
        await audit.forget(besluit.ref)
        await BesluitIdentificatie.get_pymongo_collection().delete_one(
            {"_id": BesluitIdentificatie.key(besluit.verantwoordelijke_organisatie, besluit.identificatie),
             "besluit": besluit.id})
        await Besluit.get_pymongo_collection().delete_one({"_id": besluit.id})
    for gone in intent.remote_links:  # the other APIs check with us that our side is gone
        await besluit_links.remove_oio(gone["informatieobject"], besluit_url(intent), gone.get("relatie") or None)
    if remote.is_remote(intent.zaak):
        await besluit_links.remove_zaakbesluit(intent.zaak, besluit_url(intent), intent.remote or None)
    return "removed"


async def _bios(besluit: Besluit) -> list[BesluitInformatieObject]:
    from zgw.domain.repository import get_many

    return [b for b in await get_many(BesluitInformatieObject, besluit.besluitinformatieobjecten)
            if b.besluit == besluit.ref]


async def settle(intent: BesluitIntent) -> str:
    """Finish an intent; returns what it did."""
    if intent.op == "besluit-create":
        outcome = await _settle_besluit_create(intent)
    elif intent.op in ("besluit-delete", "verwerken"):  # a verwerken left unfinished is undone: all or nothing
        outcome = await _settle_besluit_delete(intent)
    else:
        outcome = await _settle_bio(intent)
    await done(intent)
    return outcome


async def settle_pending(key: UUID) -> None:
    """Settle the intent under `key` if an earlier attempt left one (callers hold the locks)."""
    pending = await BesluitIntent.get(key)
    if pending is not None:
        await settle(pending)


async def sweep(grace: float = LOCK_TIMEOUT + 5) -> int:
    """Settle the intents whose writer died (older than `grace` seconds); returns how many.

    Reads the whole intents collection (only operations in progress: normally empty), then each intent by
    `_id` again under its locks.
    """
    cutoff = datetime.now(UTC) - timedelta(seconds=grace)
    stale = [BesluitIntent.model_validate(d) async for d in BesluitIntent.get_pymongo_collection().find({})]
    settled = 0
    for intent in stale:
        if aware(intent.since) > cutoff:
            continue
        zaak = zaakbesluiten.zaak_uuid(intent.zaak) if intent.zaak else None  # a local zaak's lock only
        eio = oios.eio_id(intent.informatieobject) if intent.informatieobject else None
        try:
            async with AsyncExitStack() as stack:
                if zaak is not None:
                    await stack.enter_async_context(zaak_lock(str(zaak)))
                await stack.enter_async_context(besluit_lock(intent.besluit))
                if eio is not None:
                    await stack.enter_async_context(eio_lock(eio))
                fresh = await BesluitIntent.get(intent.id)
                if fresh is not None:
                    await settle(fresh)
                    settled += 1
        except Conflict:  # a lock of the dead writer still lives: the next sweep takes this one
            continue
        except (RuntimeError, UrlRefused) as exc:  # another API does not answer: the intent waits for it
            logger.warning("besluit intent %s (%s) waits: %s", intent.id, intent.op, exc)
            continue
    return settled
