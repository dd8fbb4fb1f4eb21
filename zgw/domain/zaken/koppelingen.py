"""Zaakcontactmomenten and zaakverzoeken: a zaak's link to an object in another API.

Both are the same thing with another name and field: a zaak plus one URL, created and deleted under
the zaak's lock, audited on the zaak; only the creation is notified (as Open Zaak does).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar
from uuid import UUID

from zgw.domain.repository import Repository
from zgw.domain.zaken import access
from zgw.domain.zaken.documents import Zaak, ZaakContactMoment, ZaakVerzoek
from zgw.domain.zaken.subresources import Actor, record, require_writable, writing
from zgw.domain.zaken.touch import touch

L = TypeVar("L", ZaakContactMoment, ZaakVerzoek)


@dataclass(frozen=True)
class Koppeling(Generic[L]):
    repo: Repository[L]
    resource: str  # the notification/audit resource name
    field: str  # the URL field: contactmoment, verzoek

    async def create(self, actor: Actor, data: dict[str, Any],
                     render: Callable[[L, Zaak], Awaitable[Any]]) -> L:
        async with writing(data["zaak"]) as zaak:
            require_writable(actor, access.BIJWERKEN, zaak)
            link = self.repo.model(zaak=zaak.ref, **{self.field: data[self.field]})
            await self.repo.create(link)
            await touch(zaak.id)
            await record(actor, zaak, actie="create", resource=self.resource, ref=link.ref, status=201,
                         nieuw=await render(link, zaak), weergave=str(link.id))
        return link

    async def delete(self, actor: Actor, uuid: UUID, render: Callable[[L, Zaak], Awaitable[Any]]) -> None:
        current = await self.repo.get(uuid)
        async with writing(current.zaak) as zaak:
            link = await self.repo.get(uuid)
            require_writable(actor, access.BIJWERKEN, zaak)
            oud = await render(link, zaak)
            await self.repo.delete(link)
            await touch(zaak.id)
            await record(actor, zaak, actie="destroy", resource=self.resource, ref=link.ref, status=204, oud=oud,
                         weergave=str(link.id), notify=False)


ZAAKCONTACTMOMENTEN = Koppeling(Repository(ZaakContactMoment, "ZaakContactMoment"), "zaakcontactmoment",
                                "contactmoment")
ZAAKVERZOEKEN = Koppeling(Repository(ZaakVerzoek, "ZaakVerzoek"), "zaakverzoek", "verzoek")
