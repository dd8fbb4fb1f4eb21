"""document_registreren (Open Zaak): an informatieobject and its zaakinformatieobject in one request, all or
nothing. Everything is validated before the first write (the informatieobject's body by the informatieobject
service itself, the link by `zaakinformatieobjecten.precheck` with the informatieobjecttype from the body);
then the informatieobject is created, then the link (zrc-005, with its mirror). Should the link still fail
(a busy zaak), the new informatieobject is removed again. Errors name their part: `enkelvoudiginformatieobject.…`
and `zaakinformatieobject.…`, as Open Zaak's nested serializer does.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from zgw.domain import cloudevents
from zgw.domain.documenten import service
from zgw.domain.documenten.documents import EnkelvoudigInformatieObject
from zgw.domain.errors import InvalidParam, ValidationFailed
from zgw.domain.notifications.service import Outbox
from zgw.domain.zaken import zaakinformatieobjecten as zios
from zgw.domain.zaken.subresources import Actor

EIO_PART = "enkelvoudiginformatieobject"
ZIO_PART = "zaakinformatieobject"


def _prefixed(error: ValidationFailed, part: str) -> ValidationFailed:
    return ValidationFailed([InvalidParam(f"{part}.{p.name}", p.code, p.reason) for p in error.params])


async def registreren(eio_actor: service.Actor, zaken_actor: Actor, eio_data: dict[str, Any], inhoud: str | None,
                      zio_data: dict[str, Any], render_zio: Callable[[Any, Any], Awaitable[Any]], outbox: Outbox
                      ) -> tuple[EnkelvoudigInformatieObject, zios.ZaakInformatieObject]:
    try:
        await zios.precheck(zaken_actor, zio_data["zaak"], eio_data.get("informatieobjecttype"))
    except ValidationFailed as error:
        raise _prefixed(error, ZIO_PART) from None
    try:
        eio = await service.create(eio_data, inhoud, eio_actor, outbox)
    except ValidationFailed as error:
        raise _prefixed(error, EIO_PART) from None
    try:
        zio = await zios.create(zaken_actor, {**zio_data, "informatieobject": eio.ref}, render_zio)
    except BaseException:
        fresh = await EnkelvoudigInformatieObject.get(eio.id)
        if fresh is not None and not fresh.objectinformatieobjecten:
            await service.remove(fresh)
        raise
    await cloudevents.document_registered(outbox, eio, zio_data["zaak"], zaken_actor.url_of)
    return eio, zio
