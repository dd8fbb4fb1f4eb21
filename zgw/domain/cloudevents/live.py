"""Live updates: every released cloud event published on one Redis channel, for the GraphQL subscriptions of any
API process (zgw.graphql.subscriptions). Registered by the API's lifespan and by each worker process."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

CHANNEL = "zgw:cloudevents:live"


def publisher(redis: Any) -> Callable[[dict[str, Any]], Awaitable[None]]:
    """A cloud event listener (outbox.add_listener) that publishes each released event on the live channel."""

    async def publish(event: dict[str, Any]) -> None:
        await redis.publish(CHANNEL, json.dumps(event))

    return publish
