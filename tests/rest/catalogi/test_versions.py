"""Catalogi 1.3.3: relations by name answer the version valid on the read's datumGeldigheid."""

from __future__ import annotations

from typing import Any

import httpx

from tests.rest.catalogi.factories import (
    ROOT,
    make_besluittype,
    make_catalogus,
    make_iot,
    make_zaaktype,
    make_ziot,
    resultaattype_body,
    zaaktype_body,
)

H = dict[str, str]


async def publish(api: httpx.AsyncClient, h: H, url: str) -> dict[str, Any]:
    r = await api.post(f"{url}/publish", headers=h)
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


async def get(api: httpx.AsyncClient, h: H, url: str, **params: str) -> dict[str, Any]:
    r = await api.get(url, params=params, headers=h)
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


def codes(r: httpx.Response) -> list[tuple[str, str]]:
    return [(p["name"], p["code"]) for p in r.json().get("invalidParams", [])]


async def two_versions(api: httpx.AsyncClient, h: H, make: Any, catalogus: str, **over: Any) -> tuple[str, str]:
    """Two published versions of one name: 2024-01-01 … 2024-06-30 and from 2024-07-01."""
    v1 = await make(api, h, catalogus, beginGeldigheid="2024-01-01", eindeGeldigheid="2024-06-30", **over)
    v2 = await make(api, h, catalogus, beginGeldigheid="2024-07-01", **over)
    await publish(api, h, v1["url"])
    await publish(api, h, v2["url"])
    return v1["url"], v2["url"]


async def test_zaaktype_answers_the_besluittype_valid_on_the_date(api: httpx.AsyncClient, superuser: H) -> None:
    cat = await make_catalogus(api, superuser)
    bt1, bt2 = await two_versions(api, superuser, make_besluittype, cat["url"], omschrijving="Vergunning")
    concept = await make_besluittype(api, superuser, cat["url"], omschrijving="Ontwerp")  # never published
    by_url = await make_besluittype(api, superuser, cat["url"], omschrijving="Los")
    zt = await make_zaaktype(api, superuser, cat["url"], besluittypen=["Vergunning", "Ontwerp", by_url["url"]])
    # without datumGeldigheid: today, so the open-ended second version
    assert zt["besluittypen"] == [bt2, by_url["url"]]
    assert zt["besluittypeOmschrijving"] == ["Vergunning", "Ontwerp", "Los"]
    assert (await get(api, superuser, zt["url"], datumGeldigheid="2024-03-01"))["besluittypen"] == [
        bt1, by_url["url"]]
    assert (await get(api, superuser, zt["url"], datumGeldigheid="2024-06-30"))["besluittypen"] == [
        bt1, by_url["url"]]  # the last day of a version is still valid (geldig tot en met)
    assert (await get(api, superuser, zt["url"], datumGeldigheid="2024-07-01"))["besluittypen"] == [
        bt2, by_url["url"]]
    # before any version: the name is left out; a URL relation is answered as given, whatever the date
    assert (await get(api, superuser, zt["url"], datumGeldigheid="2023-12-31"))["besluittypen"] == [by_url["url"]]
    # once the concept is published, the name answers it
    await publish(api, superuser, concept["url"])
    assert (await get(api, superuser, zt["url"], datumGeldigheid="2024-03-01"))["besluittypen"] == [
        bt1, concept["url"], by_url["url"]]
    # different answers, different ETags
    a = await api.get(zt["url"], params={"datumGeldigheid": "2024-03-01"}, headers=superuser)
    b = await api.get(zt["url"], params={"datumGeldigheid": "2024-08-01"}, headers=superuser)
    assert a.headers["ETag"] != b.headers["ETag"]


