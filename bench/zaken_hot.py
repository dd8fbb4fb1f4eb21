"""Benchmark: the hot zaken queries and the single-zaak paths at 100,000 and 1,000,000 zaken (issue #15).

Per size, through `zgw serve` over HTTP at 1 client: retrieve with `expand=zaaktype,status,resultaat,rollen`,
`POST /statussen` on an existing zaak, and each hot query (zaken of a betrokkene, a zaak by its
number, work queues, the list by startdatum, the rollen of a betrokkene). Each is printed with its
median and p95 and as a ratio to a plain `GET /zaken/{uuid}` measured in the same run (the floor of
one request), and at the end the ratio of the 1,000,000 median to the 100,000 median (target <= 1.5x).

Throughput of the unfiltered page (Open Zaak's benchmark: pageSize=100&page=34, heeftAlleAutorisaties)
at 16 clients, for today's code and for the code before this work (`--baseline`, a git revision,
served from a worktree against the same services and data): pages per second and their ratio.

    python -m bench.zaken_hot [--sizes 100000,1000000] [--rounds 40] [--baseline 4952de4]

Datasets come from bench/zaken_data.py (.data/bench-zaken/<size>), the index is built from FerretDB's
SQLite file for the set-up; every measured request goes through FerretDB.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import json
import math
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx

from bench.zaken_data import DATA_DIR, DB, bench_settings, ensure_dataset, rebuild_listing
from zgw.core.auth import make_token
from zgw.core.settings import PROJECT_ROOT

BASELINE = "4952de4"  # the last commit before the hot queries became key lookups
ROOT = "/zaken/api/v1"
CATALOGI = "/catalogi/api/v1"


def _stats(samples: list[float]) -> tuple[float, float]:
    if not samples:
        return math.nan, math.nan
    ordered = sorted(samples)
    return statistics.median(ordered) * 1000, ordered[max(math.ceil(len(ordered) * 0.95) - 1, 0)] * 1000


def sample_zaken(sqlite_dir: Path, n: int, seed: int = 15) -> list[dict[str, Any]]:
    """n random zaken with what the requests need (id, zaaktype, identificatie, BSN), from the SQLite file."""
    with sqlite3.connect(f"file:{sqlite_dir / (DB + '.sqlite')}?mode=ro", uri=True) as conn:
        def table(name: str) -> str:
            (found,) = conn.execute("SELECT table_name FROM _ferretdb_collections WHERE name = ?", (name,)).fetchone()
            return str(found)

        zaken_table, rollen_table = table("zaken_zaken"), table("zaken_rollen")
        (total,) = conn.execute(f'SELECT count(*) FROM "{zaken_table}"').fetchone()
        rnd = random.Random(seed)
        picks = sorted(rnd.sample(range(total), min(n, total)))
        out = []
        for offset in picks:
            zid, zaaktype, ident, bron, einddatum = conn.execute(
                f"SELECT _ferretdb_sjson->>'$._id', _ferretdb_sjson->>'$.zaaktype', "
                f"_ferretdb_sjson->>'$.identificatie', _ferretdb_sjson->>'$.bronorganisatie', "
                f"_ferretdb_sjson->>'$.einddatum' FROM \"{zaken_table}\" LIMIT 1 OFFSET ?", (offset,)).fetchone()
            out.append({"uuid": str(UUID(bytes=base64.b64decode(zid))), "zaaktype": zaaktype, "identificatie": ident,
                        "bronorganisatie": bron, "open": einddatum is None})
        refs = {f"{ROOT}/zaken/{z['uuid']}": z for z in out}
        for zaak, ident in conn.execute(f"SELECT _ferretdb_sjson->>'$.zaak', "
                                        f"_ferretdb_sjson->'$.betrokkene_identificatie' FROM \"{rollen_table}\""):
            if zaak in refs and ident:
                refs[zaak]["bsn"] = json.loads(ident).get("inpBsn")
    return out


async def _timed(sample: Callable[[int], Awaitable[None]], clients: int, rounds: int) -> list[float]:
    samples: list[float] = []
    counter = iter(range(10**9))

    async def loop() -> None:
        for _ in range(rounds):
            i = next(counter)
            start = time.perf_counter()
            await sample(i)
            samples.append(time.perf_counter() - start)

    await asyncio.gather(*(loop() for _ in range(clients)))
    return samples


async def measure(base: str, meta: dict[str, Any], zaken: list[dict[str, Any]], rounds: int,
                  log: Callable[[str], None]) -> dict[str, list[float]]:
    """Every single-zaak path and hot query at 1 client; returns samples by label."""
    headers = {"Authorization": f"Bearer {make_token('bench-alle', 'bench-secret')}", "Accept-Crs": "EPSG:4326",
               "Content-Crs": "EPSG:4326"}
    zaaktypen = {z["ref"]: z for z in meta["zaaktypen"]}
    first_zt = meta["zaaktypen"][0]
    results: dict[str, list[float]] = {}
    async with httpx.AsyncClient(base_url=base, headers=headers, timeout=600) as http:

        async def get(path: str, params: dict[str, Any] | None = None, expect_rows: bool = False) -> None:
            r = await http.get(path, params=params)
            r.raise_for_status()
            if expect_rows and not r.json()["results"]:
                raise AssertionError(f"{path} {params}: no rows")

        def pick(i: int) -> dict[str, Any]:
            return zaken[i % len(zaken)]

        moment = datetime.now(UTC) - timedelta(days=30)

        async def post_status(i: int) -> None:
            zaak = pick(i + 7)
            statustype = zaaktypen[zaak["zaaktype"]]["statustypen"][0]
            r = await http.post(f"{ROOT}/statussen", json={
                "zaak": f"{base}{ROOT}/zaken/{zaak['uuid']}", "statustype": f"{base}{statustype}",
                "datumStatusGezet": (moment + timedelta(seconds=i)).isoformat()})
            if r.status_code != 201:
                raise AssertionError(r.text)

        cases: dict[str, Callable[[int], Awaitable[None]]] = {
            "GET /zaken/{uuid} (reference)": lambda i: get(f"{ROOT}/zaken/{pick(i)['uuid']}"),
            "GET /zaken/{uuid}?expand=zaaktype,status,resultaat,rollen": lambda i: get(
                f"{ROOT}/zaken/{pick(i)['uuid']}", {"expand": "zaaktype,status,resultaat,rollen"}),
            "POST /statussen": post_status,
            "zaken?rol__…__inpBsn": lambda i: get(f"{ROOT}/zaken", {
                "rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": pick(i)["bsn"]}, True),
            "zaken?rol__…__inpBsn&rol__omschrijvingGeneriek&ordering=-startdatum": lambda i: get(f"{ROOT}/zaken", {
                "rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": pick(i)["bsn"],
                "rol__omschrijvingGeneriek": "initiator", "ordering": "-startdatum"}, True),
            "rollen?betrokkeneIdentificatie__…__inpBsn": lambda i: get(f"{ROOT}/rollen", {
                "betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": pick(i)["bsn"]}, True),
            "zaken?identificatie": lambda i: get(f"{ROOT}/zaken", {"identificatie": pick(i)["identificatie"]}, True),
            "zaken?identificatie&bronorganisatie": lambda i: get(f"{ROOT}/zaken", {
                "identificatie": pick(i)["identificatie"], "bronorganisatie": pick(i)["bronorganisatie"]}, True),
            "zaken?zaaktype&einddatum__isnull=true&ordering=-startdatum": lambda i: get(f"{ROOT}/zaken", {
                "zaaktype": f"{base}{pick(i)['zaaktype']}", "einddatum__isnull": "true", "ordering": "-startdatum"},
                True),
            "zaken?status__statustype&ordering=startdatum": lambda i: get(f"{ROOT}/zaken", {
                "status__statustype": f"{base}{zaaktypen[pick(i)['zaaktype']]['statustypen'][0]}",
                "ordering": "startdatum"}, True),
            "zaken?ordering=-startdatum&pageSize=100&page=34": lambda i: get(f"{ROOT}/zaken", {
                "ordering": "-startdatum", "pageSize": 100, "page": 34}, True),
            "zaken?ordering=startdatum&zaaktype": lambda i: get(f"{ROOT}/zaken", {
                "ordering": "startdatum", "zaaktype": f"{base}{first_zt['ref']}"}, True),
        }
        for label, sample in cases.items():
            await sample(10**5 + 1)  # warm: catalogue caches, connections (another zaak and moment)
            results[label] = await _timed(sample, 1, rounds)
            median, p95 = _stats(results[label])
            log(f"  {label:70} median {median:8.1f} ms  p95 {p95:8.1f} ms")
    return results


async def throughput(base: str, seconds: float, clients: int = 16) -> float:
    """Pages per second of Open Zaak's benchmark page at `clients` concurrent clients."""
    headers = {"Authorization": f"Bearer {make_token('bench-alle', 'bench-secret')}", "Accept-Crs": "EPSG:4326"}
    params = {"pageSize": 100, "page": 34}
    async with httpx.AsyncClient(base_url=base, headers=headers, timeout=600,
                                 limits=httpx.Limits(max_connections=clients)) as http:
        (await http.get(f"{ROOT}/zaken", params=params)).raise_for_status()
        done = 0
        deadline = time.monotonic() + seconds

        async def loop() -> None:
            nonlocal done
            while time.monotonic() < deadline:
                r = await http.get(f"{ROOT}/zaken", params=params)
                r.raise_for_status()
                done += 1

        started = time.monotonic()
        await asyncio.gather(*(loop() for _ in range(clients)))
        return done / (time.monotonic() - started)


