"""Benchmark: `zakenStatistiek` grouped by zaaktype x STARTMAAND at 100,000 and 1,000,000 zaken, next to the
raw aggregation pipeline with PyMongo on the same data (issue 9, benchmark b).

Per size, through `zgw serve` over HTTP (one GraphQL POST per sample, 1 client), for three callers
(heeftAlleAutorisaties; 3 zaaktypen; 60 zaaktypen with two levels): the first request (the API process
attaches the snapshot) and the median / p95 of the next ones. Then the same grouping as one aggregation
pipeline through FerretDB (`$group` by zaaktype and startdatum — FerretDB v1 has no `$substr` or date
operators, so the months are summed in Python from its groups, and lead times cannot be computed there at
all: the pipeline does less than the statistiek), once, with a timeout; its counts are checked against the
statistiek's. Prints the ratio pipeline / statistiek (target: statistiek < 1 s at 1,000,000, never slower).

    python -m bench.zaken_statistiek [--sizes 100000,1000000] [--rounds 15] [--pipeline-timeout 900]
                                     [--rebuild-through-ferretdb 100000]

Datasets come from bench/zaken_data.py (.data/bench-zaken/<size>). The analytics copy is written from
FerretDB's SQLite file for the set-up (as the zaken index is); `--rebuild-through-ferretdb N` also times
`zgw analytics rebuild`'s path (streamed through FerretDB) at sizes up to N.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import math
import os
import sqlite3
import statistics
import sys
import time
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx

from bench.zaken_data import DATA_DIR, DB, bench_settings
from zgw.core.auth import make_token

CALLERS = {"bench-alle": "heeftAlleAutorisaties", "bench-enkele": "3 zaaktypen", "bench-vele": "60 zaaktypen"}
QUERY = """{ zakenStatistiek(groupBy: [ZAAKTYPE, STARTMAAND]) {
  zaaktype { url identificatie } startmaand count overUiterlijkeEinddatum
  doorlooptijdDagen { aantal gemiddelde mediaan p90 max } } }"""
COLUMNS = ("_id", "seq", "identificatie", "bronorganisatie", "omschrijving", "zaaktype", "vertrouwelijkheidaanduiding",
           "registratiedatum", "startdatum", "einddatum", "einddatum_gepland", "uiterlijke_einddatum_afdoening",
           "publicatiedatum", "archiefactiedatum", "archiefnominatie", "archiefstatus", "status_statustype",
           "resultaat_resultaattype")


def _stats(samples: list[float]) -> tuple[float, float]:
    if not samples:
        return math.nan, math.nan
    ordered = sorted(samples)
    return statistics.median(ordered) * 1000, ordered[max(math.ceil(len(ordered) * 0.95) - 1, 0)] * 1000


def _busy(data_dir: Path) -> bool:
    """Whether another process serves this dataset (two FerretDBs on one SQLite file must not run)."""
    needle = str(data_dir / "ferretdb").encode()
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                if needle in (proc / "cmdline").read_bytes():
                    return True
            except OSError:
                continue
    return False


async def dataset_present(settings: Any, size: int) -> bool:
    """Whether the dataset of bench/zaken_data.py is there (used as it is: never regenerated here)."""
    from pymongo import AsyncMongoClient

    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(settings.mongodb_uri)
    try:
        meta = await client[settings.mongodb_db]["bench_meta"].find_one({"_id": "zaken"})
        return bool(meta and meta.get("zaken") == size and meta.get("complete"))
    finally:
        await client.close()


def sqlite_docs(sqlite_dir: Path) -> Iterator[dict[str, Any]]:
    """The zaken's analytics fields, read straight from FerretDB's SQLite file (set-up only)."""
    with sqlite3.connect(f"file:{sqlite_dir / (DB + '.sqlite')}?mode=ro", uri=True) as conn:
        (table,) = conn.execute("SELECT table_name FROM _ferretdb_collections WHERE name = 'zaken_zaken'").fetchone()
        columns = ", ".join(f"_ferretdb_sjson->>'$.{c}'" for c in COLUMNS)
        for row in conn.execute(f'SELECT {columns} FROM "{table}"'):
            doc = dict(zip(COLUMNS, row, strict=True))
            doc["_id"] = UUID(bytes=base64.b64decode(doc["_id"]))
            yield doc


async def _aiter(rows: Iterator[dict[str, Any]]) -> AsyncIterator[dict[str, Any]]:
    for n, row in enumerate(rows):
        yield row
        if n % 5000 == 0:
            await asyncio.sleep(0)


async def build_copy(settings: Any, directory: Path, sqlite_dir: Path | None, log: Any) -> float:
    """Write and publish the analytics copy (from the SQLite file, or through FerretDB); returns seconds."""
    import redis.asyncio as aioredis

    from zgw.core.db import init_db
    from zgw.domain import analytics
    from zgw.domain.analytics import store

    client = await init_db(settings)
    redis = aioredis.Redis.from_url(settings.redis_url)
    analytics.configure(redis, directory)
    try:
        started = time.perf_counter()
        source = _aiter(sqlite_docs(sqlite_dir)) if sqlite_dir is not None else None
        snapshot = await store.rebuild(source=source)
        took = time.perf_counter() - started
        size = snapshot.path().stat().st_size / 1e6
        how = "FerretDB's SQLite file (set-up)" if sqlite_dir else "FerretDB (zgw analytics rebuild's path)"
        log(f"  copy written from {how}: {snapshot.count:,} zaken in {took:.1f}s, {size:.0f} MB")
        return took
    finally:
        await redis.aclose()
        await client.close()


async def measure(base: str, rounds: int, log: Any) -> tuple[dict[str, Counter[tuple[str, str]]], dict[str, float]]:
    """Time zakenStatistiek per caller; returns each caller's counts per (zaaktype ref, month) and median (s)."""
    out: dict[str, Counter[tuple[str, str]]] = {}
    medians: dict[str, float] = {}
    async with httpx.AsyncClient(base_url=base, timeout=600) as client:
        for client_id, label in CALLERS.items():
            headers = {"Authorization": f"Bearer {make_token(client_id, 'bench-secret')}"}
            samples: list[float] = []
            first = 0.0
            body: dict[str, Any] = {}
            for i in range(rounds + 1):
                started = time.perf_counter()
                r = await client.post("/graphql", json={"query": QUERY}, headers=headers)
                took = time.perf_counter() - started
                body = r.json()
                assert r.status_code == 200 and not body.get("errors"), r.text[:500]
                if i == 0:
                    first = took
                else:
                    samples.append(took)
            median, p95 = _stats(samples)
            medians[client_id] = median / 1000
            groups = body["data"]["zakenStatistiek"]
            total = sum(g["count"] for g in groups)
            log(f"  zakenStatistiek ZAAKTYPE x STARTMAAND, {label:22} {len(groups):>6,} groups, {total:>9,} zaken: "
                f"first {first * 1000:7.1f} ms, median {median:7.1f} ms, p95 {p95:7.1f} ms")
            out[client_id] = Counter({(g["zaaktype"]["url"].split("/catalogi/api/v1")[-1], g["startmaand"]): g["count"]
                                      for g in groups})
    return out, medians


