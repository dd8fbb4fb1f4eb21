"""Zaak rules: delete (besluiten, cascade, retry), laatstGemuteerd/laatstGeopend, reciprocal gerelateerdeZaken,
date defaults, closed zaken, authorisation in every read path, notifications and audit of zaak writes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from tests.conftest import make_client
from tests.rest.catalogi.factories import (
    make_catalogus,
    make_eigenschap,
    make_resultaattype,
    make_roltype,
    make_statustype,
    make_zaaktype,
)
from tests.rest.zaken.factories import CRS, ROOT, make_zaak, published_zaaktype, zaak_body
from tests.rest.zaken.sub.helpers import grant
from zgw.domain.audit.documents import AuditRecord
from zgw.domain.notifications.documents import OutboxMessage
from zgw.domain.zaken import listings, service
from zgw.domain.zaken.documents import SUB_RESOURCES, Rol, Status, Zaak

OLD = datetime(2020, 1, 1, tzinfo=UTC)


@dataclass
class Types:
    zaaktype: dict[str, Any]
    deel: dict[str, Any]
    begin: dict[str, Any]
    eind: dict[str, Any]
    resultaattype: dict[str, Any]
    roltype: dict[str, Any]
    eigenschap: dict[str, Any]


async def _types(api: httpx.AsyncClient, h: dict[str, str]) -> Types:
    catalogus = (await make_catalogus(api, h))["url"]
    deel = await published_zaaktype(api, h, catalogus, identificatie="DEEL")
    zt = (await make_zaaktype(api, h, catalogus, deelzaaktypen=[deel["url"]]))["url"]
    begin = await make_statustype(api, h, zt, omschrijving="Ontvangen", volgnummer=1)
    eind = await make_statustype(api, h, zt, omschrijving="Afgerond", volgnummer=2)
    resultaattype = await make_resultaattype(api, h, zt)
    roltype = await make_roltype(api, h, zt)
    eigenschap = await make_eigenschap(api, h, zt)
    r = await api.post(f"{zt}/publish", headers=h)
    assert r.status_code == 200, r.text
    return Types(r.json(), deel, begin, eind, resultaattype, roltype, eigenschap)


async def _post(api: httpx.AsyncClient, h: dict[str, str], url: str, body: dict[str, Any],
                expect: int = 201) -> dict[str, Any]:
    r = await api.post(url, json=body, headers={**h, **CRS})
    assert r.status_code == expect, r.text
    result: dict[str, Any] = r.json()
    return result


def _rol(t: Types, zaak: str) -> dict[str, Any]:
    return {"zaak": zaak, "betrokkeneType": "natuurlijk_persoon", "roltype": t.roltype["url"],
            "roltoelichting": "t", "betrokkeneIdentificatie": {"inpBsn": "111222333"}}


async def _stored(url: str) -> Zaak | None:
    return await Zaak.get(url.rsplit("/", 1)[-1])


async def _full_zaak(api: httpx.AsyncClient, h: dict[str, str], t: Types, **over: Any) -> dict[str, Any]:
    """A zaak with one of every sub-resource and a deelzaak that has a status itself."""
    zaak = await make_zaak(api, h, t.zaaktype["url"], **over)
    url = zaak["url"]
    await _post(api, h, f"{ROOT}/statussen", {"zaak": url, "statustype": t.begin["url"],
                                              "datumStatusGezet": "2024-03-02T10:00:00Z"})
    await _post(api, h, f"{ROOT}/rollen", _rol(t, url))
    await _post(api, h, f"{ROOT}/resultaten", {"zaak": url, "resultaattype": t.resultaattype["url"]})
    await _post(api, h, f"{ROOT}/zaakobjecten", {"zaak": url, "objectType": "overige",
                                                 "objectTypeOverige": "boom", "object": "https://elders.example/1"})
    await _post(api, h, f"{url}/zaakeigenschappen", {"zaak": url, "eigenschap": t.eigenschap["url"],
                                                     "waarde": "AB-12-CD"})
    await _post(api, h, f"{ROOT}/klantcontacten", {"zaak": url, "datumtijd": "2024-03-02T10:00:00Z"})
    await make_zaak(api, h, t.deel["url"], hoofdzaak=url)
    return (await api.get(url, headers={**h, **CRS})).json()  # type: ignore[no-any-return]


async def _left_of(refs: list[str]) -> dict[str, int]:
    """How many documents of each kind still refer to these zaken (or are them)."""
    out = {"zaken": await Zaak.find({"_id": {"$in": [(await _id(r)) for r in refs]}}).count()}
    for model in SUB_RESOURCES:
        out[model.__name__] = await model.find({"zaak": {"$in": refs}}).count()
    return out


async def _id(ref: str) -> Any:
    from uuid import UUID
    return UUID(ref.rsplit("/", 1)[-1])


async def test_delete_refused_while_besluiten_refer(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    """A real besluit of the Besluiten API names the zaak."""
    from tests.rest.besluiten.factories import make_besluit, world

    w = await world(api, superuser)
    zaak = await make_zaak(api, superuser, w.zaaktype)
    besluit = await make_besluit(api, superuser, w.besluittype, zaak=zaak["url"])
    r = await api.delete(zaak["url"], headers=superuser)
    assert r.status_code == 400
    assert r.json()["invalidParams"] == [{
        "name": "nonFieldErrors", "code": "related-besluiten",
        "reason": "Zaak has related Besluit(en), these relations should be deleted before deleting the Zaak"}]
    assert await _stored(zaak["url"]) is not None
    assert await OutboxMessage.find({"actie": "destroy"}).count() == 0
    assert await AuditRecord.find({"actie": "destroy"}).count() == 0
    assert (await api.delete(besluit["url"], headers=superuser)).status_code == 204
    assert (await api.delete(zaak["url"], headers=superuser)).status_code == 204
    assert await _stored(zaak["url"]) is None


async def test_delete_cascades_to_everything_below(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    assert await listings.get().ready()  # empty: the listing is complete and GET /zaken reads it
    t = await _types(api, superuser)
    keep = await _full_zaak(api, superuser, t)
    related = await make_zaak(api, superuser, t.zaaktype["url"])
    zaak = await _full_zaak(api, superuser, t, gerelateerdeZaken=[{"url": related["url"]}])
    refs = [u.removeprefix("http://testserver") for u in [zaak["url"], *zaak["deelzaken"]]]
    before = await _left_of(refs)
    assert before == {"zaken": 2, "ZaakEigenschap": 1, "Status": 1, "Resultaat": 1, "Rol": 1, "ZaakObject": 1,
                      "KlantContact": 1, "ZaakContactMoment": 0, "ZaakVerzoek": 0, "ZaakNotitie": 0, "SubStatus": 0}
    r = await api.delete(zaak["url"], headers=superuser)
    assert r.status_code == 204
    assert set((await _left_of(refs)).values()) == {0}
    # the other zaak keeps everything; the related one no longer lists the deleted zaak
    keep_refs = [u.removeprefix("http://testserver") for u in [keep["url"], *keep["deelzaken"]]]
    assert await _left_of(keep_refs) == before
    assert (await api.get(related["url"], headers={**superuser, **CRS})).json()["gerelateerdeZaken"] == []
    # the listing (fast path of GET /zaken) lost both entries
    assert await listings.get().ready()
    listed = (await api.get(f"{ROOT}/zaken", headers={**superuser, **CRS})).json()
    assert (listed["count"], sorted(z["url"] for z in listed["results"])) == (
        3, sorted([keep["url"], *keep["deelzaken"], related["url"]]))


async def test_delete_completes_a_half_done_delete(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    assert await listings.get().ready()
    t = await _types(api, superuser)
    zaak = await _full_zaak(api, superuser, t)
    deel_ref = zaak["deelzaken"][0].removeprefix("http://testserver")
    refs = [zaak["url"].removeprefix("http://testserver"), deel_ref]
    # a crashed attempt: the deelzaak (removed as the delete does), the statussen and the rollen are gone,
    # the zaak still lists them
    deel = await _stored(zaak["deelzaken"][0])
    assert deel is not None
    await service.remove(deel)
    await Status.find({"zaak": {"$in": refs}}).delete()
    await Rol.find({"zaak": {"$in": refs}}).delete()
    stored = await _stored(zaak["url"])
    assert stored is not None and stored.deelzaken == [] and stored.status is not None and stored.rollen
    r = await api.delete(zaak["url"], headers=superuser)
    assert r.status_code == 204
    assert set((await _left_of(refs)).values()) == {0}
    listed = (await api.get(f"{ROOT}/zaken", headers={**superuser, **CRS})).json()
    assert (listed["count"], listed["results"]) == (0, [])
    assert (await api.delete(zaak["url"], headers=superuser)).status_code == 404


async def test_laatst_gemuteerd_moves_with_sub_resources(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    t = await _types(api, superuser)
    zaak = await make_zaak(api, superuser, t.zaaktype["url"])
    url = zaak["url"]
    collection = Zaak.get_pymongo_collection()

    async def moved(action: Any) -> None:
        await collection.update_one({"_id": await _id(url)}, {"$set": {"laatst_gemuteerd": OLD}})
        start = datetime.now(UTC) - timedelta(seconds=1)
        r = await action
        assert r.status_code in (200, 201, 204), r.text
        stored = await _stored(url)
        assert stored is not None
        assert stored.laatst_gemuteerd.replace(tzinfo=UTC) >= start
        body = (await api.get(url, headers={**superuser, **CRS})).json()
        assert body["laatstGemuteerd"] >= start.strftime("%Y-%m-%dT%H:%M:%S")

    h = superuser
    await moved(api.post(f"{ROOT}/statussen", headers=h, json={"zaak": url, "statustype": t.begin["url"],
                                                               "datumStatusGezet": "2024-03-02T10:00:00Z"}))
    rol = (await api.post(f"{ROOT}/rollen", headers=h, json=_rol(t, url))).json()["url"]
    await moved(api.put(rol, headers=h, json={**_rol(t, url), "roltoelichting": "anders"}))
    await moved(api.delete(rol, headers=h))
    await moved(api.post(f"{ROOT}/resultaten", headers=h, json={"zaak": url, "resultaattype": t.resultaattype["url"]}))
    resultaat = (await api.get(f"{ROOT}/resultaten", headers=h)).json()["results"][0]["url"]
    await moved(api.patch(resultaat, headers=h, json={"toelichting": "x"}))
    await moved(api.post(f"{url}/zaakeigenschappen", headers=h,
                         json={"zaak": url, "eigenschap": t.eigenschap["url"], "waarde": "A"}))
    ze = (await api.get(f"{url}/zaakeigenschappen", headers=h)).json()[0]["url"]
    await moved(api.patch(ze, headers=h, json={"waarde": "B"}))
    await moved(api.delete(ze, headers=h))
    await moved(api.delete(resultaat, headers=h))


async def test_laatst_geopend(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    zaaktype = await published_zaaktype(api, superuser)
    zaak = await make_zaak(api, superuser, zaaktype["url"])
    h = {**superuser, **CRS}
    assert zaak["laatstGeopend"] is None
    r = await api.patch(zaak["url"], json={"laatstGeopend": "2024-05-01T12:00:00Z"}, headers=h)
    assert r.status_code == 200, r.text
    assert r.json()["laatstGeopend"] == "2024-05-01T12:00:00Z"
    assert (await api.get(zaak["url"], headers=h)).json()["laatstGeopend"] == "2024-05-01T12:00:00Z"
    future = (datetime.now(UTC) + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    r = await api.patch(zaak["url"], json={"laatstGeopend": future}, headers=h)
    assert r.status_code == 400
    assert [(p["name"], p["code"]) for p in r.json()["invalidParams"]] == [("laatstGeopend", "date-in-future")]
    stored = await _stored(zaak["url"])
    assert stored is not None and stored.laatst_geopend == datetime(2024, 5, 1, 12, tzinfo=UTC)


async def test_gerelateerde_zaken_reciprocal_on_update_and_delete(api: httpx.AsyncClient,
                                                                  superuser: dict[str, str]) -> None:
    zaaktype = await published_zaaktype(api, superuser)
    h = {**superuser, **CRS}
    a, b, c = [await make_zaak(api, superuser, zaaktype["url"]) for _ in range(3)]

    async def related(z: dict[str, Any]) -> list[str]:
        return [x["url"] for x in (await api.get(z["url"], headers=h)).json()["gerelateerdeZaken"]]

    r = await api.patch(b["url"], json={"gerelateerdeZaken": [{"url": a["url"]}, {"url": c["url"]}]}, headers=h)
    assert r.status_code == 200, r.text
    assert (await related(a), await related(c)) == ([b["url"]], [b["url"]])
    r = await api.put(b["url"], json=zaak_body(zaaktype["url"], gerelateerdeZaken=[{"url": c["url"]}]), headers=h)
    assert r.status_code == 200, r.text
    assert (await related(a), await related(b), await related(c)) == ([], [c["url"]], [b["url"]])
    assert (await api.delete(b["url"], headers=superuser)).status_code == 204
    assert await related(c) == []
    r = await api.post(f"{ROOT}/zaken", json=zaak_body(zaaktype["url"], gerelateerdeZaken=[{"url": b["url"]}]),
                       headers=h)
    assert r.status_code == 400
    assert [(p["name"], p["code"]) for p in r.json()["invalidParams"]] == [("gerelateerdeZaken.0.url",
                                                                             "does_not_exist")]


async def test_planned_dates_follow_the_calendar(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    zaaktype = await published_zaaktype(api, superuser, servicenorm="P1M", doorlooptijd="P3M")
    leap = await make_zaak(api, superuser, zaaktype["url"], startdatum="2024-01-31")
    assert (leap["einddatumGepland"], leap["uiterlijkeEinddatumAfdoening"]) == ("2024-02-29", "2024-04-30")
    plain = await make_zaak(api, superuser, zaaktype["url"], startdatum="2023-01-31")
    assert (plain["einddatumGepland"], plain["uiterlijkeEinddatumAfdoening"]) == ("2023-02-28", "2023-04-30")
    given = await make_zaak(api, superuser, zaaktype["url"], startdatum="2024-01-31", einddatumGepland="2024-06-01",
                            uiterlijkeEinddatumAfdoening="2024-07-01")
    assert (given["einddatumGepland"], given["uiterlijkeEinddatumAfdoening"]) == ("2024-06-01", "2024-07-01")
    stored = await _stored(leap["url"])
    assert stored is not None
    assert (stored.einddatum_gepland, stored.uiterlijke_einddatum_afdoening) == ("2024-02-29", "2024-04-30")


async def test_closed_zaak_needs_geforceerd_bijwerken(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    t = await _types(api, superuser)
    zaak = await make_zaak(api, superuser, t.zaaktype["url"])
    url = zaak["url"]
    await _post(api, superuser, f"{ROOT}/resultaten", {"zaak": url, "resultaattype": t.resultaattype["url"]})
    await _post(api, superuser, f"{ROOT}/statussen", {"zaak": url, "statustype": t.eind["url"],
                                                      "datumStatusGezet": "2024-03-02T10:00:00Z"})
    zt = t.zaaktype["url"]
    plain = {**await make_client("bijwerker", autorisaties=[grant(zt, "zaken.bijwerken", "zaken.lezen",
                                                                  "zaken.verwijderen")]), **CRS}
    forced = {**await make_client("forceerder", autorisaties=[grant(zt, "zaken.bijwerken", "zaken.lezen",
                                                                    "zaken.geforceerd-bijwerken")]), **CRS}
    resultaat = (await api.get(f"{ROOT}/resultaten", headers=superuser)).json()["results"][0]["url"]
    writes = [
        ("PATCH", url, {"omschrijving": "x"}),
        ("PUT", url, zaak_body(zt, omschrijving="y")),
        ("PATCH", resultaat, {"toelichting": "z"}),
        ("POST", f"{url}/zaakeigenschappen", {"zaak": url, "eigenschap": t.eigenschap["url"], "waarde": "A"}),
        ("POST", f"{ROOT}/zaakobjecten", {"zaak": url, "objectType": "overige", "objectTypeOverige": "boom",
                                          "object": "https://elders.example/1"}),
    ]
    for method, target, body in writes:
        r = await api.request(method, target, json=body, headers=plain)
        assert (r.status_code, r.json()["code"], r.json()["detail"]) == (
            403, "permission_denied", "Je mag geen gegevens aanpassen van een gesloten zaak."), (method, target)
    stored = await _stored(url)
    assert stored is not None and (stored.omschrijving, stored.eigenschappen, stored.zaakobjecten) == ("", [], [])
    assert (await api.delete(url, headers=plain)).status_code == 403
    assert await _stored(url) is not None
    for method, target, body in writes:
        r = await api.request(method, target, json=body, headers=forced)
        assert r.status_code in (200, 201), (method, target, r.text)
    stored = await _stored(url)
    assert stored is not None and stored.omschrijving == "y" and len(stored.eigenschappen) == 1
    assert stored.einddatum == "2024-03-02"


async def test_authorisation_in_every_read_path(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    """Authorised for zaaktypen A and H up to intern: B and anything above intern stay out of sight."""
    catalogus = (await make_catalogus(api, superuser))["url"]
    a = await published_zaaktype(api, superuser, catalogus, identificatie="A")
    b = await published_zaaktype(api, superuser, catalogus, identificatie="B")
    hz = await published_zaaktype(api, superuser, catalogus, identificatie="H", deelzaaktypen=[a["url"], b["url"]])
    visible = await make_zaak(api, superuser, hz["url"], vertrouwelijkheidaanduiding="intern")
    secret = await make_zaak(api, superuser, a["url"], vertrouwelijkheidaanduiding="vertrouwelijk",
                             hoofdzaak=visible["url"])
    other = await make_zaak(api, superuser, b["url"], vertrouwelijkheidaanduiding="openbaar", hoofdzaak=visible["url"])
    open_deel = await make_zaak(api, superuser, a["url"], vertrouwelijkheidaanduiding="openbaar",
                                hoofdzaak=visible["url"])
    hidden_hoofd = await make_zaak(api, superuser, hz["url"], vertrouwelijkheidaanduiding="geheim")
    under_hidden = await make_zaak(api, superuser, a["url"], vertrouwelijkheidaanduiding="openbaar",
                                   hoofdzaak=hidden_hoofd["url"])
    reader = {**await make_client("lezer", autorisaties=[{
        "component": "zrc", "scopes": ["zaken.lezen"], "zaaktype": zt["url"].removeprefix("http://testserver"),
        "max_vertrouwelijkheidaanduiding": "intern"} for zt in (a, hz)]), **CRS}
    mine = [under_hidden["url"], open_deel["url"], visible["url"]]

    r = await api.get(f"{ROOT}/zaken", headers=reader)
    assert (r.json()["count"], [z["url"] for z in r.json()["results"]]) == (3, mine)
    # ordered by startdatum (the index's startdatum sets; one day, so creation order breaks the tie,
    # in the ordering's direction) and by einddatum (the database path)
    r = await api.get(f"{ROOT}/zaken", params={"ordering": "startdatum"}, headers=reader)
    assert (r.json()["count"], [z["url"] for z in r.json()["results"]]) == (3, mine[::-1])
    r = await api.get(f"{ROOT}/zaken", params={"ordering": "-einddatum"}, headers=reader)
    assert (r.json()["count"], [z["url"] for z in r.json()["results"]]) == (3, mine)
    r = await api.post(f"{ROOT}/zaken/_zoek", headers=reader, json={
        "uuid__in": [z["uuid"] for z in (visible, secret, other, open_deel, hidden_hoofd, under_hidden)]})
    assert (r.json()["count"], [z["url"] for z in r.json()["results"]]) == (3, mine)
    r = await api.post(f"{ROOT}/zaken/_zoek", headers=reader, json={"zaaktype": b["url"]})
    assert (r.json()["count"], r.json()["results"]) == (0, [])
    for hidden in (secret, other, hidden_hoofd):
        for method in ("GET", "HEAD"):
            assert (await api.request(method, hidden["url"], headers=reader)).status_code == 403
    # expand leaves out what the caller may not see, at every depth
    r = await api.get(visible["url"], params={"expand": "deelzaken,deelzaken.hoofdzaak"}, headers=reader)
    assert r.status_code == 200, r.text
    body = r.json()
    assert sorted(body["deelzaken"]) == sorted([secret["url"], other["url"], open_deel["url"]])
    assert [z["url"] for z in body["_expand"]["deelzaken"]] == [open_deel["url"]]
    assert body["_expand"]["deelzaken"][0]["_expand"]["hoofdzaak"]["url"] == visible["url"]
    r = await api.get(f"{ROOT}/zaken", params={"expand": "hoofdzaak"}, headers=reader)
    expanded = {z["url"]: z["_expand"]["hoofdzaak"] for z in r.json()["results"]}
    assert expanded[under_hidden["url"]] is None and expanded[visible["url"]] is None
    assert expanded[open_deel["url"]]["url"] == visible["url"]
    r = await api.post(f"{ROOT}/zaken/_zoek", headers=reader, json={
        "uuid__in": [visible["uuid"]], "fields": ["url", {"deelzaken": ["url", "vertrouwelijkheidaanduiding"]}]})
    assert r.json()["results"] == [{"url": visible["url"], "deelzaken": body["deelzaken"], "_expand": {
        "deelzaken": [{"url": open_deel["url"], "vertrouwelijkheidaanduiding": "openbaar"}]}}]


async def test_zaak_notifications_and_audit(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    zaaktype = await published_zaaktype(api, superuser, vertrouwelijkheidaanduiding="openbaar")
    h = {**superuser, **CRS}
    zaak = await make_zaak(api, superuser, zaaktype["url"], bronorganisatie="111222333")
    url = zaak["url"]
    put = await api.put(url, json=zaak_body(zaaktype["url"], bronorganisatie="111222333", omschrijving="put",
                                            vertrouwelijkheidaanduiding="intern"), headers=h)
    assert put.status_code == 200, put.text
    patch = await api.patch(url, json={"vertrouwelijkheidaanduiding": "geheim"}, headers=h)
    assert patch.status_code == 200, patch.text
    assert (await api.delete(url, headers=superuser)).status_code == 204

    messages = await OutboxMessage.find({"kanaal": "zaken"}).sort(OutboxMessage.ORDER).to_list()
    bodies = [m.as_message() for m in messages]
    for body in bodies:
        assert isinstance(body.pop("aanmaakdatum"), str)
    kenmerken = {"bronorganisatie": "111222333", "zaaktype": zaaktype["url"],
                 "zaaktype.catalogus": zaaktype["catalogus"]}
    assert bodies == [
        {"kanaal": "zaken", "hoofdObject": url, "resource": "zaak", "resourceUrl": url, "actie": actie,
         "kenmerken": {**kenmerken, "vertrouwelijkheidaanduiding": va}}
        for actie, va in (("create", "openbaar"), ("update", "intern"), ("partial_update", "geheim"),
                          ("destroy", "geheim"))]
    assert {m.status for m in messages} == {"pending"}

    ref = url.removeprefix("http://testserver")
    audit = sorted(await AuditRecord.find({"hoofd_object_ref": ref}).to_list(), key=lambda a: a.aanmaakdatum)
    assert [(a.bron, a.actie, a.resultaat, a.resource, a.resource_url, a.hoofd_object, a.resource_weergave)
            for a in audit] == [("zrc", actie, status, "zaak", url, url, zaak["identificatie"])
                                for actie, status in (("create", 201), ("update", 200), ("partial_update", 200),
                                                      ("destroy", 204))]
    assert [a.wijzigingen for a in audit] == [
        {"oud": None, "nieuw": zaak},
        {"oud": zaak, "nieuw": put.json()},
        {"oud": put.json(), "nieuw": patch.json()},
        {"oud": patch.json(), "nieuw": None},
    ]


async def test_put_and_patch_keep_the_zaak_whole(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    """A PUT leaves registratiedatum (not sent) as it was; nested values render after PUT and PATCH."""
    zaaktype = await published_zaaktype(api, superuser)
    h = {**superuser, **CRS}
    zaak = await make_zaak(api, superuser, zaaktype["url"], registratiedatum="2024-03-02")
    r = await api.put(zaak["url"], json=zaak_body(zaaktype["url"], omschrijving="x"), headers=h)
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["registratiedatum"], body["omschrijving"]) == ("2024-03-02", "x")
    assert body["opschorting"] == {"indicatie": False, "eerdereOpschorting": False, "reden": ""}
    assert (await api.get(zaak["url"], headers=h)).json() == body
    other = (await make_zaak(api, superuser, zaaktype["url"]))["url"]
    r = await api.patch(zaak["url"], headers=h, json={
        "kenmerken": [{"bron": "crm", "kenmerk": "K1"}], "verlenging": {"reden": "drukte", "duur": "P5D"},
        "opschorting": {"indicatie": True, "reden": "wacht"},
        "relevanteAndereZaken": [{"url": other, "aardRelatie": "vervolg"}]})
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["kenmerken"], body["verlenging"], body["opschorting"]) == (
        [{"bron": "crm", "kenmerk": "K1"}], {"reden": "drukte", "duur": "P5D"},
        {"indicatie": True, "eerdereOpschorting": False, "reden": "wacht"})
    assert body["relevanteAndereZaken"] == [{"url": other, "aardRelatie": "vervolg",
                                             "overigeRelatie": "", "toelichting": ""}]
    assert (await api.get(zaak["url"], headers=h)).json() == body
    stored = await _stored(zaak["url"])
    assert stored is not None and stored.registratiedatum == "2024-03-02"
