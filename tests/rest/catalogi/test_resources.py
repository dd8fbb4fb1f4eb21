"""Every catalogue resource: create, read, list, update, delete, with its derived fields."""

from __future__ import annotations

import httpx

from tests.rest.catalogi.factories import (
    ROOT,
    make_besluittype,
    make_catalogus,
    make_eigenschap,
    make_iot,
    make_resultaattype,
    make_roltype,
    make_statustype,
    make_zaakobjecttype,
    make_zaaktype,
    make_ziot,
)


async def test_full_zaaktype(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    cat = await make_catalogus(api, superuser)
    iot = await make_iot(api, superuser, cat["url"])
    bt = await make_besluittype(api, superuser, cat["url"], informatieobjecttypen=[iot["url"]])
    zt = await make_zaaktype(api, superuser, cat["url"], besluittypen=[bt["url"]])
    assert zt["concept"] is True
    st1 = await make_statustype(api, superuser, zt["url"])
    st2 = await make_statustype(api, superuser, zt["url"], omschrijving="Afgehandeld", volgnummer=2)
    rt = await make_roltype(api, superuser, zt["url"])
    res = await make_resultaattype(api, superuser, zt["url"], besluittypen=[bt["url"]])
    eig = await make_eigenschap(api, superuser, zt["url"], statustype=st1["url"])
    zot = await make_zaakobjecttype(api, superuser, zt["url"])
    ziot = await make_ziot(api, superuser, zt["url"], iot["url"])

    r = await api.get(zt["url"], headers=superuser)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["statustypen"] == [st1["url"], st2["url"]]
    assert body["roltypen"] == [rt["url"]]
    assert body["resultaattypen"] == [res["url"]]
    assert body["eigenschappen"] == [eig["url"]]
    assert body["zaakobjecttypen"] == [zot["url"]]
    assert body["informatieobjecttypen"] == [iot["url"]]
    assert body["besluittypeOmschrijving"] == ["Besluit"]
    assert body["beginObject"] == "2024-01-01"
    assert body["eindeObject"] is None

    st = (await api.get(st2["url"], headers=superuser)).json()
    assert st["isEindstatus"] is True
    assert (await api.get(st1["url"], headers=superuser)).json()["isEindstatus"] is False
    assert st["catalogus"] == cat["url"]
    assert st["zaaktypeIdentificatie"] == "ZT-1"
    assert st["beginGeldigheid"] == "2024-01-01"
    st1_now = (await api.get(st1["url"], headers=superuser)).json()
    assert st1_now["eigenschappen"] == [eig["url"]]

    b = (await api.get(bt["url"], headers=superuser)).json()
    assert b["zaaktypen"] == [zt["url"]]
    assert b["resultaattypen"] == [res["url"]]
    assert b["vastgelegdIn"] == ["Brief"]
    i = (await api.get(iot["url"], headers=superuser)).json()
    assert i["zaaktypen"] == [zt["url"]]
    assert i["besluittypen"] == [bt["url"]]
    c = (await api.get(cat["url"], headers=superuser)).json()
    assert c["zaaktypen"] == [zt["url"]]
    assert ziot["catalogus"] == cat["url"]

    # lists default to published objects only
    r = await api.get(f"{ROOT}/statustypen", headers=superuser)
    assert r.json()["count"] == 0
    r = await api.get(f"{ROOT}/statustypen", params={"status": "alles", "zaaktype": zt["url"]}, headers=superuser)
    assert r.json()["count"] == 2


async def test_update_and_delete_concept(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    cat = await make_catalogus(api, superuser)
    zt = await make_zaaktype(api, superuser, cat["url"])
    st = await make_statustype(api, superuser, zt["url"])
    r = await api.patch(zt["url"], json={"omschrijving": "Nieuw"}, headers=superuser)
    assert r.status_code == 200, r.text
    assert r.json()["omschrijving"] == "Nieuw"
    r = await api.patch(st["url"], json={"omschrijving": "Gewijzigd"}, headers=superuser)
    assert r.status_code == 200, r.text
    r = await api.delete(zt["url"], headers=superuser)
    assert r.status_code == 204
    assert (await api.get(st["url"], headers=superuser)).status_code == 404


async def test_etag_head_and_304(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    cat = await make_catalogus(api, superuser)
    r = await api.get(cat["url"], headers=superuser)
    etag = r.headers["etag"]
    assert etag.startswith('"')
    r = await api.head(cat["url"], headers=superuser)
    assert r.status_code == 200 and r.content == b"" and r.headers["etag"] == etag
    r = await api.get(cat["url"], headers={**superuser, "If-None-Match": etag})
    assert r.status_code == 304
    r = await api.get(cat["url"], headers={**superuser, "If-None-Match": '"other"'})
    assert r.status_code == 200


async def test_catalogus_update_133(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    cat = await make_catalogus(api, superuser)
    r = await api.patch(cat["url"], json={"naam": "Hoofdcatalogus"}, headers=superuser)
    assert r.status_code == 200, r.text
    assert r.json()["naam"] == "Hoofdcatalogus" and r.json()["domein"] == "ABC"
    body = {"domein": "XYZ", "rsin": "000000000", "contactpersoonBeheerNaam": "Piet"}
    r = await api.put(cat["url"], json=body, headers=superuser)
    assert r.status_code == 200 and r.json()["domein"] == "XYZ"
    r = await api.patch(cat["url"], json={"rsin": "123456789"}, headers=superuser)
    assert r.status_code == 400


async def test_every_resource_has_etag_and_head(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    cat = await make_catalogus(api, superuser)
    iot = await make_iot(api, superuser, cat["url"])
    zt = await make_zaaktype(api, superuser, cat["url"])
    st = await make_statustype(api, superuser, zt["url"])
    urls = [cat["url"], iot["url"], zt["url"], st["url"],
            (await make_besluittype(api, superuser, cat["url"]))["url"],
            (await make_roltype(api, superuser, zt["url"]))["url"],
            (await make_resultaattype(api, superuser, zt["url"]))["url"],
            (await make_eigenschap(api, superuser, zt["url"]))["url"],
            (await make_zaakobjecttype(api, superuser, zt["url"]))["url"],
            (await make_ziot(api, superuser, zt["url"], iot["url"]))["url"]]
    for url in urls:
        r = await api.get(url, headers=superuser)
        etag = r.headers["etag"]
        head = await api.head(url, headers=superuser)
        assert head.status_code == 200 and head.headers["etag"] == etag and head.content == b"", url
        assert (await api.get(url, headers={**superuser, "If-None-Match": etag})).status_code == 304, url
    # a change changes the ETag
    before = (await api.get(zt["url"], headers=superuser)).headers["etag"]
    await api.patch(zt["url"], json={"toelichting": "nieuw"}, headers=superuser)
    assert (await api.get(zt["url"], headers=superuser)).headers["etag"] != before


async def test_expand_133(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    cat = await make_catalogus(api, superuser)
    zt = await make_zaaktype(api, superuser, cat["url"])
    st = await make_statustype(api, superuser, zt["url"])
    r = await api.get(zt["url"], params={"expand": "statustypen,catalogus.zaaktypen"}, headers=superuser)
    assert r.status_code == 200, r.text
    expanded = r.json()["_expand"]
    assert [s["url"] for s in expanded["statustypen"]] == [st["url"]]
    assert expanded["catalogus"]["url"] == cat["url"]
    assert expanded["catalogus"]["_expand"]["zaaktypen"][0]["url"] == zt["url"]
    r = await api.get(f"{ROOT}/statustypen", params={"expand": "zaaktype", "status": "alles"}, headers=superuser)
    assert r.json()["results"][0]["_expand"]["zaaktype"]["url"] == zt["url"]
    r = await api.get(zt["url"], params={"expand": "bestaatniet"}, headers=superuser)
    assert r.status_code == 400
