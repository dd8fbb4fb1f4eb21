"""Run-time rules of the Catalogi standard, each with the error code clients see."""

from __future__ import annotations

from typing import Any

import httpx

from tests.conftest import make_client
from tests.rest.catalogi.factories import (
    ROOT,
    make_besluittype,
    make_catalogus,
    make_eigenschap,
    make_iot,
    make_statustype,
    make_zaaktype,
    make_ziot,
    post,
    resultaattype_body,
    zaaktype_body,
)
from zgw.domain.notifications.documents import OutboxMessage

H = dict[str, str]


def codes(r: httpx.Response) -> list[tuple[str, str]]:
    return [(p["name"], p["code"]) for p in r.json().get("invalidParams", [])]


async def publish(api: httpx.AsyncClient, h: H, url: str) -> dict[str, Any]:
    r = await api.post(f"{url}/publish", headers=h)
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


async def ztc(scopes: list[str], client_id: str = "beheer") -> H:
    return await make_client(client_id, autorisaties=[{"component": "ztc", "scopes": scopes}])


async def test_ztc_009_published_objects_are_final(api: httpx.AsyncClient, superuser: H) -> None:
    writer = await ztc(["catalogi.schrijven", "catalogi.lezen"])
    cat = await make_catalogus(api, superuser)
    zt = await publish(api, superuser, (await make_zaaktype(api, superuser, cat["url"]))["url"])
    assert zt["concept"] is False
    r = await api.put(zt["url"], json=zaaktype_body(cat["url"], omschrijving="x"), headers=writer)
    assert r.status_code == 400 and ("nonFieldErrors", "non-concept-object") in codes(r)
    r = await api.patch(zt["url"], json={"omschrijving": "x"}, headers=writer)
    assert ("nonFieldErrors", "non-concept-object") in codes(r)
    r = await api.patch(zt["url"], json={"eindeGeldigheid": "2024-12-31"}, headers=writer)
    assert r.status_code == 200, r.text
    r = await api.delete(zt["url"], headers=writer)
    assert r.status_code == 400 and ("nonFieldErrors", "non-concept-object") in codes(r)
    for kind in ("informatieobjecttypen", "besluittypen"):
        maker = make_iot if kind == "informatieobjecttypen" else make_besluittype
        obj = await publish(api, superuser, (await maker(api, superuser, cat["url"]))["url"])
        r = await api.patch(obj["url"], json={"omschrijving": "x"}, headers=writer)
        assert ("nonFieldErrors", "non-concept-object") in codes(r), kind
        r = await api.delete(obj["url"], headers=writer)
        assert ("nonFieldErrors", "non-concept-object") in codes(r), kind


async def test_corrections_with_geforceerd_scopes(api: httpx.AsyncClient, superuser: H) -> None:
    forced = await ztc(["catalogi.geforceerd-schrijven", "catalogi.geforceerd-verwijderen", "catalogi.lezen"])
    cat = await make_catalogus(api, superuser)
    zt = await publish(api, superuser, (await make_zaaktype(api, superuser, cat["url"]))["url"])
    r = await api.patch(zt["url"], json={"omschrijving": "Gecorrigeerd"}, headers=forced)
    assert r.status_code == 200, r.text
    r = await api.post(f"{ROOT}/statustypen", json={"zaaktype": zt["url"], "omschrijving": "Extra", "volgnummer": 3},
                       headers=forced)
    assert r.status_code == 201, r.text
    r = await api.delete(r.json()["url"], headers=forced)
    assert r.status_code == 204
    r = await api.delete(zt["url"], headers=forced)
    assert r.status_code == 204


async def test_ztc_010_sub_types_of_a_published_zaaktype(api: httpx.AsyncClient, superuser: H) -> None:
    writer = await ztc(["catalogi.schrijven", "catalogi.lezen"])
    cat = await make_catalogus(api, superuser)
    zt = await make_zaaktype(api, superuser, cat["url"])
    st = await make_statustype(api, superuser, zt["url"])
    await publish(api, superuser, zt["url"])
    r = await api.post(f"{ROOT}/statustypen", json={"zaaktype": zt["url"], "omschrijving": "x", "volgnummer": 2},
                       headers=writer)
    assert r.status_code == 400 and ("nonFieldErrors", "non-concept-zaaktype") in codes(r)
    r = await api.patch(st["url"], json={"omschrijving": "x"}, headers=writer)
    assert ("nonFieldErrors", "non-concept-zaaktype") in codes(r)
    r = await api.delete(st["url"], headers=writer)
    assert ("nonFieldErrors", "non-concept-zaaktype") in codes(r)
    # the sub-types follow the zaaktype into the published lists
    r = await api.get(f"{ROOT}/statustypen", headers=superuser)
    assert r.json()["count"] == 1


