"""A real API process killed between the mirrored writes of a besluit (brc-005, brc-006): the leading document
exists, its mirror does not, an intent names the operation; the sweep (beat's task, in a real Celery worker)
rolls it forward. A retry of the same besluit–document pair repairs it at once too."""

from __future__ import annotations

import asyncio
import json
import subprocess
import time
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx
import pytest

from tests.apiprocess import free_port, serve
from tests.conftest import make_client
from tests.rest.besluiten.factories import BESLUITEN, BIOS, besluit_body, make_besluit, make_document, world, zaak_of
from zgw.core.settings import Settings
from zgw.domain.besluiten import links
from zgw.domain.besluiten.documents import (
    Besluit,
    BesluitInformatieObject,
    BesluitIntent,
    ZaakBesluit,
    ZaakBesluiten,
    zaakbesluit_id,
)
from zgw.domain.documenten import locks as eio_locks
from zgw.domain.documenten import objectinformatieobjecten as oios
from zgw.domain.documenten.documents import EnkelvoudigInformatieObject

pytestmark = pytest.mark.e2e
HOST = "http://testserver"


def _doomed_api(settings: Settings, port: int, log: Path, fault: str) -> subprocess.Popen[bytes]:
    return serve(settings, port, log, ZGW_FAULT=fault, APPLICATIE_CACHE_SECONDS="0")


async def _crash(settings: Settings, tmp_path: Path, fault: str, path: str, body: dict[str, Any]) -> None:
    """POST `body` (URLs on the test host) to a real API process that kills itself at `fault`."""
    token = await make_client("crash-brc", superuser=True)
    port = free_port()
    proc = _doomed_api(settings, port, tmp_path / "api.log", fault)
    base = f"http://127.0.0.1:{port}"
    sent = json.loads(json.dumps(body).replace(HOST, base))
    try:
        async with httpx.AsyncClient(timeout=30) as client:
            with pytest.raises(httpx.HTTPError):  # the process dies before it answers
                await client.post(f"{base}{path}", json=sent, headers=token)
        assert proc.wait(30) == -9  # SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()


def uid(url: str) -> UUID:
    return UUID(url.rsplit("/", 1)[-1])


async def _sweep_until_settled(key: UUID, worker: Path) -> None:
    from zgw.workers.documenten_links import sweep_links

    started = time.monotonic()
    while await BesluitIntent.get(key) is not None:
        assert time.monotonic() - started < eio_locks.LOCK_TIMEOUT + 60, worker.read_text()[-3000:]  # noqa: ASYNC240
        sweep_links.delay()
        await asyncio.sleep(2)


async def _half_linked(besluit_url: str, eio_url: str) -> BesluitInformatieObject:
    """What the kill left: the link written and named on both sides, the mirror missing, the intent there."""
    besluit = await Besluit.get(uid(besluit_url))
    assert besluit is not None and len(besluit.besluitinformatieobjecten) == 1
    bio = await BesluitInformatieObject.get(besluit.besluitinformatieobjecten[0])
    assert bio is not None
    eio = await EnkelvoudigInformatieObject.get(uid(eio_url))
    assert eio is not None and eio.objectinformatieobjecten == [oios.mirror_id(bio.id)]
    assert await oios.ObjectInformatieObject.get(oios.mirror_id(bio.id)) is None
    assert await BesluitIntent.get(links.pair_key(besluit.ref, bio.informatieobject)) is not None
    return bio


async def _whole_link(api: httpx.AsyncClient, h: dict[str, str], bio: BesluitInformatieObject, eio_url: str) -> None:
    mirror = await oios.ObjectInformatieObject.get(oios.mirror_id(bio.id))
    assert mirror is not None
    assert (mirror.object, mirror.object_type, mirror.bron) == (bio.besluit, "besluit", bio.id)
    assert await BesluitIntent.find({}).to_list() == []
    listed = await api.get(BIOS, headers=h, params={"informatieobject": eio_url})
    assert [x["url"] for x in listed.json()] == [f"{HOST}{bio.ref}"]


async def test_a_killed_link_writer_is_repaired_by_the_sweep(api: httpx.AsyncClient, superuser: dict[str, str],
                                                              settings: Settings, worker: Path,
                                                              tmp_path: Path) -> None:
    from zgw.workers.app import use_broker

    use_broker(settings.redis_url)
    w = await world(api, superuser)
    besluit = await make_besluit(api, superuser, w.besluittype)
    doc = await make_document(api, superuser, w.iot)
    await _crash(settings, tmp_path, "between-bio-writes", "/besluiten/api/v1/besluitinformatieobjecten",
                 {"besluit": besluit["url"], "informatieobject": doc["url"]})
    bio = await _half_linked(besluit["url"], doc["url"])
    await _sweep_until_settled(links.pair_key(bio.besluit, bio.informatieobject), worker)
    await _whole_link(api, superuser, bio, doc["url"])


