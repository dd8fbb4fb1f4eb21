"""Worker tests: a local Notificaties receiver, a real Celery worker and an app that dispatches to it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import _clean, _WithState, make_client
from zgw.core.db import bind_documents
from zgw.core.settings import PROJECT_ROOT, Settings
from zgw.domain.notifications import service as notifications
from zgw.domain.notifications.documents import OutboxMessage
from zgw.gateway.app import create_app

NOTIFICATIES_CLIENT_ID = "zgw-gateway-test"
NOTIFICATIES_SECRET = "notificaties-secret"


@dataclass
class Received:
    path: str
    authorization: str
    body: Any


@dataclass
class Receiver:
    """Records POSTed JSON; answers 500 to the next `fail_next` requests."""

    port: int = 0
    received: list[Received] = field(default_factory=list)
    fail_next: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def api_root(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v1/"

    def reset(self, fail_next: int = 0) -> None:
        with self.lock:
            self.received.clear()
            self.fail_next = fail_next

    def snapshot(self) -> list[Received]:
        with self.lock:
            return list(self.received)


def _handler(receiver: Receiver) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            raw = self.rfile.read(length)
            try:
                body: Any = json.loads(raw)
            except ValueError:
                body = raw.decode(errors="replace")
            with receiver.lock:
                receiver.received.append(Received(self.path, self.headers.get("authorization", ""), body))
                fail = receiver.fail_next > 0
                if fail:
                    receiver.fail_next -= 1
            status, answer = (500, b'{"detail": "failing on purpose"}') if fail else (201, json.dumps(body).encode())
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


@pytest.fixture(scope="module")
def receiver() -> Iterator[Receiver]:
    rec = Receiver()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(rec))
    server.daemon_threads = True
    rec.port = int(server.server_address[1])
    thread = threading.Thread(target=server.serve_forever, name="notificaties-receiver", daemon=True)
    thread.start()
    try:
        yield rec
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def worker_env(settings: Settings, receiver: Receiver) -> dict[str, str]:
    env = dict(os.environ)
    env.update({
        "ENVIRONMENT": "test",
        "MONGODB_URI": settings.mongodb_uri,
        "MONGODB_DB": settings.mongodb_db,
        "REDIS_URL": settings.redis_url,
        "NOTIFICATIES_API_ROOT": receiver.api_root,
        "NOTIFICATIES_CLIENT_ID": NOTIFICATIES_CLIENT_ID,
        "NOTIFICATIES_SECRET": NOTIFICATIES_SECRET,
        "NOTIFICATIES_RETRY_BACKOFF": "1",
        "NOTIFICATIES_RETRY_BACKOFF_MAX": "1",
        "PYTHONUNBUFFERED": "1",
    })
    return env


@pytest.fixture(scope="module")
def worker(settings: Settings, receiver: Receiver, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A real Celery worker (`zgw worker --concurrency 1`); yields its log file."""
    log = tmp_path_factory.mktemp("worker") / "worker.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "zgw.gateway.cli", "worker", "--concurrency", "1"],
            cwd=PROJECT_ROOT, env=worker_env(settings, receiver), stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + 30
        while b" ready." not in log.read_bytes():
            if proc.poll() is not None:
                raise RuntimeError(f"worker exited with {proc.returncode}:\n{log.read_text()}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"worker not ready within 30s:\n{log.read_text()}")
            time.sleep(0.1)
        yield log
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)  # warm shutdown; the pool children go with it
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)  # the session this fixture started
                proc.wait()


@dataclass
class E2EApp:
    client: httpx.AsyncClient
    state: dict[str, Any]
    settings: Settings
    dispatcher: notifications.Dispatcher
    superuser: dict[str, str] = field(default_factory=dict)


@pytest.fixture(scope="module")
async def e2e_app(app_state: tuple[Any, dict[str, Any]], settings: Settings,
                  receiver: Receiver) -> AsyncIterator[E2EApp]:
    """An app whose notifications go to Celery; the dispatcher is only active in `dispatching`."""
    from zgw.workers.app import use_broker

    # The API process's Celery app reads REDIS_URL at import; point it at the test Redis.
    use_broker(settings.redis_url)
    e2e_settings = settings.model_copy(update={
        "notificaties_api_root": receiver.api_root,
        "notificaties_client_id": NOTIFICATIES_CLIENT_ID,
        "notificaties_secret": NOTIFICATIES_SECRET,
    })
    app = create_app(e2e_settings)
    _, session_state = app_state
    try:
        async with app.router.lifespan_context(app) as raw_state:
            state = dict(raw_state)
            dispatcher = notifications.config.dispatcher
            notifications.configure(enabled=True, dispatcher=None)
            transport = httpx.ASGITransport(app=_WithState(app, state))
            async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
                yield E2EApp(client, state, e2e_settings, dispatcher)
    finally:
        notifications.configure(enabled=True, dispatcher=None)
        # Beanie binds documents globally: give them back the session app's client.
        await bind_documents(session_state["mongo"][settings.mongodb_db])


@pytest.fixture
async def dispatching(e2e_app: E2EApp, settings: Settings, receiver: Receiver) -> AsyncIterator[E2EApp]:
    """A clean database, an empty receiver and the Celery dispatcher for the duration of one test."""
    await _clean(e2e_app.state, settings)
    await e2e_app.state["applicatie_cache"].forget(list(e2e_app.state["applicatie_cache"]._entries))
    # The superuser's own creation notifies too; keep that out of the receiver and the outbox.
    e2e_app.superuser = await make_client("super", superuser=True)
    await OutboxMessage.delete_all()
    receiver.reset()
    notifications.configure(enabled=True, dispatcher=e2e_app.dispatcher)
    try:
        yield e2e_app
    finally:
        notifications.configure(enabled=True, dispatcher=None)
