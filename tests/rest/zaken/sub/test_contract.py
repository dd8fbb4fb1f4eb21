"""What the sub-resources' OAS declares really holds: ETag/If-None-Match, audit headers, scopes, enum filters,
polymorphic bodies refused with 400 (never 500)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.conftest import make_client
from tests.rest.zaken.sub.helpers import ROOT, Setup, codes, grant, setup
from zgw.domain.audit.documents import AuditRecord


def persoon(s: Setup, **over: Any) -> dict[str, Any]:
    return {"zaak": s.zaak["url"], "betrokkeneType": "natuurlijk_persoon", "roltype": s.initiator["url"],
            "roltoelichting": "aanvrager", "betrokkeneIdentificatie": {"inpBsn": "111222333"}, **over}


def adres(s: Setup) -> dict[str, Any]:
    return {"zaak": s.zaak["url"], "objectType": "adres",
            "objectIdentificatie": {"identificatie": "0363200000123456", "wplWoonplaatsNaam": "Amsterdam",
                                    "gorOpenbareRuimteNaam": "Dam", "huisnummer": 1}}


async def _created(api: httpx.AsyncClient, h: dict[str, str], kind: str, s: Setup) -> str:
    bodies = {
        "statussen": {"zaak": s.zaak["url"], "statustype": s.begin["url"], "datumStatusGezet": "2024-03-02T10:00:00Z"},
        "resultaten": {"zaak": s.zaak["url"], "resultaattype": s.resultaattype["url"]},
        "rollen": persoon(s),
        "zaakobjecten": adres(s),
    }
    r = await api.post(f"{ROOT}/{kind}", headers=h, json=bodies[kind])
    assert r.status_code == 201, r.text
    return str(r.json()["url"])


@pytest.mark.parametrize("kind", ["statussen", "resultaten", "rollen", "zaakobjecten"])
async def test_etag_and_if_none_match(api: httpx.AsyncClient, superuser: dict[str, str], kind: str) -> None:
    s = await setup(api, superuser)
    url = await _created(api, superuser, kind, s)
    r = await api.get(url, headers=superuser)
    assert r.status_code == 200
    etag = r.headers["ETag"]
    head = await api.head(url, headers=superuser)
    assert (head.status_code, head.headers["ETag"], head.content) == (200, etag, b"")
    for method in ("GET", "HEAD"):
        cached = await api.request(method, url, headers={**superuser, "If-None-Match": etag})
        assert (cached.status_code, cached.headers["ETag"], cached.content) == (304, etag, b"")
        stale = await api.request(method, url, headers={**superuser, "If-None-Match": '"other"'})
        assert stale.status_code == 200
    assert (await api.get(url, headers={**superuser, "If-None-Match": f'"other", {etag}'})).status_code == 304


async def test_audit_toelichting_is_recorded(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    h = {**superuser, "X-Audit-Toelichting": "op verzoek van de klant", "X-NLX-Logrecord-ID": "log-1"}
    url = await _created(api, h, "resultaten", s)
    assert (await api.delete(url, headers=h)).status_code == 204
    records = await AuditRecord.find({"resource": "resultaat"}).sort("aanmaakdatum").to_list()
    assert [(a.actie, a.toelichting) for a in records] == [("create", "op verzoek van de klant"),
                                                           ("destroy", "op verzoek van de klant")]


@pytest.mark.parametrize("scope", ["zaken.aanmaken", "zaken.statussen.toevoegen", "zaken.heropenen"])
async def test_first_status_with_each_scope_of_the_operation(api: httpx.AsyncClient, superuser: dict[str, str],
                                                             scope: str) -> None:
    s = await setup(api, superuser)
    h = await make_client(f"client-{scope}", autorisaties=[grant(s.zaaktype["url"], scope)])
    r = await api.post(f"{ROOT}/statussen", headers=h, json={
        "zaak": s.zaak["url"], "statustype": s.begin["url"], "datumStatusGezet": "2024-03-02T10:00:00Z"})
    assert r.status_code == 201, r.text


async def test_status_needs_one_of_the_scopes(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    h = await make_client("bijwerker", autorisaties=[grant(s.zaaktype["url"], "zaken.bijwerken", "zaken.lezen")])
    r = await api.post(f"{ROOT}/statussen", headers=h, json={
        "zaak": s.zaak["url"], "statustype": s.begin["url"], "datumStatusGezet": "2024-03-02T10:00:00Z"})
    assert (r.status_code, r.json()["code"]) == (403, "permission_denied")


@pytest.mark.parametrize(("path", "param"), [("rollen", "omschrijvingGeneriek"), ("rollen", "machtiging__loa"),
                                             ("zaakobjecten", "objectType")])
async def test_choice_filters_refuse_other_values(api: httpx.AsyncClient, superuser: dict[str, str], path: str,
                                                  param: str) -> None:
    r = await api.get(f"{ROOT}/{path}", headers=superuser, params={param: "onbekend"})
    assert r.status_code == 400
    assert codes(r) == [(param, "invalid_choice")]


async def test_choice_filters_take_the_contract_values(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    rol = await _created(api, superuser, "rollen", s)
    zaakobject = await _created(api, superuser, "zaakobjecten", s)
    for path, params, expected in [
        ("rollen", {"omschrijvingGeneriek": "initiator"}, [rol]),
        ("rollen", {"omschrijvingGeneriek": "behandelaar"}, []),
        ("rollen", {"machtiging__loa": "urn:etoegang:core:assurance-class:loa4"}, []),
        ("zaakobjecten", {"objectType": "adres"}, [zaakobject]),
        ("zaakobjecten", {"objectType": "pand"}, []),
    ]:
        r = await api.get(f"{ROOT}/{path}", headers=superuser, params=params)
        assert r.status_code == 200, r.text
        assert [x["url"] for x in r.json()["results"]] == expected, params


@pytest.mark.parametrize(("path", "body", "expected"), [
    ("rollen", [], [("nonFieldErrors", "invalid")]),
    ("rollen", "rol", [("nonFieldErrors", "invalid")]),
    ("rollen", {}, [("betrokkeneType", "required")]),
    ("rollen", {"betrokkeneType": 1}, [("betrokkeneType", "invalid_choice")]),
    ("zaakobjecten", [], [("nonFieldErrors", "invalid")]),
    ("zaakobjecten", {"objectType": "pand"}, [("zaak", "required")]),
    ("zaakobjecten", {"objectType": "ufo"}, [("objectType", "invalid_choice")]),
])
async def test_polymorphic_bodies_are_checked_per_variant(api: httpx.AsyncClient, superuser: dict[str, str],
                                                          path: str, body: Any, expected: list[tuple[str, str]]
                                                          ) -> None:
    r = await api.post(f"{ROOT}/{path}", headers=superuser, json=body)
    assert r.status_code == 400, r.text
    assert codes(r) == expected


async def test_rol_put_checks_the_body_too(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    url = await _created(api, superuser, "rollen", s)
    r = await api.put(url, headers=superuser, json=[persoon(s)])
    assert r.status_code == 400
    assert codes(r) == [("nonFieldErrors", "invalid")]
    empty = await api.put(url, headers={**superuser, "Content-Type": "application/json"}, content=b"")
    assert empty.status_code == 400, empty.text
    assert (await api.get(url, headers=superuser)).json()["roltoelichting"] == "aanvrager"
