"""Async factories for catalogue objects, through the API."""

from __future__ import annotations

from typing import Any

import httpx

ROOT = "http://testserver/catalogi/api/v1"


async def post(api: httpx.AsyncClient, headers: dict[str, str], resource: str, body: dict[str, Any]) -> dict[str, Any]:
    r = await api.post(f"{ROOT}/{resource}", json=body, headers=headers)
    assert r.status_code == 201, r.text
    result: dict[str, Any] = r.json()
    return result


async def make_catalogus(api: httpx.AsyncClient, h: dict[str, str], **over: Any) -> dict[str, Any]:
    body = {"domein": "ABC", "rsin": "000000000", "contactpersoonBeheerNaam": "Jan", **over}
    return await post(api, h, "catalogussen", body)


def zaaktype_body(catalogus: str, **over: Any) -> dict[str, Any]:
    return {
        "identificatie": "ZT-1", "omschrijving": "Vergunning", "vertrouwelijkheidaanduiding": "openbaar",
        "doel": "doel", "aanleiding": "aanleiding", "indicatieInternOfExtern": "extern",
        "handelingInitiator": "aanvragen", "onderwerp": "Vergunning", "handelingBehandelaar": "behandelen",
        "doorlooptijd": "P30D", "opschortingEnAanhoudingMogelijk": False, "verlengingMogelijk": False,
        "publicatieIndicatie": False, "productenOfDiensten": [], "referentieproces": {"naam": "proces"},
        "verantwoordelijke": "afdeling", "beginGeldigheid": "2024-01-01", "versiedatum": "2024-01-01",
        "catalogus": catalogus, "besluittypen": [], "gerelateerdeZaaktypen": [], **over,
    }


async def make_zaaktype(api: httpx.AsyncClient, h: dict[str, str], catalogus: str, **over: Any) -> dict[str, Any]:
    return await post(api, h, "zaaktypen", zaaktype_body(catalogus, **over))


async def make_iot(api: httpx.AsyncClient, h: dict[str, str], catalogus: str, **over: Any) -> dict[str, Any]:
    body = {"catalogus": catalogus, "omschrijving": "Brief", "vertrouwelijkheidaanduiding": "openbaar",
            "beginGeldigheid": "2024-01-01", "informatieobjectcategorie": "brief", **over}
    return await post(api, h, "informatieobjecttypen", body)


async def make_besluittype(api: httpx.AsyncClient, h: dict[str, str], catalogus: str, **over: Any) -> dict[str, Any]:
    body = {"catalogus": catalogus, "omschrijving": "Besluit", "publicatieIndicatie": False,
            "beginGeldigheid": "2024-01-01", "informatieobjecttypen": [], **over}
    return await post(api, h, "besluittypen", body)


async def make_statustype(api: httpx.AsyncClient, h: dict[str, str], zaaktype: str, **over: Any) -> dict[str, Any]:
    body = {"zaaktype": zaaktype, "omschrijving": "Ontvangen", "volgnummer": 1, **over}
    return await post(api, h, "statustypen", body)


async def make_roltype(api: httpx.AsyncClient, h: dict[str, str], zaaktype: str, **over: Any) -> dict[str, Any]:
    body = {"zaaktype": zaaktype, "omschrijving": "Aanvrager", "omschrijvingGeneriek": "initiator", **over}
    return await post(api, h, "roltypen", body)


def resultaattype_body(zaaktype: str, **over: Any) -> dict[str, Any]:
    return {"zaaktype": zaaktype, "omschrijving": "Verleend",
            "resultaattypeomschrijving": "https://selectielijst.example/api/v1/resultaattypeomschrijvingen/1",
            "selectielijstklasse": "https://selectielijst.example/api/v1/resultaten/1",
            "archiefnominatie": "vernietigen", "archiefactietermijn": "P10Y",
            "brondatumArchiefprocedure": {"afleidingswijze": "afgehandeld"}, **over}


async def make_resultaattype(api: httpx.AsyncClient, h: dict[str, str], zaaktype: str, **over: Any) -> dict[str, Any]:
    return await post(api, h, "resultaattypen", resultaattype_body(zaaktype, **over))


async def make_eigenschap(api: httpx.AsyncClient, h: dict[str, str], zaaktype: str, **over: Any) -> dict[str, Any]:
    body = {"zaaktype": zaaktype, "naam": "kenteken", "definitie": "Het kenteken",
            "specificatie": {"formaat": "tekst", "lengte": "10", "kardinaliteit": "1"}, **over}
    return await post(api, h, "eigenschappen", body)


async def make_zaakobjecttype(api: httpx.AsyncClient, h: dict[str, str], zaaktype: str, **over: Any) -> dict[str, Any]:
    body = {"zaaktype": zaaktype, "anderObjecttype": False, "objecttype": "https://objecttypen.example/api/v1/x",
            "relatieOmschrijving": "betreft", **over}
    return await post(api, h, "zaakobjecttypen", body)


async def make_ziot(api: httpx.AsyncClient, h: dict[str, str], zaaktype: str, iot: str, **over: Any) -> dict[str, Any]:
    body = {"zaaktype": zaaktype, "informatieobjecttype": iot, "volgnummer": 1, "richting": "inkomend", **over}
    return await post(api, h, "zaaktype-informatieobjecttypen", body)
