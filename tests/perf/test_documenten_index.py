"""The informatieobjecten list from the documenten index: equal to the database query, and key lookups only.

For a superuser and a restricted caller (one informatieobjecttype up to `intern`), the unfiltered list and
the list of one informatieobjecttype, page by page, answered from the index equal the database query's
answers (index marked not ready), also after updates that move documents to another type / level and after
deletes; with the index ready no command scans a collection. Imported documents reach it per batch; `zgw
reindex` checks and repairs it. A writer that died between its database write and the index (its dirty mark
left behind; also a real API process SIGKILLed there) is healed by the sweep.
"""

from __future__ import annotations

import asyncio
import subprocess
import time
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx
import pytest

from tests.apiprocess import free_port, serve
from tests.conftest import make_client
from tests.perf.recorder import recorded
from tests.rest.documenten.factories import EIO, lock, make_eio, published_iot
from tests.rest.documenten.test_import_helpers import csv_text, files, row, run_here, started
from zgw.core.settings import Settings
from zgw.domain.documenten import indexing
from zgw.domain.documenten.documents import EnkelvoudigInformatieObject
from zgw.domain.documenten.locks import LOCK_TIMEOUT

CLEAN = {"missing": [], "wrong": [], "stale": [], "strays": []}
LEVELS = ["openbaar", "intern", "geheim", "beperkt_openbaar", "zeer_geheim", "intern", "confidentieel"]


async def _answers(api: httpx.AsyncClient, headers: dict[str, str], shape: dict[str, str]) -> list[Any]:
    out: list[Any] = []
    for page_size in ("3", "100"):
        for page in ("1", "2", "3", "4"):
            r = await api.get(EIO, headers=headers, params={**shape, "pageSize": page_size, "page": page})
            if page != "1" and r.status_code == 404:
                out.append(404)
                break
            assert r.status_code == 200, (shape, r.text)
            body = r.json()
            out.append((body["count"], [d["url"] for d in body["results"]]))
    return out


async def _both(api: httpx.AsyncClient, callers: dict[str, dict[str, str]], shapes: list[dict[str, str]],
                settings: Settings, state: dict[str, Any]) -> dict[tuple[str, int], list[Any]]:
    """Every caller's answers from the index (no scan), then the same from the database query (equal);
    the index is rebuilt afterwards."""
    index = indexing.get()
    assert index is not None and await index.ready()
    assert await indexing.check() == CLEAN
    from_index: dict[tuple[str, int], list[Any]] = {}
    async with recorded(settings, state) as rec:
        for who, headers in callers.items():
            for n, shape in enumerate(shapes):
                with rec.recording():
                    from_index[who, n] = await _answers(api, headers, shape)
                assert rec.scans() == [], (who, shape, rec.scans())
                if from_index[who, n][0][0]:
                    assert rec.commands, (who, shape)  # the page was read (by _id)
    await index.mark_not_ready()
    assert not await index.ready()
    for who, headers in callers.items():
        for n, shape in enumerate(shapes):
            assert from_index[who, n] == await _answers(api, headers, shape), (who, shape)
    assert await indexing.rebuild() > 0
    assert await index.ready()
    assert await indexing.check() == CLEAN
    return from_index


def whole(answers: list[Any]) -> tuple[int, list[str]]:
    """The answer of pageSize=100, page 1 (the last page read)."""
    found: tuple[int, list[str]] = [x for x in answers if x != 404][-1]
    return found


async def _update(api: httpx.AsyncClient, h: dict[str, str], url: str, **changes: str) -> None:
    lock_id = await lock(api, h, url)
    r = await api.patch(url, json={**changes, "lock": lock_id}, headers=h)
    assert r.status_code == 200, r.text
    r = await api.post(f"{url}/unlock", json={"lock": lock_id}, headers=h)
    assert r.status_code == 204, r.text


