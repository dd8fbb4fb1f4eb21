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
