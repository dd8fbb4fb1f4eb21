"""The read API that other components use."""

from __future__ import annotations

from datetime import date

import httpx

from tests.rest.catalogi.factories import (
    make_besluittype,
    make_catalogus,
    make_iot,
    make_roltype,
    make_statustype,
    make_zaaktype,
    make_ziot,
)
from zgw.domain.catalogi import read
from zgw.domain.catalogi.documents import ZaakType

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


async def test_relations_by_name_come_back_resolved(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    cat = await make_catalogus(api, superuser)
    old = await make_besluittype(api, superuser, cat["url"], eindeGeldigheid="2024-06-30")
    new = await make_besluittype(api, superuser, cat["url"], beginGeldigheid="2024-07-01")
    other = await make_besluittype(api, superuser, cat["url"], omschrijving="Ander")
    for bt in (old, new, other):
        assert (await api.post(f"{bt['url']}/publish", headers=superuser)).status_code == 200
    deel = await make_zaaktype(api, superuser, cat["url"], identificatie="DEEL")
    zt = await make_zaaktype(api, superuser, cat["url"], besluittypen=["Besluit"],
                             deelzaaktypen=[deel["url"]])
    iot = await make_iot(api, superuser, cat["url"], omschrijving="Aanvraag")
    await make_ziot(api, superuser, zt["url"], "Aanvraag")
    ref = zt["url"].removeprefix(PREFIX)
    resolved = await read.get_zaaktype(ref)
    assert resolved is not None
    assert resolved.besluittypen == [new["url"].removeprefix(PREFIX)]
    assert resolved.deelzaaktypen == [deel["url"].removeprefix(PREFIX)]  # a URL relation as given
    earlier = await read.get_zaaktype(ref, date(2024, 3, 1))
    assert earlier is not None and earlier.besluittypen == [old["url"].removeprefix(PREFIX)]
    assert (await read.zaaktypen([ref], date(2023, 1, 1)))[ref].besluittypen == []
    by_uuid = await read.zaaktype_by_uuid(resolved.id)
    assert by_uuid is not None and by_uuid.besluittypen == resolved.besluittypen
    bundle = await read.zaaktype_bundle(ref)
    assert bundle is not None
    assert [z.informatieobjecttype for z in bundle.informatieobjecttypen] == [iot["url"].removeprefix(PREFIX)]
    # checks against the stored relation: a name holds every version of it, never another name
    stored = await ZaakType.get(resolved.id)
    assert stored is not None
    for bt, allowed in ((old, True), (new, True), (other, False)):
        target = await read.get_besluittype(bt["url"].removeprefix(PREFIX))
        assert target is not None and read.allows(stored, "besluittypen", target) is allowed
