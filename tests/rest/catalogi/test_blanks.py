"""Empty optional fields answer "" and empty field groups an object of blanks, as Open Zaak; the
OpenAPI document says so (found by `make fuzz`: answers that did not match our own schema)."""

from __future__ import annotations

from typing import Any

import httpx

from tests.rest.catalogi.factories import ROOT, make_catalogus, make_iot, make_zaaktype, zaaktype_body

H = dict[str, str]
BLANK_MEMBER = {"type": "string", "enum": [""]}


def codes(r: httpx.Response) -> list[tuple[str, str]]:
    return [(p["name"], p["code"]) for p in r.json().get("invalidParams", [])]


async def schemas(api: httpx.AsyncClient, h: H) -> dict[str, Any]:
    r = await api.get(f"{ROOT}/schema/openapi.json", headers=h)
    assert r.status_code == 200
    found: dict[str, Any] = r.json()["components"]["schemas"]
    return found


async def test_blank_optional_urls_and_email_are_answered_and_declared(api: httpx.AsyncClient,
                                                                       superuser: H) -> None:
    cat = await make_catalogus(api, superuser)
    zt = await make_zaaktype(api, superuser, cat["url"])
    assert cat["contactpersoonBeheerEmailadres"] == ""
    assert zt["selectielijstProcestype"] == ""
    assert zt["referentieproces"] == {"naam": "proces", "link": ""}

    found = await schemas(api, superuser)
    for schema, prop, fmt in (("Catalogus", "contactpersoonBeheerEmailadres", "email"),
                              ("ZaakType", "selectielijstProcestype", "uri"), ("ReferentieProces", "link", "uri")):
        members = found[schema]["properties"][prop]["oneOf"]
        assert members[0]["format"] == fmt and members[1] == BLANK_MEMBER, (schema, prop)
    # a filled value must still be one
    r = await api.post(f"{ROOT}/catalogussen", headers=superuser,
                       json={"domein": "X", "rsin": "000000000", "contactpersoonBeheerNaam": "x",
                             "contactpersoonBeheerEmailadres": "geen-adres"})
    assert r.status_code == 400 and codes(r) == [("contactpersoonBeheerEmailadres", "invalid")]
    r = await api.post(f"{ROOT}/zaaktypen", headers=superuser,
                       json=zaaktype_body(cat["url"], referentieproces={"naam": "p", "link": "geen url"}))
    assert r.status_code == 400 and codes(r) == [("referentieproces.link", "invalid")]


async def test_empty_field_groups_are_objects_of_blanks(api: httpx.AsyncClient, superuser: H) -> None:
    cat = await make_catalogus(api, superuser)
    zt = await make_zaaktype(api, superuser, cat["url"])
    iot = await make_iot(api, superuser, cat["url"])
    assert zt["broncatalogus"] == {"url": "", "domein": "", "rsin": ""}
    assert zt["bronzaaktype"] == {"url": "", "identificatie": "", "omschrijving": ""}
    assert iot["omschrijvingGeneriek"] == {
        f"{prefix}nformatieobjecttypeOmschrijvingGeneriek": ""
        for prefix in ("i", "definitieI", "herkomstI", "hierarchieI", "opmerkingI")
    }
    found = await schemas(api, superuser)
    assert found["BronCatalogus"]["properties"]["rsin"]["oneOf"][1] == BLANK_MEMBER
    assert found["BronCatalogus"]["properties"]["url"]["oneOf"][1] == BLANK_MEMBER
    assert found["BronZaaktype"]["properties"]["url"]["oneOf"][1] == BLANK_MEMBER

    # what a client read, it can write back: blank groups count as absent
    body = {k: v for k, v in zt.items() if k in zaaktype_body(cat["url"]) or k in ("broncatalogus", "bronzaaktype")}
    r = await api.put(zt["url"], headers=superuser, json=body)
    assert r.status_code == 200, r.text
    assert r.json()["broncatalogus"] == {"url": "", "domein": "", "rsin": ""}

    # a filled group keeps its constraints, and needs its partner
    bron = {"url": "https://elders.nl/catalogi/api/v1/catalogussen/1", "domein": "ELD", "rsin": "12345"}
    r = await api.patch(zt["url"], headers=superuser, json={"broncatalogus": bron})
    assert r.status_code == 400 and codes(r) == [("broncatalogus.rsin", "invalid")]
    r = await api.patch(zt["url"], headers=superuser, json={"broncatalogus": {**bron, "rsin": "123456789"}})
    assert r.status_code == 400 and codes(r) == [("nonFieldErrors", "invalid-bronzaaktype-for-broncatalogus")]
    r = await api.patch(zt["url"], headers=superuser, json={
        "broncatalogus": {**bron, "rsin": "123456789"},
        "bronzaaktype": {"url": "https://elders.nl/catalogi/api/v1/zaaktypen/1", "identificatie": "Z",
                         "omschrijving": "o"},
    })
    assert r.status_code == 200, r.text
    assert r.json()["broncatalogus"] == {**bron, "rsin": "123456789"}
