"""One event per request per zaak: the strongest type of what the request's successful operations noted; a
failed operation's notes count for nothing; document_registreren's document-geregistreerd."""

from __future__ import annotations

import base64
from uuid import UUID

import httpx
import pytest

from tests.domain.cloudevents.conftest import SOURCE, events, messages
from tests.rest.documenten.sub.helpers import DOCUMENTEN, linked_setup
from tests.rest.zaken.sub.helpers import ROOT, setup
from zgw.domain import cloudevents
from zgw.domain.cloudevents import types
from zgw.domain.notifications.service import notifying
from zgw.domain.zaken.documents import Zaak


def url_of(ref: str) -> str:
    return f"http://testserver{ref}"


async def _complete_zaak(api: httpx.AsyncClient, h: dict[str, str]) -> Zaak:
    s = await setup(api, h)
    r = await api.post(f"{ROOT}/statussen", headers=h, json={
        "zaak": s.zaak["url"], "statustype": s.begin["url"], "datumStatusGezet": "2024-03-02T10:00:00Z"})
    assert r.status_code == 201, r.text
    zaak = await Zaak.get(s.zaak["uuid"])
    assert zaak is not None
    return zaak


async def test_a_request_touching_a_zaak_often_sends_one_event_of_the_strongest_type(
        api: httpx.AsyncClient, superuser: dict[str, str], events_on: list[list[UUID]]) -> None:
    zaak = await _complete_zaak(api, superuser)
    before = len(await messages())
    async with cloudevents.request_scope() as collector:
        for type_ in (types.ZAAK_GEMUTEERD, types.ZAAK_GEREGISTREERD, types.ZAAK_GEMUTEERD):
            async with notifying() as box:
                await cloudevents.zaak_event(box, zaak, type_, url_of)
                await cloudevents.zaak_event(box, zaak, types.ZAAK_GEMUTEERD, url_of)
        with pytest.raises(RuntimeError):  # a failed operation of the same request: its note is dropped
            async with notifying() as box:
                await cloudevents.zaak_event(box, zaak, types.ZAAK_VERWIJDERD, url_of)
                raise RuntimeError("write failed")
        staged = await messages()
        assert [m["status"] for m in staged[before:]] == ["prepared"]  # staged with the first write
        await collector.flush()
    found = (await events())[before:]
    assert len(found) == 1
    event = found[0]
    assert (event["type"], event["subject"], event["source"], event["dataref"]) == (
        types.ZAAK_GEREGISTREERD, str(zaak.id), SOURCE, f"/zaken/api/v1/zaken/{zaak.id}")
    # the convenience types carry verantwoordelijkeOrganisatie too (Open Zaak)
    assert event["data"]["verantwoordelijkeOrganisatie"] == "517439943"
    assert set(event["data"]) == {"bronorganisatie", "zaaktype", "zaaktype.catalogus", "vertrouwelijkheidaanduiding",
                                  "verantwoordelijkeOrganisatie"}
    assert [m["status"] for m in (await messages())[before:]] == ["pending"]
    assert events_on[-1] == [(await messages())[before]["_id"]]


async def test_a_request_whose_only_operation_failed_leaves_nothing(
        api: httpx.AsyncClient, superuser: dict[str, str], events_on: list[list[UUID]]) -> None:
    zaak = await _complete_zaak(api, superuser)
    before = await messages()
    async with cloudevents.request_scope() as collector:
        with pytest.raises(RuntimeError):
            async with notifying() as box:
                await cloudevents.zaak_event(box, zaak, types.ZAAK_GEMUTEERD, url_of)
                assert len(await messages()) == len(before) + 1
                raise RuntimeError("write failed")
        await collector.flush()
    assert await messages() == before


