"""Beat's upload sweep in a real Celery worker: bestandsdelen of an upload nobody finished, parts whose
informatieobject is gone and GridFS writes whose writer died are removed once older than
DOCUMENTEN_UPLOAD_CLEANUP_HOURS; fresh uploads in progress and finished content stay."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

import httpx
import pytest

from tests.rest.documenten.factories import lock, make_eio, published_iot
from zgw.core.settings import Settings
from zgw.domain.documenten import content
from zgw.domain.documenten.documents import Bestandsdeel, EnkelvoudigInformatieObject

pytestmark = pytest.mark.e2e
DATA = b"0123456789abcdefghijklmnopqrstuvwxyz"  # parts of 10, 10, 10, 6
OLD = datetime.now(UTC) - timedelta(hours=25)  # past the default 24 hours


def _uuid(url: str) -> UUID:
    return UUID(url.rsplit("/", 1)[1])


async def _put(api: httpx.AsyncClient, h: dict[str, str], part: dict[str, Any], data: bytes, lock_id: str) -> None:
    r = await api.put(part["url"], headers=h, data={"lock": lock_id}, files={"inhoud": ("deel.bin", data)})
    assert r.status_code == 200, r.text


async def _part_files(eio_url: str) -> list[str]:
    return [p.inhoud async for p in Bestandsdeel.find({"informatieobject": _uuid(eio_url)}) if p.inhoud]


async def _age_parts(eio_url: str) -> None:
    await Bestandsdeel.get_pymongo_collection().update_many({"informatieobject": _uuid(eio_url)},
                                                            {"$set": {"aangemaakt": OLD}})


async def _dead_write(started: datetime) -> str:
    """What a writer killed mid-upload leaves: the pending marker and some chunks, no files document."""
    file_id = uuid4().hex
    await content.pending().insert_one({"_id": file_id, "started": started})
    await content.chunks().insert_many([{"_id": content.chunk_id(file_id, n), "files_id": file_id, "n": n,
                                         "data": b"x" * 100} for n in range(3)])
    return file_id


async def test_the_sweep_removes_abandoned_uploads_only(api: httpx.AsyncClient, superuser: dict[str, str],
                                                        settings: Settings, worker: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from zgw.workers.app import use_broker
    from zgw.workers.documenten import sweep_uploads

    use_broker(settings.redis_url)
    monkeypatch.setattr(settings, "documenten_upload_chunk_size", 10)
    iot = (await published_iot(api, superuser))["url"]

    # abandoned: two of four parts uploaded a day ago
    abandoned = await make_eio(api, superuser, iot, inhoud=None, bestandsomvang=len(DATA))
    lock_a = abandoned["bestandsdelen"][0]["lock"]
    for i, part in enumerate(abandoned["bestandsdelen"][:2]):
        await _put(api, superuser, part, DATA[i * 10:(i + 1) * 10], lock_a)
    abandoned_files = await _part_files(abandoned["url"])
    assert len(abandoned_files) == 2
    await _age_parts(abandoned["url"])

    # in progress: one of two parts uploaded just now
    fresh = await make_eio(api, superuser, iot, inhoud=None, bestandsomvang=20)
    await _put(api, superuser, fresh["bestandsdelen"][0], DATA[:10], fresh["bestandsdelen"][0]["lock"])
    fresh_files = await _part_files(fresh["url"])

    # finished a day ago: joined by unlock (its parts are gone already), and a plain base64 document
    joined = await make_eio(api, superuser, iot, inhoud=None, bestandsomvang=len(DATA))
    lock_j = joined["bestandsdelen"][0]["lock"]
    for i, part in enumerate(joined["bestandsdelen"]):
        await _put(api, superuser, part, DATA[i * 10:(i + 1) * 10], lock_j)
    assert (await api.post(f"{joined['url']}/unlock", json={"lock": lock_j}, headers=superuser)).status_code == 204
    plain = await make_eio(api, superuser, iot, inhoud=b"gewoon")

    # a part whose informatieobject is gone (its writer died before dropping it), with content
    orphan_file = (await content.write_bytes(b"z" * 10)).id
    orphan = Bestandsdeel(informatieobject=uuid4(), versie=1, volgnummer=1, omvang=10, lock="x", inhoud=orphan_file,
                          aangemaakt=OLD)
    await orphan.insert()

    dead = await _dead_write(OLD)
    writing = await _dead_write(datetime.now(UTC))  # a write in progress: not touched
    await content.files().update_many({}, {"$set": {"uploadDate": OLD}})  # finished files age too

    sweep_uploads.delay()
    started = time.monotonic()
    while await content.pending().find_one({"_id": dead}) is not None or await Bestandsdeel.get(orphan.id):
        assert time.monotonic() - started < 60, worker.read_text()[-3000:]  # noqa: ASYNC240
        await asyncio.sleep(0.5)
    for _ in range(40):  # the task runs both sweeps; the parts sweep may still be holding a lock
        if not await Bestandsdeel.find({"informatieobject": _uuid(abandoned["url"])}).count():
            break
        await asyncio.sleep(0.5)

    # gone: the abandoned parts and their content, the orphan, the dead write's chunks
    assert await Bestandsdeel.find({"informatieobject": _uuid(abandoned["url"])}).count() == 0
    head = await EnkelvoudigInformatieObject.get(_uuid(abandoned["url"]))
    assert head is not None and head.bestandsdelen == [] and head.lock == lock_a and head.inhoud is None
    for file_id in [*abandoned_files, orphan_file]:
        assert await content.info(file_id) is None
        assert await content.chunks().find_one({"files_id": file_id}) is None
    assert await content.chunks().find_one({"files_id": dead}) is None

    # kept: the upload in progress, the write in progress, finished content
    r = await api.get(fresh["url"], headers=superuser)
    assert [p["voltooid"] for p in r.json()["bestandsdelen"]] == [True, False]
    assert [await content.info(f) is not None for f in fresh_files] == [True]
    assert await content.pending().find_one({"_id": writing}) is not None
    assert await content.chunks().count_documents({"files_id": writing}) == 3
    assert (await api.get(f"{joined['url']}/download", headers=superuser)).content == DATA
    assert (await api.get(f"{plain['url']}/download", headers=superuser)).content == b"gewoon"

    # the abandoned document: its upload cannot be finished; a forced unlock leaves it without content, and an
    # update plans new parts
    r = await api.post(f"{abandoned['url']}/unlock", json={"lock": lock_a}, headers=superuser)
    assert (r.status_code, r.json()["invalidParams"][0]["code"]) == (400, "file-size")
    assert (await api.post(f"{abandoned['url']}/unlock", json={}, headers=superuser)).status_code == 204
    r = await api.get(abandoned["url"], headers=superuser)
    assert (r.json()["locked"], r.json()["inhoud"], r.json()["bestandsomvang"]) == (False, None, None)
    assert (await api.get(f"{abandoned['url']}/download", headers=superuser)).status_code == 404
    lock_b = await lock(api, superuser, abandoned["url"])
    r = await api.patch(abandoned["url"], json={"inhoud": None, "bestandsomvang": len(DATA), "lock": lock_b},
                        headers=superuser)
    assert r.status_code == 200, r.text
    assert [p["omvang"] for p in r.json()["bestandsdelen"]] == [10, 10, 10, 6]
