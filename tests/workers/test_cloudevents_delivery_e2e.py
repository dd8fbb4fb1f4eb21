"""Cloud events end to end: API write → cloud event outbox → a real Celery worker (with beat) → a real webhook
receiver process, through a receiver outage (circuit breaker), a killed worker and a Redis restart.

Run as a script (`python this_file.py serve PORT LOG`) it is the receiver: it appends every POST to LOG as a
JSON line, answers 500 while LOG.fail exists and takes 5 s to answer while LOG.slow exists.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx
import jwt
import pytest

SOURCE = "urn:nld:oin:01823288444:zakensysteem"
CLIENT_ID = "zgw-cloudevents"
SECRET = "cloudevents-secret"
API_KEY = "sleutel-123"


def serve(port: int, log: Path) -> None:
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("content-length") or 0))
            entry = {"path": self.path, "content_type": self.headers.get("content-type", ""),
                     "authorization": self.headers.get("authorization", ""),
                     "api_key": self.headers.get("x-api-key", ""), "body": raw.decode(errors="replace")}
            with log.open("a") as out:
                out.write(json.dumps(entry) + "\n")
            if Path(f"{log}.slow").exists():
                time.sleep(5)
            status = 500 if Path(f"{log}.fail").exists() else 202
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            return

    ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()


if __name__ == "__main__" and len(sys.argv) == 4 and sys.argv[1] == "serve":
    serve(int(sys.argv[2]), Path(sys.argv[3]))
    sys.exit(0)


from tests.rest.zaken.sub.helpers import ROOT, setup  # noqa: E402
from zgw.core.settings import PROJECT_ROOT, Settings  # noqa: E402
from zgw.domain.cloudevents import config, delivery, outbox, store  # noqa: E402
from zgw.domain.cloudevents.config import CloudEventsConfig, Receiver  # noqa: E402
from zgw.gateway.services import Service, free_port, start_redis, wait_for_port  # noqa: E402

pytestmark = pytest.mark.e2e


@dataclass
class WebhookReceiver:
    port: int
    log: Path
    proc: subprocess.Popen[bytes] | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.proc = subprocess.Popen([sys.executable, __file__, "serve", str(self.port), str(self.log)],
                                     cwd=PROJECT_ROOT, start_new_session=True)
        wait_for_port(self.port, self.proc, "webhook receiver")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    def received(self) -> list[dict[str, Any]]:
        if not self.log.exists():
            return []
        return [json.loads(line) for line in self.log.read_text().splitlines() if line.strip()]

    def mode(self, fail: bool = False, slow: bool = False) -> None:
        for name, on in (("fail", fail), ("slow", slow)):
            flag = Path(f"{self.log}.{name}")
            if on:
                flag.touch()
            else:
                flag.unlink(missing_ok=True)


@dataclass
class Worker:
    """`zgw worker` or `zgw beat`, as compose.yaml runs them."""

    env: dict[str, str]
    log: Path
    command: str = "worker"
    proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        start = self.log.stat().st_size if self.log.exists() else 0
        args = ["worker", "--concurrency", "1"] if self.command == "worker" else ["beat"]
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "zgw.gateway.cli", *args],
                cwd=PROJECT_ROOT, env=self.env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        ready = b" ready." if self.command == "worker" else b"beat: Starting"
        deadline = time.monotonic() + 60
        while ready not in self.log.read_bytes()[start:]:
            if self.proc.poll() is not None:
                raise RuntimeError(f"worker exited with {self.proc.returncode}:\n{self.tail()}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"worker not ready within 60s:\n{self.tail()}")
            time.sleep(0.1)

    def kill(self) -> None:
        """SIGKILL to the worker's whole process group (the one this test started)."""
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.kill()

    def tail(self) -> str:
        return self.log.read_text(errors="replace")[-4000:] if self.log.exists() else ""


@dataclass
class Rig:
    receiver: WebhookReceiver
    worker: Worker
    beat: Worker
    redis: Service
    redis_dir: Path
    broker: str


def _receivers(base: str) -> tuple[Receiver, ...]:
    return (Receiver("webhook", f"{base}/jwt/events", auth="jwt", client_id=CLIENT_ID, secret=SECRET),
            Receiver("portaal", f"{base}/key/events", auth="api_key", header="X-Api-Key", key=API_KEY))


