"""Which writes emit which cloud event, in Open Zaak's documented shape, once per request per zaak."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

import httpx
import pytest

from tests.domain.cloudevents.conftest import SOURCE, events, messages
from tests.rest.zaken.factories import CRS
from tests.rest.zaken.sub.helpers import ROOT, Setup, setup
from zgw.domain.cloudevents import config, types
from zgw.domain.cloudevents.config import CloudEventsConfig, Receiver

TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


async def _status(api: httpx.AsyncClient, h: dict[str, str], s: Setup, statustype: dict[str, Any] | None = None,
                  when: str = "2024-03-02T10:00:00Z") -> httpx.Response:
    r = await api.post(f"{ROOT}/statussen", headers=h, json={
        "zaak": s.zaak["url"], "statustype": (statustype or s.begin)["url"], "datumStatusGezet": when})
    assert r.status_code == 201, r.text
    return r


def _zaak_data(s: Setup) -> dict[str, str]:
    return {"bronorganisatie": "517439943", "zaaktype": s.zaaktype["url"], "zaaktype.catalogus":
            s.zaaktype["catalogus"], "vertrouwelijkheidaanduiding": s.zaak["vertrouwelijkheidaanduiding"]}


def _assert_zaak_event(event: dict[str, Any], type_: str, s: Setup) -> None:
    uuid = s.zaak["uuid"]
    stamp = event.pop("time")
    event_id = event.pop("id")
    assert TIME.match(stamp), stamp
    assert abs((datetime.fromisoformat(stamp.replace("Z", "+00:00")) - datetime.now(UTC)).total_seconds()) < 120
    assert UUID(event_id)
    assert event == {"specversion": "1.0", "type": type_, "source": SOURCE, "subject": uuid,
                     "dataref": f"/zaken/api/v1/zaken/{uuid}", "datacontenttype": "application/json",
                     "data": _zaak_data(s)}


async def test_no_event_before_the_first_status_then_gemuteerd(api: httpx.AsyncClient, superuser: dict[str, str],
                                                                events_on: list[list[UUID]]) -> None:
    s = await setup(api, superuser)
    r = await api.patch(s.zaak["url"], headers={**superuser, **CRS}, json={"toelichting": "nog niet compleet"})
    assert r.status_code == 200, r.text
    assert await messages() == [] and events_on == []  # the zaak is not "complete" yet

    await _status(api, superuser, s)
    found = await messages()
    assert [(m["status"], m["receiver"], m["type"], m["subject"], m["attempts"]) for m in found] == [
        ("pending", "webhook", types.ZAAK_GEMUTEERD, s.zaak["uuid"], 0)]
    assert events_on == [[found[0]["_id"]]]
    _assert_zaak_event((await events())[0], types.ZAAK_GEMUTEERD, s)

    r = await api.patch(s.zaak["url"], headers={**superuser, **CRS}, json={"toelichting": "compleet"})
    assert r.status_code == 200, r.text
    assert [e["type"] for e in await events()] == [types.ZAAK_GEMUTEERD] * 2


async def test_patch_of_only_laatst_geopend_is_zaak_geopend(api: httpx.AsyncClient, superuser: dict[str, str],
                                                            events_on: list[list[UUID]]) -> None:
    s = await setup(api, superuser)
    await _status(api, superuser, s)
    before = len(await messages())
    r = await api.patch(s.zaak["url"], headers={**superuser, **CRS}, json={"laatstGeopend": "2025-01-01T12:00:00Z"})
    assert r.status_code == 200, r.text
    found = (await events())[before:]
    assert len(found) == 1
    _assert_zaak_event(found[0], types.ZAAK_GEOPEND, s)
    # laatstGeopend with anything else is a change of the zaak
    r = await api.patch(s.zaak["url"], headers={**superuser, **CRS},
                        json={"laatstGeopend": "2025-01-02T12:00:00Z", "toelichting": "x"})
    assert r.status_code == 200, r.text
    assert [e["type"] for e in (await events())[before:]] == [types.ZAAK_GEOPEND, types.ZAAK_GEMUTEERD]


async def test_sub_resource_writes_emit_gemuteerd_and_others_nothing(
        api: httpx.AsyncClient, superuser: dict[str, str], events_on: list[list[UUID]]) -> None:
    s = await setup(api, superuser)
    await _status(api, superuser, s)
    count = len(await messages())

    async def emitted(response: httpx.Response, expected: int = 201) -> list[str]:
        nonlocal count
        assert response.status_code == expected, response.text
        found = await events()
        new, count = found[count:], len(found)
        for event in new:
            assert event["subject"] == s.zaak["uuid"]
        return [e["type"] for e in new]

    gemuteerd = [types.ZAAK_GEMUTEERD]
    zo = await api.post(f"{ROOT}/zaakobjecten", headers=superuser, json={
        "zaak": s.zaak["url"], "objectType": "adres", "object": "https://bag.example/adres/1"})
    assert await emitted(zo) == gemuteerd
    assert await emitted(await api.patch(zo.json()["url"], headers=superuser, json={"relatieomschrijving": "x"}),
                         200) == gemuteerd
    assert await emitted(await api.delete(zo.json()["url"], headers=superuser), 204) == gemuteerd
    res = await api.post(f"{ROOT}/resultaten", headers=superuser, json={
        "zaak": s.zaak["url"], "resultaattype": s.resultaattype["url"]})
    assert await emitted(res) == gemuteerd
    assert await emitted(await api.patch(res.json()["url"], headers=superuser, json={"toelichting": "t"}),
                         200) == gemuteerd
    # a rol or a zaakeigenschap is no trigger (Open Zaak's list)
    rol = await api.post(f"{ROOT}/rollen", headers=superuser, json={
        "zaak": s.zaak["url"], "betrokkeneType": "medewerker", "roltype": s.behandelaar["url"],
        "roltoelichting": "b", "betrokkeneIdentificatie": {"identificatie": "m1"}})
    assert await emitted(rol) == []
    # a second status is a trigger too, and a substatus (Open Zaak)
    assert await emitted(await _status(api, superuser, s, when="2024-03-03T10:00:00Z")) == gemuteerd
    assert await emitted(await api.post(f"{ROOT}/substatussen", headers=superuser, json={
        "zaak": s.zaak["url"], "omschrijving": "in behandeling"})) == gemuteerd


async def test_zaak_delete_is_zaak_verwijderd_only_for_a_complete_zaak(
        api: httpx.AsyncClient, superuser: dict[str, str], events_on: list[list[UUID]]) -> None:
    s = await setup(api, superuser)
    await _status(api, superuser, s)
    before = len(await messages())
    r = await api.delete(s.zaak["url"], headers=superuser)
    assert r.status_code == 204, r.text
    found = (await events())[before:]
    assert len(found) == 1
    _assert_zaak_event(found[0], types.ZAAK_VERWIJDERD, s)

    other = await setup(api, superuser)  # never got a status: no receiver heard of it
    before = len(await messages())
    assert (await api.delete(other.zaak["url"], headers=superuser)).status_code == 204
    assert len(await messages()) == before


async def test_refused_write_emits_nothing(api: httpx.AsyncClient, superuser: dict[str, str],
                                           events_on: list[list[UUID]]) -> None:
    s = await setup(api, superuser)
    await _status(api, superuser, s)
    before = await messages()
    r = await api.patch(s.zaak["url"], headers={**superuser, **CRS}, json={"zaaktype": s.begin["url"]})
    assert r.status_code == 400, r.text
    r = await api.post(f"{ROOT}/resultaten", headers=superuser, json={"zaak": s.zaak["url"], "resultaattype": "x"})
    assert r.status_code == 400, r.text
    assert await messages() == before
    assert len(events_on) == 1


async def test_disabled_or_without_source_emits_nothing(api: httpx.AsyncClient, superuser: dict[str, str],
                                                        events_on: list[list[UUID]]) -> None:
    s = await setup(api, superuser)
    receivers = (Receiver("webhook", "http://127.0.0.1:9/events"),)
    config.configure(CloudEventsConfig(enabled=False, source=SOURCE, receivers=receivers))
    await _status(api, superuser, s)
    config.configure(CloudEventsConfig(enabled=True, source="", receivers=receivers))
    await _status(api, superuser, s, when="2024-03-03T10:00:00Z")
    assert await messages() == [] and events_on == []


async def test_every_receiver_gets_the_same_event(api: httpx.AsyncClient, superuser: dict[str, str],
                                                  events_on: list[list[UUID]]) -> None:
    config.configure(CloudEventsConfig(enabled=True, source=SOURCE, receivers=(
        Receiver("portaal", "http://127.0.0.1:9/a"), Receiver("mijn-overheid", "http://127.0.0.1:9/b", auth="jwt"))))
    s = await setup(api, superuser)
    await _status(api, superuser, s)
    found = await messages()
    assert sorted(m["receiver"] for m in found) == ["mijn-overheid", "portaal"]
    assert found[0]["body"] == found[1]["body"] and found[0]["event_id"] == found[1]["event_id"]
    assert events_on == [[m["_id"] for m in found]]


@pytest.mark.parametrize("stored_enabled", [True, False])
async def test_setup_config_overrides_the_environment(api: httpx.AsyncClient, superuser: dict[str, str],
                                                      events_on: list[list[UUID]], stored_enabled: bool) -> None:
    assert await config.save(stored_enabled, "urn:nld:oin:00000001234567890000:zakensysteem",
                             [{"name": "stored", "url": "http://127.0.0.1:9/c", "auth": "api_key", "key": "k"}])
    assert not await config.save(stored_enabled, "urn:nld:oin:00000001234567890000:zakensysteem",
                                 [{"name": "stored", "url": "http://127.0.0.1:9/c", "auth": "api_key", "key": "k"}])
    s = await setup(api, superuser)
    await _status(api, superuser, s)
    found = await events()
    if not stored_enabled:
        assert found == []
        return
    assert [(e["source"], m["receiver"]) for e, m in zip(found, await messages(), strict=True)] == [
        ("urn:nld:oin:00000001234567890000:zakensysteem", "stored")]


async def test_zaakinformatieobject_writes_emit_gemuteerd(api: httpx.AsyncClient, superuser: dict[str, str],
                                                        events_on: list[list[UUID]]) -> None:
    from tests.rest.documenten.sub.helpers import linked_setup, make_eio

    s = await linked_setup(api, superuser)
    r = await api.post(f"{ROOT}/statussen", headers=superuser, json={
        "zaak": s.zaak["url"], "statustype": s.begin["url"], "datumStatusGezet": "2024-03-02T10:00:00Z"})
    assert r.status_code == 201, r.text
    zio = await api.post(f"{ROOT}/zaakinformatieobjecten", headers=superuser, json={
        "zaak": s.zaak["url"], "informatieobject": await make_eio(s.iot["url"])})
    assert zio.status_code == 201, zio.text
    assert (await api.patch(zio.json()["url"], headers=superuser, json={"titel": "t"})).status_code == 200
    assert (await api.delete(zio.json()["url"], headers=superuser)).status_code == 204
    assert [(e["type"], e["subject"]) for e in await events()] == [
        (types.ZAAK_GEMUTEERD, s.zaak["uuid"])] * 4  # status, create, patch, delete
