"""Zaakobjecten: polymorphic on objectType, overige rules, CRUD with side effects."""

from __future__ import annotations

import httpx

from tests.rest.zaken.sub.helpers import ROOT, codes, setup, zaak_doc
from zgw.domain.notifications.documents import OutboxMessage


async def test_crud_adres(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    r = await api.post(f"{ROOT}/zaakobjecten", headers=superuser, json={
        "zaak": s.zaak["url"], "objectType": "adres", "relatieomschrijving": "locatie",
        "objectIdentificatie": {"identificatie": "0363200000123456", "wplWoonplaatsNaam": "Amsterdam",
                                "gorOpenbareRuimteNaam": "Dam", "huisnummer": 1}})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["objectType"] == "adres"
    assert body["objectIdentificatie"]["wplWoonplaatsNaam"] == "Amsterdam"
    assert body["objectIdentificatie"]["huisnummer"] == 1
    zaak = await zaak_doc(s.zaak["url"])
    assert [str(i) for i in zaak.zaakobjecten] == [body["uuid"]]
    p = await api.patch(body["url"], headers=superuser, json={"relatieomschrijving": "elders"})
    assert p.status_code == 200, p.text
    assert (p.json()["relatieomschrijving"], p.json()["objectIdentificatie"]["huisnummer"]) == ("elders", 1)
    changed = await api.patch(body["url"], headers=superuser, json={"objectType": "pand"})
    assert changed.status_code == 400
    listed = await api.get(f"{ROOT}/zaakobjecten", headers=superuser, params={"objectType": "adres"})
    assert [x["url"] for x in listed.json()["results"]] == [body["url"]]
    assert (await api.delete(body["url"], headers=superuser)).status_code == 204
    assert (await zaak_doc(s.zaak["url"])).zaakobjecten == []
    outbox = OutboxMessage.find({"resource": "zaakobject"}).sort(OutboxMessage.ORDER)
    assert [m.actie for m in await outbox.to_list()] == [
        "create", "partial_update", "destroy"]


async def test_overige_needs_its_type(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    r = await api.post(f"{ROOT}/zaakobjecten", headers=superuser, json={
        "zaak": s.zaak["url"], "objectType": "overige", "object": "https://objecten.example/api/v1/objects/1"})
    assert r.status_code == 400
    assert codes(r) == [("objectTypeOverige", "required")]
    ok = await api.post(f"{ROOT}/zaakobjecten", headers=superuser, json={
        "zaak": s.zaak["url"], "objectType": "overige", "objectTypeOverige": "boom",
        "object": "https://objecten.example/api/v1/objects/1"})
    assert ok.status_code == 201, ok.text


async def test_object_or_identificatie_required(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    r = await api.post(f"{ROOT}/zaakobjecten", headers=superuser, json={"zaak": s.zaak["url"], "objectType": "pand"})
    assert r.status_code == 400
    assert codes(r) == [("nonFieldErrors", "invalid-zaakobject")]
