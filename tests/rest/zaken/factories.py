"""Async factories for zaken tests, through the API."""

from __future__ import annotations

from typing import Any

import httpx

from tests.rest.catalogi.factories import make_catalogus, make_zaaktype

ROOT = "http://testserver/zaken/api/v1"
CATALOGI = "http://testserver/catalogi/api/v1"
CRS = {"Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:4326"}


async def published_zaaktype(api: httpx.AsyncClient, h: dict[str, str], catalogus: str | None = None,
                             **over: Any) -> dict[str, Any]:
    if catalogus is None:
        catalogus = (await make_catalogus(api, h))["url"]
    zaaktype = await make_zaaktype(api, h, catalogus, **over)
    r = await api.post(f"{zaaktype['url']}/publish", headers=h)
    assert r.status_code == 200, r.text
    published: dict[str, Any] = r.json()
    return published


def zaak_body(zaaktype: str, **over: Any) -> dict[str, Any]:
    return {"zaaktype": zaaktype, "bronorganisatie": "517439943", "verantwoordelijkeOrganisatie": "517439943",
            "startdatum": "2024-03-01", **over}


async def make_zaak(api: httpx.AsyncClient, h: dict[str, str], zaaktype: str, **over: Any) -> dict[str, Any]:
    r = await api.post(f"{ROOT}/zaken", json=zaak_body(zaaktype, **over), headers={**h, **CRS})
    assert r.status_code == 201, r.text
    result: dict[str, Any] = r.json()
    return result
