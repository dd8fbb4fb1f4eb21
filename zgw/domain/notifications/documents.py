"""The notification outbox: messages in Open Notificaties format, waiting for delivery."""

from __future__ import annotations

import threading
import time
from datetime import datetime
from typing import Any, ClassVar, Literal
from uuid import UUID, uuid4

from beanie import Document, SortDirection
from pydantic import Field, model_validator
from pymongo import IndexModel

OutboxStatus = Literal["prepared", "pending", "delivered", "failed"]

_last_volgnummer = 0
_volgnummer_lock = threading.Lock()


def next_volgnummer() -> int:
    """Nanoseconds since the epoch, strictly increasing within this process.

    `aanmaakdatum` is stored with millisecond precision (BSON), so messages of one request often share
    it; no MongoDB-wire server returns documents in insertion order without a sort. Sorting on
    (aanmaakdatum, volgnummer) gives the order in which one process wrote them.
    """
    global _last_volgnummer
    with _volgnummer_lock:
        _last_volgnummer = max(time.time_ns(), _last_volgnummer + 1)
        return _last_volgnummer


class OutboxMessage(Document):
    id: UUID = Field(default_factory=uuid4)  # type: ignore[assignment]
    kanaal: str
    hoofd_object: str
    resource: str
    resource_url: str
    actie: str
    aanmaakdatum: datetime
    volgnummer: int = Field(default_factory=next_volgnummer)
    # Kenmerken are stored as {naam, waarde} items: names such as "zaaktype.catalogus" contain a dot,
    # which FerretDB refuses in field names (and FerretDB has no nested arrays, so no pairs either).
    # `kenmerken` gives them as a mapping.
    kenmerk_items: list[dict[str, str]] = Field(default_factory=list)
    # prepared: written before the operation; pending: operation done, to deliver.
    status: OutboxStatus = "prepared"
    attempts: int = 0
    last_error: str = ""
    delivered_at: datetime | None = None

    @model_validator(mode="before")
    @classmethod
    def _kenmerken_as_pairs(cls, data: Any) -> Any:
        if isinstance(data, dict) and "kenmerken" in data:
            data = dict(data)
            data["kenmerk_items"] = [{"naam": k, "waarde": v} for k, v in (data.pop("kenmerken") or {}).items()]
        return data

    @property
    def kenmerken(self) -> dict[str, str]:
        return {item["naam"]: item["waarde"] for item in self.kenmerk_items}

    # The order messages were written in: sort on it wherever order matters (delivery, listings, tests).
    ORDER: ClassVar[list[tuple[str, SortDirection]]] = [("aanmaakdatum", SortDirection.ASCENDING),
                                                          ("volgnummer", SortDirection.ASCENDING)]

    class Settings:
        name = "notification_outbox"
        indexes = [IndexModel([("status", 1), ("aanmaakdatum", 1)])]

    def as_message(self) -> dict[str, object]:
        """The body POSTed to the Notificaties API."""
        return {
            "kanaal": self.kanaal,
            "hoofdObject": self.hoofd_object,
            "resource": self.resource,
            "resourceUrl": self.resource_url,
            "actie": self.actie,
            "aanmaakdatum": self.aanmaakdatum.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            "kenmerken": self.kenmerken,
        }
