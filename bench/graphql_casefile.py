"""A full case file (zaak + zaaktype + statussen + rollen + eigenschappen + zaakobjecten) three ways.

1. one GraphQL query;
2. REST with `expand` (GET /zaken/{uuid}?expand=... plus GET /statussen?zaak=, the status history
   that expand does not give);
3. the separate REST calls a portal makes without expand (zaak; then zaaktype, statussen, rollen,
   zaakeigenschappen, zaakobjecten; then each statustype and roltype), once one after another and
   once with each step's calls concurrent.

A real API process (`zgw serve`) on FerretDB and Redis started for the run; the case files are
written through the API. Median wall time per case file over the rounds, and the ratio to GraphQL.
Run: `make bench-graphql` (BENCH_GRAPHQL_ARGS="--zaken 20 --rounds 60").
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx

from zgw.core.auth import make_token
from zgw.core.settings import PROJECT_ROOT, Settings

DB = "zgw_bench_graphql"
CRS = {"Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:4326"}
CASE_FILE = """query($uuid: UUID!) { zaak(uuid: $uuid) {
  url uuid identificatie omschrijving startdatum einddatumGepland vertrouwelijkheidaanduiding
  zaaktype { url identificatie omschrijving doorlooptijd statustypen { url omschrijving volgnummer } }
  status { url datumStatusGezet statustype { omschrijving } }
  statussen { url datumStatusGezet statustoelichting statustype { url omschrijving volgnummer } }
  rollen { url betrokkeneType omschrijving roltype { url omschrijving }
           ... on RolNatuurlijkPersoon { betrokkeneIdentificatie { inpBsn geslachtsnaam voornamen } }
           ... on RolMedewerker { betrokkeneIdentificatie { identificatie achternaam } } }
  eigenschappen { url naam waarde }
  zaakobjecten { url objectType objectTypeOverige object relatieomschrijving } } }"""
EXPAND = "zaaktype,status,status.statustype,rollen,rollen.roltype,eigenschappen,zaakobjecten"


async def _post(http: httpx.AsyncClient, url: str, body: dict[str, Any], headers: dict[str, str]) -> dict[str, Any]:
    r = await http.post(url, json=body, headers=headers)
    if r.status_code != 201:
        raise RuntimeError(f"{url}: {r.status_code} {r.text[:300]}")
    out: dict[str, Any] = r.json()
    return out


async def make_data(base: str, h: dict[str, str], n: int) -> list[str]:
    """A published zaaktype and n case files; returns the zaken's uuids."""
    cat, zrc = f"{base}/catalogi/api/v1", f"{base}/zaken/api/v1"
    async with httpx.AsyncClient(timeout=60) as http:
        catalogus = await _post(http, f"{cat}/catalogussen", {"domein": "BENCH", "rsin": "000000000",
                                                               "contactpersoonBeheerNaam": "Jan"}, h)
        zaaktype = await _post(http, f"{cat}/zaaktypen", {
            "identificatie": "ZT-BENCH", "omschrijving": "Vergunning", "vertrouwelijkheidaanduiding": "openbaar",
            "doel": "doel", "aanleiding": "aanleiding", "indicatieInternOfExtern": "extern",
            "handelingInitiator": "aanvragen", "onderwerp": "Vergunning", "handelingBehandelaar": "behandelen",
            "doorlooptijd": "P30D", "opschortingEnAanhoudingMogelijk": False, "verlengingMogelijk": False,
            "publicatieIndicatie": False, "productenOfDiensten": [], "referentieproces": {"naam": "proces"},
            "verantwoordelijke": "afdeling", "beginGeldigheid": "2024-01-01", "versiedatum": "2024-01-01",
            "catalogus": catalogus["url"], "besluittypen": [], "gerelateerdeZaaktypen": []}, h)
        zt = zaaktype["url"]
        statustypen = [await _post(http, f"{cat}/statustypen", {"zaaktype": zt, "omschrijving": o, "volgnummer": i},
                                   h) for i, o in enumerate(("Ontvangen", "In behandeling", "Besluit genomen"), 1)]
        roltypen = [await _post(http, f"{cat}/roltypen", {"zaaktype": zt, "omschrijving": o,
                                                          "omschrijvingGeneriek": g}, h)
                    for o, g in (("Aanvrager", "initiator"), ("Behandelaar", "behandelaar"))]
        eigenschappen = [await _post(http, f"{cat}/eigenschappen", {
            "zaaktype": zt, "naam": naam, "definitie": naam,
            "specificatie": {"formaat": "tekst", "lengte": "20", "kardinaliteit": "1"}}, h)
            for naam in ("kenteken", "locatie")]
        resultaattype = await _post(http, f"{cat}/resultaattypen", {
            "zaaktype": zt, "omschrijving": "Verleend",
            "resultaattypeomschrijving": "https://selectielijst.example/api/v1/resultaattypeomschrijvingen/1",
            "selectielijstklasse": "https://selectielijst.example/api/v1/resultaten/1",
            "archiefnominatie": "vernietigen", "archiefactietermijn": "P10Y",
            "brondatumArchiefprocedure": {"afleidingswijze": "afgehandeld"}}, h)
        r = await http.post(f"{zt}/publish", headers=h)
        r.raise_for_status()
        uuids = []
        for i in range(n):
            zaak = await _post(http, f"{zrc}/zaken", {
                "zaaktype": zt, "bronorganisatie": "517439943", "verantwoordelijkeOrganisatie": "517439943",
                "startdatum": "2024-03-01", "omschrijving": f"Bench zaak {i}"}, {**h, **CRS})
            for j, st in enumerate(statustypen):
                if j == len(statustypen) - 1:  # the eindstatus needs the resultaat
                    await _post(http, f"{zrc}/resultaten", {"zaak": zaak["url"],
                                                            "resultaattype": resultaattype["url"]}, h)
                await _post(http, f"{zrc}/statussen", {"zaak": zaak["url"], "statustype": st["url"],
                                                       "datumStatusGezet": f"2024-03-0{j + 2}T10:00:00Z"}, h)
            await _post(http, f"{zrc}/rollen", {"zaak": zaak["url"], "betrokkeneType": "natuurlijk_persoon",
                                                "roltype": roltypen[0]["url"], "roltoelichting": "aanvrager",
                                                "betrokkeneIdentificatie": {"inpBsn": f"{100000000 + i}",
                                                                            "geslachtsnaam": "Jansen"}}, h)
            for k in range(2):
                await _post(http, f"{zrc}/rollen", {"zaak": zaak["url"], "betrokkeneType": "medewerker",
                                                    "roltype": roltypen[1]["url"], "roltoelichting": "behandelaar",
                                                    "betrokkeneIdentificatie": {"identificatie": f"mw{k}",
                                                                                "achternaam": "De Vries"}}, h)
            for e in eigenschappen:
                await _post(http, f"{zaak['url']}/zaakeigenschappen", {"zaak": zaak["url"], "eigenschap": e["url"],
                                                                      "waarde": f"{e['naam']}-{i}"}, h)
            for k in range(2):
                await _post(http, f"{zrc}/zaakobjecten", {"zaak": zaak["url"], "objectType": "overige",
                                                          "objectTypeOverige": "boom", "relatieomschrijving": "betreft",
                                                          "object": f"https://objecten.example/api/v2/objects/{i}-{k}"},
                            {**h, **CRS})
            uuids.append(zaak["uuid"])
        return uuids


