"""Deliver outbox messages to the Notificaties API: thin, idempotent tasks."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta
from uuid import UUID

import httpx
from celery import Task

from zgw.domain.notifications import service as outbox
from zgw.domain.notifications.documents import OutboxMessage
from zgw.gateway.auth import make_token
from zgw.gateway.settings import get_settings
from zgw.workers.app import celery_app, run

logger = logging.getLogger(__name__)

LEASE = timedelta(seconds=60)


async def _claim(message_id: UUID) -> OutboxMessage | None:
    """Take a short lease on a pending message, so two workers never send it at once."""
    now = datetime.now(UTC)
    collection = OutboxMessage.get_pymongo_collection()
    raw = await collection.find_one_and_update(
        {"_id": message_id, "status": "pending",
         "$or": [{"lease_until": {"$exists": False}}, {"lease_until": None}, {"lease_until": {"$lt": now}}]},
        {"$set": {"lease_until": now + LEASE}},
    )
    return OutboxMessage.model_validate(raw) if raw else None


async def _release(message_id: UUID) -> None:
    await OutboxMessage.get_pymongo_collection().update_one({"_id": message_id}, {"$set": {"lease_until": None}})


async def _send(message: OutboxMessage) -> None:
    settings = get_settings()
    token = make_token(settings.notificaties_client_id, settings.notificaties_secret)
    url = settings.notificaties_api_root.rstrip("/") + "/notificaties"
    async with httpx.AsyncClient(timeout=settings.notificaties_timeout) as client:
        response = await client.post(url, json=message.as_message(),
                                     headers={"Authorization": f"Bearer {token}"})
    response.raise_for_status()


async def _deliver(message_id: UUID, final: bool) -> str:
    message = await _claim(message_id)
    if message is None:
        return "skipped"
    try:
        await _send(message)
    except (httpx.HTTPError, OSError) as exc:
        await outbox.mark_attempt_failed(message_id, repr(exc), final=final)
        await _release(message_id)
        raise
    await outbox.mark_delivered(message_id)
    return "delivered"


@celery_app.task(bind=True, name="zgw.workers.notifications.deliver", max_retries=None)
def deliver(self: Task, message_id: str) -> str:
    settings = get_settings()
    final = self.request.retries >= settings.notificaties_max_retries
    try:
        return run(_deliver(UUID(message_id), final))
    except (httpx.HTTPError, OSError) as exc:
        if final:
            logger.error("notification %s failed for good: %r", message_id, exc)
            return "failed"
        countdown = min(settings.notificaties_retry_backoff * (2 ** self.request.retries),
                        settings.notificaties_retry_backoff_max)
        raise self.retry(exc=exc, countdown=countdown) from exc


@celery_app.task(name="zgw.workers.notifications.sweep")
def sweep() -> int:
    """Re-queue pending messages whose first dispatch was lost (broker or worker outage)."""
    if not get_settings().notificaties_api_root:
        return 0
    ids = run(outbox.pending_ids(older_than=timedelta(seconds=30)))
    for message_id in ids:
        deliver.delay(str(message_id))
    return len(ids)


async def enqueue(ids: list[UUID]) -> None:
    """Queue delivery from the API process without blocking its event loop."""

    def send() -> None:
        for message_id in ids:
            deliver.apply_async(args=[str(message_id)], retry=False)

    await asyncio.to_thread(send)
