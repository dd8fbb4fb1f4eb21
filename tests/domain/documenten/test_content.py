"""GridFS content written and read by `_id` only, readable by PyMongo's own GridFSBucket, streamed."""

from __future__ import annotations

import os
import tracemalloc
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import httpx
import pytest
from gridfs import AsyncGridFSBucket

from tests.perf.recorder import recorded
from zgw.core.settings import Settings
from zgw.domain.documenten import content
from zgw.domain.documenten.documents import BUCKET


async def _pieces(total: int, piece: int = 1024 * 1024, seed: bytes = b"") -> AsyncIterator[bytes]:
    block = (seed or os.urandom(64)) * (piece // 64)
    sent = 0
    while sent < total:
        part = block[: min(piece, total - sent)]
        sent += len(part)
        yield part


async def test_roundtrip_ranges_and_gridfsbucket_reads_it(api: httpx.AsyncClient) -> None:
    data = os.urandom(3 * content.CHUNK_SIZE + 1234)

    async def one() -> AsyncIterator[bytes]:
        for at in range(0, len(data), 100_000):
            yield data[at:at + 100_000]

    stored = await content.write(one(), filename="a.bin", content_type="application/octet-stream")
    assert stored.length == len(data)
    assert b"".join([p async for p in content.read(stored)]) == data
    again = await content.info(stored.id)
    assert again == stored
    for start, end in [(0, 1), (10, content.CHUNK_SIZE + 5), (content.CHUNK_SIZE, 2 * content.CHUNK_SIZE),
                       (len(data) - 3, len(data)), (5, None)]:
        assert b"".join([p async for p in content.read(stored, start, end)]) == data[start:end]

    bucket = AsyncGridFSBucket(content.files().database, bucket_name=BUCKET)  # production MongoDB's reader
    stream = await bucket.open_download_stream(stored.id)
    assert await stream.read() == data

    await content.delete(stored.id)
    assert await content.info(stored.id) is None
    assert await content.chunks().count_documents({"files_id": stored.id}) == 0


async def test_reads_and_writes_only_by_id(api: httpx.AsyncClient, settings: Settings,
                                           app_state: tuple[Any, dict[str, Any]]) -> None:
    async with recorded(settings, app_state[1]) as recorder:
        with recorder.recording():
            stored = await content.write(_pieces(2 * 1024 * 1024))
            assert sum([len(p) async for p in content.read(stored, 100, 1_500_000)]) == 1_499_900
            await content.delete(stored.id)
        assert recorder.scans() == []
        assert any(c == f"{BUCKET}.chunks" for _, c, _ in recorder.commands)


async def test_failed_write_leaves_nothing(api: httpx.AsyncClient) -> None:
    with pytest.raises(content.TooLarge):
        await content.write(_pieces(3 * 1024 * 1024), limit=2 * 1024 * 1024)
    assert await content.chunks().count_documents({}) == 0
    assert await content.files().count_documents({}) == 0
    assert await content.pending().count_documents({}) == 0


async def test_sweep_drops_chunks_of_an_abandoned_write(api: httpx.AsyncClient) -> None:
    await content.pending().insert_one({"_id": "dead", "started": content.datetime(2020, 1, 1,
                                                                                   tzinfo=content.UTC)})
    await content.chunks().insert_many([{"_id": content.chunk_id("dead", n), "files_id": "dead", "n": n,
                                         "data": b"x"} for n in range(3)])
    assert await content.sweep_pending(timedelta(hours=1)) == 1
    assert await content.chunks().count_documents({}) == 0
    assert await content.pending().count_documents({}) == 0


async def test_streaming_memory_stays_small(api: httpx.AsyncClient) -> None:
    """64 MB in and out: the traced peak stays a few chunk batches, not the file."""
    size = 64 * 1024 * 1024
    seed = os.urandom(64)
    tracemalloc.start()
    try:
        stored = await content.write(_pieces(size, seed=seed))
        total = 0
        async for part in content.read(stored):
            total += len(part)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert total == size
    assert peak < 12 * 1024 * 1024, peak
    await content.delete(stored.id)
