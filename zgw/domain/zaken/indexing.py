"""What the zaken index (`listing.py`) holds for each zaak, and how it stays equal to the database.

`entries()` derives a zaak's sets from its document and its rollen. Every write to a zaak or to one
of its sub-resources holds the zaak's lock (`locks.zaak_lock`); the lock marks the zaak *dirty*
before the writes and, when released, re-derives its entries from the database (`sync`) and clears
the mark. A process killed between the database write and the sync leaves the mark behind, and
`sweep()` (beat, every few seconds) syncs every zaak marked longer ago than the grace period: no
zaak stays missing from or stale in an answer for longer than that. `check()` compares the whole
index with the database (`zgw reindex --check`) and `repair()` syncs every zaak it finds wrong.
"""

from __future__ import annotations

import logging
import os
import signal
import time
from collections.abc import AsyncIterator, Callable, Iterable, Mapping
from datetime import date
from typing import Any
from urllib.parse import quote
from uuid import UUID

from zgw.domain.analytics import feed
from zgw.domain.zaken import listing

logger = logging.getLogger(__name__)

DIRTY = "zgw:zaken:dirty"
GRACE_SECONDS = 5.0
SHIFT = 2**31  # start score = ordinal(startdatum) * SHIFT + seq: below 2^53 up to year 9999, seq < 2^31
CANDIDATE_CAP = 20_000

ZAAK_FIELDS = {"_id": 1, "seq": 1, "zaaktype": 1, "vertrouwelijkheidaanduiding": 1, "startdatum": 1,
               "einddatum": 1, "status_statustype": 1, "identificatie": 1, "rollen": 1}
ROL_FIELDS = {"_id": 1, "zaak": 1, "betrokkene_type": 1, "betrokkene": 1, "betrokkene_identificatie": 1}
# the betrokkeneIdentificatie attributes the zaken and rollen filters select on (wire names)
IDENTIFYING = ("inpBsn", "anpIdentificatie", "inpA_nummer", "innNnpId", "annIdentificatie", "kvkNummer",
               "vestigingsNummer", "identificatie")
ROL_KIND = {
    "natuurlijkPersoon": "natuurlijk_persoon", "nietNatuurlijkPersoon": "niet_natuurlijk_persoon",
    "vestiging": "vestiging", "medewerker": "medewerker", "organisatorischeEenheid": "organisatorische_eenheid",
}


def _q(value: str) -> str:
    return quote(value, safe="")


def identificatie_key(value: str) -> str:
    return f"k:i:{_q(value)}"


def rol_key(betrokkene_type: str, attribute: str, value: str) -> str:
    return f"k:r:{betrokkene_type}:{attribute}:{_q(value)}"


def betrokkene_key(url: str) -> str:
    return f"k:b:{_q(url)}"


def start_score(startdatum: Any, seq: int) -> int:
    try:
        ordinal = date.fromisoformat(str(startdatum)[:10]).toordinal()
    except ValueError:
        ordinal = 0
    return ordinal * SHIFT + seq


def entries(zaak: Mapping[str, Any], rollen: Iterable[Mapping[str, Any]]) -> dict[str, int]:
    """The index sets of one zaak (a raw database document) and its rollen, with their scores."""
    seq = int(zaak.get("seq") or 0)
    zaaktype = str(zaak.get("zaaktype") or "")
    va = zaak.get("vertrouwelijkheidaanduiding")
    rank = listing.rank(va)
    out = listing.seq_entries(seq, zaaktype, va)
    start = start_score(zaak.get("startdatum"), seq)

    def family(fam: str, key: str, with_all: bool = False) -> None:
        out[f"{fam}p:{rank}:{key}"] = start
        if rank <= listing.TOP:
            out[f"{fam}t:{key}"] = start
        if with_all:
            out[f"{fam}all"] = start

    family("s:", zaaktype, with_all=True)
    if not zaak.get("einddatum"):
        family("o:", zaaktype)
    if zaak.get("status_statustype"):
        family("st:", str(zaak["status_statustype"]))
    if zaak.get("identificatie"):
        out[identificatie_key(str(zaak["identificatie"]))] = seq
    for rol in rollen:
        identification = rol.get("betrokkene_identificatie") or {}
        kind = str(rol.get("betrokkene_type") or "")
        for attribute in IDENTIFYING:
            value = identification.get(attribute) if isinstance(identification, dict) else None
            if isinstance(value, str) and value:
                out[rol_key(kind, attribute, value)] = seq
        if rol.get("betrokkene"):
            out[betrokkene_key(str(rol["betrokkene"]))] = seq
    return out


