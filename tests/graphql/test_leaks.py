"""Leak battery: a restricted Applicatie (2 zaaktypen, at most `intern`) against zaken it may not see.

Through every query path (zaak, zaken), nested path (hoofdzaak, deelzaken, gerelateerdeZaken),
filter and totalCount, GraphQL answers exactly what REST answers (compared by uuid).
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.conftest import make_client
from tests.graphql.helpers import data
from tests.rest.zaken.factories import CRS, ROOT, make_zaak
from tests.rest.zaken.sub.helpers import setup, zaak_doc

ZAKEN = """query($f: ZaakFilter, $first: Int) { zaken(filter: $f, first: $first) {
  totalCount edges { node { uuid } } } }"""
NESTED = """query($u: UUID!) { zaak(uuid: $u) { uuid hoofdzaak { uuid } deelzaken { uuid }
  gerelateerdeZaken { uuid } } }"""
BSN = "999990019"
LEVELS = ("openbaar", "beperkt_openbaar", "intern")


async def _rest_uuids(api: httpx.AsyncClient, h: dict[str, str], **params: Any) -> tuple[int, set[str]]:
    r = await api.get(f"{ROOT}/zaken", params={"pageSize": 100, **params}, headers={**h, **CRS})
    assert r.status_code == 200, r.text
    return r.json()["count"], {z["uuid"] for z in r.json()["results"]}


async def _graphql_uuids(api: httpx.AsyncClient, h: dict[str, str], f: dict[str, Any] | None) -> tuple[int, set[str]]:
    zaken = (await data(api, h, ZAKEN, f=f, first=100))["zaken"]
    return zaken["totalCount"], {e["node"]["uuid"] for e in zaken["edges"]}


async def _rol(api: httpx.AsyncClient, h: dict[str, str], zaak: str, roltype: str) -> None:
    r = await api.post(f"{ROOT}/rollen", json={
        "zaak": zaak, "betrokkeneType": "natuurlijk_persoon", "roltype": roltype, "roltoelichting": "x",
        "betrokkeneIdentificatie": {"inpBsn": BSN}}, headers=h)
    assert r.status_code == 201, r.text


async def _link(deel: dict[str, Any], hoofd: dict[str, Any]) -> None:
    """A deelzaak of another zaaktype (written directly: the catalogue needs no deelzaaktypen for this test)."""
    deel_doc, hoofd_doc = await zaak_doc(deel["url"]), await zaak_doc(hoofd["url"])
    deel_doc.hoofdzaak = hoofd_doc.ref
    hoofd_doc.deelzaken = [*hoofd_doc.deelzaken, deel_doc.ref]
    await deel_doc.save()
    await hoofd_doc.save()


@pytest.fixture
async def world(api: httpx.AsyncClient, superuser: dict[str, str]) -> dict[str, Any]:
    a = await setup(api, superuser, identificatie="A")
    b = await setup(api, superuser, catalogus=a.zaaktype["catalogus"], identificatie="B")
    c = await setup(api, superuser, catalogus=a.zaaktype["catalogus"], identificatie="C")
    made = {
        "a_open": a.zaak,  # the zaaktype's default vertrouwelijkheid
        "a_intern": await make_zaak(api, superuser, a.zaaktype["url"], vertrouwelijkheidaanduiding="intern",
                                    identificatie="A-INTERN"),
        "a_geheim": await make_zaak(api, superuser, a.zaaktype["url"], vertrouwelijkheidaanduiding="geheim",
                                    identificatie="A-GEHEIM", startdatum="2024-05-01"),
        "b_open": await make_zaak(api, superuser, b.zaaktype["url"], vertrouwelijkheidaanduiding="openbaar"),
        "b_vertrouwelijk": await make_zaak(api, superuser, b.zaaktype["url"],
                                           vertrouwelijkheidaanduiding="vertrouwelijk"),
        "c_open": await make_zaak(api, superuser, c.zaaktype["url"], vertrouwelijkheidaanduiding="openbaar",
                                  identificatie="C-OPEN"),
    }
    made["b_setup"], made["c_setup"] = b.zaak, c.zaak
    made["a_open"] = (await api.patch(made["a_open"]["url"], json={"vertrouwelijkheidaanduiding": "openbaar"},
                                      headers={**superuser, **CRS})).json()
    for key, s in (("a_open", a), ("a_geheim", a), ("b_vertrouwelijk", b), ("c_open", c)):
        await _rol(api, superuser, made[key]["url"], s.initiator["url"])
    for key, s in (("a_intern", a), ("c_open", c)):  # a status of the same omschrijving, visible and not
        r = await api.post(f"{ROOT}/statussen", json={"zaak": made[key]["url"], "statustype": s.begin["url"],
                                                       "datumStatusGezet": "2024-03-02T10:00:00Z"}, headers=superuser)
        assert r.status_code == 201, r.text
    await _link(made["c_open"], made["a_open"])  # a hidden deelzaak of a visible zaak
    await _link(made["a_intern"], made["a_geheim"])  # a visible deelzaak of a hidden hoofdzaak
    r = await api.patch(made["b_open"]["url"], json={"gerelateerdeZaken": [
        {"url": made["c_open"]["url"]}, {"url": made["a_open"]["url"]}]}, headers={**superuser, **CRS})
    assert r.status_code == 200, r.text
    restricted = await make_client("beperkt", autorisaties=[
        {"component": "zrc", "scopes": ["zaken.lezen"], "zaaktype": s.zaaktype["url"].removeprefix("http://testserver"),
         "max_vertrouwelijkheidaanduiding": "intern"} for s in (a, b)])
    return {"made": made, "h": restricted, "a": a, "b": b, "c": c}


def _visible(world: dict[str, Any]) -> set[str]:
    allowed = {world["a"].zaaktype["url"], world["b"].zaaktype["url"]}
    return {z["uuid"] for z in world["made"].values()
            if z["zaaktype"] in allowed and z["vertrouwelijkheidaanduiding"] in LEVELS}


async def test_lists_filters_and_counts_equal_rest(api: httpx.AsyncClient, world: dict[str, Any]) -> None:
    made, h, a, c = world["made"], world["h"], world["a"], world["c"]
    visible = _visible(world)
    assert {made[k]["uuid"] for k in ("a_open", "a_intern", "b_open")} <= visible
    assert not {made[k]["uuid"] for k in ("a_geheim", "b_vertrouwelijk", "c_open", "c_setup")} & visible
    cases: list[tuple[dict[str, Any] | None, dict[str, Any]]] = [
        (None, {}),
        ({"zaaktype": c.zaaktype["url"]}, {"zaaktype": c.zaaktype["url"]}),
        ({"zaaktype": a.zaaktype["url"]}, {"zaaktype": a.zaaktype["url"]}),
        ({"identificatie": "A-GEHEIM"}, {"identificatie": "A-GEHEIM"}),
        ({"identificatie": "C-OPEN"}, {"identificatie": "C-OPEN"}),
        ({"identificatie__icontains": "geheim"}, {"identificatie__icontains": "geheim"}),
        ({"rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": BSN},
         {"rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": BSN}),
        ({"betrokkene": {"bsn": BSN}}, {"rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": BSN}),
        *[({"maximaleVertrouwelijkheidaanduiding": v}, {"maximaleVertrouwelijkheidaanduiding": v})
          for v in ("openbaar", "zeer_geheim")],
        ({"startdatum__gte": "2024-04-01"}, {"startdatum__gte": "2024-04-01"}),
        ({"status__statustype": a.begin["url"]}, {"status__statustype": a.begin["url"]}),
        ({"einddatum__isnull": True}, {"einddatum__isnull": True}),
    ]
    for gql_filter, rest_params in cases:
        assert await _graphql_uuids(api, h, gql_filter) == await _rest_uuids(api, h, **rest_params), gql_filter
    assert (await _graphql_uuids(api, h, None))[1] == visible
    # what REST cannot say: the same rule holds
    extra: list[tuple[dict[str, Any], set[str]]] = [
        ({"or": [{"identificatie": "A-GEHEIM"}, {"identificatie": "C-OPEN"}, {"zaaktype": c.zaaktype["url"]}]}, set()),
        ({"or": [{"betrokkene": {"bsn": BSN}}, {"identificatie": "A-INTERN"}]},
         {made["a_open"]["uuid"], made["a_intern"]["uuid"]}),
        ({"zaaktypeIdentificatie": "C"}, set()),
        ({"zaaktypeIdentificatie": "A"}, {made["a_open"]["uuid"], made["a_intern"]["uuid"]}),
        ({"statustypeOmschrijving": "Ontvangen"}, {made["a_intern"]["uuid"]}),
        ({"isOpen": True}, visible),
        ({"betrokkene": {"bsn": BSN}, "isOpen": True}, {made["a_open"]["uuid"]}),
    ]
    for gql_filter, expected in extra:
        assert await _graphql_uuids(api, h, gql_filter) == (len(expected), expected), gql_filter


async def test_single_and_nested_paths_hide_what_rest_refuses(api: httpx.AsyncClient, world: dict[str, Any]) -> None:
    made, h = world["made"], world["h"]
    for key, zaak in made.items():
        rest = await api.get(zaak["url"], headers={**h, **CRS})
        found = (await data(api, h, NESTED, u=zaak["uuid"]))["zaak"]
        if rest.status_code == 200:
            assert found is not None and found["uuid"] == zaak["uuid"], key
        else:
            assert rest.status_code == 403 and found is None, key
    by_url = (await data(api, h, "query($u: String!) { zaak(url: $u) { uuid } }", u=made["c_open"]["url"]))
    assert by_url["zaak"] is None
    a_open = (await data(api, h, NESTED, u=made["a_open"]["uuid"]))["zaak"]
    assert a_open["deelzaken"] == []  # c_open is its deelzaak, hidden
    a_intern = (await data(api, h, NESTED, u=made["a_intern"]["uuid"]))["zaak"]
    assert a_intern["hoofdzaak"] is None  # a_geheim, hidden
    b_open = (await data(api, h, NESTED, u=made["b_open"]["uuid"]))["zaak"]
    assert b_open["gerelateerdeZaken"] == [{"uuid": made["a_open"]["uuid"]}]  # not c_open
    # the superuser sees them all (the relations exist)
    su = world["made"]
    everyone = await make_client("alles", superuser=True)
    assert (await data(api, everyone, NESTED, u=su["a_open"]["uuid"]))["zaak"]["deelzaken"] == [
        {"uuid": su["c_open"]["uuid"]}]
    assert (await data(api, everyone, NESTED, u=su["a_intern"]["uuid"]))["zaak"]["hoofdzaak"] == {
        "uuid": su["a_geheim"]["uuid"]}
    listed = (await data(api, h, "{ zaken(first: 100) { edges { node { uuid deelzaken { uuid } hoofdzaak { uuid } "
                                 "gerelateerdeZaken { uuid } } } } }"))["zaken"]["edges"]
    seen = {z["uuid"] for e in listed for z in [e["node"], *e["node"]["deelzaken"], *e["node"]["gerelateerdeZaken"],
                                                  *([e["node"]["hoofdzaak"]] if e["node"]["hoofdzaak"] else [])]}
    assert seen == _visible(world)


async def test_without_the_scope_nothing_is_answered(api: httpx.AsyncClient, world: dict[str, Any]) -> None:
    other = await make_client("catalogus-lezer", autorisaties=[
        {"component": "ztc", "scopes": ["catalogi.lezen"]}])
    r = await api.post("http://testserver/graphql", json={"query": "{ zaken { totalCount } }"}, headers=other)
    body = r.json()
    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == "permission_denied"
    rest = await api.get(f"{ROOT}/zaken", headers={**other, **CRS})
    assert rest.status_code == 403 and rest.json()["code"] == "permission_denied"


# --- documenten: a restricted Applicatie (one informatieobjecttype, at most `intern`) --------------------

DOC_LIST = """query($f: InformatieObjectFilter) { informatieobjecten(filter: $f, first: 100) {
  totalCount edges { node { uuid } } } }"""
DOC_NESTED = """query($u: UUID!) { zaak(uuid: $u) { zaakinformatieobjecten { uuid informatieobject { uuid } }
  documenten { uuid } } }"""


def _uuid(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[-1]


@pytest.fixture
async def documents(api: httpx.AsyncClient, superuser: dict[str, str]) -> dict[str, Any]:
    from tests.rest.catalogi.factories import make_catalogus, make_iot, make_zaaktype, make_ziot
    from tests.rest.documenten.factories import make_eio

    catalogus = (await make_catalogus(api, superuser))["url"]
    brief, foto = [await make_iot(api, superuser, catalogus, omschrijving=o) for o in ("Brief", "Foto")]
    zt = (await make_zaaktype(api, superuser, catalogus, identificatie="D"))["url"]
    for iot in (brief, foto):
        assert (await api.post(f"{iot['url']}/publish", headers=superuser)).status_code == 200
        await make_ziot(api, superuser, zt, iot["url"])
    assert (await api.post(f"{zt}/publish", headers=superuser)).status_code == 200
    zaak = await make_zaak(api, superuser, zt)
    made = {
        "brief_openbaar": await make_eio(api, superuser, brief["url"], vertrouwelijkheidaanduiding="openbaar",
                                         titel="zichtbaar"),
        "brief_intern": await make_eio(api, superuser, brief["url"], vertrouwelijkheidaanduiding="intern",
                                       titel="zichtbaar los"),
        "brief_geheim": await make_eio(api, superuser, brief["url"], vertrouwelijkheidaanduiding="geheim",
                                       titel="geheim"),
        "foto_openbaar": await make_eio(api, superuser, foto["url"], vertrouwelijkheidaanduiding="openbaar",
                                        titel="foto"),
    }
    for key in ("brief_openbaar", "brief_geheim", "foto_openbaar"):
        r = await api.post("http://testserver/zaken/api/v1/zaakinformatieobjecten", headers=superuser,
                           json={"zaak": zaak["url"], "informatieobject": made[key]["url"]})
        assert r.status_code == 201, r.text
    path = brief["url"].removeprefix("http://testserver")
    restricted = await make_client("documenten-beperkt", autorisaties=[
        {"component": "zrc", "scopes": ["zaken.lezen"], "zaaktype": zt.removeprefix("http://testserver"),
         "max_vertrouwelijkheidaanduiding": "zeer_geheim"},
        {"component": "drc", "scopes": ["documenten.lezen"], "informatieobjecttype": path,
         "max_vertrouwelijkheidaanduiding": "intern"}])
    zaken_only = await make_client("zaken-zonder-documenten", autorisaties=[
        {"component": "zrc", "scopes": ["zaken.lezen"], "zaaktype": zt.removeprefix("http://testserver"),
         "max_vertrouwelijkheidaanduiding": "zeer_geheim"}])
    return {"made": made, "zaak": zaak, "h": restricted, "zaken_only": zaken_only, "brief": brief["url"],
            "foto": foto["url"]}


async def test_documenten_lists_counts_single_and_nested_equal_rest(api: httpx.AsyncClient,
                                                                     documents: dict[str, Any]) -> None:
    made, h, zaak = documents["made"], documents["h"], documents["zaak"]
    visible = {_uuid(made[k]["url"]) for k in ("brief_openbaar", "brief_intern")}
    eio = "http://testserver/documenten/api/v1/enkelvoudiginformatieobjecten"
    cases: list[tuple[dict[str, Any] | None, dict[str, Any]]] = [
        (None, {}),
        ({"informatieobjecttype": documents["foto"]}, {"informatieobjecttype": documents["foto"]}),
        ({"informatieobjecttype": documents["brief"]}, {"informatieobjecttype": documents["brief"]}),
        ({"vertrouwelijkheidaanduiding": "geheim"}, {"vertrouwelijkheidaanduiding": "geheim"}),
        ({"titel": "geheim"}, {"titel": "geheim"}),
        ({"titel": "zichtbaar"}, {"titel": "zichtbaar"}),
        ({"objectinformatieobjecten__object": zaak["url"]}, {"objectinformatieobjecten__object": zaak["url"]}),
        ({"objectinformatieobjecten__objectType": "zaak"}, {"objectinformatieobjecten__objectType": "zaak"}),
        ({"locked": False}, {"locked": "false"}),
    ]
    for f, params in cases:
        rest = (await api.get(eio, params=params, headers=h)).json()
        found = (await data(api, h, DOC_LIST, f=f))["informatieobjecten"]
        assert (found["totalCount"], {e["node"]["uuid"] for e in found["edges"]}) == (
            rest["count"], {_uuid(x["url"]) for x in rest["results"]}), f
        assert {e["node"]["uuid"] for e in found["edges"]} <= visible, f
    assert {e["node"]["uuid"] for e in (await data(api, h, DOC_LIST))["informatieobjecten"]["edges"]} == visible
    hidden = [_uuid(made[k]["url"]) for k in ("brief_geheim", "foto_openbaar")]
    by_uuid = (await data(api, h, DOC_LIST, f={"uuid__in": [*hidden, *visible]}))["informatieobjecten"]
    assert by_uuid["totalCount"] == 2 and {e["node"]["uuid"] for e in by_uuid["edges"]} == visible
    # one object: null exactly where REST answers 403
    for key, doc in made.items():
        rest = await api.get(doc["url"], headers=h)
        one = (await data(api, h, "query($u: UUID!) { informatieobject(uuid: $u) { uuid } }",
                          u=_uuid(doc["url"])))["informatieobject"]
        assert (rest.status_code, one) in ((200, {"uuid": _uuid(doc["url"])}), (403, None)), key
        assert (rest.status_code == 200) == (_uuid(doc["url"]) in visible), key
    # nested from the zaak: every link (the zaak is visible), the document only where REST shows it
    nested = (await data(api, h, DOC_NESTED, u=zaak["uuid"]))["zaak"]
    links = (await api.get("http://testserver/zaken/api/v1/zaakinformatieobjecten", params={"zaak": zaak["url"]},
                           headers=h)).json()
    assert [z["uuid"] for z in nested["zaakinformatieobjecten"]] == [z["uuid"] for z in links]
    for link, body in zip(nested["zaakinformatieobjecten"], links, strict=True):
        shown = (await api.get(body["informatieobject"], headers=h)).status_code == 200
        assert link["informatieobject"] == ({"uuid": _uuid(body["informatieobject"])} if shown else None)
    assert nested["documenten"] == [{"uuid": _uuid(made["brief_openbaar"]["url"])}]
    listed = (await data(api, h, "{ zaken(first: 100) { edges { node { documenten { uuid } "
                                 "zaakinformatieobjecten { informatieobject { uuid } } } } } }"))["zaken"]["edges"]
    seen = {d["uuid"] for e in listed for d in e["node"]["documenten"]} | {
        z["informatieobject"]["uuid"] for e in listed for z in e["node"]["zaakinformatieobjecten"]
        if z["informatieobject"]}
    assert seen == {_uuid(made["brief_openbaar"]["url"])}
    # the superuser sees the three linked documents
    everyone = await make_client("alles-documenten", superuser=True)
    assert len((await data(api, everyone, DOC_NESTED, u=zaak["uuid"]))["zaak"]["documenten"]) == 3


async def test_documenten_without_their_scope(api: httpx.AsyncClient, documents: dict[str, Any]) -> None:
    """Zaken without documenten.lezen: the links show (as REST's list by zaak), no document does; the
    documenten queries are refused as REST refuses them."""
    h, zaak = documents["zaken_only"], documents["zaak"]
    nested = (await data(api, h, DOC_NESTED, u=zaak["uuid"]))["zaak"]
    assert len(nested["zaakinformatieobjecten"]) == 3
    assert all(z["informatieobject"] is None for z in nested["zaakinformatieobjecten"])
    assert nested["documenten"] == []
    body = (await api.post("http://testserver/graphql", json={"query": "{ informatieobjecten { totalCount } }"},
                           headers=h)).json()
    assert body["data"] is None and body["errors"][0]["extensions"]["code"] == "permission_denied"
    rest = await api.get("http://testserver/documenten/api/v1/enkelvoudiginformatieobjecten", headers=h)
    assert rest.status_code == 403 and rest.json()["code"] == "permission_denied"
