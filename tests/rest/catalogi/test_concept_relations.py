"""ztc-010 of Catalogi 1.3.1 as Open Zaak 1.30 applies it: a concept related to a published type stays as it is."""

from __future__ import annotations

from typing import Any

import httpx

from tests.conftest import make_client
from tests.rest.catalogi.factories import (
    make_besluittype,
    make_catalogus,
    make_iot,
    make_zaaktype,
    make_ziot,
    zaaktype_body,
)
from zgw.domain.notifications.documents import OutboxMessage

H = dict[str, str]


async def publish(api: httpx.AsyncClient, h: H, url: str) -> dict[str, Any]:
    r = await api.post(f"{url}/publish", headers=h)
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


async def writer() -> H:
    return await make_client("beheer", autorisaties=[
        {"component": "ztc", "scopes": ["catalogi.schrijven", "catalogi.lezen"]}])


async def forced() -> H:
    return await make_client("correctie", autorisaties=[{"component": "ztc", "scopes": [
        "catalogi.geforceerd-schrijven", "catalogi.geforceerd-verwijderen", "catalogi.lezen"]}])


def refused(r: httpx.Response, related: str, verb: str) -> None:
    assert r.status_code == 400, r.text
    assert r.headers["content-type"] == "application/problem+json"
    body = r.json()
    assert (body["status"], body["code"]) == (400, "invalid")
    assert body["invalidParams"] == [{
        "name": "nonFieldErrors", "code": "non-concept-relation",
        "reason": f"Objecten gerelateerd aan gepubliceerde {related} kunnen niet {verb} worden."}]


class Unchanged:
    """What a refused write must leave as it was: the object, and the outbox (no notification)."""

    def __init__(self, api: httpx.AsyncClient, h: H, url: str) -> None:
        self.api, self.h, self.url = api, h, url
        self.before: Any = None
        self.sent = 0

    async def __aenter__(self) -> Unchanged:
        self.before = (await self.api.get(self.url, headers=self.h)).json()
        self.sent = await OutboxMessage.find({}).count()
        return self

    async def __aexit__(self, *exc: object) -> None:
        if exc[0] is not None:
            return
        r = await self.api.get(self.url, headers=self.h)
        assert r.status_code == 200
        assert r.json() == self.before
        assert await OutboxMessage.find({}).count() == self.sent


async def all_refused(api: httpx.AsyncClient, h: H, url: str, put_body: dict[str, Any], patch_body: dict[str, Any],
                      related: str) -> None:
    """PUT, PATCH and DELETE of the object at `url` are refused because of its relation `related`."""
    async with Unchanged(api, h, url):
        refused(await api.put(url, json=put_body, headers=h), related, "bijgewerkt")
        refused(await api.patch(url, json=patch_body, headers=h), related, "bijgewerkt")
        refused(await api.delete(url, headers=h), related, "verwijderd")


def besluittype_body(catalogus: str, **over: Any) -> dict[str, Any]:
    return {"catalogus": catalogus, "omschrijving": "Besluit", "publicatieIndicatie": False,
            "beginGeldigheid": "2024-01-01", "informatieobjecttypen": [], **over}


def iot_body(catalogus: str, **over: Any) -> dict[str, Any]:
    return {"catalogus": catalogus, "omschrijving": "Brief", "vertrouwelijkheidaanduiding": "openbaar",
            "beginGeldigheid": "2024-01-01", "informatieobjectcategorie": "brief", **over}


async def test_zaaktype_with_a_published_besluittype(api: httpx.AsyncClient, superuser: H) -> None:
    h = await writer()
    cat = await make_catalogus(api, superuser)
    bt = await publish(api, superuser, (await make_besluittype(api, superuser, cat["url"]))["url"])
    zt = await make_zaaktype(api, h, cat["url"], besluittypen=[bt["url"]])
    await all_refused(api, h, zt["url"], zaaktype_body(cat["url"], besluittypen=[bt["url"]], doel="ander"),
                      {"doel": "ander"}, "besluittypen")
    # ending its validity stays possible (and notifies)
    r = await api.patch(zt["url"], json={"eindeGeldigheid": "2030-12-31"}, headers=h)
    assert r.status_code == 200, r.text
    assert (await api.get(zt["url"], headers=h)).json()["eindeGeldigheid"] == "2030-12-31"
    assert await OutboxMessage.find({"actie": "partial_update", "resource_url": zt["url"]}).count() == 1


