"""Deliver outbox messages to the Notificaties API: thin, idempotent tasks."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta
from uuid import UUID

import httpx
from celery import Task

from zgw.core.auth import make_token
from zgw.core.settings import Settings, get_settings
from zgw.domain.notifications import service as outbox
from zgw.domain.notifications.documents import OutboxMessage
from zgw.domain.services import client as outbound
from zgw.domain.services import registry
from zgw.workers.app import celery_app, run

logger = logging.getLogger(__name__)

LEASE = timedelta(seconds=60)


async def _claim(message_id: UUID, owner: str) -> OutboxMessage | None:
    """Take a short lease on a pending message, so two workers never send it at once.

    A lease held by `owner` (the Celery task id, kept across retries) can be taken again by it,
    so a retry picks up the lease its failed attempt kept through the backoff.
    """
    now = datetime.now(UTC)
    collection = OutboxMessage.get_pymongo_collection()
    raw = await collection.find_one_and_update(
        {"_id": message_id, "status": "pending",
         "$or": [{"lease_until": {"$exists": False}}, {"lease_until": None}, {"lease_until": {"$lt": now}},
                 {"lease_owner": owner}]},
        {"$set": {"lease_until": now + LEASE, "lease_owner": owner}},
    )
    return OutboxMessage.model_validate(raw) if raw else None


async def _release(message_id: UUID, hold: timedelta = timedelta(0)) -> None:
    """Give up the lease; with `hold`, keep it until the retry is due (other tasks stay out)."""
    update: dict[str, object] = (
        {"lease_until": datetime.now(UTC) + hold + LEASE} if hold else {"lease_until": None, "lease_owner": None})
    await OutboxMessage.get_pymongo_collection().update_one({"_id": message_id}, {"$set": update})


async def _send(message: OutboxMessage) -> None:
    """POST the message; with a registered `nrc` service over NOTIFICATIES_API_ROOT, with that service's
    credentials, timeouts and TLS through the outbound client (Open Zaak's notifications service), else
    with a JWT from NOTIFICATIES_CLIENT_ID / NOTIFICATIES_SECRET."""
    settings = get_settings()
    url = settings.notificaties_api_root.rstrip("/") + "/notificaties"
    service = await registry.for_url(url, "nrc")
    if service is not None:
        try:
            response = await outbound.request(service, "POST", url, json=message.as_message())
        except outbound.Unreachable as exc:
            raise httpx.TransportError(str(exc)) from None
    else:
        token = make_token(settings.notificaties_client_id, settings.notificaties_secret)
        async with httpx.AsyncClient(timeout=settings.notificaties_timeout) as client:
            response = await client.post(url, json=message.as_message(),
                                         headers={"Authorization": f"Bearer {token}"})
    response.raise_for_status()


async def _deliver(message_id: UUID, final: bool, owner: str, retry_in: float = 0) -> str:
    message = await _claim(message_id, owner)
    if message is None:
        return "skipped"
    try:
        await _send(message)
    except (httpx.HTTPError, OSError) as exc:
        await outbox.mark_attempt_failed(message_id, repr(exc), final=final)
        # Until the retry runs, the sweep must not start a second delivery chain for this message.
        await _release(message_id, hold=timedelta(0) if final else timedelta(seconds=retry_in))
        raise
    await outbox.mark_delivered(message_id)
    return "delivered"


def _backoff(settings: Settings, retries: int) -> int:
    return min(settings.notificaties_retry_backoff * int(2 ** retries), settings.notificaties_retry_backoff_max)


@celery_app.task(bind=True, name="zgw.workers.notifications.deliver", max_retries=None)
def deliver(self: Task, message_id: str) -> str:
    settings = get_settings()
    final = self.request.retries >= settings.notificaties_max_retries
    countdown = _backoff(settings, self.request.retries)
    owner = self.request.id or message_id
    try:
        return run(_deliver(UUID(message_id), final, owner, countdown))
    except (httpx.HTTPError, OSError) as exc:
        if final:
            logger.error("notification %s failed for good: %r", message_id, exc)
            return "failed"
        raise self.retry(exc=exc, countdown=countdown) from exc


@celery_app.task(name="zgw.workers.notifications.sweep")
def sweep() -> int:
    """Re-queue pending messages whose first dispatch was lost (broker or worker outage)."""
    if not get_settings().notificaties_api_root:
        return 0
    ids: list[UUID] = run(outbox.pending_ids(older_than=timedelta(seconds=30)))
    for message_id in ids:
        deliver.delay(str(message_id))
    return len(ids)


async def enqueue(ids: list[UUID]) -> None:
    """Queue delivery from the API process without blocking its event loop."""

    def send() -> None:
        for message_id in ids:
            deliver.apply_async(args=[str(message_id)], retry=False)

    await asyncio.to_thread(send)
