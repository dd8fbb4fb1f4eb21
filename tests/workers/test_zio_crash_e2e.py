"""A real API process killed between the two writes of a zaakinformatieobject (zrc-005): the link exists,
its mirrored objectinformatieobject does not, an intent names the operation; the sweep (beat's task, in a
real Celery worker) rolls it forward. A retry of the same pair repairs it at once too."""

from __future__ import annotations

import asyncio
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from tests.apiprocess import free_port, serve
from tests.conftest import make_client
from tests.rest.documenten.sub.helpers import ZAKEN, eio_doc, linked_setup, make_eio
from zgw.core.settings import Settings
from zgw.domain.documenten import objectinformatieobjecten as oios
from zgw.domain.zaken import locks
from zgw.domain.zaken.documents import Zaak
from zgw.domain.zaken.zaakinformatieobjecten import LinkIntent, ZaakInformatieObject, pair_key

pytestmark = pytest.mark.e2e


def _doomed_api(settings: Settings, port: int, log: Path) -> subprocess.Popen[bytes]:
    return serve(settings, port, log, ZGW_FAULT="between-zio-writes", APPLICATIE_CACHE_SECONDS="0")


async def _crash_link(settings: Settings, tmp_path: Path, zaak_url: str, eio_url: str) -> None:
    token = await make_client("crash-zio", superuser=True)
    port = free_port()
    proc = _doomed_api(settings, port, tmp_path / "api.log")
    base = f"http://127.0.0.1:{port}"
    body = {"zaak": zaak_url.replace("http://testserver", base),
            "informatieobject": eio_url.replace("http://testserver", base)}
    try:
        async with httpx.AsyncClient(timeout=30) as client:
            with pytest.raises(httpx.HTTPError):  # the process dies before it answers
                await client.post(f"{base}/zaken/api/v1/zaakinformatieobjecten", json=body, headers=token)
        assert proc.wait(30) == -9  # SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()


async def _half_written(zaak_url: str, eio_url: str) -> ZaakInformatieObject:
    """The state the kill left: the link written and named on both sides, the mirror missing."""
    zaak = await Zaak.get(zaak_url.rsplit("/", 1)[-1])
    assert zaak is not None and len(zaak.zaakinformatieobjecten) == 1
    zio = await ZaakInformatieObject.get(zaak.zaakinformatieobjecten[0])
    assert zio is not None
    assert (await eio_doc(eio_url)).objectinformatieobjecten == [oios.mirror_id(zio.id)]
    assert await oios.ObjectInformatieObject.get(oios.mirror_id(zio.id)) is None
    assert await LinkIntent.get(pair_key(zaak.ref, zio.informatieobject)) is not None
    return zio


async def _whole(api: httpx.AsyncClient, h: dict[str, str], zio: ZaakInformatieObject, eio_url: str) -> None:
    mirror = await oios.ObjectInformatieObject.get(oios.mirror_id(zio.id))
    assert mirror is not None
    assert (mirror.object, mirror.object_type, mirror.bron) == (zio.zaak, "zaak", zio.id)
    assert await LinkIntent.find({}).to_list() == []
    listed = await api.get(f"{ZAKEN}/zaakinformatieobjecten", headers=h, params={"informatieobject": eio_url})
    assert [x["uuid"] for x in listed.json()] == [str(zio.id)]


async def test_a_killed_link_writer_is_repaired_by_the_sweep(api: httpx.AsyncClient, superuser: dict[str, str],
                                                              settings: Settings, worker: Path,
                                                              tmp_path: Path) -> None:
    from zgw.workers.app import use_broker
    from zgw.workers.documenten_links import sweep_links

    use_broker(settings.redis_url)
    s = await linked_setup(api, superuser)
    eio = await make_eio(s.iot["url"])
    await _crash_link(settings, tmp_path, s.zaak["url"], eio)
    zio = await _half_written(s.zaak["url"], eio)

    # the sweep (beat's task, in a real worker) settles the intent once the dead writer's locks expired
    started = time.monotonic()
    while await LinkIntent.get(pair_key(zio.zaak, zio.informatieobject)) is not None:
        assert time.monotonic() - started < locks.LOCK_TIMEOUT + 60, worker.read_text()[-3000:]  # noqa: ASYNC240
        sweep_links.delay()
        await asyncio.sleep(2)
    await _whole(api, superuser, zio, eio)


async def test_a_retry_of_the_pair_repairs_at_once(api: httpx.AsyncClient, superuser: dict[str, str],
                                                   settings: Settings, tmp_path: Path) -> None:
    s = await linked_setup(api, superuser)
    eio = await make_eio(s.iot["url"])
    await _crash_link(settings, tmp_path, s.zaak["url"], eio)
    zio = await _half_written(s.zaak["url"], eio)
    # the dead process's zaak lock expires; the client's retry then finishes the link and answers `unique`
    started = time.monotonic()
    while True:
        retry = await api.post(f"{ZAKEN}/zaakinformatieobjecten", headers=superuser,
                               json={"zaak": s.zaak["url"], "informatieobject": eio})
        if retry.status_code != 409:  # 409 while the dead writer's lock lives
            break
        assert time.monotonic() - started < locks.LOCK_TIMEOUT + 30
    assert retry.status_code == 400, retry.text
    assert [p["code"] for p in retry.json()["invalidParams"]] == ["unique"]
    await _whole(api, superuser, zio, eio)
