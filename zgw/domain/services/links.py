"""zrc-005 across two APIs: a zaak here, its document in an external Documenten API (a registered drc).

This side (the Zaken API) leads, as Open Zaak: the zaakinformatieobject is written first (under a
`LinkIntent`, as for a local document), then the objectinformatieobject is created in the remote
Documenten API with the service's credentials, and its URL kept on the zaakinformatieobject. When the
remote call fails, the local write is undone and the request answers `pending-relations`; a remote
relation that may have been made anyway (a timeout) is looked up and deleted, or left to the intent sweep.
Deleting removes the local link first, then the remote one; a failing remote delete puts the link back.
`settle` (the retry of a pair, the beat sweep) finishes what a killed writer left: never an orphan on
either side once the remote API answers again.

The other side (a Documenten API whose objectinformatieobject points at a zaak elsewhere) is
`create_oio_for_remote_object` / `check_remote_delete`: the relation must exist in the object's Zaken API
(a registered zrc), read with its credentials (`inconsistent-relation`, `remote-relation-exists`).
"""

from __future__ import annotations

import logging
import os
import signal
from typing import Any
from urllib.parse import urlsplit
from uuid import UUID, uuid5

from zgw.domain.errors import InvalidParam, UrlRefused, ValidationFailed
from zgw.domain.services import client, remote

logger = logging.getLogger(__name__)

REMOTE_OIO_NAMESPACE = UUID("8e1c6a52-3f0d-4b8e-a7d9-5c2e41f6b903")
PENDING = "pending-relations"


def _pending(message: str) -> ValidationFailed:
    return ValidationFailed.field("informatieobject", PENDING, message)


# --- the Zaken side: a zaakinformatieobject of a remote document --------------------------------------------


async def fetch_informatieobject(url: str) -> dict[str, Any]:
    try:
        return await remote.fetch(url, "drc", remote.ENKELVOUDIGINFORMATIEOBJECT, "EnkelvoudigInformatieObject")
    except UrlRefused as refused:
        raise ValidationFailed([refused.param("informatieobject")]) from None


async def closing_state(urls: list[str]) -> list[tuple[bool, bool]]:
    """(locked, indicatieGebruiksrecht unset) of remote documents, fetched fresh and at once (closing a zaak);
    one that cannot be read refuses the close (`bad-url`)."""
    if not urls:
        return []
    found = await remote.fetch_many(urls, "drc", remote.ENKELVOUDIGINFORMATIEOBJECT, "EnkelvoudigInformatieObject",
                                    fresh=True)
    states = []
    for data in found.values():
        if isinstance(data, UrlRefused):
            raise ValidationFailed.non_field(data.code, data.reason)
        states.append((bool(data.get("locked")), data.get("indicatieGebruiksrecht") is None))
    return states


async def _oio_collection(eio_url: str) -> tuple[Any, str]:
    service = await remote.service_for(eio_url, "drc")
    return service, service.api_root + "objectinformatieobjecten"


async def _create_remote_oio(eio_url: str, zaak_url: str) -> str:
    """POST the objectinformatieobject; its URL. Raises RuntimeError with a reason when it was not made."""
    service, collection = await _oio_collection(eio_url)
    try:
        response = await client.request(service, "POST", collection,
                                        json={"object": zaak_url, "informatieobject": eio_url, "objectType": "zaak"})
    except client.Unreachable as exc:
        raise RuntimeError(str(exc)) from None
    if response.status_code != 201:
        raise RuntimeError(f"{service.id} answered {response.status_code}")
    try:
        body = response.json()
    except ValueError:
        body = None
    url = body.get("url") if isinstance(body, dict) else None
    if not isinstance(url, str):
        raise RuntimeError(f"{service.id} answered without a url")
    return url


async def _remote_oio_urls(eio_url: str, zaak_url: str) -> list[str]:
    """The objectinformatieobjecten of this pair in the remote API (RuntimeError when it cannot tell)."""
    service, collection = await _oio_collection(eio_url)
    try:
        response = await client.request(service, "GET", collection,
                                        params={"object": zaak_url, "informatieobject": eio_url})
    except client.Unreachable as exc:
        raise RuntimeError(str(exc)) from None
    if response.status_code != 200:
        raise RuntimeError(f"{service.id} answered {response.status_code}")
    body = response.json()
    items = body.get("results", []) if isinstance(body, dict) else body
    return [i["url"] for i in items if isinstance(i, dict) and i.get("object") == zaak_url and "url" in i]


