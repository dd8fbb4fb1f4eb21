"""A version number of the whole catalogue, moved by every catalogue write (Redis), so that what is
derived from catalogue data (rendered zaaktypen in `expand`, …) can be cached per process and is
dropped the moment anything in the catalogue changes, in every process.

Writers move it after their database writes; readers read it before they read the database, so a
cached value is never newer than its version says, and a reader never keeps using an old one.
"""

from __future__ import annotations

from typing import Any

KEY = "zgw:catalogi:version"
_redis: Any = None


def configure(redis: Any) -> None:
    global _redis
    _redis = redis


async def current() -> int | None:
    """The catalogue's version now; None when there is no Redis (nothing may be cached then)."""
    if _redis is None:
        return None
    value = await _redis.get(KEY)
    return int(value or 0)


async def bump() -> None:
    if _redis is not None:
        await _redis.incr(KEY)
