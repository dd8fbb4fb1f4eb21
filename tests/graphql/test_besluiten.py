"""Besluiten in GraphQL: one besluit with its type, zaak and documents; the connection with REST's filters;
a zaak's besluiten; authorisation by besluittype exactly as REST."""

from __future__ import annotations

from typing import Any

import httpx

from tests.conftest import make_client
from tests.graphql.helpers import data, gql
from tests.rest.besluiten.factories import BESLUITEN, link, make_besluit, make_document, world, zaak_of

BESLUIT_FIELDS = """url uuid identificatie verantwoordelijkeOrganisatie datum toelichting bestuursorgaan ingangsdatum
vervaldatum vervalreden vervalredenWeergave publicatiedatum verzenddatum uiterlijkeReactiedatum"""


async def test_besluit_with_everything_in_one_query(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    h = superuser
    w = await world(api, h)
    zaak = await zaak_of(api, h, w)
    b = await make_besluit(api, h, w.besluittype, zaak=zaak["url"], toelichting="Verleend")
    doc = await make_document(api, h, w.iot)
    bio = await link(api, h, b["url"], doc["url"])
    query = f"""query($url: String) {{ besluit(url: $url) {{ {BESLUIT_FIELDS}
        besluittype {{ url omschrijving }} zaak {{ url identificatie }}
        besluitinformatieobjecten {{ url uuid informatieobject {{ url titel }} }} }} }}"""
    got = (await data(api, h, query, url=b["url"]))["besluit"]
    rest = {k: v for k, v in b.items() if k not in ("besluittype", "zaak")}
    assert {k: got[k] for k in rest} == rest
    assert got["uuid"] == b["url"].rsplit("/", 1)[-1]
    assert got["besluittype"] == {"url": w.besluittype, "omschrijving": "Besluit"}
    assert got["zaak"] == {"url": zaak["url"], "identificatie": zaak["identificatie"]}
    assert got["besluitinformatieobjecten"] == [{"url": bio["url"], "uuid": bio["url"].rsplit("/", 1)[-1],
                                                 "informatieobject": {"url": doc["url"], "titel": doc["titel"]}}]
    by_uuid = await data(api, h, "query($u: UUID) { besluit(uuid: $u) { url } }", u=got["uuid"])
    assert by_uuid == {"besluit": {"url": b["url"]}}
    # the zaak's besluiten
    on_zaak = await data(api, h, "query($u: String) { zaak(url: $u) { besluiten { url identificatie } } }",
                         u=zaak["url"])
    assert on_zaak == {"zaak": {"besluiten": [{"url": b["url"], "identificatie": b["identificatie"]}]}}


async def test_besluiten_connection_equals_rest(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    h = superuser
    w = await world(api, h)
    other = await world(api, h)
    zaak = await zaak_of(api, h, w)
    made = [await make_besluit(api, h, w.besluittype, zaak=zaak["url"]),
            await make_besluit(api, h, other.besluittype, identificatie="X-1"),
            await make_besluit(api, h, w.besluittype)]
    query = """query($f: BesluitFilter, $first: Int, $after: String) {
        besluiten(filter: $f, first: $first, after: $after) {
            totalCount pageInfo { hasNextPage endCursor } nodes { url } } }"""

    async def both(rest: dict[str, Any], f: dict[str, Any] | None) -> None:
        r = await api.get(BESLUITEN, headers=h, params=rest)
        got = (await data(api, h, query, f=f))["besluiten"]
        assert [n["url"] for n in got["nodes"]] == [x["url"] for x in r.json()["results"]]
        assert got["totalCount"] == r.json()["count"]

    await both({}, None)
    await both({"zaak": zaak["url"]}, {"zaak": zaak["url"]})
    await both({"besluittype": other.besluittype}, {"besluittype": other.besluittype})
    await both({"identificatie": "X-1", "verantwoordelijkeOrganisatie": "517439943"},
               {"identificatie": "X-1", "verantwoordelijkeOrganisatie": "517439943"})
    first = (await data(api, h, query, first=2))["besluiten"]
    assert (first["totalCount"], len(first["nodes"]), first["pageInfo"]["hasNextPage"]) == (3, 2, True)
    rest_page = (await api.get(BESLUITEN, headers=h)).json()["results"]
    second = (await data(api, h, query, first=2, after=first["pageInfo"]["endCursor"]))["besluiten"]
    assert [n["url"] for n in first["nodes"] + second["nodes"]] == [x["url"] for x in rest_page]
    assert {x["url"] for x in rest_page} == {m["url"] for m in made}


async def test_authorised_by_besluittype_as_rest(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    h = superuser
    w = await world(api, h)
    other = await world(api, h)
    zaak = await zaak_of(api, h, w)
    mine = await make_besluit(api, h, w.besluittype, zaak=zaak["url"])
    theirs = await make_besluit(api, h, other.besluittype)
    reader = await make_client("gql-besluiten", autorisaties=[
        {"component": "brc", "scopes": ["besluiten.lezen"], "besluittype": w.besluittype.removeprefix(
            "http://testserver")},
        {"component": "zrc", "scopes": ["zaken.lezen"], "zaaktype": w.zaaktype.removeprefix("http://testserver"),
         "max_vertrouwelijkheidaanduiding": "zeer_geheim"}])
    listed = await data(api, reader, "{ besluiten { totalCount nodes { url } } }")
    assert listed == {"besluiten": {"totalCount": 1, "nodes": [{"url": mine["url"]}]}}
    assert (await data(api, reader, "query($u: String) { besluit(url: $u) { url } }", u=theirs["url"])) == {
        "besluit": None}
    on_zaak = await data(api, reader, "query($u: String) { zaak(url: $u) { besluiten { url } } }", u=zaak["url"])
    assert on_zaak == {"zaak": {"besluiten": [{"url": mine["url"]}]}}
    zaak_only = await make_client("gql-zaken-only", autorisaties=[
        {"component": "zrc", "scopes": ["zaken.lezen"], "zaaktype": w.zaaktype.removeprefix("http://testserver"),
         "max_vertrouwelijkheidaanduiding": "zeer_geheim"}])
    on_zaak = await data(api, zaak_only, "query($u: String) { zaak(url: $u) { besluiten { url } } }", u=zaak["url"])
    assert on_zaak == {"zaak": {"besluiten": []}}
    refused = await gql(api, zaak_only, "{ besluiten { totalCount } }")
    assert refused["data"] is None and refused["errors"][0]["extensions"]["code"] == "permission_denied"
