"""Naming the extension sub-resources (notities, substatussen) in their zaak's id lists.

The same discipline as `touch.link`: a child is named in its zaak before it is written, so one zaak's
children are read by `_id`; a crash leaves a name without a document, which `subresources.heal` drops.
Callers hold the zaak's lock.
"""

from __future__ import annotations

from typing import Any, Literal
from uuid import UUID

from zgw.domain.zaken.documents import Zaak
from zgw.domain.zaken.touch import now

Field = Literal["notities", "substatussen"]


async def _update(zaak_id: UUID, update: dict[str, Any], mutated: bool) -> None:
    if mutated:
        update.setdefault("$set", {})["laatst_gemuteerd"] = now()
    await Zaak.get_pymongo_collection().update_one({"_id": zaak_id}, update)


async def name(zaak_id: UUID, field: Field, child: UUID, *, mutated: bool) -> None:
    """Add `child` to the zaak's list; `mutated` also moves the zaak's laatst_gemuteerd."""
    await _update(zaak_id, {"$addToSet": {field: child}}, mutated)


async def unname(zaak_id: UUID, field: Field, child: UUID, *, mutated: bool) -> None:
    await _update(zaak_id, {"$pull": {field: child}}, mutated)
