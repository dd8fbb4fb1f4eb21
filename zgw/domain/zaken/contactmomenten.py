"""Zaakcontactmomenten: a zaak's link to a contactmoment in a Contactmomenten API."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any
from uuid import UUID

from zgw.domain.repository import Repository
from zgw.domain.zaken import access
from zgw.domain.zaken.documents import Zaak, ZaakContactMoment
from zgw.domain.zaken.subresources import Actor, record, require_writable, writing
from zgw.domain.zaken.touch import touch

repo = Repository(ZaakContactMoment, "ZaakContactMoment")
RESOURCE = "zaakcontactmoment"
Render = Callable[[ZaakContactMoment, Zaak], Awaitable[Any]]


async def create(actor: Actor, data: dict[str, Any], render: Render) -> ZaakContactMoment:
    async with writing(data["zaak"]) as zaak:
        require_writable(actor, access.BIJWERKEN, zaak)
        link = ZaakContactMoment(zaak=zaak.ref, contactmoment=data["contactmoment"])
        await repo.create(link)
        await touch(zaak.id)
        await record(actor, zaak, actie="create", resource=RESOURCE, ref=link.ref, status=201,
                     nieuw=await render(link, zaak), weergave=str(link.id))
    return link


async def delete(actor: Actor, uuid: UUID, render: Render) -> None:
    current = await repo.get(uuid)
    async with writing(current.zaak) as zaak:
        link = await repo.get(uuid)
        require_writable(actor, access.BIJWERKEN, zaak)
        oud = await render(link, zaak)
        await repo.delete(link)
        await touch(zaak.id)
        await record(actor, zaak, actie="destroy", resource=RESOURCE, ref=link.ref, status=204, oud=oud,
                     weergave=str(link.id), notify=False)