async def test_ztc_010_zaaktype_informatieobjecttype_needs_both_published(api: httpx.AsyncClient,
                                                                         superuser: H) -> None:
    writer = await ztc(["catalogi.schrijven", "catalogi.lezen"])
    cat = await make_catalogus(api, superuser)
    iot = await publish(api, superuser, (await make_iot(api, superuser, cat["url"]))["url"])
    zt = await make_zaaktype(api, superuser, cat["url"])
    ziot = await make_ziot(api, writer, zt["url"], iot["url"])  # ztc-011a: relation to a published iot
    await publish(api, superuser, zt["url"])
    r = await api.patch(ziot["url"], json={"volgnummer": 2}, headers=writer)
    assert r.status_code == 400 and ("nonFieldErrors", "non-concept-relation") in codes(r)
    r = await api.delete(ziot["url"], headers=writer)
    assert ("nonFieldErrors", "non-concept-relation") in codes(r)


async def test_ztc_012_publish_needs_published_relations(api: httpx.AsyncClient, superuser: H) -> None:
    cat = await make_catalogus(api, superuser)
    bt = await make_besluittype(api, superuser, cat["url"])
    zt = await make_zaaktype(api, superuser, cat["url"], besluittypen=[bt["url"]])
    r = await api.post(f"{zt['url']}/publish", headers=superuser)
    assert r.status_code == 400 and ("besluittypen", "concept-relation") in codes(r)
    await publish(api, superuser, bt["url"])
    iot = await make_iot(api, superuser, cat["url"])
    await make_ziot(api, superuser, zt["url"], iot["url"])
    r = await api.post(f"{zt['url']}/publish", headers=superuser)
    assert ("informatieobjecttypen", "concept-relation") in codes(r)
    await publish(api, superuser, iot["url"])
    assert (await publish(api, superuser, zt["url"]))["concept"] is False


async def test_ztc_016_published_versions_do_not_overlap(api: httpx.AsyncClient, superuser: H) -> None:
    cat = await make_catalogus(api, superuser)
    await publish(api, superuser, (await make_zaaktype(api, superuser, cat["url"]))["url"])
    second = await make_zaaktype(api, superuser, cat["url"], beginGeldigheid="2024-06-01", versiedatum="2024-06-01")
    r = await api.post(f"{second['url']}/publish", headers=superuser)
    assert r.status_code == 400 and ("beginGeldigheid", "overlap") in codes(r)
    iot1 = await publish(api, superuser, (await make_iot(api, superuser, cat["url"]))["url"])
    iot2 = await make_iot(api, superuser, cat["url"], beginGeldigheid="2025-01-01")
    r = await api.post(f"{iot2['url']}/publish", headers=superuser)
    assert ("beginGeldigheid", "overlap") in codes(r)
    r = await api.patch(iot1["url"], json={"eindeGeldigheid": "2024-12-31"}, headers=superuser)
    assert r.status_code == 200
    await publish(api, superuser, iot2["url"])


async def test_ztc_013_relations_stay_in_the_catalogus(api: httpx.AsyncClient, superuser: H) -> None:
    cat = await make_catalogus(api, superuser)
    other = await make_catalogus(api, superuser, domein="XYZ")
    bt = await make_besluittype(api, superuser, other["url"])
    r = await api.post(f"{ROOT}/zaaktypen", json=zaaktype_body(cat["url"], besluittypen=[bt["url"]]),
                       headers=superuser)
    assert r.status_code == 400 and ("besluittypen", "relations-incorrect-catalogus") in codes(r)
    zt = await make_zaaktype(api, superuser, cat["url"])
    iot = await make_iot(api, superuser, other["url"])
    r = await api.post(f"{ROOT}/zaaktype-informatieobjecttypen", headers=superuser, json={
        "zaaktype": zt["url"], "informatieobjecttype": iot["url"], "volgnummer": 1, "richting": "inkomend"})
    assert ("informatieobjecttype", "relations-incorrect-catalogus") in codes(r)
    r = await api.post(f"{ROOT}/resultaattypen", json=resultaattype_body(zt["url"], besluittypen=[bt["url"]]),
                       headers=superuser)
    assert ("besluittypen", "relations-incorrect-catalogus") in codes(r)
    r = await api.post(f"{ROOT}/besluittypen", headers=superuser, json={
        "catalogus": cat["url"], "publicatieIndicatie": False, "beginGeldigheid": "2024-01-01",
        "informatieobjecttypen": [iot["url"]]})
    assert ("informatieobjecttypen", "relations-incorrect-catalogus") in codes(r)


