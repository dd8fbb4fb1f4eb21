"""Every read and write that concerns one zaak reads only by `_id` (PyMongo command monitoring).

The embedded store reads the whole collection for any other filter, so each of these operations
must cost the same at 100 and at 1,000,000 zaken. The recorder fails on any find, count, distinct,
aggregate, update or delete on zaak data whose filter is not a key lookup.
"""

from __future__ import annotations

from typing import Any

import httpx

from tests.perf.recorder import Recorder, recorded
from tests.rest.catalogi.factories import make_catalogus, make_eigenschap, make_zaakobjecttype
from tests.rest.zaken.factories import CRS, make_zaak
from tests.rest.zaken.sub.helpers import ROOT, setup
from zgw.core.settings import Settings

EXPANDS = ["zaaktype", "status", "status.statustype", "resultaat", "resultaat.resultaattype", "rollen",
           "rollen.roltype", "rollen.statussen", "eigenschappen", "zaakobjecten", "hoofdzaak", "deelzaken",
           "relevanteAndereZaken", "zaakinformatieobjecten", "zaaktype,status,resultaat,rollen"]


def persoon(zaak: str, roltype: str, bsn: str) -> dict[str, Any]:
    return {"zaak": zaak, "betrokkeneType": "natuurlijk_persoon", "roltype": roltype, "roltoelichting": "x",
            "betrokkeneIdentificatie": {"inpBsn": bsn, "geslachtsnaam": "Jansen"}}


async def test_single_zaak_paths_never_scan(api: httpx.AsyncClient, superuser: dict[str, str], settings: Settings,
                                            app_state: tuple[Any, dict[str, Any]]) -> None:
    _, state = app_state
    h = superuser
    catalogus = (await make_catalogus(api, h))["url"]
    deel = await setup(api, h, catalogus=catalogus, identificatie="ZT-DEEL")
    s = await setup(api, h, catalogus=catalogus, deelzaaktypen=[deel.zaaktype["url"]])
    zt = s.zaaktype["url"]
    eigenschap = await make_eigenschap(api, h, zt)
    await make_zaakobjecttype(api, h, zt)
    # other zaken with their sub-resources around the one we work on
    others = [await make_zaak(api, h, zt) for _ in range(5)]
    for i, other in enumerate(others):
        assert (await api.post(f"{ROOT}/rollen", headers=h,
                               json=persoon(other["url"], s.initiator["url"], f"99999{i:04d}"))).status_code == 201
    zaak = s.zaak["url"]
    scans: dict[str, list[Any]] = {}

    async def check(label: str, recorder: Recorder, method: str, url: str, expect: int, **kw: Any) -> httpx.Response:
        with recorder.recording():
            r = await api.request(method, url, headers={**h, **CRS, **kw.pop("headers", {})}, **kw)
        assert r.status_code == expect, (label, r.status_code, r.text)
        if recorder.scans():
            scans[label] = recorder.scans()
        return r

    async with recorded(settings, state) as rec:
        rol = (await check("create rol", rec, "POST", f"{ROOT}/rollen", 201,
                           json=persoon(zaak, s.initiator["url"], "111222333"))).json()
        await check("create status", rec, "POST", f"{ROOT}/statussen", 201, json={
            "zaak": zaak, "statustype": s.begin["url"], "datumStatusGezet": "2024-03-02T10:00:00Z",
            "gezetdoor": rol["url"]})
        await check("retrieve", rec, "GET", zaak, 200)
        await check("head", rec, "HEAD", zaak, 200)
        for expand in EXPANDS:
            await check(f"expand={expand}", rec, "GET", zaak, 200, params={"expand": expand})
        await check("patch zaak", rec, "PATCH", zaak, 200, json={"omschrijving": "nieuw"})
        body = (await api.get(zaak, headers={**h, **CRS})).json()
        put = {k: v for k, v in body.items() if v not in (None, "") and k not in (
            "url", "uuid", "status", "resultaat", "rollen", "eigenschappen", "zaakobjecten", "deelzaken",
            "zaakinformatieobjecten", "kenmerken", "relevanteAndereZaken", "zaakgeometrie", "opschorting",
            "verlenging", "processobject", "archiefnominatie", "archiefstatus", "betalingsindicatieWeergave",
            "_expand")}
        await check("put zaak", rec, "PUT", zaak, 200, json=put)
        ze = (await check("create zaakeigenschap", rec, "POST", f"{zaak}/zaakeigenschappen", 201,
                          json={"zaak": zaak, "eigenschap": eigenschap["url"], "waarde": "x"})).json()
        await check("list zaakeigenschappen", rec, "GET", f"{zaak}/zaakeigenschappen", 200)
        await check("patch zaakeigenschap", rec, "PATCH", ze["url"], 200, json={"waarde": "y"})
        zo = (await check("create zaakobject", rec, "POST", f"{ROOT}/zaakobjecten", 201, json={
            "zaak": zaak, "objectType": "adres", "relatieomschrijving": "locatie",
            "objectIdentificatie": {"identificatie": "1", "wplWoonplaatsNaam": "Utrecht",
                                    "gorOpenbareRuimteNaam": "Straat", "huisnummer": 1}})).json()
        for resource in ("statussen", "rollen", "resultaten", "zaakobjecten", "klantcontacten",
                         "zaakcontactmomenten", "zaakverzoeken"):
            await check(f"list {resource}?zaak=", rec, "GET", f"{ROOT}/{resource}", 200, params={"zaak": zaak})
        await check("rollen?zaak=&betrokkeneType", rec, "GET", f"{ROOT}/rollen", 200,
                    params={"zaak": zaak, "betrokkeneType": "natuurlijk_persoon"})
        await check("retrieve rol", rec, "GET", rol["url"], 200)
        await check("audittrail", rec, "GET", f"{zaak}/audittrail", 200)
        deelzaak = (await check("create deelzaak", rec, "POST", f"{ROOT}/zaken", 201, json={
            "zaaktype": deel.zaaktype["url"], "bronorganisatie": "517439943",
            "verantwoordelijkeOrganisatie": "517439943", "startdatum": "2024-03-01", "hoofdzaak": zaak})).json()
        await check("relate zaken", rec, "PATCH", zaak, 200, json={"relevanteAndereZaken": [
            {"url": others[0]["url"], "aardRelatie": "vervolg"}]})
        await check("create resultaat", rec, "POST", f"{ROOT}/resultaten", 201,
                    json={"zaak": deelzaak["url"], "resultaattype": deel.resultaattype["url"]})
        await check("eindstatus (closes, derives archive)", rec, "POST", f"{ROOT}/statussen", 201, json={
            "zaak": deelzaak["url"], "statustype": deel.eind["url"], "datumStatusGezet": "2024-03-03T10:00:00Z"})
        await check("reopen", rec, "POST", f"{ROOT}/statussen", 201, json={
            "zaak": deelzaak["url"], "statustype": deel.begin["url"], "datumStatusGezet": "2024-03-04T10:00:00Z"})
        await check("delete zaakobject", rec, "DELETE", zo["url"], 204)
        await check("delete rol", rec, "DELETE", rol["url"], 204)
        await check("delete zaak", rec, "DELETE", zaak, 204)

    for label, found in scans.items():
        print(label, "->", [(n, c, str(q)[:160]) for n, c, q in found])
    assert scans == {}