async def test_zaaktype_with_a_published_informatieobjecttype(api: httpx.AsyncClient, superuser: H) -> None:
    """Open Zaak looks at a zaaktype's informatieobjecttypen when deleting it, not when updating it."""
    h = await writer()
    cat = await make_catalogus(api, superuser)
    iot = await publish(api, superuser, (await make_iot(api, superuser, cat["url"]))["url"])
    zt = await make_zaaktype(api, h, cat["url"])
    await make_ziot(api, h, zt["url"], iot["url"])
    async with Unchanged(api, h, zt["url"]):
        refused(await api.delete(zt["url"], headers=h), "informatieobjecttypen", "verwijderd")
    r = await api.patch(zt["url"], json={"doel": "ander"}, headers=h)
    assert r.status_code == 200, r.text


async def test_besluittype_with_a_published_informatieobjecttype(api: httpx.AsyncClient, superuser: H) -> None:
    h = await writer()
    cat = await make_catalogus(api, superuser)
    iot = await publish(api, superuser, (await make_iot(api, superuser, cat["url"]))["url"])
    bt = await make_besluittype(api, h, cat["url"], informatieobjecttypen=[iot["url"]])
    await all_refused(api, h, bt["url"], besluittype_body(cat["url"], informatieobjecttypen=[iot["url"]],
                                                          toelichting="x"),
                      {"toelichting": "x"}, "informatieobjecttypen")


async def test_besluittype_of_a_published_zaaktype(api: httpx.AsyncClient, superuser: H) -> None:
    h = await writer()
    cat = await make_catalogus(api, superuser)
    zt = await publish(api, superuser, (await make_zaaktype(api, superuser, cat["url"]))["url"])
    bt = await make_besluittype(api, h, cat["url"])
    # a correction (superuser: geforceerd-schrijven) ties the concept besluittype to the published zaaktype
    r = await api.patch(zt["url"], json={"besluittypen": [bt["url"]]}, headers=superuser)
    assert r.status_code == 200, r.text
    await all_refused(api, h, bt["url"], besluittype_body(cat["url"], toelichting="x"), {"toelichting": "x"},
                      "zaaktypen")


async def test_informatieobjecttype_of_a_published_besluittype(api: httpx.AsyncClient, superuser: H) -> None:
    h = await writer()
    cat = await make_catalogus(api, superuser)
    bt = await publish(api, superuser, (await make_besluittype(api, superuser, cat["url"]))["url"])
    iot = await make_iot(api, h, cat["url"])
    r = await api.patch(bt["url"], json={"informatieobjecttypen": [iot["url"]]}, headers=superuser)
    assert r.status_code == 200, r.text
    await all_refused(api, h, iot["url"], iot_body(cat["url"], omschrijving="Nota"), {"omschrijving": "Nota"},
                      "besluittypen")


async def test_informatieobjecttype_of_a_published_zaaktype(api: httpx.AsyncClient, superuser: H) -> None:
    h = await writer()
    cat = await make_catalogus(api, superuser)
    zt = await publish(api, superuser, (await make_zaaktype(api, superuser, cat["url"]))["url"])
    iot = await make_iot(api, h, cat["url"])
    await make_ziot(api, superuser, zt["url"], iot["url"])  # a correction on the published zaaktype
    await all_refused(api, h, iot["url"], iot_body(cat["url"], omschrijving="Nota"), {"omschrijving": "Nota"},
                      "zaaktypen")


