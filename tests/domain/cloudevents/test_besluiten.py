"""Besluiten: a besluit of a zaak is a zaak-gemuteerd trigger; besluit_verwerken sends besluit-verwerkt."""

from __future__ import annotations

from typing import Any
from uuid import UUID, uuid4

import httpx

from tests.domain.cloudevents.conftest import SOURCE, events
from tests.rest.besluiten.factories import besluit_body, make_besluit, make_document, world, zaak_of
from zgw.domain.cloudevents import types
from zgw.domain.zaken.documents import Zaak

HOST = "http://testserver"


async def _with_status(zaak: dict[str, Any]) -> None:
    """The zaak counts as complete (has its first status) without a catalogue of statustypen."""
    await Zaak.get_pymongo_collection().update_one(
        {"_id": UUID(zaak["url"].rsplit("/", 1)[-1])}, {"$set": {"status": f"/zaken/api/v1/statussen/{uuid4()}"}})


async def test_besluit_of_a_zaak_is_zaak_gemuteerd(api: httpx.AsyncClient, superuser: dict[str, str],
                                                   events_on: list[list[UUID]]) -> None:
    w = await world(api, superuser)
    zaak = await zaak_of(api, superuser, w)
    await make_besluit(api, superuser, w.besluittype)  # no zaak: nothing
    await make_besluit(api, superuser, w.besluittype, zaak=zaak["url"])  # the zaak has no status yet: nothing
    assert await events() == []
    await _with_status(zaak)
    besluit = await make_besluit(api, superuser, w.besluittype, zaak=zaak["url"])
    r = await api.patch(besluit["url"], json={"toelichting": "anders"}, headers=superuser)
    assert r.status_code == 200, r.text
    found = await events()
    assert [(e["type"], e["subject"]) for e in found] == [(types.ZAAK_GEMUTEERD, zaak["url"].rsplit("/", 1)[-1])] * 2


async def test_besluit_verwerken_sends_besluit_verwerkt(api: httpx.AsyncClient, superuser: dict[str, str],
                                                        events_on: list[list[UUID]]) -> None:
    w = await world(api, superuser)
    zaak = await zaak_of(api, superuser, w)
    await _with_status(zaak)
    docs = [await make_document(api, superuser, w.iot) for _ in range(2)]
    r = await api.post(f"{HOST}/besluiten/api/v1/besluit_verwerken", headers=superuser, json={
        "besluit": besluit_body(w.besluittype, zaak=zaak["url"]),
        "besluitinformatieobjecten": [{"informatieobject": d["url"]} for d in docs]})
    assert r.status_code == 201, r.text
    besluit = r.json()["besluit"]
    uuid = besluit["url"].rsplit("/", 1)[-1]
    besluittype = (await api.get(w.besluittype, headers=superuser)).json()
    found = {e["type"]: e for e in await events()}
    assert set(found) == {types.BESLUIT_VERWERKT, types.ZAAK_GEMUTEERD}
    event = found[types.BESLUIT_VERWERKT]
    for key in ("id", "time"):
        event.pop(key)
    assert event == {
        "specversion": "1.0", "type": types.BESLUIT_VERWERKT, "source": SOURCE, "subject": uuid,
        "dataref": f"/besluiten/api/v1/besluiten/{uuid}", "datacontenttype": "application/json",
        "data": {"verantwoordelijkeOrganisatie": besluit["verantwoordelijkeOrganisatie"],
                 "besluittype": w.besluittype, "besluittype.catalogus": besluittype["catalogus"],
                 "zaak.zaaktype": w.zaaktype, "informatieobjecten.iotype": [w.iot, w.iot]}}

    # refused: nothing at all
    before = await events()
    r = await api.post(f"{HOST}/besluiten/api/v1/besluit_verwerken", headers=superuser, json={
        "besluit": besluit_body(w.besluittype, zaak=zaak["url"]),
        "besluitinformatieobjecten": [{"informatieobject": docs[0]["url"]}] * 2})
    assert r.status_code == 400
    assert len(await events()) == len(before)
