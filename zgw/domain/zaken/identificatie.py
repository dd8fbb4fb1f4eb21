"""Generated zaak identificaties: `ZAAK-<year>-<10 digits>`, unique per bronorganisatie.

A Redis counter per bronorganisatie and year hands out numbers across all API processes; the
unique index on (bronorganisatie, identificatie) is the real guarantee. When Redis lost its
counter (a restart without persistence), the first collision re-seeds it from the highest
identificatie in the database, and the caller retries.
"""

from __future__ import annotations

import re
from typing import Any

from zgw.domain.zaken.documents import Zaak, ZaakNummer

_redis: Any = None
PREFIX = "ZAAK"


def configure(redis: Any) -> None:
    global _redis
    _redis = redis


def _key(bronorganisatie: str, year: int) -> str:
    return f"zgw:zaken:identificatie:{bronorganisatie}:{year}"


def format_identificatie(year: int, number: int) -> str:
    return f"{PREFIX}-{year}-{number:010d}"


async def next_identificatie(bronorganisatie: str, year: int) -> str:
    if _redis is None:
        raise RuntimeError("zaken identificatie not configured")
    number = int(await _redis.incr(_key(bronorganisatie, year)))
    return format_identificatie(year, number)


async def reseed(bronorganisatie: str, year: int) -> None:
    """Move the counter past the highest generated identificatie stored for this year."""
    prefix = f"{PREFIX}-{year}-"
    query = {"bronorganisatie": bronorganisatie, "identificatie": {"$regex": "^" + re.escape(prefix) + r"\d{10}$"}}
    order: Any = [("identificatie", -1)]
    highest = await Zaak.find(query).sort(order).limit(1).to_list()
    reserved = await ZaakNummer.find(query).sort(order).limit(1).to_list()  # reservations count too
    numbers = [int(found[0].identificatie.rsplit("-", 1)[-1]) for found in (highest, reserved) if found]
    if numbers:
        number = max(numbers)
        key = _key(bronorganisatie, year)
        current = int(await _redis.get(key) or 0)
        if number > current:
            await _redis.incrby(key, number - current)