def _ok(r: httpx.Response) -> Any:
    r.raise_for_status()
    return r.json()


async def graphql(http: httpx.AsyncClient, base: str, h: dict[str, str], uuid: str) -> int:
    body = _ok(await http.post(f"{base}/graphql", json={"query": CASE_FILE, "variables": {"uuid": uuid}}, headers=h))
    if body.get("errors"):
        raise RuntimeError(body["errors"])
    return 1


async def rest_expand(http: httpx.AsyncClient, base: str, h: dict[str, str], uuid: str) -> int:
    zrc = f"{base}/zaken/api/v1"
    zaak, statussen = await asyncio.gather(
        http.get(f"{zrc}/zaken/{uuid}", params={"expand": EXPAND}, headers={**h, **CRS}),
        http.get(f"{zrc}/statussen", params={"zaak": f"{zrc}/zaken/{uuid}"}, headers=h))
    _ok(zaak), _ok(statussen)
    return 2


async def portal(http: httpx.AsyncClient, base: str, h: dict[str, str], uuid: str, *, concurrent: bool) -> int:
    zrc = f"{base}/zaken/api/v1"
    calls = 0

    async def get(url: str, params: dict[str, str] | None = None, crs: bool = False) -> Any:
        nonlocal calls
        calls += 1
        return _ok(await http.get(url, params=params, headers={**h, **CRS} if crs else h))

    async def step(*aws: Awaitable[Any]) -> list[Any]:
        if concurrent:
            return list(await asyncio.gather(*aws))
        return [await a for a in aws]

    zaak = await get(f"{zrc}/zaken/{uuid}", crs=True)
    _zaaktype, statussen, rollen, _eig, _obj = await step(
        get(zaak["zaaktype"]), get(f"{zrc}/statussen", {"zaak": zaak["url"]}),
        get(f"{zrc}/rollen", {"zaak": zaak["url"]}), get(f"{zaak['url']}/zaakeigenschappen"),
        get(f"{zrc}/zaakobjecten", {"zaak": zaak["url"]}, crs=True))
    types = sorted({s["statustype"] for s in statussen["results"]} | {r["roltype"] for r in rollen["results"]})
    await step(*(get(t) for t in types))
    return calls


