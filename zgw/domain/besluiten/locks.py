"""A Redis lock per besluit: every write to a besluit or its id list (`besluitinformatieobjecten`) holds it
(FerretDB applies updates as read-modify-write: two writers pushing to one document could lose an id).
Re-entrant within one task; it expires, so a crashed process cannot block a besluit for long.

The Redis client is the one the API and the worker configure for the other components' locks
(`zgw.domain.documenten.configure`), unless `configure` gives one.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from contextvars import ContextVar
from typing import Any
from uuid import UUID

from redis.exceptions import LockError

from zgw.domain.errors import Conflict

LOCK_TIMEOUT = 30.0
WAIT_TIMEOUT = 15.0

_redis: Any = None
_held: ContextVar[frozenset[str]] = ContextVar("besluit_locks_held", default=frozenset())


def configure(redis: Any) -> None:
    global _redis
    _redis = redis


def _client() -> Any:
    if _redis is not None:
        return _redis
    from zgw.domain.documenten import locks as documenten_locks

    return documenten_locks._redis


@asynccontextmanager
async def besluit_lock(besluit_id: UUID | str, wait: float = WAIT_TIMEOUT) -> AsyncIterator[None]:
    """Hold the besluit's write lock for the block (Conflict if it stays busy `wait` seconds)."""
    key = f"zgw:lock:besluit:{besluit_id}"
    held = _held.get()
    client = _client()
    if key in held or client is None:
        yield
        return
    lock = client.lock(key, timeout=LOCK_TIMEOUT, blocking_timeout=wait)
    if not await lock.acquire():
        raise Conflict("Het besluit wordt op dit moment door een ander verzoek gewijzigd; probeer het opnieuw.")
    token = _held.set(held | {key})
    try:
        yield
    finally:
        _held.reset(token)
        with suppress(LockError):
            await lock.release()
