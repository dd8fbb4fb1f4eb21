"""Rules of issue 10 on updates and per operation: drc-001/005/006/007/010 on PATCH/PUT, 1.7.1's fields, scopes
per operation, the audit trail's content, notification kenmerken on every action, `_zoek` keys."""

from __future__ import annotations

from typing import Any

import httpx

from tests.conftest import make_client
from tests.rest.catalogi.factories import make_catalogus, make_iot
from tests.rest.documenten.factories import EIO, ROOT, eio_body, lock, make_eio, published_iot
from zgw.domain.audit.documents import AuditRecord
from zgw.domain.documenten.documents import EIOVersie, EnkelvoudigInformatieObject
from zgw.domain.notifications.documents import OutboxMessage


def _uuid(url: str) -> str:
    return url.rsplit("/", 1)[1]


def _codes(r: httpx.Response) -> list[tuple[str, str]]:
    assert r.status_code == 400, r.text
    return [(p["name"], p["code"]) for p in r.json()["invalidParams"]]


def _grant(iot: str, *scopes: str, va: str = "zeer_geheim") -> dict[str, Any]:
    return {"component": "drc", "scopes": list(scopes), "informatieobjecttype": iot.removeprefix("http://testserver"),
            "max_vertrouwelijkheidaanduiding": va}


async def _unchanged(url: str, versie: int) -> None:
    head = await EnkelvoudigInformatieObject.get(_uuid(url))
    assert head is not None and head.versie == versie
    assert await EIOVersie.find({"eio": head.id}).count() == versie  # a refused update writes no version