@pytest.fixture(scope="module")
def rig(settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Rig]:
    tmp = tmp_path_factory.mktemp("cloudevents")
    redis_dir = tmp / "redis"
    redis = start_redis(redis_dir, persist=False)  # this module's own broker: it is restarted in a test
    broker = f"redis://127.0.0.1:{redis.port}/0"
    receiver = WebhookReceiver(free_port(), tmp / "received.jsonl")
    receiver.start()
    webhooks = [r.as_dict() for r in _receivers(receiver.base)]
    env = {**os.environ, "ENVIRONMENT": "test", "MONGODB_URI": settings.mongodb_uri, "MONGODB_DB": settings.mongodb_db,
           "REDIS_URL": broker, "ENABLE_CLOUD_EVENTS": "true", "NOTIFICATIONS_SOURCE": SOURCE,
           "CLOUD_EVENTS_WEBHOOKS": json.dumps(webhooks), "CLOUD_EVENTS_RETRY_BACKOFF": "0.5",
           "CLOUD_EVENTS_RETRY_BACKOFF_MAX": "1", "CLOUD_EVENTS_BREAKER_THRESHOLD": "3",
           "CLOUD_EVENTS_BREAKER_SECONDS": "2", "CLOUD_EVENTS_LEASE_SECONDS": "3", "CLOUD_EVENTS_SWEEP_SECONDS": "1",
           "CLOUD_EVENTS_MAX_ATTEMPTS": "100", "CLOUD_EVENTS_TIMEOUT": "10", "NOTIFICATIES_API_ROOT": "",
           "CELERY_BEAT_SCHEDULE": str(tmp / "beat-schedule"), "PYTHONUNBUFFERED": "1"}
    worker = Worker(env, tmp / "worker.log")
    worker.start()
    beat = Worker(env, tmp / "beat.log", command="beat")
    beat.start()
    rig = Rig(receiver, worker, beat, redis, redis_dir, broker)
    try:
        yield rig
    finally:
        beat.stop()
        worker.stop()
        receiver.stop()
        rig.redis.stop()  # the one running now (a test restarts it)
        redis.stop()


@pytest.fixture
async def events_rig(rig: Rig, api: httpx.AsyncClient) -> AsyncIterator[Rig]:
    """Cloud events on in the API (same receivers as the worker), queued on this module's broker."""
    from zgw.workers.app import celery_app
    from zgw.workers.cloudevents import deliver

    async def dispatch(ids: list[UUID]) -> None:
        def send() -> None:
            with celery_app.connection_for_write(rig.broker) as conn:
                for message_id in ids:
                    deliver.apply_async(args=[str(message_id)], connection=conn, retry=False)
        await asyncio.to_thread(send)

    previous = outbox._dispatcher
    config.configure(CloudEventsConfig(enabled=True, source=SOURCE, receivers=_receivers(rig.receiver.base)))
    outbox.set_dispatcher(dispatch)
    rig.receiver.mode()
    rig.receiver.log.unlink(missing_ok=True)
    try:
        yield rig
    finally:
        config.configure(CloudEventsConfig())
        outbox.set_dispatcher(previous)
        rig.receiver.mode()


async def _messages() -> list[dict[str, Any]]:
    return [m async for m in store.outbox().find({}).sort([("aanmaakdatum", 1), ("volgnummer", 1)])]


async def _until(check: Any, within: float, what: str, rig: Rig) -> Any:
    deadline = time.monotonic() + within
    while True:
        result = await check()
        if result:
            return result
        if time.monotonic() > deadline:
            state = [(m["receiver"], m["status"], m["attempts"], m["last_error"]) for m in await _messages()]
            raise AssertionError(f"{what} not within {within}s; outbox: {state}\nworker log:\n{rig.worker.tail()}")
        await asyncio.sleep(0.2)


async def _all_delivered(count: int) -> bool:
    found = await _messages()
    return len(found) == count and all(m["status"] == "delivered" for m in found)