async def test_a_killed_besluit_writer_is_repaired_by_the_sweep(api: httpx.AsyncClient, superuser: dict[str, str],
                                                                settings: Settings, worker: Path,
                                                                tmp_path: Path) -> None:
    from zgw.workers.app import use_broker

    use_broker(settings.redis_url)
    w = await world(api, superuser)
    zaak = await zaak_of(api, superuser, w)
    await _crash(settings, tmp_path, "between-besluit-writes", "/besluiten/api/v1/besluiten",
                 besluit_body(w.besluittype, zaak=zaak["url"]))
    # the besluit is written and named by the zaak; its zaakbesluit is missing
    [besluit] = await Besluit.find({}).to_list()
    assert (await ZaakBesluiten.get(uid(zaak["url"]))).besluiten == [besluit.id]  # type: ignore[union-attr]
    assert await ZaakBesluit.get(zaakbesluit_id(besluit.id)) is None
    assert (await api.get(f"{zaak['url']}/besluiten", headers=superuser)).json() == []
    await _sweep_until_settled(links.besluit_key(besluit.id), worker)
    listed = await api.get(f"{zaak['url']}/besluiten", headers=superuser)
    assert [x["besluit"] for x in listed.json()] == [f"{HOST}{besluit.ref}"]
    found = await api.get(BESLUITEN, headers=superuser, params={"zaak": zaak["url"]})
    assert [x["url"] for x in found.json()["results"]] == [f"{HOST}{besluit.ref}"]


async def test_a_retry_of_the_pair_repairs_at_once(api: httpx.AsyncClient, superuser: dict[str, str],
                                                   settings: Settings, tmp_path: Path) -> None:
    w = await world(api, superuser)
    besluit = await make_besluit(api, superuser, w.besluittype)
    doc = await make_document(api, superuser, w.iot)
    await _crash(settings, tmp_path, "between-bio-writes", "/besluiten/api/v1/besluitinformatieobjecten",
                 {"besluit": besluit["url"], "informatieobject": doc["url"]})
    bio = await _half_linked(besluit["url"], doc["url"])
    # the dead process's locks expire; the client's retry then finishes the link and answers `unique`
    started = time.monotonic()
    while True:
        retry = await api.post(BIOS, headers=superuser,
                               json={"besluit": besluit["url"], "informatieobject": doc["url"]})
        if retry.status_code != 409:  # 409 while the dead writer's locks live
            break
        assert time.monotonic() - started < eio_locks.LOCK_TIMEOUT + 30
    assert retry.status_code == 400, retry.text
    assert [p["code"] for p in retry.json()["invalidParams"]] == ["unique"]
    await _whole_link(api, superuser, bio, doc["url"])


async def test_a_killed_besluit_verwerken_is_undone_by_the_sweep(api: httpx.AsyncClient, superuser: dict[str, str],
                                                                 settings: Settings, worker: Path,
                                                                 tmp_path: Path) -> None:
    """besluit_verwerken is all or nothing: a process killed after its first link leaves a besluit with one of
    its two links; the sweep removes the besluit with that link, its mirror and its zaakbesluit."""
    from zgw.workers.app import use_broker

    use_broker(settings.redis_url)
    w = await world(api, superuser)
    zaak = await zaak_of(api, superuser, w)
    docs = [await make_document(api, superuser, w.iot) for _ in range(2)]
    body: dict[str, Any] = {"besluit": besluit_body(w.besluittype, zaak=zaak["url"]),
                            "besluitinformatieobjecten": [{"informatieobject": d["url"]} for d in docs]}
    await _crash(settings, tmp_path, "between-verwerken-links", "/besluiten/api/v1/besluit_verwerken", body)
    [besluit] = await Besluit.find({}).to_list()
    assert len(besluit.besluitinformatieobjecten) == 1
    assert await oios.ObjectInformatieObject.find({"object_type": "besluit"}).count() == 1
    await _sweep_until_settled(links.verwerken_key(besluit.id), worker)
    for model in (Besluit, BesluitInformatieObject, ZaakBesluit, BesluitIntent):
        assert await model.find({}).count() == 0, model
    assert await oios.ObjectInformatieObject.find({"object_type": "besluit"}).count() == 0
    for d in docs:
        eio = await EnkelvoudigInformatieObject.get(uid(d["url"]))
        assert eio is not None and eio.objectinformatieobjecten == []
    assert (await ZaakBesluiten.get(uid(zaak["url"]))).besluiten == []  # type: ignore[union-attr]
