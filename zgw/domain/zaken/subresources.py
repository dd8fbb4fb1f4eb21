"""What every sub-resource of a zaak shares: the caller, loading its zaak, audit and notification.

A sub-resource write runs as `async with writing(actor, zaak_ref) as zaak:` — the zaak's lock held,
the zaak re-read under it — and ends with `record(...)`, which writes the audit entry on the zaak's
trail and stages the notification (kanaal `zaken`, hoofdobject the zaak).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from zgw.domain.audit import service as audit
from zgw.domain.autorisaties.policy import Policy, Principal
from zgw.domain.autorisaties.scopes import Scope
from zgw.domain.errors import InvalidParam, NotFound, ValidationFailed
from zgw.domain.notifications.service import Outbox
from zgw.domain.repository import Repository, by_ids, combine
from zgw.domain.zaken import access, events
from zgw.domain.zaken.documents import ROOT, Zaak
from zgw.domain.zaken.locks import zaak_lock

ZAAK_PATH = f"{ROOT}/zaken"


@dataclass
class Actor:
    """The caller of a use case, without transport: its policy and how to render references."""

    policy: Policy
    url_of: Callable[[str], str]
    toelichting: str = ""
    outbox: Outbox | None = None
    principal: Principal = field(init=False)

    def __post_init__(self) -> None:
        self.principal = self.policy.principal


def aware(value: datetime) -> datetime:
    """Datetimes come back from the database without a zone: they are UTC."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def utc_moment(value: datetime, name: str) -> datetime:
    """An incoming date-time in UTC (without a zone: UTC, as stored); refused when UTC has no such year.

    "0001-01-01T00:00:00+01:00" lies in year 0: the database would store it, and then fail to read it back.
    """
    try:
        return aware(value).astimezone(UTC)
    except (OverflowError, ValueError):
        raise ValidationFailed.field(name, "invalid", "Datetime valt buiten het toegestane bereik.") from None


def uuid_of(ref: str) -> UUID | None:
    try:
        return UUID(ref.rstrip("/").rsplit("/", 1)[-1])
    except ValueError:
        return None


async def get_zaak(ref: str) -> Zaak | None:
    if not ref.startswith(ZAAK_PATH + "/"):
        return None
    zaak_id = uuid_of(ref)
    return await Zaak.get(zaak_id) if zaak_id else None


def require(actor: Actor, scope: Scope, zaak: Zaak) -> None:
    access.require(actor.policy, scope, zaak)


def require_open(actor: Actor, zaak: Zaak) -> None:
    """After validation, before the write: a closed zaak needs zaken.geforceerd-bijwerken."""
    access.require_open_or_forced(actor.policy, zaak)


def require_writable(actor: Actor, scope: Scope, zaak: Zaak) -> None:
    """The write scope for this zaak, and zaken.geforceerd-bijwerken when the zaak is closed."""
    access.require(actor.policy, scope, zaak)
    access.require_open_or_forced(actor.policy, zaak)


async def visible(actor: Actor, doc: Any, label: str) -> Zaak:
    """The zaak of a sub-resource the caller reads; 403 without zaken.lezen for it."""
    zaak = await get_zaak(doc.zaak)
    if zaak is None:
        raise NotFound(f"{label} niet gevonden.")
    require(actor, access.LEZEN, zaak)
    return zaak


async def zaak_filter(actor: Actor, zaak_ref: str | None) -> dict[str, Any] | None:
    """The `zaak` condition of a sub-resource list: the zaken the caller may read (None: all).

    With a `zaak` parameter only that zaak is checked; otherwise the visible zaken are selected in
    the zaken collection (with the indexed zaaktype/vertrouwelijkheid filter) and named by ref.
    """
    if zaak_ref is not None:
        zaak = await get_zaak(zaak_ref)
        if zaak is None or not access.may(actor.policy, access.LEZEN, zaak):
            return {"zaak": {"$in": []}}
        return {"zaak": zaak_ref}
    condition = access.list_filter(actor.policy)
    if condition is None:
        return None
    collection = Zaak.get_pymongo_collection()
    ids = [row["_id"] async for row in collection.find(condition, {"_id": 1})]
    return {"zaak": {"$in": [f"{ZAAK_PATH}/{i}" for i in ids]}}


