"""Open Zaak's convenience endpoints: each part by the rules of its separate call, everything checked before the
first write (a refusal leaves nothing: no zaak, no sub-resource, no audit record, no notification), audited and
notified as the separate calls, scopes as Open Zaak's."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import httpx
import pytest

from tests.conftest import make_client
from tests.rest.documenten.sub.helpers import linked_setup, make_eio
from tests.rest.zaken.factories import CRS
from tests.rest.zaken.sub.helpers import ROOT, Setup, codes, grant, setup, zaak_doc
from tests.rest.zaken.sub.test_statussen import set_status
from zgw.domain.audit.documents import AuditRecord
from zgw.domain.notifications.documents import OutboxMessage
from zgw.domain.zaken.documents import ConvenienceIntent, Resultaat, Rol, Status, Zaak, ZaakObject
from zgw.domain.zaken.zaakinformatieobjecten import ZaakInformatieObject


def persoon(roltype: str, bsn: str = "111222333", **over: Any) -> dict[str, Any]:
    return {"betrokkeneType": "natuurlijk_persoon", "roltype": roltype, "roltoelichting": "aanvrager",
            "betrokkeneIdentificatie": {"inpBsn": bsn, "geslachtsnaam": "Jansen"}, **over}


def medewerker(roltype: str, ident: str = "m1", **over: Any) -> dict[str, Any]:
    return {"betrokkeneType": "medewerker", "roltype": roltype, "roltoelichting": "behandelt",
            "betrokkeneIdentificatie": {"identificatie": ident, "achternaam": "Pietersen"}, **over}


def adres() -> dict[str, Any]:
    return {"objectType": "adres", "relatieomschrijving": "locatie",
            "objectIdentificatie": {"identificatie": "1", "wplWoonplaatsNaam": "Utrecht",
                                    "gorOpenbareRuimteNaam": "Straat", "huisnummer": 1}}


def registratie(s: Setup, **over: Any) -> dict[str, Any]:
    return {"zaak": {"zaaktype": s.zaaktype["url"], "bronorganisatie": "517439943",
                     "verantwoordelijkeOrganisatie": "517439943", "startdatum": "2024-03-01",
                     "omschrijving": "Aanvraag"},
            "rollen": [persoon(s.initiator["url"]), medewerker(s.behandelaar["url"])],
            "zaakobjecten": [adres()],
            "status": {"statustype": s.begin["url"], "datumStatusGezet": "2024-03-02T10:00:00Z"}, **over}


async def nothing_written(before: int) -> None:
    assert await Zaak.find().count() == before
    assert await Rol.find().count() == 0 and await Status.find().count() == 0
    assert await ZaakObject.find().count() == 0
    assert await OutboxMessage.find({"resource": {"$in": ["rol", "status", "zaakobject"]}}).count() == 0
    assert await AuditRecord.find({"resource": {"$in": ["rol", "status", "zaakobject"]}}).count() == 0
    assert await ConvenienceIntent.find().count() == 0


async def test_registreren(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await linked_setup(api, superuser)  # a document whose informatieobjecttype t's zaaktype does not know
    t = await setup(api, superuser)
    eio = await make_eio(s.iot["url"])
    body = registratie(t)
    r = await api.post(f"{ROOT}/zaak_registreren", headers={**superuser, **CRS}, json=body)
    assert r.status_code == 201, r.text
    out = r.json()
    assert set(out) == {"zaak", "rollen", "zaakinformatieobjecten", "zaakobjecten", "status"}
    zaak = await zaak_doc(out["zaak"]["url"])
    assert out["zaak"]["omschrijving"] == "Aanvraag"
    assert out["zaak"]["status"] == out["status"]["url"]
    assert [x["roltype"] for x in out["rollen"]] == [t.initiator["url"], t.behandelaar["url"]]
    assert all(x["zaak"] == out["zaak"]["url"] for x in [*out["rollen"], *out["zaakobjecten"], out["status"]])
    assert out["status"]["indicatieLaatstGezetteStatus"] is True
    assert len(zaak.rollen) == 2 and len(zaak.zaakobjecten) == 1 and len(zaak.statussen) == 1
    assert sorted(a.resource for a in await AuditRecord.find({"hoofd_object": out["zaak"]["url"]}).to_list()) == [
        "rol", "rol", "status", "zaak", "zaakobject"]
    messages = await OutboxMessage.find({"hoofd_object": out["zaak"]["url"]}).to_list()
    assert sorted((m.resource, m.actie, m.status) for m in messages) == [
        ("rol", "create", "pending"), ("rol", "create", "pending"), ("status", "create", "pending"),
        ("zaak", "create", "pending"), ("zaakobject", "create", "pending")]
    assert await ConvenienceIntent.find().count() == 0
    # with a document: its zaaktype must know the document's informatieobjecttype (zrc-017), as the separate call
    body = registratie(t, zaakinformatieobjecten=[{"informatieobject": eio, "titel": "brief"}])
    r = await api.post(f"{ROOT}/zaak_registreren", headers={**superuser, **CRS}, json=body)
    assert r.status_code == 400
    assert codes(r) == [("zaakinformatieobjecten.0.nonFieldErrors", "missing-zaaktype-informatieobjecttype-relation")]


async def test_registreren_with_a_document(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await linked_setup(api, superuser)
    eio = await make_eio(s.iot["url"])
    body = {"zaak": {"zaaktype": s.zaaktype["url"], "bronorganisatie": "517439943",
                     "verantwoordelijkeOrganisatie": "517439943", "startdatum": "2024-03-01"},
            "rollen": [], "zaakinformatieobjecten": [{"informatieobject": eio, "titel": "brief"}],
            "status": {"statustype": s.begin["url"], "datumStatusGezet": "2024-03-02T10:00:00Z"}}
    r = await api.post(f"{ROOT}/zaak_registreren", headers={**superuser, **CRS}, json=body)
    assert r.status_code == 201, r.text
    [zio] = r.json()["zaakinformatieobjecten"]
    assert (zio["informatieobject"], zio["titel"], zio["zaak"]) == (eio, "brief", r.json()["zaak"]["url"])
    stored = await ZaakInformatieObject.get(UUID(zio["uuid"]))
    assert stored is not None
    # the same document twice in one request: refused before anything is written
    before = await Zaak.find().count()
    body["zaakinformatieobjecten"] = [{"informatieobject": eio}, {"informatieobject": eio}]
    r = await api.post(f"{ROOT}/zaak_registreren", headers={**superuser, **CRS}, json=body)
    assert r.status_code == 400
    assert codes(r) == [("zaakinformatieobjecten.1.nonFieldErrors", "unique")]
    assert await Zaak.find().count() == before


async def test_registreren_refusals_leave_nothing(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    t = await setup(api, superuser)
    other = await setup(api, superuser)
    before = await Zaak.find().count()
    h = {**superuser, **CRS}
    cases: list[tuple[dict[str, Any], list[tuple[str, str]]]] = [
        (registratie(t, rollen=[persoon(t.initiator["url"]), persoon(other.initiator["url"])]),
         [("rollen.1.nonFieldErrors", "zaaktype-mismatch")]),
        (registratie(t, rollen=[persoon(t.initiator["url"]), persoon(t.initiator["url"], "222333444")]),
         [("rollen.1.roltype", "max-occurences")]),
        (registratie(t, rollen=[{**persoon(t.initiator["url"]), "betrokkeneIdentificatie": None}]),
         [("rollen.0.nonFieldErrors", "invalid-betrokkene")]),
        (registratie(t, status={"statustype": other.begin["url"], "datumStatusGezet": "2024-03-02T10:00:00Z"}),
         [("status.nonFieldErrors", "zaaktype-mismatch")]),
        (registratie(t, status={"statustype": t.eind["url"], "datumStatusGezet": "2024-03-02T10:00:00Z"}),
         [("status.nonFieldErrors", "resultaat-does-not-exist")]),
        (registratie(t, zaakobjecten=[{**adres(), "objectIdentificatie": None}]),
         [("zaakobjecten.0.nonFieldErrors", "invalid-zaakobject")]),
        (registratie(t, zaak={"bronorganisatie": "517439943", "verantwoordelijkeOrganisatie": "517439943",
                              "startdatum": "2024-03-01"}), [("zaak.zaaktype", "required")]),
        (registratie(t, zaak={"zaaktype": t.zaaktype["url"], "bronorganisatie": "517439943",
                              "verantwoordelijkeOrganisatie": "517439943", "startdatum": "2024-03-01",
                              "betalingsindicatie": "nvt", "laatsteBetaaldatum": "2024-03-01T10:00:00Z"}),
         [("zaak.laatsteBetaaldatum", "betaling-nvt")]),
        # every part's problems at once
        (registratie(t, zaak={"zaaktype": t.zaaktype["url"], "bronorganisatie": "517439943",
                              "verantwoordelijkeOrganisatie": "517439943", "startdatum": "2024-03-01",
                              "betalingsindicatie": "nvt", "laatsteBetaaldatum": "2024-03-01T10:00:00Z"},
                     rollen=[persoon(other.initiator["url"])],
                     status={"statustype": other.begin["url"], "datumStatusGezet": "2024-03-02T10:00:00Z"}),
         [("zaak.laatsteBetaaldatum", "betaling-nvt"), ("rollen.0.nonFieldErrors", "zaaktype-mismatch"),
          ("status.nonFieldErrors", "zaaktype-mismatch")]),
    ]
    for body, expected in cases:
        r = await api.post(f"{ROOT}/zaak_registreren", headers=h, json=body)
        assert r.status_code == 400, (expected, r.text)
        assert codes(r) == expected, r.text
        await nothing_written(before)
    r = await api.post(f"{ROOT}/zaak_registreren", headers=h, json={**registratie(t), "rollen": [{"x": 1}]})
    assert r.status_code == 400
    assert codes(r)[0][0] == "rollen.0.betrokkeneType"
    await nothing_written(before)


async def test_registreren_scopes(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    t = await setup(api, superuser)
    maker = await make_client("maker", autorisaties=[grant(t.zaaktype["url"], "zaken.aanmaken")])
    r = await api.post(f"{ROOT}/zaak_registreren", headers={**maker, **CRS}, json=registratie(t))
    assert r.status_code == 403
    both = await make_client("both", autorisaties=[grant(t.zaaktype["url"], "zaken.aanmaken", "zaken.bijwerken",
                                                         "zaken.lezen")])
    r = await api.post(f"{ROOT}/zaak_registreren", headers={**both, **CRS}, json=registratie(t))
    assert r.status_code == 201, r.text
    other = await setup(api, superuser)
    r = await api.post(f"{ROOT}/zaak_registreren", headers={**both, **CRS}, json=registratie(other))
    assert r.status_code == 403
    assert (await api.post(f"{ROOT}/zaak_registreren", headers=superuser, json=registratie(t))).status_code == 412


async def test_opschorten_and_verlengen(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    t = await setup(api, superuser)
    zaak = t.zaak["url"]
    uuid = zaak.rsplit("/", 1)[1]
    assert (await set_status(api, superuser, zaak, t.begin["url"])).status_code == 201
    r = await api.post(f"{ROOT}/zaak_opschorten/{uuid}", headers=superuser, json={
        "zaak": {"opschorting": {"indicatie": True, "reden": "wacht op burger"}},
        "status": {"statustype": t.begin["url"], "datumStatusGezet": "2024-03-03T10:00:00Z",
                   "statustoelichting": "opgeschort"}})
    assert r.status_code == 200, r.text
    out = r.json()
    assert set(out) == {"zaak", "status"}
    assert out["zaak"]["opschorting"]["indicatie"] is True
    assert out["zaak"]["opschorting"]["reden"] == "wacht op burger"
    assert out["zaak"]["status"] == out["status"]["url"]
    assert out["status"]["statustoelichting"] == "opgeschort"
    r = await api.post(f"{ROOT}/zaak_verlengen/{uuid}", headers=superuser, json={
        "zaak": {"verlenging": {"reden": "drukte", "duur": "P5D"}},
        "status": {"statustype": t.begin["url"], "datumStatusGezet": "2024-03-04T10:00:00Z"}})
    assert r.status_code == 200, r.text
    assert r.json()["zaak"]["verlenging"] == {"reden": "drukte", "duur": "P5D"}
    trail = await AuditRecord.find({"hoofd_object": zaak}).sort("aanmaakdatum").to_list()
    assert [(a.resource, a.actie) for a in trail][-4:] == [("zaak", "partial_update"), ("status", "create"),
                                                            ("zaak", "partial_update"), ("status", "create")]
    # a refused status leaves the zaak as it was
    r = await api.post(f"{ROOT}/zaak_verlengen/{uuid}", headers=superuser, json={
        "zaak": {"verlenging": {"reden": "nog drukker", "duur": "P9D"}},
        "status": {"statustype": t.begin["url"], "datumStatusGezet": "2024-03-04T10:00:00Z"}})
    assert r.status_code == 400
    assert codes(r) == [("status.nonFieldErrors", "unique")]
    assert (await zaak_doc(zaak)).verlenging.duur == "P5D"  # type: ignore[union-attr]
    r = await api.post(f"{ROOT}/zaak_opschorten/5d4a1c38-7f3e-4d2e-9d8a-7e0f0c1b2a3d", headers=superuser, json={
        "zaak": {"opschorting": {"indicatie": True, "reden": "x"}},
        "status": {"statustype": t.begin["url"], "datumStatusGezet": "2024-03-05T10:00:00Z"}})
    assert r.status_code == 404


async def test_bijwerken_replaces_the_rollen(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    t = await setup(api, superuser)
    zaak = t.zaak["url"]
    uuid = zaak.rsplit("/", 1)[1]
    a = (await api.post(f"{ROOT}/rollen", headers=superuser, json={**persoon(t.initiator["url"]), "zaak": zaak})).json()
    b = (await api.post(f"{ROOT}/rollen", headers=superuser,
                        json={**medewerker(t.behandelaar["url"]), "zaak": zaak})).json()
    h = {**superuser, **CRS}
    body = {"zaak": {"omschrijving": "bijgewerkt"},
            "rollen": [{**persoon(t.initiator["url"]), "uuid": a["uuid"], "roltoelichting": "nieuw"},
                       medewerker(t.behandelaar["url"], "m2")],
            "status": {"statustype": t.begin["url"], "datumStatusGezet": "2024-03-03T10:00:00Z"}}
    r = await api.post(f"{ROOT}/zaak_bijwerken/{uuid}", headers=h, json=body)
    assert r.status_code == 200, r.text
    out = r.json()
    assert set(out) == {"zaak", "rollen", "status"}
    assert out["zaak"]["omschrijving"] == "bijgewerkt"
    assert [(x["uuid"] == a["uuid"], x["roltoelichting"]) for x in out["rollen"]] == [(True, "nieuw"),
                                                                                        (False, "behandelt")]
    assert await Rol.get(UUID(b["uuid"])) is None
    assert sorted(map(str, (await zaak_doc(zaak)).rollen)) == sorted(x["uuid"] for x in out["rollen"])
    # without rollen they stay; a rol of another zaak is refused and nothing changes
    other = await setup(api, superuser)
    foreign = (await api.post(f"{ROOT}/rollen", headers=superuser,
                              json={**persoon(other.initiator["url"]), "zaak": other.zaak["url"]})).json()
    r = await api.post(f"{ROOT}/zaak_bijwerken/{uuid}", headers=h, json={
        "zaak": {"omschrijving": "weer anders"},
        "rollen": [{**persoon(t.initiator["url"]), "uuid": foreign["uuid"]}],
        "status": {"statustype": t.begin["url"], "datumStatusGezet": "2024-03-04T10:00:00Z"}})
    assert r.status_code == 400
    assert codes(r) == [("rollen.0.uuid", "does_not_exist")]
    stored = await zaak_doc(zaak)
    assert stored.omschrijving == "bijgewerkt" and len(stored.rollen) == 2 and len(stored.statussen) == 1
    r = await api.post(f"{ROOT}/zaak_bijwerken/{uuid}", headers=h, json={
        "status": {"statustype": t.begin["url"], "datumStatusGezet": "2024-03-04T10:00:00Z"}})
    assert r.status_code == 200, r.text
    assert len(r.json()["rollen"]) == 0 and len((await zaak_doc(zaak)).rollen) == 2


async def test_afsluiten(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    t = await setup(api, superuser)
    other = await setup(api, superuser)
    zaak = t.zaak["url"]
    uuid = zaak.rsplit("/", 1)[1]
    assert (await set_status(api, superuser, zaak, t.begin["url"])).status_code == 201
    r = await api.post(f"{ROOT}/zaak_afsluiten/{uuid}", headers=superuser, json={
        "zaak": {"toelichting": "klaar"}, "resultaat": {"resultaattype": t.resultaattype["url"]},
        "status": {"statustype": other.eind["url"], "datumStatusGezet": "2024-03-05T10:00:00Z"}})
    assert r.status_code == 400
    assert codes(r) == [("status.nonFieldErrors", "zaaktype-mismatch")]
    stored = await zaak_doc(zaak)
    assert (stored.toelichting, stored.resultaat, stored.einddatum) == ("", None, None)
    assert await Resultaat.find().count() == 0
    r = await api.post(f"{ROOT}/zaak_afsluiten/{uuid}", headers=superuser, json={
        "zaak": {"toelichting": "klaar"}, "resultaat": {"resultaattype": t.resultaattype["url"],
                                                        "toelichting": "toegekend"},
        "status": {"statustype": t.eind["url"], "datumStatusGezet": "2024-03-05T10:00:00Z"}})
    assert r.status_code == 200, r.text
    out = r.json()
    assert set(out) == {"zaak", "resultaat", "status"}
    assert out["zaak"]["einddatum"] == "2024-03-05"
    assert out["zaak"]["resultaat"] == out["resultaat"]["url"]
    assert out["resultaat"]["toelichting"] == "toegekend"
    assert out["zaak"]["toelichting"] == "klaar"
    # closed: another afsluiten needs zaken.geforceerd-bijwerken and finds the resultaat there
    r = await api.post(f"{ROOT}/zaak_afsluiten/{uuid}", headers=superuser, json={
        "zaak": {}, "resultaat": {"resultaattype": t.resultaattype["url"]},
        "status": {"statustype": t.eind["url"], "datumStatusGezet": "2024-03-06T10:00:00Z"}})
    assert r.status_code == 400
    assert codes(r) == [("resultaat.zaak", "unique")]


async def test_scopes_of_the_zaak_operations(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    t = await setup(api, superuser)
    uuid = t.zaak["url"].rsplit("/", 1)[1]
    body = {"zaak": {"opschorting": {"indicatie": True, "reden": "x"}},
            "status": {"statustype": t.begin["url"], "datumStatusGezet": "2024-03-02T10:00:00Z"}}
    only = await make_client("bijwerker", autorisaties=[grant(t.zaaktype["url"], "zaken.bijwerken")])
    assert (await api.post(f"{ROOT}/zaak_opschorten/{uuid}", headers=only, json=body)).status_code == 403
    ok = await make_client("ok", autorisaties=[grant(t.zaaktype["url"], "zaken.bijwerken", "zaken.aanmaken")])
    r = await api.post(f"{ROOT}/zaak_opschorten/{uuid}", headers=ok, json=body)
    assert r.status_code == 200, r.text
    other = await setup(api, superuser)
    r = await api.post(f"{ROOT}/zaak_opschorten/{other.zaak['url'].rsplit('/', 1)[1]}", headers=ok, json={
        **body, "status": {"statustype": other.begin["url"], "datumStatusGezet": "2024-03-02T10:00:00Z"}})
    assert r.status_code == 403


async def test_a_failure_after_the_writes_undoes_them(api: httpx.AsyncClient, superuser: dict[str, str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure once every part is written (here: the hook where the request's writes are finished) leaves
    nothing of zaak_registreren, and zaak_bijwerken's zaak and rollen as they were."""
    from zgw.domain.zaken import convenience

    t = await setup(api, superuser)
    zaak = t.zaak["url"]
    a = (await api.post(f"{ROOT}/rollen", headers=superuser, json={**persoon(t.initiator["url"]), "zaak": zaak})).json()
    b = (await api.post(f"{ROOT}/rollen", headers=superuser,
                        json={**medewerker(t.behandelaar["url"]), "zaak": zaak})).json()
    assert (await set_status(api, superuser, zaak, t.begin["url"])).status_code == 201
    before = await zaak_doc(zaak)
    trail_before = await AuditRecord.find({"hoofd_object": zaak}).count()
    zaken_before = await Zaak.find().count()

    async def broken(op: str, z: Zaak, outbox: Any) -> None:
        raise RuntimeError(f"{op} failed after its writes")

    monkeypatch.setattr(convenience, "finished", broken)
    with pytest.raises(RuntimeError):
        await api.post(f"{ROOT}/zaak_registreren", headers={**superuser, **CRS}, json=registratie(t))
    assert await Zaak.find().count() == zaken_before
    assert await Rol.find().count() == 2 and await Status.find().count() == 1  # the existing zaak's only
    assert await ZaakObject.find().count() == 0
    assert await ConvenienceIntent.find().count() == 0
    assert await AuditRecord.find({"resource": "zaakobject"}).count() == 0

    with pytest.raises(RuntimeError):
        await api.post(f"{ROOT}/zaak_bijwerken/{zaak.rsplit('/', 1)[1]}", headers={**superuser, **CRS}, json={
            "zaak": {"omschrijving": "mislukt"},
            "rollen": [{**persoon(t.initiator["url"]), "uuid": a["uuid"], "roltoelichting": "veranderd"}],
            "status": {"statustype": t.begin["url"], "datumStatusGezet": "2024-03-09T10:00:00Z"}})
    after = await zaak_doc(zaak)
    assert after.model_dump() == before.model_dump()
    assert (await api.get(a["url"], headers=superuser)).json()["roltoelichting"] == "aanvrager"
    assert (await api.get(b["url"], headers=superuser)).status_code == 200
    assert await Status.find().count() == 1
    assert await AuditRecord.find({"hoofd_object": zaak}).count() == trail_before
    assert await ConvenienceIntent.find().count() == 0
    assert await OutboxMessage.find({"hoofd_object": zaak, "status": "prepared"}).count() == 0


