"""Keep a zaak's denormalised fields current when its sub-resources change.

Callers hold the zaak's lock (`locks.zaak_lock`) around the sub-resource write and these calls.
Each call is one `update_one` on the zaak and moves `laatst_gemuteerd`.

    async with zaak_lock(zaak.id):
        await statussen.create(status)
        await touch(zaak.id, status=status.ref, status_statustype=status.statustype)
    ...
        await link(zaak.id, "rollen", rol.id)
        await unlink(zaak.id, "rollen", rol.id)
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Literal
from uuid import UUID

from zgw.domain.zaken.documents import Zaak

ListField = Literal["rollen", "eigenschappen", "zaakobjecten", "zaakinformatieobjecten", "deelzaken", "statussen",
                    "klantcontacten", "zaakcontactmomenten", "zaakverzoeken"]
# scalar fields sub-resources may set on their zaak
SETTABLE = {
    "status", "status_statustype", "resultaat", "resultaat_resultaattype", "einddatum", "archiefnominatie",
    "archiefactiedatum", "archiefstatus", "startdatum_bewaartermijn", "opschorting", "verlenging",
}


def zaak_id(zaak: Zaak | UUID | str) -> UUID:
    """The zaak's id from a document, an id or a ref ("/zaken/api/v1/zaken/<uuid>")."""
    if isinstance(zaak, Zaak):
        return zaak.id
    if isinstance(zaak, UUID):
        return zaak
    return UUID(zaak.rstrip("/").rsplit("/", 1)[-1])


def now() -> datetime:
    """The current time at the precision BSON stores (milliseconds), so a response equals the stored value."""
    stamp = datetime.now(UTC)
    return stamp.replace(microsecond=stamp.microsecond // 1000 * 1000)


async def _update(zaak: Zaak | UUID | str, update: dict[str, Any]) -> None:
    update.setdefault("$set", {})["laatst_gemuteerd"] = now()
    await Zaak.get_pymongo_collection().update_one({"_id": zaak_id(zaak)}, update)


async def touch(zaak: Zaak | UUID | str, **changes: Any) -> None:
    """Set denormalised scalar fields (see SETTABLE) and move laatst_gemuteerd."""
    unknown = set(changes) - SETTABLE
    if unknown:
        raise ValueError(f"not a denormalised zaak field: {sorted(unknown)}")
    values = {k: (v.model_dump() if hasattr(v, "model_dump") else v) for k, v in changes.items()}
    await _update(zaak, {"$set": values})


async def touch_only(zaak: Zaak | UUID | str) -> None:
    """Only move laatst_gemuteerd (a sub-resource changed without changing the zaak's own fields)."""
    await _update(zaak, {})


async def link(zaak: Zaak | UUID | str, field: ListField, item: UUID | str) -> None:
    """Add a sub-resource id (or a deelzaak ref) to the zaak's list."""
    await _update(zaak, {"$addToSet": {field: item}})


async def unlink(zaak: Zaak | UUID | str, field: ListField, item: UUID | str) -> None:
    """Remove a sub-resource id (or a deelzaak ref) from the zaak's list."""
    await _update(zaak, {"$pull": {field: item}})