async def _delete_remote_oio(eio_url: str, oio_url: str) -> None:
    service = await remote.service_for(eio_url, "drc")
    try:
        response = await client.request(service, "DELETE", oio_url)
    except client.Unreachable as exc:
        raise RuntimeError(str(exc)) from None
    if response.status_code not in (204, 404):  # 404: gone already (an earlier attempt)
        raise RuntimeError(f"{service.id} answered {response.status_code}")


async def _remove_remote(eio_url: str, zaak_url: str, known: str | None) -> None:
    """Delete the pair's remote objectinformatieobject(en), by the known URL or looked up."""
    urls = [known] if known else await _remote_oio_urls(eio_url, zaak_url)
    for url in urls:
        await _delete_remote_oio(eio_url, url)


async def create(actor: Any, data: dict[str, Any], render: Any) -> Any:
    """Link a remote document to a zaak (zaken.zaakinformatieobjecten.create's branch for a URL elsewhere)."""
    from zgw.domain.zaken import access
    from zgw.domain.zaken import zaakinformatieobjecten as zios
    from zgw.domain.zaken.documents import Zaak
    from zgw.domain.zaken.subresources import record, require, require_open, writing
    from zgw.domain.zaken.touch import link, now

    url = data["informatieobject"]
    async with writing(data["zaak"]) as zaak:
        require(actor, access.AANMAKEN | access.BIJWERKEN | access.GEFORCEERD_BIJWERKEN, zaak)
        eio = await fetch_informatieobject(url)
        key = zios.pair_key(zaak.ref, url)
        pending = await zios.LinkIntent.get(key)
        if pending is not None:  # an earlier attempt died: finish it first
            if await settle(pending, actor.url_of) == "waiting":
                raise _pending("Een eerdere relatie met dit informatieobject wacht op de Documenten API.")
            zaak = await Zaak.get(zaak.id) or zaak
        await _check_new(actor, zaak, eio, url)
        status = await zios._status(data.get("status"))
        require_open(actor, zaak)
        zio = zios.ZaakInformatieObject(
            zaak=zaak.ref, informatieobject=url, titel=zios._text(data.get("titel")),
            beschrijving=zios._text(data.get("beschrijving")), registratiedatum=now(),
            vernietigingsdatum=data.get("vernietigingsdatum"), status=status)
        zaak_url = actor.url_of(zaak.ref)
        intent = zios.LinkIntent(id=key, op="create", zio=zio.id, zaak=zaak.ref, informatieobject=url,
                                 zaak_url=zaak_url)
        await intent.insert()
        await link(zaak.id, "zaakinformatieobjecten", zio.id)
        await zios.repo.create(zio)
        if os.environ.get("ZGW_FAULT") == "between-remote-link-writes":  # the crash test: die before the POST
            os.kill(os.getpid(), signal.SIGKILL)
        try:
            oio_url = await _create_remote_oio(url, zaak_url)
        except RuntimeError as exc:
            await _undo_create(intent, zaak_url)
            raise _pending(f"De relatie kon niet in de Documenten API aangemaakt worden: {exc}") from None
        await _keep_oio_url(zio.id, oio_url)
        await zios.LinkIntent.get_pymongo_collection().delete_one({"_id": intent.id})
        await record(actor, zaak, actie="create", resource=zios.RESOURCE, ref=zio.ref, status=201,
                     nieuw=await render(zio, zaak), weergave=str(zio.id))
    return zio


async def _check_new(actor: Any, zaak: Any, eio: dict[str, Any], url: str) -> None:
    from zgw.domain.zaken import zaakinformatieobjecten as zios

    problems: list[InvalidParam] = []
    if any(z.informatieobject == url for z in await zios.of_zaak(zaak)):
        problems.append(InvalidParam("nonFieldErrors", "unique",
                                     "De velden zaak, informatieobject moeten een unieke set zijn."))
    else:
        allowed = {actor.url_of(t) for t in await zios.informatieobjecttypen(zaak.zaaktype)}
        if eio.get("informatieobjecttype") not in allowed:
            problems.append(InvalidParam("nonFieldErrors", "missing-zaaktype-informatieobjecttype-relation",
                                         "Het informatieobjecttype hoort niet bij het zaaktype van de zaak."))
    if zaak.archiefstatus != "nog_te_archiveren":
        problems.append(InvalidParam("nonFieldErrors", "zaak-archiefstatus-invalid",
                                     "De huidige zaak archiefstatus staat dit request niet toe. Archiefstatus moet "
                                     "gelijk zijn aan 'nog_te_archiveren'"))
    if problems:
        raise ValidationFailed(problems)


async def _keep_oio_url(zio_id: UUID, oio_url: str) -> None:
    from zgw.domain.zaken.zaakinformatieobjecten import ZaakInformatieObject

    await ZaakInformatieObject.get_pymongo_collection().update_one({"_id": zio_id},
                                                                   {"$set": {"remote_relatie": oio_url}})


