"""The hot zaken queries: answered from the zaken index without a scan, and equal to the database path.

For each shape (zaken of a betrokkene, by identificatie, work queues, the list by startdatum) and
for a superuser and a restricted caller, the answer with the index ready equals the answer of the
database query (index marked not ready), page by page; and with the index ready no command scans.
"""

from __future__ import annotations

from typing import Any

import httpx

from tests.conftest import make_client
from tests.perf.recorder import recorded
from tests.rest.catalogi.factories import make_catalogus
from tests.rest.zaken.factories import CRS, make_zaak
from tests.rest.zaken.sub.helpers import ROOT, Setup, setup
from zgw.core.settings import Settings
from zgw.domain.zaken import indexing, listings

BSN_A, BSN_B = "111222333", "444555666"


async def _rol(api: httpx.AsyncClient, h: dict[str, str], s: Setup, zaak: str, bsn: str, *,
               behandelaar: bool = False) -> None:
    roltype = s.behandelaar if behandelaar else s.initiator
    r = await api.post(f"{ROOT}/rollen", headers=h, json={
        "zaak": zaak, "betrokkeneType": "natuurlijk_persoon", "roltype": roltype["url"], "roltoelichting": "x",
        "betrokkeneIdentificatie": {"inpBsn": bsn}})
    assert r.status_code == 201, r.text


async def _status(api: httpx.AsyncClient, h: dict[str, str], zaak: str, statustype: str, when: str) -> None:
    r = await api.post(f"{ROOT}/statussen", headers=h, json={
        "zaak": zaak, "statustype": statustype, "datumStatusGezet": when})
    assert r.status_code == 201, r.text


