"""Async factories for besluiten tests, through the API: a published catalogue with a zaaktype, its
besluittype and informatieobjecttype, a zaak, a document and besluiten."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

from tests.rest.catalogi.factories import make_besluittype, make_catalogus, make_iot, make_zaaktype
from tests.rest.documenten.factories import make_eio
from tests.rest.zaken.factories import make_zaak

ROOT = "http://testserver/besluiten/api/v1"
BESLUITEN = f"{ROOT}/besluiten"
BIOS = f"{ROOT}/besluitinformatieobjecten"
RSIN = "517439943"


async def publish(api: httpx.AsyncClient, h: dict[str, str], obj: dict[str, Any]) -> dict[str, Any]:
    r = await api.post(f"{obj['url']}/publish", headers=h)
    assert r.status_code == 200, r.text
    published: dict[str, Any] = r.json()
    return published


@dataclass
class World:
    catalogus: str
    iot: str
    besluittype: str
    zaaktype: str


async def world(api: httpx.AsyncClient, h: dict[str, str], *, publish_besluittype: bool = True) -> World:
    """A catalogus with a published informatieobjecttype, a besluittype that takes it and a zaaktype with
    that besluittype."""
    catalogus = (await make_catalogus(api, h))["url"]
    iot = (await publish(api, h, await make_iot(api, h, catalogus)))["url"]
    besluittype = await make_besluittype(api, h, catalogus, informatieobjecttypen=[iot])
    if publish_besluittype:
        besluittype = await publish(api, h, besluittype)
    zaaktype = await make_zaaktype(api, h, catalogus, besluittypen=[besluittype["url"]])
    if publish_besluittype:
        zaaktype = await publish(api, h, zaaktype)
    return World(catalogus, iot, besluittype["url"], zaaktype["url"])


def besluit_body(besluittype: str, **over: Any) -> dict[str, Any]:
    return {"verantwoordelijkeOrganisatie": RSIN, "besluittype": besluittype, "datum": "2024-03-01",
            "ingangsdatum": "2024-03-02", **over}


async def make_besluit(api: httpx.AsyncClient, h: dict[str, str], besluittype: str, **over: Any) -> dict[str, Any]:
    r = await api.post(BESLUITEN, json=besluit_body(besluittype, **over), headers=h)
    assert r.status_code == 201, r.text
    result: dict[str, Any] = r.json()
    return result


async def make_document(api: httpx.AsyncClient, h: dict[str, str], iot: str, **over: Any) -> dict[str, Any]:
    return await make_eio(api, h, iot, **over)


async def link(api: httpx.AsyncClient, h: dict[str, str], besluit: str, informatieobject: str) -> dict[str, Any]:
    r = await api.post(BIOS, json={"besluit": besluit, "informatieobject": informatieobject}, headers=h)
    assert r.status_code == 201, r.text
    result: dict[str, Any] = r.json()
    return result


async def zaak_of(api: httpx.AsyncClient, h: dict[str, str], w: World) -> dict[str, Any]:
    return await make_zaak(api, h, w.zaaktype)
