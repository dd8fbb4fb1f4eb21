"""Cloud event messages in the outbox: staged (`prepared`) with the operation, released (`pending`) after it,
then delivered by the worker, one message per event and receiver."""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any
from uuid import UUID, uuid4

from cloudevents.core.bindings import http
from cloudevents.core.v1.event import CloudEvent

from zgw.domain.cloudevents import store
from zgw.domain.cloudevents.config import Receiver
from zgw.domain.notifications.documents import next_volgnummer

logger = logging.getLogger(__name__)

Dispatcher = Callable[[list[UUID]], Awaitable[None]]
# After a message is released: the API queues its delivery (Celery) and publishes it to live subscribers.
_dispatcher: Dispatcher | None = None
_listeners: list[Callable[[dict[str, Any]], Awaitable[None]]] = []


def set_dispatcher(dispatcher: Dispatcher | None) -> None:
    global _dispatcher
    _dispatcher = dispatcher


def build(type_: str, source: str, subject: str, dataref: str | None, data: dict[str, Any],
          at: datetime | None = None, event_id: str | None = None) -> dict[str, Any]:
    """A CloudEvents 1.0 event in its structured JSON form (Open Zaak's shape: `time` in whole seconds, `dataref`
    a path, null for a document)."""
    attributes: dict[str, Any] = {
        "specversion": "1.0", "type": type_, "source": source, "subject": subject, "id": event_id or str(uuid4()),
        "time": (at or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0),
        "datacontenttype": "application/json",
    }
    if dataref:
        attributes["dataref"] = dataref
    message = http.to_structured_event(CloudEvent(attributes, data))  # validates the attributes
    event: dict[str, Any] = json.loads(message.body)
    event.setdefault("dataref", None)
    return event


def _message(event: dict[str, Any], receiver: str, status: str) -> dict[str, Any]:
    now = datetime.now(UTC)
    return {"_id": uuid4(), "event_id": event["id"], "type": event["type"], "subject": event.get("subject") or "",
            "receiver": receiver, "body": json.dumps(event), "status": status, "aanmaakdatum": now,
            "volgnummer": next_volgnummer(), "attempts": 0, "last_error": "", "next_attempt_at": now,
            "delivered_at": None, "lease_until": None, "lease_owner": None}


async def stage(event: dict[str, Any], receivers: tuple[Receiver, ...]) -> list[UUID]:
    """Write the event as `prepared` for each receiver, before (or with) the data it is about."""
    if not receivers:
        return []
    await store.ensure_indexes()
    docs = [_message(event, r.name, "prepared") for r in receivers]
    await store.outbox().insert_many(docs)
    return [d["_id"] for d in docs]


async def release(ids: list[UUID], event: dict[str, Any]) -> None:
    """The operation succeeded: the final event, due now."""
    if ids:  # only what is still prepared (the sweep may have released a message of a dead request)
        await store.outbox().update_many(
            {"_id": {"$in": ids}, "status": "prepared"},
            {"$set": {"status": "pending", "body": json.dumps(event), "event_id": event["id"], "type": event["type"],
                      "next_attempt_at": datetime.now(UTC)}})


async def drop(ids: list[UUID]) -> None:
    if ids:
        await store.outbox().delete_many({"_id": {"$in": ids}, "status": "prepared"})


async def dispatch(ids: list[UUID], events: list[dict[str, Any]]) -> None:
    """Hand released messages to the worker; a broker outage only delays them (the sweep finds them)."""
    for listener in list(_listeners):
        for event in events:
            try:
                await listener(event)
            except Exception:  # live updates are best effort; the webhook delivery is not
                logger.warning("cloud event listener failed", exc_info=True)
    if ids and _dispatcher is not None:
        try:
            await _dispatcher(ids)
        except Exception:
            logger.warning("could not queue cloud events %s; the sweep will", ids, exc_info=True)


def add_listener(listener: Callable[[dict[str, Any]], Awaitable[None]]) -> None:
    _listeners.append(listener)


def remove_listener(listener: Callable[[dict[str, Any]], Awaitable[None]]) -> None:
    if listener in _listeners:
        _listeners.remove(listener)