async def test_the_list_from_the_index_equals_the_database(api: httpx.AsyncClient, superuser: dict[str, str],
                                                           settings: Settings,
                                                           app_state: tuple[Any, dict[str, Any]]) -> None:
    _, state = app_state
    index = indexing.get()
    assert index is not None and await index.ready()  # nothing stored: complete, and kept so by every write
    a = (await published_iot(api, superuser, vertrouwelijkheidaanduiding="openbaar"))["url"]
    b = (await published_iot(api, superuser, vertrouwelijkheidaanduiding="intern"))["url"]
    docs = []
    for n in range(14):
        iot = a if n % 3 else b
        docs.append(await make_eio(api, superuser, iot, inhoud=None, titel=f"doc {n}",
                                   vertrouwelijkheidaanduiding=LEVELS[n % len(LEVELS)]))
    restricted = await make_client("beperkt", autorisaties=[{
        "component": "drc", "scopes": ["documenten.lezen"], "informatieobjecttype": a.removeprefix("http://testserver"),
        "max_vertrouwelijkheidaanduiding": "intern"}])
    callers = {"superuser": superuser, "restricted": restricted}
    shapes: list[dict[str, str]] = [{}, {"informatieobjecttype": a}, {"informatieobjecttype": b}]

    first = await _both(api, callers, shapes, settings, state)
    # not vacuous: the answers find something, newest first, and the restricted caller sees less
    assert first["superuser", 0][0] == (14, [d["url"] for d in reversed(docs)][:3])
    assert whole(first["superuser", 1])[0] == 9 and whole(first["superuser", 2])[0] == 5
    visible_a = [d["url"] for d in reversed(docs) if d["informatieobjecttype"] == a
                 and d["vertrouwelijkheidaanduiding"] in ("openbaar", "beperkt_openbaar", "intern")]
    assert whole(first["restricted", 0]) == (len(visible_a), visible_a) and 0 < len(visible_a) < 9
    assert first["restricted", 1] == first["restricted", 0] and first["restricted", 2][0] == (0, [])

    # updates that change the type and the level, and deletes: the index follows every one
    hidden = next(d for d in docs if d["informatieobjecttype"] == a and d["vertrouwelijkheidaanduiding"] == "geheim")
    await _update(api, superuser, hidden["url"], vertrouwelijkheidaanduiding="openbaar")
    moved = next(d for d in docs if d["informatieobjecttype"] == b and d["vertrouwelijkheidaanduiding"] == "openbaar")
    await _update(api, superuser, moved["url"], informatieobjecttype=a)
    away = visible_a[0]
    await _update(api, superuser, away, informatieobjecttype=b, vertrouwelijkheidaanduiding="zeer_geheim")
    gone = [visible_a[1], docs[3]["url"]]
    for url in gone:
        r = await api.delete(url, headers=superuser)
        assert r.status_code == 204, r.text
    assert await indexing.check() == CLEAN
    second = await _both(api, callers, shapes, settings, state)
    assert whole(second["superuser", 0])[0] == 12
    seen = whole(second["restricted", 0])[1]
    assert hidden["url"] in seen and moved["url"] in seen and away not in seen
    assert not set(gone) & set(whole(second["superuser", 0])[1])
    assert whole(second["superuser", 1])[0] == 8 and whole(second["superuser", 2])[0] == 4


