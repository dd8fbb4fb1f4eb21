"""The cloud event collections, next to the notification outbox in the same database.

Plain PyMongo collections reached through the bound notification outbox (so they follow whatever database
Beanie is bound to: API, worker, tests), every read of one object by `_id`.
- `cloudevent_outbox`: one message per event and receiver (`status` prepared → pending → delivered | failed);
- `cloudevent_receivers`: each receiver's circuit breaker (`_id` = receiver name);
- `cloudevent_config`: the configuration stored by `zgw setup-config` (`_id` "config");
- `cloudevent_incoming`: the ids of incoming events already handled (`_id` = source + " " + id).
"""

from __future__ import annotations

from typing import Any

from pymongo import IndexModel

from zgw.domain.notifications.documents import OutboxMessage

OUTBOX = "cloudevent_outbox"
RECEIVERS = "cloudevent_receivers"
CONFIG = "cloudevent_config"
INCOMING = "cloudevent_incoming"

# What a production MongoDB needs for the sweep (due messages) and the `zgw events pending` listing.
INDEXES: dict[str, list[IndexModel]] = {
    OUTBOX: [IndexModel([("status", 1), ("next_attempt_at", 1)]), IndexModel([("aanmaakdatum", 1)])],
}
_indexed: set[tuple[int, str]] = set()


def _db() -> Any:
    return OutboxMessage.get_pymongo_collection().database


def _collection(name: str) -> Any:
    return _db()[name]


async def ensure_indexes() -> None:
    """Each index with its own command (FerretDB v1 needs that, see zgw.core.db); once per database."""
    db = _db()
    for name, indexes in INDEXES.items():
        key = (id(db), name)
        if key in _indexed:
            continue
        for index in indexes:
            await db[name].create_indexes([index])
        _indexed.add(key)


def outbox() -> Any:
    return _collection(OUTBOX)


def receivers() -> Any:
    return _collection(RECEIVERS)


def config() -> Any:
    return _collection(CONFIG)


def incoming() -> Any:
    return _collection(INCOMING)
