"""The documenten index: the informatieobjecten list (`GET /enkelvoudiginformatieobjecten`, GraphQL's
`informatieobjecten`) answered by key, as the zaken index answers `GET /zaken`.

The same Redis structure as the zaken index (`zgw.domain.zaken.listing.Listing`, under its own PREFIX): one
creation-order family whose "zaaktype" slot is the informatieobjecttype (its stored ref) and whose level is
the vertrouwelijkheidaanduiding, scored by the head's `seq` — the list's default order (`search.sort_of`:
newest first). Sets per informatieobject: `all`, `t:<informatieobjecttype>` (levels up to zeer_geheim) and
`p:<rank>:<informatieobjecttype>`; a caller restricted to some types up to a level reads the `p:` sets of
those levels (`visible_from_policy`, the same selection as `access.list_filter`).

MongoDB stays the source of truth. Every write that can change an informatieobject's entries (create,
update, delete/remove, the import's batches) marks it dirty before its database write and re-derives its
entries from the database afterwards (`tracking`, under the informatieobject's lock); a process killed in
between leaves the mark, and `sweep()` (beat) syncs it. A rebuild reads the collection streamed; an empty
collection is ready without one; after a Redis restart (run id changed) the list uses the database query
until the beat's `ensure_ready` has rebuilt it. `check()` compares the index with the database.
"""

from __future__ import annotations

import logging
import os
import signal
import time
from collections.abc import AsyncIterator, Callable, Iterable, Mapping
from contextlib import asynccontextmanager
from typing import Any
from uuid import UUID

from zgw.domain.autorisaties.policy import Policy
from zgw.domain.autorisaties.scopes import Scope
from zgw.domain.common.vertrouwelijkheid import ORDER
from zgw.domain.zaken import listing
from zgw.domain.zaken.listing import Listing, Visible

logger = logging.getLogger(__name__)

PREFIX = "zgw:documenten:index"
SEQ_KEY = "zgw:documenten:seq"  # the counter service._next_seq and the import draw from
DIRTY = "zgw:documenten:dirty"
GRACE_SECONDS = 5.0
FIELDS = {"_id": 1, "seq": 1, "informatieobjecttype": 1, "vertrouwelijkheidaanduiding": 1}

Progress = Callable[[int], None]


class DocumentenListing(Listing):
    """The zaken Listing under PREFIX; a rebuild raises the documenten counter (not the zaken one) to the
    highest `seq` it saw, so documents written after Redis lost its data still come first."""

    def __init__(self, redis: Any) -> None:
        super().__init__(redis, is_empty=_empty, prefix=PREFIX)
        finish = self._finish

        async def _finish(keys: list[str], args: list[Any], client: Any = None) -> Any:
            return await finish(keys=[SEQ_KEY], args=args, client=client)

        self._finish = _finish


_index: DocumentenListing | None = None


def configure(redis: Any) -> None:
    """Bind the index to a Redis client (app lifespan, worker process)."""
    global _index
    _index = DocumentenListing(redis)


def get() -> DocumentenListing | None:
    """The index, or None when not configured (then every list is the database query)."""
    return _index


async def _empty() -> bool:
    from zgw.domain.documenten.documents import EnkelvoudigInformatieObject

    return await EnkelvoudigInformatieObject.get_pymongo_collection().find_one({}, {"_id": 1}) is None


def visible_from_policy(policy: Policy, scope: Scope) -> Visible:
    """What `access.list_filter(policy, scope)` selects, as informatieobjecttype -> highest rank (None: all)."""
    from zgw.domain.documenten.access import COMPONENT

    if policy.superuser:
        return None
    visible: dict[str, int] = {}
    for grant in policy.principal.grants:
        if grant.component != COMPONENT or grant.type_ref is None:
            continue
        if grant.max_va is None or grant.max_va not in ORDER:
            continue
        if not scope.satisfied_by(policy._with_grant(grant)):
            continue
        visible[grant.type_ref] = max(visible.get(grant.type_ref, -1), ORDER[grant.max_va])
    return visible


