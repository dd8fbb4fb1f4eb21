"""List filters (both specs and Open Zaak's experimental ones) and pagination."""

from __future__ import annotations

import httpx

from tests.rest.catalogi.factories import (
    ROOT,
    make_besluittype,
    make_catalogus,
    make_iot,
    make_roltype,
    make_statustype,
    make_zaakobjecttype,
    make_zaaktype,
    make_ziot,
)

H = dict[str, str]


async def count(api: httpx.AsyncClient, h: H, resource: str, **params: str) -> int:
    r = await api.get(f"{ROOT}/{resource}", params=params, headers=h)
    assert r.status_code == 200, r.text
    n: int = r.json()["count"]
    return n


async def test_catalogus_filters(api: httpx.AsyncClient, superuser: H) -> None:
    await make_catalogus(api, superuser, domein="AAA", rsin="000000000")
    await make_catalogus(api, superuser, domein="BBB", rsin="111111110")
    assert await count(api, superuser, "catalogussen", domein="AAA") == 1
    assert await count(api, superuser, "catalogussen", domein__in="AAA,BBB") == 2
    assert await count(api, superuser, "catalogussen", rsin__in="111111110") == 1
    r = await api.get(f"{ROOT}/catalogussen", params={"onbekend": "1"}, headers=superuser)
    assert r.status_code == 400 and r.json()["invalidParams"][0]["code"] == "unknown-parameters"


async def test_zaaktype_filters(api: httpx.AsyncClient, superuser: H) -> None:
    cat = await make_catalogus(api, superuser)
    other = await make_catalogus(api, superuser, domein="XYZ")
    await make_zaaktype(api, superuser, cat["url"], identificatie="AB-123", trefwoorden=["a", "b"],
                        eindeGeldigheid="2024-06-30")
    zt2 = await make_zaaktype(api, superuser, other["url"], identificatie="CD-456", omschrijving="Melding")
    await api.post(f"{zt2['url']}/publish", headers=superuser)
    assert await count(api, superuser, "zaaktypen") == 1
    assert await count(api, superuser, "zaaktypen", status="concept") == 1
    assert await count(api, superuser, "zaaktypen", status="alles") == 2
    assert await count(api, superuser, "zaaktypen", status="alles", catalogus=cat["url"]) == 1
    assert await count(api, superuser, "zaaktypen", status="alles", identificatie="AB-123") == 1
    assert await count(api, superuser, "zaaktypen", status="alles", identificatie__icontains="ab-1") == 1
    assert await count(api, superuser, "zaaktypen", status="alles", omschrijving__icontains="meld") == 1
    assert await count(api, superuser, "zaaktypen", status="alles", trefwoorden="a,b") == 1
    assert await count(api, superuser, "zaaktypen", status="alles", trefwoorden="a,c") == 0
    assert await count(api, superuser, "zaaktypen", status="alles", datumGeldigheid="2024-08-01") == 1
    assert await count(api, superuser, "zaaktypen", status="alles", datumGeldigheid="2024-03-01") == 2
    r = await api.get(f"{ROOT}/zaaktypen", params={"status": "soms"}, headers=superuser)
    assert r.status_code == 400


