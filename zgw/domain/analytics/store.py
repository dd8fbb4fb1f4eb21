"""The snapshot files: immutable DuckDB databases with one table `zaken`, written by one writer.

`rebuild` reads every zaak from MongoDB (streamed, in batches: memory stays bounded) into a new
file; `compact` writes the current snapshot plus the rows ROWS gained since into a new file. Both
publish the new file in Redis (`KEY`: its name and the ROWS position it includes) only once it is
complete and closed, then trim ROWS up to the previous snapshot's position and remove older files.
Readers attach published files read-only and never see a file being written.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import duckdb
import orjson

from zgw.domain.analytics import config, feed
from zgw.domain.analytics.rows import FIELDS, NAMES, STRUCT, TABLE_DDL, from_wire, row_of

logger = logging.getLogger(__name__)

KEY = "zgw:analytics:snapshot"
GENERATION = "zgw:analytics:generation"
WRITER_LOCK = "zgw:analytics:writer"
LOCK_SECONDS = 120
BATCH = 5000
COMPACT_ROWS = 20_000  # compact once ROWS holds this many entries past the snapshot
COMPACT_SECONDS = 300  # … or once the snapshot is this old and anything changed

Progress = Callable[[int], None]


@dataclass(frozen=True)
class Snapshot:
    file: str
    position: str  # the last ROWS entry it includes
    count: int
    generation: int
    written_at: float

    def path(self) -> Path:
        return directory() / self.file


def directory() -> Path:
    if config.directory is None:
        raise RuntimeError("analytics: no directory configured (ANALYTICS_DIR)")
    config.directory.mkdir(parents=True, exist_ok=True)
    return config.directory


async def current() -> Snapshot | None:
    raw = await config.redis.get(KEY)
    if not raw:
        return None
    return Snapshot(**orjson.loads(raw))


# -- writing ----------------------------------------------------------------------------------------

DELTA_DDL = TABLE_DDL[:-1] + ", deleted BOOLEAN)"


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, Any]]) -> None:
    """Append rows (dicts with every column) in one statement."""
    if rows:
        con.execute(f"INSERT INTO {table} SELECT unnest(?::{STRUCT}[], recursive := true)", [rows])


def apply_delta(con: duckdb.DuckDBPyConnection, latest: Mapping[str, dict[str, Any] | None]) -> None:
    """Put these zaken's rows (None: removed) into the table `delta`, replacing what it held for them."""
    if not latest:
        return
    con.execute("DELETE FROM delta WHERE id IN (SELECT unnest(?::VARCHAR[]))", [list(latest)])
    rows = [{**from_wire(row), "deleted": False} if row is not None else
            {**dict.fromkeys(NAMES), "id": zaak_id, "seq": 0, "deleted": True}
            for zaak_id, row in latest.items()]
    con.execute(f"INSERT INTO delta SELECT unnest(?::{STRUCT[:-1]}, deleted BOOLEAN)[], recursive := true)", [rows])


async def _acquire(wait: float) -> Any:
    lock = config.redis.lock(WRITER_LOCK, timeout=LOCK_SECONDS, blocking_timeout=wait)
    return lock if await lock.acquire() else None


def _new_file(generation: int) -> Path:
    return directory() / f"zaken-{generation:08d}-{uuid.uuid4().hex[:8]}.duckdb"


def _finish(con: duckdb.DuckDBPyConnection, tmp: Path, final: Path) -> int:
    count = int(con.execute("SELECT count(*) FROM zaken").fetchone()[0])  # type: ignore[index]
    con.execute("CHECKPOINT")
    con.close()
    tmp.rename(final)
    return count


async def _publish(final: Path, position: str, count: int, generation: int) -> Snapshot:
    redis = config.redis
    previous = await current()
    snapshot = Snapshot(final.name, position, count, generation, time.time())
    await redis.set(KEY, orjson.dumps(asdict(snapshot)))
    if previous is not None and previous.position != "0-0":
        # readers still on the previous snapshot read ROWS after its position; keep that part
        await redis.xtrim(feed.ROWS, minid=previous.position)
    keep = {final.name} | ({previous.file} if previous else set())
    for old in directory().glob("zaken-*.duckdb*"):
        if old.name not in keep:  # older snapshots, and files of a writer that died (we hold the lock)
            old.unlink(missing_ok=True)
    return snapshot


async def _database(batch: int) -> AsyncIterator[Mapping[str, Any]]:
    from zgw.domain.zaken.documents import Zaak

    async for doc in Zaak.get_pymongo_collection().find({}, FIELDS, batch_size=batch):
        yield doc


