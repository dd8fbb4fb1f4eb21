"""Zaaknotities (Open Zaak's extension, the same shape in 1.7.0): CRUD, filters, the concept rule,
authorisation through the zaak, audit, no notification (as Open Zaak), and key lookups only."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import httpx

from tests.conftest import make_client
from tests.perf.recorder import recorded
from tests.rest.zaken.factories import make_zaak
from tests.rest.zaken.sub.helpers import ROOT, codes, grant, setup, zaak_doc
from zgw.core.settings import Settings
from zgw.domain.audit.documents import AuditRecord
from zgw.domain.notifications.documents import OutboxMessage
from zgw.domain.zaken.documents import ZaakNotitie

URL = f"{ROOT}/zaaknotities"


def notitie(zaak: str, **over: Any) -> dict[str, Any]:
    return {"gerelateerdAan": zaak, "onderwerp": "Belnotitie", "tekst": "Burger belde over de aanvraag.", **over}


async def test_create_read_update_delete(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    zaak = s.zaak["url"]
    r = await api.post(URL, headers=superuser, json=notitie(zaak, aangemaaktDoor="medewerker 12"))
    assert r.status_code == 201, r.text
    body = r.json()
    assert r.headers["Location"] == body["url"]
    assert set(body) == {"url", "onderwerp", "tekst", "aangemaaktDoor", "notitieType", "status", "aanmaakdatum",
                         "wijzigingsdatum", "gerelateerdAan"}
    assert (body["onderwerp"], body["tekst"], body["aangemaaktDoor"], body["notitieType"], body["status"],
            body["gerelateerdAan"]) == ("Belnotitie", "Burger belde over de aanvraag.", "medewerker 12", "intern",
                                        "concept", zaak)
    assert body["aanmaakdatum"] == body["wijzigingsdatum"]
    uuid = body["url"].rsplit("/", 1)[1]
    assert (await zaak_doc(zaak)).notities == [UUID(uuid)]
    assert (await api.get(body["url"], headers=superuser)).json() == body

    r = await api.patch(body["url"], headers=superuser, json={"tekst": "Teruggebeld.", "notitieType": "extern"})
    assert r.status_code == 200, r.text
    patched = r.json()
    assert (patched["tekst"], patched["notitieType"], patched["onderwerp"]) == ("Teruggebeld.", "extern",
                                                                                 "Belnotitie")
    assert patched["aanmaakdatum"] == body["aanmaakdatum"]
    assert patched["wijzigingsdatum"] > body["wijzigingsdatum"]
    r = await api.put(body["url"], headers=superuser, json=notitie(zaak, onderwerp="Definitief",
                                                                    status="definitief"))
    assert r.status_code == 200, r.text
    assert (r.json()["onderwerp"], r.json()["status"], r.json()["notitieType"]) == ("Definitief", "definitief",
                                                                                    "extern")
    # a definitieve notitie is not changed any more (Open Zaak's rule), but may be deleted
    r = await api.patch(body["url"], headers=superuser, json={"tekst": "nog iets"})
    assert r.status_code == 400
    assert codes(r) == [("status", "invalid")]
    assert (await api.get(body["url"], headers=superuser)).json()["tekst"] == "Burger belde over de aanvraag."
    assert (await api.delete(body["url"], headers=superuser)).status_code == 204
    assert (await api.get(body["url"], headers=superuser)).status_code == 404
    assert (await zaak_doc(zaak)).notities == []

    trail = await AuditRecord.find({"resource": "zaaknotitie"}).sort("aanmaakdatum").to_list()
    assert [(a.actie, a.resultaat, a.hoofd_object, a.resource_url) for a in trail] == [
        ("create", 201, zaak, body["url"]), ("partial_update", 200, zaak, body["url"]),
        ("update", 200, zaak, body["url"]), ("destroy", 204, zaak, body["url"])]
    assert trail[0].wijzigingen["nieuw"] == body
    assert await OutboxMessage.find({"resource": "zaaknotitie"}).count() == 0  # Open Zaak sends none
    listed = await api.get(f"{zaak}/audittrail", headers=superuser)
    assert [a["resource"] for a in listed.json()].count("zaaknotitie") == 4


async def test_bad_input(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    r = await api.post(URL, headers=superuser, json={"onderwerp": "", "gerelateerdAan": "niet-een-url"})
    assert r.status_code == 400
    assert {name for name, _ in codes(r)} == {"onderwerp", "tekst", "gerelateerdAan"}
    r = await api.post(URL, headers=superuser, json=notitie(f"{ROOT}/zaken/5d4a1c38-7f3e-4d2e-9d8a-7e0f0c1b2a3d"))
    assert r.status_code == 400
    assert codes(r) == [("gerelateerdAan", "does_not_exist")]
    r = await api.post(URL, headers=superuser, json=notitie(s.zaak["url"], status="klaar"))
    assert r.status_code == 400
    assert codes(r)[0][0] == "status"
    r = await api.post(URL, headers=superuser, json=notitie("http://elders.example/zaken/api/v1/zaken/"
                                                            "5d4a1c38-7f3e-4d2e-9d8a-7e0f0c1b2a3d"))
    assert r.status_code == 400
    assert codes(r) == [("gerelateerdAan", "unknown-service")]
    created = (await api.post(URL, headers=superuser, json=notitie(s.zaak["url"]))).json()
    r = await api.patch(created["url"], headers=superuser, json={"onderwerp": None})
    assert r.status_code == 400
    assert await ZaakNotitie.find().count() == 1


async def test_filters_and_order(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    other = await make_zaak(api, superuser, s.zaaktype["url"])
    made = []
    for zaak, onderwerp, soort, auteur in ((s.zaak["url"], "Belnotitie", "intern", "Anna"),
                                           (s.zaak["url"], "Afspraak gemaakt", "extern", "Bert"),
                                           (other["url"], "Belnotitie terug", "extern", "anna b")):
        r = await api.post(URL, headers=superuser, json=notitie(zaak, onderwerp=onderwerp, notitieType=soort,
                                                                 aangemaaktDoor=auteur))
        made.append(r.json())

    async def urls(**params: Any) -> list[str]:
        r = await api.get(URL, headers=superuser, params=params)
        assert r.status_code == 200, r.text
        return [x["url"] for x in r.json()["results"]]

    assert await urls() == [m["url"] for m in reversed(made)]  # newest first
    assert await urls(gerelateerdAan=s.zaak["url"]) == [made[1]["url"], made[0]["url"]]
    assert await urls(notitieType="extern") == [made[2]["url"], made[1]["url"]]
    assert await urls(onderwerp="Belnotitie") == [made[0]["url"]]
    assert await urls(onderwerp__icontains="BELNOTITIE") == [made[2]["url"], made[0]["url"]]
    assert await urls(aangemaaktDoor__icontains="anna") == [made[2]["url"], made[0]["url"]]
    assert await urls(tekst__icontains="aanvraag", gerelateerdAan=other["url"]) == [made[2]["url"]]
    assert await urls(status="definitief") == []
    assert await urls(aanmaakdatum__gt=made[0]["aanmaakdatum"]) == [made[2]["url"], made[1]["url"]]
    assert await urls(aanmaakdatum__lte=made[0]["aanmaakdatum"]) == [made[0]["url"]]
    assert await urls(wijzigingsdatum=made[1]["wijzigingsdatum"]) == [made[1]["url"]]
    r = await api.get(URL, headers=superuser, params={"notitieType": "geheim"})
    assert r.status_code == 400
    r = await api.get(URL, headers=superuser, params={"aanmaakdatum__gt": "gisteren"})
    assert r.status_code == 400


async def test_authorised_through_the_zaak(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    other = await setup(api, superuser)
    mine = (await api.post(URL, headers=superuser, json=notitie(s.zaak["url"]))).json()
    theirs = (await api.post(URL, headers=superuser, json=notitie(other.zaak["url"]))).json()
    reader = await make_client("lezer", autorisaties=[grant(s.zaaktype["url"], "zaken.lezen")])
    r = await api.get(URL, headers=reader)
    assert [x["url"] for x in r.json()["results"]] == [mine["url"]]
    assert (await api.get(URL, headers=reader, params={"gerelateerdAan": other.zaak["url"]})).json()["count"] == 0
    assert (await api.get(theirs["url"], headers=reader)).status_code == 403
    r = await api.post(URL, headers=reader, json=notitie(s.zaak["url"]))
    assert r.status_code == 403
    writer = await make_client("schrijver", autorisaties=[grant(s.zaaktype["url"], "zaken.lezen",
                                                                "zaken.bijwerken")])
    assert (await api.post(URL, headers=writer, json=notitie(s.zaak["url"]))).status_code == 201
    assert (await api.post(URL, headers=writer, json=notitie(other.zaak["url"]))).status_code == 403
    assert (await api.patch(theirs["url"], headers=writer, json={"tekst": "x"})).status_code == 403
    # moving a notitie to a zaak the caller may not write is refused; to its own zaken allowed
    assert (await api.patch(mine["url"], headers=writer, json={"gerelateerdAan": other.zaak["url"]})).status_code \
        == 403
    assert (await api.delete(theirs["url"], headers=writer)).status_code == 403
    assert await ZaakNotitie.find().count() == 3


async def test_move_to_another_zaak(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    other = await make_zaak(api, superuser, s.zaaktype["url"])
    made = (await api.post(URL, headers=superuser, json=notitie(s.zaak["url"]))).json()
    r = await api.patch(made["url"], headers=superuser, json={"gerelateerdAan": other["url"]})
    assert r.status_code == 200, r.text
    assert r.json()["gerelateerdAan"] == other["url"]
    assert (await zaak_doc(s.zaak["url"])).notities == []
    assert len((await zaak_doc(other["url"])).notities) == 1
    listed = await api.get(URL, headers=superuser, params={"gerelateerdAan": other["url"]})
    assert [x["url"] for x in listed.json()["results"]] == [made["url"]]


async def test_deleting_the_zaak_deletes_its_notities(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    made = (await api.post(URL, headers=superuser, json=notitie(s.zaak["url"]))).json()
    assert (await api.delete(s.zaak["url"], headers=superuser)).status_code == 204
    assert (await api.get(made["url"], headers=superuser)).status_code == 404
    assert await ZaakNotitie.find().count() == 0


async def test_one_zaak_paths_are_key_lookups(api: httpx.AsyncClient, superuser: dict[str, str], settings: Settings,
                                              app_state: tuple[Any, dict[str, Any]]) -> None:
    _, state = app_state
    s = await setup(api, superuser)
    for _ in range(3):
        await api.post(URL, headers=superuser, json=notitie((await make_zaak(api, superuser,
                                                                             s.zaaktype["url"]))["url"]))
    async with recorded(settings, state) as rec:
        with rec.recording():
            made = (await api.post(URL, headers=superuser, json=notitie(s.zaak["url"]))).json()
            assert (await api.get(made["url"], headers=superuser)).status_code == 200
            listed = await api.get(URL, headers=superuser, params={"gerelateerdAan": s.zaak["url"],
                                                                   "notitieType": "intern"})
            assert listed.json()["count"] == 1
            assert (await api.patch(made["url"], headers=superuser, json={"tekst": "x"})).status_code == 200
            assert (await api.delete(made["url"], headers=superuser)).status_code == 204
        assert rec.scans() == []


def test_both_specs_define_the_same_notities() -> None:
    """Open Zaak's spec and Zaken 1.7.0 define zaaknotities alike (schemas, parameters, scopes); keep it so."""
    import yaml

    from zgw.core.settings import PROJECT_ROOT

    specs = PROJECT_ROOT.parent / "shared" / "specs"
    if not (specs / "vng" / "zaken-1.7.0.yaml").exists():
        import pytest

        pytest.skip("official specs not found")
    docs = [yaml.safe_load((specs / name).read_text()) for name in ("openzaak/zaken.yaml", "vng/zaken-1.7.0.yaml")]
    for schema in ("ZaakNotitie", "ZaakNotitieRequest", "PatchedZaakNotitieRequest", "NotitieTypeEnum", "StatusEnum"):
        assert docs[0]["components"]["schemas"][schema] == docs[1]["components"]["schemas"][schema], schema

    def shape(doc: dict[str, Any], path: str) -> dict[str, Any]:
        return {method: (sorted((p.get("name"), p.get("in"), str(p.get("schema"))) for p in op.get("parameters", [])
                                if "name" in p and p["name"] not in ("X-NLX-Logrecord-ID", "X-Audit-Toelichting")),
                         op.get("security"), sorted(op["responses"]))
                for method, op in doc["paths"][path].items() if isinstance(op, dict)}

    for path in ("/zaaknotities", "/zaaknotities/{uuid}"):
        assert shape(docs[0], path) == shape(docs[1], path), path
