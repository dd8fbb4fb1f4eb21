"""The zaken index: Redis sorted sets of zaak ids that answer the frequent zaken queries by key.

`GET /zaken` must not scan the zaken collection (FerretDB's SQLite backend pushes down nothing but
`_id`, so every other filter, sort, skip and count is a full table scan). The index answers the
count and the ids of one page; the zaken are then read by `_id`. MongoDB stays the source of truth:
every set here is derived from it, rebuilt from it, and checked against it (`zgw reindex --check`).

Layout, under PREFIX, for generation `g` (a rebuild fills a new generation, then swaps). Each zaak
is in the sets its *entries* name (see `zgw.domain.zaken.indexing.entries`), with a score:

- family "" (creation order, score `seq`): `g:all`, `g:t:<zaaktype>` (levels 0..7) and
  `g:p:<rank>:<zaaktype>` (one level) — as before, for the unfiltered list;
- family "s:" (score `startdatum` then `seq`): the same three kinds, for `ordering=[-]startdatum`;
- family "o:" (open zaken, score as "s:"): `g:o:t:<zaaktype>`, `g:o:p:<rank>:<zaaktype>`;
- family "st:" (by current statustype, score as "s:"): `g:st:t:<statustype>`, `g:st:p:<rank>:<statustype>`;
- key sets `g:k:<key>` (score `seq`): the zaken with one identificatie or one betrokkene — small
  candidate sets that the database query then reads by `_id` (FerretDB pushes `_id: {$in}` down);
- `g:rec`: per zaak the entries it is in now (so a change removes exactly the old ones);
- `g:touched` during a rebuild: ids written live, which the rebuild's rows must not override.

A caller that may see a zaaktype up to `zeer_geheim` reads its `t:` set, otherwise the `p:` sets
up to its level. A page over several sets is taken in one Lua script: it binary-searches the score
thresholds of the page's first and last row with ZCOUNT, then merges only the rows in between; an
ascending page runs the same search on negated scores.

`ready` holds the Redis run_id at the time the index became complete: after a Redis restart the
data may be older than the database, so the index is not ready until a rebuild (the API then uses
the database query). A fresh install (no zaken) is ready without a rebuild.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Mapping
from typing import Any

from zgw.domain.autorisaties.policy import Policy
from zgw.domain.autorisaties.scopes import Scope
from zgw.domain.common.vertrouwelijkheid import ORDER

logger = logging.getLogger(__name__)

Visible = dict[str, int] | None  # zaaktype ref -> highest rank allowed; None = everything
Entries = Mapping[str, int]  # set name (below the generation) -> score

PREFIX = "zgw:zaken:listing"
SEQ_KEY = "zgw:zaken:seq"
TOP = max(ORDER.values())  # zeer_geheim
UNKNOWN = TOP + 1  # a level we do not know is visible to superusers only
BATCH = 2000

# Replace one zaak's entries in a generation: remove the sets of its old record it is no longer in,
# add the new ones, store the new record. ARGV after the fixed ones: name, score, name, score, ...
_APPLY = """
local function apply(P, g, id, first, mark)
  local base = P .. ':' .. g .. ':'
  local new = {}
  for i = first, #ARGV, 2 do new[ARGV[i]] = true end
  local old = redis.call('HGET', base .. 'rec', id)
  if old then
    for name in string.gmatch(old, '([^\\t\\n]+)\\t[^\\n]*\\n') do
      if not new[name] then redis.call('ZREM', base .. name, id) end
    end
  end
  local rec = {}
  for i = first, #ARGV, 2 do
    redis.call('ZADD', base .. ARGV[i], ARGV[i + 1], id)
    rec[#rec + 1] = ARGV[i] .. '\\t' .. ARGV[i + 1] .. '\\n'
  end
  if #rec > 0 then redis.call('HSET', base .. 'rec', id, table.concat(rec))
  else redis.call('HDEL', base .. 'rec', id) end
  if mark then redis.call('HSET', base .. 'touched', id, 1) end
end
"""

_SYNC = _APPLY + """
local P, id = ARGV[1], ARGV[2]
local g = redis.call('GET', P .. ':gen') or '0'
apply(P, g, id, 3, false)
local b = redis.call('GET', P .. ':building')
if b and b ~= g then apply(P, b, id, 3, true) end
return 0
"""

# One zaak of a rebuild (ARGV: prefix, generation, id, entries...), unless written live meanwhile.
_FILL = _APPLY + """
local P, gen, id = ARGV[1], ARGV[2], ARGV[3]
if redis.call('GET', P .. ':building') ~= gen then return -1 end
if redis.call('HEXISTS', P .. ':' .. gen .. ':touched', id) == 0 then apply(P, gen, id, 4, false) end
return 0
"""

_FINISH = """
local P, gen, max_seq, run_id = ARGV[1], ARGV[2], tonumber(ARGV[3]), ARGV[4]
if redis.call('GET', P .. ':building') ~= gen then return -1 end
local old = redis.call('GET', P .. ':gen') or '0'
redis.call('SET', P .. ':gen', gen)
redis.call('DEL', P .. ':building', P .. ':' .. gen .. ':touched')
local seq = tonumber(redis.call('GET', KEYS[1]) or '0')
if max_seq > seq then redis.call('SET', KEYS[1], max_seq) end
redis.call('SET', P .. ':ready', run_id)
return tonumber(old)
"""

_RUN_ID = """
local run_id = string.match(redis.call('INFO', 'server'), 'run_id:(%w+)')
if redis.call('GET', ARGV[1] .. ':ready') == run_id then return {1, run_id} end
return {0, run_id}
"""

# ARGV: prefix, family, then the script's own, then "*" or pairs of (zaaktype, max rank) from {FIRST}.
_KEYS = """
local P, fam = ARGV[1], ARGV[2]
local base = P .. ':' .. (redis.call('GET', P .. ':gen') or '0') .. ':' .. fam
local keys = {}
if ARGV[{FIRST}] == '*' then
  keys[1] = base .. 'all'
else
  for i = {FIRST}, #ARGV, 2 do
    local zt, top = ARGV[i], tonumber(ARGV[i + 1])
    if top >= {TOP} then
      keys[#keys + 1] = base .. 't:' .. zt
      if top > {TOP} then keys[#keys + 1] = base .. 'p:' .. top .. ':' .. zt end
    else
      for r = 0, top do keys[#keys + 1] = base .. 'p:' .. r .. ':' .. zt end
    end
  end
end
"""

_COUNT = _KEYS.replace("{FIRST}", "3").replace("{TOP}", str(TOP)) + """
local n = 0
for _, k in ipairs(keys) do n = n + redis.call('ZCARD', k) end
return n
"""

# ARGV[3..5]: offset, limit, ascending ("1") or not. Scores are searched as `sign * score`, so one
# descending algorithm serves both orders.
_PAGE = _KEYS.replace("{FIRST}", "6").replace("{TOP}", str(TOP)) + """
local offset, limit, asc = tonumber(ARGV[3]), tonumber(ARGV[4]), ARGV[5] == '1'
if limit <= 0 then return {} end
local sign = asc and -1 or 1
local function range(k, a, b)
  if asc then return redis.call('ZRANGE', k, a, b) end
  return redis.call('ZREVRANGE', k, a, b)
end
if #keys == 1 then return range(keys[1], offset, offset + limit - 1) end
local live, sizes, total = {}, {}, 0
for _, k in ipairs(keys) do
  local n = redis.call('ZCARD', k)
  if n > 0 then live[#live + 1] = k; sizes[#sizes + 1] = n; total = total + n end
end
if offset >= total then return {} end
if #live == 1 then return range(live[1], offset, offset + limit - 1) end
local last = math.min(offset + limit, total) - 1
local function count_from(k, s)  -- rows whose signed score is >= s
  if asc then return redis.call('ZCOUNT', k, '-inf', -s) end
  return redis.call('ZCOUNT', k, s, '+inf')
end
local function above(s)
  local c = 0
  for _, k in ipairs(live) do c = c + count_from(k, s) end
  return c
end
local function score(k, rank)  -- signed score of the row at `rank` in reading order
  local r
  if asc then r = redis.call('ZRANGE', k, rank, rank, 'WITHSCORES')
  else r = redis.call('ZREVRANGE', k, rank, rank, 'WITHSCORES') end
  if r[2] then return sign * tonumber(r[2]) end
  return nil
end
local function lowest(k)  -- the smallest signed score in k
  local r
  if asc then r = redis.call('ZREVRANGE', k, 0, 0, 'WITHSCORES')
  else r = redis.call('ZRANGE', k, 0, 0, 'WITHSCORES') end
  return sign * tonumber(r[2])
end
-- The signed score of the row at union rank `rank`: the largest s in [lo, hi] with above(s) > rank.
local function seq_at(rank, lo, hi)
  while lo < hi do
    local mid = lo + math.floor((hi - lo + 1) / 2)  -- exact for scores below 2^53
    if above(mid) > rank then lo = mid else hi = mid - 1 end
  end
  return lo
end
-- Bounds: each set's row at `rank` is at or below the union's; some set holds at least
-- ceil((rank + 1) / #live) of the union's first rank + 1 rows.
local function bounds(rank, hi_cap)
  local lo, hi = nil, nil
  local share = math.ceil((rank + 1) / #live) - 1
  for i, k in ipairs(live) do
    local s = score(k, rank)
    if s and (lo == nil or s > lo) then lo = s end
    if share < sizes[i] then
      local h = score(k, share)
      if h and (hi == nil or h > hi) then hi = h end
    end
  end
  if lo == nil then
    for _, k in ipairs(live) do
      local s = lowest(k)
      if lo == nil or s < lo then lo = s end
    end
  end
  if hi_cap and (hi == nil or hi > hi_cap) then hi = hi_cap end
  if lo > hi then lo = hi end
  return lo, hi
end
local lo, hi = bounds(offset, nil)
local first = seq_at(offset, lo, hi)
lo, hi = bounds(last, first)
local final = seq_at(last, lo, hi)
local skip = offset - above(first + 1)
local rows = {}
for _, k in ipairs(live) do
  local r
  if asc then r = redis.call('ZRANGEBYSCORE', k, -first, -final, 'WITHSCORES')
  else r = redis.call('ZREVRANGEBYSCORE', k, first, final, 'WITHSCORES') end
  for i = 1, #r, 2 do rows[#rows + 1] = {sign * tonumber(r[i + 1]), r[i]} end
end
table.sort(rows, function(a, b)
  if a[1] ~= b[1] then return a[1] > b[1] end
  if asc then return a[2] < b[2] end
  return a[2] > b[2]
end)
local out = {}
for i = skip + 1, math.min(skip + limit, #rows) do out[#out + 1] = rows[i][2] end
return out
"""

# ARGV: prefix, key names below the generation; the union of those key sets, capped.
_MEMBERS = """
local P, cap = ARGV[1], tonumber(ARGV[2])
local base = P .. ':' .. (redis.call('GET', P .. ':gen') or '0') .. ':'
local seen, out, n = {}, {}, 0
for i = 3, #ARGV do
  local k = base .. ARGV[i]
  n = n + redis.call('ZCARD', k)
  if n > cap then return {-1} end
  for _, id in ipairs(redis.call('ZRANGE', k, 0, -1)) do
    if not seen[id] then seen[id] = true; out[#out + 1] = id end
  end
end
return out
"""


def rank(vertrouwelijkheid: str | None) -> int:
    return ORDER.get(vertrouwelijkheid or "", UNKNOWN)


def visible_from_policy(policy: Policy, scope: Scope) -> Visible:
    """What `policy.query_filter(scope, "zrc", ...)` selects, as zaaktype -> highest rank."""
    if policy.superuser:
        return None
    visible: dict[str, int] = {}
    for grant in policy.principal.grants:
        if grant.component != "zrc" or grant.type_ref is None:
            continue
        if grant.max_va is None or grant.max_va not in ORDER:
            continue

        def granted(component: str, grant_scopes: frozenset[str] = grant.scopes) -> frozenset[str]:
            return grant_scopes if component == "zrc" else policy.granted(component)

        if not scope.satisfied_by(granted):
            continue
        visible[grant.type_ref] = max(visible.get(grant.type_ref, -1), ORDER[grant.max_va])
    return visible


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def seq_entries(seq: int, zaaktype: str, vertrouwelijkheid: str | None) -> dict[str, int]:
    """The creation-order family's sets of a zaak."""
    r = rank(vertrouwelijkheid)
    out = {"all": seq, f"p:{r}:{zaaktype}": seq}
    if r <= TOP:
        out[f"t:{zaaktype}"] = seq
    return out


def decode(record: Any) -> dict[str, int]:
    """A zaak's record ("name\tscore\n" per set) as a dict."""
    out: dict[str, int] = {}
    for line in _text(record or "").split("\n"):
        name, sep, score = line.partition("\t")
        if sep:
            out[name] = int(float(score))
    return out


class Listing:
    def __init__(self, redis: Any, *, is_empty: Callable[[], Awaitable[bool]] | None = None,
                 prefix: str = PREFIX) -> None:
        self.redis = redis
        self.prefix = prefix
        self._is_empty = is_empty
        self._sync = redis.register_script(_SYNC)
        self._fill = redis.register_script(_FILL)
        self._members = redis.register_script(_MEMBERS)
        self._finish = redis.register_script(_FINISH)
        self._run_id = redis.register_script(_RUN_ID)
        self._count = redis.register_script(_COUNT)
        self._page = redis.register_script(_PAGE)

    async def next_seq(self) -> int:
        return int(await self.redis.incr(SEQ_KEY))

    async def sync(self, zaak_id: str, entries: Entries) -> None:
        """Put the zaak in exactly these sets (none: it is gone), in the live and a building generation."""
        args: list[str | int] = [self.prefix, zaak_id]
        for name, score in entries.items():
            args += [name, score]
        await self._sync(args=args)

    async def live_base(self) -> str:
        """The key prefix of the live generation (its sets are `<prefix><name>`, its records `<prefix>rec`)."""
        return f"{self.prefix}:{_text(await self.redis.get(f'{self.prefix}:gen') or '0')}:"

    async def set_names(self) -> AsyncIterator[str]:
        """The names of every set of the live generation."""
        base = await self.live_base()
        async for key in self.redis.scan_iter(match=f"{base}*", count=1000):
            name = _text(key).removeprefix(base)
            if name not in ("rec", "touched"):
                yield name

    # the creation-order family alone (the listing's own tests and tools)
    async def add(self, zaak_id: str, seq: int, zaaktype: str, vertrouwelijkheid: str) -> None:
        await self.sync(zaak_id, seq_entries(seq, zaaktype, vertrouwelijkheid))

    async def remove(self, zaak_id: str, seq: int, zaaktype: str, vertrouwelijkheid: str) -> None:
        await self.sync(zaak_id, {})

    async def move(self, zaak_id: str, seq: int, old_zaaktype: str, old_vertr: str, new_zaaktype: str,
                   new_vertr: str) -> None:
        await self.sync(zaak_id, seq_entries(seq, new_zaaktype, new_vertr))

    async def _readiness(self) -> tuple[bool, str]:
        ok, run_id = await self._run_id(args=[self.prefix])
        return bool(ok), _text(run_id)

    async def ready(self) -> bool:
        ok, run_id = await self._readiness()
        if ok:
            return True
        if self._is_empty is not None and await self._is_empty():
            # Nothing to index: every zaak written from now on is added, so the listing is complete.
            await self.redis.set(f"{self.prefix}:ready", run_id)
            return True
        return False

    async def mark_not_ready(self) -> None:
        await self.redis.delete(f"{self.prefix}:ready")

    @staticmethod
    def _selection(visible: Visible, zaaktype: str | None) -> list[str | int] | None:
        """Script arguments naming the sets to read; None when nothing is visible."""
        if zaaktype is not None:
            top = UNKNOWN if visible is None else min(visible.get(zaaktype, -1), TOP)
            return [zaaktype, top] if top >= 0 else None
        if visible is None:
            return ["*"]
        args: list[str | int] = []
        for ref, top in sorted(visible.items()):
            if top >= 0:
                args += [ref, min(top, TOP)]
        return args or None

    async def count(self, visible: Visible, zaaktype: str | None = None, family: str = "") -> int:
        selection = self._selection(visible, zaaktype)
        if selection is None:
            return 0
        return int(await self._count(args=[self.prefix, family, *selection]))

    async def page(self, visible: Visible, offset: int, limit: int, zaaktype: str | None = None,
                   family: str = "", ascending: bool = False) -> list[str]:
        """Zaak ids at [offset, offset + limit) by score, descending (ties: id descending) or ascending.

        `zaaktype` selects one zaaktype's sets (for family "st:" the statustype's, authorised by
        the visibility of its zaaktype, which the caller passes in `visible` under the statustype).
        """
        selection = self._selection(visible, zaaktype)
        if selection is None or limit <= 0:
            return []
        ids = await self._page(args=[self.prefix, family, max(offset, 0), limit, "1" if ascending else "0",
                                     *selection])
        return [_text(i) for i in ids]

    async def members(self, names: list[str], cap: int) -> list[str] | None:
        """The zaak ids in the union of these key sets; None when they hold more than `cap`."""
        if not names:
            return []
        found = await self._members(args=[self.prefix, cap, *names])
        if found and found[0] == -1:
            return None
        return [_text(i) for i in found]

    async def rebuild(self, rows: AsyncIterable[tuple[str, Entries] | tuple[str, int, str, str]]) -> int:
        """Index every zaak from `rows` into a new generation and swap it in; marks ready.

        A row is (id, entries), or (id, seq, zaaktype, vertrouwelijkheid) for the creation order alone.
        """
        gen = str(await self.redis.incr(f"{self.prefix}:gencounter"))
        await self.redis.set(f"{self.prefix}:building", gen)  # before reading: writes from now on go to both
        _, run_id = await self._readiness()
        count, max_seq = 0, 0
        pipe = self.redis.pipeline(transaction=False)
        pending = 0
        async for row in rows:
            if len(row) == 4:
                zaak_id, seq, zaaktype, vertrouwelijkheid = row  # type: ignore[misc]
                entries: Entries = seq_entries(seq, zaaktype, vertrouwelijkheid)
            else:
                zaak_id, entries = row  # type: ignore[misc]
            args: list[str | int] = [self.prefix, gen, zaak_id]
            for name, score in entries.items():
                args += [name, score]
            await self._fill(args=args, client=pipe)
            pending += 1
            count += 1
            max_seq = max(max_seq, int(entries.get("all", 0)))
            if pending >= BATCH:
                await self._flush(pipe, gen)
                pending = 0
        if pending:
            await self._flush(pipe, gen)
        old = int(await self._finish(keys=[SEQ_KEY], args=[self.prefix, gen, max_seq, run_id]))
        if old < 0:
            raise RebuildSuperseded(gen)
        await self._drop_generation(str(old))
        logger.info("zaken index rebuilt: %d zaken (generation %s)", count, gen)
        return count

    async def _flush(self, pipe: Any, gen: str) -> None:
        results = await pipe.execute()
        if any(int(r) < 0 for r in results):
            raise RebuildSuperseded(gen)

    async def _drop_generation(self, gen: str) -> None:
        keys = [key async for key in self.redis.scan_iter(match=f"{self.prefix}:{gen}:*", count=1000)]
        for i in range(0, len(keys), 1000):
            await self.redis.unlink(*keys[i:i + 1000])


Report = dict[str, list[str]]


def _id(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


async def compare(index: Listing, rows: AsyncIterable[tuple[str, dict[str, int]]],
                  existing: Callable[[list[str]], Awaitable[set[str]]], *, batch: int = 1000) -> Report:
    """How the index differs from what the database derives, in batches (memory stays bounded).

    `rows` are (id, expected entries) for every object of the database; `existing(ids)` answers which of
    these ids the database still has. Kinds: `missing` (an object without its record), `wrong` (another
    record than the database gives), `stale` (the record of an object that is gone), `strays` ("<set>
    <id>": a set member whose record does not name that set with that score).
    """
    redis = index.redis
    base = await index.live_base()
    report: Report = {"missing": [], "wrong": [], "stale": [], "strays": []}

    async def records(ids: list[str]) -> list[Any]:
        return list(await redis.hmget(base + "rec", ids)) if ids else []

    async def expected(part: list[tuple[str, dict[str, int]]]) -> None:
        for (object_id, entries), record in zip(part, await records([i for i, _ in part]), strict=True):
            if record is None:
                report["missing"].append(object_id)
            elif decode(record) != entries:
                report["wrong"].append(object_id)

    async def gone(ids: list[str]) -> None:
        found = await existing(ids)
        report["stale"].extend(i for i in ids if i not in found)

    async def strays(name: str, part: list[tuple[str, int]]) -> None:
        for (member, score), record in zip(part, await records([m for m, _ in part]), strict=True):
            if decode(record).get(name) != score:
                report["strays"].append(f"{name} {member}")

    part: list[Any] = []
    async for row in rows:
        part.append(row)
        if len(part) >= batch:
            await expected(part)
            part = []
    await expected(part)
    part = []
    async for key, _ in redis.hscan_iter(base + "rec", count=batch):
        part.append(_id(key))
        if len(part) >= batch:
            await gone(part)
            part = []
    if part:
        await gone(part)
    async for name in index.set_names():
        part = []
        async for member, score in redis.zscan_iter(base + name, count=batch):
            part.append((_id(member), int(score)))
            if len(part) >= batch:
                await strays(name, part)
                part = []
        await strays(name, part)
    return report


async def repair(index: Listing, report: Report, sync: Callable[[list[str]], Awaitable[None]]) -> None:
    """Fix what `compare` found: re-derive the objects' records, drop strays their record does not name."""
    await sync(report["missing"] + report["wrong"] + report["stale"])
    base = await index.live_base()
    for stray in report["strays"]:
        name, _, member = stray.rpartition(" ")
        if name not in decode(await index.redis.hget(base + "rec", member)):
            await index.redis.zrem(base + name, member)
        else:
            await sync([member])


class RebuildSuperseded(RuntimeError):
    """Another rebuild started after this one; its result is the one that counts."""


_listing: Listing | None = None


def configure(redis: Any, *, is_empty: Callable[[], Awaitable[bool]] | None = None) -> None:
    """Bind the listing to a Redis client (app lifespan, worker process)."""
    global _listing
    _listing = Listing(redis, is_empty=is_empty or _zaken_empty)


def get() -> Listing:
    if _listing is None:
        raise RuntimeError("zaken listing used before configure()")
    return _listing


async def _zaken_empty() -> bool:
    """Whether the zaken collection has no document (a find without filter pushes down its limit)."""
    from zgw.domain.zaken.documents import Zaak

    return await Zaak.get_pymongo_collection().find_one({}, {"_id": 1}) is None


async def rebuild_from_database(listing: Listing) -> int:
    from zgw.domain.zaken import indexing

    return await indexing.rebuild(listing)


async def ensure_ready(listing: Listing) -> int | None:
    """Rebuild when the listing is not ready; None when it was. One rebuild at a time."""
    if await listing.ready():
        return None
    lock = f"{listing.prefix}:rebuilding"
    if not await listing.redis.set(lock, 1, nx=True, ex=3600):
        return None  # another process is rebuilding
    try:
        return await rebuild_from_database(listing)
    finally:
        await listing.redis.delete(lock)
