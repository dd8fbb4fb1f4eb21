"""A zaak with its catalogue for the sub-resource tests."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

from tests.rest.catalogi.factories import (
    make_catalogus,
    make_resultaattype,
    make_roltype,
    make_statustype,
    make_zaaktype,
)
from tests.rest.zaken.factories import ROOT, make_zaak
from zgw.domain.zaken.documents import Zaak

__all__ = ["ROOT", "Setup", "codes", "grant", "setup", "zaak_doc"]


@dataclass
class Setup:
    zaaktype: dict[str, Any]
    begin: dict[str, Any]       # statustype volgnummer 1
    eind: dict[str, Any]        # statustype volgnummer 2 (the eindstatus)
    resultaattype: dict[str, Any]
    initiator: dict[str, Any]   # roltype omschrijvingGeneriek initiator
    behandelaar: dict[str, Any]
    zaak: dict[str, Any]


async def setup(api: httpx.AsyncClient, h: dict[str, str], resultaattype: dict[str, Any] | None = None,
                catalogus: str | None = None, **zaaktype: Any) -> Setup:
    catalogus = catalogus or (await make_catalogus(api, h))["url"]
    zt = (await make_zaaktype(api, h, catalogus, **zaaktype))["url"]
    begin = await make_statustype(api, h, zt, omschrijving="Ontvangen", volgnummer=1)
    eind = await make_statustype(api, h, zt, omschrijving="Afgerond", volgnummer=2)
    rt = await make_resultaattype(api, h, zt, **(resultaattype or {}))
    initiator = await make_roltype(api, h, zt, omschrijving="Aanvrager", omschrijvingGeneriek="initiator")
    behandelaar = await make_roltype(api, h, zt, omschrijving="Behandelaar", omschrijvingGeneriek="behandelaar")
    r = await api.post(f"{zt}/publish", headers=h)
    assert r.status_code == 200, r.text
    zaak = await make_zaak(api, h, zt)
    return Setup(r.json(), begin, eind, rt, initiator, behandelaar, zaak)


async def zaak_doc(url: str) -> Zaak:
    found = await Zaak.get(url.rsplit("/", 1)[-1])
    assert found is not None
    return found



def codes(r: httpx.Response) -> list[tuple[str, str]]:
    return [(p["name"], p["code"]) for p in r.json()["invalidParams"]]


def grant(zaaktype: str, *scopes: str) -> dict[str, Any]:
    return {"component": "zrc", "scopes": list(scopes), "zaaktype": zaaktype.removeprefix("http://testserver"),
            "max_vertrouwelijkheidaanduiding": "zeer_geheim"}
