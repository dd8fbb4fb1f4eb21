"""The outbox is read in the order its messages were written: sorted, never the server's natural order."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx

from zgw.domain.notifications import service
from zgw.domain.notifications.documents import OutboxMessage, next_volgnummer


def test_volgnummer_increases_strictly() -> None:
    numbers = [next_volgnummer() for _ in range(10_000)]
    assert numbers == sorted(set(numbers))


def _message(actie: str, stamp: datetime, volgnummer: int) -> OutboxMessage:
    return OutboxMessage(kanaal="zaken", hoofd_object="h", resource="zaak", resource_url=f"/{actie}", actie=actie,
                         aanmaakdatum=stamp, volgnummer=volgnummer, status="pending")


async def test_pending_ids_in_written_order_within_one_millisecond(api: httpx.AsyncClient) -> None:
    # Stored with millisecond precision, so these four share one aanmaakdatum; inserted in another order
    # than they were numbered, so neither the stored order nor aanmaakdatum alone gives the written order.
    stamp = datetime(2024, 5, 1, 12, 0, 0, 123000, tzinfo=UTC)
    messages = {actie: _message(actie, stamp, n) for n, actie in
                enumerate(["create", "update", "partial_update", "destroy"], start=1)}
    for actie in ["destroy", "create", "partial_update", "update"]:
        await messages[actie].insert()
    assert await service.pending_ids() == [messages[a].id for a in ["create", "update", "partial_update", "destroy"]]
    found = await OutboxMessage.find({}).sort(OutboxMessage.ORDER).to_list()
    assert [m.actie for m in found] == ["create", "update", "partial_update", "destroy"]


async def test_messages_of_one_operation_keep_their_order(api: httpx.AsyncClient) -> None:
    async with service.notifying() as outbox:
        for n in range(20):
            await outbox.add(service.Notification("zaken", "h", "zaak", f"/zaken/{n}", "create"))
    found = await OutboxMessage.find({}).sort(OutboxMessage.ORDER).to_list()
    assert [m.resource_url for m in found] == [f"/zaken/{n}" for n in range(20)]
