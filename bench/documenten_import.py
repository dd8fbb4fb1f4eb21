"""The document import against creating the same documents one by one through the API.

A real API process (`zgw serve`) and a real Celery worker on FerretDB and Redis started for the run. The
import: `POST /import/create`, the metadata CSV uploaded, the worker imports it (IMPORT_DOCUMENTEN_BATCH_SIZE
rows per batch, each row's small file streamed into GridFS); timed from the upload until the status says
finished. The API path: `POST /enkelvoudiginformatieobjecten` with the same metadata and the file as base64,
one after another (a sample of `--api-rows` rows: at its pace the whole set would take hours).
Rows/s of both and their ratio, in one run: `make bench-import` (BENCH_IMPORT_ARGS="--rows 100000").
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import csv
import io
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from zgw.core.auth import make_token
from zgw.core.settings import PROJECT_ROOT, Settings

DB = "zgw_bench_import"
HEADERS = [
    "uuid", "identificatie", "bronorganisatie", "creatiedatum", "titel", "vertrouwelijkheidaanduiding", "auteur",
    "status", "formaat", "taal", "bestandsnaam", "bestandsomvang", "bestandspad", "link", "beschrijving",
    "ontvangstdatum", "verzenddatum", "indicatieGebruiksrecht", "verschijningsvorm", "ondertekening.soort",
    "ondertekening.datum", "integriteit.algoritme", "integriteit.waarde", "integriteit.datum",
    "informatieobjecttype", "zaakUuid", "trefwoorden",
]


def _fields(iot: str, n: int) -> dict[str, str]:
    return {"bronorganisatie": "517439943", "creatiedatum": "2024-03-01", "titel": f"Archiefstuk {n}",
            "auteur": "Archief", "taal": "dut", "informatieobjecttype": iot, "bestandsnaam": f"stuk-{n}.txt",
            "formaat": "text/plain", "vertrouwelijkheidaanduiding": "openbaar", "status": "definitief"}


def _content(n: int, size: int) -> bytes:
    return f"archiefstuk {n}\n".encode().ljust(size, b"x")


def write_files(base: Path, rows: int, size: int) -> None:
    for n in range(rows):
        target = base / f"{n // 1000:04d}" / f"stuk-{n}.txt"
        if n % 1000 == 0:
            target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(_content(n, size))


def metadata(iot: str, rows: int) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADERS)
    for n in range(rows):
        values = {**_fields(iot, n), "bestandspad": f"{n // 1000:04d}/stuk-{n}.txt"}
        writer.writerow([values.get(h, "") for h in HEADERS])
    return out.getvalue().encode()


async def _post(http: httpx.AsyncClient, url: str, body: dict[str, Any], h: dict[str, str]) -> dict[str, Any]:
    r = await http.post(url, json=body, headers=h)
    if r.status_code not in (200, 201):
        raise RuntimeError(f"{url}: {r.status_code} {r.text[:300]}")
    out: dict[str, Any] = r.json()
    return out


async def make_iot(base: str, h: dict[str, str]) -> str:
    cat = f"{base}/catalogi/api/v1"
    async with httpx.AsyncClient(timeout=60) as http:
        catalogus = await _post(http, f"{cat}/catalogussen", {"domein": "BENCH", "rsin": "000000000",
                                                             "contactpersoonBeheerNaam": "bench"}, h)
        iot = await _post(http, f"{cat}/informatieobjecttypen", {
            "catalogus": catalogus["url"], "omschrijving": "Archiefstuk", "vertrouwelijkheidaanduiding": "openbaar",
            "beginGeldigheid": "2020-01-01", "informatieobjectcategorie": "archief"}, h)
        await _post(http, f"{iot['url']}/publish", {}, h)
        return str(iot["url"])


async def run_import(base: str, h: dict[str, str], body: bytes, rows: int) -> float:
    imports = f"{base}/documenten/api/v1/import"
    async with httpx.AsyncClient(timeout=600) as http:
        created = await _post(http, f"{imports}/create", {}, h)
        started = time.monotonic()
        r = await http.post(created["uploadUrl"], content=body, headers={**h, "Content-Type": "text/csv"})
        if r.status_code != 200:
            raise RuntimeError(f"upload: {r.status_code} {r.text[:300]}")
        last = -1
        while True:
            status = (await http.get(created["statusUrl"], headers=h)).json()
            if status["processed"] != last and status["processed"] % max(1, rows // 10) < 1000:
                print(f"  import: {status['processed']:,}/{rows:,} rows, {time.monotonic() - started:.0f}s", flush=True)
                last = status["processed"]
            if status["status"] in ("finished", "error"):
                break
            await asyncio.sleep(0.5)
        elapsed = time.monotonic() - started
        if status["status"] != "finished" or status["processedSuccessfully"] != rows:
            raise RuntimeError(f"import ended as {status}")
        return elapsed


async def run_api(base: str, h: dict[str, str], iot: str, rows: int, size: int) -> float:
    url = f"{base}/documenten/api/v1/enkelvoudiginformatieobjecten"
    async with httpx.AsyncClient(timeout=60) as http:
        started = time.monotonic()
        for n in range(rows):
            body = {**_fields(iot, n), "inhoud": base64.b64encode(_content(n, size)).decode()}
            await _post(http, url, body, h)
        return time.monotonic() - started


async def _bootstrap(settings: Settings) -> None:
    from zgw.core.db import init_db
    from zgw.gateway.bootstrap import ensure_applicatie

    client = await init_db(settings)
    try:
        await ensure_applicatie("bench-alle", "bench-secret", label="bench alle", superuser=True)
    finally:
        await client.close()


def main(argv: list[str] | None = None) -> int:
    import subprocess

    from zgw.gateway.services import local_services, serve_api

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000, help="rows imported (each with its own file)")
    parser.add_argument("--api-rows", type=int, default=2_000, help="rows created one by one through the API")
    parser.add_argument("--size", type=int, default=2048, help="bytes per file")
    parser.add_argument("--batch-size", type=int, default=500, help="IMPORT_DOCUMENTEN_BATCH_SIZE")
    args = parser.parse_args(argv)
    (PROJECT_ROOT / ".data").mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="bench-import-", dir=PROJECT_ROOT / ".data") as tmp, \
            local_services(Path(tmp), persist=False) as svc:
        files = Path(tmp) / "files"
        files.mkdir()
        print(f"writing {args.rows:,} files of {args.size} bytes ...", flush=True)
        write_files(files, args.rows, args.size)
        settings = Settings(mongodb_uri=svc.mongodb_uri, redis_url=svc.redis_url, mongodb_db=DB,
                            notificaties_api_root="")
        asyncio.run(_bootstrap(settings))
        env = {"MONGODB_DB": DB, "NOTIFICATIES_API_ROOT": "", "IMPORT_DOCUMENTEN_BASE_DIR": str(files),
               "IMPORT_DOCUMENTEN_BATCH_SIZE": str(args.batch_size), "LOG_LEVEL": "warning"}
        worker_log = (Path(tmp) / "worker.log").open("wb")
        worker = subprocess.Popen(
            [sys.executable, "-m", "zgw.gateway.cli", "worker", "--concurrency", "1"],
            env={**os.environ, "MONGODB_URI": svc.mongodb_uri, "REDIS_URL": svc.redis_url, **env},
            stdout=worker_log, stderr=subprocess.STDOUT, start_new_session=True, cwd=PROJECT_ROOT)
        try:
            with serve_api(svc, env, log=Path(tmp) / "api.log") as base:
                h = {"Authorization": f"Bearer {make_token('bench-alle', 'bench-secret')}"}
                iot = asyncio.run(make_iot(base, h))
                print(f"importing {args.rows:,} rows (batches of {args.batch_size}) ...", flush=True)
                imported = asyncio.run(run_import(base, h, metadata(iot, args.rows), args.rows))
                print(f"creating {args.api_rows:,} documents one by one through the API ...", flush=True)
                one_by_one = asyncio.run(run_api(base, h, iot, args.api_rows, args.size))
        finally:
            worker.terminate()
            worker.wait(30)
            worker_log.close()
    import_rate = args.rows / imported
    api_rate = args.api_rows / one_by_one
    print(f"\ndocuments with a {args.size}-byte file each (one API process, one worker, FerretDB + Redis):")
    print(f"  import  {args.rows:>9,} rows in {imported:8.1f}s  {import_rate:8.1f} rows/s")
    print(f"  API     {args.api_rows:>9,} rows in {one_by_one:8.1f}s  {api_rate:8.1f} rows/s (POST one by one)")
    print(f"  ratio   import / API: {import_rate / api_rate:.1f}x")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("LOG_LEVEL", "warning")
    sys.exit(main())
