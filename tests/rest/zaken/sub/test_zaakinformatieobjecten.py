"""Zaakinformatieobjecten: zrc-003/004/005/017, immutable fields, the closed zaak, the mirrored
objectinformatieobject, audit and notifications, and closing a zaak with documents."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx

from tests.conftest import make_client
from tests.rest.documenten.sub.helpers import DOCUMENTEN, ZAKEN, eio_doc, linked_setup, make_eio
from tests.rest.zaken.sub.helpers import codes, grant, zaak_doc
from zgw.domain.audit.documents import AuditRecord
from zgw.domain.documenten import objectinformatieobjecten as oios
from zgw.domain.notifications.documents import OutboxMessage
from zgw.domain.zaken.zaakinformatieobjecten import LinkIntent, ZaakInformatieObject

URL = f"{ZAKEN}/zaakinformatieobjecten"


async def _link(api: httpx.AsyncClient, h: dict[str, str], zaak: str, eio: str, **over: Any) -> httpx.Response:
    return await api.post(URL, headers=h, json={"zaak": zaak, "informatieobject": eio, **over})


async def test_create_mirrors_and_delete_removes(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await linked_setup(api, superuser)
    eio = await make_eio(s.iot["url"])
    r = await _link(api, superuser, s.zaak["url"], eio, titel="aanvraag", aardRelatieWeergave="bla",
                    registratiedatum="2018-01-01T00:00:00Z")
    assert r.status_code == 201, r.text
    body = r.json()
    assert r.headers["Location"] == body["url"]
    stamp = datetime.fromisoformat(body["registratiedatum"].replace("Z", "+00:00"))
    assert abs((datetime.now(UTC) - stamp).total_seconds()) < 60  # the server's moment, not the client's
    assert body == {
        "url": f"{URL}/{body['uuid']}", "uuid": body["uuid"], "informatieobject": eio, "zaak": s.zaak["url"],
        "aardRelatieWeergave": "Hoort bij, omgekeerd: kent", "titel": "aanvraag", "beschrijving": "",
        "registratiedatum": body["registratiedatum"], "vernietigingsdatum": None, "status": None}
    stored = await ZaakInformatieObject.get(body["uuid"])
    assert stored is not None and stored.aard_relatie == "hoort_bij"
    zaak = await zaak_doc(s.zaak["url"])
    assert [str(i) for i in zaak.zaakinformatieobjecten] == [body["uuid"]]
    assert (await api.get(s.zaak["url"], headers={**superuser, "Accept-Crs": "EPSG:4326"})).json()[
        "zaakinformatieobjecten"] == [body["url"]]
    # zrc-005: the mirror, named in the EIO head, with an id derived from the link's
    mirror = oios.mirror_id(stored.id)
    oio = await oios.ObjectInformatieObject.get(mirror)
    assert oio is not None
    assert (oio.object, oio.object_type, oio.informatieobject, oio.bron) == (
        zaak.ref, "zaak", eio.removeprefix("http://testserver"), stored.id)
    assert (await eio_doc(eio)).objectinformatieobjecten == [mirror]
    assert await LinkIntent.find({}).to_list() == []

    assert (await api.delete(body["url"], headers=superuser)).status_code == 204
    assert await ZaakInformatieObject.get(body["uuid"]) is None
    assert await oios.ObjectInformatieObject.get(mirror) is None
    assert (await eio_doc(eio)).objectinformatieobjecten == []
    assert (await zaak_doc(s.zaak["url"])).zaakinformatieobjecten == []
    assert await LinkIntent.find({}).to_list() == []
    notes = await OutboxMessage.find({"resource": "zaakinformatieobject"}).to_list()
    assert [(n.kanaal, n.actie, n.hoofd_object) for n in notes] == [("zaken", "create", s.zaak["url"])]
    trail = await AuditRecord.find({"resource": "zaakinformatieobject"}).sort("aanmaakdatum").to_list()
    assert [(a.actie, a.hoofd_object) for a in trail] == [("create", s.zaak["url"]), ("destroy", s.zaak["url"])]


async def test_rules(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await linked_setup(api, superuser)
    eio = await make_eio(s.iot["url"])
    missing = f"{DOCUMENTEN}/enkelvoudiginformatieobjecten/6f9f0a5e-0000-4000-8000-000000000000"
    r = await _link(api, superuser, s.zaak["url"], missing)
    assert (r.status_code, codes(r)) == (400, [("informatieobject", "does_not_exist")])
    # zrc-017: the document's type is not one of the zaaktype's
    foto = await make_eio(s.other_iot["url"])
    r = await _link(api, superuser, s.zaak["url"], foto)
    assert (r.status_code, codes(r)) == (400, [("nonFieldErrors", "missing-zaaktype-informatieobjecttype-relation")])
    assert await oios.ObjectInformatieObject.find({}).to_list() == []
    ok = await _link(api, superuser, s.zaak["url"], eio)
    assert ok.status_code == 201, ok.text
    r = await _link(api, superuser, s.zaak["url"], eio)
    assert (r.status_code, codes(r)) == (400, [("nonFieldErrors", "unique")])
    # zrc-004: the relation itself never changes
    other_zaak = (await api.post(f"{ZAKEN}/zaken", headers={**superuser, "Accept-Crs": "EPSG:4326",
                                                            "Content-Crs": "EPSG:4326"}, json={
        "zaaktype": s.zaaktype["url"], "bronorganisatie": "517439943", "verantwoordelijkeOrganisatie": "517439943",
        "startdatum": "2024-03-01"})).json()
    r = await api.patch(ok.json()["url"], headers=superuser, json={"zaak": other_zaak["url"], "informatieobject": foto})
    assert (r.status_code, sorted(codes(r))) == (400, [("informatieobject", "wijzigen-niet-toegelaten"),
                                                       ("zaak", "wijzigen-niet-toegelaten")])
    p = await api.patch(ok.json()["url"], headers=superuser, json={"beschrijving": "nieuw"})
    assert p.status_code == 200, p.text
    assert (p.json()["beschrijving"], p.json()["registratiedatum"]) == ("nieuw", ok.json()["registratiedatum"])
    put = await api.put(ok.json()["url"], headers=superuser, json={"zaak": s.zaak["url"], "informatieobject": eio,
                                                                   "titel": "t"})
    assert put.status_code == 200, put.text
    assert (put.json()["titel"], put.json()["beschrijving"]) == ("t", "")
    head = await api.head(ok.json()["url"], headers=superuser)
    assert head.status_code == 200 and head.headers["ETag"]
    assert (await api.get(ok.json()["url"], headers={**superuser, "If-None-Match": head.headers["ETag"]})
            ).status_code == 304


async def test_lists_by_key(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await linked_setup(api, superuser)
    one, two = await make_eio(s.iot["url"]), await make_eio(s.iot["url"])
    other_zaak = (await api.post(f"{ZAKEN}/zaken", headers={**superuser, "Accept-Crs": "EPSG:4326",
                                                            "Content-Crs": "EPSG:4326"}, json={
        "zaaktype": s.zaaktype["url"], "bronorganisatie": "517439943", "verantwoordelijkeOrganisatie": "517439943",
        "startdatum": "2024-03-01"})).json()
    a = (await _link(api, superuser, s.zaak["url"], one)).json()
    b = (await _link(api, superuser, s.zaak["url"], two)).json()
    c = (await _link(api, superuser, other_zaak["url"], one)).json()
    by_zaak = await api.get(URL, headers=superuser, params={"zaak": s.zaak["url"]})
    assert {x["url"] for x in by_zaak.json()} == {a["url"], b["url"]}
    by_eio = await api.get(URL, headers=superuser, params={"informatieobject": one})
    assert {x["url"] for x in by_eio.json()} == {a["url"], c["url"]}
    both = await api.get(URL, headers=superuser, params={"informatieobject": one, "zaak": other_zaak["url"]})
    assert [x["url"] for x in both.json()] == [c["url"]]
    assert {x["url"] for x in (await api.get(URL, headers=superuser)).json()} == {a["url"], b["url"], c["url"]}
    # a client reads only the links of zaken it may read
    token = await make_client("zio-reader", autorisaties=[grant("http://testserver/other/zaaktype", "zaken.lezen")])
    assert (await api.get(URL, headers=token)).json() == []
    assert (await api.get(URL, headers=token, params={"zaak": s.zaak["url"]})).json() == []
    assert (await api.get(URL, headers=token, params={"informatieobject": one})).json() == []
    reader = await make_client("zio-zt-reader", autorisaties=[grant(s.zaaktype["url"], "zaken.lezen")])
    by_eio = await api.get(URL, headers=reader, params={"informatieobject": one})
    assert {x["url"] for x in by_eio.json()} == {a["url"], c["url"]}
    assert (await api.get(a["url"], headers=token)).status_code == 403
    expanded = await api.get(a["url"], headers=superuser, params={"expand": "zaak"})
    assert expanded.json()["_expand"]["zaak"]["url"] == s.zaak["url"]


async def test_closed_zaak_and_scopes(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await linked_setup(api, superuser)
    eio = await make_eio(s.iot["url"], indicatie_gebruiksrecht=False)
    zt = s.zaaktype["url"]
    maker = await make_client("zio-maker", autorisaties=[grant(zt, "zaken.aanmaken")])
    r = await _link(api, maker, s.zaak["url"], eio)
    assert r.status_code == 201, r.text
    r_first = r.json()["url"]
    # closing the zaak needs indicatieGebruiksrecht on every document: here it is set (false)
    await api.post(f"{ZAKEN}/resultaten", headers=superuser, json={"zaak": s.zaak["url"],
                                                                   "resultaattype": s.resultaattype["url"]})
    closed = await api.post(f"{ZAKEN}/statussen", headers=superuser, json={
        "zaak": s.zaak["url"], "statustype": s.eind["url"], "datumStatusGezet": "2024-03-02T10:00:00Z"})
    assert closed.status_code == 201, closed.text
    second = await make_eio(s.iot["url"])
    r = await _link(api, maker, s.zaak["url"], second)
    assert r.status_code == 403
    assert await oios.ObjectInformatieObject.find({"informatieobject": second.removeprefix("http://testserver")}
                                                  ).to_list() == []
    bijwerker = await make_client("zio-bijwerker", autorisaties=[grant(zt, "zaken.bijwerken")])
    assert (await api.delete(r_first, headers=bijwerker)).status_code == 403
    assert await ZaakInformatieObject.get(r_first.rsplit("/", 1)[-1]) is not None
    forced = await make_client("zio-forced", autorisaties=[grant(zt, "zaken.geforceerd-bijwerken")])
    assert (await _link(api, forced, s.zaak["url"], second)).status_code == 201


async def test_eindstatus_needs_indicatie_gebruiksrecht(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await linked_setup(api, superuser)
    unknown = await make_eio(s.iot["url"])  # indicatieGebruiksrecht null
    assert (await _link(api, superuser, s.zaak["url"], unknown)).status_code == 201
    await api.post(f"{ZAKEN}/resultaten", headers=superuser, json={"zaak": s.zaak["url"],
                                                                   "resultaattype": s.resultaattype["url"]})
    body = {"zaak": s.zaak["url"], "statustype": s.eind["url"], "datumStatusGezet": "2024-03-02T10:00:00Z"}
    r = await api.post(f"{ZAKEN}/statussen", headers=superuser, json=body)
    assert (r.status_code, codes(r)) == (400, [("nonFieldErrors", "indicatiegebruiksrecht-unset")])
    assert (await zaak_doc(s.zaak["url"])).einddatum is None
    await EnkelvoudigLock.set(unknown, lock="abc", indicatie=True)
    r = await api.post(f"{ZAKEN}/statussen", headers=superuser, json=body)
    assert (r.status_code, codes(r)) == (400, [("nonFieldErrors", "informatieobject-locked")])
    await EnkelvoudigLock.set(unknown, lock="", indicatie=True)
    r = await api.post(f"{ZAKEN}/statussen", headers=superuser, json=body)
    assert r.status_code == 201, r.text
    assert (await zaak_doc(s.zaak["url"])).einddatum == "2024-03-02"


class EnkelvoudigLock:
    @staticmethod
    async def set(url: str, *, lock: str, indicatie: bool | None) -> None:
        from zgw.domain.documenten.documents import EnkelvoudigInformatieObject

        await EnkelvoudigInformatieObject.get_pymongo_collection().update_one(
            {"_id": (await eio_doc(url)).id}, {"$set": {"lock": lock, "indicatie_gebruiksrecht": indicatie}})


async def test_zaak_expands_its_documents(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await linked_setup(api, superuser)
    eio = await make_eio(s.iot["url"])
    zio = (await _link(api, superuser, s.zaak["url"], eio)).json()
    crs = {"Accept-Crs": "EPSG:4326"}
    r = await api.get(s.zaak["url"], headers={**superuser, **crs},
                      params={"expand": "zaakinformatieobjecten.informatieobject"})
    assert r.status_code == 200, r.text
    [expanded] = r.json()["_expand"]["zaakinformatieobjecten"]
    assert expanded["url"] == zio["url"]
    assert expanded["_expand"]["informatieobject"]["url"] == eio
    # per object: a client that may read the zaak but not the document sees the link, not the document
    token = await make_client("zio-expand", autorisaties=[grant(s.zaaktype["url"], "zaken.lezen")])
    r = await api.get(s.zaak["url"], headers={**token, **crs},
                      params={"expand": "zaakinformatieobjecten.informatieobject"})
    assert r.status_code == 200, r.text
    [expanded] = r.json()["_expand"]["zaakinformatieobjecten"]
    assert expanded["url"] == zio["url"]
    assert expanded.get("_expand", {}).get("informatieobject") is None
    listed = await api.get(f"{ZAKEN}/zaken", headers={**superuser, **crs},
                           params={"expand": "zaakinformatieobjecten"})
    assert listed.json()["results"][0]["_expand"]["zaakinformatieobjecten"][0]["url"] == zio["url"]


async def test_deleting_the_zaak_deletes_its_links(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await linked_setup(api, superuser)
    eio = await make_eio(s.iot["url"])
    zio = (await _link(api, superuser, s.zaak["url"], eio)).json()
    r = await api.delete(s.zaak["url"], headers=superuser)
    assert r.status_code == 204, r.text
    assert await ZaakInformatieObject.get(zio["uuid"]) is None
    assert await oios.ObjectInformatieObject.find({}).to_list() == []
    assert (await eio_doc(eio)).objectinformatieobjecten == []
    # the document is free to go now (drc-008)
    assert (await api.delete(eio, headers=superuser)).status_code == 204