async def test_statustype_of_another_zaaktype(api: httpx.AsyncClient, superuser: H) -> None:
    cat = await make_catalogus(api, superuser)
    zt1 = await make_zaaktype(api, superuser, cat["url"])
    zt2 = await make_zaaktype(api, superuser, cat["url"], identificatie="ZT-2")
    st = await make_statustype(api, superuser, zt1["url"])
    r = await api.post(f"{ROOT}/eigenschappen", headers=superuser, json={
        "zaaktype": zt2["url"], "naam": "n", "definitie": "d", "statustype": st["url"],
        "specificatie": {"formaat": "tekst", "lengte": "1", "kardinaliteit": "1"}})
    assert r.status_code == 400 and ("statustype", "relations-incorrect-zaaktype") in codes(r)


async def test_ztc_011_relations_by_omschrijving(api: httpx.AsyncClient, superuser: H) -> None:
    cat = await make_catalogus(api, superuser)
    iot = await make_iot(api, superuser, cat["url"], omschrijving="Aanvraag")
    zt = await make_zaaktype(api, superuser, cat["url"])
    ziot = await make_ziot(api, superuser, zt["url"], "Aanvraag")
    # a single relation answers the version the name stands for even before one is published
    assert ziot["informatieobjecttype"] == iot["url"]
    bt = await make_besluittype(api, superuser, cat["url"], informatieobjecttypen=["Aanvraag"])
    # a list answers published versions only (Catalogi 1.3.3)
    assert bt["informatieobjecttypen"] == []
    await publish(api, superuser, iot["url"])
    assert (await api.get(bt["url"], headers=superuser)).json()["informatieobjecttypen"] == [iot["url"]]
    r = await api.post(f"{ROOT}/zaaktype-informatieobjecttypen", headers=superuser, json={
        "zaaktype": zt["url"], "informatieobjecttype": "Onbekend", "volgnummer": 2, "richting": "inkomend"})
    assert ("informatieobjecttype", "does_not_exist") in codes(r)


async def test_zaaktype_field_rules(api: httpx.AsyncClient, superuser: H) -> None:
    cat = await make_catalogus(api, superuser)
    r = await api.post(f"{ROOT}/zaaktypen", json=zaaktype_body(cat["url"], verlengingMogelijk=True),
                       headers=superuser)
    assert ("nonFieldErrors", "verlenging-mismatch") in codes(r)
    r = await api.post(f"{ROOT}/zaaktypen", json=zaaktype_body(cat["url"], servicenorm="P0D"), headers=superuser)
    assert ("servicenorm", "non-zero-duration") in codes(r)
    r = await api.post(f"{ROOT}/zaaktypen", json=zaaktype_body(cat["url"], eindeGeldigheid="2023-01-01"),
                       headers=superuser)
    assert ("nonFieldErrors", "date-mismatch") in codes(r)
    body = zaaktype_body(cat["url"])
    del body["identificatie"]
    zt = await post(api, superuser, "zaaktypen", body)
    assert zt["identificatie"].startswith("ZAAKTYPE-")


async def test_sub_type_validity_follows_the_zaaktype(api: httpx.AsyncClient, superuser: H) -> None:
    cat = await make_catalogus(api, superuser)
    zt = await make_zaaktype(api, superuser, cat["url"], versiedatum="2024-02-01")
    st = await make_statustype(api, superuser, zt["url"])
    assert st["beginGeldigheid"] == "2024-01-01"
    st = await make_statustype(api, superuser, zt["url"], volgnummer=2, beginGeldigheid="2024-02-01")
    assert st["beginGeldigheid"] == "2024-02-01"
    r = await api.post(f"{ROOT}/statustypen", headers=superuser, json={
        "zaaktype": zt["url"], "omschrijving": "x", "volgnummer": 3, "beginGeldigheid": "2024-05-05"})
    assert ("beginGeldigheid", "invalid-begin-geldigheid") in codes(r)


async def test_ztc_014_zaken_and_documenten_readers(api: httpx.AsyncClient, superuser: H) -> None:
    cat = await make_catalogus(api, superuser)
    zaken = await make_client("zaken", autorisaties=[{"component": "zrc", "scopes": ["zaken.lezen"],
                                                      "zaaktype": "/catalogi/api/v1/zaaktypen/x",
                                                      "max_vertrouwelijkheidaanduiding": "geheim"}])
    docs = await make_client("docs", autorisaties=[{"component": "drc", "scopes": ["documenten.lezen"],
                                                    "informatieobjecttype": "/x",
                                                    "max_vertrouwelijkheidaanduiding": "geheim"}])
    nobody = await make_client("nobody", autorisaties=[{"component": "brc", "scopes": ["besluiten.lezen"],
                                                        "besluittype": "/x"}])
    for headers in (zaken, docs):
        assert (await api.get(cat["url"], headers=headers)).status_code == 200
        assert (await api.get(f"{ROOT}/zaaktypen", headers=headers)).status_code == 200
    assert (await api.get(cat["url"], headers=nobody)).status_code == 403
    r = await api.post(f"{ROOT}/catalogussen", headers=zaken,
                       json={"domein": "A", "rsin": "000000000", "contactpersoonBeheerNaam": "x"})
    assert r.status_code == 403