async def _drop_local(intent: Any) -> None:
    from zgw.domain.zaken import zaakinformatieobjecten as zios
    from zgw.domain.zaken.subresources import uuid_of
    from zgw.domain.zaken.touch import unlink

    await zios.ZaakInformatieObject.get_pymongo_collection().delete_one({"_id": intent.zio})
    zaak_id = uuid_of(intent.zaak)
    if zaak_id:
        await unlink(zaak_id, "zaakinformatieobjecten", intent.zio)


async def _undo_create(intent: Any, zaak_url: str) -> None:
    """The remote relation was not confirmed: the local link goes; a remote one that was made anyway too
    (or, when the remote API cannot tell now, the intent stays as a delete for the sweep)."""
    from zgw.domain.zaken import zaakinformatieobjecten as zios

    intent.op = "delete"
    await zios.LinkIntent.get_pymongo_collection().replace_one(
        {"_id": intent.id}, intent.model_dump(by_alias=True), upsert=True)
    await _drop_local(intent)
    try:
        await _remove_remote(intent.informatieobject, zaak_url, None)
    except RuntimeError as exc:
        logger.warning("remote relation of %s left to the sweep: %s", intent.informatieobject, exc)
        return
    await zios.LinkIntent.get_pymongo_collection().delete_one({"_id": intent.id})


async def delete(actor: Any, zio: Any, zaak: Any, render: Any) -> None:
    """Unlink a remote document (the caller holds the zaak's lock and checked the rights): local first, then
    the remote relation; when that fails the local link is put back and the request answers pending-relations."""
    from zgw.domain.zaken import zaakinformatieobjecten as zios
    from zgw.domain.zaken.subresources import record
    from zgw.domain.zaken.touch import link

    oud = await render(zio, zaak)
    zaak_url = actor.url_of(zaak.ref)
    intent = zios.LinkIntent(id=zios.pair_key(zaak.ref, zio.informatieobject), op="delete", zio=zio.id,
                             zaak=zaak.ref, informatieobject=zio.informatieobject, zaak_url=zaak_url)
    await zios.LinkIntent.get_pymongo_collection().replace_one(
        {"_id": intent.id}, intent.model_dump(by_alias=True), upsert=True)
    kept = await zios.ZaakInformatieObject.get_pymongo_collection().find_one({"_id": zio.id})
    await _drop_local(intent)
    try:
        await _remove_remote(zio.informatieobject, zaak_url, (kept or {}).get("remote_relatie"))
    except RuntimeError as exc:
        if kept is not None:  # put it back as it was
            await zios.ZaakInformatieObject.get_pymongo_collection().replace_one({"_id": zio.id}, kept, upsert=True)
            await link(zaak.id, "zaakinformatieobjecten", zio.id)
        await zios.LinkIntent.get_pymongo_collection().delete_one({"_id": intent.id})
        raise _pending(f"De relatie kon niet in de Documenten API verwijderd worden: {exc}") from None
    await zios.LinkIntent.get_pymongo_collection().delete_one({"_id": intent.id})
    await record(actor, zaak, actie="destroy", resource=zios.RESOURCE, ref=zio.ref, status=204, oud=oud,
                 weergave=str(zio.id), notify=False)


async def settle(intent: Any, url_of: Any = None) -> str:
    """Finish a remote link's intent: a create whose link exists is rolled forward (the remote relation
    made, idempotently), else rolled back; a delete is completed. While the remote API does not answer
    the intent stays ("waiting"), for the next retry or sweep."""
    try:
        return await _settle(intent, url_of)
    except (RuntimeError, UrlRefused) as exc:
        logger.warning("remote link %s of %s waits: %s", intent.informatieobject, intent.zaak, exc)
        return "waiting"


async def drop_for_zaak(zaak: Any, zio: Any) -> None:
    """A zaak being deleted: its link to a remote document goes now, the remote relation now or by the sweep."""
    from zgw.domain.zaken import zaakinformatieobjecten as zios

    intent = zios.LinkIntent(id=zios.pair_key(zaak.ref, zio.informatieobject), op="delete", zio=zio.id,
                             zaak=zaak.ref, informatieobject=zio.informatieobject)
    await zios.LinkIntent.get_pymongo_collection().replace_one(
        {"_id": intent.id}, intent.model_dump(by_alias=True), upsert=True)
    await settle(intent)


