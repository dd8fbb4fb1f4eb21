"""Document content in GridFS collections, written and read by `_id` only.

PyMongo's GridFSBucket reads a file's chunks with `find({files_id, n: {$gte: ...}}).sort(n)`: on the
embedded store (FerretDB v1, only `_id` indexed) every such read scans the whole chunks collection. So
we keep GridFS's layout — `<bucket>.files` {_id, length, chunkSize, uploadDate, filename, metadata} and
`<bucket>.chunks` {_id, files_id, n, data} — but give every chunk the derived `_id` "<files_id>:<n>"
and read chunks with `{_id: {$in: [...]}}` in small batches. A production MongoDB's GridFSBucket reads
these files as any other (it never looks at a chunk's `_id`; `files_id` + `n` carry its unique index).

Streaming both ways: a writer holds at most one chunk plus one batch in memory, a reader one batch.
A file becomes visible when its files document is written, after all its chunks; until then it is
named in `<bucket>.pending` so that an interrupted write can be swept (`sweep_pending`), and a file written for
an owner stays named there until the owner names it (`settled`).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
from collections.abc import AsyncIterable, AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID, uuid4

from pymongo import ASCENDING, IndexModel

from zgw.domain.documenten.documents import BUCKET, EIOVersie, EnkelvoudigInformatieObject

CHUNK_SIZE = 255 * 1024  # GridFS's default chunk size
BATCH = 4  # chunks per database round trip when writing (~1 MB)
READ_BATCH = 8  # chunks per round trip when reading (~2 MB)


def _database() -> Any:
    return EnkelvoudigInformatieObject.get_pymongo_collection().database


def files() -> Any:
    return _database()[f"{BUCKET}.files"]


def chunks() -> Any:
    return _database()[f"{BUCKET}.chunks"]


def pending() -> Any:
    return _database()[f"{BUCKET}.pending"]


# what a production MongoDB's GridFSBucket creates itself (and reads by), declared for completeness
INDEXES = {f"{BUCKET}.chunks": [IndexModel([("files_id", ASCENDING), ("n", ASCENDING)], unique=True)],
           f"{BUCKET}.files": [IndexModel([("filename", ASCENDING), ("uploadDate", ASCENDING)])]}


def chunk_id(file_id: str, n: int) -> str:
    return f"{file_id}:{n}"


@dataclass(frozen=True)
class StoredFile:
    id: str
    length: int
    chunk_size: int
    filename: str = ""
    content_type: str = ""


Owner = tuple[str, Any]  # (collection name, _id) of the document whose `inhoud` is to name a file


class TooLarge(Exception):
    """More bytes arrived than the writer was allowed to take."""


async def write(data: AsyncIterable[bytes], *, filename: str = "", content_type: str = "",
                chunk_size: int = CHUNK_SIZE, limit: int | None = None, owner: Owner | None = None) -> StoredFile:
    """Store a stream as one GridFS file; on any failure nothing of it stays visible (and its chunks go).

    With an `owner` (the document that is to name the file by its `inhoud`), the file stays pending after the
    write until the caller, having written the owner, calls `settled`: a writer that dies in between leaves
    a file nobody names, which the sweep then removes (it keeps the file when the owner does name it)."""
    file_id = uuid4().hex
    marker: dict[str, Any] = {"_id": file_id, "started": datetime.now(UTC)}
    if owner is not None:
        marker["owner"] = {"collection": owner[0], "id": owner[1]}
    await pending().insert_one(marker)
    n = 0
    length = 0
    buffer = bytearray()
    batch: list[dict[str, Any]] = []
    collection = chunks()

    async def flush() -> None:
        if batch:
            await collection.insert_many(batch, ordered=True)
            batch.clear()

    try:
        async for piece in data:
            if not piece:
                continue
            length += len(piece)
            if limit is not None and length > limit:
                raise TooLarge()
            buffer += piece
            while len(buffer) >= chunk_size:
                batch.append({"_id": chunk_id(file_id, n), "files_id": file_id, "n": n,
                              "data": bytes(buffer[:chunk_size])})
                del buffer[:chunk_size]
                n += 1
                if len(batch) >= BATCH:
                    await flush()
        if buffer:
            batch.append({"_id": chunk_id(file_id, n), "files_id": file_id, "n": n, "data": bytes(buffer)})
            n += 1
        await flush()
        await files().insert_one({"_id": file_id, "length": length, "chunkSize": chunk_size,
                                  "uploadDate": datetime.now(UTC), "filename": filename,
                                  "metadata": {"contentType": content_type}})
    except BaseException:
        await _drop_chunks(file_id, n + 1)
        await pending().delete_one({"_id": file_id})
        raise
    if owner is None:
        await pending().delete_one({"_id": file_id})
    return StoredFile(file_id, length, chunk_size, filename, content_type)


async def hold(file_id: str, owner: Owner) -> None:
    """Mark an existing file pending for a new owner (as `write(owner=...)` does) until `settled`."""
    await pending().replace_one({"_id": file_id}, {"_id": file_id, "started": datetime.now(UTC),
                                                   "owner": {"collection": owner[0], "id": owner[1]}}, upsert=True)


async def settled(file_id: str) -> None:
    """The owner names the file now: it is no longer pending."""
    await pending().delete_one({"_id": file_id})


async def write_bytes(data: bytes, **kwargs: Any) -> StoredFile:
    async def one() -> AsyncIterator[bytes]:
        yield data

    return await write(one(), **kwargs)


async def decode_base64(text: str, piece: int = 1024 * 1024) -> AsyncIterator[bytes]:
    """Base64 text decoded in pieces (no second full-size copy); ValueError when it is not base64."""
    compact = "".join(text.split()) if any(c.isspace() for c in text[:1024]) else text
    step = piece // 3 * 4
    for at in range(0, len(compact), step):
        yield base64.b64decode(compact[at:at + step], validate=True)


async def info(file_id: str) -> StoredFile | None:
    doc = await files().find_one({"_id": file_id})
    if doc is None:
        return None
    return StoredFile(doc["_id"], int(doc["length"]), int(doc["chunkSize"]), doc.get("filename", ""),
                      (doc.get("metadata") or {}).get("contentType", ""))


async def read(stored: StoredFile, start: int = 0, end: int | None = None) -> AsyncIterator[bytes]:
    """The bytes [start, end) of a stored file, chunk batch by chunk batch, each read by `_id`; the next batch
    is fetched while the current one is consumed (at most two batches, ~4 MB, in memory)."""
    end = stored.length if end is None else min(end, stored.length)
    if start >= end:
        return
    size = stored.chunk_size
    first, last = start // size, (end - 1) // size
    collection = chunks()
    batches = [list(range(b, min(b + READ_BATCH, last + 1))) for b in range(first, last + 1, READ_BATCH)]

    async def fetch(numbers: list[int]) -> dict[int, bytes]:
        return {d["n"]: d["data"] async for d in collection.find({"_id": {"$in": [chunk_id(stored.id, n)
                                                                                  for n in numbers]}})}

    ahead: asyncio.Task[dict[int, bytes]] | None = asyncio.ensure_future(fetch(batches[0]))
    try:
        for at, numbers in enumerate(batches):
            assert ahead is not None
            docs = await ahead
            ahead = asyncio.ensure_future(fetch(batches[at + 1])) if at + 1 < len(batches) else None
            for n in numbers:
                data = docs.get(n)
                if data is None:
                    raise RuntimeError(f"GridFS file {stored.id} misses chunk {n}")
                lo = start - n * size if n == first else 0
                hi = end - n * size if n == last else len(data)
                yield bytes(data[lo:hi])
    finally:
        if ahead is not None:  # the reader stopped early (a client that went away)
            ahead.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await ahead


async def _drop_chunks(file_id: str, count: int) -> None:
    collection = chunks()
    for at in range(0, count, 100):
        await collection.delete_many({"_id": {"$in": [chunk_id(file_id, n) for n in range(at, min(at + 100, count))]}})


async def delete(file_id: str) -> None:
    """Remove a file: its files document first (invisible at once), then its chunks; idempotent."""
    stored = await info(file_id)
    if stored is None:
        return
    await files().delete_one({"_id": file_id})
    await _drop_chunks(file_id, -(-stored.length // stored.chunk_size))
    await pending().delete_one({"_id": file_id})


async def sweep_pending(older_than: timedelta) -> int:
    """Drop the files of writes that never finished (their writer died) and of finished writes whose owner
    never came to name them. Scans only `pending` (small); each owner is read by `_id`."""
    cutoff = datetime.now(UTC) - older_than
    swept = 0
    async for doc in pending().find({"started": {"$lt": cutoff}}):
        file_id = doc["_id"]
        if await files().find_one({"_id": file_id}, {"_id": 1}) is None:
            n = 0
            while True:  # the chunks are numbered from 0 without gaps
                ids = [chunk_id(file_id, i) for i in range(n, n + 100)]
                result = await chunks().delete_many({"_id": {"$in": ids}})
                if result.deleted_count == 0:
                    break
                n += 100
        elif doc.get("owner") and not await _named(file_id, doc["owner"]):
            await delete(file_id)
        await pending().delete_one({"_id": file_id})
        swept += 1
    return swept


async def _named(file_id: str, owner: dict[str, Any]) -> bool:
    """Does the owner name the file? A version counts once its head has reached it (and, while it is the
    head's current version, the head names the file too)."""
    doc = await _database()[owner["collection"]].find_one({"_id": owner["id"]}, {"inhoud": 1})
    if doc is None or doc.get("inhoud") != file_id:
        return False
    if owner["collection"] == EIOVersie.get_pymongo_collection().name:
        eio, _, versie = str(owner["id"]).rpartition(":")
        head = await EnkelvoudigInformatieObject.get_pymongo_collection().find_one({"_id": UUID(eio)},
                                                                                   {"versie": 1, "inhoud": 1})
        if head is None or head.get("versie", 0) < int(versie):
            return False
        if head["versie"] == int(versie) and head.get("inhoud") != file_id:
            return False
    return True
