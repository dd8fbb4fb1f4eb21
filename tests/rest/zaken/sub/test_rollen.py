"""Rollen: polymorphic betrokkene, roltype rules, max occurrences, filters and Open Zaak's PUT."""

from __future__ import annotations

from typing import Any

import httpx

from tests.conftest import make_client
from tests.rest.zaken.sub.helpers import ROOT, Setup, codes, grant, setup, zaak_doc
from zgw.domain.audit.documents import AuditRecord
from zgw.domain.notifications.documents import OutboxMessage
from zgw.domain.zaken.documents import Rol


def persoon(s: Setup, bsn: str = "111222333", **over: Any) -> dict[str, Any]:
    return {"zaak": s.zaak["url"], "betrokkeneType": "natuurlijk_persoon", "roltype": s.initiator["url"],
            "roltoelichting": "aanvrager", "betrokkeneIdentificatie": {"inpBsn": bsn, "geslachtsnaam": "Jansen"},
            **over}


async def test_create_natuurlijk_persoon(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    r = await api.post(f"{ROOT}/rollen", headers=superuser, json=persoon(s, beginGeldigheid="2024-01-01"))
    assert r.status_code == 201, r.text
    body = r.json()
    assert (body["omschrijving"], body["omschrijvingGeneriek"], body["betrokkeneType"]) == (
        "Aanvrager", "initiator", "natuurlijk_persoon")
    assert body["betrokkeneIdentificatie"]["inpBsn"] == "111222333"
    assert body["betrokkeneIdentificatie"]["geslachtsnaam"] == "Jansen"
    assert body["beginGeldigheid"] == "2024-01-01"
    assert body["statussen"] == []
    stored = await Rol.get(body["uuid"])
    assert stored is not None and stored.betrokkene_identificatie is not None
    assert stored.betrokkene_identificatie["inpBsn"] == "111222333"
    zaak = await zaak_doc(s.zaak["url"])
    assert zaak.rollen == [stored.id]
    assert [(m.actie, m.resource) for m in await OutboxMessage.find({"resource": "rol"}).to_list()] == [
        ("create", "rol")]
    assert await AuditRecord.find({"resource": "rol", "actie": "create"}).count() == 1


async def test_niet_natuurlijk_persoon_with_kvk(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    r = await api.post(f"{ROOT}/rollen", headers=superuser, json={
        "zaak": s.zaak["url"], "betrokkeneType": "niet_natuurlijk_persoon", "roltype": s.behandelaar["url"],
        "betrokkeneIdentificatie": {"kvkNummer": "12345678", "vestigingsNummer": "000012345678"}})
    assert r.status_code == 201, r.text
    listed = await api.get(f"{ROOT}/rollen", headers=superuser, params={
        "betrokkeneIdentificatie__nietNatuurlijkPersoon__kvkNummer": "12345678"})
    assert [x["url"] for x in listed.json()["results"]] == [r.json()["url"]]
    none = await api.get(f"{ROOT}/rollen", headers=superuser, params={
        "betrokkeneIdentificatie__nietNatuurlijkPersoon__kvkNummer": "87654321"})
    assert none.json()["count"] == 0


async def test_unknown_betrokkene_type(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    r = await api.post(f"{ROOT}/rollen", headers=superuser, json=persoon(s, betrokkeneType="alien"))
    assert r.status_code == 400
    assert codes(r) == [("betrokkeneType", "invalid_choice")]


async def test_betrokkene_or_identificatie_required(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    body = persoon(s)
    del body["betrokkeneIdentificatie"]
    r = await api.post(f"{ROOT}/rollen", headers=superuser, json=body)
    assert r.status_code == 400
    assert codes(r) == [("nonFieldErrors", "invalid-betrokkene")]
    assert await Rol.find_all().count() == 0


async def test_roltype_of_the_zaaktype(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    other = await setup(api, superuser)
    r = await api.post(f"{ROOT}/rollen", headers=superuser, json=persoon(s, roltype=other.initiator["url"]))
    assert r.status_code == 400
    assert codes(r) == [("nonFieldErrors", "zaaktype-mismatch")]


async def test_one_initiator_per_zaak(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    assert (await api.post(f"{ROOT}/rollen", headers=superuser, json=persoon(s))).status_code == 201
    r = await api.post(f"{ROOT}/rollen", headers=superuser, json=persoon(s, bsn="999888777"))
    assert r.status_code == 400
    assert codes(r) == [("roltype", "max-occurences")]
    # other roles are not limited
    for bsn in ("123123123", "321321321"):
        ok = await api.post(f"{ROOT}/rollen", headers=superuser, json=persoon(s, bsn=bsn, roltype=s.behandelaar["url"]))
        assert ok.status_code == 201


async def test_geldigheid_order(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    r = await api.post(f"{ROOT}/rollen", headers=superuser,
                       json=persoon(s, beginGeldigheid="2024-02-01", eindeGeldigheid="2024-01-01"))
    assert r.status_code == 400
    assert codes(r) == [("eindeGeldigheid", "date-mismatch")]


async def test_put_updates_and_delete_unlinks(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    url = (await api.post(f"{ROOT}/rollen", headers=superuser, json=persoon(s))).json()["url"]
    changed = persoon(s, roltoelichting="bijgewerkt", roltype=s.behandelaar["url"])
    r = await api.put(url, headers=superuser, json=changed)
    assert r.status_code == 200, r.text
    assert (r.json()["roltoelichting"], r.json()["omschrijvingGeneriek"]) == ("bijgewerkt", "behandelaar")
    audit = await AuditRecord.find({"resource": "rol", "actie": "update"}).to_list()
    assert audit[0].wijzigingen["oud"]["roltoelichting"] == "aanvrager"
    assert audit[0].wijzigingen["nieuw"]["roltoelichting"] == "bijgewerkt"
    d = await api.delete(url, headers=superuser)
    assert d.status_code == 204
    assert (await zaak_doc(s.zaak["url"])).rollen == []
    assert (await api.get(url, headers=superuser)).status_code == 404
    assert [m.actie for m in await OutboxMessage.find({"resource": "rol"}).sort(OutboxMessage.ORDER).to_list()] == [
        "create", "update", "destroy"]


async def test_closed_zaak_needs_geforceerd_bijwerken(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    await api.post(f"{ROOT}/resultaten", headers=superuser,
                   json={"zaak": s.zaak["url"], "resultaattype": s.resultaattype["url"]})
    closed = await api.post(f"{ROOT}/statussen", headers=superuser, json={
        "zaak": s.zaak["url"], "statustype": s.eind["url"], "datumStatusGezet": "2024-03-02T10:00:00Z"})
    assert closed.status_code == 201, closed.text
    h = await make_client("bijwerker", autorisaties=[grant(s.zaaktype["url"], "zaken.bijwerken", "zaken.lezen")])
    r = await api.post(f"{ROOT}/rollen", headers=h, json=persoon(s))
    assert r.status_code == 403
    forced = await make_client("forceerder", autorisaties=[
        grant(s.zaaktype["url"], "zaken.bijwerken", "zaken.geforceerd-bijwerken")])
    assert (await api.post(f"{ROOT}/rollen", headers=forced, json=persoon(s))).status_code == 201


async def test_filters_and_expand(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    first = (await api.post(f"{ROOT}/rollen", headers=superuser, json=persoon(s))).json()
    await api.post(f"{ROOT}/rollen", headers=superuser, json={
        "zaak": s.zaak["url"], "betrokkeneType": "medewerker", "roltype": s.behandelaar["url"],
        "betrokkeneIdentificatie": {"identificatie": "mdw-1"}})
    for params, expected in [
        ({"betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": "111222333"}, [first["url"]]),
        ({"omschrijvingGeneriek": "initiator"}, [first["url"]]),
        ({"betrokkeneType": "natuurlijk_persoon"}, [first["url"]]),
        ({"roltype": s.initiator["url"]}, [first["url"]]),
        ({"machtiging": "eigen", "betrokkeneIdentificatie__medewerker__identificatie": "mdw-1"}, None),
    ]:
        r = await api.get(f"{ROOT}/rollen", headers=superuser, params=params)
        assert r.status_code == 200, r.text
        urls = [x["url"] for x in r.json()["results"]]
        if expected is not None:
            assert urls == expected, params
        else:
            assert len(urls) == 1 and urls[0] != first["url"]
    expanded = await api.get(first["url"], headers=superuser, params={"expand": "roltype"})
    assert expanded.json()["_expand"]["roltype"]["omschrijving"] == "Aanvrager"
