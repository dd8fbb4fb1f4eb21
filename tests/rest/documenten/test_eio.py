"""Enkelvoudiginformatieobjecten: create, read, versions, locking, delete, list, _zoek, download."""

from __future__ import annotations

import base64
from typing import Any

import httpx

from tests.conftest import make_client
from tests.rest.documenten.factories import EIO, ROOT, eio_body, lock, make_eio, published_iot
from zgw.domain.audit.documents import AuditRecord
from zgw.domain.documenten import content
from zgw.domain.documenten.documents import EIOVersie, EnkelvoudigInformatieObject, Identificatie
from zgw.domain.notifications.documents import OutboxMessage


def _uuid(url: str) -> str:
    return url.rsplit("/", 1)[1]


async def _head(url: str) -> EnkelvoudigInformatieObject:
    found = await EnkelvoudigInformatieObject.get(_uuid(url))
    assert found is not None
    return found


async def test_create_read_download(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    iot = await published_iot(api, superuser, vertrouwelijkheidaanduiding="zaakvertrouwelijk")
    eio = await make_eio(api, superuser, iot["url"])
    assert eio["versie"] == 1
    assert eio["vertrouwelijkheidaanduiding"] == "zaakvertrouwelijk"  # drc-007
    assert eio["bestandsomvang"] == 12
    assert eio["inhoud"] == f"{eio['url']}/download?versie=1"
    assert eio["locked"] is False and eio["bestandsdelen"] == []
    assert eio["identificatie"].startswith("DOCUMENT-") and len(eio["identificatie"]) == len("DOCUMENT-2026-") + 10
    assert eio["ondertekening"] == {"soort": "", "datum": None}
    assert eio["tonenAanInitiator"] is True and eio["inhoudIsVervallen"] is False

    r = await api.get(eio["url"], headers=superuser)
    assert r.status_code == 200
    assert r.json() == eio
    etag = r.headers["ETag"]
    r = await api.get(eio["url"], headers={**superuser, "If-None-Match": etag})
    assert r.status_code == 304
    r = await api.head(eio["url"], headers=superuser)
    assert r.status_code == 200 and r.headers["ETag"] == etag and r.content == b""

    r = await api.get(eio["inhoud"], headers=superuser)
    assert r.status_code == 200
    assert r.content == b"hallo wereld"
    assert r.headers["content-type"].startswith("text/plain")
    assert r.headers["content-length"] == "12"
    assert 'filename="brief.txt"' in r.headers["content-disposition"]

    r = await api.get(eio["inhoud"], headers={**superuser, "Range": "bytes=6-"})
    assert r.status_code == 206 and r.content == b"wereld"
    assert r.headers["content-range"] == "bytes 6-11/12"
    r = await api.get(eio["inhoud"], headers={**superuser, "Range": "bytes=-3"})
    assert r.status_code == 206 and r.content == b"eld"
    r = await api.get(eio["inhoud"], headers={**superuser, "Range": "bytes=20-30"})
    assert r.status_code == 416 and r.headers["content-range"] == "bytes */12"

    notes = await OutboxMessage.find({"kanaal": "documenten"}).to_list()
    assert [(n.actie, n.resource, n.resource_url) for n in notes] == [("create", "enkelvoudiginformatieobject",
                                                                      eio["url"])]
    assert notes[0].kenmerken == {"bronorganisatie": "517439943", "informatieobjecttype": iot["url"],
                                  "informatieobjecttype.catalogus": iot["catalogus"],
                                  "vertrouwelijkheidaanduiding": "zaakvertrouwelijk"}
    r = await api.get(f"{eio['url']}/audittrail", headers=superuser)
    assert r.status_code == 200 and [a["actie"] for a in r.json()] == ["create"]


async def test_rules_on_create(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    iot = await published_iot(api, superuser)

    async def codes(**over: Any) -> list[tuple[str, str]]:
        r = await api.post(EIO, json=eio_body(iot["url"], **over), headers=superuser)
        assert r.status_code == 400, r.text
        return [(p["name"], p["code"]) for p in r.json()["invalidParams"]]

    from tests.rest.catalogi.factories import make_catalogus, make_iot
    concept = await make_iot(api, superuser, (await make_catalogus(api, superuser, domein="OTHER",
                                                                  rsin="000000000"))["url"])
    assert await codes(informatieobjecttype=concept["url"]) == [("informatieobjecttype", "not-published")]  # drc-001
    missing = iot["url"][:-36] + "00000000-0000-4000-8000-000000000000"
    assert await codes(informatieobjecttype=missing) == [("informatieobjecttype", "does_not_exist")]
    assert await codes(ontvangstdatum="2024-03-02", status="in_bewerking") == [("status", "invalid_for_received")]
    assert await codes(indicatieGebruiksrecht=True) == [("indicatieGebruiksrecht", "missing-gebruiksrechten")]
    assert await codes(inhoud="not base64!") == [("inhoud", "invalid")]
    assert await codes(inhoudIsVervallen=True, status="in_bewerking") == [("inhoudIsVervallen", "invalid-status")]
    assert await EnkelvoudigInformatieObject.find({}).count() == 0
    assert await content.files().count_documents({}) == 0  # nothing half-written


async def test_identificatie_unique_and_reserved(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    iot = await published_iot(api, superuser)
    await make_eio(api, superuser, iot["url"], identificatie="X-1")
    r = await api.post(EIO, json=eio_body(iot["url"], identificatie="X-1"), headers=superuser)
    assert r.status_code == 400
    assert r.json()["invalidParams"][0]["code"] == "identificatie-niet-uniek"
    await make_eio(api, superuser, iot["url"], identificatie="X-1", bronorganisatie="000000000")  # other bron

    r = await api.post(f"{ROOT}/documentnummer_reserveren", json={"bronorganisatie": "517439943"}, headers=superuser)
    assert r.status_code == 201, r.text
    reserved = r.json()["identificatie"]
    r = await api.post(f"{ROOT}/documentnummer_reserveren", json={"bronorganisatie": "517439943", "aantal": 3},
                       headers=superuser)
    assert r.status_code == 201 and len(r.json()) == 3
    numbers = [int(x["identificatie"].rsplit("-", 1)[1]) for x in r.json()]
    assert numbers == [int(reserved.rsplit("-", 1)[1]) + i for i in (1, 2, 3)]
    eio = await make_eio(api, superuser, iot["url"], identificatie=reserved)  # the reservation, once
    assert eio["identificatie"] == reserved
    r = await api.post(EIO, json=eio_body(iot["url"], identificatie=reserved), headers=superuser)
    assert r.status_code == 400
    key = await Identificatie.get(Identificatie.key("517439943", reserved))
    assert key is not None and str(key.eio) == _uuid(eio["url"])


async def test_lock_update_versions_unlock(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    iot = await published_iot(api, superuser)
    eio = await make_eio(api, superuser, iot["url"])
    r = await api.patch(eio["url"], json={"titel": "Nieuw"}, headers=superuser)
    assert r.status_code == 400 and r.json()["invalidParams"][0]["code"] == "unlocked"  # drc-009
    lock_id = await lock(api, superuser, eio["url"])
    r = await api.post(f"{eio['url']}/lock", headers=superuser)
    assert r.status_code == 400 and r.json()["invalidParams"][0]["code"] == "existing-lock"
    r = await api.patch(eio["url"], json={"titel": "Nieuw", "lock": "wrong"}, headers=superuser)
    assert r.status_code == 400 and r.json()["invalidParams"][0]["code"] == "incorrect-lock-id"
    before = await _head(eio["url"])

    r = await api.patch(eio["url"], json={"titel": "Nieuw", "lock": lock_id}, headers=superuser)
    assert r.status_code == 200, r.text
    v2 = r.json()
    assert (v2["versie"], v2["titel"], v2["locked"]) == (2, "Nieuw", True)
    assert v2["inhoud"] == f"{eio['url']}/download?versie=2"
    head = await _head(eio["url"])
    assert head.inhoud == before.inhoud  # unchanged content is shared, not copied
    assert await content.files().count_documents({}) == 1

    r = await api.put(eio["url"], json={**eio_body(iot["url"], inhoud=b"versie drie"), "lock": lock_id},
                      headers=superuser)
    assert r.status_code == 200, r.text
    assert r.json()["versie"] == 3 and r.json()["bestandsomvang"] == 11

    r = await api.get(eio["url"], params={"versie": 1}, headers=superuser)
    assert r.status_code == 200 and r.json()["titel"] == "Brief" and r.json()["versie"] == 1
    r = await api.get(f"{eio['url']}/download", params={"versie": 1}, headers=superuser)
    assert r.content == b"hallo wereld"
    r = await api.get(f"{eio['url']}/download", headers=superuser)
    assert r.content == b"versie drie"
    r = await api.get(eio["url"], params={"registratieOp": v2["beginRegistratie"]}, headers=superuser)
    assert r.json()["versie"] == 2
    r = await api.get(eio["url"], params={"registratieOp": "2000-01-01T00:00:00Z"}, headers=superuser)
    assert r.status_code == 404
    r = await api.get(eio["url"], params={"versie": 9}, headers=superuser)
    assert r.status_code == 404

    r = await api.post(f"{eio['url']}/unlock", json={"lock": "wrong"}, headers=superuser)
    assert r.status_code == 400 and r.json()["invalidParams"][0]["code"] == "incorrect-lock-id"
    r = await api.post(f"{eio['url']}/unlock", json={"lock": lock_id}, headers=superuser)
    assert r.status_code == 204
    assert (await _head(eio["url"])).lock == ""
    r = await api.get(f"{eio['url']}/audittrail", headers=superuser)
    assert [a["actie"] for a in r.json()] == ["create", "partial_update", "update"]


async def test_forced_unlock_needs_its_scope(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    iot = await published_iot(api, superuser)
    eio = await make_eio(api, superuser, iot["url"])
    await lock(api, superuser, eio["url"])
    path = iot["url"].removeprefix("http://testserver")
    locker = await make_client("locker", autorisaties=[{
        "component": "drc", "scopes": ["documenten.lezen", "documenten.lock"], "informatieobjecttype": path,
        "max_vertrouwelijkheidaanduiding": "zeer_geheim"}])
    r = await api.post(f"{eio['url']}/unlock", json={}, headers=locker)
    assert r.status_code == 403
    admin = await make_client("admin", autorisaties=[{
        "component": "drc", "scopes": ["documenten.lezen", "documenten.lock", "documenten.geforceerd-unlock"],
        "informatieobjecttype": path, "max_vertrouwelijkheidaanduiding": "zeer_geheim"}])
    r = await api.post(f"{eio['url']}/unlock", json={}, headers=admin)
    assert r.status_code == 204, r.text
    assert (await _head(eio["url"])).lock == ""


async def test_delete(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    iot = await published_iot(api, superuser)
    eio = await make_eio(api, superuser, iot["url"])
    lock_id = await lock(api, superuser, eio["url"])
    r = await api.patch(eio["url"], json={"inhoud": base64.b64encode(b"twee").decode(), "lock": lock_id},
                        headers=superuser)
    assert r.status_code == 200
    head = await _head(eio["url"])
    await EnkelvoudigInformatieObject.get_pymongo_collection().update_one(
        {"_id": head.id}, {"$set": {"objectinformatieobjecten": [head.id]}})
    r = await api.delete(eio["url"], headers=superuser)
    assert r.status_code == 400 and r.json()["invalidParams"][0]["code"] == "pending-relations"  # drc-008
    await EnkelvoudigInformatieObject.get_pymongo_collection().update_one(
        {"_id": head.id}, {"$set": {"objectinformatieobjecten": []}})
    assert await content.files().count_documents({}) == 2
    r = await api.delete(eio["url"], headers=superuser)
    assert r.status_code == 204
    assert await EnkelvoudigInformatieObject.get(head.id) is None
    assert await EIOVersie.find({}).count() == 0
    assert await content.files().count_documents({}) == 0
    assert await content.chunks().count_documents({}) == 0
    assert await AuditRecord.find({"hoofd_object_ref": head.ref}).count() == 0
    assert await Identificatie.find({}).count() == 0
    r = await api.get(eio["url"], headers=superuser)
    assert r.status_code == 404
    notes = await OutboxMessage.find({"kanaal": "documenten"}).to_list()
    assert [n.actie for n in notes] == ["create", "partial_update", "destroy"]


async def test_list_filters_authorisation_and_zoek(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    iot = await published_iot(api, superuser)
    other = await published_iot(api, superuser, omschrijving="Ander")
    a = await make_eio(api, superuser, iot["url"], auteur="Anna", titel="Aanvraag", trefwoorden=["x", "y"],
                       vertrouwelijkheidaanduiding="openbaar", creatiedatum="2024-01-01")
    b = await make_eio(api, superuser, iot["url"], auteur="Bert", titel="Besluit", trefwoorden=["y"],
                       vertrouwelijkheidaanduiding="geheim", creatiedatum="2024-02-01")
    c = await make_eio(api, superuser, other["url"], auteur="Cees", titel="Brief",
                       vertrouwelijkheidaanduiding="openbaar", creatiedatum="2024-03-01")
    await lock(api, superuser, c["url"])

    async def urls(params: dict[str, Any], h: dict[str, str] = superuser) -> list[str]:
        r = await api.get(EIO, params=params, headers=h)
        assert r.status_code == 200, r.text
        assert r.json()["count"] == len(r.json()["results"])
        return [x["url"] for x in r.json()["results"]]

    assert await urls({}) == [c["url"], b["url"], a["url"]]
    assert await urls({"ordering": "auteur"}) == [a["url"], b["url"], c["url"]]
    assert await urls({"ordering": "-auteur"}) == [c["url"], b["url"], a["url"]]
    assert await urls({"informatieobjecttype": iot["url"]}) == [b["url"], a["url"]]
    assert await urls({"auteur": "ann"}) == [a["url"]]
    assert await urls({"titel": "B"}) == [c["url"], b["url"]]
    assert await urls({"creatiedatum__gte": "2024-02-01", "creatiedatum__lte": "2024-02-28"}) == [b["url"]]
    assert await urls({"locked": "true"}) == [c["url"]]
    assert await urls({"trefwoorden__overlap": "x,z"}) == [a["url"]]
    assert await urls({"trefwoorden": "x,y"}) == [a["url"]]
    assert await urls({"vertrouwelijkheidaanduiding": "geheim"}) == [b["url"]]
    assert await urls({"identificatie": a["identificatie"], "bronorganisatie": "517439943"}) == [a["url"]]
    r = await api.get(EIO, params={"onbekend": "1"}, headers=superuser)
    assert r.status_code == 400

    reader = await make_client("reader", autorisaties=[{
        "component": "drc", "scopes": ["documenten.lezen"], "informatieobjecttype": iot["url"].removeprefix(
            "http://testserver"), "max_vertrouwelijkheidaanduiding": "intern"}])
    assert await urls({}, reader) == [a["url"]]
    r = await api.get(b["url"], headers=reader)
    assert r.status_code == 403
    r = await api.get(f"{b['url']}/download", headers=reader)
    assert r.status_code == 403

    r = await api.post(f"{EIO}/_zoek", json={"uuid__in": [_uuid(a["url"]), _uuid(c["url"])]}, headers=superuser)
    assert r.status_code == 200, r.text
    assert [x["url"] for x in r.json()["results"]] == [c["url"], a["url"]]
    r = await api.post(f"{EIO}/_zoek", json={"uuid__in": [_uuid(a["url"]), _uuid(b["url"])]}, headers=reader)
    assert [x["url"] for x in r.json()["results"]] == [a["url"]]

    r = await api.get(a["url"], params={"expand": "informatieobjecttype"}, headers=superuser)
    assert r.status_code == 200
    assert r.json()["_expand"]["informatieobjecttype"]["url"] == iot["url"]
    r = await api.get(EIO, params={"expand": "informatieobjecttype", "informatieobjecttype": other["url"]},
                      headers=superuser)
    assert r.json()["results"][0]["_expand"]["informatieobjecttype"]["omschrijving"] == "Ander"
