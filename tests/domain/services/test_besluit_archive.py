"""The archive's brondatum (ingangsdatum_besluit) from a besluit in an external Besluiten API that names the
zaak (a real local HTTP server standing in for it): read fresh when the zaak closes; unreadable refuses."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any
from uuid import uuid4

import httpx
import pytest

from tests.domain.services.server import Api, api_server
from tests.rest.besluiten.factories import publish
from tests.rest.catalogi.factories import make_besluittype, make_catalogus
from tests.rest.zaken.sub.helpers import ROOT, setup, zaak_doc
from zgw.domain.services import client, registry


@pytest.fixture
def brc() -> Iterator[Api]:
    with api_server() as served:
        yield served


@pytest.fixture
async def fresh(api: httpx.AsyncClient) -> AsyncIterator[None]:
    client.reset()
    yield
    client.reset()


async def _closing(api: httpx.AsyncClient, h: dict[str, str], brc: Api, ingangsdatum: str) -> tuple[Any, str, str]:
    await registry.put({"identifier": "brc", "api_type": "brc", "api_root": f"{brc.base}/besluiten/api/v1/",
                        "auth_type": "zgw", "client_id": "gateway", "secret": "s", "timeout": 2})
    catalogus = (await make_catalogus(api, h))["url"]
    besluittype = (await publish(api, h, await make_besluittype(api, h, catalogus)))["url"]
    s = await setup(api, h, catalogus=catalogus, besluittypen=[besluittype], resultaattype={
        "archiefactietermijn": "P5Y", "brondatumArchiefprocedure": {"afleidingswijze": "ingangsdatum_besluit"}})
    besluit = f"{brc.base}/besluiten/api/v1/besluiten/{uuid4()}"
    brc.routes[f"GET {besluit.removeprefix(brc.base)}"] = (200, {
        "url": besluit, "verantwoordelijkeOrganisatie": "517439943", "besluittype": besluittype,
        "datum": "2024-03-01", "ingangsdatum": ingangsdatum, "zaak": s.zaak["url"]})
    r = await api.post(f"{s.zaak['url']}/besluiten", json={"besluit": besluit}, headers=h)
    assert r.status_code == 201, r.text
    r = await api.post(f"{ROOT}/resultaten", headers=h,
                       json={"zaak": s.zaak["url"], "resultaattype": s.resultaattype["url"]})
    assert r.status_code == 201, r.text
    return s, s.zaak["url"], besluit


async def test_a_remote_besluit_gives_the_brondatum(api: httpx.AsyncClient, superuser: dict[str, str], brc: Api,
                                                   fresh: None) -> None:
    s, zaak_url, besluit = await _closing(api, superuser, brc, "2024-07-01")
    reads = len(brc.requests("GET"))
    closing = await api.post(f"{ROOT}/statussen", headers=superuser, json={
        "zaak": zaak_url, "statustype": s.eind["url"], "datumStatusGezet": "2024-09-01T10:00:00Z"})
    assert closing.status_code == 201, closing.text
    zaak = await zaak_doc(zaak_url)
    assert (zaak.archiefactiedatum, zaak.startdatum_bewaartermijn) == ("2029-07-01", "2024-07-01")
    assert [g.path for g in brc.requests("GET")[reads:]] == [besluit.removeprefix(brc.base)]  # read fresh, once


async def test_an_unreadable_remote_besluit_keeps_the_zaak_open(api: httpx.AsyncClient, superuser: dict[str, str],
                                                               brc: Api, fresh: None) -> None:
    s, zaak_url, besluit = await _closing(api, superuser, brc, "2024-07-01")
    brc.routes[f"GET {besluit.removeprefix(brc.base)}"] = (500, {"detail": "kapot"})
    closing = await api.post(f"{ROOT}/statussen", headers=superuser, json={
        "zaak": zaak_url, "statustype": s.eind["url"], "datumStatusGezet": "2024-09-01T10:00:00Z"})
    assert closing.status_code == 400, closing.text
    assert [(p["name"], p["code"]) for p in closing.json()["invalidParams"]] == [("nonFieldErrors", "bad-url")]
    zaak = await zaak_doc(zaak_url)
    assert (zaak.einddatum, zaak.archiefactiedatum) == (None, None)
