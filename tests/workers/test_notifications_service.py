"""Notifications through a registered `nrc` service (Open Zaak's notifications service): a real worker sends
each message with that service's credentials instead of NOTIFICATIES_CLIENT_ID / NOTIFICATIES_SECRET."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from tests.workers.conftest import E2EApp, Receiver
from zgw.domain.notifications.documents import OutboxMessage
from zgw.domain.services import registry

pytestmark = pytest.mark.e2e


def _log(path: Path) -> str:
    return path.read_text()


async def test_a_registered_nrc_service_gives_the_credentials(dispatching: E2EApp, worker: Path,
                                                              receiver: Receiver) -> None:
    await registry.put({"identifier": "notificaties", "api_type": "nrc", "api_root": receiver.api_root,
                        "auth_type": "api_key", "header_key": "Authorization", "header_value": "Token nrc-sleutel"})
    try:
        r = await dispatching.client.post("/autorisaties/api/v1/applicaties", headers=dispatching.superuser,
                                          json={"clientIds": ["app-nrc"], "label": "app-nrc",
                                                "heeftAlleAutorisaties": True})
        assert r.status_code == 201, r.text
        url = r.json()["url"]
        deadline = time.monotonic() + 30
        while not [x for x in receiver.snapshot() if isinstance(x.body, dict) and x.body.get("resourceUrl") == url]:
            assert time.monotonic() < deadline, _log(worker)[-3000:]
            await asyncio.sleep(0.1)
        [got] = [x for x in receiver.snapshot() if x.body.get("resourceUrl") == url]
        assert (got.path, got.authorization, got.body["kanaal"], got.body["actie"]) == (
            "/api/v1/notificaties", "Token nrc-sleutel", "autorisaties", "create")
        [message] = await OutboxMessage.find_all().to_list()
        assert message.resource_url == url
        log = _log(worker)
        assert f"notificaties POST {receiver.api_root}notificaties -> 201" in log, log[-3000:]
        assert "nrc-sleutel" not in log
    finally:
        await registry.remove("notificaties")
