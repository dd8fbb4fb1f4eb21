"""Gebruiksrechten (drc-006), objectinformatieobjecten (Open Zaak's mirror rules) and verzendingen (one address),
authorised through the informatieobject, with their audit trail and notifications."""

from __future__ import annotations

from typing import Any

import httpx

from tests.conftest import make_client
from tests.rest.documenten.sub.helpers import DOCUMENTEN, ZAKEN, eio_doc, linked_setup, make_eio
from tests.rest.zaken.sub.helpers import codes
from zgw.domain.audit.documents import AuditRecord
from zgw.domain.documenten.documents import EIOVersie
from zgw.domain.notifications.documents import OutboxMessage

GEBRUIKSRECHTEN = f"{DOCUMENTEN}/gebruiksrechten"
OIOS = f"{DOCUMENTEN}/objectinformatieobjecten"
VERZENDINGEN = f"{DOCUMENTEN}/verzendingen"


def _grant(iot: str, *scopes: str, va: str = "zeer_geheim") -> dict[str, Any]:
    return {"component": "drc", "scopes": list(scopes), "informatieobjecttype": iot.removeprefix("http://testserver"),
            "max_vertrouwelijkheidaanduiding": va}


async def _recht(api: httpx.AsyncClient, h: dict[str, str], eio: str, **over: Any) -> httpx.Response:
    return await api.post(GEBRUIKSRECHTEN, headers=h, json={
        "informatieobject": eio, "startdatum": "2024-03-01T10:00:00Z", "omschrijvingVoorwaarden": "alleen intern",
        **over})


