"""Objectinformatieobjecten: the Documenten side of a zaak's (or besluit's) link to a document.

The relation is led by the other side (zaakinformatieobject, besluitinformatieobject): the Zaken API
writes the mirrored objectinformatieobject itself (zrc-005, see zgw.domain.zaken.zaakinformatieobjecten),
with an id derived from the leading relation's id (`mirror_id`), so a retry or the sweep finds it by `_id`.
As Open Zaak, a client's own POST only answers the mirror that already exists (`inconsistent-relation`
otherwise), and its DELETE is refused while the leading relation exists (`remote-relation-exists`).

The EIO head names its objectinformatieobjecten (`objectinformatieobjecten`, named before the document is
written): `?informatieobject=` reads them by `_id`. Writers of the head's id lists hold `eio_lock`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from contextvars import ContextVar
from typing import Any, ClassVar, Literal
from uuid import UUID, uuid4, uuid5

from beanie import Document
from pydantic import Field
from pymongo import ASCENDING, IndexModel
from pymongo.errors import DuplicateKeyError
from redis.exceptions import LockError

from zgw.domain.documenten.documents import ROOT, EnkelvoudigInformatieObject
from zgw.domain.errors import Conflict
from zgw.domain.repository import Repository

# a fixed namespace: the mirror of a leading relation has the same id on every run
MIRROR_NAMESPACE = UUID("5d0c8f1e-6f7b-4d3e-9a57-1f0c2b6e9a10")
LOCK_TIMEOUT = 30.0
WAIT_TIMEOUT = 15.0

ObjectType = Literal["zaak", "besluit", "verzoek"]


class ObjectInformatieObject(Document):
    PATH: ClassVar[str] = f"{ROOT}/objectinformatieobjecten"
    id: UUID = Field(default_factory=uuid4)  # type: ignore[assignment]
    informatieobject: str  # the EIO's ref
    object: str            # the zaak's / besluit's ref (a URL when remote)
    object_type: str
    bron: UUID | None = None  # the id of the leading relation (zaakinformatieobject, …)

    @property
    def ref(self) -> str:
        return f"{self.PATH}/{self.id}"

    class Settings:
        name = "documenten_objectinformatieobjecten"
        indexes = [IndexModel([("informatieobject", ASCENDING), ("object", ASCENDING)]), IndexModel("object"),
                   IndexModel("object_type")]


repo = Repository(ObjectInformatieObject, "ObjectInformatieObject")


def mirror_id(leading: UUID) -> UUID:
    """The id of the objectinformatieobject that mirrors a leading relation (zaakinformatieobject, …)."""
    return uuid5(MIRROR_NAMESPACE, str(leading))


def eio_id(ref: str) -> UUID | None:
    """The EIO's id from its ref ("/documenten/api/v1/enkelvoudiginformatieobjecten/<uuid>"), else None."""
    if not ref.startswith(EnkelvoudigInformatieObject.PATH + "/"):
        return None
    try:
        return UUID(ref.rstrip("/").rsplit("/", 1)[-1])
    except ValueError:
        return None


async def get_eio(ref: str) -> EnkelvoudigInformatieObject | None:
    found = eio_id(ref)
    return await EnkelvoudigInformatieObject.get(found) if found else None


# --- the EIO head's id lists ---------------------------------------------------------------------------

_held: ContextVar[frozenset[str]] = ContextVar("eio_locks_held", default=frozenset())

EioList = Literal["gebruiksrechten", "objectinformatieobjecten", "verzendingen"]


def _redis() -> Any:
    from zgw.domain.zaken import locks

    return getattr(locks, "_redis", None)  # the process's Redis (zgw.domain.zaken.configure)


@asynccontextmanager
async def eio_lock(eio: UUID | str, wait: float = WAIT_TIMEOUT) -> AsyncIterator[None]:
    """Hold the EIO head's write lock (re-entrant in one task): FerretDB applies `$addToSet` as
    read-modify-write, so two writers of one head's lists could lose an id."""
    key = f"zgw:lock:eio:{eio}"
    held = _held.get()
    client = _redis()
    if key in held or client is None:
        yield
        return
    lock = client.lock(key, timeout=LOCK_TIMEOUT, blocking_timeout=wait)
    if not await lock.acquire():
        raise Conflict("Het informatieobject wordt op dit moment door een ander verzoek gewijzigd; probeer het "
                       "opnieuw.")
    token = _held.set(held | {key})
    try:
        yield
    finally:
        _held.reset(token)
        with suppress(LockError):
            await lock.release()


async def name(eio: UUID, field: EioList, item: UUID) -> None:
    """Name a child in the EIO head's list (before the child is written). Caller holds `eio_lock`."""
    await EnkelvoudigInformatieObject.get_pymongo_collection().update_one({"_id": eio}, {"$addToSet": {field: item}})


async def unname(eio: UUID, field: EioList, item: UUID) -> None:
    """Drop a child from the EIO head's list (after the child is deleted). Caller holds `eio_lock`."""
    await EnkelvoudigInformatieObject.get_pymongo_collection().update_one({"_id": eio}, {"$pull": {field: item}})


async def ensure(oio: ObjectInformatieObject) -> None:
    """Write the objectinformatieobject if it is not there yet (idempotent, by `_id`)."""
    collection = ObjectInformatieObject.get_pymongo_collection()
    if await collection.find_one({"_id": oio.id}, {"_id": 1}) is None:
        with suppress(DuplicateKeyError):  # a concurrent writer of the same id won: the document is there
            await oio.insert()


async def discard(oio: UUID) -> None:
    await ObjectInformatieObject.get_pymongo_collection().delete_one({"_id": oio})