Variant = Callable[[httpx.AsyncClient, str, dict[str, str], str], Awaitable[int]]


async def measure(base: str, h: dict[str, str], uuids: list[str], rounds: int) -> dict[str, tuple[float, int]]:
    variants: dict[str, Variant] = {
        "GraphQL, one query": graphql,
        "REST expand (+ statussen list)": rest_expand,
        "REST portal calls, sequential": lambda *a: portal(*a, concurrent=False),
        "REST portal calls, concurrent per step": lambda *a: portal(*a, concurrent=True),
    }
    samples: dict[str, list[float]] = {k: [] for k in variants}
    calls: dict[str, int] = {}
    async with httpx.AsyncClient(timeout=60) as http:
        for name, variant in variants.items():  # warm up: caches, connections
            for uuid in uuids[:3]:
                calls[name] = await variant(http, base, h, uuid)
        for i in range(rounds):
            uuid = uuids[i % len(uuids)]
            for name, variant in variants.items():  # interleaved: drift hits every variant alike
                start = time.perf_counter()
                await variant(http, base, h, uuid)
                samples[name].append((time.perf_counter() - start) * 1000)
    return {k: (statistics.median(v), calls[k]) for k, v in samples.items()}


async def _bootstrap(settings: Settings) -> None:
    from zgw.core.db import init_db
    from zgw.gateway.bootstrap import ensure_applicatie

    client = await init_db(settings)
    try:
        await ensure_applicatie("bench-alle", "bench-secret", label="bench alle", superuser=True)
    finally:
        await client.close()


def main(argv: list[str] | None = None) -> int:
    from zgw.gateway.services import local_services, serve_api

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--zaken", type=int, default=20, help="case files to write and read (round robin)")
    parser.add_argument("--rounds", type=int, default=60, help="case files read per variant")
    args = parser.parse_args(argv)
    (PROJECT_ROOT / ".data").mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="bench-graphql-", dir=PROJECT_ROOT / ".data") as tmp, \
            local_services(Path(tmp), persist=False) as svc:
        settings = Settings(mongodb_uri=svc.mongodb_uri, redis_url=svc.redis_url, mongodb_db=DB,
                            notificaties_api_root="", selectielijst_api_root_url="")
        asyncio.run(_bootstrap(settings))
        env = {"MONGODB_DB": DB, "NOTIFICATIES_API_ROOT": "", "SELECTIELIJST_API_ROOT_URL": ""}
        with serve_api(svc, env, log=Path(tmp) / "api.log") as base:
            h = {"Authorization": f"Bearer {make_token('bench-alle', 'bench-secret')}"}
            print(f"writing {args.zaken} case files (3 statussen, 3 rollen, 2 eigenschappen, 2 zaakobjecten each) ...",
                  flush=True)
            uuids = asyncio.run(make_data(base, h, args.zaken))
            results = asyncio.run(measure(base, h, uuids, args.rounds))
    reference = results["GraphQL, one query"][0]
    print(f"\ncase file, median of {args.rounds} reads (one API process, FerretDB + Redis):")
    print(f"  {'variant':42} {'HTTP calls':>10} {'median':>10} {'vs GraphQL':>11}")
    for name, (median, calls) in results.items():
        print(f"  {name:42} {calls:>10} {median:>8.1f} ms {median / reference:>10.2f}x")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("LOG_LEVEL", "warning")
    sys.exit(main())
