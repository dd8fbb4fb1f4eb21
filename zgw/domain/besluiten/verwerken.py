"""besluit_verwerken (Open Zaak): a besluit with its besluitinformatieobjecten in one request, all or nothing.

Everything is checked before anything is written: the besluit by its own rules (brc-001/002/006/007), every
link (brc-003/008, the pair unique within the request); errors are named per part (`besluit.besluittype`,
`besluitinformatieobjecten.0.informatieobject`). Then the besluit and its links are written, each by its own
use case (so each is crash-safe as on its own endpoint); a link that still fails (a concurrent change) removes
the new besluit again, with whatever was linked (brc-009's delete). The whole request is one intent
(`verwerken`, held under the besluit's lock): a process that dies in between leaves it, and the sweep undoes
the besluit with its links.
"""

from __future__ import annotations

import os
import signal
from typing import Any
from uuid import uuid4

from zgw.domain import cloudevents
from zgw.domain.besluiten import besluitinformatieobjecten as bios
from zgw.domain.besluiten import links, service
from zgw.domain.besluiten.documents import Besluit, BesluitInformatieObject, BesluitIntent
from zgw.domain.besluiten.locks import besluit_lock
from zgw.domain.errors import InvalidParam, ValidationFailed
from zgw.domain.zaken.subresources import Actor

# fault injection for the crash test: ZGW_FAULT=between-verwerken-links kills this process (SIGKILL) after the
# first besluitinformatieobject of a besluit_verwerken
_FAULT = os.environ.get("ZGW_FAULT", "")


def _prefixed(error: ValidationFailed, prefix: str) -> ValidationFailed:
    params = [InvalidParam(f"{prefix}.{p.name}" if p.name != "nonFieldErrors" else f"{prefix}.nonFieldErrors",
                           p.code, p.reason) for p in error.params]
    return ValidationFailed(params)


async def verwerken(actor: Actor, besluit_data: dict[str, Any], links_data: list[dict[str, Any]], render_besluit: Any,
                    render_bio: Any) -> tuple[Besluit, list[BesluitInformatieObject]]:
    try:
        besluittype, _ = await service.validate_new(service._clean(besluit_data), actor)
    except ValidationFailed as error:
        raise _prefixed(error, "besluit") from None
    probe = Besluit.model_construct(id=None, besluittype=besluittype.ref, besluitinformatieobjecten=[],  # type: ignore[call-arg]
                                    identificatie="", verantwoordelijke_organisatie="")
    seen: list[str] = []
    iotypes: list[str] = []  # for the besluit-verwerkt cloud event
    for i, link in enumerate(links_data):
        try:
            _, eio = await bios.resolve({"informatieobject": link.get("informatieobject")}, probe, actor.url_of)
            await bios.check_new(probe, eio, seen)
        except ValidationFailed as error:
            raise _prefixed(error, f"besluitinformatieobjecten.{i}") from None
        seen.append(eio.ref)
        iotypes.append(eio.informatieobjecttype)
    # one intent over the whole request: a crash in between leaves it, and the sweep undoes the besluit
    besluit_id = uuid4()
    intent = BesluitIntent(id=links.verwerken_key(besluit_id), op="verwerken", besluit=besluit_id,
                           zaak=besluit_data.get("zaak") or "", since=links.now(),
                           besluit_url=actor.url_of(f"{Besluit.PATH}/{besluit_id}"))
    async with besluit_lock(besluit_id):
        await links.begin(intent)
        try:  # a refusal at write time (a zaakbesluit another API did not make) undid the besluit itself
            besluit = await service.create(besluit_data, actor, render_besluit, validated=True,
                                           besluit_id=besluit_id)
        except ValidationFailed as error:
            await links.done(intent)
            raise _prefixed(error, "besluit") from None
        written: list[BesluitInformatieObject] = []
        try:
            for i, link in enumerate(links_data):
                try:
                    written.append(await bios.create(actor, {"informatieobject": link["informatieobject"]},
                                                     render_bio, besluit=besluit))
                except ValidationFailed as error:
                    raise _prefixed(error, f"besluitinformatieobjecten.{i}") from None
                if _FAULT == "between-verwerken-links":
                    os.kill(os.getpid(), signal.SIGKILL)
        except BaseException:
            await service.remove(besluit.id, actor)
            await links.done(intent)
            raise
        await cloudevents.besluit_verwerkt(actor.outbox, besluit, iotypes, actor.url_of)
        await links.done(intent)
    return besluit, written
