"""The zaken listing: a Redis index of zaak ids by creation order, per zaaktype and confidentiality.

`GET /zaken` must not scan the zaken collection (FerretDB's SQLite backend pushes down nothing but
`_id` equality, so every filter, sort, skip and count is a full table scan). The listing answers
the count and the ids of one page; the zaken are then read by `_id`.

Layout, under PREFIX, for generation `g` (a rebuild fills a new generation, then swaps):

- `g:all`                    every zaak, scored by `seq`
- `g:t:<zaaktype>`           the zaken of one zaaktype with a known level (rank 0..7)
- `g:p:<rank>:<zaaktype>`    the zaken of one zaaktype at one level
- `g:touched`                during a rebuild: ids written live, which the rebuild's rows must not override

A caller that may see a zaaktype up to `zeer_geheim` reads its `t:` set, otherwise the `p:` sets
up to its level. A page over several sets is taken in one Lua script: it binary-searches the seq
thresholds of the page's first and last row with ZCOUNT, then merges only the rows in between.

`ready` holds the Redis run_id at the time the listing became complete: after a Redis restart the
data may be older than the database, so the listing is not ready until a rebuild (the API then
uses the database query). A fresh install (no zaken) is ready without a rebuild.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable
from typing import Any

from zgw.domain.autorisaties.policy import Policy
from zgw.domain.autorisaties.scopes import Scope
from zgw.domain.common.vertrouwelijkheid import ORDER

logger = logging.getLogger(__name__)

Visible = dict[str, int] | None  # zaaktype ref -> highest rank allowed; None = everything

PREFIX = "zgw:zaken:listing"
SEQ_KEY = "zgw:zaken:seq"
TOP = max(ORDER.values())  # zeer_geheim
UNKNOWN = TOP + 1  # a level we do not know is visible to superusers only
BATCH = 2000

_WRITE = """
local P, op, id, seq = ARGV[1], ARGV[2], ARGV[3], ARGV[4]
local old_zt, old_rank, new_zt, new_rank = ARGV[5], tonumber(ARGV[6]), ARGV[7], tonumber(ARGV[8])
local function apply(g, mark)
  local base = P .. ':' .. g
  if op ~= 'add' then
    redis.call('ZREM', base .. ':p:' .. old_rank .. ':' .. old_zt, id)
    if old_rank <= {TOP} then redis.call('ZREM', base .. ':t:' .. old_zt, id) end
    if op == 'remove' then redis.call('ZREM', base .. ':all', id) end
  end
  if op ~= 'remove' then
    redis.call('ZADD', base .. ':p:' .. new_rank .. ':' .. new_zt, seq, id)
    if new_rank <= {TOP} then redis.call('ZADD', base .. ':t:' .. new_zt, seq, id) end
    redis.call('ZADD', base .. ':all', seq, id)
  end
  if mark then redis.call('HSET', base .. ':touched', id, 1) end
end
local g = redis.call('GET', P .. ':gen') or '0'
apply(g, false)
local b = redis.call('GET', P .. ':building')
if b and b ~= g then apply(b, true) end
return 0
""".replace("{TOP}", str(TOP))

_FILL = """
local P, gen = ARGV[1], ARGV[2]
if redis.call('GET', P .. ':building') ~= gen then return -1 end
local base = P .. ':' .. gen
for i = 3, #ARGV, 4 do
  local id, seq, zt, rank = ARGV[i], ARGV[i + 1], ARGV[i + 2], tonumber(ARGV[i + 3])
  if redis.call('HEXISTS', base .. ':touched', id) == 0 then
    redis.call('ZADD', base .. ':p:' .. rank .. ':' .. zt, seq, id)
    if rank <= {TOP} then redis.call('ZADD', base .. ':t:' .. zt, seq, id) end
    redis.call('ZADD', base .. ':all', seq, id)
  end
