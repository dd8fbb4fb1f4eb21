"""Benchmark: GET /autorisaties/api/v1/applicaties (authenticated, 100 per page) vs the raw query.

Prints median and p95 for the API (through uvicorn, over HTTP) and for the same query done
directly with PyMongo, in the same run, and their ratio. Run with `make bench`.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

from zgw.core.auth import make_token
from zgw.core.db import init_db
from zgw.core.settings import Settings
from zgw.gateway.services import local_services, serve_api

N_APPLICATIES = int(os.environ.get("BENCH_APPLICATIES", "2000"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "200"))


def _stats(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered) * 1000, ordered[int(len(ordered) * 0.95) - 1] * 1000


async def _seed(settings: Settings) -> None:
    from zgw.domain.autorisaties.documents import Applicatie, Autorisatie
    from zgw.gateway.bootstrap import ensure_applicatie

    client = await init_db(settings)
    try:
        await ensure_applicatie("bench", "bench-secret", label="bench", superuser=True)
        batch = [
            Applicatie(client_ids=[f"app-{i}"], label=f"App {i}", autorisaties=[Autorisatie(
                component="zrc", scopes=["zaken.lezen"], zaaktype=f"/catalogi/api/v1/zaaktypen/{i}",
                max_vertrouwelijkheidaanduiding="openbaar")])
            for i in range(N_APPLICATIES)
        ]
        await Applicatie.insert_many(batch)
    finally:
        await client.close()


async def _raw(settings: Settings) -> list[float]:
    client = await init_db(settings)
    coll = client[settings.mongodb_db]["applicaties"]
    samples = []
    try:
        for _ in range(ROUNDS):
            start = time.perf_counter()
            await coll.count_documents({})
            _ = [d async for d in coll.find({}).sort("_id", 1).skip(100).limit(100)]
            samples.append(time.perf_counter() - start)
    finally:
        await client.close()
    return samples


async def _api(base: str, token: str) -> list[float]:
    samples = []
    async with httpx.AsyncClient(base_url=base, headers={"Authorization": f"Bearer {token}"}) as client:
        for _ in range(ROUNDS):
            start = time.perf_counter()
            r = await client.get("/autorisaties/api/v1/applicaties", params={"page": 2, "pageSize": 100})
            r.raise_for_status()
            samples.append(time.perf_counter() - start)
    return samples


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="zgw-bench-") as tmp, local_services(Path(tmp), persist=False) as svc:
        settings = Settings(mongodb_uri=svc.mongodb_uri, redis_url=svc.redis_url, mongodb_db="zgw_bench")
        asyncio.run(_seed(settings))
        with serve_api(svc, {"MONGODB_DB": "zgw_bench"}) as base:
            raw = asyncio.run(_raw(settings))
            served = asyncio.run(_api(base, make_token("bench", "bench-secret")))
    raw_med, raw_p95 = _stats(raw)
    api_med, api_p95 = _stats(served)
    print(f"applicaties: {N_APPLICATIES}, page 2 of 100, {ROUNDS} rounds, 1 client")
    print(f"raw PyMongo (count + page): median {raw_med:7.2f} ms   p95 {raw_p95:7.2f} ms")
    print(f"API over HTTP             : median {api_med:7.2f} ms   p95 {api_p95:7.2f} ms")
    print(f"ratio API / raw           : median {api_med / raw_med:5.2f}x   p95 {api_p95 / raw_p95:5.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
