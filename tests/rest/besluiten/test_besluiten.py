"""Besluiten over REST: CRUD, HEAD/ETag, lists, audit, notifications and the rules brc-001 … brc-009."""

from __future__ import annotations

import asyncio
from typing import Any
from uuid import UUID

import httpx

from tests.conftest import make_client
from tests.rest.besluiten.factories import (
    BESLUITEN,
    BIOS,
    RSIN,
    besluit_body,
    link,
    make_besluit,
    make_document,
    world,
    zaak_of,
)
from tests.rest.catalogi.factories import make_besluittype
from zgw.domain.audit.documents import AuditRecord, AuditTrail
from zgw.domain.besluiten.documents import (
    Besluit,
    BesluitIdentificatie,
    BesluitInformatieObject,
    BesluitIntent,
    ZaakBesluit,
    ZaakBesluiten,
)
from zgw.domain.documenten.documents import EnkelvoudigInformatieObject
from zgw.domain.documenten.objectinformatieobjecten import ObjectInformatieObject, mirror_id
from zgw.domain.notifications.documents import OutboxMessage

HOST = "http://testserver"
OIOS = f"{HOST}/documenten/api/v1/objectinformatieobjecten"


def codes(r: httpx.Response) -> list[tuple[str, str]]:
    return [(p["name"], p["code"]) for p in r.json().get("invalidParams", [])]


def uid(url: str) -> UUID:
    return UUID(url.rstrip("/").rsplit("/", 1)[-1])


def ref(url: str) -> str:
    return url.removeprefix(HOST)