async def _data(api: httpx.AsyncClient, h: dict[str, str]) -> tuple[Setup, Setup, list[dict[str, Any]]]:
    catalogus = (await make_catalogus(api, h))["url"]
    a = await setup(api, h, catalogus=catalogus, identificatie="ZT-A")
    b = await setup(api, h, catalogus=catalogus, identificatie="ZT-B")
    zaken: list[dict[str, Any]] = [a.zaak, b.zaak]
    levels = ["openbaar", "intern", "vertrouwelijk", "geheim"]
    for i in range(16):
        s = a if i % 3 else b
        zaak = await make_zaak(api, h, s.zaaktype["url"], startdatum=f"2024-0{1 + i % 4}-1{i % 3}",
                               vertrouwelijkheidaanduiding=levels[i % 4], identificatie=f"Z-{i % 6}",
                               bronorganisatie=["517439943", "123456782", "111222333"][i // 6])
        zaken.append(zaak)
        if i % 2:
            await _rol(api, h, s, zaak["url"], BSN_A)
        if i % 5 == 0:
            await _rol(api, h, s, zaak["url"], BSN_B, behandelaar=True)
        if i % 4 == 1:
            await _status(api, h, zaak["url"], s.begin["url"], "2024-06-01T10:00:00Z")
        if i % 4 == 3:
            r = await api.post(f"{ROOT}/resultaten", headers=h,
                               json={"zaak": zaak["url"], "resultaattype": s.resultaattype["url"]})
            assert r.status_code == 201, r.text
            await _status(api, h, zaak["url"], s.eind["url"], "2024-06-02T10:00:00Z")
    return a, b, zaken


def _shapes(a: Setup, b: Setup) -> list[dict[str, str]]:
    zta = a.zaaktype["url"]
    return [
        {}, {"ordering": "-startdatum"}, {"ordering": "startdatum"}, {"zaaktype": zta, "ordering": "-startdatum"},
        {"zaaktype": zta, "einddatum__isnull": "true", "ordering": "-startdatum"},
        {"zaaktype": zta, "einddatum__isnull": "true", "ordering": "startdatum"},
        {"status__statustype": a.begin["url"], "ordering": "startdatum"},
        {"status__statustype": a.eind["url"], "zaaktype": zta, "ordering": "-startdatum"},
        {"status__statustype": a.begin["url"], "zaaktype": b.zaaktype["url"], "ordering": "-startdatum"},
        {"rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": BSN_A},
        {"rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": BSN_A, "ordering": "-startdatum"},
        {"rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": BSN_B, "rol__omschrijvingGeneriek": "behandelaar"},
        {"rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": BSN_A, "rol__omschrijvingGeneriek": "behandelaar"},
        {"rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": BSN_A, "rol__betrokkeneType": "medewerker"},
        {"rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": "000000000"},
        {"identificatie": "Z-1"}, {"identificatie": "Z-1", "bronorganisatie": "517439943"},
        {"identificatie": "Z-1", "bronorganisatie": "000000000"},
    ]


async def _answers(api: httpx.AsyncClient, headers: dict[str, str], shape: dict[str, str]) -> list[Any]:
    out = []
    for page_size in ("3", "100"):
        for page in ("1", "2", "3"):
            r = await api.get(f"{ROOT}/zaken", headers={**headers, **CRS},
                              params={**shape, "pageSize": page_size, "page": page})
            if page != "1" and r.status_code == 404:
                out.append(404)
                break
            assert r.status_code == 200, (shape, r.text)
            body = r.json()
            out.append((body["count"], [z["url"] for z in body["results"]]))
    return out


async def test_hot_queries_from_the_index_equal_the_database(api: httpx.AsyncClient, superuser: dict[str, str],
                                                             settings: Settings,
                                                             app_state: tuple[Any, dict[str, Any]]) -> None:
    _, state = app_state
    assert await listings.get().ready()  # nothing stored yet: complete, and kept so by every write below
    a, b, _ = await _data(api, superuser)
    restricted = await make_client("beperkt", autorisaties=[{
        "component": "zrc", "scopes": ["zaken.lezen"], "zaaktype": a.zaaktype["url"].removeprefix("http://testserver"),
        "max_vertrouwelijkheidaanduiding": "intern"}])
    callers = {"superuser": superuser, "restricted": restricted}
    index = listings.get()
    assert await index.ready()
    assert await indexing.check() == {"missing": [], "wrong": [], "stale": [], "strays": []}

    from_index: dict[tuple[str, int], list[Any]] = {}
    async with recorded(settings, state) as rec:
        for who, headers in callers.items():
            for n, shape in enumerate(_shapes(a, b)):
                with rec.recording():
                    from_index[who, n] = await _answers(api, headers, shape)
                assert rec.scans() == [], (who, shape, rec.scans())

    await index.mark_not_ready()
    assert not await index.ready()
    for who, headers in callers.items():
        for n, shape in enumerate(_shapes(a, b)):
            assert from_index[who, n] == await _answers(api, headers, shape), (who, shape)
    # not vacuous: the shapes find something, and the restricted caller sees less
    assert from_index["superuser", 9][0][0] == 8 and 0 < from_index["restricted", 9][0][0] < 8
    assert from_index["superuser", 15][0][0] == 3 and from_index["superuser", 16][0][0] == 1
    assert from_index["superuser", 17][0][0] == 0 and from_index["superuser", 4][0][0] > 0
    assert from_index["superuser", 6][0][0] > 0 and from_index["superuser", 7][0][0] > 0
    await indexing.rebuild()
    assert await index.ready()


async def test_empty_dates_sort_as_in_postgresql(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    """einddatum ascending: filled values first, empty last; descending: empty first (Open Zaak)."""
    catalogus = (await make_catalogus(api, superuser))["url"]
    s = await setup(api, superuser, catalogus=catalogus)
    zaken = [s.zaak, *[await make_zaak(api, superuser, s.zaaktype["url"]) for _ in range(2)]]
    for zaak, day in ((zaken[0], "02"), (zaken[2], "01")):
        r = await api.post(f"{ROOT}/resultaten", headers=superuser,
                           json={"zaak": zaak["url"], "resultaattype": s.resultaattype["url"]})
        assert r.status_code == 201, r.text
        await _status(api, superuser, zaak["url"], s.eind["url"], f"2024-06-{day}T10:00:00Z")

    async def order(ordering: str, **params: str) -> list[str]:
        r = await api.get(f"{ROOT}/zaken", headers={**superuser, **CRS}, params={"ordering": ordering, **params})
        assert r.status_code == 200, r.text
        return [z["url"] for z in r.json()["results"]]

    assert await order("einddatum") == [zaken[2]["url"], zaken[0]["url"], zaken[1]["url"]]
    assert await order("-einddatum") == [zaken[1]["url"], zaken[0]["url"], zaken[2]["url"]]
    # across pages: the split between filled and empty values stays exact
    assert await order("einddatum", pageSize="2", page="2") == [zaken[1]["url"]]
    assert await order("-einddatum", pageSize="2", page="2") == [zaken[2]["url"]]


async def test_rollen_of_a_betrokkene_from_the_index(api: httpx.AsyncClient, superuser: dict[str, str],
                                                    settings: Settings,
                                                    app_state: tuple[Any, dict[str, Any]]) -> None:
    """GET /rollen?betrokkeneIdentificatie__…: the rollen of the zaken the index names, without a scan,
    equal to the database path, authorised by zaak."""
    _, state = app_state
    assert await listings.get().ready()
    a, _b, _ = await _data(api, superuser)
    restricted = await make_client("beperkt", autorisaties=[{
        "component": "zrc", "scopes": ["zaken.lezen"], "zaaktype": a.zaaktype["url"].removeprefix("http://testserver"),
        "max_vertrouwelijkheidaanduiding": "intern"}])
    shapes = [{"betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": BSN_A},
              {"betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": BSN_B, "omschrijvingGeneriek": "behandelaar"},
              {"betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": BSN_A, "betrokkeneType": "vestiging"},
              {"betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": "000000000"}]

    async def answers(headers: dict[str, str], shape: dict[str, str]) -> list[Any]:
        out = []
        for page_size in ("3", "100"):
            r = await api.get(f"{ROOT}/rollen", headers=headers, params={**shape, "pageSize": page_size})
            assert r.status_code == 200, r.text
            out.append((r.json()["count"], [x["url"] for x in r.json()["results"]]))
        return out

    from_index = {}
    async with recorded(settings, state) as rec:
        for who, headers in (("superuser", superuser), ("restricted", restricted)):
            for n, shape in enumerate(shapes):
                with rec.recording():
                    from_index[who, n] = await answers(headers, shape)
                assert rec.scans() == [], (who, shape, rec.scans())
    await listings.get().mark_not_ready()
    for who, headers in (("superuser", superuser), ("restricted", restricted)):
        for n, shape in enumerate(shapes):
            assert from_index[who, n] == await answers(headers, shape), (who, shape)
    assert from_index["superuser", 0][1][0] == 8 and 0 < from_index["restricted", 0][1][0] < 8
    assert from_index["superuser", 1][1][0] == 4
    await indexing.rebuild()