async def test_list_resolves_on_its_datum_geldigheid(api: httpx.AsyncClient, superuser: H) -> None:
    cat = await make_catalogus(api, superuser)
    bt1, bt2 = await two_versions(api, superuser, make_besluittype, cat["url"], omschrijving="Vergunning")
    zt = await make_zaaktype(api, superuser, cat["url"], besluittypen=["Vergunning"])
    await publish(api, superuser, zt["url"])
    page = await get(api, superuser, f"{ROOT}/zaaktypen", catalogus=cat["url"], datumGeldigheid="2024-02-01")
    assert [z["besluittypen"] for z in page["results"]] == [[bt1]]
    page = await get(api, superuser, f"{ROOT}/zaaktypen", catalogus=cat["url"])
    assert [z["besluittypen"] for z in page["results"]] == [[bt2]]
    # expand follows the same date
    body = await get(api, superuser, zt["url"], datumGeldigheid="2024-02-01", expand="besluittypen")
    assert [b["url"] for b in body["_expand"]["besluittypen"]] == [bt1]
    # the besluittypen filter on a zaaktype answers the versions the zaaktype answers
    page = await get(api, superuser, f"{ROOT}/besluittypen", zaaktypen=zt["url"])
    assert [b["url"] for b in page["results"]] == [bt2]
    page = await get(api, superuser, f"{ROOT}/besluittypen", zaaktypen=zt["url"], datumGeldigheid="2024-02-01")
    assert [b["url"] for b in page["results"]] == [bt1]


async def test_reverse_lists_by_name(api: httpx.AsyncClient, superuser: H) -> None:
    cat = await make_catalogus(api, superuser)
    iot1, iot2 = await two_versions(api, superuser, make_iot, cat["url"], omschrijving="Aanvraag")
    bt = await make_besluittype(api, superuser, cat["url"], informatieobjecttypen=["Aanvraag"])
    await publish(api, superuser, bt["url"])
    zt = await make_zaaktype(api, superuser, cat["url"], besluittypen=["Besluit"])
    ziot = await make_ziot(api, superuser, zt["url"], "Aanvraag")
    assert ziot["informatieobjecttype"] == iot2
    assert (await get(api, superuser, zt["url"], datumGeldigheid="2024-02-01"))["informatieobjecttypen"] == [iot1]
    assert (await get(api, superuser, zt["url"]))["informatieobjecttypen"] == [iot2]
    # a concept zaaktype is not answered in the reverse lists of a name relation
    assert (await get(api, superuser, bt["url"]))["zaaktypen"] == []
    assert (await get(api, superuser, iot2))["zaaktypen"] == []
    await publish(api, superuser, zt["url"])
    assert (await get(api, superuser, bt["url"]))["zaaktypen"] == [zt["url"]]
    assert (await get(api, superuser, bt["url"]))["zaaktypeIdentificaties"] == ["ZT-1"]
    for iot in (iot1, iot2):  # the relation is with every version of the name
        body = await get(api, superuser, iot)
        assert body["zaaktypen"] == [zt["url"]]
        assert body["besluittypen"] == [bt["url"]]
    # a zaaktype whose validity has not begun on the date is left out
    later = await make_zaaktype(api, superuser, cat["url"], identificatie="ZT-2", besluittypen=["Besluit"],
                                beginGeldigheid="2099-01-01", versiedatum="2099-01-01")
    await publish(api, superuser, later["url"])
    assert (await get(api, superuser, bt["url"]))["zaaktypen"] == [zt["url"]]
    # the ziot filter on a version that answers the name finds it
    page = await get(api, superuser, f"{ROOT}/zaaktype-informatieobjecttypen", informatieobjecttype=iot2)
    assert [z["url"] for z in page["results"]] == [ziot["url"]]
    page = await get(api, superuser, f"{ROOT}/zaaktype-informatieobjecttypen", informatieobjecttype=iot1)
    assert page["results"] == []
    page = await get(api, superuser, f"{ROOT}/informatieobjecttypen", zaaktype=zt["url"],
                     datumGeldigheid="2024-02-01")
    assert [i["url"] for i in page["results"]] == [iot1]
    page = await get(api, superuser, f"{ROOT}/besluittypen", informatieobjecttypen=iot2)
    assert [b["url"] for b in page["results"]] == [bt["url"]]


async def test_names_resolve_within_the_catalogus(api: httpx.AsyncClient, superuser: H) -> None:
    cat = await make_catalogus(api, superuser)
    other = await make_catalogus(api, superuser, domein="XYZ")
    await make_besluittype(api, superuser, other["url"], omschrijving="Elders")
    r = await api.post(f"{ROOT}/zaaktypen", json=zaaktype_body(cat["url"], besluittypen=["Elders"]),
                       headers=superuser)
    assert r.status_code == 400
    assert r.json()["invalidParams"] == [{
        "name": "besluittypen", "code": "does_not_exist",
        "reason": "Er is geen besluittype met omschrijving Elders in de catalogus."}]
    zt = await make_zaaktype(api, superuser, cat["url"])
    r = await api.post(f"{ROOT}/resultaattypen", json=resultaattype_body(zt["url"], besluittypen=["Elders"]),
                       headers=superuser)
    assert codes(r) == [("besluittypen", "does_not_exist")]


