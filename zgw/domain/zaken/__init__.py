"""The Zaken component's domain: zaken, their sub-resources and the rules on them."""

from __future__ import annotations

from typing import Any


def configure(redis: Any) -> None:
    """Bind the Redis client used for zaak locks, identificaties and the listing (app lifespan)."""
    from zgw.domain.zaken import identificatie, indexing, listings, locks

    locks.configure(redis, hooks=(indexing.lock_entered, indexing.lock_leaving))
    identificatie.configure(redis)
    listings.configure(redis)
