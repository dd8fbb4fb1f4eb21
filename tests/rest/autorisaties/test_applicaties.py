"""Autorisaties API: every operation, the rules ac-001 … ac-003, and the notifications it writes."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from zgw.domain.notifications.documents import OutboxMessage

URL = "/autorisaties/api/v1/applicaties"
ZAAKTYPE = "http://testserver/catalogi/api/v1/zaaktypen/0b8c9a4a-6b6e-4c55-9a1e-0f8e3cbd3f3e"
IOTYPE = "http://testserver/catalogi/api/v1/informatieobjecttypen/1b8c9a4a-6b6e-4c55-9a1e-0f8e3cbd3f3e"
BESLUITTYPE = "http://testserver/catalogi/api/v1/besluittypen/2b8c9a4a-6b6e-4c55-9a1e-0f8e3cbd3f3e"


def applicatie(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "clientIds": ["zaaksysteem"],
        "label": "Zaaksysteem",
        "autorisaties": [{
            "component": "zrc", "scopes": ["zaken.lezen", "zaken.aanmaken"],
            "zaaktype": ZAAKTYPE, "maxVertrouwelijkheidaanduiding": "zaakvertrouwelijk",
        }],
    }
    body.update(overrides)
    return body


async def create(api: httpx.AsyncClient, headers: dict[str, str], **overrides: Any) -> dict[str, Any]:
    r = await api.post(URL, json=applicatie(**overrides), headers=headers)
    assert r.status_code == 201, r.text
    result: dict[str, Any] = r.json()
    return result


def params(r: httpx.Response) -> list[tuple[str, str]]:
    return [(p["name"], p["code"]) for p in r.json()["invalidParams"]]


async def test_create_renders_exactly(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    r = await api.post(URL, json=applicatie(), headers=superuser)
    assert r.status_code == 201
    body = r.json()
    assert r.headers["Location"] == body["url"]
    assert r.headers["API-version"] == "1.0.0"
    assert body["url"].startswith("http://testserver/autorisaties/api/v1/applicaties/")
    assert body == {
        "url": body["url"],
        "clientIds": ["zaaksysteem"],
        "label": "Zaaksysteem",
        "heeftAlleAutorisaties": False,
        "alleenIsGereedVoorPublicatie": False,
        "autorisaties": [{
            "component": "zrc", "componentWeergave": "Zaken API", "scopes": ["zaken.lezen", "zaken.aanmaken"],
            "zaaktype": ZAAKTYPE, "maxVertrouwelijkheidaanduiding": "zaakvertrouwelijk",
        }],
    }


async def test_every_component_shape(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    autorisaties = [
        {"component": "drc", "scopes": ["documenten.lezen"], "informatieobjecttype": IOTYPE,
         "maxVertrouwelijkheidaanduiding": "openbaar"},
        {"component": "brc", "scopes": ["besluiten.lezen"], "besluittype": BESLUITTYPE},
        {"component": "ztc", "scopes": ["catalogi.lezen"]},
        {"component": "nrc", "scopes": ["notificaties.consumeren"]},
    ]
    body = await create(api, superuser, autorisaties=autorisaties)
    assert body["autorisaties"] == [
        {"component": "drc", "componentWeergave": "Documenten API", "scopes": ["documenten.lezen"],
         "informatieobjecttype": IOTYPE, "maxVertrouwelijkheidaanduiding": "openbaar"},
        {"component": "brc", "componentWeergave": "Besluiten API", "scopes": ["besluiten.lezen"],
         "besluittype": BESLUITTYPE},
        {"component": "ztc", "componentWeergave": "Catalogi API", "scopes": ["catalogi.lezen"]},
        {"component": "nrc", "componentWeergave": "Notificaties API", "scopes": ["notificaties.consumeren"]},
    ]


async def test_ac001_client_id_belongs_to_one_applicatie(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    first = await create(api, superuser)
    r = await api.post(URL, json=applicatie(clientIds=["other", "zaaksysteem"]), headers=superuser)
    assert r.status_code == 400
    assert params(r) == [("clientIds", "clientId-exists")]
    assert first["url"].rsplit("/", 1)[1] in r.json()["invalidParams"][0]["reason"]
    # Nothing half-written: "other" is still free.
    await create(api, superuser, clientIds=["other"])
    count = (await api.get(URL, headers=superuser)).json()["count"]
    assert count == 3  # superuser + first + other


async def test_ac001_update_keeps_own_ids(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    created = await create(api, superuser)
    r = await api.put(created["url"], json=applicatie(clientIds=["zaaksysteem", "zaaksysteem-2"]), headers=superuser)
    assert r.status_code == 200, r.text
    other = await create(api, superuser, clientIds=["x"])
    r = await api.patch(other["url"], json={"clientIds": ["zaaksysteem-2"]}, headers=superuser)
    assert params(r) == [("clientIds", "clientId-exists")]


async def test_ac001_released_ids_can_be_reused(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    created = await create(api, superuser)
    assert (await api.delete(created["url"], headers=superuser)).status_code == 204
    await create(api, superuser)


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"heeftAlleAutorisaties": True}, [("nonFieldErrors", "ambiguous-authorizations-specified")]),
        ({"autorisaties": []}, [("nonFieldErrors", "missing-authorizations")]),
        ({"autorisaties": [{"component": "zrc", "scopes": ["zaken.lezen"]}]},
         [("autorisaties.0.maxVertrouwelijkheidaanduiding", "required"), ("autorisaties.0.zaaktype", "required")]),
        ({"autorisaties": [{"component": "drc", "scopes": ["documenten.lezen"], "informatieobjecttype": IOTYPE}]},
         [("autorisaties.0.maxVertrouwelijkheidaanduiding", "required")]),
        ({"autorisaties": [{"component": "brc", "scopes": ["besluiten.lezen"]}]},
         [("autorisaties.0.besluittype", "required")]),
        ({"autorisaties": [{"component": "xyz", "scopes": []}]}, [("autorisaties.0", "invalid_choice")]),
        ({"autorisaties": [{"component": "zrc", "scopes": ["zaken.lezen"], "zaaktype": ZAAKTYPE,
                            "maxVertrouwelijkheidaanduiding": "topsecret"}]},
         [("autorisaties.0.maxVertrouwelijkheidaanduiding", "invalid_choice")]),
        ({"clientIds": ["a" * 51]}, [("clientIds.0", "max_length")]),
        ({"label": ""}, [("label", "min_length")]),
        ({"clientIds": ["dup", "dup"]}, [("clientIds", "unique")]),
    ],
)
async def test_validation(api: httpx.AsyncClient, superuser: dict[str, str], overrides: dict[str, Any],
                          expected: list[tuple[str, str]]) -> None:
    before = await OutboxMessage.find_all().count()
    r = await api.post(URL, json=applicatie(**overrides), headers=superuser)
    assert r.status_code == 400, r.text
    assert r.headers["content-type"] == "application/problem+json"
    assert sorted(params(r)) == sorted(expected)
    assert await OutboxMessage.find_all().count() == before


async def test_ac003_scopes_of_other_resources_need_no_type(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    await create(api, superuser, autorisaties=[{"component": "zrc", "scopes": ["audittrails.lezen"]}])


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("not a url", "bad-url"),
        ("http://elsewhere.example/catalogi/api/v1/zaaktypen/0b8c9a4a-6b6e-4c55-9a1e-0f8e3cbd3f3e", "unknown-service"),
        ("http://testserver/catalogi/api/v1/besluittypen/0b8c9a4a-6b6e-4c55-9a1e-0f8e3cbd3f3e", "invalid-resource"),
    ],
)
async def test_type_urls_are_checked(api: httpx.AsyncClient, superuser: dict[str, str], url: str, code: str) -> None:
    body = applicatie(autorisaties=[{"component": "zrc", "scopes": ["zaken.lezen"], "zaaktype": url,
                                     "maxVertrouwelijkheidaanduiding": "openbaar"}])
    r = await api.post(URL, json=body, headers=superuser)
    assert r.status_code == 400
    assert params(r) == [("autorisaties.0.zaaktype", code)]


async def test_type_urls_stored_as_references(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    created = await create(api, superuser)
    r = await api.get(created["url"], headers={**superuser, "Host": "other.example"})
    assert r.json()["autorisaties"][0]["zaaktype"] == ZAAKTYPE.replace("testserver", "other.example")


async def test_list_filter_and_pagination(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    for i in range(3):
        await create(api, superuser, clientIds=[f"app-{i}"], label=f"App {i}")
    r = await api.get(URL, params={"clientIds": "app-0,app-2"}, headers=superuser)
    assert r.status_code == 200
    body = r.json()
    assert body["count"] == 2
    assert sorted(a["clientIds"][0] for a in body["results"]) == ["app-0", "app-2"]
    r = await api.get(URL, params={"pageSize": 2}, headers=superuser)
    body = r.json()
    assert body["count"] == 4
    assert len(body["results"]) == 2
    assert body["previous"] is None
    assert body["next"] == "http://testserver/autorisaties/api/v1/applicaties?pageSize=2&page=2"
    r = await api.get(body["next"], headers=superuser)
    page2 = r.json()
    assert len(page2["results"]) == 2 and page2["next"] is None
    assert page2["previous"] == "http://testserver/autorisaties/api/v1/applicaties?pageSize=2&page=1"
    r = await api.get(URL, params={"page": 3, "pageSize": 2}, headers=superuser)
    assert r.status_code == 404


async def test_consumer(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    created = await create(api, superuser)
    r = await api.get(f"{URL}/consumer", params={"clientId": "zaaksysteem"}, headers=superuser)
    assert r.status_code == 200
    assert r.json() == created
    r = await api.get(f"{URL}/consumer", params={"clientId": "nobody"}, headers=superuser)
    assert r.status_code == 404
    r = await api.get(f"{URL}/consumer", headers=superuser)
    assert r.status_code == 400
    assert params(r) == [("clientId", "required")]


async def test_put_patch_delete(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    created = await create(api, superuser)
    replacement = {"clientIds": ["zaaksysteem"], "label": "Nieuw", "heeftAlleAutorisaties": True}
    r = await api.put(created["url"], json=replacement, headers=superuser)
    assert r.status_code == 200, r.text
    assert r.json()["heeftAlleAutorisaties"] is True and r.json()["autorisaties"] == []
    r = await api.patch(created["url"], json={"label": "Alleen label"}, headers=superuser)
    assert r.status_code == 200
    assert (r.json()["label"], r.json()["heeftAlleAutorisaties"]) == ("Alleen label", True)
    r = await api.patch(created["url"], json={"heeftAlleAutorisaties": False}, headers=superuser)
    assert params(r) == [("nonFieldErrors", "missing-authorizations")]
    r = await api.patch(created["url"], json={"label": None}, headers=superuser)
    assert r.status_code == 400
    assert (await api.delete(created["url"], headers=superuser)).status_code == 204
    assert (await api.get(created["url"], headers=superuser)).status_code == 404
    assert (await api.delete(created["url"], headers=superuser)).status_code == 404


async def test_writes_notify_through_outbox(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    created = await create(api, superuser)
    await api.patch(created["url"], json={"label": "x"}, headers=superuser)
    await api.put(created["url"], json=applicatie(label="y"), headers=superuser)
    await api.delete(created["url"], headers=superuser)
    messages = await OutboxMessage.find({"hoofd_object": created["url"]}).sort([("aanmaakdatum", 1)]).to_list()
    assert [m.actie for m in messages] == ["create", "partial_update", "update", "destroy"]
    for m in messages:
        assert m.as_message() | {"aanmaakdatum": None, "actie": None} == {
            "kanaal": "autorisaties", "hoofdObject": created["url"], "resource": "applicatie",
            "resourceUrl": created["url"], "kenmerken": {}, "aanmaakdatum": None, "actie": None,
        }
        # No Notificaties API configured in tests: messages wait, visible.
        assert m.status == "pending"
