"""Resultaten: one per zaak, resultaattype of the zaak's zaaktype, CRUD with side effects."""

from __future__ import annotations

import httpx

from tests.conftest import make_client
from tests.rest.zaken.sub.helpers import ROOT, codes, grant, setup, zaak_doc
from zgw.domain.audit.documents import AuditRecord
from zgw.domain.notifications.documents import OutboxMessage


async def test_crud(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    r = await api.post(f"{ROOT}/resultaten", headers=superuser,
                       json={"zaak": s.zaak["url"], "resultaattype": s.resultaattype["url"], "toelichting": "ok"})
    assert r.status_code == 201, r.text
    url = r.json()["url"]
    zaak = await zaak_doc(s.zaak["url"])
    assert zaak.resultaat == url.removeprefix("http://testserver")
    assert zaak.resultaat_resultaattype == s.resultaattype["url"].removeprefix("http://testserver")
    p = await api.patch(url, headers=superuser, json={"toelichting": "anders"})
    assert p.status_code == 200 and p.json()["toelichting"] == "anders"
    assert p.json()["resultaattype"] == s.resultaattype["url"]
    u = await api.put(url, headers=superuser, json={"zaak": s.zaak["url"], "resultaattype": s.resultaattype["url"]})
    assert u.status_code == 200 and u.json()["toelichting"] == ""
    g = await api.get(url, headers=superuser)
    assert g.status_code == 200 and g.headers["ETag"]
    assert (await api.head(url, headers=superuser)).headers["ETag"] == g.headers["ETag"]
    listed = await api.get(f"{ROOT}/resultaten", headers=superuser, params={"resultaattype": s.resultaattype["url"]})
    assert [x["url"] for x in listed.json()["results"]] == [url]
    assert (await api.delete(url, headers=superuser)).status_code == 204
    zaak = await zaak_doc(s.zaak["url"])
    assert (zaak.resultaat, zaak.resultaat_resultaattype) == (None, None)
    outbox = OutboxMessage.find({"resource": "resultaat"}).sort(OutboxMessage.ORDER)
    assert [m.actie for m in await outbox.to_list()] == [
        "create", "partial_update", "update", "destroy"]
    assert [a.actie for a in await AuditRecord.find({"resource": "resultaat"}).sort("aanmaakdatum").to_list()] == [
        "create", "partial_update", "update", "destroy"]


async def test_one_per_zaak(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    body = {"zaak": s.zaak["url"], "resultaattype": s.resultaattype["url"]}
    assert (await api.post(f"{ROOT}/resultaten", headers=superuser, json=body)).status_code == 201
    r = await api.post(f"{ROOT}/resultaten", headers=superuser, json=body)
    assert r.status_code == 400
    assert codes(r) == [("zaak", "unique")]


async def test_resultaattype_of_the_zaaktype(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    other = await setup(api, superuser)
    r = await api.post(f"{ROOT}/resultaten", headers=superuser,
                       json={"zaak": s.zaak["url"], "resultaattype": other.resultaattype["url"]})
    assert r.status_code == 400
    assert codes(r) == [("nonFieldErrors", "zaaktype-mismatch")]


async def test_unknown_zaak_and_scope(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    r = await api.post(f"{ROOT}/resultaten", headers=superuser, json={
        "zaak": f"{ROOT}/zaken/00000000-0000-4000-8000-000000000000", "resultaattype": s.resultaattype["url"]})
    assert r.status_code == 400
    assert codes(r) == [("zaak", "does_not_exist")]
    lezer = await make_client("lezer", autorisaties=[grant(s.zaaktype["url"], "zaken.lezen")])
    r = await api.post(f"{ROOT}/resultaten", headers=lezer,
                       json={"zaak": s.zaak["url"], "resultaattype": s.resultaattype["url"]})
    assert r.status_code == 403