async def pipeline(settings: Any, limit: float) -> tuple[float | None, Counter[tuple[str, str]]]:
    """The raw aggregation pipeline (superuser: no filter); seconds, or None when it ran out of time."""
    from pymongo import AsyncMongoClient

    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(settings.mongodb_uri)
    collection = client[settings.mongodb_db]["zaken_zaken"]
    counts: Counter[tuple[str, str]] = Counter()
    try:
        started = time.perf_counter()

        async def run() -> None:
            cursor = await collection.aggregate([
                {"$group": {"_id": {"zaaktype": "$zaaktype", "startdatum": "$startdatum"}, "n": {"$sum": 1}}}],
                allowDiskUse=True)
            async for doc in cursor:
                counts[(doc["_id"]["zaaktype"], str(doc["_id"]["startdatum"])[:7])] += int(doc["n"])

        try:
            await asyncio.wait_for(run(), limit)
        except TimeoutError:
            return None, counts
        return time.perf_counter() - started, counts
    finally:
        await client.close()


def main(argv: list[str] | None = None) -> int:
    from zgw.gateway.services import local_services, serve_api

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100000,1000000", help="comma-separated numbers of zaken")
    parser.add_argument("--rounds", type=int, default=15, help="timed requests per caller (after the first)")
    parser.add_argument("--pipeline-timeout", type=float, default=900.0, help="seconds for the raw pipeline")
    parser.add_argument("--rebuild-through-ferretdb", type=int, default=100_000,
                        help="also time the rebuild through FerretDB at sizes up to this (0: never)")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    results: dict[int, tuple[float, float | None]] = {}

    def log(line: str) -> None:
        print(line, flush=True)

    for size in sizes:
        log(f"== {size:,} zaken")
        data_dir = DATA_DIR / str(size)
        while _busy(data_dir):
            log("  another process serves this dataset; waiting ...")
            time.sleep(30)
        sqlite_dir = data_dir / "ferretdb" / "sqlite"
        copy_dir = data_dir / "analytics"
        with local_services(data_dir) as svc:
            settings = bench_settings(svc.mongodb_uri, svc.redis_url)
            if not asyncio.run(dataset_present(settings, size)):
                log(f"  no complete dataset of {size:,} zaken: run `python -m bench.zaken_data --zaken {size}` first")
                continue
            if size <= args.rebuild_through_ferretdb:
                asyncio.run(build_copy(settings, copy_dir, None, log))
            asyncio.run(build_copy(settings, copy_dir, sqlite_dir, log))
            env = {"MONGODB_DB": DB, "NOTIFICATIES_API_ROOT": "", "ANALYTICS_DIR": str(copy_dir)}
            with serve_api(svc, env, log=DATA_DIR / f"api-statistiek-{size}.log") as base:
                counts, medians = asyncio.run(measure(base, args.rounds, log))
            started = time.perf_counter()
            raw, raw_counts = asyncio.run(pipeline(settings, args.pipeline_timeout))
            statistiek = medians["bench-alle"]
            if raw is None:
                log(f"  raw pipeline ($group by zaaktype, startdatum; months summed in Python): did not finish within "
                    f"{args.pipeline_timeout:.0f}s ({time.perf_counter() - started:.0f}s): more than "
                    f"{args.pipeline_timeout / statistiek:,.0f}x the statistiek's median")
            else:
                same = "equal" if raw_counts == counts["bench-alle"] else "DIFFERENT"
                log(f"  raw pipeline ($group by zaaktype, startdatum; months summed in Python): {raw:.1f}s, counts "
                    f"{same} to the statistiek's; pipeline / statistiek (heeftAlleAutorisaties): "
                    f"{raw / statistiek:,.0f}x")
            results[size] = (statistiek, raw)
    if len(results) > 1:
        small, large = min(results), max(results)
        log(f"\nstatistiek median at {large:,} / at {small:,} zaken: "
            f"{results[large][0] * 1000:.1f} ms / {results[small][0] * 1000:.1f} ms = "
            f"{results[large][0] / results[small][0]:.2f}x (target: under 1 s at 1,000,000)")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("LOG_LEVEL", "warning")
    sys.exit(main())
