"""Substatussen (Open Zaak): create with Open Zaak's rules, list filters, authorisation, audit, notification,
and key lookups only for one zaak."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID

import httpx

from tests.conftest import make_client
from tests.perf.recorder import recorded
from tests.rest.zaken.factories import make_zaak
from tests.rest.zaken.sub.helpers import ROOT, codes, grant, setup, zaak_doc
from tests.rest.zaken.sub.test_statussen import set_status
from zgw.core.settings import Settings
from zgw.domain.audit.documents import AuditRecord
from zgw.domain.notifications.documents import OutboxMessage
from zgw.domain.zaken.documents import SubStatus

URL = f"{ROOT}/substatussen"


async def add(api: httpx.AsyncClient, h: dict[str, str], zaak: str, **over: Any) -> httpx.Response:
    return await api.post(URL, headers=h, json={"zaak": zaak, "omschrijving": "Aanvraag in behandeling", **over})


async def test_create_takes_the_current_status(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    zaak = s.zaak["url"]
    r = await add(api, superuser, zaak)
    assert r.status_code == 400
    assert codes(r) == [("status", "invalid")]
    assert await SubStatus.find().count() == 0
    first = (await set_status(api, superuser, zaak, s.begin["url"], "2024-03-02T10:00:00Z")).json()
    current = (await set_status(api, superuser, zaak, s.begin["url"], "2024-03-03T10:00:00Z")).json()
    before = (await zaak_doc(zaak)).laatst_gemuteerd
    r = await add(api, superuser, zaak, tijdstip="2024-03-03T12:00:00+01:00", doelgroep="betrokkenen")
    assert r.status_code == 201, r.text
    body = r.json()
    assert r.headers["Location"] == body["url"]
    assert body == {"url": body["url"], "uuid": body["uuid"], "zaak": zaak, "status": current["url"],
                    "omschrijving": "Aanvraag in behandeling", "tijdstip": "2024-03-03T11:00:00Z",
                    "doelgroep": "betrokkenen"}
    assert (await api.get(body["url"], headers=superuser)).json() == body
    stored = await zaak_doc(zaak)
    assert stored.substatussen == [UUID(body["uuid"])]
    assert stored.laatst_gemuteerd > before
    # an explicit status of this zaak; tijdstip defaults to now; doelgroep to ""
    r = await add(api, superuser, zaak, status=first["url"])
    assert r.status_code == 201, r.text
    assert (r.json()["status"], r.json()["doelgroep"]) == (first["url"], "")
    assert abs(datetime.fromisoformat(r.json()["tijdstip"]) - datetime.now(UTC)) < timedelta(minutes=1)
    trail = await AuditRecord.find({"resource": "substatus"}).to_list()
    assert sorted((a.actie, a.resultaat, a.hoofd_object) for a in trail) == [("create", 201, zaak)] * 2
    messages = await OutboxMessage.find({"resource": "substatus"}).to_list()
    assert sorted((m.kanaal, m.actie, m.hoofd_object) for m in messages) == [("zaken", "create", zaak)] * 2
    assert {m.resource_url for m in messages} == {body["url"], r.json()["url"]}


async def test_refusals(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    other = await setup(api, superuser)
    await set_status(api, superuser, s.zaak["url"], s.begin["url"])
    elsewhere = (await set_status(api, superuser, other.zaak["url"], other.begin["url"])).json()
    r = await add(api, superuser, s.zaak["url"], status=elsewhere["url"])
    assert r.status_code == 400
    assert codes(r) == [("nonFieldErrors", "zaak-mismatch")]
    r = await add(api, superuser, s.zaak["url"], status=f"{ROOT}/statussen/5d4a1c38-7f3e-4d2e-9d8a-7e0f0c1b2a3d")
    assert codes(r) == [("status", "does_not_exist")]
    future = (datetime.now(UTC) + timedelta(days=1)).isoformat()
    assert codes(await add(api, superuser, s.zaak["url"], tijdstip=future)) == [("tijdstip", "date-in-future")]
    assert codes(await add(api, superuser, s.zaak["url"], doelgroep="iedereen"))[0][0] == "doelgroep"
    assert codes(await add(api, superuser, s.zaak["url"], omschrijving=""))[0] == ("omschrijving", "min_length")
    assert codes(await add(api, superuser, s.zaak["url"], omschrijving="x" * 201))[0] == ("omschrijving",
                                                                                         "max_length")
    r = await add(api, superuser, f"{ROOT}/zaken/5d4a1c38-7f3e-4d2e-9d8a-7e0f0c1b2a3d")
    assert codes(r) == [("zaak", "does_not_exist")]
    r = await add(api, superuser, s.zaak["url"], tijdstip="0001-01-01T00:00:00+01:00")
    assert r.status_code == 400
    assert await SubStatus.find().count() == 0
    assert await OutboxMessage.find({"resource": "substatus"}).count() == 0


async def test_list_filters(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    other = await make_zaak(api, superuser, s.zaaktype["url"])
    st = (await set_status(api, superuser, s.zaak["url"], s.begin["url"])).json()
    st2 = (await set_status(api, superuser, other["url"], s.begin["url"])).json()
    a = (await add(api, superuser, s.zaak["url"], tijdstip="2024-03-04T10:00:00Z", doelgroep="intern")).json()
    b = (await add(api, superuser, s.zaak["url"], tijdstip="2024-03-05T10:00:00Z", doelgroep="betrokkenen")).json()
    c = (await add(api, superuser, other["url"], tijdstip="2024-03-06T10:00:00Z", doelgroep="betrokkenen")).json()

    async def urls(**params: Any) -> list[str]:
        r = await api.get(URL, headers=superuser, params=params)
        assert r.status_code == 200, r.text
        return [x["url"] for x in r.json()["results"]]

    assert await urls() == [c["url"], b["url"], a["url"]]  # -tijdstip
    assert await urls(zaak=s.zaak["url"]) == [b["url"], a["url"]]
    assert await urls(doelgroep="betrokkenen") == [c["url"], b["url"]]
    assert await urls(status=st["url"]) == [b["url"], a["url"]]
    assert await urls(status=st2["url"], zaak=s.zaak["url"]) == []
    assert await urls(tijdstip__gt="2024-03-04T10:00:00Z") == [c["url"], b["url"]]
    assert await urls(tijdstip__gte="2024-03-04T10:00:00Z", tijdstip__lt="2024-03-06T10:00:00Z") == [b["url"],
                                                                                                      a["url"]]
    assert await urls(tijdstip__lte="2024-03-04T11:00:00+01:00") == [a["url"]]
    assert (await api.get(URL, headers=superuser, params={"doelgroep": "alle"})).status_code == 400
    assert (await api.get(URL, headers=superuser, params={"tijdstip__gt": "morgen"})).status_code == 400


async def test_authorisation(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    other = await setup(api, superuser)
    for t in (s, other):
        await set_status(api, superuser, t.zaak["url"], t.begin["url"])
    theirs = (await add(api, superuser, other.zaak["url"])).json()
    reader = await make_client("lezer", autorisaties=[grant(s.zaaktype["url"], "zaken.lezen")])
    assert (await add(api, reader, s.zaak["url"])).status_code == 403
    assert (await api.get(theirs["url"], headers=reader)).status_code == 403
    toevoeger = await make_client("toevoeger", autorisaties=[grant(s.zaaktype["url"], "zaken.lezen",
                                                                   "zaken.statussen.toevoegen")])
    mine = await add(api, toevoeger, s.zaak["url"])
    assert mine.status_code == 201
    assert (await add(api, toevoeger, other.zaak["url"])).status_code == 403
    aanmaker = await make_client("aanmaker", autorisaties=[grant(s.zaaktype["url"], "zaken.aanmaken")])
    assert (await add(api, aanmaker, s.zaak["url"])).status_code == 201
    listed = await api.get(URL, headers=reader)
    assert listed.json()["count"] == 2
    assert theirs["url"] not in [x["url"] for x in listed.json()["results"]]


async def test_one_zaak_paths_are_key_lookups(api: httpx.AsyncClient, superuser: dict[str, str], settings: Settings,
                                              app_state: tuple[Any, dict[str, Any]]) -> None:
    _, state = app_state
    s = await setup(api, superuser)
    for _ in range(3):
        zaak = (await make_zaak(api, superuser, s.zaaktype["url"]))["url"]
        await set_status(api, superuser, zaak, s.begin["url"])
        await add(api, superuser, zaak)
    await set_status(api, superuser, s.zaak["url"], s.begin["url"])
    async with recorded(settings, state) as rec:
        with rec.recording():
            made = (await add(api, superuser, s.zaak["url"])).json()
            assert (await api.get(made["url"], headers=superuser)).status_code == 200
            listed = await api.get(URL, headers=superuser, params={"zaak": s.zaak["url"],
                                                                   "tijdstip__lte": made["tijdstip"]})
            assert listed.json()["count"] == 1
        assert rec.scans() == []
