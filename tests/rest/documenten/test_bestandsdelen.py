"""Large files in parts: planned on create, PUT (multipart, with the lock), resumable, joined by unlock."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.perf.recorder import recorded
from tests.rest.documenten.factories import EIO, eio_body, lock, make_eio, published_iot
from zgw.core.settings import Settings
from zgw.domain.documenten import content
from zgw.domain.documenten.documents import Bestandsdeel, EnkelvoudigInformatieObject

DATA = b"0123456789abcdefghijklmnopqrstuvwxyz"  # 36 bytes: parts of 10, 10, 10, 6


@pytest.fixture
def small_parts(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings, "documenten_upload_chunk_size", 10)


async def _put(api: httpx.AsyncClient, h: dict[str, str], part: dict[str, Any], data: bytes,
               lock_id: str) -> httpx.Response:
    return await api.put(part["url"], headers=h, data={"lock": lock_id}, files={"inhoud": ("deel.bin", data)})


async def test_upload_in_parts(api: httpx.AsyncClient, superuser: dict[str, str], small_parts: None) -> None:
    iot = await published_iot(api, superuser)
    eio = await make_eio(api, superuser, iot["url"], inhoud=None, bestandsomvang=len(DATA))
    assert eio["locked"] is True and eio["inhoud"] is None
    parts = eio["bestandsdelen"]
    assert [(p["volgnummer"], p["omvang"], p["voltooid"]) for p in parts] == [
        (1, 10, False), (2, 10, False), (3, 10, False), (4, 6, False)]
    lock_id = parts[0]["lock"]
    assert lock_id and all(p["lock"] == lock_id for p in parts)

    r = await _put(api, superuser, parts[0], DATA[:10], "wrong")
    assert r.status_code == 400 and r.json()["invalidParams"][0]["code"] == "incorrect-lock-id"
    r = await _put(api, superuser, parts[0], DATA[:9], lock_id)
    assert r.status_code == 400 and r.json()["invalidParams"] == [
        {"name": "inhoud", "code": "file-size", "reason": "Het aangeleverde bestand heeft niet de juiste grootte."}]
    r = await api.put(parts[0]["url"], headers=superuser, json={"lock": lock_id})
    assert r.status_code == 415
    r = await _put(api, superuser, parts[0], DATA[:10], lock_id)
    assert r.status_code == 200, r.text
    assert r.json()["voltooid"] is True

    r = await api.post(f"{eio['url']}/unlock", json={"lock": lock_id}, headers=superuser)
    assert r.status_code == 400 and r.json()["invalidParams"][0]["code"] == "incomplete-upload"
    for i, part in enumerate(parts[1:], start=1):
        assert (await _put(api, superuser, part, DATA[i * 10:(i + 1) * 10], lock_id)).status_code == 200
    # an interrupted upload resumes by sending a part again
    assert (await _put(api, superuser, parts[2], DATA[20:30], lock_id)).status_code == 200
    r = await api.get(eio["url"], headers=superuser)
    assert [p["voltooid"] for p in r.json()["bestandsdelen"]] == [True] * 4

    r = await api.post(f"{eio['url']}/unlock", json={"lock": lock_id}, headers=superuser)
    assert r.status_code == 204, r.text
    r = await api.get(eio["url"], headers=superuser)
    body = r.json()
    assert (body["locked"], body["bestandsdelen"], body["bestandsomvang"]) == (False, [], 36)
    r = await api.get(body["inhoud"], headers=superuser)
    assert r.content == DATA
    assert await Bestandsdeel.find({}).count() == 0
    assert await content.files().count_documents({}) == 1  # the parts' files are gone, the joined one stays


async def test_update_with_new_parts(api: httpx.AsyncClient, superuser: dict[str, str], small_parts: None) -> None:
    iot = await published_iot(api, superuser)
    eio = await make_eio(api, superuser, iot["url"])
    lock_id = await lock(api, superuser, eio["url"])
    r = await api.patch(eio["url"], json={"bestandsomvang": 15, "inhoud": None, "lock": lock_id}, headers=superuser)
    assert r.status_code == 200, r.text
    v2 = r.json()
    assert v2["versie"] == 2 and [p["omvang"] for p in v2["bestandsdelen"]] == [10, 5]
    for part, data in zip(v2["bestandsdelen"], [DATA[:10], DATA[10:15]], strict=True):
        assert (await _put(api, superuser, part, data, lock_id)).status_code == 200
    assert (await api.post(f"{eio['url']}/unlock", json={"lock": lock_id}, headers=superuser)).status_code == 204
    r = await api.get(f"{eio['url']}/download", headers=superuser)
    assert r.content == DATA[:15]
    r = await api.get(f"{eio['url']}/download", params={"versie": 1}, headers=superuser)
    assert r.content == b"hallo wereld"


async def test_zero_size_has_no_parts(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    iot = await published_iot(api, superuser)
    r = await api.post(EIO, json=eio_body(iot["url"], inhoud=None, bestandsomvang=0), headers=superuser)
    assert r.status_code == 201
    assert (r.json()["locked"], r.json()["bestandsdelen"], r.json()["inhoud"]) == (False, [], None)
    r = await api.get(f"{r.json()['url']}/download", headers=superuser)
    assert r.status_code == 404


async def test_single_document_paths_read_by_id(api: httpx.AsyncClient, superuser: dict[str, str],
                                                settings: Settings, app_state: tuple[Any, dict[str, Any]],
                                                small_parts: None) -> None:
    """Retrieve, HEAD, download, versions, lock, update, bestandsdelen, unlock and delete read the documenten
    collections and the GridFS chunks only by `_id`."""
    iot = await published_iot(api, superuser)
    eio = await make_eio(api, superuser, iot["url"])
    async with recorded(settings, app_state[1]) as recorder:
        with recorder.recording():
            assert (await api.get(eio["url"], headers=superuser)).status_code == 200
            assert (await api.head(eio["url"], headers=superuser)).status_code == 200
            assert (await api.get(eio["inhoud"], headers=superuser)).content == b"hallo wereld"
            lock_id = await lock(api, superuser, eio["url"])
            r = await api.patch(eio["url"], json={"bestandsomvang": 12, "inhoud": None, "lock": lock_id},
                                headers=superuser)
            assert r.status_code == 200
            for part, data in zip(r.json()["bestandsdelen"], [DATA[:10], DATA[10:12]], strict=True):
                assert (await _put(api, superuser, part, data, lock_id)).status_code == 200
            assert (await api.post(f"{eio['url']}/unlock", json={"lock": lock_id},
                                   headers=superuser)).status_code == 204
            assert (await api.get(eio["url"], params={"versie": 1}, headers=superuser)).status_code == 200
            assert (await api.get(f"{eio['url']}/download", params={"versie": 1},
                                  headers=superuser)).content == b"hallo wereld"
            assert (await api.delete(eio["url"], headers=superuser)).status_code == 204
        ours = [(n, c, q) for n, c, q in recorder.scans() if c.startswith("documenten")]
        assert ours == []
        assert any(c == "documenten.chunks" for _, c, _ in recorder.commands)
    assert await EnkelvoudigInformatieObject.find({}).count() == 0
