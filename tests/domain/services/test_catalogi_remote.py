"""Catalogue types in an external Catalogi API read as local domain documents (zgw.domain.catalogi.remote),
against a real local HTTP server: the document built from the JSON, batched reads, bundles, the eindstatus,
refusals with Open Zaak's codes."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from tests.domain.services.server import Api, api_server
from zgw.domain.catalogi import read as catalogue
from zgw.domain.catalogi.documents import BesluitType, StatusType, ZaakType
from zgw.domain.errors import UrlRefused, ValidationFailed
from zgw.domain.services import client, registry


@pytest.fixture
def ztc() -> Iterator[Api]:
    with api_server() as served:
        yield served


@pytest.fixture
async def registered(api: httpx.AsyncClient, ztc: Api) -> AsyncIterator[str]:
    client.reset()
    root = f"{ztc.base}/catalogi/api/v1/"
    await registry.put({"identifier": "ztc-test", "api_type": "ztc", "api_root": root})
    yield root
    await registry.remove("ztc-test")
    client.reset()


def zaaktype_json(url: str, root: str, **over: Any) -> dict[str, Any]:
    """A zaaktype as a Catalogi 1.0 API answers it (no verantwoordelijke, referentieproces, versiedatum)."""
    return {"url": url, "catalogus": f"{root}catalogussen/c", "identificatie": "ZT", "omschrijving": "Melding",
            "vertrouwelijkheidaanduiding": "beperkt_openbaar", "doel": "d", "aanleiding": "a", "toelichting": None,
            "indicatieInternOfExtern": "extern", "handelingInitiator": "melden", "onderwerp": "o",
            "handelingBehandelaar": "b", "doorlooptijd": "P8W", "servicenorm": None,
            "opschortingEnAanhoudingMogelijk": True, "verlengingMogelijk": False, "productenOfDiensten": ["p"],
            "publicatieIndicatie": False, "beginGeldigheid": "2023-01-01", "concept": False,
            "statustypen": [f"{root}statustypen/{i}" for i in (1, 2, 3)], "besluittypen": [f"{root}besluittypen/b"],
            "deelzaaktypen": [], "informatieobjecttypen": [f"{root}informatieobjecttypen/i"], "resultaattypen": [],
            "roltypen": [], "eigenschappen": [], "zaakobjecttypen": [], "onbekendVeld": {"x": 1}, **over}


def statustype_json(url: str, zaaktype: str, volgnummer: int) -> dict[str, Any]:
    return {"url": url, "omschrijving": f"stap {volgnummer}", "zaaktype": zaaktype, "volgnummer": volgnummer,
            "isEindstatus": False, "informeren": False, "checklistitemStatustype": [
                {"itemnaam": "x", "vraagstelling": "klaar?", "verplicht": True, "toelichting": None}]}


def serve(ztc: Api, url: str, body: dict[str, Any], status: int = 200) -> None:
    ztc.routes[f"GET {url.removeprefix(ztc.base)}"] = (status, body)


async def test_a_remote_zaaktype_is_a_domain_zaaktype(ztc: Api, registered: str) -> None:
    url = f"{registered}zaaktypen/0f5c1c8e-44a4-4bb3-9b1f-2f0d0f1a3c10"
    serve(ztc, url, zaaktype_json(url, registered))
    zaaktype = await catalogue.get_zaaktype(url)
    assert isinstance(zaaktype, ZaakType)
    assert (zaaktype.ref, str(zaaktype.id), zaaktype.vertrouwelijkheidaanduiding, zaaktype.doorlooptijd,
            zaaktype.besluittypen, zaaktype.concept, zaaktype.verantwoordelijke, zaaktype.versiedatum) == (
        url, "0f5c1c8e-44a4-4bb3-9b1f-2f0d0f1a3c10", "beperkt_openbaar", "P8W", [f"{registered}besluittypen/b"],
        False, "", "2023-01-01")
    assert zaaktype.remote_data is not None and zaaktype.remote_data["onbekendVeld"] == {"x": 1}
    assert await catalogue.informatieobjecttypen_of(url) == {f"{registered}informatieobjecttypen/i"}
    besluittype = BesluitType(catalogus="c", publicatie_indicatie=False)
    besluittype.mark_remote(f"{registered}besluittypen/b", {})
    assert catalogue.allows(zaaktype, "besluittypen", besluittype)
    assert [r.path for r in ztc.requests("GET")] == [url.removeprefix(ztc.base)]  # the second read: cached


async def test_statustypen_bundle_and_eindstatus(ztc: Api, registered: str) -> None:
    url = f"{registered}zaaktypen/z1"
    serve(ztc, url, zaaktype_json(url, registered))
    for i in (3, 1, 2):
        serve(ztc, f"{registered}statustypen/{i}", statustype_json(f"{registered}statustypen/{i}", url, i))
    ztc.routes["GET /catalogi/api/v1/zaaktype-informatieobjecttypen"] = (200, {"count": 1, "next": None, "results": [
        {"url": f"{registered}zaaktype-informatieobjecttypen/1", "zaaktype": url, "volgnummer": 1,
         "informatieobjecttype": f"{registered}informatieobjecttypen/i", "richting": "inkomend"}]})
    bundle = (await catalogue.bundles([url]))[url]
    assert [s.volgnummer for s in bundle.statustypen] == [1, 2, 3]
    assert bundle.statustypen[0].checklistitem_statustype[0].vraagstelling == "klaar?"
    assert [z.informatieobjecttype for z in bundle.informatieobjecttypen] == [f"{registered}informatieobjecttypen/i"]
    last = await catalogue.get_statustype(f"{registered}statustypen/3")
    first = await catalogue.get_statustype(f"{registered}statustypen/1")
    assert last is not None and first is not None
    assert (await catalogue.is_eindstatus(last), await catalogue.is_eindstatus(first)) == (True, False)


async def test_a_page_of_remote_zaaktypen_costs_one_fetch_per_url(ztc: Api, registered: str) -> None:
    urls = [f"{registered}zaaktypen/p{i}" for i in range(5)]
    for url in urls:
        serve(ztc, url, zaaktype_json(url, registered))
    page = [urls[i % 5] for i in range(100)]
    found = await catalogue.zaaktypen(page)
    assert sorted(found) == sorted(urls) and all(found[u].ref == u for u in urls)
    assert len(ztc.requests("GET")) == 5
    await catalogue.zaaktypen(page)
    assert len(ztc.requests("GET")) == 5


async def test_refusals(ztc: Api, registered: str) -> None:
    besluittype = f"{registered}besluittypen/b"
    serve(ztc, besluittype, {"url": besluittype, "catalogus": "c", "publicatieIndicatie": False,
                             "informatieobjecttypen": [], "beginGeldigheid": "2024-01-01"})
    broken = f"{registered}zaaktypen/broken"
    serve(ztc, broken, {"detail": "kapot"}, status=500)
    odd = f"{registered}zaaktypen/odd"  # the shape of a zaaktype, but a value no zaaktype can have
    serve(ztc, odd, zaaktype_json(odd, registered, opschortingEnAanhoudingMogelijk={"nee": 1}))
    codes = {}
    for url in (besluittype, broken, odd, f"{registered}zaaktypen/missing"):
        with pytest.raises(UrlRefused) as refused:
            await catalogue.get_zaaktype(url)
        codes[url.rsplit("/", 1)[-1]] = refused.value.code
    assert codes == {"b": "invalid-resource", "broken": "bad-url", "odd": "invalid-resource", "missing": "bad-url"}
    # a request's field: the field's 400; a stored reference: None; a batch: left out
    with pytest.raises(ValidationFailed) as failed:
        await catalogue.for_field(StatusType, f"{registered}statustypen/missing", "statustype")
    assert [(p.name, p.code) for p in failed.value.params] == [("statustype", "bad-url")]
    assert await catalogue.get_or_none(StatusType, f"{registered}statustypen/missing") is None
    assert await catalogue.zaaktypen([broken, odd]) == {}
