"""Vertrouwelijkheidaanduiding: the ordered confidentiality levels of the standard."""

from __future__ import annotations

from enum import StrEnum


class VA(StrEnum):
    openbaar = "openbaar"
    beperkt_openbaar = "beperkt_openbaar"
    intern = "intern"
    zaakvertrouwelijk = "zaakvertrouwelijk"
    vertrouwelijk = "vertrouwelijk"
    confidentieel = "confidentieel"
    geheim = "geheim"
    zeer_geheim = "zeer_geheim"


ORDER: dict[str, int] = {va.value: i for i, va in enumerate(VA)}

LABELS: dict[str, str] = {
    "openbaar": "Openbaar",
    "beperkt_openbaar": "Beperkt openbaar",
    "intern": "Intern",
    "zaakvertrouwelijk": "Zaakvertrouwelijk",
    "vertrouwelijk": "Vertrouwelijk",
    "confidentieel": "Confidentieel",
    "geheim": "Geheim",
    "zeer_geheim": "Zeer geheim",
}


def levels_up_to(maximum: str) -> list[str]:
    """Every level at or below `maximum` (inclusive), for an `$in` filter."""
    top = ORDER[maximum]
    return [va.value for va in VA if ORDER[va.value] <= top]


def within(value: str | None, maximum: str) -> bool:
    return value is not None and value in ORDER and ORDER[value] <= ORDER[maximum]