async def test_other_queries_stay_the_database_query(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    a = (await published_iot(api, superuser))["url"]
    older = await make_eio(api, superuser, a, inhoud=None, auteur="Bert")
    newer = await make_eio(api, superuser, a, inhoud=None, auteur="Anna")
    r = await api.get(EIO, params={"ordering": "auteur"}, headers=superuser)
    assert [d["url"] for d in r.json()["results"]] == [newer["url"], older["url"]]
    r = await api.get(EIO, params={"informatieobjecttype": a, "auteur": "Bert"}, headers=superuser)
    assert [d["url"] for d in r.json()["results"]] == [older["url"]]
    r = await api.get(EIO, headers=superuser)
    assert [d["url"] for d in r.json()["results"]] == [newer["url"], older["url"]]


async def test_a_dead_writers_mark_is_healed_by_the_sweep(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    index = indexing.get()
    assert index is not None and await index.ready()
    a = (await published_iot(api, superuser))["url"]
    kept = await make_eio(api, superuser, a, inhoud=None)
    # a writer marks, writes the database, and dies before the index follows (the mark stays behind)
    stored = await EnkelvoudigInformatieObject.get(UUID(kept["url"].rsplit("/", 1)[-1]))
    assert stored is not None
    await indexing.mark([stored.id])
    await EnkelvoudigInformatieObject.get_pymongo_collection().update_one(
        {"_id": stored.id}, {"$set": {"vertrouwelijkheidaanduiding": "geheim"}})
    assert await indexing.check() == {**CLEAN, "wrong": [str(stored.id)]}
    assert await indexing.sweep(grace=60) == 0  # within the grace period: a live writer may still be at work
    assert await indexing.sweep(grace=0) == 1
    assert await indexing.check() == CLEAN
    assert await index.redis.zscore(indexing.DIRTY, str(stored.id)) is None
    restricted = await make_client("openbaar", autorisaties=[{
        "component": "drc", "scopes": ["documenten.lezen"], "informatieobjecttype": a.removeprefix("http://testserver"),
        "max_vertrouwelijkheidaanduiding": "intern"}])
    r = await api.get(EIO, headers=restricted)
    assert r.json()["count"] == 0


@pytest.fixture
def base(app_state: tuple[Any, dict[str, Any]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "import-base"
    folder.mkdir()
    monkeypatch.setattr(app_state[1]["settings"], "import_documenten_base_dir", str(folder))
    return folder


async def test_imported_documents_reach_the_index(api: httpx.AsyncClient, superuser: dict[str, str], base: Path,
                                                  settings: Settings,
                                                  app_state: tuple[Any, dict[str, Any]]) -> None:
    _, state = app_state
    index = indexing.get()
    assert index is not None and await index.ready()  # nothing stored: complete, and kept so by every write
    a = (await published_iot(api, superuser, vertrouwelijkheidaanduiding="openbaar"))["url"]
    b = (await published_iot(api, superuser, vertrouwelijkheidaanduiding="geheim"))["url"]
    before = await make_eio(api, superuser, a, inhoud=None)
    rows = [row(a if n % 2 else b, p, titel=f"doc {n}") for n, p in enumerate(files(base, 7))]
    import_id = await started(api, superuser, csv_text(rows))
    assert await run_here(import_id, base, state["redis"], batch_size=3) == "finished"
    assert await index.ready()  # synced per batch: still ready, and complete
    assert await indexing.check() == CLEAN
    restricted = await make_client("beperkt", autorisaties=[{
        "component": "drc", "scopes": ["documenten.lezen"], "informatieobjecttype": a.removeprefix("http://testserver"),
        "max_vertrouwelijkheidaanduiding": "openbaar"}])
    found = await _both(api, {"superuser": superuser, "restricted": restricted},
                        [{}, {"informatieobjecttype": a}, {"informatieobjecttype": b}], settings, state)
    assert whole(found["superuser", 0])[0] == 8 and whole(found["superuser", 0])[1][-1] == before["url"]
    assert whole(found["restricted", 0])[0] == 4 and whole(found["superuser", 2])[0] == 4

    # a process without the index (a tool that did not configure it) marks it not ready before its bulk write
    ids = [UUID(int=1)]
    async with indexing.bulk(None, ids):
        pass
    assert await index.ready()
    configured, indexing._index = indexing._index, None
    try:
        async with indexing.bulk(state["redis"], ids):
            pass
    finally:
        indexing._index = configured
    assert not await index.ready()
    assert await indexing.ensure_ready() == 8 and await index.ready()


async def test_zgw_reindex_covers_the_documenten_index(api: httpx.AsyncClient, superuser: dict[str, str],
                                                       settings: Settings) -> None:
    from tests.gateway.test_reindex import _zgw

    index = indexing.get()
    assert index is not None and await index.ready()
    a = (await published_iot(api, superuser))["url"]
    docs = [await make_eio(api, superuser, a, inhoud=None) for _ in range(2)]
    ok = await _zgw(settings, "reindex", "--check")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "documenten index equals the database" in ok.stdout.splitlines()
    first = docs[0]["url"].rsplit("/", 1)[-1]
    await index.sync(first, {})  # damage: one informatieobject's entries gone
    bad = await _zgw(settings, "reindex", "--check")
    assert bad.returncode == 1 and f"documenten index differences: {{'missing': ['{first}']}}" in bad.stdout
    fixed = await _zgw(settings, "reindex", "--repair")
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    assert await indexing.check() == CLEAN
    rebuilt = await _zgw(settings, "reindex")
    assert "documenten index rebuilt: 2 informatieobjecten" in rebuilt.stdout.splitlines()
    assert await index.ready() and await indexing.check() == CLEAN


def _doomed_api(settings: Settings, port: int, log: Path) -> subprocess.Popen[bytes]:
    return serve(settings, port, log, ZGW_FAULT="before-documenten-index-sync", APPLICATIE_CACHE_SECONDS="0")


@pytest.mark.e2e
async def test_a_killed_writer_is_healed_by_the_sweep(api: httpx.AsyncClient, superuser: dict[str, str],
                                                      settings: Settings, tmp_path: Path) -> None:
    """A real API process SIGKILLed after an informatieobject's database write, before its index entries: the
    document is missing from the index answers until the sweep (beat's task body) syncs it."""
    index = indexing.get()
    assert index is not None and await index.ready()
    a = (await published_iot(api, superuser))["url"]
    earlier = await make_eio(api, superuser, a, inhoud=None)
    token = await make_client("crash", superuser=True)
    port = free_port()
    proc = _doomed_api(settings, port, tmp_path / "api.log")
    try:
        base = f"http://127.0.0.1:{port}"
        body = {"bronorganisatie": "517439943", "creatiedatum": "2024-03-01", "titel": "Crash", "auteur": "A",
                "taal": "dut", "informatieobjecttype": a.replace("http://testserver", base)}
        async with httpx.AsyncClient(timeout=30) as client:
            with pytest.raises(httpx.HTTPError):  # the process dies before it answers
                await client.post(f"{base}/documenten/api/v1/enkelvoudiginformatieobjecten", json=body,
                                  headers=token)
        assert await asyncio.to_thread(proc.wait, 30) == -9  # SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
    # written to the database, not to the index: the list from the index misses it, the check sees it
    stored = await EnkelvoudigInformatieObject.find_one({"titel": "Crash"})
    assert stored is not None
    assert await indexing.check() == {**CLEAN, "missing": [str(stored.id)]}
    r = await api.get(EIO, headers=superuser)
    assert [d["url"] for d in r.json()["results"]] == [earlier["url"]]
    assert await index.redis.zscore(indexing.DIRTY, str(stored.id)) is not None

    # the sweep syncs it once the dead writer's lock has expired
    started = time.monotonic()
    while await index.redis.zscore(indexing.DIRTY, str(stored.id)) is not None:
        assert time.monotonic() - started < LOCK_TIMEOUT + 30
        await indexing.sweep(grace=1)
        await asyncio.sleep(2)
    assert await indexing.check() == CLEAN
    r = await api.get(EIO, headers=superuser)
    assert r.json()["count"] == 2
    assert [d["url"] for d in r.json()["results"]] == [f"http://testserver{stored.ref}", earlier["url"]]
