"""GET /zaken answers the same from the Redis listing (fast path) as from the database query."""

from __future__ import annotations

from typing import Any

import httpx

from tests.conftest import make_client
from tests.rest.zaken.factories import CRS, ROOT, make_zaak, published_zaaktype
from zgw.domain.zaken import listing as listing_module
from zgw.domain.zaken import listings


async def _pages(api: httpx.AsyncClient, headers: dict[str, str], **params: Any) -> list[dict[str, Any]]:
    """Every page of GET /zaken (pageSize 3), with the bodies as answered."""
    out = []
    page = 1
    while True:
        r = await api.get(f"{ROOT}/zaken", params={"pageSize": 3, "page": page, **params}, headers={**headers, **CRS})
        assert r.status_code == 200, r.text
        out.append(r.json())
        if r.json()["next"] is None:
            return out
        page += 1


async def test_fast_path_equals_database_path(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    listing = listings.get()
    assert await listing.ready()  # nothing to index yet: complete, and kept so by every write below
    zaaktype = await published_zaaktype(api, superuser, identificatie="A")
    other = await published_zaaktype(api, superuser, zaaktype["catalogus"], identificatie="B")
    levels = ["openbaar", "intern", "geheim", "openbaar", "vertrouwelijk", "intern", "openbaar"]
    made = []
    for i, level in enumerate(levels):
        made.append(await make_zaak(api, superuser, (zaaktype if i % 3 else other)["url"],
                                    vertrouwelijkheidaanduiding=level))
    reader = await make_client("lezer", autorisaties=[{
        "component": "zrc", "scopes": ["zaken.lezen"], "zaaktype": zaaktype["url"].removeprefix("http://testserver"),
        "max_vertrouwelijkheidaanduiding": "intern"}])
    newest_first = [z["url"] for z in reversed(made)]
    visible = [z["url"] for z in reversed(made) if z["zaaktype"] == zaaktype["url"]
               and z["vertrouwelijkheidaanduiding"] in ("openbaar", "intern")]
    cases: list[tuple[dict[str, str], dict[str, Any], list[str]]] = [
        (superuser, {}, newest_first),
        (superuser, {"zaaktype": other["url"]}, [u for u, z in zip(newest_first, reversed(made), strict=True)
                                                 if z["zaaktype"] == other["url"]]),
        (reader, {}, visible),
        (reader, {"zaaktype": other["url"]}, []),
    ]
    assert await listing.ready()
    fast = [await _pages(api, h, **params) for h, params, _ in cases]
    await listing.mark_not_ready()  # type: ignore[attr-defined]
    assert not await listing.ready()
    slow = [await _pages(api, h, **params) for h, params, _ in cases]
    assert fast == slow
    await listing_module.rebuild_from_database(listing)  # type: ignore[arg-type]
    assert await listing.ready()
    assert [await _pages(api, h, **params) for h, params, _ in cases] == fast
    for pages, (_, _params, expected) in zip(fast, cases, strict=True):
        assert [p["count"] for p in pages] == [len(expected)] * len(pages)
        assert [z["url"] for p in pages for z in p["results"]] == expected
        assert pages[0]["previous"] is None
        for number, p in enumerate(pages[1:], start=2):
            assert "page=" + str(number - 1) in p["previous"] or number == 2
        if len(pages) > 1:
            assert pages[0]["next"].startswith(f"{ROOT}/zaken?")
            assert "page=2" in pages[0]["next"] and "pageSize=3" in pages[0]["next"]
    assert [len(p["results"]) for p in fast[0]] == [3, 3, 1]
    assert [len(p["results"]) for p in fast[2]] == [2]  # 4 of zaaktype A, 2 of them at most intern
    assert len(visible) == 2
