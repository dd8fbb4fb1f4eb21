"""Statussen: rules zrc-007/008/016/021 with Open Zaak's error codes, and their side effects."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from tests.conftest import make_client
from tests.rest.zaken.factories import make_zaak
from tests.rest.zaken.sub.helpers import ROOT, Setup, setup, zaak_doc
from zgw.domain.audit.documents import AuditRecord
from zgw.domain.notifications.documents import OutboxMessage
from zgw.domain.zaken.documents import Zaak


async def set_status(api: httpx.AsyncClient, h: dict[str, str], zaak: str, statustype: str,
                     when: str = "2024-03-02T10:00:00Z", **over: Any) -> httpx.Response:
    return await api.post(f"{ROOT}/statussen", headers=h,
                          json={"zaak": zaak, "statustype": statustype, "datumStatusGezet": when, **over})


async def add_resultaat(api: httpx.AsyncClient, h: dict[str, str], s: Setup, zaak: str | None = None) -> None:
    r = await api.post(f"{ROOT}/resultaten", headers=h,
                       json={"zaak": zaak or s.zaak["url"], "resultaattype": s.resultaattype["url"]})
    assert r.status_code == 201, r.text


def codes(r: httpx.Response) -> list[tuple[str, str]]:
    return [(p["name"], p["code"]) for p in r.json()["invalidParams"]]


def zaken_client(zaaktype: str, *scopes: str) -> dict[str, Any]:
    return {"component": "zrc", "scopes": list(scopes), "zaaktype": zaaktype.removeprefix("http://testserver"),
            "max_vertrouwelijkheidaanduiding": "zeer_geheim"}


async def test_create_moves_the_current_status_audits_and_notifies(api: httpx.AsyncClient,
                                                                   superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    r = await set_status(api, superuser, s.zaak["url"], s.begin["url"], statustoelichting="ontvangen")
    assert r.status_code == 201, r.text
    body = r.json()
    assert r.headers["Location"] == body["url"]
    assert body["statustype"] == s.begin["url"]
    assert body["datumStatusGezet"] == "2024-03-02T10:00:00Z"
    assert body["indicatieLaatstGezetteStatus"] is True
    assert body["statustoelichting"] == "ontvangen"
    assert body["zaakinformatieobjecten"] == []
    zaak = await zaak_doc(s.zaak["url"])
    assert zaak.status == body["url"].removeprefix("http://testserver")
    assert zaak.status_statustype == s.begin["url"].removeprefix("http://testserver")
    assert zaak.einddatum is None
    before = datetime.fromisoformat(s.zaak["laatstGemuteerd"].replace("Z", "+00:00"))
    assert zaak.laatst_gemuteerd.replace(tzinfo=UTC) > before
    audit = await AuditRecord.find({"resource": "status"}).to_list()
    assert [(a.actie, a.resultaat, a.hoofd_object, a.resource_url) for a in audit] == [
        ("create", 201, s.zaak["url"], body["url"])]
    assert audit[0].wijzigingen["nieuw"] == body
    messages = await OutboxMessage.find({"resource": "status"}).to_list()
    assert [(m.kanaal, m.actie, m.hoofd_object, m.resource_url) for m in messages] == [
        ("zaken", "create", s.zaak["url"], body["url"])]
    assert messages[0].kenmerken["zaaktype"] == s.zaaktype["url"]
    assert messages[0].kenmerken["bronorganisatie"] == "517439943"

    # a later status becomes current; the first one is no longer the last set
    r2 = await set_status(api, superuser, s.zaak["url"], s.begin["url"], "2024-03-03T10:00:00Z")
    assert r2.status_code == 201
    first = (await api.get(body["url"], headers=superuser)).json()
    assert first["indicatieLaatstGezetteStatus"] is False
    listed = await api.get(f"{ROOT}/statussen", headers=superuser,
                           params={"zaak": s.zaak["url"], "indicatieLaatstGezetteStatus": "true"})
    assert [x["url"] for x in listed.json()["results"]] == [r2.json()["url"]]


async def test_statustype_of_another_zaaktype_is_refused(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    other = await setup(api, superuser)
    r = await set_status(api, superuser, s.zaak["url"], other.begin["url"])
    assert r.status_code == 400
    assert codes(r) == [("nonFieldErrors", "zaaktype-mismatch")]
    assert (await zaak_doc(s.zaak["url"])).status is None


async def test_datum_in_the_future_is_refused(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    future = (datetime.now(UTC) + timedelta(days=1)).isoformat()
    r = await set_status(api, superuser, s.zaak["url"], s.begin["url"], future)
    assert r.status_code == 400
    assert codes(r) == [("datumStatusGezet", "date-in-future")]


async def test_unique_per_moment(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    assert (await set_status(api, superuser, s.zaak["url"], s.begin["url"])).status_code == 201
    r = await set_status(api, superuser, s.zaak["url"], s.begin["url"], "2024-03-02T11:00:00+01:00")
    assert r.status_code == 400
    assert codes(r) == [("nonFieldErrors", "unique")]


async def test_only_aanmaken_sets_only_the_first_status(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    h = await make_client("aanmaker", autorisaties=[zaken_client(s.zaaktype["url"], "zaken.aanmaken", "zaken.lezen")])
    assert (await set_status(api, h, s.zaak["url"], s.begin["url"])).status_code == 201
    r = await set_status(api, h, s.zaak["url"], s.begin["url"], "2024-03-03T10:00:00Z")
    assert r.status_code == 403
    assert r.json()["code"] == "permission_denied"
    h2 = await make_client("toevoeger", autorisaties=[zaken_client(s.zaaktype["url"], "zaken.statussen.toevoegen")])
    assert (await set_status(api, h2, s.zaak["url"], s.begin["url"], "2024-03-03T10:00:00Z")).status_code == 201


async def test_eindstatus_requires_a_resultaat(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    r = await set_status(api, superuser, s.zaak["url"], s.eind["url"])
    assert r.status_code == 400
    assert codes(r) == [("nonFieldErrors", "resultaat-does-not-exist")]
    assert await OutboxMessage.find({"resource": "status"}).count() == 0


async def test_eindstatus_closes_and_derives_the_archive_fields(api: httpx.AsyncClient,
                                                                superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    await add_resultaat(api, superuser, s)
    # the client's local date counts: 00:30 in Amsterdam is still the previous day in UTC
    r = await set_status(api, superuser, s.zaak["url"], s.eind["url"], "2024-03-05T00:30:00+01:00")
    assert r.status_code == 201, r.text
    zaak = await zaak_doc(s.zaak["url"])
    assert (zaak.einddatum, zaak.archiefnominatie, zaak.archiefactiedatum, zaak.startdatum_bewaartermijn,
            zaak.archiefstatus) == ("2024-03-05", "vernietigen", "2034-03-05", "2024-03-05", "nog_te_archiveren")


async def test_eigenschap_without_a_date_refuses_the_close(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser, resultaattype={"brondatumArchiefprocedure": {
        "afleidingswijze": "eigenschap", "datumkenmerk": "vervaldatum"}})
    await add_resultaat(api, superuser, s)
    r = await set_status(api, superuser, s.zaak["url"], s.eind["url"])
    assert r.status_code == 400
    assert codes(r) == [("nonFieldErrors", "archiefactiedatum-error")]
    assert (await zaak_doc(s.zaak["url"])).einddatum is None


async def test_closed_zaak_reopens_with_heropenen_and_clears_the_archive_fields(
        api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    await add_resultaat(api, superuser, s)
    assert (await set_status(api, superuser, s.zaak["url"], s.eind["url"])).status_code == 201
    h = await make_client("toevoeger", autorisaties=[
        zaken_client(s.zaaktype["url"], "zaken.statussen.toevoegen", "zaken.lezen")])
    r = await set_status(api, h, s.zaak["url"], s.begin["url"], "2024-03-04T10:00:00Z")
    assert r.status_code == 403
    h2 = await make_client("heropener", autorisaties=[
        zaken_client(s.zaaktype["url"], "zaken.statussen.toevoegen", "zaken.heropenen")])
    r = await set_status(api, h2, s.zaak["url"], s.begin["url"], "2024-03-04T10:00:00Z")
    assert r.status_code == 201, r.text
    zaak = await zaak_doc(s.zaak["url"])
    assert (zaak.einddatum, zaak.archiefnominatie, zaak.archiefactiedatum, zaak.startdatum_bewaartermijn) == (
        None, None, None, None)
    assert zaak.status == r.json()["url"].removeprefix("http://testserver")


async def test_hoofdzaak_closes_only_with_closed_deelzaken(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    deel = await setup(api, superuser)
    hoofd = await setup(api, superuser, catalogus=deel.zaaktype["catalogus"], identificatie="ZT-HOOFD",
                        deelzaaktypen=[deel.zaaktype["url"]])
    sub = await make_zaak(api, superuser, deel.zaaktype["url"], hoofdzaak=hoofd.zaak["url"])
    await add_resultaat(api, superuser, hoofd)
    r = await set_status(api, superuser, hoofd.zaak["url"], hoofd.eind["url"])
    assert r.status_code == 400
    assert codes(r) == [("nonFieldErrors", "deelzaken-not-closed")]
    await add_resultaat(api, superuser, deel, sub["url"])
    assert (await set_status(api, superuser, sub["url"], deel.eind["url"])).status_code == 201
    assert (await set_status(api, superuser, hoofd.zaak["url"], hoofd.eind["url"])).status_code == 201


async def test_list_is_filtered_by_authorisation(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    other = await setup(api, superuser)
    mine = await set_status(api, superuser, s.zaak["url"], s.begin["url"])
    await set_status(api, superuser, other.zaak["url"], other.begin["url"])
    h = await make_client("lezer", autorisaties=[zaken_client(s.zaaktype["url"], "zaken.lezen")])
    listed = await api.get(f"{ROOT}/statussen", headers=h)
    assert listed.status_code == 200
    assert [x["url"] for x in listed.json()["results"]] == [mine.json()["url"]]
    assert listed.json()["count"] == 1
    foreign = (await api.get(f"{ROOT}/statussen", headers=superuser,
                             params={"zaak": other.zaak["url"]})).json()["results"][0]["url"]
    assert (await api.get(foreign, headers=h)).status_code == 403


async def test_retrieve_head_etag_and_expand(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    url = (await set_status(api, superuser, s.zaak["url"], s.begin["url"])).json()["url"]
    r = await api.get(url, headers=superuser)
    assert r.status_code == 200 and r.headers["ETag"]
    head = await api.head(url, headers=superuser)
    assert head.status_code == 200 and head.headers["ETag"] == r.headers["ETag"] and head.content == b""
    cached = await api.get(url, headers={**superuser, "If-None-Match": r.headers["ETag"]})
    assert cached.status_code == 304
    expanded = await api.get(url, headers=superuser, params={"expand": "statustype"})
    assert expanded.status_code == 200, expanded.text
    assert expanded.json()["_expand"]["statustype"]["url"] == s.begin["url"]
    assert expanded.json()["_expand"]["statustype"]["volgnummer"] == 1


async def test_zaakobject_afleidingswijze_reads_the_zaakobjecten(api: httpx.AsyncClient,
                                                                 superuser: dict[str, str]) -> None:
    s = await setup(api, superuser, resultaattype={"archiefactietermijn": "P5Y", "brondatumArchiefprocedure": {
        "afleidingswijze": "zaakobject", "objecttype": "overige", "datumkenmerk": "overigeData.einddatum"}})
    await add_resultaat(api, superuser, s)
    for einde in ("2025-01-31", "2026-06-30"):
        r = await api.post(f"{ROOT}/zaakobjecten", headers=superuser, json={
            "zaak": s.zaak["url"], "objectType": "overige", "objectTypeOverige": "vergunning",
            "objectIdentificatie": {"overigeData": {"einddatum": einde}}})
        assert r.status_code == 201, r.text
    r = await set_status(api, superuser, s.zaak["url"], s.eind["url"])
    assert r.status_code == 201, r.text  # the latest date of the objects' overigeData.einddatum counts
    zaak = await zaak_doc(s.zaak["url"])
    assert (zaak.archiefactiedatum, zaak.startdatum_bewaartermijn) == ("2031-06-30", "2026-06-30")


async def test_gezetdoor_must_be_a_rol_of_the_zaak(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    other = await setup(api, superuser)
    rol = await api.post(f"{ROOT}/rollen", headers=superuser, json={
        "zaak": other.zaak["url"], "betrokkeneType": "medewerker", "roltype": other.behandelaar["url"],
        "betrokkeneIdentificatie": {"identificatie": "mdw"}})
    assert rol.status_code == 201, rol.text
    r = await set_status(api, superuser, s.zaak["url"], s.begin["url"], gezetdoor=rol.json()["url"])
    assert r.status_code == 400
    assert codes(r) == [("nonFieldErrors", "zaak-mismatch")]
    own = await api.post(f"{ROOT}/rollen", headers=superuser, json={
        "zaak": s.zaak["url"], "betrokkeneType": "medewerker", "roltype": s.behandelaar["url"],
        "betrokkeneIdentificatie": {"identificatie": "mdw"}})
    ok = await set_status(api, superuser, s.zaak["url"], s.begin["url"], gezetdoor=own.json()["url"])
    assert ok.status_code == 201 and ok.json()["gezetdoor"] == own.json()["url"]
    rol_body = (await api.get(own.json()["url"], headers=superuser)).json()
    assert rol_body["statussen"] == [ok.json()["url"]]


async def test_archived_zaak_takes_no_status(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    await Zaak.get_pymongo_collection().update_one(
        {"_id": (await zaak_doc(s.zaak["url"])).id},
        {"$set": {"archiefstatus": "gearchiveerd", "archiefnominatie": "vernietigen",
                  "archiefactiedatum": "2030-01-01"}})
    r = await set_status(api, superuser, s.zaak["url"], s.begin["url"])
    assert r.status_code == 400
    assert codes(r) == [("nonFieldErrors", "zaak-archiefstatus-invalid")]


async def test_deelzaak_with_afleidingswijze_hoofdzaak_follows_its_hoofdzaak(
        api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    deel = await setup(api, superuser, resultaattype={"archiefactietermijn": "P1Y",
                                                      "brondatumArchiefprocedure": {"afleidingswijze": "hoofdzaak"}})
    hoofd = await setup(api, superuser, catalogus=deel.zaaktype["catalogus"], identificatie="ZT-HOOFD",
                        deelzaaktypen=[deel.zaaktype["url"]])
    sub = await make_zaak(api, superuser, deel.zaaktype["url"], hoofdzaak=hoofd.zaak["url"])
    await add_resultaat(api, superuser, deel, sub["url"])
    assert (await set_status(api, superuser, sub["url"], deel.eind["url"])).status_code == 201
    closed = await zaak_doc(sub["url"])
    assert (closed.einddatum, closed.archiefactiedatum) == ("2024-03-02", None)
    await add_resultaat(api, superuser, hoofd)
    r = await set_status(api, superuser, hoofd.zaak["url"], hoofd.eind["url"], "2024-04-01T10:00:00Z")
    assert r.status_code == 201, r.text
    after = await zaak_doc(sub["url"])
    assert (after.archiefnominatie, after.archiefactiedatum, after.startdatum_bewaartermijn) == (
        "vernietigen", "2025-04-01", "2024-04-01")
    # reopening the hoofdzaak clears what it gave its deelzaak
    r = await set_status(api, superuser, hoofd.zaak["url"], hoofd.begin["url"], "2024-04-02T10:00:00Z")
    assert r.status_code == 201, r.text
    reopened = await zaak_doc(sub["url"])
    assert (reopened.archiefnominatie, reopened.archiefactiedatum, reopened.startdatum_bewaartermijn) == (
        None, None, None)
