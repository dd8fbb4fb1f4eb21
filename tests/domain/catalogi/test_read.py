"""The read API that other components use."""

from __future__ import annotations

import httpx

from tests.rest.catalogi.factories import (
    make_catalogus,
    make_iot,
    make_roltype,
    make_statustype,
    make_zaaktype,
    make_ziot,
)
from zgw.domain.catalogi import read

PREFIX = "http://testserver"


async def test_bundle(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    cat = await make_catalogus(api, superuser)
    zt = await make_zaaktype(api, superuser, cat["url"])
    await make_statustype(api, superuser, zt["url"], volgnummer=2, omschrijving="Klaar")
    await make_statustype(api, superuser, zt["url"], volgnummer=1)
    await make_roltype(api, superuser, zt["url"])
    iot = await make_iot(api, superuser, cat["url"])
    await make_ziot(api, superuser, zt["url"], iot["url"])
    ref = zt["url"].removeprefix(PREFIX)
    bundle = await read.zaaktype_bundle(ref)
    assert bundle is not None
    assert [s.volgnummer for s in bundle.statustypen] == [1, 2]
    assert bundle.eindstatus is not None and bundle.eindstatus.omschrijving == "Klaar"
    assert await read.is_eindstatus(bundle.eindstatus)
    assert len(bundle.roltypen) == 1 and len(bundle.informatieobjecttypen) == 1
    assert (await read.get_zaaktype(ref)) is not None
    assert (await read.zaaktype_by_uuid(bundle.zaaktype.id)) is not None
    assert await read.get_zaaktype("/catalogi/api/v1/zaaktypen/00000000-0000-4000-8000-000000000000") is None
    assert (await read.get_informatieobjecttype(iot["url"].removeprefix(PREFIX))) is not None
