"""Audit trail records, as the standard defines them."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID, uuid4

from beanie import Document
from pydantic import Field
from pymongo import IndexModel


class AuditRecord(Document):
    id: UUID = Field(default_factory=uuid4)  # type: ignore[assignment]
    bron: str
    applicatie_id: str = ""
    applicatie_weergave: str = ""
    gebruikers_id: str = ""
    gebruikers_weergave: str = ""
    actie: str
    actie_weergave: str = ""
    resultaat: int
    hoofd_object: str
    # The hoofdobject's local reference (path), so a trail survives a change of host name.
    hoofd_object_ref: str
    resource: str
    resource_url: str
    toelichting: str = ""
    resource_weergave: str = ""
    aanmaakdatum: datetime
    wijzigingen: dict[str, Any] = Field(default_factory=lambda: {"oud": None, "nieuw": None})

    class Settings:
        name = "audittrail"
        indexes = [IndexModel([("hoofd_object_ref", 1), ("aanmaakdatum", 1)])]


class AuditTrail(Document):
    """The ids of one hoofdobject's audit records in written order: its trail is read by `_id`, not
    by a query on `hoofd_object_ref` (which the embedded store answers by reading every record)."""

    id: str  # type: ignore[assignment]  # the hoofdobject's ref
    records: list[UUID] = Field(default_factory=list)

    class Settings:
        name = "audittrail_trails"
