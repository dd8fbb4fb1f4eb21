"""Generated document identificaties, `DOCUMENT-<year>-<10 digits>`, unique per bronorganisatie.

A Redis counter per bronorganisatie and year hands out numbers across all processes; the real guarantee is
the `Identificatie` key document ("<bronorganisatie>:<identificatie>" as `_id`), inserted before the
informatieobject: a duplicate `_id` fails on any store, so two writers can never both take one. A reserved
number (documentnummer_reserveren) is a key without an informatieobject, taken once by its bronorganisatie.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from pymongo.errors import DuplicateKeyError

from zgw.domain.documenten.documents import Identificatie
from zgw.domain.errors import ValidationFailed

PREFIX = "DOCUMENT"
ATTEMPTS = 20
MAX_RESERVE = 1000  # identificaties per documentnummer_reserveren request
_redis: Any = None


def configure(redis: Any) -> None:
    global _redis
    _redis = redis


def _counter(bronorganisatie: str, year: int) -> str:
    return f"zgw:documenten:identificatie:{bronorganisatie}:{year}"


def format_identificatie(year: int, number: int) -> str:
    return f"{PREFIX}-{year}-{number:010d}"


async def _next(bronorganisatie: str, year: int) -> str:
    if _redis is None:
        raise RuntimeError("documenten identificatie not configured")
    return format_identificatie(year, int(await _redis.incr(_counter(bronorganisatie, year))))


async def _insert_new(bronorganisatie: str, eio: UUID | None) -> str:
    """A fresh generated identificatie, its key written (a collision — counter lost — takes the next)."""
    year = datetime.now(UTC).year
    for _ in range(ATTEMPTS):
        ident = await _next(bronorganisatie, year)
        try:
            await Identificatie(id=Identificatie.key(bronorganisatie, ident), eio=eio,
                                reserved=eio is None).insert()
            return ident
        except DuplicateKeyError:
            continue
    raise ValidationFailed.field("identificatie", "identificatie-niet-uniek",
                                 "Er kon geen unieke identificatie gegenereerd worden; probeer het opnieuw.")


async def reserve(bronorganisatie: str, aantal: int = 1) -> list[str]:
    if aantal > MAX_RESERVE:  # one request must not tie up a process (the contract sets no maximum)
        raise ValidationFailed.field("aantal", "max_value",
                                     f"Zorg ervoor dat deze waarde kleiner of gelijk is aan {MAX_RESERVE}.")
    return [await _insert_new(bronorganisatie, None) for _ in range(aantal)]


async def claim(bronorganisatie: str, identificatie: str, eio: UUID) -> str:
    """Take `identificatie` (or a generated one when empty) for the informatieobject `eio`."""
    if not identificatie:
        return await _insert_new(bronorganisatie, eio)
    key = Identificatie.key(bronorganisatie, identificatie)
    try:
        await Identificatie(id=key, eio=eio).insert()
        return identificatie
    except DuplicateKeyError:
        pass
    # a reservation of this bronorganisatie is used once: take it atomically
    taken = await Identificatie.get_pymongo_collection().find_one_and_update(
        {"_id": key, "eio": None}, {"$set": {"eio": eio}})
    if taken is None:
        existing = await Identificatie.get(key)
        if existing is not None and existing.eio == eio:  # a retry of the same write
            return identificatie
        raise ValidationFailed.field("identificatie", "identificatie-niet-uniek",
                                     "Deze identificatie bestaat al voor deze bronorganisatie.")
    return identificatie


async def release(bronorganisatie: str, identificatie: str, eio: UUID) -> None:
    """Forget the key of a deleted (or never written) informatieobject."""
    await Identificatie.get_pymongo_collection().delete_one(
        {"_id": Identificatie.key(bronorganisatie, identificatie), "eio": eio})
