"""The staleness bound with real processes: a Celery worker and beat (pump every ANALYTICS_PUMP_SECONDS)
keep the copy; a write through the API shows in zakenStatistiek within the bound (polled, never timed),
and a copy lost with Redis's data is rebuilt by the worker on its own."""

from __future__ import annotations

import asyncio
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

from tests.conftest import make_client
from tests.graphql.helpers import gql
from tests.rest.zaken.factories import make_zaak, published_zaaktype
from zgw.core.settings import PROJECT_ROOT, Settings
from zgw.domain import analytics

QUERY = "{ zakenStatistiek(groupBy: [OPEN_GESLOTEN]) { openGesloten count } }"
POLL_LIMIT = 60.0  # seconds: far above the bound (about 2 s); only a stuck pipeline reaches it


def _start(args: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen([sys.executable, "-m", "zgw.gateway.cli", *args], cwd=PROJECT_ROOT, env=env,
                                stdout=out, stderr=subprocess.STDOUT, start_new_session=True)


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)  # the session started above
            proc.wait()


@pytest.fixture(scope="module")
def keepers(settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A real worker and a real beat on the test services; yields the copy's folder."""
    base = tmp_path_factory.mktemp("analytics-e2e")
    env = dict(os.environ)
    env.update({"ENVIRONMENT": "test", "MONGODB_URI": settings.mongodb_uri, "MONGODB_DB": settings.mongodb_db,
                "REDIS_URL": settings.redis_url, "ANALYTICS_DIR": str(base / "copy"), "ANALYTICS_PUMP_SECONDS": "1",
                "CELERY_BEAT_SCHEDULE": str(base / "beat-schedule"), "PYTHONUNBUFFERED": "1"})
    worker = _start(["worker", "--concurrency", "1"], env, base / "worker.log")
    beat = _start(["beat"], env, base / "beat.log")
    try:
        deadline = time.monotonic() + 30
        while b" ready." not in (base / "worker.log").read_bytes():
            if worker.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError((base / "worker.log").read_text())
            time.sleep(0.1)
        yield base / "copy"
    finally:
        _stop(beat)
        _stop(worker)


async def _counts(api: httpx.AsyncClient, h: dict[str, str]) -> dict[str, int] | None:
    body = await gql(api, h, QUERY)
    if body.get("errors"):
        assert body["errors"][0]["extensions"]["code"] == "analytics-not-ready", body
        return None
    return {g["openGesloten"]: g["count"] for g in body["data"]["zakenStatistiek"]}


async def _until(api: httpx.AsyncClient, h: dict[str, str], wanted: dict[str, int]) -> None:
    deadline = time.monotonic() + POLL_LIMIT
    found: Any = None
    while time.monotonic() < deadline:
        found = await _counts(api, h)
        if found == wanted:
            return
        await asyncio.sleep(0.2)
    raise AssertionError(f"zakenStatistiek still answers {found}, not {wanted}")


async def test_writes_show_within_the_bound_and_a_lost_copy_comes_back(
        api: httpx.AsyncClient, keepers: Path, app_state: tuple[Any, dict[str, Any]]) -> None:
    _, state = app_state
    before = analytics.config.directory
    analytics.configure(state["redis"], keepers)
    try:
        h = await make_client("super", superuser=True)
        # the test's clean start removed the copy's Redis keys (as a Redis without its data): the worker rebuilds
        await _until(api, h, {})
        zaaktype = (await published_zaaktype(api, h))["url"]
        zaak = await make_zaak(api, h, zaaktype)
        await _until(api, h, {"open": 1})
        await make_zaak(api, h, zaaktype)
        await _until(api, h, {"open": 2})
        r = await api.delete(zaak["url"], headers=h)
        assert r.status_code == 204, r.text
        await _until(api, h, {"open": 1})
    finally:
        analytics.configure(state["redis"], before)
