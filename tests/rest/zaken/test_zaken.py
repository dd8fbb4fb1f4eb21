"""Zaken: create, read, update, delete with their side effects."""

from __future__ import annotations

import httpx

from tests.rest.zaken.factories import CRS, ROOT, make_zaak, published_zaaktype, zaak_body
from zgw.domain.audit.documents import AuditRecord
from zgw.domain.notifications.documents import OutboxMessage
from zgw.domain.zaken.documents import Zaak


async def test_create_read_with_defaults(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    zaaktype = await published_zaaktype(api, superuser, vertrouwelijkheidaanduiding="zaakvertrouwelijk",
                                        doorlooptijd="P30D", servicenorm="P10D")
    zaak = await make_zaak(api, superuser, zaaktype["url"])
    assert zaak["vertrouwelijkheidaanduiding"] == "zaakvertrouwelijk"
    assert zaak["einddatumGepland"] == "2024-03-11"
    assert zaak["uiterlijkeEinddatumAfdoening"] == "2024-03-31"
    assert zaak["identificatie"].startswith("ZAAK-")
    assert len(zaak["identificatie"]) == len("ZAAK-2024-0000000001")
    assert zaak["status"] is None and zaak["rollen"] == [] and zaak["deelzaken"] == []

    r = await api.get(zaak["url"], headers={**superuser, **CRS})
    assert r.status_code == 200
    assert r.json() == zaak
    assert r.headers["Content-Crs"] == "EPSG:4326"
    etag = r.headers["ETag"]
    r = await api.get(zaak["url"], headers={**superuser, **CRS, "If-None-Match": etag})
    assert r.status_code == 304
    r = await api.head(zaak["url"], headers={**superuser, **CRS})
    assert r.status_code == 200 and r.headers["ETag"] == etag

    stored = await Zaak.find_one({"identificatie": zaak["identificatie"]})
    assert stored is not None and stored.seq >= 1
    notes = await OutboxMessage.find({"kanaal": "zaken"}).to_list()
    assert [(n.actie, n.resource, n.resource_url) for n in notes] == [("create", "zaak", zaak["url"])]
    assert notes[0].as_message()["kenmerken"] == {"bronorganisatie": "517439943", "zaaktype": zaaktype["url"],
                                  "zaaktype.catalogus": zaaktype["catalogus"],
                                  "vertrouwelijkheidaanduiding": "zaakvertrouwelijk"}
    audit = await AuditRecord.find({"hoofd_object_ref": stored.ref}).to_list()
    assert [(a.actie, a.resultaat, a.resource) for a in audit] == [("create", 201, "zaak")]


async def test_crs_headers_as_open_zaak(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    """vng-api-common's GeoMixin: Content-Crs with a body, Accept-Crs on all but DELETE; 412 when absent, 406 else."""
    zaaktype = await published_zaaktype(api, superuser)
    body = zaak_body(zaaktype["url"])
    r = await api.post(f"{ROOT}/zaken", json=body, headers={**superuser, "Accept-Crs": "EPSG:4326"})
    assert (r.status_code, r.json()["detail"]) == (412, "'Content-Crs' header ontbreekt")
    assert r.headers["content-type"] == "application/problem+json"
    r = await api.post(f"{ROOT}/zaken", json=body, headers={**superuser, "Content-Crs": "EPSG:4326"})
    assert (r.status_code, r.json()["detail"]) == (412, "'Accept-Crs' header ontbreekt")
    r = await api.post(f"{ROOT}/zaken", json=body,
                       headers={**superuser, "Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:28992"})
    assert (r.status_code, r.json()["detail"]) == (406, "CRS 'EPSG:28992' is niet ondersteund")
    r = await api.post(f"{ROOT}/zaken/_zoek", json={"identificatie": "x"},
                       headers={**superuser, "Accept-Crs": "EPSG:4326"})
    assert r.status_code == 412
    assert await Zaak.find_all().count() == 0

    zaak = await make_zaak(api, superuser, zaaktype["url"])
    for method in ("GET", "HEAD"):
        r = await api.request(method, zaak["url"], headers=superuser)
        assert r.status_code == 412
    r = await api.get(f"{ROOT}/zaken", headers=superuser)
    assert (r.status_code, r.json()["detail"]) == (412, "'Accept-Crs' header ontbreekt")
    r = await api.get(f"{ROOT}/zaken", headers={**superuser, "Accept-Crs": "EPSG:28992"})
    assert (r.status_code, r.json()["detail"]) == (406, "CRS 'EPSG:28992' is niet ondersteund")
    r = await api.patch(zaak["url"], json={"omschrijving": "x"}, headers={**superuser, "Accept-Crs": "EPSG:4326"})
    assert r.status_code == 412
    assert (await Zaak.find_one({"identificatie": zaak["identificatie"]})).omschrijving == ""  # type: ignore[union-attr]
    r = await api.delete(zaak["url"], headers=superuser)  # DELETE needs neither header
    assert r.status_code == 204
    assert await Zaak.find_all().count() == 0


async def test_concept_zaaktype_refused(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    from tests.rest.catalogi.factories import make_catalogus, make_zaaktype

    catalogus = await make_catalogus(api, superuser)
    concept = await make_zaaktype(api, superuser, catalogus["url"])
    r = await api.post(f"{ROOT}/zaken", json=zaak_body(concept["url"]), headers={**superuser, **CRS})
    assert r.status_code == 400
    assert r.json()["invalidParams"][0]["code"] == "not-published"
    assert await Zaak.find_all().count() == 0


async def test_update_immutable_and_patch(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    zaaktype = await published_zaaktype(api, superuser)
    other = await published_zaaktype(api, superuser, zaaktype["catalogus"], identificatie="ZT-2")
    zaak = await make_zaak(api, superuser, zaaktype["url"])
    r = await api.patch(zaak["url"], json={"zaaktype": other["url"]}, headers={**superuser, **CRS})
    assert r.status_code == 400
    assert r.json()["invalidParams"][0] == {"name": "zaaktype", "code": "wijzigen-niet-toegelaten",
                                            "reason": "Dit veld mag niet gewijzigd worden."}
    r = await api.patch(zaak["url"], json={"omschrijving": "nieuw"}, headers={**superuser, **CRS})
    assert r.status_code == 200, r.text
    assert r.json()["omschrijving"] == "nieuw"
    assert r.json()["laatstGemuteerd"] > zaak["laatstGemuteerd"]
    stored = await Zaak.find_one({"identificatie": zaak["identificatie"]})
    assert stored is not None and stored.omschrijving == "nieuw"


async def test_delete_removes_zaak_and_deelzaken(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    deel_type = await published_zaaktype(api, superuser, identificatie="DEEL")
    hoofd_type = await published_zaaktype(api, superuser, deel_type["catalogus"], identificatie="HOOFD",
                                          deelzaaktypen=[deel_type["url"]])
    hoofd = await make_zaak(api, superuser, hoofd_type["url"])
    deel = await make_zaak(api, superuser, deel_type["url"], hoofdzaak=hoofd["url"])
    r = await api.get(hoofd["url"], headers={**superuser, **CRS})
    assert r.json()["deelzaken"] == [deel["url"]]
    r = await api.delete(hoofd["url"], headers=superuser)
    assert r.status_code == 204
    assert await Zaak.find_all().count() == 0
    r = await api.get(deel["url"], headers={**superuser, **CRS})
    assert r.status_code == 404