end
return 0
""".replace("{TOP}", str(TOP))

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

# ARGV: prefix, "*" or pairs of (zaaktype, max rank). Returns the keys to read, for COUNT and PAGE.
_KEYS = """
local P = ARGV[1]
local base = P .. ':' .. (redis.call('GET', P .. ':gen') or '0')
local keys = {}
if ARGV[{FIRST}] == '*' then
  keys[1] = base .. ':all'
else
  for i = {FIRST}, #ARGV, 2 do
    local zt, top = ARGV[i], tonumber(ARGV[i + 1])
    if top >= {TOP} then
      keys[#keys + 1] = base .. ':t:' .. zt
      if top > {TOP} then keys[#keys + 1] = base .. ':p:' .. top .. ':' .. zt end
    else
      for r = 0, top do keys[#keys + 1] = base .. ':p:' .. r .. ':' .. zt end
    end
  end
end
"""

_COUNT = _KEYS.replace("{FIRST}", "2").replace("{TOP}", str(TOP)) + """
local n = 0
for _, k in ipairs(keys) do n = n + redis.call('ZCARD', k) end
return n
"""

_PAGE = _KEYS.replace("{FIRST}", "4").replace("{TOP}", str(TOP)) + """
local offset, limit = tonumber(ARGV[2]), tonumber(ARGV[3])
if limit <= 0 then return {} end
if #keys == 1 then return redis.call('ZREVRANGE', keys[1], offset, offset + limit - 1) end
local live, sizes, total = {}, {}, 0
for _, k in ipairs(keys) do
  local n = redis.call('ZCARD', k)
  if n > 0 then live[#live + 1] = k; sizes[#sizes + 1] = n; total = total + n end
end
if offset >= total then return {} end
if #live == 1 then return redis.call('ZREVRANGE', live[1], offset, offset + limit - 1) end
local last = math.min(offset + limit, total) - 1
local function above(s)  -- how many rows have seq >= s
  local c = 0
  for _, k in ipairs(live) do c = c + redis.call('ZCOUNT', k, s, '+inf') end
  return c
end
local function score(k, rank)
  local r = redis.call('ZREVRANGE', k, rank, rank, 'WITHSCORES')
  if r[2] then return tonumber(r[2]) end
  return nil
end
-- The seq of the row at union rank `rank`: the largest s in [lo, hi] with above(s) > rank.
local function seq_at(rank, lo, hi)
  while lo < hi do
    local mid = math.floor((lo + hi + 1) / 2)
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
      local r = redis.call('ZRANGE', k, 0, 0, 'WITHSCORES')
      local s = tonumber(r[2])
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
  local r = redis.call('ZREVRANGEBYSCORE', k, first, final, 'WITHSCORES')
  for i = 1, #r, 2 do rows[#rows + 1] = {tonumber(r[i + 1]), r[i]} end
end
table.sort(rows, function(a, b)
  if a[1] ~= b[1] then return a[1] > b[1] end
  return a[2] > b[2]
end)
local out = {}
for i = skip + 1, math.min(skip + limit, #rows) do out[#out + 1] = rows[i][2] end
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


class Listing:
    def __init__(self, redis: Any, *, is_empty: Callable[[], Awaitable[bool]] | None = None,
                 prefix: str = PREFIX) -> None:
        self.redis = redis
        self.prefix = prefix
        self._is_empty = is_empty
        self._write = redis.register_script(_WRITE)
        self._fill = redis.register_script(_FILL)
        self._finish = redis.register_script(_FINISH)
        self._run_id = redis.register_script(_RUN_ID)
        self._count = redis.register_script(_COUNT)
        self._page = redis.register_script(_PAGE)

    async def next_seq(self) -> int:
        return int(await self.redis.incr(SEQ_KEY))

    async def _apply(self, op: str, zaak_id: str, seq: int, old: tuple[str, int] | None,
                     new: tuple[str, int] | None) -> None:
        old_zt, old_rank = old or ("", 0)
        new_zt, new_rank = new or ("", 0)
        await self._write(args=[self.prefix, op, zaak_id, seq, old_zt, old_rank, new_zt, new_rank])

    async def add(self, zaak_id: str, seq: int, zaaktype: str, vertrouwelijkheid: str) -> None:
        await self._apply("add", zaak_id, seq, None, (zaaktype, rank(vertrouwelijkheid)))

    async def remove(self, zaak_id: str, seq: int, zaaktype: str, vertrouwelijkheid: str) -> None:
        await self._apply("remove", zaak_id, seq, (zaaktype, rank(vertrouwelijkheid)), None)

    async def move(self, zaak_id: str, seq: int, old_zaaktype: str, old_vertr: str, new_zaaktype: str,
                   new_vertr: str) -> None:
        old, new = (old_zaaktype, rank(old_vertr)), (new_zaaktype, rank(new_vertr))
        if old != new:
            await self._apply("move", zaak_id, seq, old, new)

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

    async def count(self, visible: Visible, zaaktype: str | None = None) -> int:
        selection = self._selection(visible, zaaktype)
        if selection is None:
            return 0
        return int(await self._count(args=[self.prefix, *selection]))

    async def page(self, visible: Visible, offset: int, limit: int, zaaktype: str | None = None) -> list[str]:
        """Zaak ids at [offset, offset + limit) in seq descending order (ties: id descending)."""
        selection = self._selection(visible, zaaktype)
        if selection is None or limit <= 0:
            return []
        ids = await self._page(args=[self.prefix, max(offset, 0), limit, *selection])
        return [_text(i) for i in ids]

    async def rebuild(self, rows: AsyncIterable[tuple[str, int, str, str]]) -> int:
        """Index every zaak from `rows` into a new generation and swap it in; marks ready."""
        gen = str(await self.redis.incr(f"{self.prefix}:gencounter"))
        await self.redis.set(f"{self.prefix}:building", gen)  # before reading: writes from now on go to both
        _, run_id = await self._readiness()
        count, max_seq = 0, 0
        batch: list[str | int] = []
        async for zaak_id, seq, zaaktype, vertrouwelijkheid in rows:
            batch += [zaak_id, seq, zaaktype, rank(vertrouwelijkheid)]
            count += 1
            max_seq = max(max_seq, seq)
            if len(batch) >= BATCH * 4:
                await self._fill_batch(gen, batch)
                batch = []
        if batch:
            await self._fill_batch(gen, batch)
        old = int(await self._finish(keys=[SEQ_KEY], args=[self.prefix, gen, max_seq, run_id]))
        if old < 0:
            raise RebuildSuperseded(gen)
        await self._drop_generation(str(old))
        logger.info("zaken listing rebuilt: %d zaken (generation %s)", count, gen)
        return count

    async def _fill_batch(self, gen: str, batch: list[str | int]) -> None:
        if int(await self._fill(args=[self.prefix, gen, *batch])) < 0:
            raise RebuildSuperseded(gen)

    async def _drop_generation(self, gen: str) -> None:
        keys = [key async for key in self.redis.scan_iter(match=f"{self.prefix}:{gen}:*", count=1000)]
        for i in range(0, len(keys), 1000):
            await self.redis.unlink(*keys[i:i + 1000])


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


async def zaken_rows(batch_size: int = 5000) -> AsyncIterator[tuple[str, int, str, str]]:
    """Every zaak as (id, seq, zaaktype, vertrouwelijkheidaanduiding), streamed from the database."""
    from zgw.domain.zaken.documents import Zaak

    projection = {"_id": 1, "seq": 1, "zaaktype": 1, "vertrouwelijkheidaanduiding": 1}
    cursor = Zaak.get_pymongo_collection().find({}, projection, batch_size=batch_size)
    async for doc in cursor:
        yield str(doc["_id"]), int(doc.get("seq") or 0), str(doc.get("zaaktype") or ""), \
            str(doc.get("vertrouwelijkheidaanduiding") or "")


async def rebuild_from_database(listing: Listing) -> int:
    return await listing.rebuild(zaken_rows())


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
