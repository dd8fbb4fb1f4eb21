"""The cloud events of one request, their delivery steps and an incoming event read and write only by `_id`
(PyMongo command monitoring): on the embedded store any other filter reads the whole collection. The beat sweep
(due messages) and `zgw events pending` are the only scans, as the notification outbox's."""

from __future__ import annotations

import json
from typing import Any
from uuid import UUID

import httpx

from tests.conftest import make_client
from tests.domain.cloudevents.conftest import messages
from tests.perf.recorder import Recorder, recorded
from tests.rest.zaken.factories import CRS
from tests.rest.zaken.sub.helpers import ROOT, setup
from zgw.core.settings import Settings
from zgw.domain.cloudevents import config, delivery
from zgw.domain.cloudevents.config import CloudEventsConfig, Delivery, Receiver
from zgw.domain.cloudevents.delivery import Message

OBJECT = "https://objecten.example/api/v2/objects/1"


async def test_one_zaak_paths_never_scan(api: httpx.AsyncClient, superuser: dict[str, str], settings: Settings,
                                         app_state: tuple[Any, dict[str, Any]],
                                         events_on: list[list[UUID]]) -> None:
    _, state = app_state
    config.configure(CloudEventsConfig(enabled=True, source="urn:nld:oin:1:zakensysteem", receivers=(
        Receiver("a", "http://127.0.0.1:9/a"), Receiver("b", "http://127.0.0.1:9/b"))))
    h = superuser
    s = await setup(api, h)
    for _ in range(3):  # other zaken with events around the one we work on
        other = await setup(api, h)
        assert (await api.post(f"{ROOT}/statussen", headers=h, json={
            "zaak": other.zaak["url"], "statustype": other.begin["url"],
            "datumStatusGezet": "2024-03-02T10:00:00Z"})).status_code == 201
    bezorger = {**await make_client("ok", autorisaties=[{"component": "nrc", "scopes": ["cloudevents.bezorgen"]}]),
                "Content-Type": "application/cloudevents+json"}
    scans: dict[str, list[Any]] = {}

    async def check(label: str, recorder: Recorder, method: str, url: str, expect: int, **kw: Any) -> None:
        with recorder.recording():
            r = await api.request(method, url, headers={**h, **kw.pop("headers", {})}, **kw)
        assert r.status_code == expect, (label, r.status_code, r.text)
        if recorder.scans():
            scans[label] = recorder.scans()

    def incoming(type_: str) -> bytes:
        return json.dumps({"specversion": "1.0", "type": type_, "source": "urn:x", "id": type_,
                           "data": {"zaak": f"urn:uuid:{s.zaak['uuid']}", "linkTo": OBJECT}}).encode()

    async with recorded(settings, state) as rec:
        await check("first status", rec, "POST", f"{ROOT}/statussen", 201, json={
            "zaak": s.zaak["url"], "statustype": s.begin["url"], "datumStatusGezet": "2024-03-02T10:00:00Z"})
        await check("patch", rec, "PATCH", s.zaak["url"], 200, headers=CRS, json={"toelichting": "x"})
        await check("geopend", rec, "PATCH", s.zaak["url"], 200, headers=CRS,
                    json={"laatstGeopend": "2025-01-01T12:00:00Z"})
        await check("zaak-gekoppeld", rec, "POST", "/events", 202, headers=bezorger,
                    content=incoming("nl.overheid.zaken.zaak-gekoppeld"))
        await check("zaak-ontkoppeld", rec, "POST", "/events", 202, headers=bezorger,
                    content=incoming("nl.overheid.zaken.zaak-ontkoppeld"))
        await check("delete", rec, "DELETE", s.zaak["url"], 204)
        found = [m for m in await messages() if m["subject"] == s.zaak["uuid"]]
        assert len(found) == 2 * 6  # per receiver: status, patch, geopend, link, unlink, delete
        steps = Delivery(breaker_threshold=1)
        with rec.recording():  # what a worker does for one message
            first = found[0]
            claimed = await delivery.claim(first["_id"], "task-1", 60)
            assert claimed is not None
            await delivery.circuit_open_until(claimed.receiver)
            await delivery.attempt_failed(claimed, "HTTP 500", steps)
            await delivery.receiver_failed(claimed.receiver, steps)
            await delivery.defer(first["_id"], first["aanmaakdatum"])
            await delivery.retry([first["_id"]])
            await delivery.delivered(found[1]["_id"])
            await delivery.receiver_succeeded(found[1]["receiver"])
            await delivery.give_up(found[2]["_id"], "gone")
            assert isinstance(claimed, Message)
        assert {c for _, c, _ in rec.commands} >= {"cloudevent_outbox", "cloudevent_receivers"}  # really seen
        if rec.scans():
            scans["delivery"] = rec.scans()
    for label, scanned in scans.items():
        print(label, scanned)
    assert scans == {}