async def test_outside_a_request_the_operation_sends_its_own_event(
        api: httpx.AsyncClient, superuser: dict[str, str], events_on: list[list[UUID]]) -> None:
    zaak = await _complete_zaak(api, superuser)
    before = len(await messages())
    async with notifying() as box:  # a worker task or the CLI: no request scope
        await cloudevents.zaak_event(box, zaak, types.ZAAK_GEMUTEERD, url_of)
        await cloudevents.zaak_event(box, zaak, types.ZAAK_GEMUTEERD, url_of)
    assert [(e["type"], m["status"]) for e, m in zip((await events())[before:], (await messages())[before:],
                                                     strict=True)] == [(types.ZAAK_GEMUTEERD, "pending")]


async def test_document_registreren_sends_document_geregistreerd(
        api: httpx.AsyncClient, superuser: dict[str, str], events_on: list[list[UUID]]) -> None:
    s = await linked_setup(api, superuser)
    r = await api.post(f"{ROOT}/statussen", headers=superuser, json={
        "zaak": s.zaak["url"], "statustype": s.begin["url"], "datumStatusGezet": "2024-03-02T10:00:00Z"})
    assert r.status_code == 201, r.text
    before = len(await messages())
    body = {"enkelvoudiginformatieobject": {
        "bronorganisatie": "517439943", "creatiedatum": "2024-03-01", "titel": "Aanvraag", "auteur": "Burger",
        "taal": "dut", "informatieobjecttype": s.iot["url"], "bestandsnaam": "a.txt", "formaat": "text/plain",
        "vertrouwelijkheidaanduiding": "openbaar", "inhoud": base64.b64encode(b"aanvraag").decode()},
        "zaakinformatieobject": {"zaak": s.zaak["url"], "titel": "de aanvraag"}}
    r = await api.post(f"{DOCUMENTEN}/document_registreren", headers=superuser, json=body)
    assert r.status_code == 201, r.text
    eio = r.json()["enkelvoudiginformatieobject"]
    iot = (await api.get(s.iot["url"], headers=superuser)).json()
    new = (await events())[before:]
    assert len(new) == 2
    found = {e["type"]: e for e in new}
    document = found.pop(types.DOCUMENT_GEREGISTREERD)
    for key in ("id", "time"):
        document.pop(key)
    assert document == {
        "specversion": "1.0", "type": types.DOCUMENT_GEREGISTREERD, "source": SOURCE,
        "subject": eio["url"].rsplit("/", 1)[-1],
        "dataref": None, "datacontenttype": "application/json",
        "data": {"informatieobjecttype": s.iot["url"], "informatieobjecttype.catalogus": iot["catalogus"],
                 "bronorganisatie": "517439943", "vertrouwelijkheidaanduiding": "openbaar",
                 "zaak.zaaktype": s.zaak["zaaktype"]}}
    # and the zaak's own event (its zaakinformatieobject), as Open Zaak's documentation lists
    assert found[types.ZAAK_GEMUTEERD]["subject"] == s.zaak["uuid"]


async def test_delivered_messages_are_purged_after_the_retention(
        api: httpx.AsyncClient, superuser: dict[str, str], events_on: list[list[UUID]]) -> None:
    from datetime import UTC, datetime, timedelta

    from zgw.domain.cloudevents import delivery, store

    zaak = await _complete_zaak(api, superuser)
    for _ in range(2):
        async with notifying() as box:
            await cloudevents.zaak_event(box, zaak, types.ZAAK_GEMUTEERD, url_of)
    old, recent, *rest = await messages()
    await store.outbox().update_one({"_id": old["_id"]}, {"$set": {
        "status": "delivered", "delivered_at": datetime.now(UTC) - timedelta(days=8)}})
    await store.outbox().update_one({"_id": recent["_id"]}, {"$set": {
        "status": "delivered", "delivered_at": datetime.now(UTC) - timedelta(days=1)}})
    assert await delivery.purge_delivered(timedelta(days=7)) == 1
    assert [m["_id"] for m in await messages()] == [recent["_id"], *(m["_id"] for m in rest)]
