"""Every read and write about one besluit (and the zaak's besluiten) reads only by `_id` (PyMongo command
monitoring): on the embedded store any other filter reads the whole collection."""

from __future__ import annotations

from typing import Any

import httpx

from tests.perf.recorder import Recorder, recorded
from tests.rest.besluiten.factories import BESLUITEN, BIOS, besluit_body, make_besluit, make_document, world, zaak_of
from zgw.core.settings import Settings

HOST = "http://testserver"


async def test_single_besluit_paths_never_scan(api: httpx.AsyncClient, superuser: dict[str, str],
                                               settings: Settings, app_state: tuple[Any, dict[str, Any]]) -> None:
    _, state = app_state
    h = superuser
    w = await world(api, h)
    zaak = await zaak_of(api, h, w)
    for _ in range(3):  # other besluiten with documents around the one we work on
        other = await make_besluit(api, h, w.besluittype, zaak=(await zaak_of(api, h, w))["url"])
        r = await api.post(BIOS, headers=h, json={"besluit": other["url"],
                                                  "informatieobject": (await make_document(api, h, w.iot))["url"]})
        assert r.status_code == 201
    doc = await make_document(api, h, w.iot)
    scans: dict[str, list[Any]] = {}

    async def check(label: str, recorder: Recorder, method: str, url: str, expect: int, **kw: Any) -> httpx.Response:
        with recorder.recording():
            r = await api.request(method, url, headers={**h, **kw.pop("headers", {})}, **kw)
        assert r.status_code == expect, (label, r.status_code, r.text)
        if recorder.scans():
            scans[label] = recorder.scans()
        return r

    async with recorded(settings, state) as rec:
        b = (await check("create", rec, "POST", BESLUITEN, 201,
                         json=besluit_body(w.besluittype, zaak=zaak["url"], identificatie="B-1"))).json()
        await check("read", rec, "GET", b["url"], 200, params={"expand": "besluittype,zaak"})
        await check("head", rec, "HEAD", b["url"], 200)
        await check("patch", rec, "PATCH", b["url"], 200, json={"toelichting": "x"})
        await check("put", rec, "PUT", b["url"], 200, json=besluit_body(w.besluittype, zaak=zaak["url"],
                                                                         identificatie="B-1"))
        await check("audittrail", rec, "GET", f"{b['url']}/audittrail", 200)
        await check("list by zaak", rec, "GET", BESLUITEN, 200, params={"zaak": zaak["url"]})
        await check("list by identificatie", rec, "GET", BESLUITEN, 200,
                    params={"identificatie": "B-1", "verantwoordelijkeOrganisatie": b["verantwoordelijkeOrganisatie"]})
        bio = (await check("link", rec, "POST", BIOS, 201,
                           json={"besluit": b["url"], "informatieobject": doc["url"]})).json()
        await check("read link", rec, "GET", bio["url"], 200, params={"expand": "besluit,informatieobject"})
        await check("head link", rec, "HEAD", bio["url"], 200)
        await check("links by besluit", rec, "GET", BIOS, 200, params={"besluit": b["url"]})
        await check("links by informatieobject", rec, "GET", BIOS, 200, params={"informatieobject": doc["url"]})
        mirrors = await check("mirrors by besluit", rec, "GET", f"{HOST}/documenten/api/v1/objectinformatieobjecten",
                              200, params={"object": b["url"]})
        assert [(m["object"], m["informatieobject"]) for m in mirrors.json()] == [(b["url"], doc["url"])]
        docs = await check("documents by besluit", rec, "GET",
                           f"{HOST}/documenten/api/v1/enkelvoudiginformatieobjecten", 200,
                           params={"objectinformatieobjecten__object": b["url"]})
        assert [d["url"] for d in docs.json()["results"]] == [doc["url"]]
        await check("zaak's besluiten", rec, "GET", f"{zaak['url']}/besluiten", 200, params={"expand": "besluit"})
        await check("zaak delete refused", rec, "DELETE", zaak["url"], 400, headers={"Accept-Crs": "EPSG:4326"})
        await check("unlink", rec, "DELETE", bio["url"], 204)
        await check("link again", rec, "POST", BIOS, 201, json={"besluit": b["url"], "informatieobject": doc["url"]})
        await check("delete", rec, "DELETE", b["url"], 204)
        await check("verwerken", rec, "POST", f"{HOST}/besluiten/api/v1/besluit_verwerken", 201, json={
            "besluit": besluit_body(w.besluittype, zaak=zaak["url"]),
            "besluitinformatieobjecten": [{"informatieobject": doc["url"]}]})
    for label, found in scans.items():
        print(label, found)
    assert scans == {}
