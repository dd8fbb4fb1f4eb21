"""Keep the zaken index (Redis) complete: rebuild it from the database when it is not ready, and
sync the zaken a crashed writer left marked dirty (`sweep_index`, every ZAKEN_INDEX_SWEEP_SECONDS).

Triggered when a worker starts, by beat every minute (a Redis restart without its data makes the
listing not ready; the API then answers from the database until this has run) and by
`zgw zaken reindex`.
"""

from __future__ import annotations

import logging
from typing import Any

import redis.asyncio as aioredis
from celery.signals import worker_ready

from zgw.core.settings import get_settings
from zgw.domain.zaken import listing
from zgw.workers.app import celery_app, run

logger = logging.getLogger(__name__)


async def _rebuild(force: bool) -> int | None:
    client = aioredis.Redis.from_url(get_settings().redis_url)
    try:
        index = listing.Listing(client, is_empty=listing._zaken_empty)
        if force:
            return await listing.rebuild_from_database(index)
        return await listing.ensure_ready(index)
    finally:
        await client.aclose()


@celery_app.task(name="zgw.workers.listing.rebuild_listing", acks_late=False)
def rebuild_listing(force: bool = False) -> int | None:
    """Rebuild the listing (when not ready, or always with `force`); returns the zaken indexed."""
    count = run(_rebuild(force))
    if count is not None:
        logger.info("zaken listing rebuilt with %d zaken", count)
    return count


@celery_app.task(name="zgw.workers.listing.sweep_index", acks_late=False)
def sweep_index() -> int:
    """Sync the zaken whose index entries a crashed writer left unsettled (see zgw.domain.zaken.indexing)."""
    from zgw.domain.zaken import indexing

    return run(indexing.sweep())


@worker_ready.connect
def _on_worker_ready(**_: Any) -> None:
    rebuild_listing.delay()
