"""The `rol__…` filters of GET /zaken and _zoek: all conditions must hold for one and the same rol."""

from __future__ import annotations

from typing import Any

import httpx

from tests.rest.zaken.factories import CRS, make_zaak
from tests.rest.zaken.sub.helpers import ROOT, setup


async def _rol(api: httpx.AsyncClient, h: dict[str, str], zaak: str, roltype: str, kind: str,
               ident: dict[str, Any], **over: Any) -> None:
    r = await api.post(f"{ROOT}/rollen", headers=h, json={"zaak": zaak, "betrokkeneType": kind, "roltype": roltype,
                                                         "roltoelichting": "t", "betrokkeneIdentificatie": ident,
                                                         **over})
    assert r.status_code == 201, r.text


async def test_rol_filters_match_one_rol(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    a = s.zaak
    b = await make_zaak(api, superuser, s.zaaktype["url"])
    # a: initiator bsn 111 and behandelaar medewerker m1; b: initiator medewerker m1 and behandelaar bsn 111
    await _rol(api, superuser, a["url"], s.initiator["url"], "natuurlijk_persoon", {"inpBsn": "111222333"})
    await _rol(api, superuser, a["url"], s.behandelaar["url"], "medewerker", {"identificatie": "m1"})
    await _rol(api, superuser, b["url"], s.initiator["url"], "medewerker", {"identificatie": "m1"},
               indicatieMachtiging="gemachtigde")
    await _rol(api, superuser, b["url"], s.behandelaar["url"], "natuurlijk_persoon", {"inpBsn": "111222333"})

    async def found(**params: str) -> list[str]:
        r = await api.get(f"{ROOT}/zaken", params=params, headers={**superuser, **CRS})
        assert r.status_code == 200, r.text
        listed = [z["url"] for z in r.json()["results"]]
        z = await api.post(f"{ROOT}/zaken/_zoek", json=params, headers={**superuser, **CRS})
        assert z.status_code == 200, z.text
        assert [x["url"] for x in z.json()["results"]] == listed  # _zoek takes the same keys
        return sorted(listed)

    bsn = "rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn"
    mw = "rol__betrokkeneIdentificatie__medewerker__identificatie"
    assert await found(**{bsn: "111222333"}) == sorted([a["url"], b["url"]])
    assert await found(**{bsn: "111222333", "rol__omschrijvingGeneriek": "initiator"}) == [a["url"]]
    assert await found(**{bsn: "111222333", "rol__omschrijvingGeneriek": "behandelaar"}) == [b["url"]]
    assert await found(**{mw: "m1", "rol__omschrijvingGeneriek": "initiator"}) == [b["url"]]
    # both zaken have a rol with bsn 111 and a rol of type medewerker, but never in one rol
    assert await found(**{bsn: "111222333", "rol__betrokkeneType": "medewerker"}) == []
    assert await found(**{bsn: "999888777"}) == []
    assert await found(rol__machtiging="gemachtigde") == [b["url"]]
    assert await found(**{"rol__machtiging": "gemachtigde", mw: "m1"}) == [b["url"]]
    assert await found(**{"rol__machtiging": "gemachtigde", bsn: "111222333"}) == []