def criteria_keys(criteria: Mapping[str, Any]) -> list[list[str]] | None:
    """The key sets that hold every zaak matching `criteria`: one list per criterion (the zaken are
    in the intersection of the lists' unions); None when no criterion is a key."""
    found: list[list[str]] = []
    value = criteria.get("identificatie")
    if isinstance(value, str) and value:
        found.append([identificatie_key(value)])
    for name, value in criteria.items():
        if value in (None, "") or not name.startswith("rol__"):
            continue
        rest = name.removeprefix("rol__")
        if rest == "betrokkene":
            found.append([betrokkene_key(str(value))])
        elif rest.startswith("betrokkeneIdentificatie__"):
            _, kind, attribute = rest.split("__", 2)
            if kind in ROL_KIND and attribute in IDENTIFYING:
                found.append([rol_key(ROL_KIND[kind], attribute, str(value))])
    return found or None


async def candidates(criteria: Mapping[str, Any], cap: int = CANDIDATE_CAP) -> list[UUID] | None:
    """The zaak ids of the smallest key set of `criteria` (a superset of the answer); None when
    no criterion is a key or the set is larger than `cap`."""
    keys = criteria_keys(criteria)
    if keys is None:
        return None
    index = listing.get()
    best: list[str] | None = None
    for names in keys:
        found = await index.members(names, cap)
        if found is not None and (best is None or len(found) < len(best)):
            best = found
    if best is None:
        return None
    return [UUID(i) for i in best]


# -- keeping it equal to the database ---------------------------------------------------------------

def _redis() -> Any:
    return listing.get().redis


VERSION = "zgw:zaken:v:"  # + zaak id: moved before and after every write to the zaak (see `versions`)


async def mark(zaak_id: UUID | str) -> float:
    """Note that the zaak's index entries may be about to change, and move its version; returns the
    mark (a timestamp)."""
    stamp = time.time()
    pipe = _redis().pipeline(transaction=False)
    pipe.zadd(DIRTY, {str(zaak_id): stamp})
    pipe.incr(VERSION + str(zaak_id))
    await pipe.execute()
    return stamp


async def versions(zaak_ids: list[UUID]) -> list[int]:
    """Each zaak's version: it moves when a write begins and again when it has ended, so something
    derived from a zaak read after its version was read is current exactly while the version stays."""
    if not zaak_ids:
        return []
    found = await _redis().mget([VERSION + str(i) for i in zaak_ids])
    return [int(v or 0) for v in found]


_SETTLE = """
local s = redis.call('ZSCORE', KEYS[1], ARGV[1])
if s and tonumber(s) <= tonumber(ARGV[2]) then redis.call('ZREM', KEYS[1], ARGV[1]) end
return 0
"""


async def settle(zaak_id: UUID | str, stamp: float) -> None:
    """Clear the zaak's mark unless a later writer marked it again."""
    await _redis().eval(_SETTLE, 1, DIRTY, str(zaak_id), repr(stamp))


async def _with_rollen(docs: list[dict[str, Any]]) -> dict[UUID, dict[str, int]]:
    """The entries of these zaak documents, their rollen read by `_id` in one query."""
    from zgw.domain.zaken.documents import Rol, Zaak

    rol_ids = [rid for doc in docs for rid in doc.get("rollen") or []]
    rollen: dict[str, list[dict[str, Any]]] = {}
    if rol_ids:
        async for rol in Rol.get_pymongo_collection().find({"_id": {"$in": rol_ids}}, ROL_FIELDS):
            rollen.setdefault(str(rol.get("zaak") or ""), []).append(rol)
    return {doc["_id"]: entries(doc, rollen.get(f"{Zaak.PATH}/{doc['_id']}", [])) for doc in docs}


async def read(zaak_ids: list[UUID]) -> dict[UUID, dict[str, int]]:
    """The entries the database gives these zaken (missing zaken: none), in two `_id` reads."""
    from zgw.domain.zaken.documents import Zaak

    if not zaak_ids:
        return {}
    docs = [doc async for doc in Zaak.get_pymongo_collection().find({"_id": {"$in": list(zaak_ids)}}, ZAAK_FIELDS)]
    out: dict[UUID, dict[str, int]] = {i: {} for i in zaak_ids}
    out.update(await _with_rollen(docs))
    return out


