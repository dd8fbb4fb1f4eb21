"""Deliver cloud events from the outbox to the configured webhooks: thin, idempotent tasks.

`deliver` makes one attempt (under a lease) and queues the next itself; `sweep` (beat) re-queues whatever is due
and not leased, so a lost task, a Redis restart or a killed worker delays an event but never loses it.
"""

from __future__ import annotations

import asyncio
import json
import logging
from datetime import UTC, datetime, timedelta
from uuid import UUID

import httpx
from celery import Task

from zgw.core.auth import make_token
from zgw.core.settings import get_settings
from zgw.domain.cloudevents import config, delivery
from zgw.domain.cloudevents.config import Receiver
from zgw.workers.app import celery_app, run

logger = logging.getLogger(__name__)

CONTENT_TYPE = "application/cloudevents+json"


def headers_for(receiver: Receiver) -> dict[str, str]:
    headers = {"Content-Type": CONTENT_TYPE}
    if receiver.auth == "jwt":
        headers["Authorization"] = f"Bearer {make_token(receiver.client_id, receiver.secret)}"
    elif receiver.auth == "api_key":
        headers[receiver.header or "Authorization"] = receiver.key
    return headers


async def _post(receiver: Receiver, event: dict[str, object], seconds: float) -> None:
    async with httpx.AsyncClient(timeout=seconds) as client:
        response = await client.post(receiver.url, content=json.dumps(event).encode(), headers=headers_for(receiver))
    response.raise_for_status()


async def _deliver(message_id: UUID, owner: str) -> tuple[str, datetime | None]:
    """One attempt; returns the outcome and when the message is due again (if it is)."""
    cfg = await config.current()
    message = await delivery.claim(message_id, owner, cfg.delivery.lease_seconds)
    if message is None:
        return "skipped", None
    receiver = cfg.receiver(message.receiver)
    if receiver is None:
        await delivery.give_up(message_id, f"receiver {message.receiver!r} is not configured")
        return "failed", None
    open_until = await delivery.circuit_open_until(receiver.name)
    if open_until is not None:
        await delivery.defer(message_id, open_until)
        return "deferred", open_until
    try:
        await _post(receiver, message.event, cfg.delivery.timeout)
    except (httpx.HTTPError, OSError) as exc:
        error = f"HTTP {exc.response.status_code}" if isinstance(exc, httpx.HTTPStatusError) else repr(exc)
        due = await delivery.attempt_failed(message, error, cfg.delivery)
        opened = await delivery.receiver_failed(receiver.name, cfg.delivery)
        if opened is not None:
            logger.warning("cloud event receiver %s: circuit open until %s", receiver.name, opened)
        return ("retry" if due else "failed"), (max(due, opened) if due and opened else due)
    await delivery.delivered(message_id)
    await delivery.receiver_succeeded(receiver.name)
    return "delivered", None


@celery_app.task(bind=True, name="zgw.workers.cloudevents.deliver", max_retries=0)
def deliver(self: Task, message_id: str) -> str:
    outcome, due = run(_deliver(UUID(message_id), self.request.id or message_id))
    if due is not None:
        countdown = max((due - datetime.now(UTC)).total_seconds(), 0.0)
        try:
            deliver.apply_async(args=[message_id], countdown=countdown, retry=False)
        except Exception:  # the broker is gone: the sweep queues it when it is due
            logger.warning("could not queue the next attempt of cloud event %s", message_id, exc_info=True)
    return outcome


@celery_app.task(name="zgw.workers.cloudevents.sweep")
def sweep() -> int:
    """Settle what dead requests left prepared, then queue every pending message that is due and not leased."""
    released, removed = run(delivery.settle_prepared(timedelta(seconds=get_settings().cloud_events_prepared_seconds)))
    if released or removed:
        logger.warning("cloud events left prepared by a dead request: %d released, %d removed", len(released), removed)
    run(delivery.purge_delivered(timedelta(days=get_settings().cloud_events_retention_days)))
    ids: list[UUID] = run(delivery.due_ids())
    for message_id in ids:
        deliver.delay(str(message_id))
    return len(ids)


async def enqueue(ids: list[UUID]) -> None:
    """Queue delivery from the API process without blocking its event loop."""

    def send() -> None:
        for message_id in ids:
            deliver.apply_async(args=[str(message_id)], retry=False)

    await asyncio.to_thread(send)
