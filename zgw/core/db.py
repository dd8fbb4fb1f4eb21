"""MongoDB connection and Beanie initialisation (API lifespan and each Celery worker process)."""

from __future__ import annotations

from typing import Any

from beanie import Document, init_beanie
from pymongo import AsyncMongoClient, IndexModel

from zgw.core.settings import Settings
from zgw.domain.audit.documents import AuditRecord, AuditTrail
from zgw.domain.autorisaties.documents import Applicatie, ClientIdClaim, JWTSecret
from zgw.domain.besluiten.documents import DOCUMENTS as BESLUITEN_DOCUMENTS
from zgw.domain.catalogi.documents import DOCUMENTS as CATALOGI_DOCUMENTS
from zgw.domain.documenten.documents import DOCUMENTS as DOCUMENTEN_DOCUMENTS
from zgw.domain.documenten.gebruiksrechten import Gebruiksrechten
from zgw.domain.documenten.imports.documents import DOCUMENTS as IMPORT_DOCUMENTS
from zgw.domain.documenten.objectinformatieobjecten import ObjectInformatieObject
from zgw.domain.documenten.verzendingen import Verzending
from zgw.domain.notifications.documents import OutboxMessage
from zgw.domain.services.documents import DOCUMENTS as SERVICES_DOCUMENTS
from zgw.domain.zaken.documents import DOCUMENTS as ZAKEN_DOCUMENTS
from zgw.domain.zaken.zaakinformatieobjecten import DOCUMENTS as ZIO_DOCUMENTS

DOCUMENT_MODELS: list[type[Document]] = [
    Applicatie, ClientIdClaim, JWTSecret, OutboxMessage, AuditRecord, AuditTrail, *CATALOGI_DOCUMENTS, *ZAKEN_DOCUMENTS,
    *DOCUMENTEN_DOCUMENTS, ObjectInformatieObject, Gebruiksrechten, Verzending, *BESLUITEN_DOCUMENTS,
    *ZIO_DOCUMENTS, *IMPORT_DOCUMENTS,
    *SERVICES_DOCUMENTS,
]


def client_for(settings: Settings) -> AsyncMongoClient[dict[str, Any]]:
    return AsyncMongoClient(settings.mongodb_uri, uuidRepresentation="standard", tz_aware=True,
                            serverSelectionTimeoutMS=10000)


def _index_models(model: type[Document]) -> list[IndexModel]:
    out = []
    for declared in model.get_settings().indexes or []:
        index: Any = getattr(declared, "index", declared)  # Beanie wraps them in IndexModelField
        out.append(index if isinstance(index, IndexModel) else IndexModel(index))
    return out


async def ensure_indexes(models: list[type[Document]]) -> None:
    """Create each index with its own command.

    FerretDB v1.24.2 drops the connection (a server-side panic) when one createIndexes
    command names two or more indexes that all exist already, which is what Beanie sends on
    every start after the first. One index per command is idempotent on FerretDB and MongoDB.
    """
    for model in models:
        collection = model.get_pymongo_collection()
        for index in _index_models(model):
            await collection.create_indexes([index])


async def bind_documents(database: Any) -> None:
    """Bind every document model to `database` and make sure its indexes exist."""
    await init_beanie(database=database, document_models=DOCUMENT_MODELS, skip_indexes=True)
    await ensure_indexes(DOCUMENT_MODELS)


async def init_db(settings: Settings) -> AsyncMongoClient[dict[str, Any]]:
    client = client_for(settings)
    await bind_documents(client[settings.mongodb_db])
    return client
