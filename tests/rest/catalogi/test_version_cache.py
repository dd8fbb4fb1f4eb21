"""Catalogue reads come from a per-process snapshot kept for the catalogue's version: every catalogue
write moves the version, so the next read sees it."""

from __future__ import annotations

import httpx

from tests.rest.catalogi.factories import make_catalogus, make_statustype, make_zaaktype
from zgw.domain.catalogi import version
from zgw.domain.catalogi.documents import StatusType


async def test_a_write_is_seen_by_the_next_read(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    catalogus = (await make_catalogus(api, superuser))["url"]
    zaaktype = await make_zaaktype(api, superuser, catalogus)
    first = await make_statustype(api, superuser, zaaktype["url"], omschrijving="Een", volgnummer=1)
    assert (await api.get(zaaktype["url"], headers=superuser)).json()["statustypen"] == [first["url"]]
    before = await version.current()
    second = await make_statustype(api, superuser, zaaktype["url"], omschrijving="Twee", volgnummer=2)
    assert await version.current() == (before or 0) + 1
    assert (await api.get(zaaktype["url"], headers=superuser)).json()["statustypen"] == [first["url"], second["url"]]
    r = await api.delete(second["url"], headers=superuser)
    assert r.status_code == 204
    assert (await api.get(zaaktype["url"], headers=superuser)).json()["statustypen"] == [first["url"]]

    # a write that bypasses the catalogue service is seen once the version moves
    await StatusType.find({"omschrijving": "Een"}).update({"$set": {"volgnummer": 7}})
    assert (await api.get(first["url"], headers=superuser)).json()["volgnummer"] == 7  # not rendered before
    await version.bump()
    assert (await api.get(zaaktype["url"], headers=superuser)).json()["statustypen"] == [first["url"]]
