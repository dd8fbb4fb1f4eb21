"""GraphQL catalogi: the same objects and version resolution (datumGeldigheid) as REST."""

from __future__ import annotations

import httpx

from tests.conftest import make_client
from tests.graphql.helpers import codes, data, gql
from tests.rest.catalogi.factories import ROOT, make_besluittype, make_catalogus, make_statustype, make_zaaktype
from tests.rest.catalogi.test_versions import get, publish, two_versions

H = dict[str, str]
ZAAKTYPE = """query($u: String!, $d: Date) { zaaktype(url: $u, datumGeldigheid: $d) {
  url uuid identificatie besluittypen { url omschrijving } statustypen { url omschrijving volgnummer }
  catalogus { url domein } } }"""


async def test_zaaktype_resolves_relations_on_the_date_as_rest(api: httpx.AsyncClient, superuser: H) -> None:
    cat = await make_catalogus(api, superuser)
    bt1, bt2 = await two_versions(api, superuser, make_besluittype, cat["url"], omschrijving="Vergunning")
    zt = await make_zaaktype(api, superuser, cat["url"], besluittypen=["Vergunning"])
    st = await make_statustype(api, superuser, zt["url"], omschrijving="Ontvangen", volgnummer=1)
    for datum in (None, "2024-03-01", "2024-07-01", "2023-12-31"):
        rest = await get(api, superuser, zt["url"], **({"datumGeldigheid": datum} if datum else {}))
        found = (await data(api, superuser, ZAAKTYPE, u=zt["url"], d=datum))["zaaktype"]
        assert found["url"] == rest["url"] and found["uuid"] == rest["url"].rsplit("/", 1)[-1]
        assert [b["url"] for b in found["besluittypen"]] == rest["besluittypen"], datum
        assert [s["url"] for s in found["statustypen"]] == rest["statustypen"] == [st["url"]]
        assert found["catalogus"] == {"url": cat["url"], "domein": cat["domein"]}
    assert [b["url"] for b in (await data(api, superuser, ZAAKTYPE, u=zt["url"], d="2024-03-01"))["zaaktype"][
        "besluittypen"]] == [bt1]
    assert [b["url"] for b in (await data(api, superuser, ZAAKTYPE, u=zt["url"], d="2024-08-01"))["zaaktype"][
        "besluittypen"]] == [bt2]


async def test_lists_equal_rest(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    cat = await make_catalogus(api, superuser)
    early = await make_zaaktype(api, superuser, cat["url"], identificatie="Z1", beginGeldigheid="2024-01-01",
                                eindeGeldigheid="2024-06-30")
    late = await make_zaaktype(api, superuser, cat["url"], identificatie="Z2", beginGeldigheid="2024-07-01")
    await publish(api, superuser, early["url"])
    concept = await make_zaaktype(api, superuser, cat["url"], identificatie="Z3")
    q = """query($s: String, $d: Date, $i: String) { zaaktypen(status: $s, datumGeldigheid: $d, identificatie: $i) {
      totalCount nodes { url } } }"""
    for params in ({}, {"status": "alles"}, {"status": "concept"}, {"status": "alles", "datumGeldigheid": "2024-03-01"},
                   {"status": "alles", "datumGeldigheid": "2024-08-01"}, {"identificatie": "Z1"}):
        r = await api.get(f"{ROOT}/zaaktypen", params=params, headers=superuser)
        found = (await data(api, superuser, q, s=params.get("status"), d=params.get("datumGeldigheid"),
                            i=params.get("identificatie")))["zaaktypen"]
        assert found["totalCount"] == r.json()["count"], params
        assert [n["url"] for n in found["nodes"]] == [z["url"] for z in r.json()["results"]], params
    assert {late["url"], concept["url"]} <= {
        n["url"] for n in (await data(api, superuser, q, s="alles"))["zaaktypen"]["nodes"]}
    statustypen = await data(api, superuser, "query($z: String) { statustypen(zaaktype: $z, status: \"alles\") "
                                             "{ totalCount } }", z=late["url"])
    assert statustypen["statustypen"]["totalCount"] == 0
    catalogussen = await data(api, superuser, "{ catalogussen { totalCount nodes { url } } }")
    assert catalogussen["catalogussen"] == {"totalCount": 1, "nodes": [{"url": cat["url"]}]}


async def test_scopes_as_rest(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    nobody = await make_client("niets", autorisaties=[{"component": "brc", "scopes": ["besluiten.lezen"],
                                                       "besluittype": "/catalogi/api/v1/besluittypen/x"}])
    body = await gql(api, nobody, "{ zaaktypen { totalCount } }")
    rest = await api.get(f"{ROOT}/zaaktypen", headers=nobody)
    assert rest.status_code == 403 and codes(body) == [rest.json()["code"]] == ["permission_denied"]
    body = await gql(api, superuser, '{ zaaktypen(status: "kapot") { totalCount } }')
    assert body["errors"][0]["extensions"]["invalidParams"][0]["name"] == "status"