async def test_create_read_update_delete(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    h = superuser
    w = await world(api, h)
    r = await api.post(BESLUITEN, json=besluit_body(w.besluittype, toelichting="Verleend",
                                                   vervalreden="tijdelijk"), headers=h)
    assert r.status_code == 201, r.text
    body = r.json()
    assert r.headers["Location"] == body["url"]
    year = body["identificatie"].split("-")[1]
    assert body == {
        "url": body["url"], "identificatie": f"BESLUIT-{year}-0000000001", "verantwoordelijkeOrganisatie": RSIN,
        "besluittype": w.besluittype, "zaak": "", "datum": "2024-03-01", "toelichting": "Verleend",
        "bestuursorgaan": "", "ingangsdatum": "2024-03-02", "vervaldatum": None, "vervalreden": "tijdelijk",
        "vervalredenWeergave": "Besluit met tijdelijke werking", "publicatiedatum": None, "verzenddatum": None,
        "uiterlijkeReactiedatum": None}
    stored = await Besluit.get(uid(body["url"]))
    assert stored is not None and (stored.besluittype, stored.zaak) == (ref(w.besluittype), "")
    assert await BesluitIdentificatie.get(f"{RSIN}:{body['identificatie']}") is not None

    got = await api.get(body["url"], headers=h)
    assert (got.status_code, got.json()) == (200, body)
    etag = got.headers["ETag"]
    head = await api.head(body["url"], headers=h)
    assert (head.status_code, head.headers["ETag"], head.content) == (200, etag, b"")
    assert (await api.get(body["url"], headers={**h, "If-None-Match": etag})).status_code == 304

    p = await api.patch(body["url"], json={"vervaldatum": "2025-01-01", "vervalreden": "ingetrokken_overheid"},
                        headers=h)
    assert p.status_code == 200, p.text
    assert (p.json()["vervaldatum"], p.json()["vervalredenWeergave"]) == ("2025-01-01",
                                                                         "Besluit ingetrokken door overheid")
    put = await api.put(body["url"], json=besluit_body(w.besluittype, identificatie=body["identificatie"],
                                                       datum="2024-04-01"), headers=h)
    assert put.status_code == 200, put.text
    assert (put.json()["datum"], put.json()["toelichting"], put.json()["vervaldatum"]) == ("2024-04-01", "", None)

    trail = (await api.get(f"{body['url']}/audittrail", headers=h)).json()
    assert [(a["bron"], a["actie"], a["resultaat"], a["resource"]) for a in trail] == [
        ("brc", "create", 201, "besluit"), ("brc", "partial_update", 200, "besluit"), ("brc", "update", 200, "besluit")]
    assert trail[1]["wijzigingen"]["oud"]["vervaldatum"] is None
    assert trail[1]["wijzigingen"]["nieuw"]["vervaldatum"] == "2025-01-01"
    one = await api.get(f"{body['url']}/audittrail/{trail[0]['uuid']}", headers=h)
    assert one.json()["wijzigingen"]["nieuw"] == body

    notes = await OutboxMessage.find({"kanaal": "besluiten"}).sort(OutboxMessage.ORDER).to_list()
    assert [(n.actie, n.resource, n.hoofd_object) for n in notes] == [
        ("create", "besluit", body["url"]), ("partial_update", "besluit", body["url"]),
        ("update", "besluit", body["url"])]
    assert notes[0].kenmerken == {"verantwoordelijkeOrganisatie": RSIN, "besluittype": w.besluittype,
                                  "besluittype.catalogus": w.catalogus}

    assert (await api.delete(body["url"], headers=h)).status_code == 204
    assert (await api.get(body["url"], headers=h)).status_code == 404
    assert await Besluit.get(uid(body["url"])) is None
    assert await AuditRecord.find({"hoofd_object_ref": ref(body["url"])}).count() == 0
    assert await AuditTrail.get(ref(body["url"])) is None
    assert await BesluitIdentificatie.get(f"{RSIN}:{body['identificatie']}") is None
    destroyed = await OutboxMessage.find({"kanaal": "besluiten", "actie": "destroy"}).to_list()
    assert [(n.resource, n.resource_url) for n in destroyed] == [("besluit", body["url"])]
    assert await BesluitIntent.find({}).count() == 0


async def test_brc001_besluittype_exists_published_and_fixed(api: httpx.AsyncClient,
                                                             superuser: dict[str, str]) -> None:
    h = superuser
    w = await world(api, h)
    concept = (await make_besluittype(api, h, w.catalogus, omschrijving="Concept"))["url"]
    missing = f"{HOST}/catalogi/api/v1/besluittypen/6f9f0a5e-0000-4000-8000-000000000000"
    for besluittype, expected in ((missing, "does_not_exist"), (concept, "not-published"),
                                  # under no service: read without credentials as Open Zaak does; no answer
                                  ("https://elders.example/catalogi/api/v1/besluittypen/1", "bad-url"),
                                  (f"{HOST}/zaken/api/v1/zaken/6f9f0a5e-0000-4000-8000-000000000000",
                                   "invalid-resource")):
        r = await api.post(BESLUITEN, json=besluit_body(besluittype), headers=h)
        assert (r.status_code, codes(r)) == (400, [("besluittype", expected)]), r.text
    assert await Besluit.find({}).count() == 0 and await BesluitIdentificatie.find({}).count() == 0
    assert await BesluitIntent.find({}).count() == 0
    b = await make_besluit(api, h, w.besluittype)
    other = (await make_besluittype(api, h, w.catalogus, omschrijving="Ander"))["url"]
    r = await api.patch(b["url"], json={"besluittype": other}, headers=h)
    assert (r.status_code, codes(r)) == (400, [("besluittype", "wijzigen-niet-toegelaten")])


async def test_brc002_identificatie_unique_generated_and_fixed(api: httpx.AsyncClient,
                                                               superuser: dict[str, str]) -> None:
    h = superuser
    w = await world(api, h)
    first = await make_besluit(api, h, w.besluittype, identificatie="B-1")
    r = await api.post(BESLUITEN, json=besluit_body(w.besluittype, identificatie="B-1"), headers=h)
    assert (r.status_code, codes(r)) == (400, [("identificatie", "identificatie-niet-uniek")])
    # the same identificatie within another organisation is fine
    await make_besluit(api, h, w.besluittype, identificatie="B-1", verantwoordelijkeOrganisatie="000000000")
    # concurrent creates without identificatie: every generated one unique
    answers = await asyncio.gather(*(api.post(BESLUITEN, json=besluit_body(w.besluittype), headers=h)
                                     for _ in range(8)))
    assert [a.status_code for a in answers] == [201] * 8
    idents = [a.json()["identificatie"] for a in answers]
    assert len(set(idents)) == 8 and all(i.startswith("BESLUIT-") and len(i) == 23 for i in idents)
    for field, value in (("identificatie", "B-2"), ("verantwoordelijkeOrganisatie", "000000000")):
        r = await api.patch(first["url"], json={field: value}, headers=h)
        assert (r.status_code, codes(r)) == (400, [(field, "wijzigen-niet-toegelaten")])
    same = await api.patch(first["url"], json={"identificatie": "B-1", "verantwoordelijkeOrganisatie": RSIN},
                           headers=h)
    assert same.status_code == 200


async def test_brc006_007_zaak_link(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    h = superuser
    w = await world(api, h)
    zaak = await zaak_of(api, h, w)
    b = await make_besluit(api, h, w.besluittype, zaak=zaak["url"])
    besluit_id = uid(b["url"])
    zaakbesluit = await ZaakBesluit.find_one({"besluit": ref(b["url"])})
    assert zaakbesluit is not None and zaakbesluit.zaak == ref(zaak["url"])
    assert (await ZaakBesluiten.get(uid(zaak["url"]))).besluiten == [besluit_id]  # type: ignore[union-attr]
    listed = await api.get(f"{zaak['url']}/besluiten", headers=h)
    zb_url = f"{zaak['url']}/besluiten/{zaakbesluit.id}"
    assert listed.json() == [{"url": zb_url, "uuid": str(zaakbesluit.id), "besluit": b["url"]}]
    one = await api.get(zb_url, headers=h, params={"expand": "besluit"})
    assert one.json()["_expand"]["besluit"] == b
    # POST answers the zaakbesluit the Besluiten API wrote; DELETE is refused while the besluit names the zaak
    posted = await api.post(f"{zaak['url']}/besluiten", json={"besluit": b["url"]}, headers=h)
    assert (posted.status_code, posted.json()["url"]) == (201, zb_url)
    refused = await api.delete(zb_url, headers=h)
    assert (refused.status_code, codes(refused)) == (400, [("nonFieldErrors", "remote-relation-exists")])
    lonely = await make_besluit(api, h, w.besluittype)
    r = await api.post(f"{zaak['url']}/besluiten", json={"besluit": lonely["url"]}, headers=h)
    assert (r.status_code, codes(r)) == (400, [("nonFieldErrors", "inconsistent-relation")])

    # brc-007: the besluittype belongs to the zaak's zaaktype
    other = await world(api, h)
    r = await api.post(BESLUITEN, json=besluit_body(other.besluittype, zaak=zaak["url"]), headers=h)
    assert (r.status_code, codes(r)) == (400, [("nonFieldErrors", "zaaktype-mismatch")])
    missing = f"{HOST}/zaken/api/v1/zaken/6f9f0a5e-0000-4000-8000-000000000000"
    r = await api.post(BESLUITEN, json=besluit_body(w.besluittype, zaak=missing), headers=h)
    assert (r.status_code, codes(r)) == (400, [("zaak", "does_not_exist")])
    # zaak never changes
    second = await zaak_of(api, h, w)
    r = await api.patch(b["url"], json={"zaak": second["url"]}, headers=h)
    assert (r.status_code, codes(r)) == (400, [("zaak", "wijzigen-niet-toegelaten")])
    r = await api.patch(lonely["url"], json={"zaak": second["url"]}, headers=h)
    assert (r.status_code, codes(r)) == (400, [("zaak", "wijzigen-niet-toegelaten")])

    # a zaak with besluiten is not deleted; once its besluit is gone it is
    crs = {**h, "Accept-Crs": "EPSG:4326"}
    r = await api.delete(zaak["url"], headers=crs)
    assert (r.status_code, codes(r)) == (400, [("nonFieldErrors", "related-besluiten")])
    assert (await api.delete(b["url"], headers=h)).status_code == 204
    assert await ZaakBesluit.get(zaakbesluit.id) is None
    assert (await ZaakBesluiten.get(uid(zaak["url"]))).besluiten == []  # type: ignore[union-attr]
    assert (await api.get(zb_url, headers=h)).status_code == 404
    assert (await api.get(f"{zaak['url']}/besluiten", headers=h)).json() == []
    assert (await api.delete(zaak["url"], headers=crs)).status_code == 204


async def test_besluitinformatieobjecten_rules_and_mirror(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    h = superuser
    w = await world(api, h)
    b = await make_besluit(api, h, w.besluittype)
    doc = await make_document(api, h, w.iot)
    missing = f"{HOST}/documenten/api/v1/enkelvoudiginformatieobjecten/6f9f0a5e-0000-4000-8000-000000000000"
    r = await api.post(BIOS, json={"besluit": b["url"], "informatieobject": missing}, headers=h)
    assert (r.status_code, codes(r)) == (400, [("informatieobject", "does_not_exist")])      # brc-003
    r = await api.post(BIOS, json={"besluit": b["url"], "informatieobject": "https://elders.example/eio/1"},
                       headers=h)
    assert (r.status_code, codes(r)) == (400, [("informatieobject", "unknown-service")])
    other = await world(api, h)
    foreign = await make_document(api, h, other.iot)
    r = await api.post(BIOS, json={"besluit": b["url"], "informatieobject": foreign["url"]}, headers=h)
    assert (r.status_code, codes(r)) == (400, [("nonFieldErrors",                             # brc-008
                                                "missing-besluittype-informatieobjecttype-relation")])
    assert await BesluitInformatieObject.find({}).count() == 0 and await ObjectInformatieObject.find({}).count() == 0

    bio = await link(api, h, b["url"], doc["url"])
    assert bio == {"url": bio["url"], "informatieobject": doc["url"], "besluit": b["url"]}
    r = await api.post(BIOS, json={"besluit": b["url"], "informatieobject": doc["url"]}, headers=h)
    assert (r.status_code, codes(r)) == (400, [("nonFieldErrors", "unique")])
    # brc-005: the mirror, named by the informatieobject and the besluit names the link
    mirror = await ObjectInformatieObject.get(mirror_id(uid(bio["url"])))
    assert mirror is not None
    assert (mirror.object, mirror.object_type, mirror.informatieobject) == (ref(b["url"]), "besluit", ref(doc["url"]))
    eio = await EnkelvoudigInformatieObject.get(uid(doc["url"]))
    assert eio is not None and eio.objectinformatieobjecten == [mirror.id]
    assert (await Besluit.get(uid(b["url"]))).besluitinformatieobjecten == [uid(bio["url"])]  # type: ignore[union-attr]
    oios = await api.get(OIOS, headers=h, params={"informatieobject": doc["url"]})
    assert oios.json() == [{"url": f"{OIOS}/{mirror.id}", "informatieobject": doc["url"], "object": b["url"],
                            "objectType": "besluit"}]
    # the Documenten API refuses to drop the mirror while the link exists
    r = await api.delete(f"{OIOS}/{mirror.id}", headers=h)
    assert (r.status_code, codes(r)) == (400, [("nonFieldErrors", "remote-relation-exists")])

    got = await api.get(bio["url"], headers=h, params={"expand": "besluit,informatieobject"})
    assert got.json()["_expand"]["besluit"] == b and got.json()["_expand"]["informatieobject"]["url"] == doc["url"]
    head = await api.head(bio["url"], headers=h)
    plain = await api.get(bio["url"], headers=h)
    assert (head.status_code, head.headers["ETag"], head.content) == (200, plain.headers["ETag"], b"")
    for params in ({"besluit": b["url"]}, {"informatieobject": doc["url"]}, {}):
        assert (await api.get(BIOS, headers=h, params=params)).json() == [bio]
    assert (await api.get(BIOS, headers=h, params={"informatieobject": foreign["url"]})).json() == []

    assert (await api.delete(bio["url"], headers=h)).status_code == 204
    assert await BesluitInformatieObject.get(uid(bio["url"])) is None
    assert await ObjectInformatieObject.get(mirror.id) is None
    eio = await EnkelvoudigInformatieObject.get(uid(doc["url"]))
    assert eio is not None and eio.objectinformatieobjecten == []
    trail = (await api.get(f"{b['url']}/audittrail", headers=h)).json()
    assert [(a["actie"], a["resource"]) for a in trail] == [
        ("create", "besluit"), ("create", "besluitinformatieobject"), ("destroy", "besluitinformatieobject")]
    notes = await OutboxMessage.find({"resource": "besluitinformatieobject"}).sort(OutboxMessage.ORDER).to_list()
    assert [(n.kanaal, n.actie, n.hoofd_object) for n in notes] == [("besluiten", "create", b["url"]),
                                                                   ("besluiten", "destroy", b["url"])]
    # the document may go now (drc-008 refuses while links exist)
    assert (await api.delete(doc["url"], headers=h)).status_code == 204


async def test_brc009_delete_removes_everything(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    h = superuser
    w = await world(api, h)
    zaak = await zaak_of(api, h, w)
    b = await make_besluit(api, h, w.besluittype, zaak=zaak["url"])
    docs = [await make_document(api, h, w.iot) for _ in range(2)]
    bios = [await link(api, h, b["url"], d["url"]) for d in docs]
    assert await AuditRecord.find({"hoofd_object_ref": ref(b["url"])}).count() == 3
    assert (await api.delete(b["url"], headers=h)).status_code == 204
    for collection in (Besluit, BesluitInformatieObject, ObjectInformatieObject, ZaakBesluit, BesluitIdentificatie,
                       BesluitIntent):
        assert await collection.find({}).count() == 0, collection
    assert await AuditRecord.find({"hoofd_object_ref": ref(b["url"])}).count() == 0
    for d in docs:
        eio = await EnkelvoudigInformatieObject.get(uid(d["url"]))
        assert eio is not None and eio.objectinformatieobjecten == []
    assert (await ZaakBesluiten.get(uid(zaak["url"]))).besluiten == []  # type: ignore[union-attr]
    assert [(await api.get(x["url"], headers=h)).status_code for x in bios] == [404, 404]


async def test_lists_filters_and_authorisation(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    h = superuser
    w = await world(api, h)
    other = await world(api, h)
    zaak = await zaak_of(api, h, w)
    a = await make_besluit(api, h, w.besluittype, identificatie="A", zaak=zaak["url"])
    b = await make_besluit(api, h, other.besluittype, identificatie="B", verantwoordelijkeOrganisatie="000000000")

    async def urls(params: dict[str, Any], headers: dict[str, str] = h) -> list[str]:
        r = await api.get(BESLUITEN, headers=headers, params=params)
        assert r.status_code == 200, r.text
        assert r.json()["count"] == len(r.json()["results"])
        return [x["url"] for x in r.json()["results"]]

    assert await urls({}) == [b["url"], a["url"]]  # newest first
    assert await urls({"zaak": zaak["url"]}) == [a["url"]]
    assert await urls({"besluittype": other.besluittype}) == [b["url"]]
    assert await urls({"identificatie": "A"}) == [a["url"]]
    assert await urls({"identificatie": "B", "verantwoordelijkeOrganisatie": "000000000"}) == [b["url"]]
    assert await urls({"identificatie": "B", "verantwoordelijkeOrganisatie": RSIN}) == []
    assert await urls({"verantwoordelijkeOrganisatie": RSIN}) == [a["url"]]
    r = await api.get(BESLUITEN, headers=h, params={"onbekend": "1"})
    assert (r.status_code, codes(r)) == (400, [("nonFieldErrors", "unknown-parameters")])
    expanded = await api.get(BESLUITEN, headers=h, params={"zaak": zaak["url"], "expand": "besluittype,zaak"})
    embedded = expanded.json()["results"][0]["_expand"]
    assert (embedded["besluittype"]["url"], embedded["zaak"]["url"]) == (w.besluittype, zaak["url"])

    path = ref(w.besluittype)
    reader = await make_client("reader", autorisaties=[{"component": "brc", "scopes": ["besluiten.lezen"],
                                                        "besluittype": path}])
    assert await urls({}, reader) == [a["url"]]
    assert await urls({"identificatie": "B", "verantwoordelijkeOrganisatie": "000000000"}, reader) == []
    assert (await api.get(a["url"], headers=reader)).status_code == 200
    assert (await api.get(b["url"], headers=reader)).status_code == 403
    assert (await api.post(BESLUITEN, json=besluit_body(w.besluittype), headers=reader)).status_code == 403
    maker = await make_client("maker", autorisaties=[{"component": "brc", "scopes": ["besluiten.aanmaken"],
                                                      "besluittype": path}])
    assert (await api.post(BESLUITEN, json=besluit_body(w.besluittype), headers=maker)).status_code == 201
    r = await api.post(BESLUITEN, json=besluit_body(other.besluittype), headers=maker)
    assert r.status_code == 403
    assert (await api.delete(a["url"], headers=reader)).status_code == 403
    assert (await api.get(f"{a['url']}/audittrail", headers=reader)).status_code == 403
    doc = await make_document(api, h, w.iot)
    bio = await link(api, h, a["url"], doc["url"])
    other_doc = await make_document(api, h, other.iot)
    other_bio = await link(api, h, b["url"], other_doc["url"])
    listed = await api.get(BIOS, headers=reader)
    assert [x["url"] for x in listed.json()] == [bio["url"]]
    assert (await api.get(BIOS, headers=reader, params={"informatieobject": other_doc["url"]})).json() == []
    assert (await api.get(other_bio["url"], headers=reader)).status_code == 403


async def test_besluit_verwerken_all_or_nothing(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    h = superuser
    w = await world(api, h)
    zaak = await zaak_of(api, h, w)
    docs = [await make_document(api, h, w.iot) for _ in range(2)]
    url = f"{HOST}/besluiten/api/v1/besluit_verwerken"
    body = {"besluit": besluit_body(w.besluittype, zaak=zaak["url"]),
            "besluitinformatieobjecten": [{"informatieobject": d["url"]} for d in docs]}
    r = await api.post(url, json=body, headers=h)
    assert r.status_code == 201, r.text
    out = r.json()
    assert r.headers["Location"] == out["besluit"]["url"]
    assert [x["informatieobject"] for x in out["besluitinformatieobjecten"]] == [d["url"] for d in docs]
    assert all(x["besluit"] == out["besluit"]["url"] for x in out["besluitinformatieobjecten"])
    assert await ObjectInformatieObject.find({"object_type": "besluit"}).count() == 2
    assert await ZaakBesluit.find({}).count() == 1

    before = {m: await m.find({}).count() for m in (Besluit, BesluitInformatieObject, ObjectInformatieObject,
                                                    BesluitIdentificatie, ZaakBesluit)}
    other = await world(api, h)
    foreign = await make_document(api, h, other.iot)
    bad = {"besluit": besluit_body(w.besluittype),
           "besluitinformatieobjecten": [{"informatieobject": docs[0]["url"]}, {"informatieobject": foreign["url"]}]}
    r = await api.post(url, json=bad, headers=h)
    assert (r.status_code, codes(r)) == (400, [("besluitinformatieobjecten.1.nonFieldErrors",
                                                "missing-besluittype-informatieobjecttype-relation")])
    twice = {"besluit": besluit_body(w.besluittype),
             "besluitinformatieobjecten": [{"informatieobject": docs[0]["url"]}] * 2}
    r = await api.post(url, json=twice, headers=h)
    assert (r.status_code, codes(r)) == (400, [("besluitinformatieobjecten.1.nonFieldErrors", "unique")])
    r = await api.post(url, json={**body, "besluit": besluit_body(other.besluittype, zaak=zaak["url"])}, headers=h)
    assert (r.status_code, codes(r)) == (400, [("besluit.nonFieldErrors", "zaaktype-mismatch")])
    after = {m: await m.find({}).count() for m in before}
    assert after == before
    assert await BesluitIntent.find({}).count() == 0


async def test_expand_any_depth_authorised_per_object(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    h = superuser
    w = await world(api, h)
    zaak = await zaak_of(api, h, w)
    b = await make_besluit(api, h, w.besluittype, zaak=zaak["url"])
    doc = await make_document(api, h, w.iot)
    bio = await link(api, h, b["url"], doc["url"])
    deep = await api.get(b["url"], headers=h, params={"expand": "besluittype.catalogus,zaak.zaaktype"})
    assert deep.status_code == 200, deep.text
    expanded = deep.json()["_expand"]
    assert expanded["besluittype"]["_expand"]["catalogus"]["url"] == w.catalogus
    assert expanded["zaak"]["_expand"]["zaaktype"]["url"] == w.zaaktype
    nested = await api.get(bio["url"], headers=h, params={"expand": "besluit.zaak,informatieobject"})
    assert nested.json()["_expand"]["besluit"]["_expand"]["zaak"]["url"] == zaak["url"]
    unknown = await api.get(b["url"], headers=h, params={"expand": "onbekend"})
    assert (unknown.status_code, unknown.json()["code"]) == (404, "expand-not-found")
    # a caller who may read the besluit but not the zaak gets no zaak in `_expand`
    reader = await make_client("besluiten-only", autorisaties=[{"component": "brc", "scopes": ["besluiten.lezen"],
                                                                "besluittype": ref(w.besluittype)}])
    r = await api.get(b["url"], headers=reader, params={"expand": "zaak"})
    assert r.status_code == 200 and r.json()["_expand"] == {"zaak": None}
