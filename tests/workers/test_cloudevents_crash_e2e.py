"""A real API process killed between a write and the release of its cloud event: the event stays `prepared`
in the outbox and the beat sweep's settle step releases it (the write took effect) or removes it (it did not)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from uuid import uuid4

import httpx
import pytest

from tests.rest.zaken.sub.helpers import ROOT, setup
from zgw.core.settings import PROJECT_ROOT, Settings
from zgw.domain.cloudevents import delivery, outbox, store, types
from zgw.domain.zaken.documents import Zaak
from zgw.gateway.services import free_port, wait_for_port

pytestmark = pytest.mark.e2e

SOURCE = "urn:nld:oin:01823288444:zakensysteem"


async def _prepared(event: dict[str, object]) -> None:
    doc = {"_id": uuid4(), "event_id": event["id"], "type": event["type"], "subject": event["subject"],
           "receiver": "webhook", "body": json.dumps(event), "status": "prepared",
           "aanmaakdatum": datetime.now(UTC) - timedelta(minutes=10), "volgnummer": 1, "attempts": 0,
           "last_error": "", "next_attempt_at": datetime.now(UTC), "delivered_at": None, "lease_until": None,
           "lease_owner": None}
    await store.outbox().insert_one(doc)


def _serve(port: int, env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "zgw.gateway.cli", "serve", "--port", str(port)],
                            cwd=PROJECT_ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)


async def test_a_killed_writer_leaves_a_prepared_event_the_sweep_releases(
        api: httpx.AsyncClient, superuser: dict[str, str], settings: Settings, tmp_path: object) -> None:
    s = await setup(api, superuser)
    port = free_port()
    env = {**os.environ, "ENVIRONMENT": "test", "MONGODB_URI": settings.mongodb_uri, "MONGODB_DB": settings.mongodb_db,
           "REDIS_URL": settings.redis_url, "ENABLE_CLOUD_EVENTS": "true", "NOTIFICATIONS_SOURCE": SOURCE,
           "CLOUD_EVENTS_WEBHOOK_URL": "http://127.0.0.1:9/events", "APPLICATIE_CACHE_SECONDS": "0",
           "ZGW_FAULT": "before-cloudevent-release"}
    proc = _serve(port, env)
    try:
        wait_for_port(port, proc, "API", timeout=60)
        base = f"http://127.0.0.1:{port}"
        async with httpx.AsyncClient(base_url=base, timeout=30) as client:
            with pytest.raises(httpx.TransportError):  # the process dies before it answers
                r = await client.post(f"{ROOT.removeprefix('http://testserver')}/statussen", headers=superuser, json={
                    "zaak": s.zaak["url"].replace("http://testserver", base),
                    "statustype": s.begin["url"].replace("http://testserver", base),
                    "datumStatusGezet": "2024-03-02T10:00:00Z"})
                raise AssertionError(f"answered: {r.status_code} {r.text}")
        assert proc.wait(30) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()

    zaak = await Zaak.get(s.zaak["uuid"])
    assert zaak is not None and zaak.status  # the write took effect
    [left] = [m async for m in store.outbox().find({})]
    assert (left["status"], left["type"], left["subject"]) == ("prepared", types.ZAAK_GEMUTEERD, s.zaak["uuid"])
    assert await delivery.due_ids() == []  # not sent as is

    # two more a dead request left: a zaak-gemuteerd of a zaak without status, a zaak-verwijderd of a zaak that
    # is still there (their writes did not happen)
    other = await setup(api, superuser)
    for type_, subject in ((types.ZAAK_GEMUTEERD, other.zaak["uuid"]), (types.ZAAK_VERWIJDERD, s.zaak["uuid"])):
        await _prepared(outbox.build(type_, SOURCE, subject, f"/zaken/api/v1/zaken/{subject}", {}))

    assert await delivery.settle_prepared(timedelta(minutes=5)) == ([], 2)  # too young to settle: the killed one
    released, removed = await delivery.settle_prepared(timedelta(0))
    assert (released, removed) == ([left["_id"]], 0)
    [after] = [m async for m in store.outbox().find({})]
    assert (after["_id"], after["status"]) == (left["_id"], "pending")
    assert await delivery.due_ids() == [left["_id"]]
