"""The notification outbox: messages in Open Notificaties format, waiting for delivery."""

from __future__ import annotations

from datetime import datetime
from typing import Literal
from uuid import UUID, uuid4

from beanie import Document
from pydantic import Field, field_validator
from pymongo import IndexModel

# FerretDB refuses "." in field names, and kenmerken such as "zaaktype.catalogus" have one:
# stored with a full-width dot, sent with the real one.
STORED_DOT = "\uff0e"

OutboxStatus = Literal["prepared", "pending", "delivered", "failed"]


class OutboxMessage(Document):
    id: UUID = Field(default_factory=uuid4)  # type: ignore[assignment]
    kanaal: str
    hoofd_object: str
    resource: str
    resource_url: str
    actie: str
    aanmaakdatum: datetime
    kenmerken: dict[str, str] = Field(default_factory=dict)
    # prepared: written before the operation; pending: operation done, to deliver.
    status: OutboxStatus = "prepared"
    attempts: int = 0
    last_error: str = ""
    delivered_at: datetime | None = None

    @field_validator("kenmerken")
    @classmethod
    def _storable_keys(cls, value: dict[str, str]) -> dict[str, str]:
        return {k.replace(".", STORED_DOT): v for k, v in value.items()}

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
            "kenmerken": {k.replace(STORED_DOT, "."): v for k, v in self.kenmerken.items()},
        }