async def test_gebruiksrechten_set_and_clear_the_indicatie(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await linked_setup(api, superuser)
    eio = await make_eio(s.iot["url"])
    assert (await eio_doc(eio)).indicatie_gebruiksrecht is None
    first = await _recht(api, superuser, eio)
    assert first.status_code == 201, first.text
    assert first.json() == {"url": first.json()["url"], "informatieobject": eio, "startdatum": "2024-03-01T10:00:00Z",
                            "einddatum": None, "omschrijvingVoorwaarden": "alleen intern"}
    head = await eio_doc(eio)
    assert head.indicatie_gebruiksrecht is True
    assert [f"{DOCUMENTEN}/gebruiksrechten/{i}" for i in head.gebruiksrechten] == [first.json()["url"]]
    version = await EIOVersie.get(EIOVersie.key(head.id, 1))
    assert version is not None and version.indicatie_gebruiksrecht is True
    second = (await _recht(api, superuser, eio, startdatum="2024-04-01T00:00:00Z")).json()
    listed = await api.get(GEBRUIKSRECHTEN, headers=superuser, params={"informatieobject": eio})
    assert {x["url"] for x in listed.json()} == {first.json()["url"], second["url"]}
    later = await api.get(GEBRUIKSRECHTEN, headers=superuser, params={"startdatum__gt": "2024-03-15T00:00:00Z"})
    assert [x["url"] for x in later.json()] == [second["url"]]
    bad = await api.get(GEBRUIKSRECHTEN, headers=superuser, params={"startdatum__gt": "gisteren"})
    assert (bad.status_code, codes(bad)) == (400, [("startdatum__gt", "invalid")])
    p = await api.patch(second["url"], headers=superuser, json={"einddatum": "2025-01-01T00:00:00Z"})
    assert (p.status_code, p.json()["einddatum"]) == (200, "2025-01-01T00:00:00Z")
    other = await make_eio(s.iot["url"])
    moved = await api.patch(second["url"], headers=superuser, json={"informatieobject": other})
    assert (moved.status_code, codes(moved)) == (400, [("informatieobject", "wijzigen-niet-toegelaten")])
    assert (await api.delete(first.json()["url"], headers=superuser)).status_code == 204
    assert (await eio_doc(eio)).indicatie_gebruiksrecht is True  # one left
    assert (await api.delete(second["url"], headers=superuser)).status_code == 204
    head = await eio_doc(eio)
    assert (head.indicatie_gebruiksrecht, head.gebruiksrechten) == (None, [])
    notes = await OutboxMessage.find({"resource": "gebruiksrechten"}).sort(OutboxMessage.ORDER).to_list()
    assert [(n.kanaal, n.actie, n.hoofd_object) for n in notes] == [
        ("documenten", "create", eio), ("documenten", "create", eio), ("documenten", "partial_update", eio),
        ("documenten", "destroy", eio), ("documenten", "destroy", eio)]
    trail = await AuditRecord.find({"resource": "gebruiksrechten"}).to_list()
    assert {(a.bron, a.hoofd_object) for a in trail} == {("drc", eio)} and len(trail) == 5


async def test_gebruiksrechten_authorised_through_the_document(api: httpx.AsyncClient,
                                                                superuser: dict[str, str]) -> None:
    s = await linked_setup(api, superuser)
    eio = await make_eio(s.iot["url"])
    secret = await make_eio(s.iot["url"], vertrouwelijkheidaanduiding="geheim")
    missing = f"{DOCUMENTEN}/enkelvoudiginformatieobjecten/6f9f0a5e-0000-4000-8000-000000000000"
    r = await _recht(api, superuser, missing)
    assert (r.status_code, codes(r)) == (400, [("informatieobject", "does_not_exist")])
    client = await make_client("gr", autorisaties=[_grant(s.iot["url"], "documenten.lezen", "documenten.aanmaken",
                                                          va="openbaar")])
    assert (await _recht(api, client, secret)).status_code == 403
    mine = await _recht(api, client, eio)
    assert mine.status_code == 201, mine.text
    theirs = (await _recht(api, superuser, secret)).json()
    assert [x["url"] for x in (await api.get(GEBRUIKSRECHTEN, headers=client)).json()] == [mine.json()["url"]]
    assert (await api.get(theirs["url"], headers=client)).status_code == 403
    assert (await api.delete(mine.json()["url"], headers=client)).status_code == 403  # no documenten.verwijderen
    expanded = await api.get(mine.json()["url"], headers=client, params={"expand": "informatieobject"})
    assert expanded.json()["_expand"]["informatieobject"]["url"] == eio


async def test_objectinformatieobjecten_follow_the_zaak(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await linked_setup(api, superuser)
    eio = await make_eio(s.iot["url"])
    body = {"informatieobject": eio, "object": s.zaak["url"], "objectType": "zaak"}
    r = await api.post(OIOS, headers=superuser, json=body)
    assert (r.status_code, codes(r)) == (400, [("nonFieldErrors", "inconsistent-relation")])
    zio = await api.post(f"{ZAKEN}/zaakinformatieobjecten", headers=superuser,
                         json={"zaak": s.zaak["url"], "informatieobject": eio})
    assert zio.status_code == 201, zio.text
    listed = await api.get(OIOS, headers=superuser, params={"informatieobject": eio})
    assert [(x["object"], x["objectType"], x["informatieobject"]) for x in listed.json()] == [
        (s.zaak["url"], "zaak", eio)]
    oio = listed.json()[0]
    assert (await api.get(OIOS, headers=superuser, params={"object": s.zaak["url"]})).json() == [oio]
    stranger = await make_client("oio-stranger", autorisaties=[_grant(s.other_iot["url"], "documenten.lezen")])
    assert (await api.get(OIOS, headers=stranger, params={"object": s.zaak["url"]})).json() == []
    assert (await api.get(OIOS, headers=stranger, params={"informatieobject": eio})).json() == []
    reader = await make_client("oio-reader", autorisaties=[_grant(s.iot["url"], "documenten.lezen")])
    assert (await api.get(OIOS, headers=reader, params={"object": s.zaak["url"]})).json() == [oio]
    assert (await api.get(oio["url"], headers=superuser)).json() == oio
    # the mirror exists: a client's POST answers it (Open Zaak)
    again = await api.post(OIOS, headers=superuser, json=body)
    assert (again.status_code, again.json()) == (201, oio)
    r = await api.delete(oio["url"], headers=superuser)
    assert (r.status_code, codes(r)) == (400, [("nonFieldErrors", "remote-relation-exists")])
    # the zaak side leads: deleting the link deletes the mirror
    assert (await api.delete(zio.json()["url"], headers=superuser)).status_code == 204
    assert (await api.get(oio["url"], headers=superuser)).status_code == 404
    assert (await api.get(OIOS, headers=superuser, params={"informatieobject": eio})).json() == []


async def test_verzendingen(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await linked_setup(api, superuser)
    eio = await make_eio(s.iot["url"])
    base = {"informatieobject": eio, "betrokkene": "https://klanten.example/api/v1/klanten/1",
            "aardRelatie": "geadresseerde", "verzenddatum": "2024-03-05",
            "contactPersoon": "https://medewerkers.example/api/v1/1"}
    none = await api.post(VERZENDINGEN, headers=superuser, json=base)
    assert (none.status_code, codes(none)) == (400, [("nonFieldErrors", "invalid-address")])
    two = await api.post(VERZENDINGEN, headers=superuser, json={**base, "emailadres": "a@example.com",
                                                                "telefoonnummer": "0201234567"})
    assert (two.status_code, codes(two)) == (400, [("nonFieldErrors", "invalid-address")])
    adres = {"huisnummer": 1, "naamOpenbareRuimte": "Dam", "postcode": "1012JS", "woonplaatsnaam": "Amsterdam"}
    r = await api.post(VERZENDINGEN, headers=superuser, json={**base, "binnenlandsCorrespondentieadres": adres})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["binnenlandsCorrespondentieadres"]["naamOpenbareRuimte"] == "Dam"
    assert (body["verzenddatum"], body["mijnOverheid"], body["emailadres"], body["toelichting"]) == (
        "2024-03-05", False, "", "")
    assert [f"{VERZENDINGEN}/{i}" for i in (await eio_doc(eio)).verzendingen] == [body["url"]]
    mail = (await api.post(VERZENDINGEN, headers=superuser, json={**base, "emailadres": "b@example.com",
                                                                  "aardRelatie": "afzender"})).json()
    page = await api.get(VERZENDINGEN, headers=superuser, params={"informatieobject": eio})
    assert page.json()["count"] == 2
    afzender = await api.get(VERZENDINGEN, headers=superuser, params={"aardRelatie": "afzender"})
    assert [x["url"] for x in afzender.json()["results"]] == [mail["url"]]
    wrong = await api.get(VERZENDINGEN, headers=superuser, params={"aardRelatie": "iemand"})
    assert (wrong.status_code, codes(wrong)) == (400, [("aardRelatie", "invalid_choice")])
    # a PATCH may not add a second address, may change the one there is
    extra = await api.patch(mail["url"], headers=superuser, json={"telefoonnummer": "0201234567"})
    assert (extra.status_code, codes(extra)) == (400, [("nonFieldErrors", "invalid-address")])
    p = await api.patch(mail["url"], headers=superuser, json={"emailadres": "c@example.com", "toelichting": "x"})
    assert (p.status_code, p.json()["emailadres"], p.json()["toelichting"]) == (200, "c@example.com", "x")
    # Open Zaak lets a verzending move to another informatieobject: both heads follow
    other = await make_eio(s.iot["url"])
    put = await api.put(mail["url"], headers=superuser, json={**base, "informatieobject": other,
                                                              "mijnOverheid": True})
    assert (put.status_code, put.json()["mijnOverheid"], put.json()["emailadres"]) == (200, True, "")
    assert [f"{VERZENDINGEN}/{i}" for i in (await eio_doc(eio)).verzendingen] == [body["url"]]
    assert [f"{VERZENDINGEN}/{i}" for i in (await eio_doc(other)).verzendingen] == [mail["url"]]
    assert (await api.delete(mail["url"], headers=superuser)).status_code == 204
    assert (await eio_doc(other)).verzendingen == []
    notes = await OutboxMessage.find({"resource": "verzending"}).sort(OutboxMessage.ORDER).to_list()
    assert [n.actie for n in notes] == ["create", "create", "partial_update", "update", "destroy"]


async def test_informatieobjecten_of_an_object(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await linked_setup(api, superuser)
    linked, loose = await make_eio(s.iot["url"]), await make_eio(s.iot["url"])
    assert (await api.post(f"{ZAKEN}/zaakinformatieobjecten", headers=superuser,
                           json={"zaak": s.zaak["url"], "informatieobject": linked})).status_code == 201
    eios = f"{DOCUMENTEN}/enkelvoudiginformatieobjecten"
    by_object = await api.get(eios, headers=superuser, params={"objectinformatieobjecten__object": s.zaak["url"]})
    assert [x["url"] for x in by_object.json()["results"]] == [linked]
    by_type = await api.get(eios, headers=superuser, params={"objectinformatieobjecten__objectType": "zaak"})
    assert [x["url"] for x in by_type.json()["results"]] == [linked]
    assert loose not in [x["url"] for x in by_type.json()["results"]]
