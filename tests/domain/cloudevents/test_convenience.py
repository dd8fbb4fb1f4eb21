"""The convenience endpoints send one event of their own type per request (not a zaak-gemuteerd per write)."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import httpx
import pytest

from tests.domain.cloudevents.conftest import SOURCE, events
from tests.rest.zaken.factories import CRS
from tests.rest.zaken.sub.helpers import ROOT, Setup, setup
from tests.rest.zaken.test_convenience import medewerker, persoon, registratie
from zgw.domain.cloudevents import types


def _data(s: Setup, zaak: dict[str, Any]) -> dict[str, str]:
    return {"bronorganisatie": "517439943", "zaaktype": s.zaaktype["url"], "zaaktype.catalogus":
            s.zaaktype["catalogus"], "vertrouwelijkheidaanduiding": zaak["vertrouwelijkheidaanduiding"],
            "verantwoordelijkeOrganisatie": "517439943"}


async def _new(before: int) -> list[dict[str, Any]]:
    return (await events())[before:]


async def test_zaak_registreren_is_one_zaak_geregistreerd(api: httpx.AsyncClient, superuser: dict[str, str],
                                                          events_on: list[list[UUID]]) -> None:
    s = await setup(api, superuser)
    r = await api.post(f"{ROOT}/zaak_registreren", headers={**superuser, **CRS}, json=registratie(s))
    assert r.status_code == 201, r.text
    zaak = r.json()["zaak"]
    [event] = await events()  # zaak, two rollen, a zaakobject and the status: one event
    for key in ("id", "time"):
        event.pop(key)
    assert event == {"specversion": "1.0", "type": types.ZAAK_GEREGISTREERD, "source": SOURCE,
                     "subject": zaak["uuid"], "dataref": f"/zaken/api/v1/zaken/{zaak['uuid']}",
                     "datacontenttype": "application/json", "data": _data(s, zaak)}
    # refused: nothing
    r = await api.post(f"{ROOT}/zaak_registreren", headers={**superuser, **CRS},
                       json=registratie(s, status={"statustype": s.resultaattype["url"],
                                                   "datumStatusGezet": "2024-03-02T10:00:00Z"}))
    assert r.status_code == 400, r.text
    assert len(await events()) == 1


@pytest.mark.parametrize(("op", "expected"), [
    ("opschorten", types.ZAAK_OPGESCHORT), ("verlengen", types.ZAAK_VERLENGD), ("bijwerken", types.ZAAK_BIJGEWERKT),
    ("afsluiten", types.ZAAK_AFGESLOTEN)])
async def test_each_zaak_operation_sends_its_type(api: httpx.AsyncClient, superuser: dict[str, str],
                                                  events_on: list[list[UUID]], op: str, expected: str) -> None:
    s = await setup(api, superuser)
    r = await api.post(f"{ROOT}/statussen", headers=superuser, json={
        "zaak": s.zaak["url"], "statustype": s.begin["url"], "datumStatusGezet": "2024-03-02T10:00:00Z"})
    assert r.status_code == 201, r.text
    before = len(await events())
    status = {"statustype": s.begin["url"], "datumStatusGezet": "2024-03-03T10:00:00Z"}
    body: dict[str, Any] = {
        "opschorten": {"zaak": {"opschorting": {"indicatie": True, "reden": "wacht"}}, "status": status},
        "verlengen": {"zaak": {"verlenging": {"reden": "drukte", "duur": "P5D"}}, "status": status},
        "bijwerken": {"zaak": {"omschrijving": "anders"}, "status": status,
                      "rollen": [persoon(s.initiator["url"]), medewerker(s.behandelaar["url"])]},
        "afsluiten": {"zaak": {"toelichting": "klaar"}, "resultaat": {"resultaattype": s.resultaattype["url"]},
                      "status": {"statustype": s.eind["url"], "datumStatusGezet": "2024-03-03T10:00:00Z"}},
    }[op]
    r = await api.post(f"{ROOT}/zaak_{op}/{s.zaak['uuid']}", headers={**superuser, **CRS}, json=body)
    assert r.status_code == 200, r.text
    found = await _new(before)
    assert [(e["type"], e["subject"]) for e in found] == [(expected, s.zaak["uuid"])]
    assert found[0]["data"] == _data(s, r.json()["zaak"])