def entries(doc: Mapping[str, Any] | None) -> dict[str, int]:
    """The index sets of one informatieobject head (a raw database document; None: it is gone)."""
    if doc is None:
        return {}
    return listing.seq_entries(int(doc.get("seq") or 0), str(doc.get("informatieobjecttype") or ""),
                               doc.get("vertrouwelijkheidaanduiding"))


# -- the list ---------------------------------------------------------------------------------------------

async def page(criteria: Mapping[str, Any], policy: Policy, *, offset: int,
               limit: int) -> tuple[int, list[UUID]] | None:
    """(count, ids of the page) from the index when it is ready and the query is one it answers (no
    criteria but the default order, or only `informatieobjecttype`); None otherwise."""
    from zgw.domain.documenten import access, search

    index = get()
    if index is None:
        return None
    used = {k for k, v in criteria.items() if v is not None and v != []} - {"ordering", "expand", "fields"}
    if search.sort_of(criteria.get("ordering")) != [("seq", -1)]:
        return None
    iot = criteria.get("informatieobjecttype")
    if not (used <= {"informatieobjecttype"}) or (iot is not None and not (isinstance(iot, str) and iot)):
        return None
    if not await index.ready():
        return None
    visible = visible_from_policy(policy, access.LEZEN)
    count = await index.count(visible, iot)
    ids = await index.page(visible, offset, limit, iot)
    return count, [UUID(i) for i in ids]


# -- keeping it equal to the database ---------------------------------------------------------------------

async def read(eio_ids: Iterable[UUID]) -> dict[UUID, dict[str, int]]:
    """The entries the database gives these informatieobjecten (gone: none), in one `_id` read."""
    from zgw.domain.documenten.documents import EnkelvoudigInformatieObject

    wanted = list(eio_ids)
    out: dict[UUID, dict[str, int]] = {i: {} for i in wanted}
    if wanted:
        async for doc in EnkelvoudigInformatieObject.get_pymongo_collection().find({"_id": {"$in": wanted}}, FIELDS):
            out[doc["_id"]] = entries(doc)
    return out


def _uuid(value: UUID | str) -> UUID:
    return value if isinstance(value, UUID) else UUID(str(value))


async def sync(eio_ids: Iterable[UUID | str]) -> None:
    """Re-derive these informatieobjecten's entries from the database and put them in the index."""
    index = get()
    if index is None:
        return
    found = await read([_uuid(i) for i in eio_ids])
    if len(found) <= 1:
        for eio_id, names in found.items():
            await index.sync(str(eio_id), names)
        return
    pipe = index.redis.pipeline(transaction=False)  # a batch (the import's) in one round trip
    for eio_id, names in found.items():
        args: list[str | int] = [index.prefix, str(eio_id)]
        for name, score in names.items():
            args += [name, score]
        await index._sync(args=args, client=pipe)
    await pipe.execute()


async def mark(eio_ids: Iterable[UUID | str]) -> float:
    """Note that these informatieobjecten's entries may be about to change (before the database write)."""
    stamp = time.time()
    index = get()
    ids = [str(i) for i in eio_ids]
    if index is not None and ids:
        await index.redis.zadd(DIRTY, dict.fromkeys(ids, stamp))
    return stamp


_SETTLE = """
for i = 2, #ARGV do
  local s = redis.call('ZSCORE', KEYS[1], ARGV[i])
  if s and tonumber(s) <= tonumber(ARGV[1]) then redis.call('ZREM', KEYS[1], ARGV[i]) end
end
return 0
"""


async def settle(eio_ids: Iterable[UUID | str], stamp: float) -> None:
    """Clear the marks unless a later writer marked again."""
    index = get()
    ids = [str(i) for i in eio_ids]
    if index is not None and ids:
        await index.redis.eval(_SETTLE, 1, DIRTY, repr(stamp), *ids)


# Fault injection for the crash tests: ZGW_FAULT=before-documenten-index-sync kills this process (SIGKILL)
# after an informatieobject's database writes, before its index entries follow them.
_FAULT = os.environ.get("ZGW_FAULT", "")


