"""Live updates: GraphQL subscriptions over a real WebSocket on a real API process (`zgw serve`), fed by writes
made in another API process (this test's app) through Redis pub/sub, filtered by the subscriber's autorisaties."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import redis.asyncio as aioredis
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from tests.conftest import make_client
from tests.rest.zaken.factories import CRS
from tests.rest.zaken.sub.helpers import ROOT, Setup, grant, setup
from zgw.core.settings import PROJECT_ROOT, Settings
from zgw.domain.cloudevents import config
from zgw.domain.cloudevents.config import CloudEventsConfig
from zgw.gateway.services import free_port, wait_for_port
from zgw.graphql.subscriptions import CHANNEL

pytestmark = pytest.mark.e2e

SOURCE = "urn:nld:oin:01823288444:zakensysteem"
BSN = "999990019"


@pytest.fixture(scope="module")
def server(settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Another API process on the same database and Redis, with cloud events on (no webhooks)."""
    port = free_port()
    log = tmp_path_factory.mktemp("live") / "api.log"
    env = {**os.environ, "ENVIRONMENT": "test", "MONGODB_URI": settings.mongodb_uri, "MONGODB_DB": settings.mongodb_db,
           "REDIS_URL": settings.redis_url, "ENABLE_CLOUD_EVENTS": "true", "NOTIFICATIONS_SOURCE": SOURCE,
           "APPLICATIE_CACHE_SECONDS": "0", "PYTHONUNBUFFERED": "1"}
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "zgw.gateway.cli", "serve", "--port", str(port)],
                                cwd=PROJECT_ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        wait_for_port(port, proc, "API", timeout=60)
        yield f"ws://127.0.0.1:{port}/graphql"
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        if proc.returncode not in (0, -signal.SIGTERM):
            print(Path(log).read_text()[-3000:])


@pytest.fixture
async def live_on(api: httpx.AsyncClient) -> AsyncIterator[None]:
    """Cloud events on in this test's API process too (the writer), without webhooks."""
    config.configure(CloudEventsConfig(enabled=True, source=SOURCE))
    try:
        yield
    finally:
        config.configure(CloudEventsConfig())


async def _open(url: str, headers: dict[str, str]) -> ClientConnection:
    ws = await connect(url, subprotocols=["graphql-transport-ws"],  # type: ignore[list-item]
                       additional_headers={"Authorization": headers["Authorization"]})
    await ws.send(json.dumps({"type": "connection_init", "payload": {}}))
    ack = json.loads(await asyncio.wait_for(ws.recv(), 10))
    assert ack["type"] == "connection_ack", ack
    return ws


async def _subscribe(ws: ClientConnection, id_: str, field: str) -> None:
    query = f"subscription {{ {field} {{ id type source subject dataref data }} }}"
    await ws.send(json.dumps({"id": id_, "type": "subscribe", "payload": {"query": query}}))


async def _next(ws: ClientConnection) -> dict[str, Any]:
    while True:
        message = json.loads(await asyncio.wait_for(ws.recv(), 15))
        if message["type"] != "ping":
            return message


async def _subscribers(settings: Settings, count: int, exactly: bool = False) -> None:
    """Wait until the server process listens on the channel with `count` subscriptions (no sleeping guess)."""
    client = aioredis.Redis.from_url(settings.redis_url)
    try:
        for _ in range(150):
            [(_, n)] = await client.pubsub_numsub(CHANNEL)
            if n == count or (n > count and not exactly):
                return
            await asyncio.sleep(0.1)
        raise AssertionError(f"{count} subscriptions expected on {CHANNEL}")
    finally:
        await client.aclose()


async def _complete(api: httpx.AsyncClient, h: dict[str, str], s: Setup, bsn: str = BSN) -> None:
    r = await api.post(f"{ROOT}/rollen", headers=h, json={
        "zaak": s.zaak["url"], "betrokkeneType": "natuurlijk_persoon", "roltype": s.initiator["url"],
        "roltoelichting": "aanvrager", "betrokkeneIdentificatie": {"inpBsn": bsn}})
    assert r.status_code == 201, r.text
    r = await api.post(f"{ROOT}/statussen", headers=h, json={
        "zaak": s.zaak["url"], "statustype": s.begin["url"], "datumStatusGezet": "2024-03-02T10:00:00Z"})
    assert r.status_code == 201, r.text


