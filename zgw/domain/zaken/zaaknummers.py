"""Reserved zaaknummers (`zaaknummer_reserveren`, Open Zaak's older `reserveer_zaaknummer`).

A reservation is a key document, `_id` = "<bronorganisatie>:<identificatie>", so every check is an `_id`
lookup and a duplicate `_id` is the uniqueness guarantee on any store. Rules:
- reserved numbers come from the same counter as generated ones (`identificatie`), and generation skips
  any number that is reserved, so a reserved number is never generated for another zaak (even after the
  counter was lost and re-seeded: the re-seed also looks at the reservations);
- a zaak takes a reserved number only by sending it as its `identificatie`, with the bronorganisatie
  that reserved it (under another bronorganisatie the same text is simply another identificatie);
- a reservation is used once: `claim` names the zaak in the reservation before the zaak is written,
  `mark_used` after; a used number is refused for any other zaak, also after that zaak was deleted.
  A claim whose zaak was never written (a crash, or a failed insert that `release`d it) is taken over.
"""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import UUID

from pymongo.errors import DuplicateKeyError

from zgw.domain.errors import ValidationFailed
from zgw.domain.zaken import identificatie
from zgw.domain.zaken.documents import Zaak, ZaakNummer

MAX_AANTAL = 1000  # per request: a bound on one request's work (Open Zaak sets none)
ATTEMPTS = 20
NOT_UNIQUE = "Deze identificatie bestaat al voor deze bronorganisatie."




async def is_reserved(bronorganisatie: str, ident: str) -> bool:
    return await ZaakNummer.get(ZaakNummer.key(bronorganisatie, ident)) is not None


async def next_free(bronorganisatie: str, year: int) -> str:
    """The next generated identificatie that is not reserved (reserved ones are skipped for good)."""
    for _ in range(ATTEMPTS):
        ident = await identificatie.next_identificatie(bronorganisatie, year)
        if not await is_reserved(bronorganisatie, ident):
            return ident
    raise ValidationFailed.field("identificatie", "identificatie-niet-uniek",
                                 "Er kon geen unieke identificatie gegenereerd worden; probeer het opnieuw.")


async def _taken_by_zaken(bronorganisatie: str, idents: list[str]) -> set[str]:
    """Which of these a zaak carries already (a client may have chosen one by hand); one query for all."""
    rows = Zaak.get_pymongo_collection().find(
        {"bronorganisatie": bronorganisatie, "identificatie": {"$in": idents}}, {"identificatie": 1})
    return {row["identificatie"] async for row in rows}


async def reserve(bronorganisatie: str, aantal: int = 1) -> list[str]:
    """Reserve `aantal` fresh identificaties for this bronorganisatie, in counter order."""
    if aantal > MAX_AANTAL:
        raise ValidationFailed.field("aantal", "max_value",
                                     f"Zorg ervoor dat deze waarde kleiner of gelijk is aan {MAX_AANTAL}.")
    year = datetime.now(UTC).year
    out: list[str] = []
    for _ in range(ATTEMPTS):
        fresh: list[str] = []
        while len(out) + len(fresh) < aantal:
            ident = await identificatie.next_identificatie(bronorganisatie, year)
            try:
                await ZaakNummer(id=ZaakNummer.key(bronorganisatie, ident), bronorganisatie=bronorganisatie,
                                 identificatie=ident).insert()
            except DuplicateKeyError:  # reserved before (the counter was lost): take the next
                continue
            fresh.append(ident)
        taken = await _taken_by_zaken(bronorganisatie, fresh)
        if taken:  # a zaak chose such a number by hand: not ours to hand out; move the counter past it
            await ZaakNummer.get_pymongo_collection().delete_many(
                {"_id": {"$in": [ZaakNummer.key(bronorganisatie, i) for i in taken]}})
            await identificatie.reseed(bronorganisatie, year)
        out += [i for i in fresh if i not in taken]
        if len(out) >= aantal:
            return out
    raise ValidationFailed.field("aantal", "identificatie-niet-uniek",
                                 "Er konden geen unieke identificaties gereserveerd worden; probeer het opnieuw.")


async def claim(bronorganisatie: str, ident: str, zaak_id: UUID) -> bool:
    """Before a zaak with this identificatie is written: take its reservation for the zaak.

    False when the number is not reserved (the zaak's unique index alone decides); ValidationFailed when
    it was used by another zaak."""
    key = ZaakNummer.key(bronorganisatie, ident)
    collection = ZaakNummer.get_pymongo_collection()
    for _ in range(3):
        found = await ZaakNummer.get(key)
        if found is None:
            return False
        if found.zaak == zaak_id:
            return True  # a retry of the same write
        if found.used:
            raise ValidationFailed.field("identificatie", "identificatie-niet-uniek", NOT_UNIQUE)
        if found.zaak is not None and await Zaak.get(found.zaak) is not None:  # written, never marked: a crash
            await collection.update_one({"_id": key}, {"$set": {"used": True}})
            raise ValidationFailed.field("identificatie", "identificatie-niet-uniek", NOT_UNIQUE)
        # free, or claimed by a zaak that does not exist (a crashed or concurrent writer: the zaken's unique
        # index lets only one of two concurrent writers through)
        taken = await collection.find_one_and_update({"_id": key, "zaak": found.zaak, "used": False},
                                                     {"$set": {"zaak": zaak_id}})
        if taken is not None:
            return True
    raise ValidationFailed.field("identificatie", "identificatie-niet-uniek", NOT_UNIQUE)


async def release(bronorganisatie: str, ident: str, zaak_id: UUID) -> None:
    """The zaak that claimed the number was not written: the reservation is free again."""
    await ZaakNummer.get_pymongo_collection().update_one(
        {"_id": ZaakNummer.key(bronorganisatie, ident), "zaak": zaak_id, "used": False}, {"$set": {"zaak": None}})


async def mark_used(bronorganisatie: str, ident: str, zaak_id: UUID) -> None:
    await ZaakNummer.get_pymongo_collection().update_one(
        {"_id": ZaakNummer.key(bronorganisatie, ident), "zaak": zaak_id}, {"$set": {"used": True}})

