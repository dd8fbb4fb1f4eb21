"""Benchmark: the Documenten API's list and its content transfer, each next to the raw PyMongo work in one run.

(a) `GET /documenten/api/v1/enkelvoudiginformatieobjecten?pageSize=100` (Open Zaak's own performance test),
    with `ordering=-auteur` and with `informatieobjecttype=<url>`, at N documents (`--sizes`, default
    100,000), against the raw query of the same page (count_documents + find().sort().limit(100), the
    documents read whole, as the API reads them). The pages are compared.
(b) a 100 MB file (`--file-mb`) with 10,000 other documents with content stored (`--others`): uploaded
    through the API (create with bestandsomvang, the part PUT as multipart, unlock) against PyMongo's
    AsyncGridFSBucket.upload_from_stream on the same store and a plain file copy on local disk; downloaded
    through the API (`/download`, streamed to a file) against AsyncGridFSBucket.download_to_stream of the same
    stored file and the plain file copy. All read from and write to local files.

Prints medians and ratios. Datasets are written straight into the collections (as bench/zaken_data.py does for
zaken) under .data/bench-documenten/ and reused by the next run. Run with `make bench-documenten`.

    python -m bench.documenten [--sizes 100000] [--rounds 5] [--budget 120] [--file-mb 100] [--others 10000]
                               [--skip-transfer] [--without-index]

The list runs with the documenten index rebuilt first (as the worker does after documents were written
straight into the collection); `--without-index` marks it not ready, so the API takes the database query.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import math
import os
import random
import shutil
import statistics
import sys
import threading
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx

from bench.zaken_data import _post, catalogi_api
from zgw.core.auth import make_token
from zgw.core.settings import PROJECT_ROOT, Settings

DATA_DIR = PROJECT_ROOT / ".data" / "bench-documenten"
DB = "zgw_bench_documenten"
CLIENT, SECRET = "bench-alle", "bench-secret"
N_TYPES = 10
BATCH = 2000
PAGE_SIZE = 100
AUTEURS = ["Anna de Vries", "Bert Jansen", "Cees Bakker", "Daan Visser", "Eva Smit", "Fleur Mulder", "Gijs de Boer",
           "Hanna Bos", "Ivo Peters", "Joke Hendriks", "Karel Dekker", "Lotte van Dijk"]
LEVELS = ["openbaar", "beperkt_openbaar", "intern", "zaakvertrouwelijk", "vertrouwelijk", "confidentieel", "geheim"]
EIO = "/documenten/api/v1/enkelvoudiginformatieobjecten"
Log = Callable[[str], None]


def bench_settings(mongodb_uri: str, redis_url: str) -> Settings:
    return Settings(mongodb_uri=mongodb_uri, redis_url=redis_url, mongodb_db=DB, notificaties_api_root="",
                    selectielijst_api_root_url="")


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000 if samples else math.nan


async def _timed(sample: Callable[[], Awaitable[None]], rounds: int, budget: float) -> list[float]:
    """`sample` up to `rounds` times, until `budget` seconds have passed (at least once)."""
    samples: list[float] = []
    deadline = time.monotonic() + budget
    for i in range(rounds):
        if i and time.monotonic() > deadline:
            break
        start = time.perf_counter()
        await sample()
        samples.append(time.perf_counter() - start)
    return samples


# --- data ----------------------------------------------------------------------------------------------


async def _types(settings: Settings, client: Any) -> list[str]:
    """A catalogus with N_TYPES published informatieobjecttypen (through the Catalogi API); their paths."""
    from zgw.gateway.bootstrap import ensure_applicatie

    await ensure_applicatie(CLIENT, SECRET, label="bench alle", superuser=True)
    h = {"Authorization": f"Bearer {make_token(CLIENT, SECRET)}"}
    async with catalogi_api(settings, client) as api:
        catalogus = await _post(api, h, "catalogussen", {"domein": "BDOC", "rsin": "000000000",
                                                           "contactpersoonBeheerNaam": "Bench"})
        paths = []
        for i in range(N_TYPES):
            iot = await _post(api, h, "informatieobjecttypen", {
                "catalogus": catalogus["url"], "omschrijving": f"Documenttype {i}", "beginGeldigheid": "2020-01-01",
                "vertrouwelijkheidaanduiding": "openbaar", "informatieobjectcategorie": "brief"})
            path = "/" + iot["url"].split("://", 1)[1].split("/", 1)[1]
            r = await api.post(f"{path}/publish", headers=h)
            if r.status_code != 200:
                raise RuntimeError(f"publish informatieobjecttype {i}: {r.status_code} {r.text}")
            paths.append(path)
    return paths


async def _insert_documents(n: int, types: list[str], content_size: int, log: Log) -> None:
    """N documents (head + version 1) made by Beanie from one template each; with content_size > 0 every
    document gets its own GridFS file of that size (one chunk), else all share one small file."""
    from beanie.odm.utils.dump import get_dict

    from zgw.domain.documenten import content
    from zgw.domain.documenten.documents import EIOVersie, EnkelvoudigInformatieObject

    moment = datetime(2024, 1, 1, tzinfo=UTC)
    fields: dict[str, Any] = {
        "bronorganisatie": "000000000", "creatiedatum": "2024-01-01", "titel": "x", "auteur": "x", "taal": "nld",
        "vertrouwelijkheidaanduiding": "openbaar", "status": "definitief", "formaat": "application/pdf",
        "bestandsnaam": "document.pdf", "informatieobjecttype": types[0], "begin_registratie": moment}
    head_t = get_dict(EnkelvoudigInformatieObject(registraties=[moment], **fields), to_db=True)
    version_t = get_dict(EIOVersie(id="x:1", eio=UUID(int=0), **fields), to_db=True)
    shared = None if content_size else await content.write_bytes(b"%PDF-1.4 bench", filename="document.pdf",
                                                                 content_type="application/pdf")
    heads, versions = (EnkelvoudigInformatieObject.get_pymongo_collection(), EIOVersie.get_pymongo_collection())
    rnd = random.Random(n)
    started = last = time.perf_counter()
    for start in range(0, n, BATCH):
        head_docs, version_docs, file_docs, chunk_docs = [], [], [], []
        for i in range(start, min(start + BATCH, n)):
            eio_id = UUID(int=rnd.getrandbits(128), version=4)
            day = date(2020, 1, 1) + timedelta(days=i % 1500)
            values = {"identificatie": f"DOCUMENT-{day.year}-{i + 1:010}", "titel": f"Document {i}",
                      "auteur": AUTEURS[rnd.randrange(len(AUTEURS))], "creatiedatum": day.isoformat(),
                      "informatieobjecttype": types[rnd.randrange(len(types))],
                      "vertrouwelijkheidaanduiding": LEVELS[rnd.randrange(len(LEVELS))],
                      "trefwoorden": [f"t{i % 7}", f"t{i % 11}"]}
            if shared is not None:
                values.update(inhoud=shared.id, bestandsomvang=shared.length)
            else:
                file_id = eio_id.hex
                file_docs.append({"_id": file_id, "length": content_size, "chunkSize": content.CHUNK_SIZE,
                                  "uploadDate": moment, "filename": "document.pdf",
                                  "metadata": {"contentType": "application/pdf"}})
                chunk_docs.append({"_id": content.chunk_id(file_id, 0), "files_id": file_id, "n": 0,
                                   "data": rnd.randbytes(content_size)})
                values.update(inhoud=file_id, bestandsomvang=content_size)
            head = {**head_t, **values, "_id": eio_id, "seq": i + 1}
            version = {**version_t, **values, "_id": f"{eio_id}:1", "eio": eio_id}
            head_docs.append(head)
            version_docs.append(version)
        if chunk_docs:
            await content.chunks().insert_many(chunk_docs, ordered=False)
            await content.files().insert_many(file_docs, ordered=False)
        await versions.insert_many(version_docs, ordered=False)
        await heads.insert_many(head_docs, ordered=False)
        if time.perf_counter() - last > 10:
            last = time.perf_counter()
            log(f"  {start + len(head_docs):>9,} documents written")
    log(f"  {n:,} documents written in {time.perf_counter() - started:.0f}s")


async def ensure_dataset(settings: Settings, n: int, content_size: int, log: Log) -> list[str]:
    """N documents unless the database already holds exactly that dataset; the informatieobjecttype paths."""
    from zgw.core.db import ensure_indexes, init_db
    from zgw.domain.documenten import content
    from zgw.domain.documenten.documents import EIOVersie, EnkelvoudigInformatieObject

    client = await init_db(settings)
    try:
        meta_coll = client[settings.mongodb_db]["bench_meta"]
        meta = await meta_coll.find_one({"_id": "documenten"})
        if meta and (meta.get("documenten"), meta.get("content_size"), meta.get("complete")) == (n, content_size,
                                                                                                  True):
            log(f"dataset of {n:,} documents present in {settings.mongodb_db}: reused")
            return list(meta["types"])
        if meta is None:
            log(f"creating a catalogus with {N_TYPES} published informatieobjecttypen ...")
            meta = {"_id": "documenten", "types": await _types(settings, client)}
        meta.update(documenten=n, content_size=content_size, complete=False)
        await meta_coll.replace_one({"_id": "documenten"}, meta, upsert=True)
        log(f"writing {n:,} documents ...")
        # drop, not delete_many: FerretDB v1 lists every id of a delete in one SQL statement
        for collection in (EnkelvoudigInformatieObject.get_pymongo_collection(),
                           EIOVersie.get_pymongo_collection(), content.files(), content.chunks(), content.pending()):
            await collection.drop()
        await ensure_indexes([EnkelvoudigInformatieObject, EIOVersie])
        await _insert_documents(n, meta["types"], content_size, log)
        await meta_coll.update_one({"_id": "documenten"}, {"$set": {"complete": True}})
        return list(meta["types"])
    finally:
        await client.close()


# --- (a) the list ----------------------------------------------------------------------------------------


async def prepare_index(settings: Settings, use_index: bool, log: Log) -> None:
    """The documenten index as the worker leaves it (rebuilt when not ready: the dataset is written straight
    into the collection), or marked not ready so the API takes the database query (`--without-index`)."""
    import redis.asyncio as aioredis

    from zgw.core.db import init_db
    from zgw.domain.documenten import indexing

    mongo = await init_db(settings)
    client = aioredis.Redis.from_url(settings.redis_url)
    try:
        indexing.configure(client)
        index = indexing.get()
        assert index is not None
        if not use_index:
            await index.mark_not_ready()
            log("  documenten index marked not ready: the list is the database query")
            return
        started = time.perf_counter()
        built = await indexing.ensure_ready()
        took = time.perf_counter() - started
        log("  documenten index was ready" if built is None else
            f"  documenten index rebuilt: {built:,} documents in {took:.0f}s")
    finally:
        await client.aclose()
        await mongo.close()


async def run_list(base: str, settings: Settings, types: list[str], rounds: int, budget: float,
                   log: Log) -> list[tuple[str, list[float], list[float]]]:
    from zgw.core.db import init_db
    from zgw.domain.documenten import search
    from zgw.domain.documenten.documents import EnkelvoudigInformatieObject

    mongo = await init_db(settings)
    collection = EnkelvoudigInformatieObject.get_pymongo_collection()
    iot_url = f"{base}{types[0]}"
    cases = [("pageSize=100", {}, {}, search.sort_of(None)),
             ("pageSize=100&ordering=-auteur", {"ordering": "-auteur"}, {}, search.sort_of(["-auteur"])),
             ("pageSize=100&informatieobjecttype=<url>", {"informatieobjecttype": iot_url},
              {"informatieobjecttype": types[0]}, search.sort_of(None))]
    out = []
    headers = {"Authorization": f"Bearer {make_token(CLIENT, SECRET)}"}
    try:
        async with httpx.AsyncClient(base_url=base, headers=headers, timeout=3600) as http:
            for label, params, query, sort in cases:
                params = {"pageSize": PAGE_SIZE, **params}

                async def api(params: dict[str, Any] = params) -> None:
                    r = await http.get(EIO, params=params)
                    r.raise_for_status()

                async def raw(query: dict[str, Any] = query, sort: list[tuple[str, int]] = sort) -> None:
                    await collection.count_documents(query)
                    _ = [d async for d in collection.find(query).sort(sort).limit(PAGE_SIZE)]

                page = (await http.get(EIO, params=params)).json()
                raw_ids = [str(d["_id"]) async for d in collection.find(query, {"_id": 1}).sort(sort).limit(PAGE_SIZE)]
                same = raw_ids == [r["url"].rsplit("/", 1)[1] for r in page["results"]] and \
                    page["count"] == await collection.count_documents(query)
                log(f"  {label}: count {page['count']:,}; API and raw query agree: {same}")
                api_samples = await _timed(api, rounds, budget)
                raw_samples = await _timed(raw, rounds, budget)
                log(f"    API {len(api_samples)} samples, raw {len(raw_samples)}")
                out.append((label, api_samples, raw_samples))
    finally:
        await mongo.close()
    return out


# --- (b) content transfer ----------------------------------------------------------------------------------


def api_pid(base: str) -> int:
    """The pid of the `zgw serve` process listening at `base` (started by serve_api)."""
    port = base.rsplit(":", 1)[1]
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                args = (entry / "cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            if b"serve" in args and b"--port" in args and port.encode() in args:
                return int(entry.name)
    raise RuntimeError(f"no API process for {base}")


def rss(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


class PeakRss:
    """The largest resident set of a process while the block runs (sampled every 20 ms), above its start."""

    def __init__(self, pid: int) -> None:
        self.pid, self.start, self.peak = pid, 0, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, rss(self.pid))
            time.sleep(0.02)

    def __enter__(self) -> PeakRss:
        self.start = self.peak = rss(self.pid)
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def growth_mb(self) -> float:
        return (self.peak - self.start) / 1024 / 1024


def _write_file(path: Path, size: int) -> str:
    digest = hashlib.sha256()
    rnd = random.Random(size)
    with path.open("wb") as f:
        left = size
        while left:
            block = rnd.randbytes(min(left, 1024 * 1024))
            f.write(block)
            digest.update(block)
            left -= len(block)
    return digest.hexdigest()


def _sha(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(1024 * 1024):
            digest.update(block)
    return digest.hexdigest()


async def run_transfer(base: str, settings: Settings, types: list[str], size: int, rounds: int, work: Path,
                       log: Log, api_only: bool = False) -> dict[str, list[float]]:
    from gridfs import AsyncGridFSBucket
    from pymongo.errors import ProtocolError

    from zgw.core.db import init_db
    from zgw.domain.documenten.documents import BUCKET

    mongo = await init_db(settings)
    db = mongo[settings.mongodb_db]
    ours, theirs = AsyncGridFSBucket(db, bucket_name=BUCKET), AsyncGridFSBucket(db, bucket_name="bench")
    source, target = work / "source.bin", work / "target.bin"
    expected = _write_file(source, size)
    times: dict[str, list[float]] = {k: [] for k in ("api_up", "bucket_up", "disk_copy", "api_down", "bucket_down",
                                                     "rss_up", "rss_down", "rss_idle")}
    pid = api_pid(base)
    headers = {"Authorization": f"Bearer {make_token(CLIENT, SECRET)}"}
    body = {"bronorganisatie": "000000000", "creatiedatum": "2024-01-01", "titel": "Groot", "auteur": "Bench",
            "taal": "nld", "informatieobjecttype": f"{base}{types[0]}", "bestandsnaam": "groot.bin",
            "formaat": "application/octet-stream", "bestandsomvang": size}

    def check(what: str) -> None:
        if _sha(target) != expected:
            raise RuntimeError(f"{what}: the copy differs from the source")
        target.unlink()

    try:
        async with httpx.AsyncClient(base_url=base, headers=headers, timeout=3600) as http:
            for round_ in range(rounds):
                # API upload: create (one part: DOCUMENTEN_UPLOAD_CHUNK_SIZE is 4 GB), PUT the part, unlock
                started = time.perf_counter()
                with PeakRss(pid) as up_rss:
                    r = await http.post(EIO, json=body)
                    r.raise_for_status()
                    eio = r.json()
                    [part] = eio["bestandsdelen"]
                    with source.open("rb") as f:
                        r = await http.put(part["url"], data={"lock": part["lock"]},
                                           files={"inhoud": ("groot.bin", f, "application/octet-stream")})
                    r.raise_for_status()
                    (await http.post(f"{eio['url']}/unlock", json={"lock": part["lock"]})).raise_for_status()
                times["api_up"].append(time.perf_counter() - started)
                times["rss_up"].append(up_rss.growth_mb)

                # API download, streamed to a local file
                started = time.perf_counter()
                with PeakRss(pid) as down_rss, target.open("wb") as f:
                    async with http.stream("GET", f"{eio['url']}/download") as r:
                        r.raise_for_status()
                        async for piece in r.aiter_bytes(1024 * 1024):
                            f.write(piece)
                times["api_down"].append(time.perf_counter() - started)
                times["rss_down"].append(down_rss.growth_mb)
                times["rss_idle"].append(down_rss.start / 1024 / 1024)
                check("API download")
                if api_only:
                    (await http.delete(eio["url"])).raise_for_status()
                    log(f"  API up {times['api_up'][-1]:.1f}s (RSS +{up_rss.growth_mb:.1f} MB), down "
                        f"{times['api_down'][-1]:.1f}s (RSS +{down_rss.growth_mb:.1f} MB), idle RSS "
                        f"{down_rss.start / 1024 / 1024:.0f} MB")
                    continue

                # PyMongo's GridFSBucket reading the same stored file
                from zgw.domain.documenten.documents import EnkelvoudigInformatieObject

                stored = await EnkelvoudigInformatieObject.get_pymongo_collection().find_one(
                    {"_id": UUID(eio["url"].rsplit("/", 1)[1])}, {"inhoud": 1})
                started = time.perf_counter()
                try:
                    with target.open("wb") as f:
                        await ours.download_to_stream(stored["inhoud"], f)
                except ProtocolError as e:  # FerretDB v1 answers the chunks query in one reply past 48 MB
                    log(f"  GridFSBucket download failed: {e}")
                    target.unlink()
                else:
                    times["bucket_down"].append(time.perf_counter() - started)
                    check("GridFSBucket download")

                # PyMongo's GridFSBucket writing the same file into a bucket of its own on the same store
                started = time.perf_counter()
                with source.open("rb") as f:
                    file_id = await theirs.upload_from_stream("groot.bin", f)
                times["bucket_up"].append(time.perf_counter() - started)

                started = time.perf_counter()
                shutil.copyfile(source, target)
                with target.open("rb+") as f:
                    os.fsync(f.fileno())
                times["disk_copy"].append(time.perf_counter() - started)
                check("disk copy")

                (await http.delete(eio["url"])).raise_for_status()
                await theirs.delete(file_id)
                down = f"{times['bucket_down'][-1]:.2f}s" if times["bucket_down"] else "failed"
                log(f"  round {round_ + 1}: API up {times['api_up'][-1]:.2f}s down {times['api_down'][-1]:.2f}s; "
                    f"GridFSBucket up {times['bucket_up'][-1]:.2f}s down {down}; "
                    f"disk copy {times['disk_copy'][-1]:.2f}s")
    finally:
        source.unlink(missing_ok=True)
        target.unlink(missing_ok=True)
        await mongo.close()
    return times


# --- output ---------------------------------------------------------------------------------------------


def print_list(size: int, cases: list[tuple[str, list[float], list[float]]]) -> None:
    print(f"\ndocuments: {size:,}   GET {EIO}?<query>   (ms, medians)")
    print(f"{'query':42} | {'API':>9} | {'raw':>9} | {'API/raw':>8}")
    for label, api, raw in cases:
        print(f"{label:42} | {_median_ms(api):9.1f} | {_median_ms(raw):9.1f} | "
              f"{_median_ms(api) / _median_ms(raw):7.3f}x")


def print_transfer(size: int, others: int, times: dict[str, list[float]]) -> None:
    mb = size / 1024 / 1024
    med = {k: statistics.median(v) if v else math.nan for k, v in times.items()}

    def cell(seconds: float) -> str:
        return f"{seconds:6.2f}s {mb / seconds:6.1f}/s" if not math.isnan(seconds) else f"{'failed':>16}"

    print(f"\ncontent: one {mb:.0f} MB file, {others:,} other documents with content stored   (medians, MB/s)")
    print(f"{'':10} | {'API':>16} | {'GridFSBucket':>16} | {'disk copy':>16} | {'API/Bucket':>10} | {'API/disk':>8}")
    for what, api, bucket in (("upload", "api_up", "bucket_up"), ("download", "api_down", "bucket_down")):
        print(f"{what:10} | {cell(med[api])} | {cell(med[bucket])} | {cell(med['disk_copy'])} | "
              f"{med[bucket] / med[api]:9.2f}x | {med['disk_copy'] / med[api]:7.3f}x")
    print("(ratios of throughput: above 1 the API is faster; nan: GridFSBucket failed)")
    print(f"API process RSS: idle {med['rss_idle']:.0f} MB; peak growth upload +{max(times['rss_up']):.1f} MB, "
          f"download +{max(times['rss_down']):.1f} MB")


def main(argv: list[str] | None = None) -> int:
    from zgw.gateway.services import local_services, serve_api

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100000", help="comma-separated numbers of documents for the list")
    parser.add_argument("--rounds", type=int, default=5, help="requests per list case (API and raw each)")
    parser.add_argument("--budget", type=float, default=120, help="seconds per list case and side (at least one)")
    parser.add_argument("--file-mb", type=int, default=100, help="size of the transferred file in MB")
    parser.add_argument("--others", type=int, default=10_000, help="documents with content stored beside it")
    parser.add_argument("--transfer-rounds", type=int, default=3)
    parser.add_argument("--fallback-mb", type=int, default=32,
                        help="when GridFSBucket cannot download the file, measure again at this size")
    parser.add_argument("--big-mb", type=int, default=0,
                        help="also take a document of this size (e.g. 2048) through the API alone: time and RSS")
    parser.add_argument("--skip-list", action="store_true")
    parser.add_argument("--skip-transfer", action="store_true")
    parser.add_argument("--without-index", action="store_true",
                        help="list without the documenten index (marked not ready): the database query")
    args = parser.parse_args(argv)
    env = {"MONGODB_DB": DB, "NOTIFICATIES_API_ROOT": "", "LOG_LEVEL": "warning", "NOTIFICATIONS_DISABLED": "true"}
    log: Log = lambda line: print(line, flush=True)  # noqa: E731
    lists: dict[int, list[tuple[str, list[float], list[float]]]] = {}
    for size in [] if args.skip_list else [int(s) for s in args.sizes.split(",") if s]:
        print(f"== list at {size:,} documents", flush=True)
        with local_services(DATA_DIR / str(size)) as svc:
            settings = bench_settings(svc.mongodb_uri, svc.redis_url)
            types = asyncio.run(ensure_dataset(settings, size, 0, log))
            asyncio.run(prepare_index(settings, not args.without_index, log))
            with serve_api(svc, env, log=DATA_DIR / f"api-{size}.log") as base:
                lists[size] = asyncio.run(run_list(base, settings, types, args.rounds, args.budget, log))
        print_list(size, lists[size])
    if not args.skip_transfer:
        print(f"== transfer of {args.file_mb} MB with {args.others:,} other documents", flush=True)
        work = DATA_DIR / "transfer"
        sizes = [args.file_mb * 1024 * 1024]
        results = []
        with local_services(work) as svc:
            settings = bench_settings(svc.mongodb_uri, svc.redis_url)
            types = asyncio.run(ensure_dataset(settings, args.others, 2048, log))
            with serve_api(svc, env, log=DATA_DIR / "api-transfer.log") as base:
                for size in sizes:
                    times = asyncio.run(run_transfer(base, settings, types, size, args.transfer_rounds, work, log))
                    results.append((size, times))
                    if not times["bucket_down"] and size > args.fallback_mb * 1024 * 1024:
                        log(f"== again with {args.fallback_mb} MB, which GridFSBucket can download here")
                        sizes.append(args.fallback_mb * 1024 * 1024)
            if args.big_mb:
                log(f"== memory: one {args.big_mb:,} MB document through the API only")
                with serve_api(svc, env, log=DATA_DIR / "api-big.log") as base:
                    big = asyncio.run(run_transfer(base, settings, types, args.big_mb * 1024 * 1024, 1, work, log,
                                                   api_only=True))
        for size, cases in lists.items():
            print_list(size, cases)
        for size, times in results:
            print_transfer(size, args.others, times)
        if args.big_mb:
            print(f"\nmemory: {args.big_mb:,} MB through the API: upload {big['api_up'][0]:.0f}s, RSS +"
                  f"{big['rss_up'][0]:.1f} MB; download {big['api_down'][0]:.0f}s, RSS +{big['rss_down'][0]:.1f} MB "
                  f"(idle {big['rss_idle'][0]:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