# the zaak's list naming each kind of sub-resource (Resultaat: the zaak's one `resultaat`)
CHILDREN = {"Status": "statussen", "Rol": "rollen", "ZaakObject": "zaakobjecten", "ZaakEigenschap": "eigenschappen",
            "KlantContact": "klantcontacten", "ZaakContactMoment": "zaakcontactmomenten",
            "ZaakVerzoek": "zaakverzoeken", "ZaakNotitie": "notities", "SubStatus": "substatussen"}


def child_ids(zaak: Zaak, model: type[Any]) -> list[UUID] | None:
    """The ids of the zaak's sub-resources of this kind, as the zaak names them (None: not named)."""
    if model.__name__ == "Resultaat":
        found = uuid_of(zaak.resultaat or "") if zaak.resultaat else None
        return [found] if found else []
    field_name = CHILDREN.get(model.__name__)
    return list(getattr(zaak, field_name)) if field_name else None


async def rol_candidates(actor: Actor, identifications: list[dict[str, Any]], betrokkene: str | None
                         ) -> list[UUID] | None:
    """The rollen that may match a `betrokkeneIdentificatie__…` or `betrokkene` filter, from the zaken
    index's key sets: the rollen of the zaken with that betrokkene that the caller may read. None when
    no filter is a key (or the index is not ready, or the key holds too many zaken)."""
    from zgw.domain.zaken import indexing, listings

    criteria: dict[str, Any] = {}
    kinds = {v: k for k, v in indexing.ROL_KIND.items()}
    for condition in identifications:
        kind = kinds.get(condition.get("betrokkene_type", ""))
        for name, value in condition.items():
            if name.startswith("betrokkene_identificatie.") and kind:
                criteria[f"rol__betrokkeneIdentificatie__{kind}__{name.split('.', 1)[1]}"] = value
    if betrokkene:
        criteria["rol__betrokkene"] = betrokkene
    if not criteria or not await listings.get().ready():
        return None
    zaak_ids = await indexing.candidates(criteria)
    if zaak_ids is None:
        return None
    out: list[UUID] = []
    fields = {"rollen": 1, "zaaktype": 1, "vertrouwelijkheidaanduiding": 1}
    async for doc in Zaak.get_pymongo_collection().find(by_ids(zaak_ids), fields):
        shape = Zaak.model_construct(zaaktype=doc.get("zaaktype") or "",
                                     vertrouwelijkheidaanduiding=doc.get("vertrouwelijkheidaanduiding") or "")
        if access.may(actor.policy, access.LEZEN, shape):
            out += doc.get("rollen") or []
    return out


async def scoped(actor: Actor, model: type[Any], zaak_ref: str | None, *filters: dict[str, Any] | None,
                 candidates: list[UUID] | None = None) -> dict[str, Any]:
    """The query of a sub-resource list: with `zaak`, that zaak's sub-resources by `_id` (no scan);
    with `candidates` (ids of sub-resources of zaken the caller may read), those by `_id`; otherwise
    those of the zaken the caller may read."""
    if zaak_ref is None and candidates is not None:
        return by_ids(candidates, *filters)
    if zaak_ref is not None:
        zaak = await get_zaak(zaak_ref)
        if zaak is None or not access.may(actor.policy, access.LEZEN, zaak):
            return {"_id": {"$in": []}}
        ids = child_ids(zaak, model)
        if ids is not None:
            return by_ids(ids, *filters, {"zaak": zaak_ref})
    return combine(*filters, await zaak_filter(actor, zaak_ref))


async def heal(zaak_id: UUID) -> list[str]:
    """Drop what a crashed writer named but never wrote: ids in the zaak's lists without their
    sub-resource, deelzaken that do not exist, a `resultaat` or `status` without its document.
    Called under the zaak's lock by the index sweep; reads by `_id` only. Returns what it dropped."""
    from zgw.domain.zaken import documents

    zaak = await Zaak.get(zaak_id)
    if zaak is None:
        return []
    dropped: list[str] = []
    models = {m.__name__: m for m in documents.SUB_RESOURCES}
    collection = Zaak.get_pymongo_collection()
    for kind, field_name in CHILDREN.items():
        ids = list(getattr(zaak, field_name))
        if not ids:
            continue
        found = {d["_id"] async for d in models[kind].get_pymongo_collection().find(by_ids(ids), {"_id": 1})}
        missing = [i for i in ids if i not in found]
        if missing:
            await collection.update_one({"_id": zaak.id}, {"$pullAll": {field_name: missing}})
            dropped += [f"{field_name} {i}" for i in missing]
    deel_ids = [i for i in (uuid_of(r) for r in zaak.deelzaken) if i is not None]
    found = {d["_id"] async for d in collection.find(by_ids(deel_ids), {"_id": 1})} if deel_ids else set()
    gone = [r for r in zaak.deelzaken if uuid_of(r) not in found]
    if gone:
        await collection.update_one({"_id": zaak.id}, {"$pullAll": {"deelzaken": gone}})
        dropped += [f"deelzaken {r}" for r in gone]
    for ref_field, kind, extra in (("resultaat", "Resultaat", "resultaat_resultaattype"),
                                   ("status", "Status", "status_statustype")):
        ref = getattr(zaak, ref_field)
        if ref and (uuid_of(ref) is None or await models[kind].get(uuid_of(ref)) is None):
            await collection.update_one({"_id": zaak.id}, {"$set": {ref_field: None, extra: None}})
            dropped.append(f"{ref_field} {ref}")
    return dropped


