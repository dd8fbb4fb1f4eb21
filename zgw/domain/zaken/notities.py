"""Zaaknotities (Open Zaak's extension, the same shape in Zaken 1.7.0): notes on a zaak.

Rules, as Open Zaak:
- authorised through the zaak (`gerelateerdAan`): reads need zaken.lezen, writes zaken.bijwerken for it;
  no closed-zaak rule (Open Zaak's notities viewset has none);
- defaults `notitieType` "intern", `status` "concept"; `aanmaakdatum` / `wijzigingsdatum` are the server's;
- only a notitie in status `concept` is changed (PUT/PATCH): otherwise 400 on `status`, code `invalid`;
  a delete has no such rule;
- a notitie may move to another zaak (the caller writes both).
Audited on the zaak's trail (resource `zaaknotitie`); not notified: Open Zaak sends no notification for
notities (kanaal zaken has no such resource).

Storage: the zaak names its notities (`Zaak.notities`), named before written, so one zaak's notities are
read by `_id`. A move names the notitie in the new zaak first, then rewrites it, then drops the old name.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from contextlib import AsyncExitStack
from datetime import datetime
from typing import Any
from uuid import UUID

from zgw.domain.errors import ValidationFailed
from zgw.domain.repository import Repository
from zgw.domain.zaken import access
from zgw.domain.zaken.children import name, unname
from zgw.domain.zaken.documents import Zaak, ZaakNotitie
from zgw.domain.zaken.locks import zaak_lock
from zgw.domain.zaken.subresources import Actor, get_zaak, record, require, uuid_of, writing
from zgw.domain.zaken.touch import now

repo = Repository(ZaakNotitie, "ZaakNotitie")
RESOURCE = "zaaknotitie"
FIELD = "gerelateerdAan"
CONCEPT = "concept"
WRITABLE = ("onderwerp", "tekst", "aangemaakt_door", "notitie_type", "status")
Render = Callable[[ZaakNotitie, Zaak], Awaitable[Any]]
ORDER = (("aanmaakdatum", -1), ("_id", -1))  # newest first, as Open Zaak (-pk)


async def create(actor: Actor, data: dict[str, Any], render: Render) -> ZaakNotitie:
    async with writing(data["zaak"], FIELD) as zaak:
        require(actor, access.BIJWERKEN, zaak)
        moment = now()
        notitie = ZaakNotitie(zaak=zaak.ref, onderwerp=data["onderwerp"], tekst=data["tekst"],
                              aangemaakt_door=data.get("aangemaakt_door") or "",
                              notitie_type=data.get("notitie_type") or "intern",
                              status=data.get("status") or CONCEPT, aanmaakdatum=moment, wijzigingsdatum=moment)
        await name(zaak.id, "notities", notitie.id, mutated=False)  # named first: a crash leaves a skipped name
        await repo.create(notitie)
        await record(actor, zaak, actie="create", resource=RESOURCE, ref=notitie.ref, status=201,
                     nieuw=await render(notitie, zaak), weergave=notitie.onderwerp, notify=False)
    return notitie


async def update(actor: Actor, uuid: UUID, data: dict[str, Any], render: Render, *, partial: bool) -> ZaakNotitie:
    current = await repo.get(uuid)
    target_ref = data.get("zaak") or current.zaak
    target = await get_zaak(target_ref) if target_ref != current.zaak else None
    if target_ref != current.zaak and target is None:
        raise ValidationFailed.field(FIELD, "does_not_exist", "Ongeldige hyperlink - Object bestaat niet.")
    ids = sorted({i for i in (uuid_of(current.zaak), target.id if target else None) if i is not None}, key=str)
    async with AsyncExitStack() as stack:
        for zaak_id in ids:  # both zaken of a move, always in the same order
            await stack.enter_async_context(zaak_lock(zaak_id))
        notitie = await repo.get(uuid)
        zaak = await get_zaak(notitie.zaak)
        if zaak is None:
            raise ValidationFailed.field(FIELD, "does_not_exist", "Ongeldige hyperlink - Object bestaat niet.")
        require(actor, access.BIJWERKEN, zaak)
        if target is not None:
            target = await get_zaak(target.ref)
            if target is None:
                raise ValidationFailed.field(FIELD, "does_not_exist", "Ongeldige hyperlink - Object bestaat niet.")
            require(actor, access.BIJWERKEN, target)
        if notitie.status != CONCEPT:
            raise ValidationFailed.field("status", "invalid", "Notitie can only be modified when status is `concept`.")
        oud = await render(notitie, zaak)
        for key in WRITABLE:
            if key in data and data[key] is not None:
                setattr(notitie, key, data[key])
        notitie.wijzigingsdatum = now()
        owner = zaak
        if target is not None:
            await name(target.id, "notities", notitie.id, mutated=False)  # the new zaak names it first
            notitie.zaak = target.ref
            owner = target
        await repo.replace(notitie)
        if target is not None:
            await unname(zaak.id, "notities", notitie.id, mutated=False)
        await record(actor, owner, actie="partial_update" if partial else "update", resource=RESOURCE,
                     ref=notitie.ref, status=200, oud=oud, nieuw=await render(notitie, owner),
                     weergave=notitie.onderwerp, notify=False)
    return notitie


async def delete(actor: Actor, uuid: UUID, render: Render) -> None:
    current = await repo.get(uuid)
    async with writing(current.zaak, FIELD) as zaak:  # no closed-zaak rule for notities (Open Zaak)
        doc = await repo.get(uuid)
        require(actor, access.BIJWERKEN, zaak)
        oud = await render(doc, zaak)
        await repo.delete(doc)
        await unname(zaak.id, "notities", doc.id, mutated=False)
        await record(actor, zaak, actie="destroy", resource=RESOURCE, ref=doc.ref, status=204, oud=oud,
                     weergave=doc.onderwerp, notify=False)



def _contains(value: str) -> dict[str, Any]:
    return {"$regex": re.escape(value), "$options": "i"}


def query(filters: dict[str, Any]) -> dict[str, Any]:
    """The database condition of the list's filters (snake_case keys, `__` lookups as on the wire)."""
    out: dict[str, Any] = {}
    for wire_name, field_name in (("onderwerp", "onderwerp"), ("tekst", "tekst"),
                                  ("aangemaakt_door", "aangemaakt_door")):
        if filters.get(wire_name) is not None:
            out[field_name] = filters[wire_name]
        if filters.get(f"{wire_name}__icontains") is not None:
            out.setdefault("$and", []).append({field_name: _contains(filters[f"{wire_name}__icontains"])})
    for name_ in ("notitie_type", "status"):
        if filters.get(name_) is not None:
            out[name_] = filters[name_]
    for moment in ("aanmaakdatum", "wijzigingsdatum"):
        bounds: dict[str, datetime] = {}
        for lookup in ("gt", "gte", "lt", "lte"):
            value = filters.get(f"{moment}__{lookup}")
            if value is not None:
                bounds[f"${lookup}"] = value
        if filters.get(moment) is not None:
            bounds["$eq"] = filters[moment]
        if bounds:
            out[moment] = bounds
    return out


async def get(uuid: UUID) -> ZaakNotitie:
    return await repo.get(uuid)
