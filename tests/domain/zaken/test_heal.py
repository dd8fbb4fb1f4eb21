"""What a crashed writer leaves (a name without its document) is dropped by heal(); data from before the
lists existed is named by backfill_lists()."""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import uuid4

import httpx

from tests.rest.zaken.sub.helpers import ROOT, setup, zaak_doc
from zgw.domain.zaken import subresources
from zgw.domain.zaken.documents import Status, Zaak


async def test_heal_drops_names_without_documents(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    r = await api.post(f"{ROOT}/statussen", headers=superuser, json={
        "zaak": s.zaak["url"], "statustype": s.begin["url"], "datumStatusGezet": "2024-03-02T10:00:00Z"})
    assert r.status_code == 201, r.text
    zaak = await zaak_doc(s.zaak["url"])
    real_status = zaak.statussen[0]
    ghost_status, ghost_rol, ghost_resultaat = uuid4(), uuid4(), uuid4()
    ghost_deelzaak = f"{Zaak.PATH}/{uuid4()}"
    await Zaak.get_pymongo_collection().update_one({"_id": zaak.id}, {
        "$push": {"statussen": ghost_status, "rollen": ghost_rol, "deelzaken": ghost_deelzaak},
        "$set": {"resultaat": f"/zaken/api/v1/resultaten/{ghost_resultaat}", "resultaat_resultaattype": "/x"}})

    dropped = await subresources.heal(zaak.id)
    assert sorted(dropped) == sorted([f"statussen {ghost_status}", f"rollen {ghost_rol}",
                                      f"deelzaken {ghost_deelzaak}",
                                      f"resultaat /zaken/api/v1/resultaten/{ghost_resultaat}"])
    healed = await zaak_doc(s.zaak["url"])
    assert (healed.statussen, healed.rollen, healed.deelzaken) == ([real_status], [], [])
    assert (healed.resultaat, healed.resultaat_resultaattype) == (None, None)
    assert healed.status == f"{Status.PATH}/{real_status}"  # a real status stays
    assert await subresources.heal(zaak.id) == []
    # and a resultaat can be set again
    r = await api.post(f"{ROOT}/resultaten", headers=superuser,
                       json={"zaak": s.zaak["url"], "resultaattype": s.resultaattype["url"]})
    assert r.status_code == 201, r.text


async def test_backfill_names_sub_resources_written_before_the_lists(api: httpx.AsyncClient,
                                                                      superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    zaak = await zaak_doc(s.zaak["url"])
    legacy = Status(zaak=zaak.ref, statustype=s.begin["url"].removeprefix("http://testserver"),
                    datum_status_gezet=datetime(2024, 3, 2, tzinfo=UTC), created=datetime(2024, 3, 2, tzinfo=UTC))
    await legacy.insert()  # as written before zaken named their statussen
    r = await api.get(f"{ROOT}/statussen", headers=superuser, params={"zaak": s.zaak["url"]})
    assert r.json()["count"] == 0
    assert await subresources.backfill_lists() == 1
    assert await subresources.backfill_lists() == 0
    r = await api.get(f"{ROOT}/statussen", headers=superuser, params={"zaak": s.zaak["url"]})
    assert [x["uuid"] for x in r.json()["results"]] == [str(legacy.id)]
