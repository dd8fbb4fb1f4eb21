"""Cloud events switched on for a test: one receiver, and a dispatcher that records instead of queueing."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any
from uuid import UUID

import httpx
import pytest

from zgw.domain.cloudevents import config, outbox, store
from zgw.domain.cloudevents.config import CloudEventsConfig, Receiver

SOURCE = "urn:nld:oin:01823288444:zakensysteem"


@pytest.fixture
async def events_on(api: httpx.AsyncClient) -> AsyncIterator[list[list[UUID]]]:
    dispatched: list[list[UUID]] = []

    async def record(ids: list[UUID]) -> None:
        dispatched.append(ids)

    previous = outbox._dispatcher
    config.configure(CloudEventsConfig(enabled=True, source=SOURCE,
                                       receivers=(Receiver("webhook", "http://127.0.0.1:9/events"),)))
    outbox.set_dispatcher(record)
    try:
        yield dispatched
    finally:
        config.configure(CloudEventsConfig())
        outbox.set_dispatcher(previous)


async def messages(**query: Any) -> list[dict[str, Any]]:
    return [m async for m in store.outbox().find(query).sort([("aanmaakdatum", 1), ("volgnummer", 1)])]


async def events(**query: Any) -> list[dict[str, Any]]:
    return [json.loads(m["body"]) for m in await messages(**query)]
