"""The rebuild task in a real Celery worker: it runs at worker start and on request."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx
import pytest

from zgw.core.settings import Settings
from zgw.domain.zaken.documents import Zaak
from zgw.domain.zaken.listing import Listing

pytestmark = pytest.mark.e2e

ZAAKTYPE = "/catalogi/api/v1/zaaktypen/00000000-0000-0000-0000-000000000001"


async def test_worker_rebuilds_the_listing(api: httpx.AsyncClient, app_state: tuple[Any, dict[str, Any]],
                                           settings: Settings, worker: Path) -> None:
    from zgw.workers.app import use_broker
    from zgw.workers.listing import rebuild_listing

    use_broker(settings.redis_url)
    redis = app_state[1]["redis"]
    await Zaak.get_pymongo_collection().insert_many([
        {"_id": UUID(int=i), "seq": i, "zaaktype": ZAAKTYPE, "vertrouwelijkheidaanduiding": "openbaar",
         "bronorganisatie": "517439943", "identificatie": f"ZAAK-{i}"}  # unique together, also on MongoDB
        for i in range(1, 31)])
    listing = Listing(redis, is_empty=lambda: asyncio.sleep(0, False))
    await listing.mark_not_ready()  # as after a Redis restart without its data
    assert await listing.ready() is False

    rebuild_listing.delay()
    for _ in range(200):
        if await listing.ready():
            break
        await asyncio.sleep(0.05)
    assert await listing.ready() is True
    assert await listing.count({ZAAKTYPE: 0}) == 30
    assert await listing.page(None, 0, 3) == [str(UUID(int=i)) for i in (30, 29, 28)]
