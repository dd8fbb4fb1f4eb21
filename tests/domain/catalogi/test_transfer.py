"""Export and import of a catalogus with all its types."""

from __future__ import annotations

import httpx
import pytest

from tests.rest.catalogi.factories import (
    ROOT,
    make_besluittype,
    make_catalogus,
    make_iot,
    make_statustype,
    make_zaaktype,
    make_ziot,
)
from zgw.domain.catalogi import transfer
from zgw.domain.catalogi.documents import BesluitType, Catalogus, InformatieObjectType, StatusType, ZaakType
from zgw.domain.errors import Conflict


async def test_round_trip(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    cat = await make_catalogus(api, superuser)
    iot = await make_iot(api, superuser, cat["url"])
    bt = await make_besluittype(api, superuser, cat["url"], informatieobjecttypen=[iot["url"]])
    zt = await make_zaaktype(api, superuser, cat["url"], besluittypen=[bt["url"]])
    await make_statustype(api, superuser, zt["url"])
    await make_ziot(api, superuser, zt["url"], iot["url"])
    await api.post(f"{iot['url']}/publish", headers=superuser)
    uuid = cat["url"].rsplit("/", 1)[-1]
    from uuid import UUID

    data = await transfer.export_catalogus(UUID(uuid))
    assert len(data["zaaktypen"]) == 1 and len(data["statustypen"]) == 1
    with pytest.raises(Conflict):
        await transfer.import_catalogus(data)
    copy = await transfer.import_catalogus(data, new_uuids=True)
    assert copy.id != UUID(uuid)
    assert await Catalogus.find({}).count() == 2
    zaaktypen = await ZaakType.find({"catalogus": copy.ref}).to_list()
    assert len(zaaktypen) == 1 and zaaktypen[0].concept is True
    statustypen = await StatusType.find({"zaaktype": zaaktypen[0].ref}).to_list()
    assert len(statustypen) == 1 and statustypen[0].catalogus == copy.ref
    r = await api.get(f"{ROOT}/zaaktypen/{zaaktypen[0].id}", headers=superuser)
    body = r.json()
    assert body["catalogus"].endswith(str(copy.id))
    assert all(str(copy.id) not in b for b in body["besluittypen"]) and body["besluittypen"][0] != bt["url"]
    assert body["informatieobjecttypen"][0] != iot["url"]
    r = await api.get(body["informatieobjecttypen"][0], headers=superuser)
    assert r.json()["concept"] is True


async def test_relations_by_name_survive_a_move(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    from uuid import UUID

    cat = await make_catalogus(api, superuser)
    await make_iot(api, superuser, cat["url"], omschrijving="Aanvraag")
    await make_besluittype(api, superuser, cat["url"], informatieobjecttypen=["Aanvraag"])
    zt = await make_zaaktype(api, superuser, cat["url"], besluittypen=["Besluit"])
    await make_ziot(api, superuser, zt["url"], "Aanvraag")
    data = await transfer.export_catalogus(UUID(cat["url"].rsplit("/", 1)[-1]))
    assert data["zaaktypen"][0]["besluittypen"] == ["/catalogi/api/v1/besluittypen?omschrijving=Besluit"]
    assert data["besluittypen"][0]["informatieobjecttypen"] == [
        "/catalogi/api/v1/informatieobjecttypen?omschrijving=Aanvraag"]
    copy = await transfer.import_catalogus(data, new_uuids=True)
    # the names now resolve in the new catalogus: to its own (published) versions only
    [iot] = await InformatieObjectType.find({"catalogus": copy.ref}).to_list()
    [bt] = await BesluitType.find({"catalogus": copy.ref}).to_list()
    [zaaktype] = await ZaakType.find({"catalogus": copy.ref}).to_list()
    for url in (f"{ROOT}/informatieobjecttypen/{iot.id}", f"{ROOT}/besluittypen/{bt.id}"):
        assert (await api.post(f"{url}/publish", headers=superuser)).status_code == 200
    body = (await api.get(f"{ROOT}/zaaktypen/{zaaktype.id}", headers=superuser)).json()
    assert body["besluittypen"] == [f"{ROOT}/besluittypen/{bt.id}"]
    assert body["informatieobjecttypen"] == [f"{ROOT}/informatieobjecttypen/{iot.id}"]
