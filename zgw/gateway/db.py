"""MongoDB connection and Beanie initialisation (API lifespan and each Celery worker process)."""

from __future__ import annotations

from typing import Any

from beanie import Document, init_beanie
from pymongo import AsyncMongoClient

from zgw.domain.audit.documents import AuditRecord
from zgw.domain.autorisaties.documents import Applicatie, ClientIdClaim, JWTSecret
from zgw.domain.catalogi.documents import DOCUMENTS as CATALOGI_DOCUMENTS
from zgw.domain.notifications.documents import OutboxMessage
from zgw.gateway.settings import Settings

DOCUMENT_MODELS: list[type[Document]] = [
    Applicatie, ClientIdClaim, JWTSecret, OutboxMessage, AuditRecord, *CATALOGI_DOCUMENTS,
]


def client_for(settings: Settings) -> AsyncMongoClient[dict[str, Any]]:
    return AsyncMongoClient(settings.mongodb_uri, uuidRepresentation="standard", tz_aware=True,
                            serverSelectionTimeoutMS=10000)


async def init_db(settings: Settings) -> AsyncMongoClient[dict[str, Any]]:
    client = client_for(settings)
    await init_beanie(database=client[settings.mongodb_db], document_models=DOCUMENT_MODELS)
    return client