async def rebuild(progress: Progress | None = None, batch: int = BATCH, wait: float = 600,
                  source: AsyncIterator[Mapping[str, Any]] | None = None) -> Snapshot:
    """A new snapshot from every zaak in MongoDB (or the raw zaak documents of `source`: the benchmark's
    set-up reads them from FerretDB's SQLite file); published when complete."""
    lock = await _acquire(wait)
    if lock is None:
        raise TimeoutError("analytics: another writer holds the copy")
    try:
        # rows appended from here on are applied over this snapshot: every change made while the
        # zaken are read is read again by the pump after it, and replaces what this read saw
        position = await feed.last_row_position(config.redis)
        generation = int(await config.redis.incr(GENERATION))
        final = _new_file(generation)
        tmp = final.with_name(final.name + ".tmp")
        con = duckdb.connect(str(tmp))
        con.execute(f"CREATE TABLE zaken {TABLE_DDL}")
        rows: list[dict[str, Any]] = []
        n = 0
        async for doc in source if source is not None else _database(batch):
            rows.append(row_of(doc))
            if len(rows) >= batch:
                await asyncio.to_thread(insert_rows, con, "zaken", rows)
                n += len(rows)
                rows = []
                await lock.extend(LOCK_SECONDS, replace_ttl=True)
                if progress is not None:
                    progress(n)
        await asyncio.to_thread(insert_rows, con, "zaken", rows)
        n += len(rows)
        if progress is not None:
            progress(n)
        count = await asyncio.to_thread(_finish, con, tmp, final)
        snapshot = await _publish(final, position, count, generation)
        logger.info("analytics copy rebuilt: %d zaken in %s", count, final.name)
        return snapshot
    finally:
        await _release(lock)


async def _release(lock: Any) -> None:
    try:
        await lock.release()
    except Exception:
        logger.warning("analytics: the writer lock expired while writing")


async def compact(min_rows: int = COMPACT_ROWS, max_age: float = COMPACT_SECONDS) -> Snapshot | None:
    """A new snapshot from the current one and the rows appended since, when there are at least
    `min_rows` of them or the snapshot is older than `max_age` seconds and any; else None."""
    redis = config.redis
    lock = await _acquire(0)
    if lock is None:
        return None
    try:
        snapshot = await current()
        if snapshot is None or not snapshot.path().exists():
            return None
        pending = await redis.xrange(feed.ROWS, min="(" + snapshot.position, count=min_rows)
        if not pending or (len(pending) < min_rows and time.time() - snapshot.written_at < max_age):
            return None
        generation = int(await redis.incr(GENERATION))
        final = _new_file(generation)
        tmp = final.with_name(final.name + ".tmp")
        con = duckdb.connect(str(tmp))
        con.execute(f"ATTACH '{snapshot.path()}' AS old (READ_ONLY)")
        con.execute(f"CREATE TEMP TABLE delta {DELTA_DDL}")
        position = snapshot.position
        while True:
            entries = await redis.xrange(feed.ROWS, min="(" + position, count=BATCH)
            if not entries:
                break
            latest, position = feed.parse(entries)
            await asyncio.to_thread(apply_delta, con, latest)
            await lock.extend(LOCK_SECONDS, replace_ttl=True)
            if len(entries) < BATCH:
                break
        columns = ", ".join(NAMES)

        def merge() -> None:
            con.execute(f"CREATE TABLE zaken AS SELECT {columns} FROM old.zaken o "
                        f"WHERE NOT EXISTS (SELECT 1 FROM delta d WHERE d.id = o.id) "
                        f"UNION ALL SELECT {columns} FROM delta WHERE NOT deleted")
            con.execute("DETACH old")

        await asyncio.to_thread(merge)
        count = await asyncio.to_thread(_finish, con, tmp, final)
        published = await _publish(final, position, count, generation)
        logger.info("analytics copy compacted: %d zaken in %s", count, final.name)
        return published
    finally:
        await _release(lock)


async def ensure(progress: Progress | None = None) -> Snapshot | None:
    """Rebuild when there is no usable snapshot (a new installation, a lost Redis or file); returns the
    new snapshot, or None when the current one is fine (or another writer is at work)."""
    snapshot = await current()
    if snapshot is not None and snapshot.path().exists():
        return None
    try:
        return await rebuild(progress, wait=0)
    except TimeoutError:
        return None
