"""Klantcontacten, zaakcontactmomenten and zaakverzoeken."""

from __future__ import annotations

import httpx

from tests.conftest import make_client
from tests.rest.zaken.sub.helpers import ROOT, grant, setup
from zgw.domain.audit.documents import AuditRecord
from zgw.domain.notifications.documents import OutboxMessage


async def test_klantcontact(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    r = await api.post(f"{ROOT}/klantcontacten", headers=superuser, json={
        "zaak": s.zaak["url"], "datumtijd": "2024-03-02T09:00:00Z", "kanaal": "telefoon", "onderwerp": "vraag"})
    assert r.status_code == 201, r.text
    body = r.json()
    assert len(body["identificatie"]) == 14 and body["identificatie"].startswith("KC")
    assert body["datumtijd"] == "2024-03-02T09:00:00Z"
    listed = await api.get(f"{ROOT}/klantcontacten", headers=superuser, params={"zaak": s.zaak["url"]})
    assert [x["url"] for x in listed.json()["results"]] == [body["url"]]
    assert (await api.get(body["url"], headers=superuser)).json() == body
    assert [m.actie for m in await OutboxMessage.find({"resource": "klantcontact"}).to_list()] == ["create"]


async def test_zaakcontactmoment_and_zaakverzoek(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    for kind, field, url in (("zaakcontactmomenten", "contactmoment", "https://cmc.example/api/v1/contactmomenten/1"),
                             ("zaakverzoeken", "verzoek", "https://vrc.example/api/v1/verzoeken/1")):
        r = await api.post(f"{ROOT}/{kind}", headers=superuser, json={"zaak": s.zaak["url"], field: url})
        assert r.status_code == 201, r.text
        body = r.json()
        assert body[field] == url
        listed = await api.get(f"{ROOT}/{kind}", headers=superuser, params={field: url})
        assert listed.json() == [body]
        assert (await api.get(f"{ROOT}/{kind}", headers=superuser, params={field: url + "9"})).json() == []
        assert (await api.delete(body["url"], headers=superuser)).status_code == 204
        assert (await api.get(body["url"], headers=superuser)).status_code == 404
        resource = kind.removesuffix("en")
        assert [a.actie for a in await AuditRecord.find({"resource": resource}).sort("aanmaakdatum").to_list()] == [
            "create", "destroy"]
        assert [m.actie for m in await OutboxMessage.find({"resource": resource}).to_list()] == ["create"]


async def test_lists_follow_the_authorisation(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    other = await setup(api, superuser)
    for zaak in (s.zaak["url"], other.zaak["url"]):
        await api.post(f"{ROOT}/zaakverzoeken", headers=superuser,
                       json={"zaak": zaak, "verzoek": "https://vrc.example/api/v1/verzoeken/1"})
    h = await make_client("lezer", autorisaties=[grant(s.zaaktype["url"], "zaken.lezen")])
    listed = await api.get(f"{ROOT}/zaakverzoeken", headers=h)
    assert [x["zaak"] for x in listed.json()] == [s.zaak["url"]]