@contextlib.contextmanager
def baseline_tree(revision: str) -> Iterator[Path]:
    """A worktree of `revision` (kept under .data/ for the next run)."""
    path = PROJECT_ROOT / ".data" / "bench-baseline" / revision
    if not (path / "zgw").exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["git", "worktree", "add", "--detach", "--force", str(path), revision], cwd=PROJECT_ROOT,
                       check=True, capture_output=True)
    yield path


def main(argv: list[str] | None = None) -> int:
    from zgw.gateway.services import local_services, serve_api

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100000,1000000", help="comma-separated numbers of zaken")
    parser.add_argument("--rounds", type=int, default=40, help="requests per case (1 client)")
    parser.add_argument("--baseline", default=BASELINE, help="git revision of the code to compare throughput with")
    parser.add_argument("--throughput-seconds", type=float, default=30.0)
    parser.add_argument("--no-throughput", action="store_true")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    medians: dict[int, dict[str, float]] = {}
    rates: dict[int, tuple[float, float]] = {}

    def log(line: str) -> None:
        print(line, flush=True)

    for size in sizes:
        log(f"== {size:,} zaken")
        data_dir = DATA_DIR / str(size)
        sqlite_dir = data_dir / "ferretdb" / "sqlite"
        with local_services(data_dir) as svc:
            settings = bench_settings(svc.mongodb_uri, svc.redis_url)
            meta = asyncio.run(ensure_dataset(settings, size))
            asyncio.run(rebuild_listing(settings, sqlite_dir=sqlite_dir))
            zaken = [z for z in sample_zaken(sqlite_dir, max(args.rounds * 2, 200)) if z.get("bsn")]
            env = {"MONGODB_DB": DB, "NOTIFICATIES_API_ROOT": ""}
            with serve_api(svc, env, log=DATA_DIR / f"api-hot-{size}.log") as base:
                samples = asyncio.run(measure(base, meta, zaken, args.rounds, log))
                medians[size] = {label: _stats(s)[0] for label, s in samples.items()}
                reference = medians[size]["GET /zaken/{uuid} (reference)"]
                log(f"  ratios to the plain GET /zaken/{{uuid}} ({reference:.1f} ms):")
                for label, median in medians[size].items():
                    log(f"    {label:70} {median / reference:6.2f}x")
                if not args.no_throughput:
                    now = asyncio.run(throughput(base, args.throughput_seconds))
            if not args.no_throughput:
                with baseline_tree(args.baseline) as tree:
                    env_base = {**env, "PYTHONPATH": str(tree)}
                    with serve_api(svc, env_base, log=DATA_DIR / f"api-baseline-{size}.log", cwd=tree) as base:
                        before = asyncio.run(throughput(base, args.throughput_seconds))
                rates[size] = (before, now)
                log(f"  16 clients, pageSize=100&page=34: {now:.2f} pages/s now, {before:.2f} pages/s at "
                    f"{args.baseline}: {now / before:.2f}x (target >= 3x)")
    if len(sizes) > 1:
        small, large = min(sizes), max(sizes)
        log(f"\nmedian at {large:,} / median at {small:,} zaken (target <= 1.5x; <= 50 ms at both sizes)")
        for label in medians[small]:
            a, b = medians[small][label], medians[large][label]
            log(f"  {label:70} {a:8.1f} ms  {b:8.1f} ms  {b / a:6.2f}x")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("LOG_LEVEL", "warning")
    sys.exit(main())