async def _complete_zaken(api: httpx.AsyncClient, h: dict[str, str], n: int) -> list[str]:
    """n zaken, each given its first status (one zaak-gemuteerd each, to both receivers)."""
    s = await setup(api, h)
    uuids = []
    for i in range(n):
        zaak = s.zaak if i == 0 else (await api.post(f"{ROOT}/zaken", headers={
            **h, "Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:4326"}, json={
            "zaaktype": s.zaaktype["url"], "bronorganisatie": "517439943",
            "verantwoordelijkeOrganisatie": "517439943", "startdatum": "2024-03-01"})).json()
        r = await api.post(f"{ROOT}/statussen", headers=h, json={
            "zaak": zaak["url"], "statustype": s.begin["url"], "datumStatusGezet": "2024-03-02T10:00:00Z"})
        assert r.status_code == 201, r.text
        uuids.append(zaak["uuid"])
    return uuids


def _by_receiver(received: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {"/jwt/events": [], "/key/events": []}
    for entry in received:
        out[entry["path"]].append(json.loads(entry["body"]))
    return out


async def test_delivered_to_each_receiver_with_its_authentication(events_rig: Rig, api: httpx.AsyncClient,
                                                                  superuser: dict[str, str]) -> None:
    [uuid] = await _complete_zaken(api, superuser, 1)
    await _until(lambda: _all_delivered(2), 30, "delivery", events_rig)
    stored = await _messages()
    assert {m["receiver"] for m in stored} == {"webhook", "portaal"}
    assert all(m["attempts"] == 1 and m["last_error"] == "" and m["delivered_at"] for m in stored)
    received = events_rig.receiver.received()
    assert len(received) == 2
    for entry in received:
        assert entry["content_type"] == "application/cloudevents+json"
        event = json.loads(entry["body"])
        assert event == json.loads(stored[0]["body"])
        assert (event["type"], event["subject"], event["source"]) == ("nl.overheid.zaken.zaak-gemuteerd", uuid,
                                                                       SOURCE)
        if entry["path"] == "/jwt/events":
            scheme, _, token = entry["authorization"].partition(" ")
            assert scheme == "Bearer"
            assert jwt.decode(token, SECRET, algorithms=["HS256"])["client_id"] == CLIENT_ID
            assert entry["api_key"] == ""
        else:
            assert (entry["api_key"], entry["authorization"]) == (API_KEY, "")


async def test_receiver_outage_opens_the_circuit_and_loses_nothing(events_rig: Rig, api: httpx.AsyncClient,
                                                                   superuser: dict[str, str]) -> None:
    events_rig.receiver.stop()  # the receiver is down: connections refused
    try:
        uuids = await _complete_zaken(api, superuser, 4)

        async def circuit_open() -> bool:
            return all([await delivery.circuit_open_until(name) is not None for name in ("webhook", "portaal")])

        await _until(circuit_open, 30, "circuits open", events_rig)
        # while open, messages wait without attempts: each receiver got its threshold (3) of failed attempts in
        # a row before it opened, and at most a probe per 2 s window after
        await asyncio.sleep(1.0)
        attempts = {m["receiver"]: 0 for m in await _messages()}
        for m in await _messages():
            attempts[m["receiver"]] += m["attempts"]
            assert m["status"] == "pending"
            assert bool(m["last_error"]) == (m["attempts"] > 0)
        assert all(3 <= n <= 3 + 2 for n in attempts.values()), attempts
    finally:
        events_rig.receiver.start()
    await _until(lambda: _all_delivered(8), 60, "delivery after the outage", events_rig)
    got = _by_receiver(events_rig.receiver.received())
    for events in got.values():
        assert sorted(e["subject"] for e in events) == sorted(uuids)  # each exactly once
    for name in ("webhook", "portaal"):
        assert await delivery.circuit_open_until(name) is None
        state = await store.receivers().find_one({"_id": name})
        assert state is not None and state["failures"] == 0


async def test_failing_receiver_is_retried_with_backoff(events_rig: Rig, api: httpx.AsyncClient,
                                                        superuser: dict[str, str]) -> None:
    events_rig.receiver.mode(fail=True)  # up, but answering 500
    [uuid] = await _complete_zaken(api, superuser, 1)

    async def retried() -> bool:
        return all(m["attempts"] >= 2 for m in await _messages())

    await _until(retried, 30, "two failed attempts", events_rig)
    assert all(m["status"] == "pending" and m["last_error"] == "HTTP 500" for m in await _messages())
    events_rig.receiver.mode()
    await _until(lambda: _all_delivered(2), 60, "delivery once the receiver answers", events_rig)
    assert all(m["attempts"] >= 3 for m in await _messages())
    got = _by_receiver(events_rig.receiver.received())
    assert {e["subject"] for events in got.values() for e in events} == {uuid}


async def test_a_worker_killed_mid_delivery_leaves_the_event_pending_for_the_next(
        events_rig: Rig, api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    events_rig.receiver.mode(slow=True)  # the worker is inside the POST when it dies
    try:
        await _complete_zaken(api, superuser, 1)

        async def in_flight() -> bool:
            return len(events_rig.receiver.received()) >= 1

        await _until(in_flight, 30, "a delivery in flight", events_rig)
        events_rig.worker.kill()
        found = await _messages()
        assert len(found) == 2 and all(m["status"] == "pending" for m in found)
        assert any(m["lease_until"] is not None for m in found)  # held by the dead worker
    finally:
        events_rig.receiver.mode()
        events_rig.worker.start()
    await _until(lambda: _all_delivered(2), 60, "delivery by the new worker", events_rig)
    paths = [e["path"] for e in events_rig.receiver.received()]
    assert set(paths) == {"/jwt/events", "/key/events"}  # at least once each (the killed POST may have landed)


async def test_a_redis_restart_loses_no_event(events_rig: Rig, api: httpx.AsyncClient,
                                              superuser: dict[str, str]) -> None:
    events_rig.receiver.stop()
    try:
        uuids = await _complete_zaken(api, superuser, 2)

        async def tried() -> bool:
            found = await _messages()
            return len(found) == 4 and all(m["attempts"] >= 1 for m in found)

        await _until(tried, 30, "first attempts", events_rig)
        # the queued retries live in Redis (and the worker's memory): restart Redis without persistence
        port = events_rig.redis.port
        events_rig.redis.stop()
        events_rig.redis = start_redis(events_rig.redis_dir, port=port, persist=False)
        # Celery 5.7 / kombu 5.7 may end the worker here ("Unrecoverable error" while restoring its unacked
        # messages to a broker that is gone); a supervised worker (compose, systemd) is started again.
        worker = events_rig.worker
        assert worker.proc is not None
        with contextlib.suppress(subprocess.TimeoutExpired):  # it survived
            await asyncio.to_thread(worker.proc.wait, 5)
        if worker.proc.poll() is not None:
            worker.start()
        assert all(m["status"] == "pending" for m in await _messages())  # in MongoDB, whatever Redis lost
    finally:
        events_rig.receiver.start()
    await _until(lambda: _all_delivered(4), 90, "delivery after the Redis restart", events_rig)
    got = _by_receiver(events_rig.receiver.received())
    for events in got.values():
        assert sorted(e["subject"] for e in events) == sorted(uuids)


async def test_cli_lists_undelivered_and_retries_now(events_rig: Rig, api: httpx.AsyncClient,
                                                     superuser: dict[str, str], settings: Settings) -> None:
    events_rig.receiver.stop()
    try:
        await _complete_zaken(api, superuser, 1)
        await _until(lambda: _tried_all(2), 30, "first attempts", events_rig)
        for m in await _messages():  # as if they had used up their attempts
            await delivery.give_up(m["_id"], "HTTP 503")
    finally:
        events_rig.receiver.start()
    env = {**events_rig.worker.env}
    listing = await _cli(env, "events", "pending")
    assert listing.returncode == 0, listing.stderr
    lines = listing.stdout.strip().splitlines()
    assert len(lines) == 2 and all("failed" in line and "HTTP 503" in line for line in lines), listing.stdout
    assert {line.split()[0] for line in lines} == {str(m["_id"]) for m in await _messages()}
    await asyncio.sleep(2.5)  # failed messages are never picked up by the sweep
    assert all(m["status"] == "failed" for m in await _messages())

    retry = await _cli(env, "events", "retry", "--failed")
    assert retry.returncode == 0, retry.stderr
    assert "retrying 2 cloud event message(s)" in retry.stdout
    await _until(lambda: _all_delivered(2), 30, "delivery after retry", events_rig)
    listing = await _cli(env, "events", "pending")
    assert listing.stdout.strip() == ""


async def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return await asyncio.to_thread(subprocess.run, [sys.executable, "-m", "zgw.gateway.cli", *args],
                                   cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=60)


async def _tried_all(count: int) -> bool:
    found = await _messages()
    return len(found) == count and all(m["attempts"] >= 1 for m in found)
