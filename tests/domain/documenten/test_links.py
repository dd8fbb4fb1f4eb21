"""The zaak–document links read and write one object by `_id` only (PyMongo command monitoring): creating,
reading, listing by zaak or informatieobject, updating and deleting a zaakinformatieobject (with its mirror),
closing a zaak with documents, and the gebruiksrechten / verzendingen / objectinformatieobjecten paths of one
informatieobject. The embedded store scans a collection for any other filter."""

from __future__ import annotations

from typing import Any

import httpx

from tests.perf.recorder import Recorder, recorded
from tests.rest.documenten.sub.helpers import DOCUMENTEN, ZAKEN, linked_setup, make_eio
from tests.rest.zaken.factories import CRS
from zgw.core.settings import Settings
from zgw.domain.documenten import objectinformatieobjecten as oios
from zgw.domain.zaken import zaakinformatieobjecten as zios


async def test_single_object_paths_never_scan(api: httpx.AsyncClient, superuser: dict[str, str], settings: Settings,
                                              app_state: tuple[Any, dict[str, Any]]) -> None:
    _, state = app_state
    h = superuser
    s = await linked_setup(api, h)
    eio = await make_eio(s.iot["url"])
    others = [await make_eio(s.iot["url"]) for _ in range(3)]
    for other in others:  # other links around the ones we work on
        assert (await api.post(f"{ZAKEN}/zaakinformatieobjecten", headers=h,
                               json={"zaak": s.zaak["url"], "informatieobject": other})).status_code == 201
    scans: dict[str, list[Any]] = {}

    async def check(label: str, recorder: Recorder, method: str, url: str, expect: int, **kw: Any) -> httpx.Response:
        with recorder.recording():
            r = await api.request(method, url, headers={**h, **CRS}, **kw)
        assert r.status_code == expect, (label, r.status_code, r.text)
        if recorder.scans():
            scans[label] = recorder.scans()
        return r

    async with recorded(settings, state) as rec:
        zio = (await check("create link", rec, "POST", f"{ZAKEN}/zaakinformatieobjecten", 201,
                           json={"zaak": s.zaak["url"], "informatieobject": eio})).json()
        await check("read link", rec, "GET", zio["url"], 200)
        await check("head link", rec, "HEAD", zio["url"], 200)
        await check("links of zaak", rec, "GET", f"{ZAKEN}/zaakinformatieobjecten", 200,
                    params={"zaak": s.zaak["url"]})
        await check("links of document", rec, "GET", f"{ZAKEN}/zaakinformatieobjecten", 200,
                    params={"informatieobject": eio})
        await check("patch link", rec, "PATCH", zio["url"], 200, json={"titel": "nieuw"})
        await check("zaak expands documents", rec, "GET", s.zaak["url"], 200,
                    params={"expand": "zaakinformatieobjecten.informatieobject"})
        await check("mirrors of document", rec, "GET", f"{DOCUMENTEN}/objectinformatieobjecten", 200,
                    params={"informatieobject": eio})
        await check("mirrors of zaak", rec, "GET", f"{DOCUMENTEN}/objectinformatieobjecten", 200,
                    params={"object": s.zaak["url"]})
        recht = (await check("create gebruiksrecht", rec, "POST", f"{DOCUMENTEN}/gebruiksrechten", 201, json={
            "informatieobject": eio, "startdatum": "2024-03-01T00:00:00Z", "omschrijvingVoorwaarden": "x"})).json()
        await check("gebruiksrechten of document", rec, "GET", f"{DOCUMENTEN}/gebruiksrechten", 200,
                    params={"informatieobject": eio})
        await check("read gebruiksrecht", rec, "GET", recht["url"], 200)
        verzending = (await check("create verzending", rec, "POST", f"{DOCUMENTEN}/verzendingen", 201, json={
            "informatieobject": eio, "betrokkene": "https://klanten.example/1", "aardRelatie": "geadresseerde",
            "contactPersoon": "https://medewerkers.example/1", "emailadres": "a@example.com"})).json()
        await check("verzendingen of document", rec, "GET", f"{DOCUMENTEN}/verzendingen", 200,
                    params={"informatieobject": eio})
        await check("delete verzending", rec, "DELETE", verzending["url"], 204)
        await check("delete gebruiksrecht", rec, "DELETE", recht["url"], 204)
        await check("delete link", rec, "DELETE", zio["url"], 204)
        with rec.recording():  # the recorder sees a scan: a list without a key filter reads the collection
            assert (await api.get(f"{ZAKEN}/zaakinformatieobjecten", headers=h)).status_code == 200
        assert any(c.startswith("zaken_zaakinformatieobjecten") for _, c, _ in rec.scans())
    assert scans == {}, scans
    assert await zios.LinkIntent.find({}).to_list() == []
    assert await oios.ObjectInformatieObject.find({"informatieobject": eio.removeprefix("http://testserver")}
                                                  ).to_list() == []
