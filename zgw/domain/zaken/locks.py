"""A Redis lock per zaak: every write to a zaak or one of its sub-resources holds it.

FerretDB applies updates as read-modify-write, so two concurrent `$addToSet`s on one zaak can
lose one; rules such as "one resultaat per zaak" need a check-then-write without interleaving.
The lock is re-entrant within one task (a use case that locks a zaak may call helpers that
lock it again), and it expires, so a crashed process cannot block a zaak for long.

The lock also keeps the zaken index (Redis) equal to the database: `configure(hooks=...)` gives it
a call on entering (mark the zaak dirty) and one on leaving, also after a failure (re-derive the
zaak's index entries from the database, clear the mark) — see `zgw.domain.zaken.indexing`.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager, suppress
from contextvars import ContextVar
from typing import Any
from uuid import UUID

from redis.exceptions import LockError

from zgw.domain.errors import Conflict

LOCK_TIMEOUT = 30.0      # seconds a lock lives if its holder dies
WAIT_TIMEOUT = 15.0      # seconds a writer waits for a busy zaak

logger = logging.getLogger(__name__)

Enter = Callable[[str], Awaitable[float]]
Leave = Callable[[str, float], Awaitable[None]]

_redis: Any = None
_hooks: tuple[Enter, Leave] | None = None
_held: ContextVar[frozenset[str]] = ContextVar("zaak_locks_held", default=frozenset())


def configure(redis: Any, hooks: tuple[Enter, Leave] | None = None) -> None:
    global _redis, _hooks
    _redis = redis
    _hooks = hooks


def _key(zaak_id: UUID | str) -> str:
    return f"zgw:lock:zaak:{zaak_id}"


@asynccontextmanager
async def zaak_lock(zaak_id: UUID | str, wait: float = WAIT_TIMEOUT) -> AsyncIterator[None]:
    """Hold the zaak's lock for the block (Conflict if it stays busy longer than `wait` seconds)."""
    key = _key(zaak_id)
    held = _held.get()
    if key in held or _redis is None:
        yield
        return
    lock = _redis.lock(key, timeout=LOCK_TIMEOUT, blocking_timeout=wait)
    if not await lock.acquire():
        raise Conflict("De zaak wordt op dit moment door een ander verzoek gewijzigd; probeer het opnieuw.")
    token = _held.set(held | {key})
    hooks = _hooks
    try:
        stamp = await hooks[0](str(zaak_id)) if hooks else 0.0
        try:
            yield
        finally:
            if hooks:
                try:
                    await hooks[1](str(zaak_id), stamp)
                except Exception:  # the mark stays: the sweep syncs the zaak
                    logger.warning("zaken index: sync of %s failed, left to the sweep", zaak_id, exc_info=True)
    finally:
        _held.reset(token)
        with suppress(LockError):  # expired while held: someone else may own it now
            await lock.release()


@asynccontextmanager
async def zaken_locks(zaak_ids: list[UUID | str]) -> AsyncIterator[None]:
    """Hold several zaken's locks, taken in a fixed order so that two writers cannot deadlock."""
    ordered = sorted({str(z) for z in zaak_ids})
    if not ordered:
        yield
        return
    async with zaak_lock(ordered[0]), zaken_locks(list(ordered[1:])):
        yield
