"""The zaak side of a besluit (brc-006): the zaak's besluiten and its zaakbesluiten.

`ZaakBesluiten` (`_id` = the zaak's uuid) names the besluiten of a zaak before each besluit is written (under
the zaak's lock), so everything the Zaken API asks about a zaak's besluiten is a key lookup: the zaak's
`/besluiten` list, the delete check ("related-besluiten"), the archive dates (ingangsdatum_besluit /
vervaldatum_besluit) and `GET /besluiten?zaak=`. A name whose besluit does not exist (a writer died before
writing it) is ignored by every reader and dropped when its intent is settled.

A besluit in an external Besluiten API that names a zaak here asks for its zaakbesluit itself (POST
`/zaken/{uuid}/besluiten`, `accept_remote`): its id is derived from the zaak and the besluit's URL and named
in `ZaakBesluiten.remote`, so the zaak's list stays key lookups; the besluit is read from that API (with the
service's credentials) before the zaakbesluit is made or dropped.
"""

from __future__ import annotations

from contextlib import suppress
from datetime import date
from typing import Any
from uuid import UUID

from pymongo.errors import DuplicateKeyError

from zgw.domain.besluiten.documents import (
    Besluit,
    ZaakBesluit,
    ZaakBesluiten,
    remote_zaakbesluit_id,
    zaakbesluit_id,
)
from zgw.domain.errors import UrlRefused, ValidationFailed
from zgw.domain.repository import get_many

ZAAK_PATH = "/zaken/api/v1/zaken"


def zaak_uuid(ref: str) -> UUID | None:
    if not ref.startswith(ZAAK_PATH + "/"):
        return None
    try:
        return UUID(ref.rstrip("/").rsplit("/", 1)[-1])
    except ValueError:
        return None


async def name(zaak_ref: str, besluit: UUID) -> None:
    """Name a besluit among the zaak's (before it is written). Caller holds the zaak's lock."""
    zaak = zaak_uuid(zaak_ref)
    if zaak is not None:
        await ZaakBesluiten.get_pymongo_collection().update_one(
            {"_id": zaak}, {"$addToSet": {"besluiten": besluit}}, upsert=True)


async def unname(zaak_ref: str, besluit: UUID) -> None:
    zaak = zaak_uuid(zaak_ref)
    if zaak is not None:
        await ZaakBesluiten.get_pymongo_collection().update_one({"_id": zaak}, {"$pull": {"besluiten": besluit}})


async def ensure(besluit: Besluit) -> None:
    """Write the besluit's zaakbesluit if it is not there yet (idempotent, by `_id`)."""
    key = zaakbesluit_id(besluit.id)
    if await ZaakBesluit.get_pymongo_collection().find_one({"_id": key}, {"_id": 1}) is None:
        with suppress(DuplicateKeyError):
            await ZaakBesluit(id=key, zaak=besluit.zaak, besluit=besluit.ref).insert()


async def discard(besluit: UUID) -> None:
    await ZaakBesluit.get_pymongo_collection().delete_one({"_id": zaakbesluit_id(besluit)})


async def besluit_ids(zaak_ref: str) -> list[UUID]:
    zaak = zaak_uuid(zaak_ref)
    found = await ZaakBesluiten.get(zaak) if zaak else None
    return list(found.besluiten) if found else []


async def besluiten_of(zaak_ref: str) -> list[Besluit]:
    """The besluiten of a zaak (key lookups), oldest first."""
    found = [b for b in await get_many(Besluit, await besluit_ids(zaak_ref)) if b.zaak == zaak_ref]
    return sorted(found, key=lambda b: (b.seq, str(b.id)))


async def of_zaak(zaak_ref: str) -> list[ZaakBesluit]:
    """The zaak's zaakbesluiten, read by the ids derived from its besluiten (and those of remote besluiten)."""
    zaak = zaak_uuid(zaak_ref)
    found = await ZaakBesluiten.get(zaak) if zaak else None
    if found is None:
        return []
    ids = [zaakbesluit_id(b) for b in found.besluiten] + list(found.remote)
    return [z for z in await get_many(ZaakBesluit, ids) if z.zaak == zaak_ref]


