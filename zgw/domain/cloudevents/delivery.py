"""Delivery bookkeeping: leases, attempts with backoff, each receiver's circuit breaker, the undelivered list.

The worker (zgw.workers.cloudevents) does the HTTP; everything it decides is written here first, so a killed
worker, a lost Celery message or a Redis restart leaves the message `pending` in MongoDB, where the sweep
finds it again once its lease ran out.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID

from zgw.domain.cloudevents import store
from zgw.domain.cloudevents.config import Delivery


@dataclass
class Message:
    id: UUID
    receiver: str
    event: dict[str, Any]
    attempts: int
    status: str


def _message(raw: dict[str, Any]) -> Message:
    return Message(raw["_id"], raw["receiver"], json.loads(raw["body"]), int(raw.get("attempts") or 0),
                   raw["status"])


async def claim(message_id: UUID, owner: str, lease: float) -> Message | None:
    """A short lease on a due pending message, so two workers never send it at once."""
    now = datetime.now(UTC)
    raw = await store.outbox().find_one_and_update(
        {"_id": message_id, "status": "pending", "next_attempt_at": {"$lte": now},
         "$or": [{"lease_until": None}, {"lease_until": {"$lt": now}}, {"lease_owner": owner}]},
        {"$set": {"lease_until": now + timedelta(seconds=lease), "lease_owner": owner}})
    return _message(raw) if raw else None


async def delivered(message_id: UUID) -> None:
    await store.outbox().update_one(
        {"_id": message_id},
        {"$set": {"status": "delivered", "delivered_at": datetime.now(UTC), "last_error": "", "lease_until": None,
                  "lease_owner": None}, "$inc": {"attempts": 1}})


async def attempt_failed(message: Message, error: str, delivery: Delivery) -> datetime | None:
    """Count the attempt; returns when the next one is due (None: given up, `failed`)."""
    attempts = message.attempts + 1
    final = attempts >= delivery.max_attempts
    due = None if final else datetime.now(UTC) + timedelta(seconds=delivery.backoff_after(attempts))
    update: dict[str, Any] = {"last_error": error[:2000], "lease_until": None, "lease_owner": None}
    update.update({"status": "failed"} if final else {"next_attempt_at": due})
    await store.outbox().update_one({"_id": message.id}, {"$set": update, "$inc": {"attempts": 1}})
    return due


async def defer(message_id: UUID, until: datetime) -> None:
    """Not attempted (the receiver's circuit is open): due again when it may be probed, attempts unchanged."""
    await store.outbox().update_one({"_id": message_id}, {"$set": {"next_attempt_at": until, "lease_until": None,
                                                                   "lease_owner": None}})


async def give_up(message_id: UUID, error: str) -> None:
    await store.outbox().update_one({"_id": message_id}, {"$set": {"status": "failed", "last_error": error,
                                                                   "lease_until": None, "lease_owner": None}})


# --- circuit breaker per receiver ---------------------------------------------------------------------------


async def circuit_open_until(receiver: str) -> datetime | None:
    """While open, nothing is sent to the receiver; once the time passed, the next attempt probes it."""
    state = await store.receivers().find_one({"_id": receiver})
    until = state.get("open_until") if state else None
    if until is not None and until.tzinfo is None:
        until = until.replace(tzinfo=UTC)
    return until if until is not None and until > datetime.now(UTC) else None


async def receiver_succeeded(receiver: str) -> None:
    await store.receivers().update_one({"_id": receiver}, {"$set": {"failures": 0, "open_until": None,
                                                                    "last_success": datetime.now(UTC)}}, upsert=True)


async def receiver_failed(receiver: str, delivery: Delivery) -> datetime | None:
    """One more consecutive failure; at the threshold the circuit opens (returns until when)."""
    state = await store.receivers().find_one_and_update(
        {"_id": receiver}, {"$inc": {"failures": 1}, "$set": {"last_failure": datetime.now(UTC)}},
        upsert=True, return_document=True)
    if state and int(state.get("failures") or 0) >= delivery.breaker_threshold:
        until = datetime.now(UTC) + timedelta(seconds=delivery.breaker_seconds)
        await store.receivers().update_one({"_id": receiver}, {"$set": {"open_until": until}})
        return until
    return None


async def reset_receiver(receiver: str) -> None:
    await store.receivers().update_one({"_id": receiver}, {"$set": {"failures": 0, "open_until": None}},
                                       upsert=True)


# --- sweep, listing and retry -------------------------------------------------------------------------------


async def due_ids(limit: int = 500) -> list[UUID]:
    """Pending messages due now and not leased (first dispatch lost, retry due, lease of a dead worker ended)."""
    now = datetime.now(UTC)
    cursor = store.outbox().find(
        {"status": "pending", "next_attempt_at": {"$lte": now},
         "$or": [{"lease_until": None}, {"lease_until": {"$lt": now}}]},
        {"_id": 1}).sort([("next_attempt_at", 1), ("volgnummer", 1)]).limit(limit)
    return [doc["_id"] async for doc in cursor]


async def _happened(event: dict[str, Any]) -> bool:
    """Whether the write a prepared event is about took effect (as far as the data shows it now)."""
    from zgw.domain.cloudevents import types

    try:
        subject = UUID(str(event.get("subject")))
    except ValueError:
        return False
    if event.get("type") in types.ZAAK_TYPES:
        from zgw.domain.zaken.documents import Zaak

        zaak = await Zaak.get(subject)
        if event["type"] == types.ZAAK_VERWIJDERD:
            return zaak is None  # the delete finished (its zaak document goes last)
        return zaak is not None and bool(zaak.status)
    if event.get("type") == types.DOCUMENT_GEREGISTREERD:
        from zgw.domain.documenten.documents import EnkelvoudigInformatieObject

        return await EnkelvoudigInformatieObject.get(subject) is not None
    if event.get("type") == types.BESLUIT_VERWERKT:
        from zgw.domain.besluiten.documents import Besluit

        return await Besluit.get(subject) is not None
    return False


async def settle_prepared(older_than: timedelta) -> tuple[list[UUID], int]:
    """Messages a request left `prepared` (its process died between its writes and their release): released if
    their write shows in the data (at least once: a change ping too many beats one missing), else removed.
    Returns the released ids and how many were removed."""
    cutoff = datetime.now(UTC) - older_than
    released: list[UUID] = []
    removed = 0
    async for raw in store.outbox().find({"status": "prepared", "aanmaakdatum": {"$lte": cutoff}}).limit(500):
        if await _happened(json.loads(raw["body"])):
            result = await store.outbox().update_one(
                {"_id": raw["_id"], "status": "prepared"},
                {"$set": {"status": "pending", "next_attempt_at": datetime.now(UTC)}})
            if result.modified_count:
                released.append(raw["_id"])
        else:
            result = await store.outbox().delete_one({"_id": raw["_id"], "status": "prepared"})
            removed += result.deleted_count
    return released, removed


async def purge_delivered(older_than: timedelta) -> int:
    """Forget delivered messages after the retention period (the sweep; a scan, as the sweep's others)."""
    result = await store.outbox().delete_many({"status": "delivered",
                                               "delivered_at": {"$lt": datetime.now(UTC) - older_than}})
    return int(result.deleted_count)


async def undelivered(include_delivered: bool = False, limit: int = 50) -> list[dict[str, Any]]:
    query: dict[str, Any] = {} if include_delivered else {"status": {"$ne": "delivered"}}
    cursor = store.outbox().find(query).sort([("aanmaakdatum", 1), ("volgnummer", 1)]).limit(limit)
    return [doc async for doc in cursor]


async def retry(ids: list[UUID] | None = None, *, failed_only: bool = False) -> list[UUID]:
    """"Retry now": the named messages (or every undelivered one) due at once with fresh attempts; their
    receivers' circuits are closed again (the operator says the receiver is back)."""
    query: dict[str, Any] = {"status": "failed"} if failed_only else {"status": {"$in": ["pending", "failed",
                                                                                         "prepared"]}}
    if ids is not None:
        query["_id"] = {"$in": ids}
    found = [doc async for doc in store.outbox().find(query, {"_id": 1, "receiver": 1})]
    if not found:
        return []
    chosen = [doc["_id"] for doc in found]
    await store.outbox().update_many({"_id": {"$in": chosen}}, {"$set": {
        "status": "pending", "attempts": 0, "next_attempt_at": datetime.now(UTC), "lease_until": None,
        "lease_owner": None}})
    for receiver in {doc["receiver"] for doc in found}:
        await reset_receiver(receiver)
    return chosen
