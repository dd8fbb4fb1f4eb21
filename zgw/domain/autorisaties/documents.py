"""Applicaties with their autorisaties, client-id claims and JWT secrets."""

from __future__ import annotations

from uuid import UUID, uuid4

from beanie import Document
from pydantic import BaseModel, Field
from pymongo import IndexModel


class Autorisatie(BaseModel):
    component: str
    scopes: list[str] = Field(default_factory=list)
    # Local references are paths ("/catalogi/api/v1/zaaktypen/<uuid>"); remote ones full URLs.
    zaaktype: str | None = None
    informatieobjecttype: str | None = None
    besluittype: str | None = None
    max_vertrouwelijkheidaanduiding: str | None = None


class Applicatie(Document):
    id: UUID = Field(default_factory=uuid4)  # type: ignore[assignment]
    client_ids: list[str] = Field(default_factory=list)
    label: str
    heeft_alle_autorisaties: bool = False
    alleen_is_gereed_voor_publicatie: bool = False
    autorisaties: list[Autorisatie] = Field(default_factory=list)

    class Settings:
        name = "applicaties"
        indexes = [IndexModel("client_ids")]


class ClientIdClaim(Document):
    """One document per client id: `_id` uniqueness makes ac-001 hold under concurrency."""

    id: str  # type: ignore[assignment]
    applicatie: UUID

    class Settings:
        name = "applicatie_client_ids"


class JWTSecret(Document):
    """The shared secret a client signs its JWTs with (not part of the Autorisaties API)."""

    id: str  # type: ignore[assignment]
    secret: str

    class Settings:
        name = "jwt_secrets"
