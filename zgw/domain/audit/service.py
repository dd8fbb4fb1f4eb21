"""Record and read audit trails."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from zgw.domain.audit.documents import AuditRecord
from zgw.domain.autorisaties.policy import Principal
from zgw.domain.errors import NotFound
from zgw.domain.repository import Repository

ACTIE_WEERGAVE = {
    "create": "Object aangemaakt",
    "list": "Lijst van objecten opgehaald",
    "retrieve": "Object opgehaald",
    "destroy": "Object verwijderd",
    "update": "Object bijgewerkt",
    "partial_update": "Object deels bijgewerkt",
}

records = Repository(AuditRecord, "Audittrail")


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
    return await records.create(rec)


async def trail(hoofd_object_ref: str) -> list[AuditRecord]:
    return await records.list({"hoofd_object_ref": hoofd_object_ref}, sort=(("aanmaakdatum", 1), ("_id", 1)))


async def trail_entry(hoofd_object_ref: str, uuid: UUID) -> AuditRecord:
    found = await records.find_one({"_id": uuid, "hoofd_object_ref": hoofd_object_ref})
    if found is None:
        raise NotFound("Audittrail niet gevonden.")
    return found
