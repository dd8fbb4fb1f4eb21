"""Substatussen (Open Zaak's extension): a finer step within a zaak's status, for its initiator.

Rules, as Open Zaak:
- `zaak` exists; `status`, when given, is a status of that zaak (`does_not_exist`; another zaak's:
  `zaak-mismatch`); without `status` the zaak's current status (the newest `datumStatusGezet`), and a zaak
  without any status takes no substatus (400 on `status`, code `invalid`);
- `tijdstip` defaults to now and is not in the future (`date-in-future`); `doelgroep` "betrokkenen", "intern"
  or "" (the default: the contract has no default and allows blank);
- create needs zaken.aanmaken or zaken.statussen.toevoegen for the zaak; no closed-zaak rule; no update or
  delete (the resource is append-only).
Audited on the zaak's trail and notified on kanaal `zaken` (resource `substatus`), as Open Zaak; it moves the
zaak's `laatstGemuteerd`. Named in `Zaak.substatussen` before it is written, so one zaak's are key lookups.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from zgw.domain.errors import PermissionDenied, ValidationFailed
from zgw.domain.repository import Repository
from zgw.domain.zaken import access
from zgw.domain.zaken.children import name
from zgw.domain.zaken.documents import Status, SubStatus, Zaak
from zgw.domain.zaken.subresources import Actor, record, utc_moment, uuid_of, writing
from zgw.domain.zaken.touch import now

repo = Repository(SubStatus, "SubStatus")
RESOURCE = "substatus"
ORDER = (("tijdstip", -1), ("_id", -1))  # as Open Zaak: -tijdstip
Render = Callable[[SubStatus, Zaak], Awaitable[Any]]
NO_STATUS = ("No status was provided and the case has no associated status. A substatus can only be created if "
             "there is at least one status.")


def may_create(actor: Actor, zaak: Zaak) -> bool:
    return access.may(actor.policy, access.AANMAKEN, zaak) or access.may(actor.policy, access.STATUSSEN_TOEVOEGEN,
                                                                           zaak)


async def _status(ref: str | None, zaak: Zaak) -> str:
    if not ref:
        if not zaak.status:
            raise ValidationFailed.field("status", "invalid", NO_STATUS)
        return zaak.status
    status_id = uuid_of(ref) if ref.startswith(Status.PATH + "/") else None
    status = await Status.get(status_id) if status_id else None
    if status is None:
        raise ValidationFailed.field("status", "does_not_exist", "Ongeldige hyperlink - Object bestaat niet.")
    if status.zaak != zaak.ref:
        raise ValidationFailed.non_field("zaak-mismatch", "De status hoort niet bij de zaak.")
    return status.ref


def tijdstip_of(data: dict[str, Any]) -> datetime:
    """The substatus' moment (default now), in UTC and not in the future."""
    value = data.get("tijdstip")
    if value is None:
        return now()
    moment = utc_moment(value, "tijdstip")
    if moment > datetime.now(UTC):
        raise ValidationFailed.field("tijdstip", "date-in-future", "Deze datum mag niet in de toekomst zijn")
    return moment


async def check(actor: Actor, zaak: Zaak, data: dict[str, Any]) -> SubStatus:
    """Validate a substatus for `zaak` (read as it is now) and return it unwritten."""
    tijdstip = tijdstip_of(data)
    status = await _status(data.get("status"), zaak)
    if not may_create(actor, zaak):
        raise PermissionDenied()
    return SubStatus(zaak=zaak.ref, status=status, omschrijving=data["omschrijving"], tijdstip=tijdstip,
                     doelgroep=data.get("doelgroep") or "")


async def write(actor: Actor, zaak: Zaak, substatus: SubStatus, render: Render) -> SubStatus:
    """Write a checked substatus; the caller holds the zaak's lock."""
    await name(zaak.id, "substatussen", substatus.id, mutated=True)  # named first: a crash leaves a skipped name
    await repo.create(substatus)
    await record(actor, zaak, actie="create", resource=RESOURCE, ref=substatus.ref, status=201,
                 nieuw=await render(substatus, zaak), weergave=substatus.omschrijving[:200])
    return substatus


async def create(actor: Actor, data: dict[str, Any], render: Render) -> SubStatus:
    async with writing(data["zaak"]) as zaak:
        substatus = await check(actor, zaak, data)
        return await write(actor, zaak, substatus, render)


async def get(uuid: UUID) -> SubStatus:
    return await repo.get(uuid)


def query(filters: dict[str, Any]) -> dict[str, Any]:
    """The database condition of the list's filters other than `zaak` (status as a stored ref)."""
    out: dict[str, Any] = {}
    if filters.get("doelgroep") is not None:
        out["doelgroep"] = filters["doelgroep"]
    if filters.get("status") is not None:
        out["status"] = filters["status"]
    bounds = {f"${lookup}": filters[f"tijdstip__{lookup}"] for lookup in ("gt", "gte", "lt", "lte")
              if filters.get(f"tijdstip__{lookup}") is not None}
    if bounds:
        out["tijdstip"] = bounds
    return out