async def refer_to(zaak_ref: str) -> bool:
    """Whether besluiten refer to the zaak, here or in an external Besluiten API (a zaak with besluiten is not
    deleted)."""
    if await besluiten_of(zaak_ref):
        return True
    zaak = zaak_uuid(zaak_ref)
    found = await ZaakBesluiten.get(zaak) if zaak else None
    return bool(found and await get_many(ZaakBesluit, list(found.remote)))


# --- a besluit in an external Besluiten API (a registered brc) names a zaak here -------------------------


async def accept_remote(zaak_ref: str, zaak_url: str, besluit_url: str) -> ZaakBesluit:
    """The zaakbesluit a remote Besluiten API asks for (its brc-006 mirror): only when that API answers the
    besluit and it names this zaak (`inconsistent-relation`); idempotent per zaak and besluit. Caller holds
    the zaak's lock."""
    from zgw.domain.services import besluit_links

    try:
        besluit = await besluit_links.fetch_besluit(besluit_url)
    except UrlRefused as refused:
        raise ValidationFailed([refused.param("besluit")]) from None
    if besluit is None:
        raise ValidationFailed.field("besluit", "does_not_exist", "Ongeldige hyperlink - Object bestaat niet.")
    if besluit.get("zaak") != zaak_url:
        raise ValidationFailed.non_field("inconsistent-relation",
                                         "Het besluit is in de Besluiten API niet aan deze zaak gerelateerd.")
    key = remote_zaakbesluit_id(zaak_ref, besluit_url)
    await ZaakBesluiten.get_pymongo_collection().update_one(  # named before written
        {"_id": zaak_uuid(zaak_ref)}, {"$addToSet": {"remote": key}}, upsert=True)
    found = await ZaakBesluit.get(key)
    if found is None:
        found = ZaakBesluit(id=key, zaak=zaak_ref, besluit=besluit_url)
        with suppress(DuplicateKeyError):
            await found.insert()
    return found


async def drop_remote(found: ZaakBesluit, zaak_url: str) -> None:
    """Delete the zaakbesluit of a remote besluit once that API no longer has the besluit naming this zaak
    (`remote-relation-exists`; read fresh). Caller holds the zaak's lock."""
    from zgw.domain.services import besluit_links

    try:
        besluit = await besluit_links.fetch_besluit(found.besluit)
    except UrlRefused as refused:
        raise ValidationFailed([refused.param("besluit")]) from None
    if besluit is not None and besluit.get("zaak") == zaak_url:
        raise ValidationFailed.non_field("remote-relation-exists",
                                         "Het besluit verwijst nog naar deze zaak; verwijder of wijzig eerst het "
                                         "besluit.")
    await ZaakBesluit.get_pymongo_collection().delete_one({"_id": found.id})
    zaak = zaak_uuid(found.zaak)
    if zaak is not None:
        await ZaakBesluiten.get_pymongo_collection().update_one({"_id": zaak}, {"$pull": {"remote": found.id}})


def _day(value: Any) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


async def dates(zaak_ref: str) -> list[tuple[date | None, date | None]]:
    """(ingangsdatum, vervaldatum) of every besluit of the zaak (the archive's brondatum), also of the besluiten
    in external Besluiten APIs that name it (read fresh, at once; one that cannot be read refuses: bad-url)."""
    local = [(_day(b.ingangsdatum), _day(b.vervaldatum)) for b in await besluiten_of(zaak_ref)]
    return local + await _remote_dates(zaak_ref)


async def _remote_dates(zaak_ref: str) -> list[tuple[date | None, date | None]]:
    from zgw.domain.services import besluit_links, remote

    zaak = zaak_uuid(zaak_ref)
    found = await ZaakBesluiten.get(zaak) if zaak else None
    if found is None or not found.remote:
        return []
    urls = [z.besluit for z in await get_many(ZaakBesluit, list(found.remote)) if z.zaak == zaak_ref]
    out = []
    for data in (await remote.fetch_many(urls, "brc", besluit_links.BESLUIT, "Besluit", fresh=True)).values():
        if isinstance(data, UrlRefused):
            raise ValidationFailed.non_field(data.code, data.reason)
        out.append((_day(data.get("ingangsdatum")), _day(data.get("vervaldatum"))))
    return out
