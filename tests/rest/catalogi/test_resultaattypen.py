"""Resultaattypen: brondatumArchiefprocedure (ztc-003 … ztc-008) and the Selectielijst (ztc-001, ztc-002).

The Selectielijst API is a real HTTP server on a thread, serving a few procestypen and resultaten.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.jsonserver import json_server
from tests.rest.catalogi.factories import ROOT, make_catalogus, make_zaaktype, resultaattype_body
from zgw.core.settings import Settings
from zgw.domain.catalogi import selectielijst

H = dict[str, str]


def codes(r: httpx.Response) -> list[tuple[str, str]]:
    return [(p["name"], p["code"]) for p in r.json().get("invalidParams", [])]


def _selectielijst(base: str) -> dict[str, Any]:
    root = f"{base}/api/v1"
    proces = f"{root}/procestypen/1"
    return {
        "/api/v1/procestypen/1": {"url": proces, "nummer": 1, "naam": "Instellen en inrichten organisatie"},
        "/api/v1/procestypen/2": {"url": f"{root}/procestypen/2", "nummer": 2, "naam": "Ander proces"},
        "/api/v1/resultaten/1": {"url": f"{root}/resultaten/1", "procesType": proces, "waardering": "vernietigen",
                                 "bewaartermijn": "P10Y", "procestermijn": "nihil"},
        "/api/v1/resultaten/2": {"url": f"{root}/resultaten/2", "procesType": proces,
                                 "waardering": "blijvend_bewaren", "bewaartermijn": None,
                                 "procestermijn": "ingeschatte_bestaansduur_procesobject"},
        "/api/v1/resultaten/3": {"url": f"{root}/resultaten/3", "procesType": f"{root}/procestypen/2",
                                 "waardering": "vernietigen", "bewaartermijn": "P5Y", "procestermijn": "nihil"},
        "/api/v1/resultaattypeomschrijvingen/1": {"url": f"{root}/resultaattypeomschrijvingen/1",
                                                  "omschrijving": "Verleend"},
    }


@pytest.fixture
def selectielijst_api(settings: Settings) -> Iterator[str]:
    with json_server(_selectielijst) as base:
        root = f"{base}/api/v1"
        settings.selectielijst_api_root_url = root
        selectielijst.clear_cache()
        try:
            yield root
        finally:
            settings.selectielijst_api_root_url = ""
            selectielijst.clear_cache()


async def _zaaktype(api: httpx.AsyncClient, h: H, root: str) -> str:
    cat = await make_catalogus(api, h)
    zt = await make_zaaktype(api, h, cat["url"], selectielijstProcestype=f"{root}/procestypen/1")
    return str(zt["url"])


def body(zaaktype: str, root: str, **over: Any) -> dict[str, Any]:
    values = {"resultaattypeomschrijving": f"{root}/resultaattypeomschrijvingen/1",
              "selectielijstklasse": f"{root}/resultaten/1", **over}
    return resultaattype_body(zaaktype, **values)


async def test_derived_from_the_selectielijst(api: httpx.AsyncClient, superuser: H, selectielijst_api: str) -> None:
    zt = await _zaaktype(api, superuser, selectielijst_api)
    data = body(zt, selectielijst_api)
    del data["archiefnominatie"], data["archiefactietermijn"]
    r = await api.post(f"{ROOT}/resultaattypen", json=data, headers=superuser)
    assert r.status_code == 201, r.text
    rt = r.json()
    assert rt["omschrijvingGeneriek"] == "Verleend"
    assert rt["archiefnominatie"] == "vernietigen"
    assert rt["archiefactietermijn"] == "P10Y"


async def test_ztc_001_procestype_must_be_a_selectielijst_procestype(api: httpx.AsyncClient, superuser: H,
                                                                     selectielijst_api: str) -> None:
    cat = await make_catalogus(api, superuser)
    from tests.rest.catalogi.factories import zaaktype_body

    r = await api.post(f"{ROOT}/zaaktypen", headers=superuser,
                       json=zaaktype_body(cat["url"], selectielijstProcestype="https://elders.example/procestypen/1"))
    assert ("selectielijstProcestype", "invalid-resource") in codes(r)
    r = await api.post(f"{ROOT}/zaaktypen", headers=superuser,
                       json=zaaktype_body(cat["url"], selectielijstProcestype=f"{selectielijst_api}/procestypen/99"))
    assert ("selectielijstProcestype", "bad-url") in codes(r)


async def test_ztc_002_klasse_belongs_to_the_procestype(api: httpx.AsyncClient, superuser: H,
                                                      selectielijst_api: str) -> None:
    zt = await _zaaktype(api, superuser, selectielijst_api)
    r = await api.post(f"{ROOT}/resultaattypen", headers=superuser,
                       json=body(zt, selectielijst_api, selectielijstklasse=f"{selectielijst_api}/resultaten/3"))
    assert ("nonFieldErrors", "procestype-mismatch") in codes(r)  # Open Zaak's ProcesTypeValidator: object level
    assert ("selectielijstklasse", "procestype-mismatch") not in codes(r)
    r = await api.post(f"{ROOT}/resultaattypen", headers=superuser, json=body(
        zt, selectielijst_api, resultaattypeomschrijving=f"{selectielijst_api}/resultaten/1"))
    assert ("resultaattypeomschrijving", "invalid-resource") in codes(r)


async def test_ztc_003_afleidingswijze_and_procestermijn(api: httpx.AsyncClient, superuser: H,
                                                         selectielijst_api: str) -> None:
    zt = await _zaaktype(api, superuser, selectielijst_api)
    # procestermijn nihil: only afgehandeld
    r = await api.post(f"{ROOT}/resultaattypen", headers=superuser, json=body(
        zt, selectielijst_api, brondatumArchiefprocedure={"afleidingswijze": "termijn", "procestermijn": "P5Y"}))
    assert ("nonFieldErrors", "invalid-afleidingswijze-for-procestermijn") in codes(r)
    # ingeschatte_bestaansduur_procesobject: only termijn
    klasse2 = f"{selectielijst_api}/resultaten/2"
    r = await api.post(f"{ROOT}/resultaattypen", headers=superuser, json=body(
        zt, selectielijst_api, selectielijstklasse=klasse2,
        brondatumArchiefprocedure={"afleidingswijze": "afgehandeld"}))
    assert ("nonFieldErrors", "invalid-afleidingswijze-for-procestermijn") in codes(r)
    r = await api.post(f"{ROOT}/resultaattypen", headers=superuser, json=body(
        zt, selectielijst_api, selectielijstklasse=klasse2,
        brondatumArchiefprocedure={"afleidingswijze": "termijn", "procestermijn": "P5Y"}))
    assert r.status_code == 201, r.text


async def test_ztc_004_to_008_brondatum_fields(api: httpx.AsyncClient, superuser: H) -> None:
    cat = await make_catalogus(api, superuser)
    zt = (await make_zaaktype(api, superuser, cat["url"]))["url"]

    async def attempt(procedure: dict[str, Any]) -> list[tuple[str, str]]:
        r = await api.post(f"{ROOT}/resultaattypen", headers=superuser,
                           json=resultaattype_body(zt, brondatumArchiefprocedure=procedure))
        return codes(r) if r.status_code == 400 else []

    b = "brondatumArchiefprocedure."
    assert (b + "datumkenmerk", "required") in await attempt({"afleidingswijze": "eigenschap"})  # ztc-004
    assert (b + "datumkenmerk", "must-be-empty") in await attempt({"afleidingswijze": "hoofdzaak",
                                                                   "datumkenmerk": "x"})
    assert (b + "einddatumBekend", "must-be-empty") in await attempt({"afleidingswijze": "afgehandeld",
                                                                      "einddatumBekend": True})  # ztc-005
    assert (b + "objecttype", "required") in await attempt({"afleidingswijze": "zaakobject",
                                                            "datumkenmerk": "x"})  # ztc-006
    assert (b + "registratie", "required") in await attempt({"afleidingswijze": "ander_datumkenmerk",
                                                             "datumkenmerk": "x", "objecttype": "pand"})  # ztc-007
    assert (b + "procestermijn", "required") in await attempt({"afleidingswijze": "termijn"})  # ztc-008
    assert (b + "procestermijn", "must-be-empty") in await attempt({"afleidingswijze": "afgehandeld",
                                                                    "procestermijn": "P1Y"})
    # Open Zaak: datumkenmerk may be a nested path
    assert await attempt({"afleidingswijze": "eigenschap", "datumkenmerk": "zaakobject.pand.datum"}) == []


async def test_checks_skipped_without_selectielijst(api: httpx.AsyncClient, superuser: H) -> None:
    cat = await make_catalogus(api, superuser)
    zt = await make_zaaktype(api, superuser, cat["url"], selectielijstProcestype="https://nergens.example/p/1")
    r = await api.post(f"{ROOT}/resultaattypen", json=resultaattype_body(zt["url"]), headers=superuser)
    assert r.status_code == 201, r.text
