"""Access to the zaken listing (`listing.py`, a Redis index of zaak ids per zaaktype and level).

The listing gives every zaak its creation `seq` and answers unfiltered pages without a database
scan. Until its module is present this falls back to a Redis counter and reports not-ready, so
every list takes the database path.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any, Protocol

Visible = dict[str, int] | None


class ListingLike(Protocol):
    async def next_seq(self) -> int: ...
    async def add(self, zaak_id: str, seq: int, zaaktype: str, vertrouwelijkheid: str) -> None: ...
    async def remove(self, zaak_id: str, seq: int, zaaktype: str, vertrouwelijkheid: str) -> None: ...
    async def move(self, zaak_id: str, seq: int, old_zaaktype: str, old_vertr: str, new_zaaktype: str,
                   new_vertr: str) -> None: ...
    async def ready(self) -> bool: ...
    async def count(self, visible: Visible, zaaktype: str | None = None) -> int: ...
    async def page(self, visible: Visible, offset: int, limit: int, zaaktype: str | None = None) -> list[str]: ...


class _Fallback:
    def __init__(self, redis: Any) -> None:
        self.redis = redis

    async def next_seq(self) -> int:
        return int(await self.redis.incr("zgw:zaken:seq"))

    async def add(self, zaak_id: str, seq: int, zaaktype: str, vertrouwelijkheid: str) -> None:
        return None

    async def remove(self, zaak_id: str, seq: int, zaaktype: str, vertrouwelijkheid: str) -> None:
        return None

    async def move(self, zaak_id: str, seq: int, old_zaaktype: str, old_vertr: str, new_zaaktype: str,
                   new_vertr: str) -> None:
        return None

    async def ready(self) -> bool:
        return False

    async def count(self, visible: Visible, zaaktype: str | None = None) -> int:
        raise NotImplementedError

    async def page(self, visible: Visible, offset: int, limit: int, zaaktype: str | None = None) -> list[str]:
        raise NotImplementedError


_module: ModuleType | None = None
_fallback: _Fallback | None = None


def _load() -> ModuleType | None:
    try:
        return importlib.import_module("zgw.domain.zaken.listing")
    except ModuleNotFoundError:
        return None


def configure(redis: Any) -> None:
    global _module, _fallback
    _module = _load()
    if _module is not None:
        _module.configure(redis)
    _fallback = _Fallback(redis)


def get() -> ListingLike:
    if _module is not None:
        listing: ListingLike = _module.get()
        return listing
    if _fallback is None:
        raise RuntimeError("zaken listing not configured")
    return _fallback


def visible_from_policy(policy: Any, scope: Any) -> Visible:
    if _module is None:
        return None
    visible: Visible = _module.visible_from_policy(policy, scope)
    return visible
