"""GraphQL follows references into external APIs (registered services), against a real local HTTP server:
a zaak's documents in a remote Documenten API (zaakinformatieobjecten[].informatieobject, documenten) and a
remote zaaktype with its statustypen and catalogus are the same GraphQL types, built from the remote JSON,
each URL fetched once per request; what the remote API refuses is null / absent, what it cannot deliver is
null with an `expand-not-found` error (absent from lists)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx
import pytest

from tests.domain.services.server import Api, api_server
from tests.graphql.helpers import codes, data, gql
from tests.rest.documenten.sub.helpers import ZAKEN, Linked, linked_setup
from zgw.domain.services import client, registry
from zgw.domain.zaken.documents import Zaak

DRC = "/documenten/api/v1"
ZTC = "/catalogi/api/v1"
ZAAK = """query($u: UUID) { zaak(uuid: $u) {
  zaakinformatieobjecten { titel informatieobject { url titel auteur downloadUrl
    informatieobjecttype { url omschrijving } bestandsdelen { url }
    gebruiksrechten { url omschrijvingVoorwaarden } objectinformatieobjecten { url object } } }
  documenten { url titel } } }"""


@pytest.fixture
def dms() -> Iterator[Api]:
    with api_server() as served:
        yield served


@pytest.fixture
async def setup(api: httpx.AsyncClient, superuser: dict[str, str], dms: Api) -> AsyncIterator[Linked]:
    client.reset()
    await registry.put({"identifier": "dms", "api_type": "drc", "api_root": f"{dms.base}{DRC}/",
                        "auth_type": "zgw", "client_id": "gateway", "secret": "geheim"})
    await registry.put({"identifier": "ztc", "api_type": "ztc", "api_root": f"{dms.base}{ZTC}/"})
    yield await linked_setup(api, superuser)
    client.reset()


def remote_eio(dms: Api, n: int, iot: str) -> dict[str, Any]:
    url = f"{dms.base}{DRC}/enkelvoudiginformatieobjecten/0000000{n}-0000-4000-8000-000000000000"
    body = {"url": url, "identificatie": f"DOC-{n}", "bronorganisatie": "517439943", "creatiedatum": "2024-03-01",
            "titel": f"remote {n}", "auteur": "jan", "taal": "nld", "informatieobjecttype": iot,
            "vertrouwelijkheidaanduiding": "openbaar", "inhoud": f"{url}/download?versie=1", "bestandsdelen": []}
    dms.routes[url.removeprefix(dms.base)] = (200, body)
    return body


async def link(api: httpx.AsyncClient, h: dict[str, str], dms: Api, zaak: str, eio: dict[str, Any]) -> None:
    dms.routes[f"POST {DRC}/objectinformatieobjecten"] = (
        201, {"url": f"{dms.base}{DRC}/objectinformatieobjecten/{eio['identificatie']}", "object": zaak,
              "informatieobject": eio["url"], "objectType": "zaak"})
    r = await api.post(f"{ZAKEN}/zaakinformatieobjecten", json={"zaak": zaak, "informatieobject": eio["url"],
                                                                 "titel": eio["titel"]}, headers=h)
    assert r.status_code == 201, r.text


def gets(dms: Api) -> list[str]:
    return sorted(s.path for s in dms.requests("GET"))


async def test_a_zaaks_remote_documents(api: httpx.AsyncClient, superuser: dict[str, str], dms: Api,
                                        setup: Linked) -> None:
    zaak = setup.zaak
    one, two = remote_eio(dms, 1, setup.iot["url"]), remote_eio(dms, 2, setup.iot["url"])
    await link(api, superuser, dms, zaak["url"], one)
    await link(api, superuser, dms, zaak["url"], two)
    dms.routes[f"{DRC}/gebruiksrechten"] = (200, [{"url": f"{dms.base}{DRC}/gebruiksrechten/1",
                                                   "omschrijvingVoorwaarden": "geen", "informatieobject": one["url"]}])
    dms.routes[f"{DRC}/objectinformatieobjecten"] = (200, [{"url": f"{dms.base}{DRC}/objectinformatieobjecten/1",
                                                            "object": zaak["url"], "informatieobject": one["url"]}])
    dms.routes[two["url"].removeprefix(dms.base)] = (403, {"code": "permission_denied"})  # B will not show us two
    client.reset()
    dms.seen.clear()

    found = (await data(api, superuser, ZAAK, u=zaak["uuid"]))["zaak"]
    by_title = {z["titel"]: z["informatieobject"] for z in found["zaakinformatieobjecten"]}
    assert by_title == {"remote 2": None, "remote 1": {
        "url": one["url"], "titel": "remote 1", "auteur": "jan", "downloadUrl": one["inhoud"],
        "informatieobjecttype": {"url": setup.iot["url"], "omschrijving": "Brief"}, "bestandsdelen": [],
        "gebruiksrechten": [{"url": f"{dms.base}{DRC}/gebruiksrechten/1", "omschrijvingVoorwaarden": "geen"}],
        "objectinformatieobjecten": [{"url": f"{dms.base}{DRC}/objectinformatieobjecten/1", "object": zaak["url"]}]}}
    assert found["documenten"] == [{"url": one["url"], "titel": "remote 1"}]
    # each document once (the links and `documenten` share the request's loader), one call per related list
    asked = f"?informatieobject={quote(one['url'], safe='')}"
    assert gets(dms) == sorted([one["url"].removeprefix(dms.base), two["url"].removeprefix(dms.base),
                                f"{DRC}/gebruiksrechten{asked}", f"{DRC}/objectinformatieobjecten{asked}"])
    assert all(s.headers["Authorization"].startswith("Bearer ") for s in dms.requests("GET"))

    # B has lost one and cannot answer for the other: null with expand-not-found, absent from documenten
    dms.routes[one["url"].removeprefix(dms.base)] = (404, {"detail": "Niet gevonden."})
    dms.routes[two["url"].removeprefix(dms.base)] = (500, {})
    client.reset()
    body = await gql(api, superuser, ZAAK, u=zaak["uuid"])
    assert [z["informatieobject"] for z in body["data"]["zaak"]["zaakinformatieobjecten"]] == [None, None]
    assert body["data"]["zaak"]["documenten"] == []
    assert codes(body) == ["expand-not-found", "expand-not-found"]


async def test_a_remote_zaaktype_with_its_statustypen_and_catalogus(api: httpx.AsyncClient,
                                                                     superuser: dict[str, str], dms: Api,
                                                                     setup: Linked) -> None:
    zt, cat = f"{dms.base}{ZTC}/zaaktypen/1", f"{dms.base}{ZTC}/catalogussen/1"
    st1, st2, gone = (f"{dms.base}{ZTC}/statustypen/{n}" for n in (1, 2, 3))
    dms.routes[f"{ZTC}/zaaktypen/1"] = (200, {"url": zt, "identificatie": "REMOTE-1", "omschrijving": "Elders",
                                              "catalogus": cat, "statustypen": [st1, st2, gone]})
    dms.routes[f"{ZTC}/catalogussen/1"] = (200, {"url": cat, "domein": "ELDERS", "rsin": "517439943"})
    dms.routes[f"{ZTC}/statustypen/1"] = (200, {"url": st1, "omschrijving": "Ontvangen", "volgnummer": 1})
    dms.routes[f"{ZTC}/statustypen/2"] = (200, {"url": st2, "omschrijving": "Klaar", "volgnummer": 2})
    # the zaak's zaaktype as a remote URL (as the Zaken API stores one from an external Catalogi API)
    await Zaak.get_pymongo_collection().update_one({"_id": UUID(setup.zaak["uuid"])}, {"$set": {"zaaktype": zt}})
    query = """query($u: UUID) { zaak(uuid: $u) { zaaktype { url uuid identificatie omschrijving
      catalogus { domein } statustypen { omschrijving volgnummer } } } }"""
    found = (await data(api, superuser, query, u=setup.zaak["uuid"]))["zaak"]["zaaktype"]
    assert found == {"url": zt, "uuid": "1", "identificatie": "REMOTE-1", "omschrijving": "Elders",
                     "catalogus": {"domein": "ELDERS"},
                     "statustypen": [{"omschrijving": "Ontvangen", "volgnummer": 1},
                                     {"omschrijving": "Klaar", "volgnummer": 2}]}  # the missing one left out
    assert gets(dms) == sorted(f"{ZTC}/{p}" for p in ("zaaktypen/1", "catalogussen/1", "statustypen/1",
                                                      "statustypen/2", "statustypen/3"))
    # the Catalogi API unreachable: null, with the error at that field
    await registry.put({"identifier": "ztc", "api_type": "ztc", "api_root": "http://127.0.0.1:9/catalogi/api/v1/",
                        "timeout": 2, "connect_timeout": 1})
    await Zaak.get_pymongo_collection().update_one(
        {"_id": UUID(setup.zaak["uuid"])}, {"$set": {"zaaktype": "http://127.0.0.1:9/catalogi/api/v1/zaaktypen/1"}})
    body = await gql(api, superuser, query, u=setup.zaak["uuid"])
    assert body["data"]["zaak"] == {"zaaktype": None}
    assert codes(body) == ["expand-not-found"]
    assert body["errors"][0]["path"] == ["zaak", "zaaktype"]


async def test_a_besluits_remote_document_and_remote_zaak(api: httpx.AsyncClient, superuser: dict[str, str],
                                                          dms: Api, setup: Linked) -> None:
    from tests.rest.besluiten.factories import link as link_bio
    from tests.rest.besluiten.factories import make_besluit, make_document, world
    from tests.rest.besluiten.factories import zaak_of as make_zaak_of
    from zgw.domain.besluiten.documents import Besluit, BesluitInformatieObject

    w = await world(api, superuser)
    zaak = await make_zaak_of(api, superuser, w)
    besluit = await make_besluit(api, superuser, w.besluittype, zaak=zaak["url"])
    bio = await link_bio(api, superuser, besluit["url"], (await make_document(api, superuser, w.iot))["url"])
    eio = remote_eio(dms, 3, w.iot)
    # as stored for a document in an external Documenten API, and a zaak in another Zaken API whose uuid
    # happens to be one of ours: that zaak is not ours
    await BesluitInformatieObject.get_pymongo_collection().update_one(
        {"_id": UUID(bio["url"].rsplit("/", 1)[-1])}, {"$set": {"informatieobject": eio["url"]}})
    await Besluit.get_pymongo_collection().update_one(
        {"_id": UUID(besluit["url"].rsplit("/", 1)[-1])},
        {"$set": {"zaak": f"http://zaken.elders.example/zaken/api/v1/zaken/{zaak['uuid']}"}})
    query = """query($url: String) { besluit(url: $url) { zaak { url }
      besluitinformatieobjecten { informatieobject { url titel informatieobjecttype { url } } } } }"""
    found = (await data(api, superuser, query, url=besluit["url"]))["besluit"]
    assert found == {"zaak": None, "besluitinformatieobjecten": [
        {"informatieobject": {"url": eio["url"], "titel": "remote 3", "informatieobjecttype": {"url": w.iot}}}]}


async def test_a_page_of_zaken_fetches_each_remote_document_once(api: httpx.AsyncClient, superuser: dict[str, str],
                                                                 dms: Api, setup: Linked) -> None:
    from tests.rest.zaken.factories import make_zaak

    docs = [remote_eio(dms, n, setup.iot["url"]) for n in (4, 5)]
    zaken = [setup.zaak, *[await make_zaak(api, superuser, setup.zaaktype["url"]) for _ in range(2)]]
    for zaak in zaken:
        for doc in docs:
            await link(api, superuser, dms, zaak["url"], doc)
    client.reset()
    dms.seen.clear()
    query = """{ zaken(first: 10) { edges { node { url documenten { url }
      zaakinformatieobjecten { informatieobject { titel } } } } } }"""
    edges = (await data(api, superuser, query))["zaken"]["edges"]
    assert sorted(e["node"]["url"] for e in edges) == sorted(z["url"] for z in zaken)
    for e in edges:
        assert sorted(d["url"] for d in e["node"]["documenten"]) == sorted(d["url"] for d in docs)
        assert sorted(z["informatieobject"]["titel"] for z in e["node"]["zaakinformatieobjecten"]) == [
            "remote 4", "remote 5"]
    # 3 zaken x 2 links, in two fields: one fetch per document
    assert gets(dms) == sorted(d["url"].removeprefix(dms.base) for d in docs)