async def test_notifications_on_the_catalogus_kanalen(api: httpx.AsyncClient, superuser: H) -> None:
    cat = await make_catalogus(api, superuser)
    zt = await make_zaaktype(api, superuser, cat["url"])
    iot = await make_iot(api, superuser, cat["url"])
    bt = await make_besluittype(api, superuser, cat["url"])
    await api.delete(bt["url"], headers=superuser)
    messages = await OutboxMessage.find({}).to_list()
    seen = {(m.kanaal, m.resource, m.actie, m.resource_url, m.kenmerken.get("catalogus")) for m in messages}
    assert ("zaaktypen", "zaaktype", "create", zt["url"], cat["url"]) in seen
    assert ("informatieobjecttypen", "informatieobjecttype", "create", iot["url"], cat["url"]) in seen
    assert ("besluittypen", "besluittype", "destroy", bt["url"], cat["url"]) in seen
    # publishing sends nothing, as in Open Zaak (only create, update, partial_update and destroy notify)
    before = len(messages)
    await publish(api, superuser, iot["url"])
    await publish(api, superuser, zt["url"])
    assert len(await OutboxMessage.find({}).to_list()) == before
    r = await api.patch(zt["url"], json={"eindeGeldigheid": "2030-01-01"}, headers=superuser)
    assert r.status_code == 200, r.text
    new = [m for m in await OutboxMessage.find({}).to_list() if m.actie == "partial_update"]
    assert [(m.kanaal, m.resource, m.resource_url) for m in new] == [("zaaktypen", "zaaktype", zt["url"])]
    # a refused write sends nothing
    before = len(await OutboxMessage.find({}).to_list())
    await api.post(f"{ROOT}/zaaktypen", json=zaaktype_body(cat["url"], verlengingMogelijk=True), headers=superuser)
    assert len(await OutboxMessage.find({}).to_list()) == before


async def test_unknown_references_and_bad_urls(api: httpx.AsyncClient, superuser: H) -> None:
    cat = await make_catalogus(api, superuser)
    missing = f"{ROOT}/zaaktypen/6f0e9f7e-0000-4000-8000-000000000000"
    r = await api.post(f"{ROOT}/statustypen", json={"zaaktype": missing, "omschrijving": "x", "volgnummer": 1},
                       headers=superuser)
    assert r.status_code == 400 and ("zaaktype", "does_not_exist") in codes(r)
    r = await api.post(f"{ROOT}/statustypen", json={"zaaktype": cat["url"], "omschrijving": "x", "volgnummer": 1},
                       headers=superuser)
    assert ("zaaktype", "invalid-resource") in codes(r)
    body = {"domein": "A", "rsin": "123456789", "contactpersoonBeheerNaam": "x"}
    r = await api.post(f"{ROOT}/catalogussen", json=body, headers=superuser)
    assert ("rsin", "invalid") in codes(r)


async def test_eigenschap_and_nulls(api: httpx.AsyncClient, superuser: H) -> None:
    cat = await make_catalogus(api, superuser, naam=None)
    assert cat["naam"] == ""
    zt = await make_zaaktype(api, superuser, cat["url"])
    eig = await make_eigenschap(api, superuser, zt["url"])
    r = await api.patch(eig["url"], json={"naam": None}, headers=superuser)
    assert r.status_code == 400 and ("naam", "null") in codes(r)


async def test_ending_a_zaaktype_ends_its_sub_types(api: httpx.AsyncClient, superuser: H) -> None:
    cat = await make_catalogus(api, superuser)
    zt = await make_zaaktype(api, superuser, cat["url"])
    st = await make_statustype(api, superuser, zt["url"])
    await publish(api, superuser, zt["url"])
    r = await api.patch(zt["url"], json={"eindeGeldigheid": "2024-12-31"}, headers=superuser)
    assert r.status_code == 200
    assert (await api.get(st["url"], headers=superuser)).json()["eindeGeldigheid"] == "2024-12-31"


async def test_null_in_relation_list_is_a_400(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    """Found by `make fuzz`: a null inside a list of relation URLs was a 500."""
    from tests.rest.catalogi.factories import make_catalogus, make_zaaktype, resultaattype_body

    catalogus = await make_catalogus(api, superuser)
    zaaktype = await make_zaaktype(api, superuser, catalogus["url"])
    body = resultaattype_body(zaaktype["url"], besluittypen=[None])
    r = await api.post("/catalogi/api/v1/resultaattypen", json=body, headers=superuser)
    assert r.status_code == 400, r.text
    assert {(p["name"], p["code"]) for p in r.json()["invalidParams"]} >= {("besluittypen.0", "null")}
