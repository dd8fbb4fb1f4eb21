"""Keep the analytics copy current (zgw.domain.analytics): the only writer of its snapshot files.

`pump` (beat, every ANALYTICS_PUMP_SECONDS) moves changed zaken onto the rows feed and compacts when
enough has changed; `rebuild` writes a snapshot from MongoDB — when a worker starts without one, when
the feed lost changes, and from `zgw analytics rebuild`.
"""

from __future__ import annotations

import logging
from typing import Any

from celery.signals import worker_ready

from zgw.workers.app import celery_app, run

logger = logging.getLogger(__name__)


async def _pump() -> int:
    from zgw.domain.analytics import feed, store

    try:
        moved = await feed.pump()
    except feed.Lost:
        logger.warning("analytics: changes were trimmed from the feed before they were read; rebuilding")
        rebuild.delay()
        return 0
    if await store.current() is None:
        rebuild.delay()
        return moved
    await store.compact()
    return moved


@celery_app.task(name="zgw.workers.analytics.pump", acks_late=False)
def pump() -> int:
    """Move changed zaken into the copy's feed (and compact the copy when due)."""
    return run(_pump())


async def _rebuild(force: bool) -> int | None:
    from zgw.domain.analytics import store

    snapshot = await store.rebuild(wait=0) if force else await store.ensure()
    return snapshot.count if snapshot is not None else None


@celery_app.task(name="zgw.workers.analytics.rebuild", acks_late=False)
def rebuild(force: bool = True) -> int | None:
    """Write a new snapshot from MongoDB (or, without `force`, only when there is none)."""
    try:
        count = run(_rebuild(force))
    except TimeoutError:
        logger.info("analytics: another writer holds the copy; no rebuild")
        return None
    if count is not None:
        logger.info("analytics copy rebuilt with %d zaken", count)
    return count


@worker_ready.connect
def _on_worker_ready(**_: Any) -> None:
    rebuild.delay(force=False)
