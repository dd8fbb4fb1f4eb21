"""The Celery application; each worker process gets its own event loop with Beanie initialised."""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import Coroutine
from pathlib import Path
from typing import Any, TypeVar

from celery import Celery
from celery.signals import worker_process_init, worker_process_shutdown

from zgw.core.settings import PROJECT_ROOT, Settings, get_settings

T = TypeVar("T")

settings = get_settings()
celery_app = Celery("zgw", broker=settings.redis_url, include=["zgw.workers.notifications", "zgw.workers.listing",
                                                         "zgw.workers.analytics", "zgw.workers.documenten_links",
                                                         "zgw.workers.documenten", "zgw.workers.imports",
                                                         "zgw.workers.cloudevents", "zgw.workers.convenience"])
celery_app.conf.update(
    task_ignore_result=True,
    task_acks_late=True,
    task_reject_on_worker_lost=True,
    worker_prefetch_multiplier=1,
    broker_connection_retry_on_startup=True,
    timezone="UTC",
    beat_schedule={
        "sweep-notification-outbox": {
            "task": "zgw.workers.notifications.sweep",
            "schedule": float(settings.outbox_sweep_seconds),
        },
        "ensure-zaken-listing": {"task": "zgw.workers.listing.rebuild_listing", "schedule": 60.0},
        "sweep-cloudevents": {"task": "zgw.workers.cloudevents.sweep",
                              "schedule": float(settings.cloud_events_sweep_seconds)},
        "sweep-zaken-index": {"task": "zgw.workers.listing.sweep_index",
                              "schedule": float(settings.zaken_index_sweep_seconds)},
        "sweep-documenten-links": {"task": "zgw.workers.documenten_links.sweep_links", "schedule": 60.0},
        "sweep-convenience": {"task": "zgw.workers.convenience.sweep", "schedule": 60.0},
        "sweep-documenten-uploads": {"task": "zgw.workers.documenten.sweep_uploads", "schedule": 3600.0},
        "sweep-documenten-index": {"task": "zgw.workers.documenten.sweep_index",
                                   "schedule": float(settings.zaken_index_sweep_seconds)},
        "sweep-imports": {"task": "zgw.workers.imports.sweep", "schedule": settings.import_sweep_seconds},
        "pump-analytics": {"task": "zgw.workers.analytics.pump", "schedule": settings.analytics_pump_seconds,
                           "options": {"expires": max(5.0, 5 * settings.analytics_pump_seconds)}},
    },
)



def use_broker(url: str) -> None:
    """Send tasks to this Redis from now on. The app keeps a connection pool (and a producer pool on it)
    for the broker it first sent to; changing `broker_url` alone leaves them pointing at the old one."""
    if celery_app.conf.broker_url == url and celery_app._pool is not None:
        return
    celery_app.conf.broker_url = url
    pool, celery_app._pool = celery_app._pool, None
    if "amqp" in celery_app.__dict__:
        celery_app.amqp._producer_pool = None
    if pool is not None:
        pool.force_close_all()


def beat_schedule_file(settings: Settings) -> Path:
    """Where beat keeps its schedule: CELERY_BEAT_SCHEDULE, else this checkout's .data folder (never a
    file in /tmp shared by every checkout on the machine), else the temp folder (an installed package)."""
    if settings.celery_beat_schedule:
        return Path(settings.celery_beat_schedule)
    if (PROJECT_ROOT / "pyproject.toml").exists():
        return PROJECT_ROOT / ".data" / "celerybeat-schedule"
    return Path(tempfile.gettempdir()) / "zgw-celerybeat-schedule"


_loop: asyncio.AbstractEventLoop | None = None
_client: Any = None
_redis: Any = None
_live: Any = None


def run(coro: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine on this process's loop, initialising the database on first use."""
    global _loop, _client, _redis
    if _loop is None:
        _loop = asyncio.new_event_loop()
        import redis.asyncio as aioredis

        from zgw.core.db import init_db
        from zgw.domain import zaken

        _client = _loop.run_until_complete(init_db(get_settings()))
        _redis = aioredis.Redis.from_url(get_settings().redis_url)
        zaken.configure(_redis)  # zaak locks and the zaken index, as in the API
        from zgw.domain import documenten

        documenten.configure(_redis)  # informatieobject locks (the link sweep takes them)
        from zgw.domain.documenten import indexing as documenten_index

        documenten_index.configure(_redis)  # the documenten index follows the worker's writes too
        from zgw.domain import services as services_domain

        services_domain.configure(_redis)  # the services registry, cached until its Redis version moves (as the API)
        from zgw.core.settings import analytics_dir
        from zgw.domain import analytics

        analytics.configure(_redis, analytics_dir(get_settings()))
        from zgw.domain.cloudevents import config as cloudevents_config

        cloudevents_config.configure(cloudevents_config.from_settings(get_settings()))
        from zgw.domain.cloudevents import live
        from zgw.domain.cloudevents import outbox as cloudevents_outbox

        global _live  # events the worker's own operations release go to live subscribers too
        if _live is not None:
            cloudevents_outbox.remove_listener(_live)
        _live = live.publisher(_redis)
        cloudevents_outbox.add_listener(_live)
    return _loop.run_until_complete(coro)


@worker_process_init.connect
def _reset_loop(**_: Any) -> None:
    # A forked child must not reuse the parent's loop or Mongo connections.
    global _loop, _client, _redis
    _loop = None
    _client = None
    _redis = None


@worker_process_shutdown.connect
def _close(**_: Any) -> None:
    if _loop is not None and _client is not None:
        _loop.run_until_complete(_client.close())
