"""Documents linked to zaken for the link tests: a catalogue whose zaaktype knows an informatieobjecttype,
a zaak of it, and enkelvoudiginformatieobjecten of that type."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx

from tests.rest.catalogi.factories import (
    make_catalogus,
    make_iot,
    make_resultaattype,
    make_statustype,
    make_zaaktype,
    make_ziot,
)
from tests.rest.zaken.factories import make_zaak
from zgw.domain.documenten.documents import EIOVersie, EnkelvoudigInformatieObject

BASE = "http://testserver"
ZAKEN = f"{BASE}/zaken/api/v1"
DOCUMENTEN = f"{BASE}/documenten/api/v1"


@dataclass
class Linked:
    zaaktype: dict[str, Any]
    iot: dict[str, Any]          # in the zaaktype's zaaktype-informatieobjecttypen
    other_iot: dict[str, Any]    # published, not in the zaaktype
    begin: dict[str, Any]
    eind: dict[str, Any]
    resultaattype: dict[str, Any]
    zaak: dict[str, Any]


async def linked_setup(api: httpx.AsyncClient, h: dict[str, str], **zaaktype: Any) -> Linked:
    catalogus = (await make_catalogus(api, h))["url"]
    iot = await make_iot(api, h, catalogus, omschrijving="Brief")
    other = await make_iot(api, h, catalogus, omschrijving="Foto")
    for item in (iot, other):
        r = await api.post(f"{item['url']}/publish", headers=h)
        assert r.status_code == 200, r.text
    zt = (await make_zaaktype(api, h, catalogus, **zaaktype))["url"]
    await make_ziot(api, h, zt, iot["url"])
    begin = await make_statustype(api, h, zt, omschrijving="Ontvangen", volgnummer=1)
    eind = await make_statustype(api, h, zt, omschrijving="Afgerond", volgnummer=2)
    rt = await make_resultaattype(api, h, zt)
    r = await api.post(f"{zt}/publish", headers=h)
    assert r.status_code == 200, r.text
    zaak = await make_zaak(api, h, zt)
    return Linked(r.json(), iot, other, begin, eind, rt, zaak)


async def make_eio(iot_url: str, **over: Any) -> str:
    """An enkelvoudiginformatieobject (head and version 1) stored directly; returns its URL."""
    moment = datetime.now(UTC).replace(microsecond=0)
    fields: dict[str, Any] = {
        "bronorganisatie": "517439943", "creatiedatum": "2024-03-01", "titel": "brief", "auteur": "jan",
        "taal": "nld", "vertrouwelijkheidaanduiding": "openbaar", "status": "definitief",
        "informatieobjecttype": iot_url.removeprefix(BASE), "begin_registratie": moment, **over}
    eio = EnkelvoudigInformatieObject(registraties=[moment], **fields)
    await EIOVersie(id=EIOVersie.key(eio.id, 1), eio=eio.id, **fields).insert()
    await eio.insert()
    return f"{BASE}{eio.ref}"


async def eio_doc(url: str) -> EnkelvoudigInformatieObject:
    found = await EnkelvoudigInformatieObject.get(url.rsplit("/", 1)[-1])
    assert found is not None
    return found