async def test_only_eindegeldigheid_with_a_value_is_allowed(api: httpx.AsyncClient, superuser: H) -> None:
    h = await writer()
    cat = await make_catalogus(api, superuser)
    iot = await publish(api, superuser, (await make_iot(api, superuser, cat["url"]))["url"])
    bt = await make_besluittype(api, h, cat["url"], informatieobjecttypen=[iot["url"]])
    async with Unchanged(api, h, bt["url"]):
        # with another field, or without a date (Open Zaak's exception needs one), the rule holds
        r = await api.patch(bt["url"], json={"eindeGeldigheid": "2030-12-31", "toelichting": "x"}, headers=h)
        refused(r, "informatieobjecttypen", "bijgewerkt")
        refused(await api.patch(bt["url"], json={"eindeGeldigheid": None}, headers=h), "informatieobjecttypen",
                "bijgewerkt")
        # a PUT is never the exception
        r = await api.put(bt["url"], json=besluittype_body(cat["url"], informatieobjecttypen=[iot["url"]],
                                                           eindeGeldigheid="2030-12-31"), headers=h)
        refused(r, "informatieobjecttypen", "bijgewerkt")
    r = await api.patch(bt["url"], json={"eindeGeldigheid": "2030-12-31"}, headers=h)
    assert r.status_code == 200, r.text
    assert r.json()["eindeGeldigheid"] == "2030-12-31"
    assert r.json()["toelichting"] == ""


async def test_corrections_are_allowed(api: httpx.AsyncClient, superuser: H) -> None:
    h, force = await writer(), await forced()
    cat = await make_catalogus(api, superuser)
    bt = await publish(api, superuser, (await make_besluittype(api, superuser, cat["url"]))["url"])
    zt = await make_zaaktype(api, h, cat["url"], besluittypen=[bt["url"]])
    r = await api.patch(zt["url"], json={"doel": "gecorrigeerd"}, headers=force)
    assert r.status_code == 200, r.text
    r = await api.put(zt["url"], json=zaaktype_body(cat["url"], besluittypen=[bt["url"]], doel="opnieuw"),
                      headers=force)
    assert r.status_code == 200, r.text
    assert (await api.delete(zt["url"], headers=force)).status_code == 204
    assert (await api.get(zt["url"], headers=h)).status_code == 404


async def test_published_and_related_reports_both(api: httpx.AsyncClient, superuser: H) -> None:
    h = await writer()
    cat = await make_catalogus(api, superuser)
    iot = await make_iot(api, superuser, cat["url"])
    bt = await make_besluittype(api, superuser, cat["url"], informatieobjecttypen=[iot["url"]])
    await publish(api, superuser, iot["url"])
    await publish(api, superuser, bt["url"])
    async with Unchanged(api, h, iot["url"]):
        r = await api.patch(iot["url"], json={"omschrijving": "Nota"}, headers=h)
        assert r.status_code == 400, r.text
        assert r.json()["invalidParams"] == [
            {"name": "nonFieldErrors", "code": "non-concept-object",
             "reason": "Het is niet toegestaan om een non-concept object bij te werken"},
            {"name": "nonFieldErrors", "code": "non-concept-relation",
             "reason": "Objecten gerelateerd aan gepubliceerde besluittypen kunnen niet bijgewerkt worden."}]
        # deleting a published object stops at the first rule, as in Open Zaak
        r = await api.delete(iot["url"], headers=h)
        assert [p["code"] for p in r.json()["invalidParams"]] == ["non-concept-object"]


async def test_relations_by_name(api: httpx.AsyncClient, superuser: H) -> None:
    """A name stands for the published versions of that name: it ties its holder, not a concept version."""
    h = await writer()
    cat = await make_catalogus(api, superuser)
    bt = await make_besluittype(api, superuser, cat["url"])  # only a concept carries the name: nothing published
    zt = await make_zaaktype(api, h, cat["url"], besluittypen=["Besluit"], identificatie="ZT-NAAM")
    r = await api.patch(zt["url"], json={"doel": "ander"}, headers=h)
    assert r.status_code == 200, r.text
    await publish(api, superuser, bt["url"])
    async with Unchanged(api, h, zt["url"]):
        refused(await api.patch(zt["url"], json={"doel": "nog anders"}, headers=h), "besluittypen", "bijgewerkt")
        refused(await api.delete(zt["url"], headers=h), "besluittypen", "verwijderd")
    # a published zaaktype holding the name does not tie the next, concept version of the besluittype
    other = await make_zaaktype(api, superuser, cat["url"], besluittypen=["Besluit"], identificatie="ZT-2")
    await publish(api, superuser, other["url"])
    nieuw = await make_besluittype(api, h, cat["url"], beginGeldigheid="2099-01-01")
    r = await api.patch(nieuw["url"], json={"toelichting": "volgende versie"}, headers=h)
    assert r.status_code == 200, r.text
    assert (await api.delete(nieuw["url"], headers=h)).status_code == 204