@asynccontextmanager
async def tracking(*eio_ids: UUID | str) -> AsyncIterator[None]:
    """Around a write of these informatieobjecten (under their lock): mark before, sync and settle after
    (also when the write failed: the entries then follow what the database holds)."""
    if get() is None:
        yield
        return
    stamp = await mark(eio_ids)
    try:
        yield
    finally:
        if _FAULT == "before-documenten-index-sync":
            os.kill(os.getpid(), signal.SIGKILL)
        await sync(eio_ids)
        await settle(eio_ids, stamp)


@asynccontextmanager
async def bulk(redis: Any, eio_ids: Iterable[UUID | str]) -> AsyncIterator[None]:
    """Around a bulk write of new informatieobjecten (the import's batch): `tracking` when this process has
    the index; otherwise the index is marked not ready before the write (lists use the database query until
    the beat's `ensure_ready` has rebuilt it), so no process can read an index that misses them."""
    if get() is None:
        if redis is not None:
            await redis.delete(f"{PREFIX}:ready")
        yield
        return
    async with tracking(*eio_ids):
        yield


async def sweep(grace: float = GRACE_SECONDS, limit: int = 1000) -> int:
    """Sync every informatieobject marked longer than `grace` seconds ago (its writer died); returns how many.
    One whose lock is still held is left for the next sweep."""
    from zgw.domain.documenten.locks import eio_lock

    index = get()
    if index is None:
        return 0
    stale = await index.redis.zrangebyscore(DIRTY, "-inf", time.time() - grace, start=0, num=limit)
    done = 0
    for raw in stale:
        eio_id = raw.decode() if isinstance(raw, bytes) else str(raw)
        try:
            async with eio_lock(eio_id, wait=0.2), tracking(eio_id):
                pass
        except Exception:  # busy, or Redis trouble: the mark stays for the next sweep
            logger.warning("documenten index: could not sync %s, left for the next sweep", eio_id, exc_info=True)
            continue
        done += 1
    if done:
        logger.info("documenten index: %d informatieobjecten synced by the sweep", done)
    return done


async def database_rows(batch: int = 1000) -> AsyncIterator[tuple[str, dict[str, int]]]:
    """Every informatieobject's entries from the database (streamed, only the fields the index needs)."""
    from zgw.domain.documenten.documents import EnkelvoudigInformatieObject

    async for doc in EnkelvoudigInformatieObject.get_pymongo_collection().find({}, FIELDS, batch_size=batch):
        yield str(doc["_id"]), entries(doc)


async def _counted(rows: AsyncIterator[tuple[str, dict[str, int]]],
                   progress: Progress | None) -> AsyncIterator[tuple[str, dict[str, int]]]:
    n = 0
    async for row in rows:
        yield row
        n += 1
        if progress is not None and n % 1000 == 0:
            progress(n)
    if progress is not None:
        progress(n)


async def rebuild(progress: Progress | None = None) -> int:
    """Rebuild the whole index from the database (a new generation, swapped in when complete); marks ready."""
    index = get()
    if index is None:
        raise RuntimeError("documenten index used before configure()")
    return await index.rebuild(_counted(database_rows(), progress))


async def ensure_ready() -> int | None:
    """Rebuild when the index is not ready; None when it was (or another process is rebuilding)."""
    index = get()
    if index is None or await index.ready():
        return None
    lock = f"{PREFIX}:rebuilding"
    if not await index.redis.set(lock, 1, nx=True, ex=3600):
        return None
    try:
        return await rebuild()
    finally:
        await index.redis.delete(lock)


async def check(*, repair: bool = False, batch: int = 1000,
                progress: Progress | None = None) -> dict[str, list[str]]:
    """Compare the index with the database (`listing.compare`: missing, wrong, stale, strays; in batches,
    memory stays bounded); with `repair` sync each of them."""
    from zgw.domain.documenten.documents import EnkelvoudigInformatieObject

    index = get()
    if index is None:
        raise RuntimeError("documenten index used before configure()")

    async def existing(ids: list[str]) -> set[str]:
        return {str(d["_id"]) async for d in EnkelvoudigInformatieObject.get_pymongo_collection().find(
            {"_id": {"$in": [UUID(i) for i in ids]}}, {"_id": 1})}

    report = await listing.compare(index, _counted(database_rows(batch), progress), existing, batch=batch)
    if repair:
        await listing.repair(index, report, sync)
    return report
