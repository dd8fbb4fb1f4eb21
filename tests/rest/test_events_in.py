"""Incoming cloud events, `POST /events` as Open Zaak's webhook: zaak-gekoppeld makes a zaakobject, zaak-ontkoppeld
removes it (both idempotent); malformed events, other types and other media types are refused; scope
cloudevents.bezorgen."""

from __future__ import annotations

import json
from typing import Any
from uuid import uuid4

import httpx

from tests.conftest import make_client
from tests.rest.zaken.sub.helpers import ROOT, codes, setup
from zgw.domain.notifications.documents import OutboxMessage
from zgw.domain.zaken.documents import Zaak, ZaakObject

URL = "/events"
CE = {"Content-Type": "application/cloudevents+json"}
OBJECT = "https://objecten.example/api/v2/objects/7f5b2f1c-0000-4000-8000-000000000001"


def _event(type_: str = "nl.overheid.zaken.zaak-gekoppeld", data: Any = None, **attributes: Any) -> bytes:
    event = {"specversion": "1.0", "type": type_, "source": "urn:nld:oin:00000001234567890000:systeem:openklant",
             "id": str(uuid4()), "time": "2025-11-28T09:57:45Z", "datacontenttype": "application/json",
             "data": data, **attributes}
    return json.dumps(event).encode()


async def _bezorger(api: httpx.AsyncClient) -> dict[str, str]:
    headers = await make_client("openklant", autorisaties=[{"component": "nrc", "scopes": ["cloudevents.bezorgen"]}])
    return {**headers, **CE}


async def _objects(zaak_uuid: str) -> list[ZaakObject]:
    zaak = await Zaak.get(zaak_uuid)
    assert zaak is not None
    return await ZaakObject.find({"_id": {"$in": list(zaak.zaakobjecten)}}).to_list()