async def test_type_filters(api: httpx.AsyncClient, superuser: H) -> None:
    cat = await make_catalogus(api, superuser)
    iot = await make_iot(api, superuser, cat["url"], omschrijving="Aanvraagformulier")
    await make_iot(api, superuser, cat["url"], omschrijving="Brief")
    zt = await make_zaaktype(api, superuser, cat["url"])
    await make_ziot(api, superuser, zt["url"], iot["url"], richting="uitgaand")
    bt = await make_besluittype(api, superuser, cat["url"], informatieobjecttypen=[iot["url"]])
    await api.patch(zt["url"], json={"besluittypen": [bt["url"]]}, headers=superuser)
    assert await count(api, superuser, "informatieobjecttypen", status="alles", zaaktype=zt["url"]) == 1
    assert await count(api, superuser, "informatieobjecttypen", status="alles", omschrijving__icontains="FORM") == 1
    assert await count(api, superuser, "informatieobjecttypen", status="alles", omschrijving="Brief") == 1
    assert await count(api, superuser, "besluittypen", status="alles", zaaktypen=zt["url"]) == 1
    assert await count(api, superuser, "besluittypen", status="alles", informatieobjecttypen=iot["url"]) == 1
    assert await count(api, superuser, "zaaktype-informatieobjecttypen", status="alles", richting="uitgaand") == 1
    assert await count(api, superuser, "zaaktype-informatieobjecttypen", status="alles", richting="inkomend") == 0
    await make_roltype(api, superuser, zt["url"], omschrijving="Behandelend medewerker",
                       omschrijvingGeneriek="behandelaar")
    assert await count(api, superuser, "roltypen", status="alles", omschrijving="MEDEWERKER") == 1
    assert await count(api, superuser, "roltypen", status="alles", omschrijvingGeneriek="initiator") == 0
    assert await count(api, superuser, "roltypen", status="alles", zaaktypeIdentificatie="ZT-1") == 1
    await make_zaakobjecttype(api, superuser, zt["url"])
    assert await count(api, superuser, "zaakobjecttypen", status="concept", anderObjecttype="false") == 1
    assert await count(api, superuser, "zaakobjecttypen", status="definitief") == 0
    assert await count(api, superuser, "resultaattypen", status="alles", zaaktype_identificatie="ZT-1") == 0


async def test_pagination(api: httpx.AsyncClient, superuser: H) -> None:
    for i in range(3):
        await make_catalogus(api, superuser, domein=f"D{i}")
    r = await api.get(f"{ROOT}/catalogussen", params={"pageSize": 2}, headers=superuser)
    body = r.json()
    assert body["count"] == 3 and len(body["results"]) == 2 and body["next"]
    r = await api.get(body["next"], headers=superuser)
    assert len(r.json()["results"]) == 1 and r.json()["previous"]
    r = await api.get(f"{ROOT}/catalogussen", params={"page": 5}, headers=superuser)
    assert r.status_code == 404


async def test_lists_answer_newest_first(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    """Open Zaak orders every catalogue list by descending primary key: the newest object first."""
    cats = [await make_catalogus(api, superuser, domein=f"D{i}") for i in range(3)]
    r = await api.get(f"{ROOT}/catalogussen", headers=superuser)
    assert [c["url"] for c in r.json()["results"]] == [c["url"] for c in reversed(cats)]

    zts = [await make_zaaktype(api, superuser, cats[0]["url"], identificatie=f"ZT-{i}") for i in range(3)]
    r = await api.get(f"{ROOT}/zaaktypen", params={"status": "alles"}, headers=superuser)
    assert [z["url"] for z in r.json()["results"]] == [z["url"] for z in reversed(zts)]
    # paging keeps the order
    r = await api.get(f"{ROOT}/zaaktypen", params={"status": "alles", "pageSize": 2, "page": 2}, headers=superuser)
    assert [z["url"] for z in r.json()["results"]] == [zts[0]["url"]]

    sts = [await make_statustype(api, superuser, zts[0]["url"], volgnummer=i + 1) for i in range(3)]
    r = await api.get(f"{ROOT}/statustypen", params={"status": "alles"}, headers=superuser)
    assert [s["url"] for s in r.json()["results"]] == [s["url"] for s in reversed(sts)]
    # an update does not move an object
    r = await api.patch(sts[0]["url"], json={"omschrijving": "Eerst"}, headers=superuser)
    assert r.status_code == 200
    r = await api.get(f"{ROOT}/statustypen", params={"status": "alles"}, headers=superuser)
    assert [s["url"] for s in r.json()["results"]] == [s["url"] for s in reversed(sts)]
