"""The notification outbox end to end: API write → outbox → Celery worker → Notificaties API."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx
import jwt
import pytest

from tests.workers.conftest import NOTIFICATIES_CLIENT_ID, NOTIFICATIES_SECRET, E2EApp, Received, Receiver
from zgw.core.settings import Settings
from zgw.domain.notifications import service as notifications
from zgw.domain.notifications.documents import OutboxMessage

APPLICATIES = "/autorisaties/api/v1/applicaties"


def _body(client_id: str) -> dict[str, Any]:
    return {"clientIds": [client_id], "label": client_id, "heeftAlleAutorisaties": True}


async def _wait_for(receiver: Receiver, url: str, count: int, within: float = 20) -> list[Received]:
    deadline = time.monotonic() + within
    while True:
        got = [r for r in receiver.snapshot() if isinstance(r.body, dict) and r.body.get("resourceUrl") == url]
        if len(got) >= count or time.monotonic() > deadline:
            return got
        await asyncio.sleep(0.1)


async def _wait_for_status(message_id: UUID, status: str, within: float = 20) -> OutboxMessage:
    deadline = time.monotonic() + within
    while True:
        found = await OutboxMessage.find_one({"_id": message_id})
        assert found is not None
        if found.status == status or time.monotonic() > deadline:
            return found
        await asyncio.sleep(0.1)


def _tail(log: Path) -> str:
    return log.read_text()[-3000:]


async def _only_message() -> OutboxMessage:
    messages = await OutboxMessage.find_all().to_list()
    assert len(messages) == 1, [m.model_dump() for m in messages]
    return messages[0]


def _assert_message(received: Received, url: str, stored: OutboxMessage) -> None:
    assert received.path == "/api/v1/notificaties"
    body = dict(received.body)
    stamp = body.pop("aanmaakdatum")
    assert body == {
        "kanaal": "autorisaties",
        "hoofdObject": url,
        "resource": "applicatie",
        "resourceUrl": url,
        "actie": "create",
        "kenmerken": {},
    }
    assert stamp.endswith("Z")
    parsed = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    assert abs((parsed - stored.aanmaakdatum).total_seconds()) < 0.002

    scheme, _, token = received.authorization.partition(" ")
    assert scheme == "Bearer"
    assert jwt.get_unverified_header(token)["alg"] == "HS256"
    claims = jwt.decode(token, NOTIFICATIES_SECRET, algorithms=["HS256"])
    assert claims["client_id"] == NOTIFICATIES_CLIENT_ID
    assert claims["iss"] == NOTIFICATIES_CLIENT_ID
    assert abs(claims["iat"] - time.time()) < 60


# --- without a worker: the outbox itself -------------------------------------------------------


async def test_without_notificaties_api_message_stays_pending(api: httpx.AsyncClient,
                                                              superuser: dict[str, str]) -> None:
    await OutboxMessage.delete_all()  # the superuser's own creation
    r = await api.post(APPLICATIES, json=_body("app-pending"), headers=superuser)
    assert r.status_code == 201, r.text
    message = await _only_message()
    assert message.status == "pending"
    assert message.attempts == 0
    assert message.resource_url == r.json()["url"]
    assert message.hoofd_object == r.json()["url"]
    assert (message.kanaal, message.resource, message.actie) == ("autorisaties", "applicatie", "create")


async def test_failed_write_leaves_no_message(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    r = await api.post(APPLICATIES, json=_body("app-taken"), headers=superuser)
    assert r.status_code == 201, r.text
    await OutboxMessage.delete_all()
    r = await api.post(APPLICATIES, json={**_body("app-taken"), "label": "other"}, headers=superuser)
    assert r.status_code == 400, r.text
    assert r.json()["invalidParams"][0]["name"] == "clientIds"
    assert await OutboxMessage.find_all().count() == 0


async def test_failure_inside_operation_removes_staged_messages(api: httpx.AsyncClient) -> None:
    dispatched: list[list[UUID]] = []

    async def record(ids: list[UUID]) -> None:
        dispatched.append(ids)

    notifications.configure(enabled=True, dispatcher=record)
    try:
        with pytest.raises(RuntimeError):
            async with notifications.notifying() as outbox:
                await outbox.add(notifications.Notification("autorisaties", "http://x/a", "applicatie",
                                                            "http://x/a", "create"))
                assert await OutboxMessage.find_all().count() == 1
                assert (await _only_message()).status == "prepared"
                raise RuntimeError("write failed")
        assert await OutboxMessage.find_all().count() == 0
        assert dispatched == []

        async with notifications.notifying() as outbox:
            await outbox.add(notifications.Notification("autorisaties", "http://x/b", "applicatie",
                                                        "http://x/b", "create", {"a": None}))  # type: ignore[dict-item]
        message = await _only_message()
        assert message.status == "pending"
        assert message.kenmerken == {"a": ""}
        assert dispatched == [[message.id]]
    finally:
        notifications.configure(enabled=True, dispatcher=None)


# --- with a real worker --------------------------------------------------------------------------


@pytest.mark.e2e
async def test_delivered_by_worker(dispatching: E2EApp, worker: Path, receiver: Receiver) -> None:
    r = await dispatching.client.post(APPLICATIES, json=_body("app-e2e"), headers=dispatching.superuser)
    assert r.status_code == 201, r.text
    url = r.json()["url"]
    assert url.startswith("http://testserver/autorisaties/api/v1/applicaties/")

    got = await _wait_for(receiver, url, 1)
    assert len(got) == 1, _tail(worker)
    message = await _only_message()
    message = await _wait_for_status(message.id, "delivered")
    _assert_message(got[0], url, message)
    assert message.status == "delivered"
    assert message.attempts == 1
    assert message.last_error == ""
    assert message.delivered_at is not None
    await asyncio.sleep(0.5)
    assert len(receiver.snapshot()) == 1  # nothing else, and no duplicate


@pytest.mark.e2e
async def test_retried_until_delivered(dispatching: E2EApp, worker: Path, receiver: Receiver) -> None:
    receiver.reset(fail_next=2)
    r = await dispatching.client.post(APPLICATIES, json=_body("app-retry"), headers=dispatching.superuser)
    assert r.status_code == 201, r.text
    url = r.json()["url"]

    message = await _only_message()
    message = await _wait_for_status(message.id, "delivered")
    assert message.status == "delivered", (message.model_dump(), _tail(worker))
    assert message.attempts == 3
    assert message.last_error == ""
    got = await _wait_for(receiver, url, 3)
    assert len(got) == 3
    for received in got:
        _assert_message(received, url, message)
    await asyncio.sleep(1.5)  # a further retry would have fired by now
    assert len(receiver.snapshot()) == 3


@pytest.mark.e2e
async def test_failed_write_sends_nothing(dispatching: E2EApp, worker: Path, receiver: Receiver) -> None:
    r = await dispatching.client.post(APPLICATIES, json=_body("app-once"), headers=dispatching.superuser)
    assert r.status_code == 201, r.text
    url = r.json()["url"]
    r = await dispatching.client.post(APPLICATIES, json={**_body("app-once"), "label": "again"},
                                      headers=dispatching.superuser)
    assert r.status_code == 400, r.text

    assert len(await _wait_for(receiver, url, 1)) == 1
    await _wait_for_status((await _only_message()).id, "delivered")
    await asyncio.sleep(0.5)
    assert [r.body["resourceUrl"] for r in receiver.snapshot()] == [url]


# --- delivery steps in-process: leases and retries ----------------------------------------------


async def _pending(url: str) -> OutboxMessage:
    message = OutboxMessage(kanaal="autorisaties", hoofd_object=url, resource="applicatie", resource_url=url,
                            actie="create", aanmaakdatum=datetime.now(UTC), status="pending")
    await message.insert()
    return message


@pytest.fixture
def worker_settings(api: httpx.AsyncClient, settings: Settings, receiver: Receiver,
                    monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Run the worker's delivery code in this process, sending to the receiver."""
    from zgw.workers import notifications as tasks

    configured = settings.model_copy(update={
        "notificaties_api_root": receiver.api_root, "notificaties_client_id": NOTIFICATIES_CLIENT_ID,
        "notificaties_secret": NOTIFICATIES_SECRET})
    monkeypatch.setattr(tasks, "get_settings", lambda: configured)
    receiver.reset()
    return configured


