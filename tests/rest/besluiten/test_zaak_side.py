"""The zaak side of besluiten: the archive's brondatum from the zaak's besluiten (ingangsdatum_besluit,
vervaldatum_besluit), read by key from the besluiten the zaak names."""

from __future__ import annotations

from typing import Any

import httpx

from tests.rest.besluiten.factories import make_besluit, publish
from tests.rest.catalogi.factories import make_besluittype, make_catalogus
from tests.rest.zaken.sub.helpers import ROOT, setup, zaak_doc


async def _closing(api: httpx.AsyncClient, h: dict[str, str], afleidingswijze: str,
                   besluiten: list[dict[str, Any]]) -> tuple[httpx.Response, str]:
    catalogus = (await make_catalogus(api, h))["url"]
    besluittype = (await publish(api, h, await make_besluittype(api, h, catalogus)))["url"]
    s = await setup(api, h, catalogus=catalogus, besluittypen=[besluittype], resultaattype={
        "archiefactietermijn": "P5Y", "brondatumArchiefprocedure": {"afleidingswijze": afleidingswijze}})
    for over in besluiten:
        await make_besluit(api, h, besluittype, zaak=s.zaak["url"], **over)
    r = await api.post(f"{ROOT}/resultaten", headers=h,
                       json={"zaak": s.zaak["url"], "resultaattype": s.resultaattype["url"]})
    assert r.status_code == 201, r.text
    closing = await api.post(f"{ROOT}/statussen", headers=h, json={
        "zaak": s.zaak["url"], "statustype": s.eind["url"], "datumStatusGezet": "2024-09-01T10:00:00Z"})
    return closing, s.zaak["url"]


async def test_ingangsdatum_besluit(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    r, zaak_url = await _closing(api, superuser, "ingangsdatum_besluit",
                       [{"ingangsdatum": "2024-05-01"}, {"ingangsdatum": "2024-07-01"}])
    assert r.status_code == 201, r.text
    zaak = await zaak_doc(zaak_url)
    assert (zaak.archiefactiedatum, zaak.startdatum_bewaartermijn) == ("2029-07-01", "2024-07-01")


async def test_vervaldatum_besluit(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    r, zaak_url = await _closing(api, superuser, "vervaldatum_besluit",
                       [{"vervaldatum": "2026-01-31"}, {"vervaldatum": "2025-03-31"}])
    assert r.status_code == 201, r.text
    zaak = await zaak_doc(zaak_url)
    assert (zaak.archiefactiedatum, zaak.startdatum_bewaartermijn) == ("2031-01-31", "2026-01-31")


async def test_without_besluiten_the_zaak_does_not_close(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    r, zaak_url = await _closing(api, superuser, "ingangsdatum_besluit", [])
    assert r.status_code == 400, r.text
    assert "Geen besluiten aan zaak gekoppeld" in r.text
    zaak = await zaak_doc(zaak_url)
    assert zaak.einddatum is None
