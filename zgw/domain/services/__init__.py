"""External services (Open Zaak's "Services"): the registry, the one outbound client, remote objects."""

from __future__ import annotations

from typing import Any


def configure(redis: Any) -> None:
    """Bind the Redis client whose version key invalidates every process's cached registry (app lifespan)."""
    from zgw.domain.services import registry

    registry.configure(redis)
