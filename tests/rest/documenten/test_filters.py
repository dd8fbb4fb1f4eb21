"""Every list filter and ordering of the informatieobjecten list, bad values, pagination with the caller's
authorisation in the query, and expand (drc-011 … drc-014)."""

from __future__ import annotations

from typing import Any

import httpx

from tests.conftest import make_client
from tests.rest.documenten.factories import EIO, lock, make_eio, published_iot


def _codes(r: httpx.Response) -> list[tuple[str, str]]:
    assert r.status_code == 400, r.text
    return [(p["name"], p["code"]) for p in r.json()["invalidParams"]]


async def _urls(api: httpx.AsyncClient, h: dict[str, str], **params: Any) -> list[str]:
    r = await api.get(EIO, params=params, headers=h)
    assert r.status_code == 200, r.text
    assert r.json()["count"] == len(r.json()["results"])
    return [x["url"] for x in r.json()["results"]]


async def test_every_filter(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    iot = await published_iot(api, superuser)
    other = await published_iot(api, superuser, omschrijving="Ander")
    a = (await make_eio(api, superuser, iot["url"], auteur="Anna de Vries", titel="Aanvraag",
                        beschrijving="Eerste brief", identificatie="A-1", trefwoorden=["bouw", "vergunning"],
                        creatiedatum="2024-01-15",
                        vertrouwelijkheidaanduiding="openbaar"))["url"]
    b = (await make_eio(api, superuser, iot["url"], auteur="Bert", titel="Besluit", beschrijving="Tweede BRIEF",
                        identificatie="B-1", bronorganisatie="000000000", trefwoorden=["vergunning"],
                        creatiedatum="2024-02-15", vertrouwelijkheidaanduiding="geheim"))["url"]
    c = (await make_eio(api, superuser, other["url"], auteur="anna", titel="Foto", beschrijving="",
                        identificatie="A-1", bronorganisatie="000000000", creatiedatum="2024-03-15",
                        vertrouwelijkheidaanduiding="intern"))["url"]
    await lock(api, superuser, c)
    h = superuser
    assert await _urls(api, h) == [c, b, a]  # newest first
    assert await _urls(api, h, auteur="ANNA") == [c, a]  # contains, case-insensitive
    assert await _urls(api, h, beschrijving="brief") == [b, a]
    assert await _urls(api, h, titel="aan") == [a]
    assert await _urls(api, h, titel="a.n") == []  # literal text, not a pattern
    assert await _urls(api, h, bronorganisatie="000000000") == [c, b]
    assert await _urls(api, h, identificatie="A-1") == [c, a]  # exact
    assert await _urls(api, h, identificatie="A") == []
    assert await _urls(api, h, identificatie="A-1", bronorganisatie="517439943") == [a]
    assert await _urls(api, h, informatieobjecttype=other["url"]) == [c]
    assert await _urls(api, h, vertrouwelijkheidaanduiding="intern") == [c]
    assert await _urls(api, h, locked="true") == [c]
    assert await _urls(api, h, locked="false") == [b, a]
    assert await _urls(api, h, **{"creatiedatum__gte": "2024-02-15"}) == [c, b]  # inclusive
    assert await _urls(api, h, **{"creatiedatum__lte": "2024-02-15"}) == [b, a]
    assert await _urls(api, h, trefwoorden="vergunning") == [b, a]
    assert await _urls(api, h, trefwoorden="bouw,vergunning") == [a]  # all of them
    assert await _urls(api, h, trefwoorden__overlap="bouw,niets") == [a]  # any of them
    assert await _urls(api, h, trefwoorden__overlap="niets") == []
    assert await _urls(api, h, auteur="anna", locked="false", creatiedatum__lte="2024-12-31") == [a]  # combined

    assert _codes(await api.get(EIO, params={"creatiedatum__gte": "gisteren"}, headers=h)) == [
        ("creatiedatum__gte", "invalid")]
    assert _codes(await api.get(EIO, params={"vertrouwelijkheidaanduiding": "heel_geheim"}, headers=h)) == [
        ("vertrouwelijkheidaanduiding", "invalid_choice")]
    assert _codes(await api.get(EIO, params={"locked": "misschien"}, headers=h))[0][0] == "locked"
    assert _codes(await api.get(EIO, params={"informatieobjecttype": "geen-url"}, headers=h))[0][0] == \
        "informatieobjecttype"
    assert _codes(await api.get(EIO, params={"onbekend": "1"}, headers=h)) == [("nonFieldErrors",
                                                                               "unknown-parameters")]


async def test_every_ordering(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    iot = await published_iot(api, superuser)
    a = (await make_eio(api, superuser, iot["url"], inhoud=b"12345", auteur="Bert", titel="Cccc", status="definitief",
                        formaat="text/plain", creatiedatum="2024-02-01", vertrouwelijkheidaanduiding="intern"))["url"]
    b = (await make_eio(api, superuser, iot["url"], inhoud=b"1", auteur="Anna", titel="Aaaa", status="in_bewerking",
                        formaat="application/pdf", creatiedatum="2024-03-01",
                        vertrouwelijkheidaanduiding="geheim"))["url"]
    c = (await make_eio(api, superuser, iot["url"], inhoud=b"123", auteur="Cees", titel="Bbbb", status="gearchiveerd",
                        formaat="image/png", creatiedatum="2024-01-01",
                        vertrouwelijkheidaanduiding="openbaar"))["url"]
    expected = {"auteur": [b, a, c], "titel": [b, c, a], "creatiedatum": [c, a, b], "bestandsomvang": [b, c, a],
                "formaat": [b, c, a], "status": [a, c, b], "vertrouwelijkheidaanduiding": [b, a, c]}
    for field, order in expected.items():
        assert await _urls(api, superuser, ordering=field) == order, field
        assert await _urls(api, superuser, ordering=f"-{field}") == order[::-1], field
    d = (await make_eio(api, superuser, iot["url"], auteur="Anna", titel="Dddd"))["url"]
    assert await _urls(api, superuser, ordering="auteur,-titel") == [d, b, a, c]  # two keys
    assert await _urls(api, superuser, ordering="auteur") == [d, b, a, c]  # ties: newest first
    r = await api.get(EIO, params={"ordering": "omschrijving"}, headers=superuser)
    assert _codes(r) == [("ordering", "invalid_choice")]


async def test_pages_count_only_what_the_caller_may_see(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    iot = await published_iot(api, superuser)
    other = await published_iot(api, superuser, omschrijving="Ander")
    visible = []
    for i in range(5):
        made = await make_eio(api, superuser, iot["url"], titel=f"t{i}",
                              vertrouwelijkheidaanduiding="openbaar" if i % 2 == 0 else "geheim")
        if i % 2 == 0:
            visible.append(made["url"])
    await make_eio(api, superuser, other["url"], vertrouwelijkheidaanduiding="openbaar")
    reader = await make_client("reader", autorisaties=[{
        "component": "drc", "scopes": ["documenten.lezen"], "informatieobjecttype": iot["url"].removeprefix(
            "http://testserver"), "max_vertrouwelijkheidaanduiding": "intern"}])
    pages = []
    for page in (1, 2):
        r = await api.get(EIO, params={"pageSize": 2, "page": page}, headers=reader)
        assert r.status_code == 200
        assert r.json()["count"] == 3
        pages += [x["url"] for x in r.json()["results"]]
    assert pages == visible[::-1][:4]
    r = await api.get(EIO, params={"pageSize": 2, "page": 2}, headers=reader)
    assert r.json()["next"] is None and r.json()["previous"] is not None
    assert [x["url"] for x in r.json()["results"]] == [visible[0]]
    r = await api.get(EIO, params={"pageSize": 2, "page": 3}, headers=reader)
    assert r.status_code == 404


async def test_expand(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    iot = await published_iot(api, superuser)
    eio = await make_eio(api, superuser, iot["url"])

    async def read(value: str) -> httpx.Response:
        return await api.get(eio["url"], params={"expand": value}, headers=superuser)

    r = await read("informatieobjecttype")
    assert r.status_code == 200
    expanded = r.json()["_expand"]["informatieobjecttype"]
    plain = (await api.get(iot["url"], headers=superuser)).json()
    assert {k: v for k, v in expanded.items() if k != "_expand"} == plain
    # drc-012: nested into the Catalogi API, at most three levels
    r = await read("informatieobjecttype.catalogus")
    assert r.status_code == 200, r.text
    assert r.json()["_expand"]["informatieobjecttype"]["_expand"]["catalogus"]["url"] == iot["catalogus"]
    # drc-013: a name that is no relation of the resource is a 404
    for value in ("titel", "zaak", "informatieobjecttype.onbekend"):
        r = await read(value)
        assert (r.status_code, r.json()["code"]) == (404, "expand-not-found"), value
    # drc-014: a valid list stays valid with expand; no expand, no _expand
    r = await api.get(EIO, params={"expand": "informatieobjecttype"}, headers=superuser)
    assert r.status_code == 200 and r.json()["results"][0]["_expand"]["informatieobjecttype"]["url"] == iot["url"]
    assert "_expand" not in (await api.get(eio["url"], headers=superuser)).json()
