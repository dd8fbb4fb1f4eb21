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
from zgw.domain.zaken.subresources import Actor, record, remove, require_writable, writing
from zgw.domain.zaken.touch import ListField, link, unlink

L = TypeVar("L", ZaakContactMoment, ZaakVerzoek)


@dataclass(frozen=True)
class Koppeling(Generic[L]):
    repo: Repository[L]
    resource: str  # the notification/audit resource name
    field: str  # the URL field: contactmoment, verzoek
    children: ListField  # the zaak's list of their ids

    async def create(self, actor: Actor, data: dict[str, Any],
                     render: Callable[[L, Zaak], Awaitable[Any]]) -> L:
        async with writing(data["zaak"]) as zaak:
            require_writable(actor, access.BIJWERKEN, zaak)
            doc = self.repo.model(zaak=zaak.ref, **{self.field: data[self.field]})
            await link(zaak.id, self.children, doc.id)  # named first: a crash leaves a skipped name
            await self.repo.create(doc)
            await record(actor, zaak, actie="create", resource=self.resource, ref=doc.ref, status=201,
                         nieuw=await render(doc, zaak), weergave=str(doc.id))
        return doc

    async def delete(self, actor: Actor, uuid: UUID, render: Callable[[L, Zaak], Awaitable[Any]]) -> None:
        async def after(zaak: Zaak, doc: L) -> None:
            await unlink(zaak.id, self.children, doc.id)

        await remove(actor, self.repo, uuid, render, resource=self.resource, scope=access.BIJWERKEN, after=after,
                     notify=False)


ZAAKCONTACTMOMENTEN = Koppeling(Repository(ZaakContactMoment, "ZaakContactMoment"), "zaakcontactmoment",
                                "contactmoment", "zaakcontactmomenten")
ZAAKVERZOEKEN = Koppeling(Repository(ZaakVerzoek, "ZaakVerzoek"), "zaakverzoek", "verzoek", "zaakverzoeken")
