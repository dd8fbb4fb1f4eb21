"""The change feed: changed zaak ids in (`noted`), their rows out (`pump`), on two Redis streams.

`CHANGED` holds the ids of zaken the zaken index synced (every write, every sweep). `pump` (the
worker) turns them into rows on `ROWS`, which every reader and every compaction apply in order: a
later entry of a zaak replaces an earlier one, an entry without a row removes the zaak. The pump's
cursor moves only after its rows are appended, so a pump that dies is repeated (appending the same
rows again, which is harmless).
"""

from __future__ import annotations

import logging
from typing import Any
from uuid import UUID

import orjson

from zgw.domain.analytics import config
from zgw.domain.analytics.rows import FIELDS, row_of, to_wire

logger = logging.getLogger(__name__)

CHANGED = "zgw:analytics:changed"
ROWS = "zgw:analytics:rows"
CURSOR = "zgw:analytics:cursor"
PUMP_LOCK = "zgw:analytics:pump"
MAXLEN = 1_000_000  # changed ids kept while no pump runs; beyond that the copy is rebuilt


def text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


async def noted(redis: Any, zaak_id: UUID | str) -> None:
    """Put a changed zaak on the feed (called when the zaken index synced it)."""
    await redis.xadd(CHANGED, {"id": str(zaak_id)}, maxlen=MAXLEN, approximate=True)


async def last_row_position(redis: Any) -> str:
    """The id of the newest entry of ROWS ("0-0" when empty)."""
    newest = await redis.xrevrange(ROWS, count=1)
    return text(newest[0][0]) if newest else "0-0"


def parse(entries: list[tuple[Any, dict[Any, Any]]]) -> tuple[dict[str, dict[str, Any] | None], str]:
    """ROWS entries as {zaak id: wire row or None (removed)}, the last entry winning; and the last id."""
    latest: dict[str, dict[str, Any] | None] = {}
    last = ""
    for entry_id, fields in entries:
        last = text(entry_id)
        zaak_id = text(fields.get(b"id") or fields.get("id") or "")
        raw = fields.get(b"row") or fields.get("row") or b""
        latest.pop(zaak_id, None)  # keep the order of last appearance
        latest[zaak_id] = orjson.loads(raw) if raw else None
    return latest, last


class Lost(Exception):
    """CHANGED was trimmed past the pump's cursor: changes were lost, the copy must be rebuilt."""


async def pump(limit: int = 2000, rounds: int = 50) -> int:
    """Turn the changed ids into rows on ROWS; returns how many zaken were read (0 when another pump runs)."""
    from zgw.domain.zaken.documents import Zaak

    redis = config.redis
    lock = redis.lock(PUMP_LOCK, timeout=120, blocking_timeout=0)
    if not await lock.acquire():
        return 0
    done = 0
    try:
        cursor = text(await redis.get(CURSOR) or "0-0")
        for _ in range(rounds):
            entries = await redis.xrange(CHANGED, min="(" + cursor, count=limit)
            if not entries:
                break
            if cursor != "0-0":
                first = await redis.xrange(CHANGED, count=1)
                if first and _after(text(first[0][0]), cursor):
                    await redis.set(CURSOR, text(entries[-1][0]))
                    raise Lost(cursor)
            ids = list(dict.fromkeys(UUID(text(f.get(b"id") or f.get("id"))) for _, f in entries))
            docs = {doc["_id"]: doc async for doc in Zaak.get_pymongo_collection().find(
                {"_id": {"$in": ids}}, FIELDS)}
            pipe = redis.pipeline(transaction=False)
            for zaak_id in ids:
                doc = docs.get(zaak_id)
                row = orjson.dumps(to_wire(row_of(doc))) if doc is not None else b""
                pipe.xadd(ROWS, {"id": str(zaak_id), "row": row})
            await pipe.execute()
            cursor = text(entries[-1][0])
            await redis.set(CURSOR, cursor)
            await redis.xtrim(CHANGED, minid=cursor)
            done += len(ids)
            if len(entries) < limit:
                break
            await lock.extend(120, replace_ttl=True)
    finally:
        try:
            await lock.release()
        except Exception:  # expired: a later pump may already run
            logger.warning("analytics pump: lock expired while pumping")
    return done


def _after(a: str, b: str) -> bool:
    """Stream id `a` is later than `b`."""
    ams, _, aseq = a.partition("-")
    bms, _, bseq = b.partition("-")
    return (int(ams), int(aseq or 0)) > (int(bms), int(bseq or 0))