async def test_zaak_gekoppeld_links_the_object_once(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    h = await _bezorger(api)
    data = {"zaak": f"urn:uuid:{s.zaak['uuid']}", "linkTo": OBJECT, "label": "Klantcontact",
            "linkObjectType": "klantcontact"}
    body = _event(data=data)
    await OutboxMessage.delete_all()
    r = await api.post(URL, headers=h, content=body)
    assert r.status_code == 202, r.text
    event_id = json.loads(body)["id"]
    [linked] = await _objects(s.zaak["uuid"])
    assert r.json() == {"accepted": True, "event_id": event_id, "action": "linked",
                        "zaakobjecten": [f"http://testserver{ROOT.removeprefix('http://testserver')}/zaakobjecten/"
                                         f"{linked.id}"]}
    assert (linked.object, linked.object_type, linked.object_type_overige, linked.relatieomschrijving) == (
        OBJECT, "overige", "klantcontact", "Klantcontact")
    read = await api.get(f"{ROOT}/zaakobjecten/{linked.id}", headers=superuser)
    assert read.status_code == 200 and read.json()["zaak"] == s.zaak["url"]
    # as a write of the API: notified on kanaal zaken and audited on the zaak's trail
    assert [(m.kanaal, m.resource, m.actie) for m in await OutboxMessage.find({}).to_list()] == [
        ("zaken", "zaakobject", "create")]
    trail = (await api.get(f"{s.zaak['url']}/audittrail", headers=superuser)).json()
    assert [(a["resource"], a["actie"]) for a in trail][-1] == ("zaakobject", "create")

    # the sender retries (same event, or a new one for the same link): no second zaakobject
    r = await api.post(URL, headers=h, content=body)
    assert (r.status_code, r.json()["action"]) == (202, "already-linked")
    r = await api.post(URL, headers=h, content=_event(data={**data, "zaak": s.zaak["url"]}))
    assert (r.status_code, r.json()["action"]) == (202, "already-linked")
    assert len(await _objects(s.zaak["uuid"])) == 1


async def test_known_object_types_are_kept_and_zaak_ontkoppeld_unlinks(api: httpx.AsyncClient,
                                                                       superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    h = await _bezorger(api)
    data = {"zaak": s.zaak["url"], "linkTo": OBJECT, "label": "adres", "linkObjectType": "adres"}
    r = await api.post(URL, headers=h, content=_event(data=data))
    assert r.status_code == 202, r.text
    [linked] = await _objects(s.zaak["uuid"])
    assert (linked.object_type, linked.object_type_overige) == ("adres", "")

    r = await api.post(URL, headers=h, content=_event("nl.overheid.zaken.zaak-ontkoppeld",
                                                      data={"zaak": f"urn:uuid:{s.zaak['uuid']}", "linkTo": OBJECT}))
    assert r.status_code == 202, r.text
    assert r.json()["action"] == "unlinked"
    assert await _objects(s.zaak["uuid"]) == []
    assert await ZaakObject.get(linked.id) is None
    r = await api.post(URL, headers=h, content=_event("nl.overheid.zaken.zaak-ontkoppeld",
                                                      data={"zaak": f"urn:uuid:{s.zaak['uuid']}", "linkTo": OBJECT}))
    assert (r.status_code, r.json()["action"], r.json()["zaakobjecten"]) == (202, "not-linked", [])


async def test_bad_events_are_refused(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    h = await _bezorger(api)
    good = {"zaak": f"urn:uuid:{s.zaak['uuid']}", "linkTo": OBJECT}

    async def refused(body: bytes, headers: dict[str, str] = h) -> tuple[int, list[tuple[str, str]]]:
        r = await api.post(URL, headers=headers, content=body)
        assert r.headers["content-type"] == "application/problem+json", r.text
        return r.status_code, codes(r) if r.status_code == 400 else []

    assert await refused(_event(data=good), {**h, "Content-Type": "application/json"}) == (415, [])
    assert await refused(b"{not json") == (400, [("cloudevent", "malformed-cloudevent")])
    assert await refused(b"[]") == (400, [("cloudevent", "malformed-cloudevent")])
    missing_type = json.loads(_event(data=good))
    del missing_type["type"]
    assert await refused(json.dumps(missing_type).encode()) == (400, [("cloudevent", "malformed-cloudevent")])
    assert await refused(_event(data=good, specversion="0.3")) == (400, [("cloudevent", "malformed-cloudevent")])
    assert await refused(_event(data=good, time="gisteren")) == (400, [("cloudevent", "malformed-cloudevent")])
    # a well-formed event of a type this component does not act on
    assert await refused(_event("nl.overheid.zaken.zaak-gemuteerd", data=good)) == (
        400, [("type", "unsupported-event-type")])
    assert await refused(_event(data=None)) == (400, [("data", "missing-data")])
    assert await refused(_event(data={"linkTo": OBJECT})) == (400, [("data.zaak", "required")])
    assert await refused(_event(data={**good, "zaak": f"urn:uuid:{uuid4()}"})) == (400, [("data.zaak", "unknown-zaak")])
    assert await refused(_event(data={**good, "zaak": "urn:nld:zaak:1"})) == (400, [("data.zaak", "unknown-zaak")])
    assert await refused(_event(data={"zaak": good["zaak"]})) == (400, [("data.linkTo", "missing-linkTo")])
    assert await _objects(s.zaak["uuid"]) == []


async def test_needs_scope_cloudevents_bezorgen(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    body = _event(data={"zaak": f"urn:uuid:{s.zaak['uuid']}", "linkTo": OBJECT})
    assert (await api.post(URL, headers=CE, content=body)).status_code == 403
    reader = await make_client("lezer", autorisaties=[{"component": "nrc", "scopes": ["notificaties.consumeren"]}])
    r = await api.post(URL, headers={**reader, **CE}, content=body)
    assert r.status_code == 403 and r.headers["content-type"] == "application/problem+json"
    assert (await api.post(URL, headers={**superuser, **CE}, content=body)).status_code == 202


async def test_outbox_view_and_retry_now(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    """The REST view of undelivered cloud events (heeftAlleAutorisaties only) and its "retry now"."""
    from uuid import UUID

    from zgw.domain.cloudevents import config, delivery, outbox
    from zgw.domain.cloudevents.config import CloudEventsConfig, Receiver

    dispatched: list[list[UUID]] = []

    async def record(ids: list[UUID]) -> None:
        dispatched.append(ids)

    previous = outbox._dispatcher
    config.configure(CloudEventsConfig(enabled=True, source="urn:nld:oin:1:zakensysteem", receivers=(
        Receiver("a", "http://127.0.0.1:9/a"), Receiver("b", "http://127.0.0.1:9/b"))))
    outbox.set_dispatcher(record)
    try:
        s = await setup(api, superuser)
        r = await api.post(f"{ROOT}/statussen", headers=superuser, json={
            "zaak": s.zaak["url"], "statustype": s.begin["url"], "datumStatusGezet": "2024-03-02T10:00:00Z"})
        assert r.status_code == 201, r.text
        r = await api.get("/events/outbox", headers=superuser)
        assert r.status_code == 200, r.text
        listed = r.json()
        assert sorted((m["receiver"], m["status"], m["attempts"], m["type"], m["subject"]) for m in listed) == [
            (name, "pending", 0, "nl.overheid.zaken.zaak-gemuteerd", s.zaak["uuid"]) for name in ("a", "b")]
        assert listed[0]["eventId"] == listed[1]["eventId"] and listed[0]["lastError"] == ""
        await delivery.give_up(UUID(listed[0]["id"]), "HTTP 410")
        r = await api.post("/events/outbox/retry", headers=superuser, json={"failed": True})
        assert (r.status_code, r.json()) == (202, {"retrying": [listed[0]["id"]]})
        assert dispatched[-1] == [UUID(listed[0]["id"])]
        assert {m["status"] for m in (await api.get("/events/outbox", headers=superuser)).json()} == {"pending"}
        r = await api.post("/events/outbox/retry", headers=superuser, json={"ids": ["nope"]})
        assert (r.status_code, codes(r)) == (400, [("ids", "invalid")])
        reader = await make_client("lezer2", autorisaties=[{"component": "nrc", "scopes": ["cloudevents.bezorgen"]}])
        assert (await api.get("/events/outbox", headers=reader)).status_code == 403
        assert (await api.post("/events/outbox/retry", headers=reader, json={})).status_code == 403
    finally:
        config.configure(CloudEventsConfig())
        outbox.set_dispatcher(previous)
