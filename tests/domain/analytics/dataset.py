"""A small set of zaken built through the REST API, with known counts and lead times (see EXPECTED)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import make_client
from tests.rest.catalogi.factories import (
    make_catalogus,
    make_resultaattype,
    make_roltype,
    make_statustype,
    make_zaaktype,
)
from tests.rest.zaken.factories import ROOT, make_zaak
from zgw.domain import analytics

FAR = "2099-01-01"
BSN = "111222333"


@dataclass
class Dataset:
    zaaktypen: dict[str, str] = field(default_factory=dict)  # "A" -> url
    statustypen: dict[str, dict[str, str]] = field(default_factory=dict)  # "A" -> {"begin": url, "eind": url}
    resultaattypen: dict[str, str] = field(default_factory=dict)
    roltypen: dict[str, str] = field(default_factory=dict)
    zaken: dict[str, dict[str, Any]] = field(default_factory=dict)  # "a1" -> the zaak as the API answered


def ref(url: str) -> str:
    return url.removeprefix("http://testserver")


async def close(api: httpx.AsyncClient, h: dict[str, str], data: Dataset, name: str, kind: str, when: str) -> None:
    zaak = data.zaken[name]["url"]
    r = await api.post(f"{ROOT}/resultaten", headers=h, json={"zaak": zaak, "resultaattype": data.resultaattypen[kind]})
    assert r.status_code == 201, r.text
    r = await api.post(f"{ROOT}/statussen", headers=h, json={
        "zaak": zaak, "statustype": data.statustypen[kind]["eind"], "datumStatusGezet": f"{when}T10:00:00Z"})
    assert r.status_code == 201, r.text


async def build(api: httpx.AsyncClient, h: dict[str, str]) -> Dataset:
    """Zaaktypen A, B, C. A: a1 (closed after 10 days, after its uiterlijke einddatum), a2 (closed after 30
    days, in time), a3 (open, overdue, geheim), a4 (open, with a begin status); B: b1 (closed after 20 days),
    b2 (open, zaakvertrouwelijk); C: c1 (open). a1 and b2 have an initiator with BSN 111222333."""
    from zgw.domain.zaken import listings

    assert await listings.get().ready()  # empty: the zaken index is complete from here on (key lookups)
    data = Dataset()
    catalogus = (await make_catalogus(api, h))["url"]
    for kind in "ABC":
        zt = (await make_zaaktype(api, h, catalogus, identificatie=f"ZT-{kind}",
                                  omschrijving=f"Zaaktype {kind}"))["url"]
        begin = await make_statustype(api, h, zt, omschrijving="Ontvangen", volgnummer=1)
        eind = await make_statustype(api, h, zt, omschrijving="Afgerond", volgnummer=2)
        rt = await make_resultaattype(api, h, zt, omschrijving="Toegekend")
        data.roltypen[kind] = (await make_roltype(api, h, zt, omschrijving="Aanvrager",
                                                  omschrijvingGeneriek="initiator"))["url"]
        r = await api.post(f"{zt}/publish", headers=h)
        assert r.status_code == 200, r.text
        data.zaaktypen[kind] = zt
        data.statustypen[kind] = {"begin": begin["url"], "eind": eind["url"]}
        data.resultaattypen[kind] = rt["url"]
    spec = {
        "a1": ("A", "2024-01-10", "2024-01-15", "openbaar"),
        "a2": ("A", "2024-01-20", FAR, "openbaar"),
        "a3": ("A", "2024-02-05", "2024-02-10", "geheim"),
        "a4": ("A", "2024-02-06", FAR, "openbaar"),
        "b1": ("B", "2024-01-05", FAR, "openbaar"),
        "b2": ("B", "2024-03-01", FAR, "zaakvertrouwelijk"),
        "c1": ("C", "2024-01-01", FAR, "openbaar"),
    }
    for name, (kind, start, uiterlijk, va) in spec.items():
        data.zaken[name] = await make_zaak(api, h, data.zaaktypen[kind], startdatum=start,
                                           uiterlijkeEinddatumAfdoening=uiterlijk, vertrouwelijkheidaanduiding=va,
                                           bronorganisatie="517439943" if kind != "C" else "000000000")
    await close(api, h, data, "a1", "A", "2024-01-20")
    await close(api, h, data, "a2", "A", "2024-02-19")
    await close(api, h, data, "b1", "B", "2024-01-25")
    r = await api.post(f"{ROOT}/statussen", headers=h, json={
        "zaak": data.zaken["a4"]["url"], "statustype": data.statustypen["A"]["begin"],
        "datumStatusGezet": "2024-02-07T10:00:00Z"})
    assert r.status_code == 201, r.text
    for name, kind in (("a1", "A"), ("b2", "B")):
        r = await api.post(f"{ROOT}/rollen", headers=h, json={
            "zaak": data.zaken[name]["url"], "betrokkeneType": "natuurlijk_persoon", "roltype": data.roltypen[kind],
            "roltoelichting": "aanvrager", "betrokkeneIdentificatie": {"inpBsn": BSN}})
        assert r.status_code == 201, r.text
    return data


async def restricted(data: Dataset) -> dict[str, str]:
    """An applicatie with zaken.lezen on zaaktypen A and B up to `intern`: sees a1, a2, a4, b1."""
    return await make_client("beperkt", autorisaties=[
        {"component": "zrc", "scopes": ["zaken.lezen"], "zaaktype": ref(data.zaaktypen[k]),
         "max_vertrouwelijkheidaanduiding": "intern"} for k in "AB"])


@pytest.fixture
def copy_dir(app_state: tuple[Any, dict[str, Any]], tmp_path: Path) -> Iterator[Path]:
    """The analytics copy on the test run's Redis, its snapshot files in a folder of the test."""
    _, state = app_state
    before = analytics.config.directory
    analytics.configure(state["redis"], tmp_path / "analytics")
    try:
        yield tmp_path / "analytics"
    finally:
        analytics.configure(state["redis"], before)
