"""Data for the zaken benchmark, shaped like Open Zaak's release tests.

One catalogus with 100 published zaaktypen (each with two statustypen, a roltype and a
resultaattype, created through the Catalogi API so they are valid), N zaken spread over them, each
with a status, an initiator rol and (for the closed half) a resultaat, and three applicaties:
heeftAlleAutorisaties, one authorised for 3 zaaktypen and one for 60 (levels mixed).

Zaken and their sub-resources are written with insert_many straight into the collections, as
dicts made by Beanie from the documents themselves (one template per document type), so the stored
shape is exactly what the API writes. A dataset is recorded in `bench_meta`; a run that wants the
same N reuses it.

    python -m bench.zaken_data --zaken 10000 [--data-dir .data/bench-zaken]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx

from zgw.core.settings import PROJECT_ROOT, Settings
from zgw.domain.common.vertrouwelijkheid import ORDER

DATA_DIR = PROJECT_ROOT / ".data" / "bench-zaken"
DB = "zgw_bench_zaken"
N_ZAAKTYPEN = 100
BATCH = 2000
INSERTERS = 4
LEVELS = list(ORDER)
RSIN = "000000000"

CLIENTS = {  # client id -> (secret, description)
    "bench-alle": ("bench-secret", "heeftAlleAutorisaties"),
    "bench-enkele": ("bench-secret", "3 zaaktypen, zeer_geheim"),
    "bench-vele": ("bench-secret", "60 zaaktypen, levels mixed"),
}


@dataclass
class ZaakTypeRefs:
    ref: str
    statustypen: tuple[str, str]  # first, eind
    roltype: str
    resultaattype: str


def bench_settings(mongodb_uri: str, redis_url: str) -> Settings:
    return Settings(mongodb_uri=mongodb_uri, redis_url=redis_url, mongodb_db=DB, notificaties_api_root="",
                    selectielijst_api_root_url="")


class _WithState:
    """Runs the app in-process with the lifespan state its handlers expect."""

    def __init__(self, app: Any, state: dict[str, Any]) -> None:
        self.app, self.state = app, state

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        scope["state"] = dict(self.state)
        await self.app(scope, receive, send)


@asynccontextmanager
async def catalogi_api(settings: Settings, mongo: Any) -> AsyncIterator[httpx.AsyncClient]:
    """The Catalogi API in-process (only that component, so work elsewhere in the tree can't break it)."""
    import redis.asyncio as aioredis
    from fastapi import FastAPI

    from zgw.core.auth import ApplicatieCache
    from zgw.rest import catalogi
    from zgw.rest.component import install_error_handlers

    app = FastAPI()
    install_error_handlers(app)
    app.mount(catalogi.INFO.root, catalogi.create())
    redis = aioredis.Redis.from_url(settings.redis_url)
    state = {"settings": settings, "applicatie_cache": ApplicatieCache(0), "mongo": mongo, "redis": redis}
    try:
        transport = httpx.ASGITransport(app=_WithState(app, state))
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            yield client
    finally:
        await redis.aclose()


async def _post(api: httpx.AsyncClient, h: dict[str, str], path: str, body: dict[str, Any]) -> dict[str, Any]:
    r = await api.post(f"/catalogi/api/v1/{path}", json=body, headers=h)
    if r.status_code not in (200, 201):
        raise RuntimeError(f"POST {path}: {r.status_code} {r.text}")
    result: dict[str, Any] = r.json()
    return result


def _path(url: str) -> str:
    return "/" + url.split("://", 1)[1].split("/", 1)[1]


async def make_catalogus(api: httpx.AsyncClient, h: dict[str, str]) -> list[ZaakTypeRefs]:
    catalogus = await _post(api, h, "catalogussen", {"domein": "BENCH", "rsin": RSIN,
                                                       "contactpersoonBeheerNaam": "Bench"})

    async def one(i: int) -> ZaakTypeRefs:
        zaaktype = await _post(api, h, "zaaktypen", {
            "identificatie": f"BENCH-{i:03}", "omschrijving": f"Zaaktype {i}",
            "vertrouwelijkheidaanduiding": "openbaar",
            "doel": "benchmark", "aanleiding": "benchmark", "indicatieInternOfExtern": "extern",
            "handelingInitiator": "aanvragen", "onderwerp": f"Onderwerp {i}", "handelingBehandelaar": "behandelen",
            "doorlooptijd": "P30D", "opschortingEnAanhoudingMogelijk": False, "verlengingMogelijk": False,
            "publicatieIndicatie": False, "productenOfDiensten": [], "referentieproces": {"naam": "proces"},
            "verantwoordelijke": "afdeling", "beginGeldigheid": "2020-01-01", "versiedatum": "2020-01-01",
            "catalogus": catalogus["url"], "besluittypen": [], "gerelateerdeZaaktypen": []})
        url = zaaktype["url"]
        first = await _post(api, h, "statustypen", {"zaaktype": url, "omschrijving": "Ontvangen", "volgnummer": 1})
        eind = await _post(api, h, "statustypen", {"zaaktype": url, "omschrijving": "Afgehandeld", "volgnummer": 2})
        rol = await _post(api, h, "roltypen", {"zaaktype": url, "omschrijving": "Aanvrager",
                                               "omschrijvingGeneriek": "initiator"})
        resultaat = await _post(api, h, "resultaattypen", {
            "zaaktype": url, "omschrijving": "Verleend",
            "resultaattypeomschrijving": "https://selectielijst.example/api/v1/resultaattypeomschrijvingen/1",
            "selectielijstklasse": "https://selectielijst.example/api/v1/resultaten/1",
            "archiefnominatie": "vernietigen", "archiefactietermijn": "P10Y",
            "brondatumArchiefprocedure": {"afleidingswijze": "afgehandeld"}})
        r = await api.post(f"{_path(url)}/publish", headers=h)
        if r.status_code != 200:
            raise RuntimeError(f"publish zaaktype {i}: {r.status_code} {r.text}")
        return ZaakTypeRefs(_path(url), (_path(first["url"]), _path(eind["url"])), _path(rol["url"]),
                            _path(resultaat["url"]))

    out = []
    for start in range(0, N_ZAAKTYPEN, 10):
        out += await asyncio.gather(*(one(i) for i in range(start, min(start + 10, N_ZAAKTYPEN))))
    return out


async def make_applicaties(zaaktypen: list[ZaakTypeRefs]) -> None:
    from zgw.gateway.bootstrap import ensure_applicatie

    scopes = ["zaken.lezen"]
    secret = "bench-secret"
    await ensure_applicatie("bench-alle", secret, label="bench alle", superuser=True)
    few = [{"component": "zrc", "scopes": scopes, "zaaktype": zt.ref, "max_vertrouwelijkheidaanduiding": "zeer_geheim"}
           for zt in zaaktypen[:3]]
    await ensure_applicatie("bench-enkele", secret, label="bench enkele", superuser=False, autorisaties=few)
    many = [{"component": "zrc", "scopes": scopes, "zaaktype": zt.ref,
             "max_vertrouwelijkheidaanduiding": "zeer_geheim" if i % 2 else "vertrouwelijk"}
            for i, zt in enumerate(zaaktypen[10:70])]
    await ensure_applicatie("bench-vele", secret, label="bench vele", superuser=False, autorisaties=many)


class Templates:
    """One stored dict per document type, made by Beanie; zaken are copies with their own values."""

    def __init__(self, zt: ZaakTypeRefs) -> None:
        from beanie.odm.utils.dump import get_dict

        from zgw.domain.zaken.documents import Resultaat, Rol, Status, Zaak

        now = datetime(2024, 1, 1, tzinfo=UTC)
        zaak = Zaak(bronorganisatie=RSIN, zaaktype=zt.ref, registratiedatum="2024-01-01", identificatie="x",
                    verantwoordelijke_organisatie=RSIN, startdatum="2024-01-01", laatst_gemuteerd=now,
                    vertrouwelijkheidaanduiding="openbaar", omschrijving="Benchmarkzaak", archiefnominatie=None,
                    status=f"{Status.PATH}/x", status_statustype=zt.statustypen[0], rollen=[UUID(int=0)],
                    statussen=[UUID(int=0)])
        self.zaak = get_dict(zaak, to_db=True)
        self.status = get_dict(Status(zaak=zaak.ref, statustype=zt.statustypen[0], datum_status_gezet=now,
                                      created=now), to_db=True)
        self.rol = get_dict(Rol(zaak=zaak.ref, betrokkene_type="natuurlijk_persoon", roltype=zt.roltype,
                                omschrijving="Aanvrager", omschrijving_generiek="initiator", roltoelichting="",
                                registratiedatum=now, betrokkene_identificatie={"inpBsn": "111222333"}),
                            to_db=True)
        self.resultaat = get_dict(Resultaat(zaak=zaak.ref, resultaattype=zt.resultaattype), to_db=True)
        self.paths = {"zaak": Zaak.PATH, "status": Status.PATH, "resultaat": Resultaat.PATH}

    def shape(self) -> str:
        """The stored shape (field names and the type of _id): a dataset of another shape is regenerated."""
        parts = [f"{name}:{type(doc['_id']).__name__}:{','.join(sorted(doc))}"
                 for name, doc in (("zaak", self.zaak), ("status", self.status), ("rol", self.rol),
                                   ("resultaat", self.resultaat))]
        return ";".join(parts)


Batch = dict[str, list[dict[str, Any]]]


def make_batch(t: Templates, zaaktypen: list[ZaakTypeRefs], start: int, end: int,
               rows: list[tuple[str, int, str, str]]) -> Batch:
    rnd = random.Random(start)
    out: Batch = {"zaken": [], "statussen": [], "rollen": [], "resultaten": []}
    day0 = date(2020, 1, 1)
    for i in range(start, end):
        zt = zaaktypen[rnd.randrange(len(zaaktypen))]
        va = LEVELS[rnd.randrange(len(LEVELS))]
        zaak_id, status_id, rol_id = (UUID(int=rnd.getrandbits(128), version=4) for _ in range(3))
        seq = i + 1
        zaak_ref = f"{t.paths['zaak']}/{zaak_id}"
        start_day = day0 + timedelta(days=(i // 700) % 1500)
        moment = datetime(start_day.year, start_day.month, start_day.day, 9, tzinfo=UTC)
        closed = i % 2 == 0
        statustype = zt.statustypen[1 if closed else 0]
        zaak = dict(t.zaak)
        zaak.update(_id=zaak_id, seq=seq, identificatie=f"ZAAK-{start_day.year}-{seq:010}", zaaktype=zt.ref,
                    registratiedatum=start_day.isoformat(), startdatum=start_day.isoformat(),
                    einddatum_gepland=(start_day + timedelta(days=30)).isoformat(),
                    uiterlijke_einddatum_afdoening=(start_day + timedelta(days=30)).isoformat(),
                    laatst_gemuteerd=moment, vertrouwelijkheidaanduiding=va,
                    status=f"{t.paths['status']}/{status_id}", status_statustype=statustype, rollen=[rol_id],
                    statussen=[status_id])
        status = dict(t.status)
        status.update(_id=status_id, zaak=zaak_ref, statustype=statustype, datum_status_gezet=moment, created=moment)
        rol = dict(t.rol)
        rol.update(_id=rol_id, zaak=zaak_ref, roltype=zt.roltype, registratiedatum=moment,
                   betrokkene_identificatie={"inpBsn": f"{100000000 + i % 899999999:09}"})
        if closed:
            resultaat_id = UUID(int=rnd.getrandbits(128), version=4)
            zaak.update(einddatum=(start_day + timedelta(days=10)).isoformat(),
                        resultaat=f"{t.paths['resultaat']}/{resultaat_id}", resultaat_resultaattype=zt.resultaattype,
                        archiefnominatie="vernietigen",
                        archiefactiedatum=(start_day + timedelta(days=10 + 3652)).isoformat())
            resultaat = dict(t.resultaat)
            resultaat.update(_id=resultaat_id, zaak=zaak_ref, resultaattype=zt.resultaattype)
            out["resultaten"].append(resultaat)
        out["zaken"].append(zaak)
        out["statussen"].append(status)
        out["rollen"].append(rol)
        rows.append((str(zaak_id), seq, zt.ref, va))
    return out


async def insert_zaken(n: int, zaaktypen: list[ZaakTypeRefs],
                       log: Callable[[str], None]) -> list[tuple[str, int, str, str]]:
    from zgw.domain.zaken.documents import Resultaat, Rol, Status, Zaak

    collections = {"zaken": Zaak, "statussen": Status, "rollen": Rol, "resultaten": Resultaat}
    templates = Templates(zaaktypen[0])
    rows: list[tuple[str, int, str, str]] = []
    queue: asyncio.Queue[Batch | None] = asyncio.Queue(maxsize=INSERTERS * 2)
    done = 0
    started = time.perf_counter()

    async def inserter() -> None:
        nonlocal done
        while (batch := await queue.get()) is not None:
            for name, docs in batch.items():
                if docs:
                    await collections[name].get_pymongo_collection().insert_many(docs, ordered=False)
            done += len(batch["zaken"])

    workers = [asyncio.create_task(inserter()) for _ in range(INSERTERS)]
    last_report = started
    for start in range(0, n, BATCH):
        await queue.put(make_batch(templates, zaaktypen, start, min(start + BATCH, n), rows))
        if time.perf_counter() - last_report > 10:
            last_report = time.perf_counter()
            rate = done / (last_report - started)
            log(f"  {done:>9,} zaken written, {rate:,.0f} zaken/s (each with status, rol, resultaat for half)")
    for _ in workers:
        await queue.put(None)
    await asyncio.gather(*workers)
    elapsed = time.perf_counter() - started
    log(f"  {n:,} zaken written in {elapsed:.0f}s ({n / max(elapsed, 1e-9):,.0f} zaken/s)")
    return rows


async def ensure_dataset(settings: Settings, n: int, log: Callable[[str], None] = print) -> dict[str, Any]:
    """Generate N zaken unless the database already holds exactly that dataset; returns its meta."""
    from zgw.core.auth import make_token
    from zgw.core.db import init_db
    from zgw.domain.zaken.documents import SUB_RESOURCES, Zaak

    client = await init_db(settings)
    try:
        meta_coll = client[settings.mongodb_db]["bench_meta"]
        meta = await meta_coll.find_one({"_id": "zaken"})
        shape = Templates(ZaakTypeRefs("/z", ("/s1", "/s2"), "/r", "/rt")).shape()
        if meta and meta.get("zaken") == n and meta.get("complete") and meta.get("shape") == shape:
            log(f"dataset of {n:,} zaken present in {settings.mongodb_db}: reused")
            return dict(meta)
        if meta is None:
            log("creating catalogus, 100 published zaaktypen and applicaties ...")
            await _bootstrap_client()
            async with catalogi_api(settings, client) as api:
                h = {"Authorization": f"Bearer {make_token('bench-alle', 'bench-secret')}"}
                zaaktypen = await make_catalogus(api, h)
            await make_applicaties(zaaktypen)
            meta = {"_id": "zaken", "zaaktypen": [z.__dict__ for z in zaaktypen], "zaken": 0, "complete": False}
            await meta_coll.replace_one({"_id": "zaken"}, meta, upsert=True)
        zaaktypen = [ZaakTypeRefs(z["ref"], tuple(z["statustypen"]), z["roltype"], z["resultaattype"])
                     for z in meta["zaaktypen"]]
        log(f"writing {n:,} zaken ...")
        from zgw.core.db import ensure_indexes

        # drop, not delete_many: FerretDB v1 deletes by listing every id in one SQL statement, which
        # fails above SQLite's variable limit ("too many SQL variables") for a large collection
        for doc in [Zaak, *SUB_RESOURCES]:
            await doc.get_pymongo_collection().drop()
        await ensure_indexes([Zaak, *SUB_RESOURCES])
        await meta_coll.update_one({"_id": "zaken"}, {"$set": {"zaken": n, "complete": False, "shape": shape}})
        await insert_zaken(n, zaaktypen, log)
        await meta_coll.update_one({"_id": "zaken"}, {"$set": {"complete": True}})
        meta.update(zaken=n, complete=True)
        return dict(meta)
    finally:
        await client.close()


async def _bootstrap_client() -> None:
    from zgw.gateway.bootstrap import ensure_applicatie

    await ensure_applicatie("bench-alle", "bench-secret", label="bench alle", superuser=True)


def _rows_from_sqlite(sqlite_dir: Path) -> Iterator[tuple[str, dict[str, int]]]:
    """Each zaak's index entries, from rows read straight from FerretDB's SQLite file (set-up only).

    FerretDB needs over 20 minutes (and 15 GB) to stream the projection of 1,000,000 zaken; SQLite
    reads the same rows in seconds. Only the set-up takes this short cut: every measured request
    goes through FerretDB (and `zgw reindex`, which goes through FerretDB, is timed on its own).
    """
    import base64
    import json
    import sqlite3

    from zgw.domain.zaken import indexing

    def table(conn: sqlite3.Connection, name: str) -> str:
        (found,) = conn.execute("SELECT table_name FROM _ferretdb_collections WHERE name = ?", (name,)).fetchone()
        return str(found)

    with sqlite3.connect(f"file:{sqlite_dir / (DB + '.sqlite')}?mode=ro", uri=True) as conn:
        rollen: dict[str, list[dict[str, Any]]] = {}
        for zaak, kind, betrokkene, ident in conn.execute(
                f"SELECT _ferretdb_sjson->>'$.zaak', _ferretdb_sjson->>'$.betrokkene_type', "
                f"_ferretdb_sjson->>'$.betrokkene', _ferretdb_sjson->'$.betrokkene_identificatie' "
                f"FROM \"{table(conn, 'zaken_rollen')}\""):
            identification = json.loads(ident) if ident else None
            rollen.setdefault(zaak, []).append({"betrokkene_type": kind, "betrokkene": betrokkene,
                                                "betrokkene_identificatie": identification})
        fields = ["_id", "seq", "zaaktype", "vertrouwelijkheidaanduiding", "startdatum", "einddatum",
                  "status_statustype", "identificatie"]
        columns = ", ".join(f"_ferretdb_sjson->>'$.{f}'" for f in fields)
        for row in conn.execute(f"SELECT {columns} FROM \"{table(conn, 'zaken_zaken')}\""):
            doc = dict(zip(fields, row, strict=True))
            zaak_id = str(UUID(bytes=base64.b64decode(doc["_id"])))
            yield zaak_id, indexing.entries(doc, rollen.get(f"/zaken/api/v1/zaken/{zaak_id}", []))


async def rebuild_listing(settings: Settings, log: Callable[[str], None] = print,
                          sqlite_dir: Path | None = None) -> float:
    """Make the zaken listing ready (rebuilt when it is not); returns seconds taken. With `sqlite_dir`
    the rows come from FerretDB's SQLite file, otherwise from the database through FerretDB."""
    import redis.asyncio as aioredis

    from zgw.core.db import init_db
    from zgw.domain.zaken import listing

    client = await init_db(settings)
    redis = aioredis.Redis.from_url(settings.redis_url)
    try:
        started = time.perf_counter()
        index = listing.Listing(redis)
        count: int | None = None
        if not await index.ready():
            if sqlite_dir is not None:
                async def stream() -> AsyncIterator[tuple[str, dict[str, int]]]:
                    for row in _rows_from_sqlite(sqlite_dir):
                        yield row

                count = await index.rebuild(stream())
            else:
                count = await listing.ensure_ready(index)
        took = time.perf_counter() - started
        if count is not None:
            source = "FerretDB's SQLite file" if sqlite_dir else "the database"
            log(f"listing rebuilt from {source}: {count:,} zaken in {took:.1f}s")
        return took
    finally:
        await redis.aclose()
        await client.close()


def main(argv: list[str] | None = None) -> int:
    from zgw.gateway.services import local_services

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--zaken", type=int, default=1_000_000)
    parser.add_argument("--data-dir", type=Path, default=None, help="default .data/bench-zaken/<zaken>")
    args = parser.parse_args(argv)
    data_dir = args.data_dir or DATA_DIR / str(args.zaken)
    with local_services(data_dir) as svc:
        settings = bench_settings(svc.mongodb_uri, svc.redis_url)
        asyncio.run(ensure_dataset(settings, args.zaken))
        asyncio.run(rebuild_listing(settings, sqlite_dir=data_dir / "ferretdb" / "sqlite"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
