"""Content written for an owner stays pending until the owner names it: a writer that dies in between leaves a
file nobody names, which the upload sweep removes; files their owner does name are kept."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import UUID, uuid4

import httpx
import pytest

from tests.rest.documenten.factories import lock, make_eio, published_iot
from zgw.core.settings import Settings
from zgw.domain.documenten import content, service
from zgw.domain.documenten.documents import Bestandsdeel, EnkelvoudigInformatieObject

OLD = datetime.now(UTC) - timedelta(hours=25)
AGE = timedelta(hours=24)


def _uuid(url: str) -> UUID:
    return UUID(url.rsplit("/", 1)[1])


async def _age_markers() -> None:
    await content.pending().update_many({}, {"$set": {"started": OLD}})


async def test_every_write_path_settles(api: httpx.AsyncClient, superuser: dict[str, str], settings: Settings,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    iot = (await published_iot(api, superuser))["url"]
    eio = await make_eio(api, superuser, iot)  # base64 on create
    lock_id = await lock(api, superuser, eio["url"])
    r = await api.patch(eio["url"], json={"inhoud": "dHdlZQ==", "lock": lock_id}, headers=superuser)  # on update
    assert r.status_code == 200
    monkeypatch.setattr(settings, "documenten_upload_chunk_size", 4)
    for size in (4, 6):  # one part (adopted), two parts (joined)
        big = await make_eio(api, superuser, iot, inhoud=None, bestandsomvang=size)
        for part in big["bestandsdelen"]:
            r = await api.put(part["url"], headers=superuser, data={"lock": part["lock"]},
                              files={"inhoud": ("x", b"x" * part["omvang"])})
            assert r.status_code == 200
        r = await api.post(f"{big['url']}/unlock", json={"lock": big["bestandsdelen"][0]["lock"]}, headers=superuser)
        assert r.status_code == 204, r.text
    assert await content.pending().count_documents({}) == 0
    files_before = await content.files().count_documents({})
    assert files_before == 4  # two versions of the first document, one for each large one
    assert await content.sweep_pending(timedelta(0)) == 0
    assert await content.files().count_documents({}) == files_before


async def test_the_sweep_removes_what_no_owner_names(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    iot = (await published_iot(api, superuser))["url"]
    eio = await make_eio(api, superuser, iot)
    head = await EnkelvoudigInformatieObject.get(_uuid(eio["url"]))
    assert head is not None and head.inhoud is not None

    # a create that died before its version was written
    lost = await content.write_bytes(b"weg", owner=service.version_owner(uuid4(), 1))
    # an update that wrote version 2 and died before the head moved to it
    unreached = await content.write_bytes(b"ook weg", owner=service.version_owner(head.id, 2))
    from zgw.domain.documenten.documents import EIOVersie

    await EIOVersie(id=EIOVersie.key(head.id, 2), eio=head.id, **{
        **head.model_dump(include=set(service.VERSION_FIELDS)), "versie": 2, "inhoud": unreached.id}).insert()
    # a part upload that died before the part named its file
    part = Bestandsdeel(informatieobject=head.id, versie=1, volgnummer=1, omvang=3, lock="x", aangemaakt=OLD)
    await part.insert()
    unnamed = await content.write_bytes(b"abc", owner=(Bestandsdeel.get_pymongo_collection().name, part.id))
    # a create that died after the head named its file, before settling: kept
    kept = await content.write_bytes(b"blijft", owner=service.version_owner(head.id, 1))
    await EIOVersie.get_pymongo_collection().update_one({"_id": EIOVersie.key(head.id, 1)},
                                                        {"$set": {"inhoud": kept.id}})
    await EnkelvoudigInformatieObject.get_pymongo_collection().update_one({"_id": head.id},
                                                                         {"$set": {"inhoud": kept.id}})
    assert await content.pending().count_documents({}) == 4
    assert await content.sweep_pending(AGE) == 0  # young: their writers may still be at work
    await _age_markers()
    assert await content.sweep_pending(AGE) == 4
    for gone in (lost, unreached, unnamed):
        assert await content.info(gone.id) is None
        assert await content.chunks().find_one({"files_id": gone.id}) is None
    assert await content.info(kept.id) is not None
    assert await content.pending().count_documents({}) == 0
    r = await api.get(f"{eio['url']}/download", headers=superuser)
    assert r.content == b"blijft"
