"""The notification outbox: messages in Open Notificaties format, waiting for delivery."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal
from uuid import UUID, uuid4

from beanie import Document
from pydantic import Field, model_validator
from pymongo import IndexModel

OutboxStatus = Literal["prepared", "pending", "delivered", "failed"]


class OutboxMessage(Document):
    id: UUID = Field(default_factory=uuid4)  # type: ignore[assignment]
    kanaal: str
    hoofd_object: str
    resource: str
    resource_url: str
    actie: str
    aanmaakdatum: datetime
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
