"""Zaak rules with Open Zaak's error codes, concurrency, search, authorisation and expand."""

from __future__ import annotations

import asyncio

import httpx

from tests.conftest import make_client
from tests.rest.catalogi.factories import make_eigenschap
from tests.rest.zaken.factories import CRS, ROOT, make_zaak, published_zaaktype, zaak_body
from zgw.domain.zaken.documents import Zaak, ZaakEigenschap


async def codes(r: httpx.Response) -> list[tuple[str, str]]:
    return [(p["name"], p["code"]) for p in r.json().get("invalidParams", [])]


async def test_identificatie_unique_with_concurrent_creates(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    zaaktype = await published_zaaktype(api, superuser)
    results = await asyncio.gather(*(api.post(f"{ROOT}/zaken", json=zaak_body(zaaktype["url"]),
                                              headers={**superuser, **CRS}) for _ in range(20)))
    assert [r.status_code for r in results] == [201] * 20
    identificaties = {r.json()["identificatie"] for r in results}
    assert len(identificaties) == 20
    assert await Zaak.find_all().count() == 20


async def test_given_identificatie_must_be_unique(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    zaaktype = await published_zaaktype(api, superuser)
    await make_zaak(api, superuser, zaaktype["url"], identificatie="Z-1")
    r = await api.post(f"{ROOT}/zaken", json=zaak_body(zaaktype["url"], identificatie="Z-1"),
                       headers={**superuser, **CRS})
    assert r.status_code == 400
    assert await codes(r) == [("identificatie", "identificatie-niet-uniek")]


async def test_field_rules(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    """Each rule alone, with Open Zaak's name, code and reason; nothing written."""
    zaaktype = await published_zaaktype(api, superuser, productenOfDiensten=["https://example.com/p/1"])
    h = {**superuser, **CRS}
    other = (await make_zaak(api, superuser, zaaktype["url"]))["url"]  # a relevante andere zaak
    cases = [
        ({"productenOfDiensten": ["https://example.com/p/2"]},
         ("productenOfDiensten", "invalid-products-services",
          "Niet alle producten/diensten komen voor in de producten/diensten op het zaaktype")),
        ({"betalingsindicatie": "nvt", "laatsteBetaaldatum": "2024-01-01T00:00:00Z"},
         ("laatsteBetaaldatum", "betaling-nvt",
          'Laatste betaaldatum kan niet gezet worden als de betalingsindicatie "nvt" is.')),
        ({"laatsteBetaaldatum": "2999-01-01T00:00:00Z"},
         ("laatsteBetaaldatum", "date-in-future", "Deze datum mag niet in de toekomst zijn")),
        ({"archiefstatus": "gearchiveerd", "archiefactiedatum": "2030-01-01"},
         ("archiefnominatie", "archiefnominatie-not-set",
          "Moet van een waarde voorzien zijn als de 'Archiefstatus' een waarde heeft anders dan 'nog_te_archiveren'.")),
        ({"archiefstatus": "overgedragen", "archiefnominatie": "blijvend_bewaren"},
         ("archiefactiedatum", "archiefactiedatum-not-set",
          "Moet van een waarde voorzien zijn als de 'Archiefstatus' een waarde heeft anders dan 'nog_te_archiveren'.")),
        ({"laatstGeopend": "2999-01-01T00:00:00Z"},
         ("laatstGeopend", "date-in-future", "Deze datum mag niet in de toekomst zijn")),
        ({"relevanteAndereZaken": [{"url": other, "aardRelatie": "overig"}]},
         ("relevanteAndereZaken.0.overigeRelatie", "overigerelatie-required",
          "`overigeRelatie` is verplicht als de relatie aard overig is.")),
    ]
    for extra, expected in cases:
        r = await api.post(f"{ROOT}/zaken", json=zaak_body(zaaktype["url"], **extra), headers=h)
        assert r.status_code == 400, extra
        assert [(p["name"], p["code"], p["reason"]) for p in r.json()["invalidParams"]] == [expected], extra
    assert await Zaak.find_all().count() == 1
    # the archive fields together, the products of the zaaktype and overigeRelatie with another aard: accepted
    ok = await make_zaak(api, superuser, zaaktype["url"], archiefstatus="gearchiveerd", archiefactiedatum="2030-01-01",
                         archiefnominatie="vernietigen", productenOfDiensten=["https://example.com/p/1"],
                         relevanteAndereZaken=[{"url": other, "aardRelatie": "vervolg",
                                                "overigeRelatie": "x"}])
    assert (ok["archiefstatus"], ok["productenOfDiensten"]) == ("gearchiveerd", ["https://example.com/p/1"])
    r = await api.patch(ok["url"], json={"archiefnominatie": None, "archiefstatus": "overgedragen"}, headers=h)
    assert r.status_code == 400
    assert await codes(r) == [("archiefnominatie", "archiefnominatie-not-set")]


async def test_hoofdzaak_rules(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    deel_type = await published_zaaktype(api, superuser, identificatie="DEEL")
    hoofd_type = await published_zaaktype(api, superuser, deel_type["catalogus"], identificatie="HOOFD",
                                          deelzaaktypen=[deel_type["url"]])
    h = {**superuser, **CRS}
    hoofd = await make_zaak(api, superuser, hoofd_type["url"])
    deel = await make_zaak(api, superuser, deel_type["url"], hoofdzaak=hoofd["url"])
    r = await api.post(f"{ROOT}/zaken", json=zaak_body(deel_type["url"], hoofdzaak=deel["url"]), headers=h)
    assert ("hoofdzaak", "deelzaak-als-hoofdzaak") in await codes(r)
    r = await api.patch(hoofd["url"], json={"hoofdzaak": hoofd["url"]}, headers=h)
    assert await codes(r) == [("hoofdzaak", "self-forbidden")]
    r = await api.post(f"{ROOT}/zaken", json=zaak_body(hoofd_type["url"], hoofdzaak=hoofd["url"]), headers=h)
    assert r.json()["invalidParams"] == [{"name": "hoofdzaak", "code": "invalid-deelzaaktype",
                                          "reason": "Zaaktype niet vastgelegd in deelzaaktypen van hoofdzaak.zaaktype"}]


async def test_gerelateerde_zaken_reciprocal(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    zaaktype = await published_zaaktype(api, superuser)
    h = {**superuser, **CRS}
    a = await make_zaak(api, superuser, zaaktype["url"])
    b = await make_zaak(api, superuser, zaaktype["url"], gerelateerdeZaken=[{"url": a["url"]}])
    assert (await api.get(a["url"], headers=h)).json()["gerelateerdeZaken"] == [{"url": b["url"]}]
    r = await api.patch(b["url"], json={"gerelateerdeZaken": []}, headers=h)
    assert r.status_code == 200
    assert (await api.get(a["url"], headers=h)).json()["gerelateerdeZaken"] == []


async def test_list_filters_and_authorisation(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    zaaktype = await published_zaaktype(api, superuser)
    other = await published_zaaktype(api, superuser, zaaktype["catalogus"], identificatie="ZT-2")
    h = {**superuser, **CRS}
    openbaar = await make_zaak(api, superuser, zaaktype["url"], vertrouwelijkheidaanduiding="openbaar",
                               kenmerken=[{"bron": "crm", "kenmerk": "K1"}])
    geheim = await make_zaak(api, superuser, zaaktype["url"], vertrouwelijkheidaanduiding="geheim")
    elders = await make_zaak(api, superuser, other["url"], startdatum="2023-01-01")

    async def urls(params: dict[str, str], headers: dict[str, str] = h) -> list[str]:
        r = await api.get(f"{ROOT}/zaken", params=params, headers=headers)
        assert r.status_code == 200, r.text
        return [z["url"] for z in r.json()["results"]]

    assert await urls({}) == [elders["url"], geheim["url"], openbaar["url"]]
    assert await urls({"kenmerk": "crm:K1"}) == [openbaar["url"]]
    assert await urls({"maximaleVertrouwelijkheidaanduiding": "intern"}) == [elders["url"], openbaar["url"]]
    assert await urls({"startdatum__lt": "2024-01-01"}) == [elders["url"]]
    assert await urls({"zaaktype": other["url"]}) == [elders["url"]]
    # equal startdatum: creation order in the ordering's direction breaks the tie
    assert await urls({"ordering": "startdatum"}) == [elders["url"], openbaar["url"], geheim["url"]]
    assert await urls({"ordering": "-startdatum"}) == [geheim["url"], openbaar["url"], elders["url"]]

    reader = await make_client("reader", autorisaties=[{
        "component": "zrc", "scopes": ["zaken.lezen"], "zaaktype": zaaktype["url"].removeprefix("http://testserver"),
        "max_vertrouwelijkheidaanduiding": "intern"}])
    assert await urls({}, {**reader, **CRS}) == [openbaar["url"]]
    r = await api.get(geheim["url"], headers={**reader, **CRS})
    assert r.status_code == 403


async def test_zoek(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    zaaktype = await published_zaaktype(api, superuser)
    h = {**superuser, **CRS}
    inside = await make_zaak(api, superuser, zaaktype["url"], zaakgeometrie={"type": "Point", "coordinates": [5, 52]})
    await make_zaak(api, superuser, zaaktype["url"], zaakgeometrie={"type": "Point", "coordinates": [7, 53]})
    r = await api.post(f"{ROOT}/zaken/_zoek", json={}, headers=h)
    assert r.status_code == 400
    assert await codes(r) == [("nonFieldErrors", "empty_search_body")]
    polygon = {"type": "Polygon", "coordinates": [[[4, 51], [6, 51], [6, 53], [4, 53], [4, 51]]]}
    r = await api.post(f"{ROOT}/zaken/_zoek", json={"zaakgeometrie": {"within": polygon}}, headers=h)
    assert r.status_code == 200, r.text
    assert [z["url"] for z in r.json()["results"]] == [inside["url"]]
    r = await api.post(f"{ROOT}/zaken/_zoek", json={"uuid__in": [inside["uuid"]],
                                                    "fields": ["url", {"zaaktype": ["omschrijving"]}]}, headers=h)
    assert r.status_code == 200, r.text
    assert r.json()["results"] == [{"url": inside["url"], "zaaktype": zaaktype["url"],
                                    "_expand": {"zaaktype": {"omschrijving": "Vergunning"}}}]


async def test_expand_and_zaakeigenschappen(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    from tests.rest.catalogi.factories import make_catalogus, make_zaaktype

    catalogus = (await make_catalogus(api, superuser))["url"]
    concept = await make_zaaktype(api, superuser, catalogus)
    eigenschap = await make_eigenschap(api, superuser, concept["url"])
    r = await api.post(f"{concept['url']}/publish", headers=superuser)
    assert r.status_code == 200, r.text
    h = {**superuser, **CRS}
    zaak = await make_zaak(api, superuser, concept["url"])
    r = await api.post(f"{zaak['url']}/zaakeigenschappen", headers=superuser,
                       json={"zaak": zaak["url"], "eigenschap": eigenschap["url"], "waarde": "AB-12-CD"})
    assert r.status_code == 201, r.text
    ze = r.json()
    assert ze["naam"] == "kenteken"
    stored = await ZaakEigenschap.find_all().to_list()
    assert [s.waarde for s in stored] == ["AB-12-CD"]
    r = await api.get(zaak["url"], params={"expand": "zaaktype,eigenschappen.eigenschap"}, headers=h)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["eigenschappen"] == [ze["url"]]
    assert body["_expand"]["zaaktype"]["url"] == concept["url"]
    assert body["_expand"]["eigenschappen"][0]["_expand"]["eigenschap"]["naam"] == "kenteken"
    # zrc-027/zrc-028: no such attribute, an attribute that is no relation, an object that is gone: 404
    for value in ("onbekend", "identificatie", "zaaktype.onbekend"):
        r = await api.get(zaak["url"], params={"expand": value}, headers=h)
        assert (r.status_code, r.json()["code"]) == (404, "expand-not-found"), value
        assert r.headers["content-type"] == "application/problem+json"
    r = await api.get(f"{ROOT}/zaken", params={"expand": "onbekend"}, headers=h)
    assert (r.status_code, r.json()["code"]) == (404, "expand-not-found")
    r = await api.post(f"{ROOT}/zaken/_zoek", json={"uuid__in": [zaak["uuid"]], "fields": [{"onbekend": ["x"]}]},
                       headers=h)
    assert r.status_code == 404
    await ZaakEigenschap.find_all().delete()  # the zaak still lists it: it cannot be delivered
    r = await api.get(zaak["url"], params={"expand": "eigenschappen"}, headers=h)
    assert (r.status_code, r.json()["code"]) == (404, "expand-not-found")
