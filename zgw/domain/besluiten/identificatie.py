"""Generated besluit identificaties, `BESLUIT-<year>-<10 digits>`, unique per verantwoordelijkeOrganisatie (brc-002).

A counter document per organisation and year hands out numbers; the guarantee is the `BesluitIdentificatie`
key document ("<organisatie>:<identificatie>" as `_id`), inserted before the besluit: a duplicate `_id`
fails on any store, so two concurrent writers never both take one (a lost counter update only costs a retry).
"""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import UUID

from pymongo import ReturnDocument
from pymongo.errors import DuplicateKeyError

from zgw.domain.besluiten.documents import BesluitIdentificatie, IdentificatieCounter
from zgw.domain.errors import ValidationFailed

PREFIX = "BESLUIT"
ATTEMPTS = 50
NOT_UNIQUE = "Deze identificatie bestaat al binnen de organisatie."


def format_identificatie(year: int, number: int) -> str:
    return f"{PREFIX}-{year}-{number:010d}"


async def _next(organisatie: str, year: int) -> int:
    counters = IdentificatieCounter.get_pymongo_collection()
    for _ in range(ATTEMPTS):
        try:
            found = await counters.find_one_and_update(
                {"_id": f"{organisatie}:{year}"}, {"$inc": {"n": 1}}, upsert=True, return_document=ReturnDocument.AFTER)
        except DuplicateKeyError:
            continue  # two first upserts raced to insert the counter: the loser increments the winner's
        return int(found["n"]) if found else 0
    raise ValidationFailed.field("identificatie", "identificatie-niet-uniek",
                                 "Er kon geen unieke identificatie gegenereerd worden; probeer het opnieuw.")


async def claim(organisatie: str, identificatie: str, besluit: UUID) -> str:
    """Take `identificatie` (a generated one when empty) for `besluit`; `identificatie-niet-uniek` when taken."""
    if identificatie:
        try:
            key = BesluitIdentificatie.key(organisatie, identificatie)
            await BesluitIdentificatie(id=key, besluit=besluit).insert()
        except DuplicateKeyError:
            existing = await BesluitIdentificatie.get(BesluitIdentificatie.key(organisatie, identificatie))
            if existing is None or existing.besluit != besluit:  # else: a retry of the same write
                raise ValidationFailed.field("identificatie", "identificatie-niet-uniek", NOT_UNIQUE) from None
        return identificatie
    year = datetime.now(UTC).year
    for _ in range(ATTEMPTS):
        ident = format_identificatie(year, await _next(organisatie, year))
        try:
            await BesluitIdentificatie(id=BesluitIdentificatie.key(organisatie, ident), besluit=besluit).insert()
            return ident
        except DuplicateKeyError:
            continue
    raise ValidationFailed.field("identificatie", "identificatie-niet-uniek",
                                 "Er kon geen unieke identificatie gegenereerd worden; probeer het opnieuw.")


async def release(organisatie: str, identificatie: str, besluit: UUID) -> None:
    """Forget the key of a deleted (or never written) besluit."""
    await BesluitIdentificatie.get_pymongo_collection().delete_one(
        {"_id": BesluitIdentificatie.key(organisatie, identificatie), "besluit": besluit})
