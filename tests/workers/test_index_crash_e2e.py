"""A real API process killed between a zaak's database write and its index entries: the zaak is
missing from the index until the sweep (a real Celery worker) syncs it; then every answer is right."""

from __future__ import annotations

import asyncio
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from tests.apiprocess import free_port, serve
from tests.conftest import make_client
from tests.rest.zaken.factories import CRS, zaak_body
from tests.rest.zaken.sub.helpers import ROOT, setup
from zgw.core.settings import Settings
from zgw.domain.zaken import indexing, listings, locks
from zgw.domain.zaken.documents import Zaak

pytestmark = pytest.mark.e2e


def _doomed_api(settings: Settings, port: int, log: Path) -> subprocess.Popen[bytes]:
    return serve(settings, port, log, ZGW_FAULT="before-index-sync", APPLICATIE_CACHE_SECONDS="0")


async def test_a_killed_writer_is_healed_by_the_sweep(api: httpx.AsyncClient, superuser: dict[str, str],
                                                      settings: Settings, worker: Path, tmp_path: Path) -> None:
    from zgw.workers.app import use_broker
    from zgw.workers.listing import sweep_index

    use_broker(settings.redis_url)
    assert await listings.get().ready()
    s = await setup(api, superuser)
    token = await make_client("crash", superuser=True)
    port = free_port()
    proc = _doomed_api(settings, port, tmp_path / "api.log")
    base = f"http://127.0.0.1:{port}"
    body = zaak_body(s.zaaktype["url"].replace("http://testserver", base), identificatie="CRASH-1")
    try:
        async with httpx.AsyncClient(timeout=30) as client:
            with pytest.raises(httpx.HTTPError):  # the process dies before it answers
                await client.post(f"{base}/zaken/api/v1/zaken", json=body, headers={**token, **CRS})
        assert proc.wait(30) == -9  # SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()

    # the zaak is in the database, not in the index: the key lookup misses it, the check sees it
    stored = await Zaak.find_one({"identificatie": "CRASH-1"})
    assert stored is not None
    assert await indexing.check() == {"missing": [str(stored.id)], "wrong": [], "stale": [], "strays": []}
    r = await api.get(f"{ROOT}/zaken", params={"identificatie": "CRASH-1"}, headers={**superuser, **CRS})
    assert r.json()["count"] == 0
    marked = await listings.get().redis.zscore(indexing.DIRTY, str(stored.id))
    assert marked is not None

    # the sweep (beat's task, in a real worker) syncs it once the dead writer's lock has expired
    started = time.monotonic()
    while await listings.get().redis.zscore(indexing.DIRTY, str(stored.id)) is not None:
        assert time.monotonic() - started < locks.LOCK_TIMEOUT + 30, worker.read_text()[-3000:]  # noqa: ASYNC240
        sweep_index.delay()
        await asyncio.sleep(2)
    assert await indexing.check() == {"missing": [], "wrong": [], "stale": [], "strays": []}
    r = await api.get(f"{ROOT}/zaken", params={"identificatie": "CRASH-1"}, headers={**superuser, **CRS})
    assert [z["url"] for z in r.json()["results"]] == [f"http://testserver{stored.ref}"]
    r = await api.get(f"{ROOT}/zaken", headers={**superuser, **CRS})
    assert f"http://testserver{stored.ref}" in [z["url"] for z in r.json()["results"]]
