"""A real Celery worker SIGKILLed in the middle of a 10,000-row import; a new worker (sent beat's import
sweep) resumes it where it stopped: every row imported once, none lost, the status and the report right."""

from __future__ import annotations

import asyncio
import csv
import io
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.rest.documenten.factories import published_iot
from tests.rest.documenten.test_import_helpers import IMPORT, csv_text, files, row, started
from zgw.core.settings import PROJECT_ROOT, Settings
from zgw.domain.documenten import content
from zgw.domain.documenten.documents import EIOVersie, EnkelvoudigInformatieObject, Identificatie
from zgw.domain.documenten.imports.columns import IMPORTED, NOT_IMPORTED
from zgw.domain.documenten.imports.documents import Import, ImportSlot
from zgw.domain.documenten.imports.runner import row_uuid
from zgw.domain.notifications.documents import OutboxMessage

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(580)]
ROWS = int(os.environ.get("ZGW_TEST_IMPORT_ROWS", "10000"))
BAD = {n for n in range(ROWS) if n % 1000 == 999}  # a missing file every 1000 rows


class Worker:
    def __init__(self, settings: Settings, base: Path, log: Path) -> None:
        env = {**os.environ, "ENVIRONMENT": "test", "MONGODB_URI": settings.mongodb_uri,
               "MONGODB_DB": settings.mongodb_db, "REDIS_URL": settings.redis_url, "PYTHONUNBUFFERED": "1",
               "IMPORT_DOCUMENTEN_BASE_DIR": str(base), "IMPORT_DOCUMENTEN_BATCH_SIZE": "250",
               "IMPORT_LOCK_SECONDS": "4", "NOTIFICATIES_API_ROOT": ""}
        self.log = log
        with log.open("wb") as out:
            self.proc = subprocess.Popen([sys.executable, "-m", "zgw.gateway.cli", "worker", "--concurrency", "1"],
                                         cwd=PROJECT_ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
                                         start_new_session=True)
        deadline = time.monotonic() + 30
        while b" ready." not in log.read_bytes():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"worker did not start:\n{log.read_text()}")
            time.sleep(0.1)

    def kill(self) -> None:
        os.killpg(self.proc.pid, signal.SIGKILL)  # the worker and its pool child, mid-batch
        self.proc.wait(10)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()


@pytest.fixture
def workers() -> Iterator[list[Worker]]:
    started_workers: list[Worker] = []
    yield started_workers
    for worker in started_workers:
        worker.stop()


async def _wait(predicate: Any, seconds: float, what: str, log: Path) -> Import:
    deadline = time.monotonic() + seconds
    while True:
        imp = await Import.get(_wait.import_id)  # type: ignore[attr-defined]
        assert imp is not None
        if predicate(imp):
            return imp
        assert time.monotonic() < deadline, f"{what}: {imp}\n{log.read_text()[-3000:]}"  # noqa: ASYNC240
        await asyncio.sleep(0.2)


async def test_a_killed_worker_leaves_an_import_that_the_next_one_finishes(
        api: httpx.AsyncClient, superuser: dict[str, str], settings: Settings, tmp_path: Path,
        workers: list[Worker]) -> None:
    from zgw.workers.imports import sweep

    base = tmp_path / "base"
    base.mkdir()
    iot = (await published_iot(api, superuser))["url"]
    await OutboxMessage.delete_all()
    paths = files(base, 100)
    rows = [row(iot, "docs/missing.txt" if n in BAD else paths[n % 100], titel=f"stuk {n}") for n in range(ROWS)]
    import_id = await started(api, superuser, csv_text(rows))  # queued on the test Redis
    _wait.import_id = import_id  # type: ignore[attr-defined]

    first = Worker(settings, base, tmp_path / "worker-1.log")
    workers.append(first)
    killed_at = await _wait(lambda i: i.processed >= ROWS * 3 // 10, 300, "first worker's progress", first.log)
    first.kill()
    print(f"killed at {killed_at.processed} rows processed")
    halfway = await Import.get(import_id)
    assert halfway is not None and halfway.status == "active" and ROWS * 3 // 10 <= halfway.processed < ROWS
    assert halfway.processed >= killed_at.processed

    second = Worker(settings, base, tmp_path / "worker-2.log")
    workers.append(second)
    deadline = time.monotonic() + 400
    while (await Import.get(import_id)).status == "active":  # type: ignore[union-attr]
        assert time.monotonic() < deadline, second.log.read_text()[-3000:]
        sweep.delay()  # beat's task: resumes the active import once the dead run's lock expired
        await asyncio.sleep(2)

    done = await Import.get(import_id)
    assert done is not None
    assert (done.status, done.total, done.processed, done.processed_successfully, done.processed_invalid) == (
        "finished", ROWS, ROWS, ROWS - len(BAD), len(BAD))
    assert await ImportSlot.count() == 0
    # every good row exactly once (its uuid is derived from the import and the row), no bad one
    expected = {row_uuid(import_id, n) for n in range(ROWS) if n not in BAD}
    ids = [d["_id"] async for d in EnkelvoudigInformatieObject.get_pymongo_collection().find({}, {"_id": 1})]
    assert len(ids) == len(expected) and set(ids) == expected
    assert await EIOVersie.count() == len(expected)
    assert await Identificatie.count() == len(expected)
    # content: every informatieobject's file, the metadata and the report; nothing the killed run left
    assert await content.files().count_documents({}) == len(expected) + 2
    heads = EnkelvoudigInformatieObject.get_pymongo_collection().find({}, {"inhoud": 1, "titel": 1})
    by_title = {d["titel"]: d["inhoud"] async for d in heads}
    sample = by_title["stuk 4321"]
    stored = await content.info(sample)
    assert stored is not None
    assert b"".join([p async for p in content.read(stored)]) == (base / paths[4321 % 100]).read_bytes()

    r = await api.get(f"{IMPORT}/{import_id}/report", headers=superuser)
    report = list(csv.DictReader(io.StringIO(r.text)))
    assert len(report) == ROWS
    assert [n for n, x in enumerate(report) if x["resultaat"] == NOT_IMPORTED] == sorted(BAD)
    assert all(x["resultaat"] == IMPORTED and x["uuid"] == str(row_uuid(import_id, n))
               for n, x in enumerate(report) if n not in BAD)
    assert len({x["identificatie"] for x in report if x["resultaat"] == IMPORTED}) == len(expected)
    assert await OutboxMessage.count() == 0
