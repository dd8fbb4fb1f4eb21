"""Benchmark: Open Zaak's list benchmark, `GET /zaken/api/v1/zaken?pageSize=100&page=34`.

Three callers (heeftAlleAutorisaties; authorised for 3 zaaktypen; for 60), each at 1 and 16
concurrent clients, through `zgw serve` over HTTP; next to it, in the same run, the same query done
directly with PyMongo (count_documents(policy filter) + find(filter).sort(seq desc).skip().limit(100)).
Prints median and p95 per case and the ratio API / raw, for each size, and the ratio of the API's
median at the largest size to the smallest. Run with `make bench-zaken`.

    python -m bench.zaken [--sizes 10000,1000000] [--rounds 40] [--budget 900]

Datasets are generated once (bench/zaken_data.py) under .data/bench-zaken/<size> and reused. The raw
query is a full collection scan on FerretDB (it pushes down only `_id` equality), so its rounds are
limited by time (`--budget` seconds per case, at least one sample).
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import math
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx

from bench.zaken_data import DATA_DIR, DB, bench_settings, ensure_dataset, rebuild_listing
from zgw.core.auth import make_token
from zgw.core.settings import Settings

PAGE, PAGE_SIZE, CONCURRENT = 34, 100, 16
CALLERS = {"bench-alle": "heeftAlleAutorisaties", "bench-enkele": "3 zaaktypen", "bench-vele": "60 zaaktypen"}


@dataclass
class Case:
    caller: str
    clients: int
    page: int
    api: list[float] = field(default_factory=list)
    raw: list[float] = field(default_factory=list)
    raw_note: str = ""


def _stats(samples: list[float]) -> tuple[float, float]:
    if not samples:
        return math.nan, math.nan
    ordered = sorted(samples)
    p95 = ordered[max(math.ceil(len(ordered) * 0.95) - 1, 0)]
    return statistics.median(ordered) * 1000, p95 * 1000


async def _timed(sample: Callable[[], Awaitable[None]], clients: int, rounds: int, budget: float) -> list[float]:
    """`clients` loops each running `sample` up to `rounds` times, until `budget` seconds have passed."""
    samples: list[float] = []
    deadline = time.monotonic() + budget

    async def loop() -> None:
        for i in range(rounds):
            if i and time.monotonic() > deadline:
                return
            start = time.perf_counter()
            await sample()
            samples.append(time.perf_counter() - start)

    await asyncio.gather(*(loop() for _ in range(clients)))
    return samples


async def _policy_filter(client_id: str) -> dict[str, Any] | None:
    from zgw.domain.autorisaties import repository
    from zgw.domain.autorisaties.policy import Policy, principal_from_applicatie
    from zgw.domain.autorisaties.scopes import ZAKEN

    applicatie = await repository.by_client_id(client_id)
    policy = Policy(principal_from_applicatie(client_id, applicatie, {}))
    return policy.query_filter(ZAKEN["zaken.lezen"], "zrc", type_field="zaaktype",
                               va_field="vertrouwelijkheidaanduiding")


async def _caller(http: httpx.AsyncClient, collection: Any, query: dict[str, Any], label: str, rounds: int,
                  budget: float, log: Callable[[str], None], raw: bool = True) -> list[Case]:
    first = await http.get("/zaken/api/v1/zaken", params={"pageSize": PAGE_SIZE, "page": 1})
    first.raise_for_status()
    count = first.json()["count"]
    page = max(1, min(PAGE, math.ceil(count / PAGE_SIZE)))
    params = {"pageSize": PAGE_SIZE, "page": page}
    skip = (page - 1) * PAGE_SIZE

    api_page = await http.get("/zaken/api/v1/zaken", params=params)
    api_page.raise_for_status()
    raw_once = 0.0
    if raw:
        started = time.perf_counter()
        raw_count = await collection.count_documents(query)
        raw_page = [d["_id"] async for d in collection.find(query).sort("seq", -1).skip(skip).limit(PAGE_SIZE)]
        raw_once = time.perf_counter() - started
        same = raw_count == count and [str(i) for i in raw_page] == [r["uuid"] for r in api_page.json()["results"]]
        log(f"  {label}: count {count:,}, page {page}; API and raw query agree: {same}; "
            f"raw query once {raw_once:.2f}s")
    else:
        log(f"  {label}: count {count:,}, page {page}; raw query not run at this size")

    async def api_sample() -> None:
        r = await http.get("/zaken/api/v1/zaken", params=params)
        r.raise_for_status()

    async def raw_sample() -> None:
        await collection.count_documents(query)
        _ = [d async for d in collection.find(query).sort("seq", -1).skip(skip).limit(PAGE_SIZE)]

    cases = []
    for clients in (1, CONCURRENT):
        case = Case(label, clients, page)
        case.api = await _timed(api_sample, clients, rounds if clients == 1 else max(rounds // 4, 2), budget)
        estimate = raw_once * clients / 2  # two cores at best
        if not raw:
            case.raw_note = "(raw: not run; a full scan, slower than at the smallest size)"
        elif clients == 1 and raw_once > budget:
            case.raw = [raw_once]  # one full scan already measured; another would only repeat it
            case.raw_note = "(raw: the one sample above)"
        elif clients > 1 and estimate > budget:
            # Every raw sample is a full scan: 16 at once would take about `estimate` seconds.
            case.raw = [raw_once]
            case.raw_note = f"(raw: 1-client sample; 16 at once est. {estimate:.0f}s)"
        else:
            case.raw = await _timed(raw_sample, clients, rounds, budget)
        cases.append(case)
        log(f"    {clients:>2} client(s): API {len(case.api)} samples, raw {len(case.raw)}")
    return cases


async def run_size(base: str, settings: Settings, rounds: int, budget: float, log: Callable[[str], None],
                   raw: bool = True) -> list[Case]:
    from zgw.core.db import init_db
    from zgw.domain.zaken.documents import Zaak

    mongo = await init_db(settings)
    cases: list[Case] = []
    try:
        for client_id, label in CALLERS.items():
            query = await _policy_filter(client_id) or {}
            headers = {"Authorization": f"Bearer {make_token(client_id, 'bench-secret')}", "Accept-Crs": "EPSG:4326"}
            async with httpx.AsyncClient(base_url=base, headers=headers, timeout=3600,
                                         limits=httpx.Limits(max_connections=CONCURRENT)) as http:
                cases += await _caller(http, Zaak.get_pymongo_collection(), query, label, rounds, budget, log,
                                       raw=raw)
    finally:
        await mongo.close()
    return cases


async def probe(settings: Settings, rounds: int, log: Callable[[str], None]) -> None:
    """The API's parts measured in-process: listing count + page (Redis), and reading the page's 100
    zaken by `_id` concurrently, as stored and from a copy whose `_id` is a string (FerretDB's
    SQLite backend pushes `_id` equality down only for strings and ObjectIds)."""
    import redis.asyncio as aioredis

    from zgw.core.db import init_db
    from zgw.domain.autorisaties import repository
    from zgw.domain.autorisaties.policy import Policy, principal_from_applicatie
    from zgw.domain.autorisaties.scopes import ZAKEN
    from zgw.domain.zaken import listing
    from zgw.domain.zaken.documents import Zaak

    mongo = await init_db(settings)
    redis = aioredis.Redis.from_url(settings.redis_url)
    try:
        index = listing.Listing(redis)
        collection = Zaak.get_pymongo_collection()
        copy = mongo[settings.mongodb_db]["bench_zaken_str_id"]
        if await copy.find_one({}, {"_id": 1}) is None:
            batch = []
            async for doc in collection.find({}):
                doc["_id"] = str(doc["_id"])
                batch.append(doc)
                if len(batch) == 2000:
                    await copy.insert_many(batch)
                    batch = []
            if batch:
                await copy.insert_many(batch)
        for client_id, label in CALLERS.items():
            applicatie = await repository.by_client_id(client_id)
            visible = listing.visible_from_policy(Policy(principal_from_applicatie(client_id, applicatie, {})),
                                                  ZAKEN["zaken.lezen"])
            count = await index.count(visible)
            page = max(1, min(PAGE, math.ceil(count / PAGE_SIZE)))
            ids: list[str] = []

            async def redis_part(visible: listing.Visible = visible, page: int = page) -> None:
                nonlocal ids
                await index.count(visible)
                ids = await index.page(visible, (page - 1) * PAGE_SIZE, PAGE_SIZE)

            redis_samples = await _timed(redis_part, 1, rounds, 30)
            page_ids = list(ids)
            uuid_ids = [UUID(i) for i in page_ids]
            uuid_samples = await _timed(functools.partial(_by_id, collection, uuid_ids), 1, 1, 0)
            str_samples = await _timed(functools.partial(_by_id, copy, page_ids), 1, rounds, 30)
            log(f"  {label:22} count {count:>9,} page {page:>2}: listing count+page median "
                f"{_stats(redis_samples)[0]:7.2f} ms; 100 zaken by _id (concurrent): UUID _id "
                f"{_stats(uuid_samples)[0]:9.1f} ms, string _id median {_stats(str_samples)[0]:7.1f} ms")
    finally:
        await redis.aclose()
        await mongo.close()


async def _by_id(collection: Any, ids: list[Any]) -> None:
    found = await asyncio.gather(*(collection.find_one({"_id": i}) for i in ids))
    assert all(found)


def print_table(size: int, cases: list[Case]) -> None:
    print(f"\nzaken: {size:,}   GET /zaken/api/v1/zaken?pageSize={PAGE_SIZE}&page=<page>   (ms)")
    print(f"{'caller':24} {'page':>4} {'clients':>7} | {'API median':>10} {'p95':>9} | "
          f"{'raw median':>10} {'p95':>9} | {'API/raw median':>14}")
    for c in cases:
        api_med, api_p95 = _stats(c.api)
        if not c.raw:
            print(f"{c.caller:24} {c.page:>4} {c.clients:>7} | {api_med:10.1f} {api_p95:9.1f} | "
                  f"{'-':>10} {'-':>9} | {'-':>14}  {c.raw_note}")
            continue
        raw_med, raw_p95 = _stats(c.raw)
        print(f"{c.caller:24} {c.page:>4} {c.clients:>7} | {api_med:10.1f} {api_p95:9.1f} | "
              f"{raw_med:10.1f} {raw_p95:9.1f} | {api_med / raw_med:13.3f}x  {c.raw_note}")


def main(argv: list[str] | None = None) -> int:
    from zgw.gateway.services import local_services, serve_api

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,1000000", help="comma-separated numbers of zaken")
    parser.add_argument("--rounds", type=int, default=40, help="API requests per case and client (1 client)")
    parser.add_argument("--budget", type=float, default=300, help="seconds per measured case (at least one sample)")
    parser.add_argument("--raw-up-to", type=int, default=100_000,
                        help="measure the raw query only up to this many zaken (above: a full scan of minutes; "
                             "the smallest size's raw median is a lower bound for it)")
    parser.add_argument("--probe", action="store_true", help="measure the API's parts in-process instead")
    parser.add_argument("--ferretdb", type=Path, help="another FerretDB binary (e.g. one with a patched _id query)")
    args = parser.parse_args(argv)
    if args.ferretdb:
        from zgw.gateway import services

        services.FERRETDB_BIN = args.ferretdb
    sizes = [int(s) for s in args.sizes.split(",") if s]
    results: dict[int, list[Case]] = {}
    for size in sizes:
        print(f"== {size:,} zaken", flush=True)
        with local_services(DATA_DIR / str(size)) as svc:
            settings = bench_settings(svc.mongodb_uri, svc.redis_url)
            asyncio.run(ensure_dataset(settings, size))
            asyncio.run(rebuild_listing(settings, sqlite_dir=DATA_DIR / str(size) / "ferretdb" / "sqlite"))
            if args.probe:
                asyncio.run(probe(settings, args.rounds, lambda line: print(line, flush=True)))
                continue
            env = {"MONGODB_DB": DB, "NOTIFICATIES_API_ROOT": "", "LOG_LEVEL": "warning"}
            with serve_api(svc, env, log=DATA_DIR / f"api-{size}.log") as base:
                results[size] = asyncio.run(run_size(base, settings, args.rounds, args.budget,
                                                     lambda line: print(line, flush=True),
                                                     raw=size <= args.raw_up_to))
        print_table(size, results[size])
    if len(sizes) > 1 and not args.probe:
        small, large = min(sizes), max(sizes)
        print(f"\nAPI median at {large:,} / at {small:,} zaken (target <= 1.5x)")
        for a, b in zip(results[small], results[large], strict=True):
            ratio = _stats(b.api)[0] / _stats(a.api)[0]
            bound = ""
            if not b.raw and a.raw:  # the raw query is a full scan: at the larger size it is slower still
                upper = _stats(b.api)[0] / _stats(a.raw)[0]
                bound = f"   API at {large:,} / raw at {small:,}: {upper:.3f}x (upper bound of API/raw)"
            print(f"{a.caller:24} {a.clients:>2} client(s): {ratio:6.2f}x{bound}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