async def backfill_lists() -> int:
    """Name every sub-resource in its zaak's list (data written before the lists existed); idempotent.
    Reads each sub-resource collection once (`zgw reindex`); returns how many names were added."""
    from zgw.domain.zaken import documents

    added = 0
    collection = Zaak.get_pymongo_collection()
    for model in documents.SUB_RESOURCES:
        field_name = CHILDREN.get(model.__name__)
        if field_name is None:
            continue
        grouped: dict[str, list[UUID]] = {}
        async for doc in model.get_pymongo_collection().find({}, {"_id": 1, "zaak": 1}):
            grouped.setdefault(str(doc.get("zaak") or ""), []).append(doc["_id"])
        for ref, ids in grouped.items():
            owner = uuid_of(ref)
            if owner is None:
                continue
            result = await collection.update_one({"_id": owner}, {"$addToSet": {field_name: {"$each": ids}}})
            added += result.modified_count
    return added


@asynccontextmanager
async def writing(zaak_ref: str, name: str = "zaak") -> AsyncIterator[Zaak]:
    """Hold the zaak's lock and yield the zaak as it is now (read once, under the lock)."""
    zaak_id = uuid_of(zaak_ref) if zaak_ref.startswith(ZAAK_PATH + "/") else None
    if zaak_id is None:
        raise ValidationFailed.field(name, "does_not_exist", "Ongeldige hyperlink - Object bestaat niet.")
    async with zaak_lock(zaak_id):
        fresh = await Zaak.get(zaak_id)
        if fresh is None:
            raise ValidationFailed.field(name, "does_not_exist", "Ongeldige hyperlink - Object bestaat niet.")
        yield fresh


async def record(actor: Actor, zaak: Zaak, *, actie: str, resource: str, ref: str, status: int,
                 oud: Any = None, nieuw: Any = None, weergave: str = "", notify: bool = True) -> None:
    """Audit the write on the zaak's trail and stage its notification."""
    await audit.record(actor.principal, audit.AuditEntry(
        bron="zrc", actie=actie, resultaat=status, hoofd_object=actor.url_of(zaak.ref), hoofd_object_ref=zaak.ref,
        resource=resource, resource_url=actor.url_of(ref), resource_weergave=weergave, oud=oud, nieuw=nieuw,
        toelichting=actor.toelichting,
    ))
    if notify and actor.outbox is not None:
        await events.notify(actor.outbox, zaak, actie=actie, resource=resource, resource_ref=ref,
                            url_of=actor.url_of)


async def remove(actor: Actor, repo: Repository[Any], uuid: UUID, render: Callable[[Any, Zaak], Awaitable[Any]], *,
                 resource: str, scope: Scope, after: Callable[[Zaak, Any], Awaitable[Any]],
                 notify: bool = True) -> None:
    """Delete one sub-resource under its zaak's lock: re-read it, check the caller may write the zaak,
    delete it, update the zaak (`after`), then audit and notify."""
    current = await repo.get(uuid)
    async with writing(current.zaak) as zaak:
        doc = await repo.get(uuid)
        require_writable(actor, scope, zaak)
        oud = await render(doc, zaak)
        await repo.delete(doc)
        await after(zaak, doc)
        await record(actor, zaak, actie="destroy", resource=resource, ref=doc.ref, status=204, oud=oud,
                     weergave=str(doc.id), notify=notify)


def problems(items: Iterable[InvalidParam | None]) -> None:
    found = [p for p in items if p is not None]
    if found:
        raise ValidationFailed(found)
