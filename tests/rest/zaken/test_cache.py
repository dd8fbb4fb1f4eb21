"""Rendered zaken in Redis: a page of the zaken index is served from it, and every write moves the zaak's
version so the next page shows the write."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import httpx

from tests.perf.recorder import recorded
from tests.rest.zaken.factories import CRS, ROOT, make_zaak, published_zaaktype
from zgw.core.settings import Settings
from zgw.domain.zaken import indexing, listings


async def test_pages_from_the_cache_and_writes_seen(api: httpx.AsyncClient, superuser: dict[str, str],
                                                    settings: Settings,
                                                    app_state: tuple[Any, dict[str, Any]]) -> None:
    _, state = app_state
    assert await listings.get().ready()
    h = {**superuser, **CRS}
    zaaktype = await published_zaaktype(api, superuser)
    zaken = [await make_zaak(api, superuser, zaaktype["url"], omschrijving=f"z{i}") for i in range(3)]

    async def page() -> list[tuple[str, str]]:
        r = await api.get(f"{ROOT}/zaken", headers=h)
        assert r.status_code == 200, r.text
        return [(z["url"], z["omschrijving"]) for z in r.json()["results"]]

    first = await page()
    assert first == [(z["url"], f"z{i}") for i, z in reversed(list(enumerate(zaken)))]
    async with recorded(settings, state) as rec:
        with rec.recording():
            assert await page() == first
        assert [c for c in rec.commands if c[1] == "zaken_zaken"] == []  # nothing read from the database
        before = await indexing.versions([UUID(zaken[1]["uuid"])])
        r = await api.patch(zaken[1]["url"], headers=h, json={"omschrijving": "nieuw"})
        assert r.status_code == 200, r.text
        assert (await indexing.versions([UUID(zaken[1]["uuid"])]))[0] == before[0] + 2
        with rec.recording():
            assert await page() == [(zaken[2]["url"], "z2"), (zaken[1]["url"], "nieuw"), (zaken[0]["url"], "z0")]
        # only the written zaak was read again
        reads = [q for name, coll, q in rec.commands if coll == "zaken_zaken" and name == "find"]
        assert len(reads) == 1 and len(reads[0]["_id"]["$in"]) == 1
    # expand and fields get dicts from the same entries
    r = await api.get(f"{ROOT}/zaken", headers=h, params={"expand": "zaaktype"})
    assert [z["_expand"]["zaaktype"]["url"] for z in r.json()["results"]] == [zaaktype["url"]] * 3
