"""Large uploads in parts (Documenten 1.1+): planned on create/update, uploaded one by one (PUT, re-PUT to
resume), joined by `unlock` into one GridFS file whose size must be the informatieobject's bestandsomvang.

Each part's content is its own GridFS file until the join. The parts are named by the head
(`bestandsdelen`) before they are written; parts of an upload nobody finishes are removed by the beat
task (`sweep`), which reads the small parts collection, never the documents.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator
from datetime import UTC, datetime, timedelta
from uuid import UUID

from zgw.domain.documenten import content
from zgw.domain.documenten.documents import Bestandsdeel, EIOVersie, EnkelvoudigInformatieObject
from zgw.domain.documenten.locks import eio_lock
from zgw.domain.errors import NotFound, ValidationFailed
from zgw.domain.repository import by_ids, get_many


async def plan(eio: EnkelvoudigInformatieObject, part_size: int) -> list[UUID]:
    """Write the parts of `eio.bestandsomvang` bytes (`part_size` each, the last the rest); their ids."""
    total = eio.bestandsomvang or 0
    parts = []
    moment = datetime.now(UTC)
    for number, start in enumerate(range(0, total, part_size), start=1):
        parts.append(Bestandsdeel(informatieobject=eio.id, versie=eio.versie, volgnummer=number,
                                  omvang=min(part_size, total - start), lock=eio.lock, aangemaakt=moment))
    if parts:
        await Bestandsdeel.get_pymongo_collection().insert_many([p.model_dump(by_alias=True) for p in parts])
    return [p.id for p in parts]


async def of(eio: EnkelvoudigInformatieObject) -> list[Bestandsdeel]:
    return sorted(await get_many(Bestandsdeel, eio.bestandsdelen), key=lambda p: p.volgnummer)


async def get(uuid: UUID) -> Bestandsdeel:
    part = await Bestandsdeel.get(uuid)
    if part is None:
        raise NotFound("Bestandsdeel niet gevonden.")
    return part


async def upload(part: Bestandsdeel, eio: EnkelvoudigInformatieObject, lock: str,
                 data: AsyncIterable[bytes]) -> Bestandsdeel:
    """Store one part (again, to resume); its size must be the planned `omvang`."""
    if not eio.lock or lock != eio.lock or lock != part.lock:
        raise ValidationFailed.field("lock", "incorrect-lock-id", "Incorrect lock ID.")
    try:
        stored = await content.write(data, limit=part.omvang,
                                     owner=(Bestandsdeel.get_pymongo_collection().name, part.id))
    except content.TooLarge:
        stored = None
    if stored is None or stored.length != part.omvang:
        if stored is not None:
            await content.delete(stored.id)
        raise ValidationFailed.field("inhoud", "file-size",
                                     "Het aangeleverde bestand heeft niet de juiste grootte.")
    previous = part.inhoud
    part.inhoud = stored.id
    await Bestandsdeel.get_pymongo_collection().update_one({"_id": part.id}, {"$set": {"inhoud": stored.id}})
    await content.settled(stored.id)
    if previous:
        await content.delete(previous)
    return part


async def join(eio: EnkelvoudigInformatieObject) -> content.StoredFile:
    """One GridFS file from the uploaded parts in order; 400 while a part is missing or sizes disagree."""
    parts = await of(eio)
    if len(parts) != len(eio.bestandsdelen) or any(p.inhoud is None for p in parts):
        raise ValidationFailed.non_field("incomplete-upload", "Het bestand is nog niet volledig geüpload: niet "
                                                              "alle bestandsdelen zijn aangeleverd.")
    files = []
    for part in parts:
        assert part.inhoud is not None
        stored = await content.info(part.inhoud)
        if stored is None or stored.length != part.omvang:
            raise ValidationFailed.non_field("incomplete-upload", f"Bestandsdeel {part.volgnummer} is niet "
                                                                  "volledig geüpload.")
        files.append(stored)
    if sum(f.length for f in files) != (eio.bestandsomvang or 0):
        raise ValidationFailed.non_field("file-size", "De totale grootte van de bestandsdelen is niet gelijk aan "
                                                      "de bestandsomvang.")
    if len(files) == 1:
        # one part (any file up to DOCUMENTEN_UPLOAD_CHUNK_SIZE): its file becomes the content as it is, no copy.
        # It is held for the version first and the part lets go of it, so no drop or sweep of the part deletes
        # it; a crash before the head names it leaves it to the pending sweep (and the part to upload again).
        stored = files[0]
        await content.hold(stored.id, _version_owner(eio))  # until the head names it
        await content.files().update_one({"_id": stored.id}, {"$set": {
            "filename": eio.bestandsnaam, "metadata": {"contentType": eio.formaat}}})
        await Bestandsdeel.get_pymongo_collection().update_one({"_id": parts[0].id}, {"$set": {"inhoud": None}})
        return content.StoredFile(stored.id, stored.length, stored.chunk_size, eio.bestandsnaam, eio.formaat)

    async def stream() -> AsyncIterator[bytes]:
        for stored in files:
            async for piece in content.read(stored):
                yield piece

    return await content.write(stream(), filename=eio.bestandsnaam, content_type=eio.formaat,
                               owner=_version_owner(eio))


def _version_owner(eio: EnkelvoudigInformatieObject) -> content.Owner:
    return EIOVersie.get_pymongo_collection().name, EIOVersie.key(eio.id, eio.versie)


async def drop(ids: list[UUID]) -> None:
    """Remove parts and their content (idempotent)."""
    if not ids:
        return
    async for doc in Bestandsdeel.get_pymongo_collection().find(by_ids(ids), {"inhoud": 1}):
        if doc.get("inhoud"):
            await content.delete(doc["inhoud"])
    await Bestandsdeel.get_pymongo_collection().delete_many(by_ids(ids))


async def sweep(older_than: timedelta) -> int:
    """Remove parts older than `older_than`: of deleted informatieobjecten, of versions replaced or joined
    (a writer that died before dropping them), and of uploads never finished. Such an informatieobject keeps
    its lock and has no content until an update plans new parts. Scans only the parts collection."""
    cutoff = datetime.now(UTC) - older_than
    swept = 0
    collection = Bestandsdeel.get_pymongo_collection()
    stale = [doc async for doc in collection.find({"aangemaakt": {"$lt": cutoff}}, {"informatieobject": 1})]
    by_eio: dict[UUID, list[UUID]] = {}
    for doc in stale:
        by_eio.setdefault(doc["informatieobject"], []).append(doc["_id"])
    eios = EnkelvoudigInformatieObject.get_pymongo_collection()
    for eio_id, ids in by_eio.items():
        async with eio_lock(eio_id):  # not while a part is uploaded or the parts are joined
            head = await eios.find_one({"_id": eio_id}, {"bestandsdelen": 1})
            if head is not None:  # FerretDB v1 ignores $pull with $in: the list is set whole, under the lock
                gone = set(ids)
                await eios.update_one({"_id": eio_id}, {"$set": {
                    "bestandsdelen": [p for p in head.get("bestandsdelen", []) if p not in gone]}})
            await drop(ids)
        swept += len(ids)
    return swept