async def test_subscribers_get_the_events_they_may_read(server: str, api: httpx.AsyncClient, settings: Settings,
                                                        superuser: dict[str, str], live_on: None) -> None:
    mine = await setup(api, superuser)
    other = await setup(api, superuser)
    await _complete(api, superuser, mine)
    await _complete(api, superuser, other)
    # a portal that may read only the other zaak's zaaktype
    portal = await make_client("portaal", autorisaties=[grant(other.zaaktype["url"], "zaken.lezen")])

    await _subscribers(settings, 0, exactly=True)  # an earlier test's subscriptions are gone
    medewerker = await _open(server, superuser)
    burger = await _open(server, portal)
    try:
        await _subscribe(medewerker, "1", f'zaakGewijzigd(uuid: "{mine.zaak["uuid"]}")')
        await _subscribe(medewerker, "2", f'mijnZaken(betrokkene: "{BSN}")')
        await _subscribe(burger, "3", f'mijnZaken(betrokkene: "{BSN}")')
        # the portal may not follow a zaak it cannot read: refused at once, as REST would
        await _subscribe(burger, "4", f'zaakGewijzigd(uuid: "{mine.zaak["uuid"]}")')
        refused = await _next(burger)
        assert (refused["id"], refused["type"]) == ("4", "next"), refused
        assert [e["extensions"]["code"] for e in refused["payload"]["errors"]] == ["permission_denied"], refused
        assert await _next(burger) == {"id": "4", "type": "complete"}
        await _subscribers(settings, 3)

        # a write in this process; the subscribers are on the server process
        r = await api.patch(mine.zaak["url"], headers={**superuser, **CRS}, json={"toelichting": "live"})
        assert r.status_code == 200, r.text
        got = [await _next(medewerker), await _next(medewerker)]
        assert sorted(m["id"] for m in got) == ["1", "2"]
        for message in got:
            assert message["type"] == "next", message
            event = message["payload"]["data"]["zaakGewijzigd" if message["id"] == "1" else "mijnZaken"]
            assert (event["type"], event["source"], event["subject"], event["dataref"]) == (
                "nl.overheid.zaken.zaak-gemuteerd", SOURCE, mine.zaak["uuid"],
                f"/zaken/api/v1/zaken/{mine.zaak['uuid']}")
            assert event["data"]["zaaktype"] == mine.zaaktype["url"]

        # the other zaak: the portal's first event is this one (it never got the one it may not read)
        r = await api.patch(other.zaak["url"], headers={**superuser, **CRS}, json={"laatstGeopend":
                                                                                    "2025-01-01T12:00:00Z"})
        assert r.status_code == 200, r.text
        first = await _next(burger)
        assert first["id"] == "3" and first["type"] == "next", first
        event = first["payload"]["data"]["mijnZaken"]
        assert (event["type"], event["subject"]) == ("nl.overheid.zaken.zaak-geopend", other.zaak["uuid"])
        assert (await _next(medewerker))["payload"]["data"]["mijnZaken"]["subject"] == other.zaak["uuid"]

        # a zaak without the betrokkene is nobody's mijnZaken; deleting the followed zaak ends zaakGewijzigd
        third = await setup(api, superuser)
        await _complete(api, superuser, third, bsn="111222333")
        r = await api.delete(mine.zaak["url"], headers=superuser)
        assert r.status_code == 204, r.text
        got = [await _next(medewerker) for _ in range(3)]  # 1: next + complete, 2: next
        kinds = sorted((m["id"], m["type"]) for m in got)
        assert kinds == [("1", "complete"), ("1", "next"), ("2", "next")], got
        assert all(m["payload"]["data"][f]["type"] == "nl.overheid.zaken.zaak-verwijderd"
                   for m in got if m["type"] == "next" for f in m["payload"]["data"])
    finally:
        await medewerker.close()
        await burger.close()


async def test_without_a_token_nothing_is_streamed(server: str, api: httpx.AsyncClient, superuser: dict[str, str],
                                                   live_on: None) -> None:
    s = await setup(api, superuser)
    ws = await connect(server, subprotocols=["graphql-transport-ws"])  # type: ignore[list-item]
    try:
        await ws.send(json.dumps({"type": "connection_init", "payload": {}}))
        assert json.loads(await asyncio.wait_for(ws.recv(), 10))["type"] == "connection_ack"
        await _subscribe(ws, "1", f'zaakGewijzigd(uuid: "{s.zaak["uuid"]}")')
        message = await _next(ws)
        assert message["id"] == "1" and message["type"] in ("error", "next"), message
        errors = message["payload"] if message["type"] == "error" else message["payload"]["errors"]
        assert errors and errors[0]["extensions"]["code"] in ("not_authenticated", "permission_denied"), errors
    finally:
        await ws.close()


async def test_a_browser_sends_its_token_in_connection_init(server: str, api: httpx.AsyncClient,
                                                            settings: Settings, superuser: dict[str, str],
                                                            live_on: None) -> None:
    s = await setup(api, superuser)
    await _complete(api, superuser, s)
    bad = await connect(server, subprotocols=["graphql-transport-ws"])  # type: ignore[list-item]
    try:
        await bad.send(json.dumps({"type": "connection_init", "payload": {"Authorization": "Bearer nope"}}))
        with pytest.raises(ConnectionClosed) as closed:
            await asyncio.wait_for(bad.recv(), 10)
        assert closed.value.rcvd is not None and closed.value.rcvd.code == 4403
    finally:
        await bad.close()

    await _subscribers(settings, 0, exactly=True)
    ws = await connect(server, subprotocols=["graphql-transport-ws"])  # type: ignore[list-item]
    try:
        await ws.send(json.dumps({"type": "connection_init", "payload": {"Authorization": superuser["Authorization"]}}))
        assert json.loads(await asyncio.wait_for(ws.recv(), 10))["type"] == "connection_ack"
        await _subscribe(ws, "1", f'zaakGewijzigd(uuid: "{s.zaak["uuid"]}")')
        await _subscribers(settings, 1)
        r = await api.patch(s.zaak["url"], headers={**superuser, **CRS}, json={"toelichting": "browser"})
        assert r.status_code == 200, r.text
        message = await _next(ws)
        assert message["type"] == "next", message
        assert message["payload"]["data"]["zaakGewijzigd"]["subject"] == s.zaak["uuid"]
    finally:
        await ws.close()