async def sync(zaak_id: UUID | str) -> None:
    """Re-derive one zaak's entries from the database and put them in the index."""
    uuid = zaak_id if isinstance(zaak_id, UUID) else UUID(str(zaak_id))
    found = await read([uuid])
    await listing.get().sync(str(uuid), found[uuid])
    await feed.noted(_redis(), uuid)  # the analytics copy follows (zgw.domain.analytics)


async def lock_entered(zaak_id: str) -> float:
    return await mark(zaak_id)


# Fault injection for the crash tests: ZGW_FAULT=before-index-sync kills this process (SIGKILL)
# after a zaak's database writes, before its index entries follow them.
_FAULT = os.environ.get("ZGW_FAULT", "")


async def lock_leaving(zaak_id: str, stamp: float) -> None:
    if _FAULT == "before-index-sync":
        os.kill(os.getpid(), signal.SIGKILL)
    await sync(zaak_id)
    await _redis().incr(VERSION + zaak_id)
    await settle(zaak_id, stamp)


async def sweep(grace: float = GRACE_SECONDS, limit: int = 1000) -> int:
    """Sync every zaak marked dirty longer than `grace` seconds ago (its writer died); returns how many.

    A zaak whose lock is still held (a writer at work, or a dead writer's lock until it expires after
    `locks.LOCK_TIMEOUT`) is left for the next sweep.
    """
    from zgw.domain.zaken import subresources
    from zgw.domain.zaken.locks import zaak_lock

    redis = _redis()
    stale = await redis.zrangebyscore(DIRTY, "-inf", time.time() - grace, start=0, num=limit)
    done = 0
    for raw in stale:
        zaak_id = raw.decode() if isinstance(raw, bytes) else str(raw)
        try:
            async with zaak_lock(zaak_id, wait=0.2):  # marks, and syncs when released
                dropped = await subresources.heal(UUID(zaak_id))
                if dropped:
                    logger.warning("zaak %s: dropped what a crashed writer named but never wrote: %s",
                                   zaak_id, ", ".join(dropped))
        except Exception:  # busy or Redis trouble: the mark stays for the next sweep
            logger.warning("zaken index: could not sync %s, left for the next sweep", zaak_id, exc_info=True)
            continue
        done += 1
    if done:
        logger.info("zaken index: %d zaken synced by the sweep", done)
    return done


async def database_rows(batch: int = 1000) -> AsyncIterator[tuple[str, dict[str, int]]]:
    """Every zaak's entries from the database: the zaken streamed (only the fields the index needs;
    memory bounded by the batch), their rollen read by `_id` per batch."""
    from zgw.domain.zaken.documents import Zaak

    docs: list[dict[str, Any]] = []
    async for doc in Zaak.get_pymongo_collection().find({}, ZAAK_FIELDS, batch_size=batch):
        docs.append(doc)
        if len(docs) >= batch:
            for zaak_id, found in (await _with_rollen(docs)).items():
                yield str(zaak_id), found
            docs = []
    if docs:
        for zaak_id, found in (await _with_rollen(docs)).items():
            yield str(zaak_id), found


Progress = Callable[[int], None]


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


async def rebuild(index: listing.Listing | None = None, progress: Progress | None = None) -> int:
    """Rebuild the whole index from the database (a new generation, swapped in when complete)."""
    return await (index or listing.get()).rebuild(_counted(database_rows(), progress))


async def check(index: listing.Listing | None = None, *, repair: bool = False, batch: int = 1000,
                progress: Progress | None = None) -> dict[str, list[str]]:
    """Compare the index with the database (`listing.compare`: missing, wrong, stale, strays; in batches,
    memory stays bounded); with `repair` re-derive what differs."""
    from zgw.domain.zaken.documents import Zaak

    index = index or listing.get()

    async def existing(ids: list[str]) -> set[str]:
        return {str(d["_id"]) async for d in Zaak.get_pymongo_collection().find(
            {"_id": {"$in": [UUID(i) for i in ids]}}, {"_id": 1})}

    async def sync_all(ids: list[str]) -> None:
        for zaak_id in ids:
            await sync(zaak_id)

    report = await listing.compare(index, _counted(database_rows(batch), progress), existing, batch=batch)
    if repair:
        await listing.repair(index, report, sync_all)
    return report
