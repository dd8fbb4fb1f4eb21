"""Zaak service rules below the API: planned-date arithmetic and the idempotent delete."""

from __future__ import annotations

from datetime import date

import httpx
import pytest

from tests.rest.zaken.factories import make_zaak, published_zaaktype
from zgw.domain.zaken import listings, service
from zgw.domain.zaken.documents import Zaak
from zgw.domain.zaken.durations import add_duration


@pytest.mark.parametrize(("start", "period", "expected"), [
    (date(2024, 1, 31), "P1M", date(2024, 2, 29)),   # leap year: the month's last day
    (date(2023, 1, 31), "P1M", date(2023, 2, 28)),
    (date(2024, 3, 31), "P1M", date(2024, 4, 30)),
    (date(2024, 2, 29), "P1Y", date(2025, 2, 28)),
    (date(2024, 1, 31), "P1M1D", date(2024, 3, 1)),  # months first, then days
    (date(2024, 12, 15), "P1M", date(2025, 1, 15)),
    (date(2024, 3, 1), "P2W", date(2024, 3, 15)),
    (date(2024, 3, 1), "PT48H", date(2024, 3, 3)),
])
def test_add_duration_follows_the_calendar(start: date, period: str, expected: date) -> None:
    assert add_duration(start, period) == expected


@pytest.mark.parametrize("period", ["", "P", "1M", "PT", "P1.5M", "P9999Y"])
def test_add_duration_refuses_what_is_no_period(period: str) -> None:
    with pytest.raises(ValueError):
        add_duration(date(2024, 1, 1), period)


async def test_remove_twice_is_harmless(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    """A retry of a delete that got as far as the zaak document changes nothing more."""
    assert await listings.get().ready()
    zaaktype = await published_zaaktype(api, superuser)
    zaak = await make_zaak(api, superuser, zaaktype["url"])
    keep = await make_zaak(api, superuser, zaaktype["url"], gerelateerdeZaken=[{"url": zaak["url"]}])
    doc = await Zaak.get(zaak["uuid"])
    assert doc is not None
    await service.remove(doc)
    await service.remove(doc)
    assert [z.identificatie for z in await Zaak.find_all().to_list()] == [keep["identificatie"]]
    kept = await Zaak.get(keep["uuid"])
    assert kept is not None and kept.gerelateerde_zaken == []
    assert await listings.get().count(None, None) == 1
