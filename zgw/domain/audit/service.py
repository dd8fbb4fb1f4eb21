"""Record and read audit trails."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from pymongo.errors import DuplicateKeyError

from zgw.domain.audit.documents import AuditRecord, AuditTrail
from zgw.domain.autorisaties.policy import Principal
from zgw.domain.errors import NotFound
from zgw.domain.repository import Repository, get_many

ACTIE_WEERGAVE = {
    "create": "Object aangemaakt",
    "list": "Lijst van objecten opgehaald",
    "retrieve": "Object opgehaald",
    "destroy": "Object verwijderd",
    "update": "Object bijgewerkt",
    "partial_update": "Object deels bijgewerkt",
}

records = Repository(AuditRecord, "Audittrail")
META = "zgw_meta"
INDEXED = "audittrail-trails"  # marker: every record is in its AuditTrail (a fresh store, or backfilled)
_indexed = False


@dataclass
class AuditEntry:
    bron: str
    actie: str
    resultaat: int
    hoofd_object: str
    hoofd_object_ref: str
    resource: str
    resource_url: str
    resource_weergave: str = ""
    oud: Any = None
    nieuw: Any = None
    toelichting: str = ""


async def record(principal: Principal, entry: AuditEntry) -> AuditRecord:
    rec = AuditRecord(
        bron=entry.bron,
        applicatie_id=str(principal.applicatie_uuid or ""),
        applicatie_weergave=principal.applicatie_label,
        gebruikers_id=principal.user_id[:255],
        gebruikers_weergave=principal.user_representation[:255],
        actie=entry.actie,
        actie_weergave=ACTIE_WEERGAVE.get(entry.actie, entry.actie),
        resultaat=entry.resultaat,
        hoofd_object=entry.hoofd_object,
        hoofd_object_ref=entry.hoofd_object_ref,
        resource=entry.resource,
        resource_url=entry.resource_url,
        toelichting=entry.toelichting,
        resource_weergave=entry.resource_weergave[:200],
        aanmaakdatum=datetime.now(UTC),
        wijzigingen={"oud": entry.oud, "nieuw": entry.nieuw},
    )
    # the trail names the record first: a crash in between leaves a name without a record, which
    # reading skips, never a record its trail does not name
    trails = AuditTrail.get_pymongo_collection()
    try:
        await trails.update_one({"_id": entry.hoofd_object_ref}, {"$push": {"records": rec.id}}, upsert=True)
    except DuplicateKeyError:  # a concurrent first record inserted the trail: push onto it
        await trails.update_one({"_id": entry.hoofd_object_ref}, {"$push": {"records": rec.id}}, upsert=True)
    return await records.create(rec)


async def _is_indexed() -> bool:
    global _indexed
    if not _indexed:
        meta = AuditTrail.get_pymongo_collection().database[META]
        _indexed = await meta.find_one({"_id": INDEXED}) is not None
    return _indexed


async def ensure_trails(backfill: bool = False) -> bool:
    """Mark the trails complete when there are no records yet (a fresh store) or, with `backfill`,
    after naming every existing record in its trail (`zgw reindex`); returns whether they are."""
    global _indexed
    if await _is_indexed():
        return True
    meta = AuditTrail.get_pymongo_collection().database[META]
    collection = AuditRecord.get_pymongo_collection()
    if not backfill and await collection.find_one({}, {"_id": 1}) is not None:
        return False
    if backfill:
        grouped: dict[str, list[tuple[datetime, UUID]]] = {}
        async for doc in collection.find({}, {"_id": 1, "hoofd_object_ref": 1, "aanmaakdatum": 1}):
            grouped.setdefault(doc["hoofd_object_ref"], []).append((doc["aanmaakdatum"], doc["_id"]))
        for ref, found in grouped.items():
            ids = [i for _, i in sorted(found, key=lambda row: (row[0], str(row[1])))]
            trail_doc = await AuditTrail.get_pymongo_collection().find_one({"_id": ref})
            later = [i for i in (trail_doc or {}).get("records", []) if i not in set(ids)]
            await AuditTrail.get_pymongo_collection().update_one(
                {"_id": ref}, {"$set": {"records": ids + later}}, upsert=True)
    await meta.update_one({"_id": INDEXED}, {"$set": {"at": datetime.now(UTC)}}, upsert=True)
    _indexed = True
    return True


async def trail(hoofd_object_ref: str) -> list[AuditRecord]:
    """The hoofdobject's records by aanmaakdatum, in written order within one moment."""
    if not await _is_indexed():
        return await records.list({"hoofd_object_ref": hoofd_object_ref}, sort=(("aanmaakdatum", 1), ("_id", 1)))
    found = await AuditTrail.get(hoofd_object_ref)
    if found is None:
        return []
    # by aanmaakdatum, and records of one millisecond in written order (a stable sort)
    return sorted(await get_many(AuditRecord, found.records), key=lambda r: r.aanmaakdatum)


async def forget(hoofd_object_ref: str) -> None:
    """Delete a hoofdobject's whole trail (its records, then the list naming them)."""
    found = await AuditTrail.get(hoofd_object_ref)
    if found is not None:
        await AuditRecord.get_pymongo_collection().delete_many({"_id": {"$in": found.records}})
        await AuditTrail.get_pymongo_collection().delete_one({"_id": hoofd_object_ref})


async def trail_entry(hoofd_object_ref: str, uuid: UUID) -> AuditRecord:
    found = await records.find_one({"_id": uuid, "hoofd_object_ref": hoofd_object_ref})
    if found is None:
        raise NotFound("Audittrail niet gevonden.")
    return found
