"""A Redis lock per informatieobject: every write to its head (its version, its lock, the id lists of what
hangs off it) holds it. FerretDB applies updates as read-modify-write, so two writers pushing to one head
at once could lose an id. Re-entrant within one task; expires, so a crashed process cannot block long.

Not the document lock of drc-009 (the client's `lock` id): that one is data on the head.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from contextvars import ContextVar
from typing import Any
from uuid import UUID

from redis.exceptions import LockError

from zgw.domain.errors import Conflict

LOCK_TIMEOUT = 60.0
WAIT_TIMEOUT = 15.0

_redis: Any = None
_held: ContextVar[frozenset[str]] = ContextVar("eio_locks_held", default=frozenset())


def configure(redis: Any) -> None:
    global _redis
    _redis = redis


@asynccontextmanager
async def eio_lock(eio_id: UUID | str, wait: float = WAIT_TIMEOUT) -> AsyncIterator[None]:
    """Hold the informatieobject's write lock for the block (Conflict if it stays busy `wait` seconds)."""
    key = f"zgw:lock:eio:{eio_id}"
    held = _held.get()
    if key in held or _redis is None:
        yield
        return
    lock = _redis.lock(key, timeout=LOCK_TIMEOUT, blocking_timeout=wait)
    if not await lock.acquire():
        raise Conflict("Het informatieobject wordt op dit moment door een ander verzoek gewijzigd; probeer het "
                       "opnieuw.")
    token = _held.set(held | {key})
    try:
        yield
    finally:
        _held.reset(token)
        with suppress(LockError):
            await lock.release()