async def test_ztc_012_publish_needs_a_published_version_of_each_name(api: httpx.AsyncClient,
                                                                        superuser: H) -> None:
    cat = await make_catalogus(api, superuser)
    bt = await make_besluittype(api, superuser, cat["url"])
    iot = await make_iot(api, superuser, cat["url"], omschrijving="Aanvraag")
    zt = await make_zaaktype(api, superuser, cat["url"], besluittypen=["Besluit"])
    await make_ziot(api, superuser, zt["url"], "Aanvraag")
    r = await api.post(f"{zt['url']}/publish", headers=superuser)
    assert r.status_code == 400
    assert codes(r) == [("besluittypen", "concept-relation"), ("informatieobjecttypen", "concept-relation")]
    await publish(api, superuser, bt["url"])
    await publish(api, superuser, iot["url"])
    # a new concept version of the name does not block: a published one exists
    await make_besluittype(api, superuser, cat["url"], beginGeldigheid="2099-01-01")
    assert (await publish(api, superuser, zt["url"]))["besluittypen"] == [bt["url"]]


async def test_deleting_the_last_version_of_a_name_ends_its_relations(api: httpx.AsyncClient,
                                                                      superuser: H) -> None:
    cat = await make_catalogus(api, superuser)
    first = await make_iot(api, superuser, cat["url"], omschrijving="Aanvraag")
    second = await make_iot(api, superuser, cat["url"], omschrijving="Aanvraag", beginGeldigheid="2025-01-01")
    zt = await make_zaaktype(api, superuser, cat["url"])
    ziot = await make_ziot(api, superuser, zt["url"], "Aanvraag")
    bt = await make_besluittype(api, superuser, cat["url"], informatieobjecttypen=["Aanvraag"])
    assert (await api.delete(first["url"], headers=superuser)).status_code == 204
    assert (await api.get(ziot["url"], headers=superuser)).status_code == 200  # another version remains
    assert (await get(api, superuser, bt["url"]))["vastgelegdIn"] == ["Aanvraag"]
    assert (await api.delete(second["url"], headers=superuser)).status_code == 204
    assert (await api.get(ziot["url"], headers=superuser)).status_code == 404
    assert (await get(api, superuser, bt["url"]))["vastgelegdIn"] == []


async def test_deelzaaktypen_by_identificatie(api: httpx.AsyncClient, superuser: H) -> None:
    cat = await make_catalogus(api, superuser)
    deel1 = await make_zaaktype(api, superuser, cat["url"], identificatie="DEEL", eindeGeldigheid="2024-06-30")
    deel2 = await make_zaaktype(api, superuser, cat["url"], identificatie="DEEL", beginGeldigheid="2024-07-01",
                                versiedatum="2024-07-01")
    zt = await make_zaaktype(api, superuser, cat["url"], deelzaaktypen=["DEEL"])
    assert zt["deelzaaktypen"] == [] and zt["deelzaaktypeIdentificaties"] == ["DEEL"]
    r = await api.post(f"{zt['url']}/publish", headers=superuser)
    assert codes(r) == [("deelzaaktypen", "concept-relation")]
    await publish(api, superuser, deel1["url"])
    await publish(api, superuser, deel2["url"])
    assert (await get(api, superuser, zt["url"], datumGeldigheid="2024-01-02"))["deelzaaktypen"] == [deel1["url"]]
    assert (await get(api, superuser, zt["url"]))["deelzaaktypen"] == [deel2["url"]]
    await publish(api, superuser, zt["url"])
    r = await api.post(f"{ROOT}/zaaktypen", headers=superuser,
                       json=zaaktype_body(cat["url"], identificatie="ZT-9", deelzaaktypen=["ONBEKEND"]))
    assert r.json()["invalidParams"] == [{
        "name": "deelzaaktypen", "code": "does_not_exist",
        "reason": "Er is geen zaaktype met identificatie ONBEKEND in de catalogus."}]