async def test_drc_001_on_update_and_remote_types(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    iot = await published_iot(api, superuser)
    eio = await make_eio(api, superuser, iot["url"])
    lock_id = await lock(api, superuser, eio["url"])
    concept = await make_iot(api, superuser, (await make_catalogus(api, superuser, domein="OTHER",
                                                                  rsin="000000000"))["url"])
    r = await api.patch(eio["url"], json={"informatieobjecttype": concept["url"], "lock": lock_id}, headers=superuser)
    assert _codes(r) == [("informatieobjecttype", "not-published")]
    missing = iot["url"][:-36] + "00000000-0000-4000-8000-000000000000"
    r = await api.patch(eio["url"], json={"informatieobjecttype": missing, "lock": lock_id}, headers=superuser)
    assert _codes(r) == [("informatieobjecttype", "does_not_exist")]
    r = await api.put(eio["url"], json={**eio_body(concept["url"]), "lock": lock_id}, headers=superuser)
    assert _codes(r) == [("informatieobjecttype", "not-published")]
    await _unchanged(eio["url"], 1)
    remote = "https://elders.example.org/catalogi/api/v1/informatieobjecttypen/00000000-0000-4000-8000-000000000000"
    r = await api.post(EIO, json=eio_body(remote), headers=superuser)
    assert _codes(r) == [("informatieobjecttype", "unknown-service")]

    # drc-010 (1.3.0): the informatieobjecttype may change, to another published one
    other = await published_iot(api, superuser, omschrijving="Ander")
    r = await api.patch(eio["url"], json={"informatieobjecttype": other["url"], "lock": lock_id}, headers=superuser)
    assert r.status_code == 200, r.text
    assert (r.json()["informatieobjecttype"], r.json()["versie"]) == (other["url"], 2)


async def test_drc_005_on_update(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    iot = await published_iot(api, superuser)
    working = await make_eio(api, superuser, iot["url"], status="in_bewerking")
    lock_id = await lock(api, superuser, working["url"])
    r = await api.patch(working["url"], json={"ontvangstdatum": "2024-03-02", "lock": lock_id}, headers=superuser)
    assert _codes(r) == [("status", "invalid_for_received")]
    await _unchanged(working["url"], 1)
    r = await api.patch(working["url"], json={"ontvangstdatum": "2024-03-02", "status": "definitief", "lock": lock_id},
                        headers=superuser)
    assert r.status_code == 200, r.text
    assert (r.json()["status"], r.json()["ontvangstdatum"]) == ("definitief", "2024-03-02")

    received = await make_eio(api, superuser, iot["url"], ontvangstdatum="2024-03-02", status="definitief")
    lock_id = await lock(api, superuser, received["url"])
    for status in ("in_bewerking", "ter_vaststelling"):
        r = await api.patch(received["url"], json={"status": status, "lock": lock_id}, headers=superuser)
        assert _codes(r) == [("status", "invalid_for_received")], status
    r = await api.patch(received["url"], json={"status": "gearchiveerd", "lock": lock_id}, headers=superuser)
    assert r.status_code == 200 and r.json()["status"] == "gearchiveerd"
    # drc-010 (1.4.0): a definitive document may still be updated
    r = await api.patch(received["url"], json={"titel": "Later", "lock": lock_id}, headers=superuser)
    assert r.status_code == 200 and (r.json()["titel"], r.json()["versie"]) == ("Later", 3)


async def test_drc_006_indicatie_on_the_document(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    iot = await published_iot(api, superuser)
    eio = await make_eio(api, superuser, iot["url"], indicatieGebruiksrecht=False)  # no conditions: false is fine
    assert eio["indicatieGebruiksrecht"] is False
    r = await api.post(f"{ROOT}/gebruiksrechten", headers=superuser, json={
        "informatieobject": eio["url"], "startdatum": "2024-03-01T10:00:00Z", "omschrijvingVoorwaarden": "intern"})
    assert r.status_code == 201, r.text
    lock_id = await lock(api, superuser, eio["url"])
    for value in (False, None):
        r = await api.patch(eio["url"], json={"indicatieGebruiksrecht": value, "lock": lock_id}, headers=superuser)
        assert _codes(r) == [("indicatieGebruiksrecht", "existing-gebruiksrechten")], value
    r = await api.patch(eio["url"], json={"indicatieGebruiksrecht": True, "lock": lock_id}, headers=superuser)
    assert r.status_code == 200 and r.json()["indicatieGebruiksrecht"] is True
    plain = await make_eio(api, superuser, iot["url"])
    plain_lock = await lock(api, superuser, plain["url"])
    r = await api.patch(plain["url"], json={"indicatieGebruiksrecht": True, "lock": plain_lock}, headers=superuser)
    assert _codes(r) == [("indicatieGebruiksrecht", "missing-gebruiksrechten")]


async def test_drc_007_on_update(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    iot = await published_iot(api, superuser, vertrouwelijkheidaanduiding="beperkt_openbaar")
    eio = await make_eio(api, superuser, iot["url"], vertrouwelijkheidaanduiding="geheim")
    assert eio["vertrouwelijkheidaanduiding"] == "geheim"  # given: kept
    lock_id = await lock(api, superuser, eio["url"])
    r = await api.patch(eio["url"], json={"vertrouwelijkheidaanduiding": "intern", "lock": lock_id}, headers=superuser)
    assert r.status_code == 200 and r.json()["vertrouwelijkheidaanduiding"] == "intern"
    body = {k: v for k, v in eio_body(iot["url"]).items() if k != "vertrouwelijkheidaanduiding"}
    r = await api.put(eio["url"], json={**body, "lock": lock_id}, headers=superuser)
    assert r.status_code == 200, r.text
    assert r.json()["vertrouwelijkheidaanduiding"] == "intern"  # a PUT without it keeps it (Open Zaak)
    r = await api.patch(eio["url"], json={"vertrouwelijkheidaanduiding": "", "lock": lock_id}, headers=superuser)
    assert r.status_code == 200, r.text
    assert r.json()["vertrouwelijkheidaanduiding"] == "beperkt_openbaar"  # derived from the type again


async def test_fields_of_1_7_1(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    iot = await published_iot(api, superuser)
    eio = await make_eio(api, superuser, iot["url"], status="definitief", inhoudIsVervallen=True,
                         isGereedVoorPublicatie=True, tonenAanInitiator=False)
    assert (eio["inhoudIsVervallen"], eio["isGereedVoorPublicatie"], eio["tonenAanInitiator"]) == (True, True, False)
    r = await api.get(eio["url"], headers=superuser)
    assert (r.json()["inhoudIsVervallen"], r.json()["isGereedVoorPublicatie"], r.json()["tonenAanInitiator"]) == (
        True, True, False)
    lock_id = await lock(api, superuser, eio["url"])
    r = await api.patch(eio["url"], json={"status": "in_bewerking", "lock": lock_id}, headers=superuser)
    assert _codes(r) == [("inhoudIsVervallen", "invalid-status")]  # content lapsed needs definitief / gearchiveerd
    r = await api.patch(eio["url"], json={"inhoudIsVervallen": False, "tonenAanInitiator": True, "lock": lock_id},
                        headers=superuser)
    assert r.status_code == 200
    assert (r.json()["inhoudIsVervallen"], r.json()["tonenAanInitiator"], r.json()["isGereedVoorPublicatie"]) == (
        False, True, True)
    r = await api.get(eio["url"], params={"versie": 1}, headers=superuser)
    assert (r.json()["inhoudIsVervallen"], r.json()["tonenAanInitiator"]) == (True, False)  # each version its own


async def test_scopes_per_operation(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    iot = await published_iot(api, superuser)
    eio = await make_eio(api, superuser, iot["url"])
    url = eio["url"]
    reader = await make_client("reader", autorisaties=[_grant(iot["url"], "documenten.lezen")])
    writer = await make_client("writer", autorisaties=[_grant(
        iot["url"], "documenten.aanmaken", "documenten.bijwerken", "documenten.verwijderen", "documenten.lock")])

    async def status(client: dict[str, str], method: str, path: str, **kw: Any) -> int:
        return (await api.request(method, path, headers=client, **kw)).status_code

    denied = [("POST", EIO, {"json": eio_body(iot["url"])}), ("PATCH", url, {"json": {"titel": "x"}}),
              ("PUT", url, {"json": eio_body(iot["url"])}), ("POST", f"{url}/lock", {}),
              ("POST", f"{url}/unlock", {"json": {"lock": "x"}}), ("DELETE", url, {}),
              ("GET", f"{url}/audittrail", {}),
              ("POST", f"{ROOT}/documentnummer_reserveren", {"json": {"bronorganisatie": "517439943"}})]
    for method, path, kw in denied:
        assert await status(reader, method, path, **kw) == 403, (method, path)
    for method, path in [("GET", EIO), ("GET", url), ("HEAD", url), ("GET", f"{url}/download"),
                         ("GET", f"{url}/audittrail")]:
        assert await status(writer, method, path) == 403, (method, path)
    r = await api.post(f"{EIO}/_zoek", json={"uuid__in": [_uuid(url)]}, headers=writer)
    assert r.status_code == 403
    for method, path in [("GET", EIO), ("GET", url), ("HEAD", url), ("GET", f"{url}/download")]:
        assert await status(reader, method, path) == 200, (method, path)

    # the writer: create, lock, update, unlock, reserve, delete; the forced unlock is not his
    created = await api.post(EIO, json=eio_body(iot["url"]), headers=writer)
    assert created.status_code == 201, created.text
    lock_id = (await api.post(f"{created.json()['url']}/lock", headers=writer)).json()["lock"]
    assert await status(writer, "PATCH", created.json()["url"], json={"titel": "y", "lock": lock_id}) == 200
    assert await status(writer, "POST", f"{created.json()['url']}/unlock", json={}) == 403
    assert await status(writer, "POST", f"{created.json()['url']}/unlock", json={"lock": lock_id}) == 204
    assert await status(writer, "POST", f"{ROOT}/documentnummer_reserveren",
                        json={"bronorganisatie": "517439943"}) == 201
    assert await status(writer, "DELETE", created.json()["url"]) == 204
    auditor = await make_client("auditor", autorisaties=[_grant(iot["url"], "audittrails.lezen")])
    assert await status(auditor, "GET", f"{url}/audittrail") == 200

    # within the scope, the type and the level decide (also for writes)
    low = await make_client("low", autorisaties=[_grant(iot["url"], "documenten.lezen", "documenten.aanmaken",
                                                        va="openbaar")])
    r = await api.post(EIO, json=eio_body(iot["url"], vertrouwelijkheidaanduiding="geheim"), headers=low)
    assert r.status_code == 403
    assert await EnkelvoudigInformatieObject.find({"vertrouwelijkheidaanduiding": "geheim"}).count() == 0


async def test_audit_trail_records_old_and_new(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    iot = await published_iot(api, superuser)
    eio = await make_eio(api, superuser, iot["url"])
    lock_id = await lock(api, superuser, eio["url"])
    r = await api.patch(eio["url"], json={"titel": "Nieuw", "lock": lock_id}, headers=superuser)
    v2 = r.json()
    trail = (await api.get(f"{eio['url']}/audittrail", headers=superuser)).json()
    assert [(a["bron"], a["actie"], a["resultaat"], a["resource"], a["resourceUrl"], a["hoofdObject"])
            for a in trail] == [
        ("drc", "create", 201, "enkelvoudiginformatieobject", eio["url"], eio["url"]),
        ("drc", "partial_update", 200, "enkelvoudiginformatieobject", eio["url"], eio["url"])]
    assert trail[0]["wijzigingen"] == {"oud": None, "nieuw": eio}
    assert trail[1]["wijzigingen"]["oud"]["titel"] == "Brief" and trail[1]["wijzigingen"]["oud"]["versie"] == 1
    assert trail[1]["wijzigingen"]["nieuw"] == v2
    assert trail[0]["resourceWeergave"] == eio["identificatie"]
    one = await api.get(f"{eio['url']}/audittrail/{trail[1]['uuid']}", headers=superuser)
    assert one.status_code == 200 and one.json() == trail[1]
    refused = await api.patch(eio["url"], json={"titel": "x", "lock": "wrong"}, headers=superuser)
    assert refused.status_code == 400
    assert await AuditRecord.find({"hoofd_object_ref": f"/documenten/api/v1/enkelvoudiginformatieobjecten/"
                                                       f"{_uuid(eio['url'])}"}).count() == 2  # failures not audited


async def test_notifications_carry_the_four_kenmerken(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    iot = await published_iot(api, superuser, vertrouwelijkheidaanduiding="openbaar")
    other = await published_iot(api, superuser, omschrijving="Ander")
    eio = await make_eio(api, superuser, iot["url"])
    lock_id = await lock(api, superuser, eio["url"])
    r = await api.patch(eio["url"], json={"informatieobjecttype": other["url"], "vertrouwelijkheidaanduiding": "geheim",
                                          "lock": lock_id}, headers=superuser)
    assert r.status_code == 200
    r = await api.put(eio["url"], json={**eio_body(other["url"], vertrouwelijkheidaanduiding="intern"),
                                        "lock": lock_id}, headers=superuser)
    assert r.status_code == 200
    assert (await api.post(f"{eio['url']}/unlock", json={"lock": lock_id}, headers=superuser)).status_code == 204
    assert (await api.delete(eio["url"], headers=superuser)).status_code == 204
    notes = await OutboxMessage.find({"kanaal": "documenten"}).sort(OutboxMessage.ORDER).to_list()

    def kenmerken(t: dict[str, Any], va: str) -> dict[str, str]:
        return {"bronorganisatie": "517439943", "informatieobjecttype": t["url"],
                "informatieobjecttype.catalogus": t["catalogus"], "vertrouwelijkheidaanduiding": va}

    assert [(n.actie, n.resource, n.resource_url, n.hoofd_object, n.kenmerken) for n in notes] == [
        ("create", "enkelvoudiginformatieobject", eio["url"], eio["url"], kenmerken(iot, "openbaar")),
        ("partial_update", "enkelvoudiginformatieobject", eio["url"], eio["url"], kenmerken(other, "geheim")),
        ("update", "enkelvoudiginformatieobject", eio["url"], eio["url"], kenmerken(other, "intern")),
        ("destroy", "enkelvoudiginformatieobject", eio["url"], eio["url"], kenmerken(other, "intern"))]


async def test_zoek_keys(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    iot = await published_iot(api, superuser)
    a = await make_eio(api, superuser, iot["url"], identificatie="DOC-A")
    b = await make_eio(api, superuser, iot["url"], identificatie="DOC-B", bronorganisatie="000000000")
    c = await make_eio(api, superuser, iot["url"], identificatie="DOC-A", bronorganisatie="000000000")
    ids = [_uuid(x["url"]) for x in (a, b, c)]

    async def zoek(**body: Any) -> list[str]:
        r = await api.post(f"{EIO}/_zoek", json=body, headers=superuser)
        assert r.status_code == 200, r.text
        assert r.json()["count"] == len(r.json()["results"])
        return [x["url"] for x in r.json()["results"]]

    assert await zoek(uuid__in=ids) == [c["url"], b["url"], a["url"]]
    assert await zoek(uuid__in=ids, identificatie="DOC-A") == [c["url"], a["url"]]
    assert await zoek(uuid__in=ids, bronorganisatie="000000000") == [c["url"], b["url"]]
    assert await zoek(uuid__in=ids, identificatie="DOC-A", bronorganisatie="517439943") == [a["url"]]
    assert await zoek(uuid__in=ids[:1], identificatie="DOC-B") == []
    assert await zoek(uuid__in=[]) == []
    r = await api.post(f"{EIO}/_zoek", json={"identificatie": "DOC-A"}, headers=superuser)
    assert _codes(r) == [("uuid__in", "required")]
    r = await api.post(f"{EIO}/_zoek", json={"uuid__in": ["geen-uuid"]}, headers=superuser)
    assert r.status_code == 400
    r = await api.post(f"{EIO}/_zoek", params={"pageSize": 1, "page": 2}, json={"uuid__in": ids}, headers=superuser)
    assert r.json()["count"] == 3 and [x["url"] for x in r.json()["results"]] == [b["url"]]


async def test_unlock_of_an_unfinished_upload(api: httpx.AsyncClient, superuser: dict[str, str], settings: Any,
                                              monkeypatch: Any) -> None:
    monkeypatch.setattr(settings, "documenten_upload_chunk_size", 10)
    iot = await published_iot(api, superuser)
    eio = await make_eio(api, superuser, iot["url"], inhoud=None, bestandsomvang=25)
    parts, lock_id = eio["bestandsdelen"], eio["bestandsdelen"][0]["lock"]
    r = await api.post(f"{eio['url']}/unlock", json={"lock": lock_id}, headers=superuser)
    assert _codes(r) == [("nonFieldErrors", "file-size")]  # nothing uploaded
    r = await api.put(parts[0]["url"], headers=superuser, data={"lock": lock_id},
                      files={"inhoud": ("deel.bin", b"x" * 10)})
    assert r.status_code == 200
    r = await api.post(f"{eio['url']}/unlock", json={"lock": lock_id}, headers=superuser)
    assert _codes(r) == [("nonFieldErrors", "incomplete-upload")]  # some parts missing
    assert (await EnkelvoudigInformatieObject.get(_uuid(eio["url"]))).lock == lock_id  # type: ignore[union-attr]
    # a forced unlock (documenten.geforceerd-unlock) abandons the upload: no content, no size, no parts
    r = await api.post(f"{eio['url']}/unlock", json={}, headers=superuser)
    assert r.status_code == 204, r.text
    body = (await api.get(eio["url"], headers=superuser)).json()
    assert (body["locked"], body["inhoud"], body["bestandsomvang"], body["bestandsdelen"]) == (False, None, None, [])
    from zgw.domain.documenten.documents import Bestandsdeel
    assert await Bestandsdeel.find({}).count() == 0
    from zgw.domain.documenten import content
    assert await content.files().count_documents({}) == 0  # the uploaded part's content went with it


async def test_one_part_becomes_the_content_without_a_copy(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    from zgw.domain.documenten import content
    from zgw.domain.documenten.documents import Bestandsdeel

    iot = await published_iot(api, superuser)
    eio = await make_eio(api, superuser, iot["url"], inhoud=None, bestandsomvang=5, bestandsnaam="een.txt",
                         formaat="text/plain")
    [part] = eio["bestandsdelen"]
    r = await api.put(part["url"], headers=superuser, data={"lock": part["lock"]}, files={"inhoud": ("x", b"12345")})
    assert r.status_code == 200
    stored = await Bestandsdeel.get(_uuid(part["url"]))
    assert stored is not None and stored.inhoud is not None
    r = await api.post(f"{eio['url']}/unlock", json={"lock": part["lock"]}, headers=superuser)
    assert r.status_code == 204, r.text
    head = await EnkelvoudigInformatieObject.get(_uuid(eio["url"]))
    assert head is not None and head.inhoud == stored.inhoud  # the part's file, adopted
    assert await content.files().count_documents({}) == 1 and await Bestandsdeel.find({}).count() == 0
    info = await content.info(head.inhoud)
    assert info is not None and (info.filename, info.content_type, info.length) == ("een.txt", "text/plain", 5)
    r = await api.get(f"{eio['url']}/download", headers=superuser)
    assert (r.content, r.headers["content-type"]) == (b"12345", "text/plain; charset=utf-8")


async def test_documentnummer_reserveren_bounds(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    from zgw.domain.documenten.documents import Identificatie

    url = f"{ROOT}/documentnummer_reserveren"
    r = await api.post(url, json={"bronorganisatie": "517439943", "aantal": 1001}, headers=superuser)
    assert _codes(r) == [("aantal", "max_value")]
    r = await api.post(url, json={"bronorganisatie": "517439943", "aantal": 0}, headers=superuser)
    assert _codes(r)[0][0] == "aantal"
    assert await Identificatie.find({}).count() == 0
    r = await api.post(url, json={"bronorganisatie": "517439943", "aantal": 1}, headers=superuser)
    assert r.status_code == 201 and isinstance(r.json(), dict)  # one: an object, as without aantal
    r = await api.post(url, json={"bronorganisatie": "517439943", "aantal": 1000}, headers=superuser)
    assert r.status_code == 201 and len({x["identificatie"] for x in r.json()}) == 1000