async def test_lease_is_kept_through_the_retry_backoff(worker_settings: Settings, receiver: Receiver) -> None:
    from zgw.workers.notifications import _deliver

    message = await _pending("http://testserver/autorisaties/api/v1/applicaties/1")
    receiver.reset(fail_next=1)
    with pytest.raises(httpx.HTTPStatusError):
        await _deliver(message.id, False, "task-a", retry_in=30)
    failed = await _wait_for_status(message.id, "pending", within=0)
    assert failed.attempts == 1
    assert "500" in failed.last_error
    # A second delivery (e.g. queued by the sweep) keeps out while the retry is due ...
    assert await _deliver(message.id, False, "sweep-task") == "skipped"
    # ... and the retry itself (same Celery task id) takes over.
    assert await _deliver(message.id, False, "task-a") == "delivered"
    done = await _wait_for_status(message.id, "delivered", within=0)
    assert done.attempts == 2
    assert done.last_error == ""
    assert len(receiver.snapshot()) == 2
    assert await _deliver(message.id, False, "task-a") == "skipped"  # never twice
    assert len(receiver.snapshot()) == 2


async def test_final_failure_marks_failed_and_frees_the_message(worker_settings: Settings,
                                                                receiver: Receiver) -> None:
    from zgw.workers.notifications import _deliver

    message = await _pending("http://testserver/autorisaties/api/v1/applicaties/2")
    receiver.reset(fail_next=1)
    with pytest.raises(httpx.HTTPStatusError):
        await _deliver(message.id, True, "task-z", retry_in=30)
    failed = await _wait_for_status(message.id, "failed", within=0)
    assert failed.status == "failed"
    assert failed.attempts == 1
    raw = await OutboxMessage.get_pymongo_collection().find_one({"_id": message.id})
    assert raw is not None and raw["lease_until"] is None
    assert await _deliver(message.id, False, "task-z") == "skipped"
    assert len(receiver.snapshot()) == 1
