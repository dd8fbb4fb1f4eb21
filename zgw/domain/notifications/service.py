"""Write notifications to the outbox as part of an operation; hand them to a dispatcher after."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID

from zgw.domain.notifications.documents import OutboxMessage

logger = logging.getLogger(__name__)

Dispatcher = Callable[[list[UUID]], Awaitable[None]]


async def _no_dispatch(ids: list[UUID]) -> None:
    return None


@dataclass
class NotificationSettings:
    enabled: bool = True
    dispatcher: Dispatcher = _no_dispatch


config = NotificationSettings()


def configure(*, enabled: bool, dispatcher: Dispatcher | None = None) -> None:
    config.enabled = enabled
    config.dispatcher = dispatcher or _no_dispatch


@dataclass
class Notification:
    kanaal: str
    hoofd_object: str
    resource: str
    resource_url: str
    actie: str
    kenmerken: dict[str, str] = field(default_factory=dict)


@dataclass
class Outbox:
    """Collects the notifications of one operation."""

    staged: list[OutboxMessage] = field(default_factory=list)
    # Other side effects of the operation (cloud events): told whether it succeeded (`released(outbox)`) or
    # failed (`aborted(outbox)`), see zgw.domain.cloudevents.collector.
    companions: list[Any] = field(default_factory=list)

    async def add(self, note: Notification) -> None:
        if not config.enabled:
            return
        message = OutboxMessage(
            kanaal=note.kanaal,
            hoofd_object=note.hoofd_object,
            resource=note.resource,
            resource_url=note.resource_url,
            actie=note.actie,
            aanmaakdatum=datetime.now(UTC),
            kenmerken={k: ("" if v is None else str(v)) for k, v in note.kenmerken.items()},
        )
        await message.insert()
        self.staged.append(message)


@asynccontextmanager
async def notifying() -> AsyncIterator[Outbox]:
    """Stage messages before the write; release them after it succeeded, drop them if it failed.

    Without multi-document transactions (FerretDB), a message is written as `prepared`
    before the data, so a crash after the data write leaves a visible record rather than
    nothing; a failed write removes its messages, so nothing is sent for it.
    """
    outbox = Outbox()
    try:
        yield outbox
    except BaseException:
        ids = [m.id for m in outbox.staged]
        if ids:
            await OutboxMessage.find({"_id": {"$in": ids}}).delete()
        for companion in outbox.companions:
            await companion.aborted(outbox)
        raise
    ids = [m.id for m in outbox.staged]
    for companion in outbox.companions:
        await companion.released(outbox)
    if not ids:
        return
    await OutboxMessage.find({"_id": {"$in": ids}}).update({"$set": {"status": "pending"}})
    try:
        await config.dispatcher(ids)
    except Exception:  # a broker outage delays delivery, the sweep picks it up
        logger.warning("could not dispatch notifications %s; the outbox sweep will retry", ids, exc_info=True)


async def pending_ids(older_than: timedelta = timedelta(0), limit: int = 500) -> list[UUID]:
    cutoff = datetime.now(UTC) - older_than
    found = await OutboxMessage.find(
        {"status": "pending", "aanmaakdatum": {"$lte": cutoff}}
    ).sort(OutboxMessage.ORDER).limit(limit).to_list()
    return [m.id for m in found]


async def mark_delivered(message_id: UUID) -> None:
    await OutboxMessage.find({"_id": message_id}).update(
        {"$set": {"status": "delivered", "delivered_at": datetime.now(UTC), "last_error": ""},
         "$inc": {"attempts": 1}}
    )


async def mark_attempt_failed(message_id: UUID, error: str, final: bool) -> None:
    update: dict[str, object] = {"last_error": error[:2000]}
    if final:
        update["status"] = "failed"
    await OutboxMessage.find({"_id": message_id}).update({"$set": update, "$inc": {"attempts": 1}})