async def _settle(intent: Any, url_of: Any) -> str:
    from zgw.domain.zaken import zaakinformatieobjecten as zios
    from zgw.domain.zaken.touch import link

    zaak_url = intent.zaak_url or (url_of or _absolute)(intent.zaak)
    row = await zios.ZaakInformatieObject.get_pymongo_collection().find_one({"_id": intent.zio})
    if intent.op == "create" and row is not None:
        oio_url = row.get("remote_relatie") or await _create_remote_oio(intent.informatieobject, zaak_url)
        await _keep_oio_url(intent.zio, oio_url)
        from zgw.domain.zaken.subresources import uuid_of

        zaak_id = uuid_of(intent.zaak)
        if zaak_id:
            await link(zaak_id, "zaakinformatieobjecten", intent.zio)
        done = "completed"
    else:
        await _drop_local(intent)
        await _remove_remote(intent.informatieobject, zaak_url, (row or {}).get("remote_relatie"))
        done = "removed" if intent.op == "delete" else "rolled back"
    await zios.LinkIntent.get_pymongo_collection().delete_one({"_id": intent.id})
    return done


def _absolute(ref: str) -> str:
    """A zaak's URL outside a request (the sweep): OPENZAAK_DOMAIN's."""
    from zgw.core.settings import get_settings

    domain = get_settings().openzaak_domain.rstrip("/")
    base = domain if "://" in domain or not domain else f"https://{domain}"
    return ref if remote.is_remote(ref) else base + ref


# --- the Documenten side: an objectinformatieobject whose object is a zaak elsewhere -----------------------


def remote_oio_id(object_url: str, eio_ref: str) -> UUID:
    return uuid5(REMOTE_OIO_NAMESPACE, f"{object_url}|{eio_ref}")


async def _related_remotely(object_url: str, object_type: str, eio_url: str) -> bool:
    """Whether the object's own API (a registered zrc, or brc for a besluit) relates it to this informatieobject."""
    if object_type not in ("zaak", "besluit"):
        raise ValidationFailed.field("objectType", "invalid_choice",
                                     "Alleen zaken en besluiten in een andere API worden ondersteund.")
    api_type, collection = ("zrc", "zaakinformatieobjecten") if object_type == "zaak" else (
        "brc", "besluitinformatieobjecten")
    try:
        service = await remote.service_for(object_url, api_type)
    except UrlRefused as refused:
        raise ValidationFailed([refused.param("object")]) from None
    try:
        response = await client.request(service, "GET", service.api_root + collection,
                                        params={object_type: object_url, "informatieobject": eio_url})
    except client.Unreachable:
        raise ValidationFailed([remote.bad_url(object_url).param("object")]) from None
    if response.status_code != 200:
        raise ValidationFailed([remote.bad_url(object_url).param("object")])
    body = response.json()
    items = body.get("results", []) if isinstance(body, dict) else body
    return any(isinstance(i, dict) and i.get("informatieobject") == eio_url and i.get(object_type) == object_url
               for i in items)


async def create_oio_for_remote_object(actor: Any, data: dict[str, Any], render: Any) -> Any:
    """A POST objectinformatieobjecten by another Zaken API (its zrc-005 mirror); idempotent per pair."""
    from zgw.domain.documenten import access
    from zgw.domain.documenten import objectinformatieobjecten as oios
    from zgw.domain.documenten.locks import eio_lock

    eio = await oios.eio_of(data["informatieobject"])
    access.require(actor.policy, access.AANMAKEN, eio)
    object_url = data["object"]
    if not await _related_remotely(object_url, data["object_type"], actor.url_of(eio.ref)):
        raise ValidationFailed.non_field("inconsistent-relation",
                                         "Het informatieobject is in de bron van het object nog niet gerelateerd aan "
                                         "het object.")
    oio_id = remote_oio_id(object_url, eio.ref)
    async with eio_lock(eio.id):
        oio = await oios.ObjectInformatieObject.get(oio_id)
        if oio is None:
            oio = oios.ObjectInformatieObject(id=oio_id, informatieobject=eio.ref, object=object_url,
                                              object_type=data["object_type"])
            await oios.name(eio.id, "objectinformatieobjecten", oio_id)  # named before written
            await oios.ensure(oio)
    await oios.ops.record(actor, eio, "create", oio, 201, nieuw=await render(oio))
    return oio


async def check_remote_delete(actor: Any, oio: Any, eio: Any) -> None:
    """`remote-relation-exists` while the object's API still relates it to the informatieobject."""
    if await _related_remotely(oio.object, oio.object_type, actor.url_of(eio.ref)):
        raise ValidationFailed.non_field("remote-relation-exists",
                                         "De relatie bestaat nog in de bron van het object; verwijder die eerst.")


def is_remote_object(url: str, local_hosts: set[str]) -> bool:
    return urlsplit(url).netloc.lower() not in local_hosts