async def test_a_taken_identificatie_leaves_nothing(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    t = await setup(api, superuser)
    taken = t.zaak["identificatie"]
    before = await Zaak.find().count()
    body = registratie(t)
    body["zaak"]["identificatie"] = taken
    r = await api.post(f"{ROOT}/zaak_registreren", headers={**superuser, **CRS}, json=body)
    assert r.status_code == 400
    assert codes(r) == [("zaak.identificatie", "identificatie-niet-uniek")]
    await nothing_written(before)


async def test_the_sweep_undoes_what_a_dead_writer_left_and_waits_for_a_live_one(api: httpx.AsyncClient,
                                                                                 superuser: dict[str, str]) -> None:
    import asyncio
    from datetime import timedelta

    from zgw.domain.zaken import convenience, locks
    from zgw.domain.zaken.touch import now

    t = await setup(api, superuser)
    zaak = await zaak_doc(t.zaak["url"])
    raw = await Zaak.get_pymongo_collection().find_one({"_id": zaak.id})
    await ConvenienceIntent.get_pymongo_collection().insert_one({
        "_id": convenience.intent_id(zaak.id), "op": "opschorten", "zaak": zaak.id, "new_zaak": False,
        "before": raw, "rollen_before": [], "started": now() - timedelta(minutes=5)})
    await Zaak.get_pymongo_collection().update_one({"_id": zaak.id}, {"$set": {"omschrijving": "half"}})
    held, release = asyncio.Event(), asyncio.Event()

    async def live_writer() -> None:
        async with locks.zaak_lock(zaak.id):
            held.set()
            await release.wait()

    task = asyncio.create_task(live_writer())
    await held.wait()
    assert await convenience.sweep() == 0  # the zaak's lock is held: not touched
    assert (await zaak_doc(t.zaak["url"])).omschrijving == "half"
    release.set()
    await task
    assert await convenience.sweep() == 1
    assert (await zaak_doc(t.zaak["url"])).omschrijving == zaak.omschrijving
    assert await ConvenienceIntent.find().count() == 0
    assert await convenience.sweep() == 0


async def test_undo_restores_the_other_zaken_a_patch_touched(api: httpx.AsyncClient, superuser: dict[str, str],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.rest.zaken.factories import make_zaak
    from zgw.domain.zaken import convenience

    t = await setup(api, superuser)
    other = await make_zaak(api, superuser, t.zaaktype["url"])

    async def broken(op: str, z: Zaak, outbox: Any) -> None:
        raise RuntimeError("failed after its writes")

    monkeypatch.setattr(convenience, "finished", broken)
    with pytest.raises(RuntimeError):
        await api.post(f"{ROOT}/zaak_bijwerken/{t.zaak['uuid']}", headers={**superuser, **CRS}, json={
            "zaak": {"gerelateerdeZaken": [{"url": other["url"]}]},
            "status": {"statustype": t.begin["url"], "datumStatusGezet": "2024-03-09T10:00:00Z"}})
    assert (await zaak_doc(other["url"])).gerelateerde_zaken == []
    assert (await zaak_doc(t.zaak["url"])).gerelateerde_zaken == []
    monkeypatch.undo()
    r = await api.post(f"{ROOT}/zaak_bijwerken/{t.zaak['uuid']}", headers={**superuser, **CRS}, json={
        "zaak": {"gerelateerdeZaken": [{"url": other["url"]}]},
        "status": {"statustype": t.begin["url"], "datumStatusGezet": "2024-03-09T10:00:00Z"}})
    assert r.status_code == 200, r.text
    assert (await zaak_doc(other["url"])).gerelateerde_zaken == [t.zaak["url"].removeprefix("http://testserver")]


async def test_undo_restores_the_archive_fields_of_deelzaken(api: httpx.AsyncClient, superuser: dict[str, str],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """zaak_afsluiten on a hoofdzaak whose deelzaak's archive follows it (afleidingswijze hoofdzaak): a failure
    after the writes leaves the deelzaak's archive fields as they were."""
    from tests.rest.zaken.factories import make_zaak
    from tests.rest.zaken.sub.test_statussen import add_resultaat
    from zgw.domain.zaken import convenience

    deel = await setup(api, superuser, resultaattype={"archiefactietermijn": "P1Y",
                                                      "brondatumArchiefprocedure": {"afleidingswijze": "hoofdzaak"}})
    hoofd = await setup(api, superuser, catalogus=deel.zaaktype["catalogus"], identificatie="ZT-HOOFD",
                        deelzaaktypen=[deel.zaaktype["url"]])
    sub = await make_zaak(api, superuser, deel.zaaktype["url"], hoofdzaak=hoofd.zaak["url"])
    await add_resultaat(api, superuser, deel, sub["url"])
    assert (await set_status(api, superuser, sub["url"], deel.eind["url"])).status_code == 201
    body = {"zaak": {}, "resultaat": {"resultaattype": hoofd.resultaattype["url"]},
            "status": {"statustype": hoofd.eind["url"], "datumStatusGezet": "2024-04-01T10:00:00Z"}}

    async def broken(op: str, z: Zaak, outbox: Any) -> None:
        raise RuntimeError("failed after its writes")

    monkeypatch.setattr(convenience, "finished", broken)
    with pytest.raises(RuntimeError):
        await api.post(f"{ROOT}/zaak_afsluiten/{hoofd.zaak['uuid']}", headers=superuser, json=body)
    kept = await zaak_doc(sub["url"])
    assert (kept.archiefnominatie, kept.archiefactiedatum, kept.startdatum_bewaartermijn) == (None, None, None)
    assert (await zaak_doc(hoofd.zaak["url"])).einddatum is None
    monkeypatch.undo()
    r = await api.post(f"{ROOT}/zaak_afsluiten/{hoofd.zaak['uuid']}", headers=superuser, json=body)
    assert r.status_code == 200, r.text
    after = await zaak_doc(sub["url"])
    assert (after.archiefnominatie, after.archiefactiedatum, after.startdatum_bewaartermijn) == (
        "vernietigen", "2025-04-01", "2024-04-01")
