"""Record the commands the API sends to MongoDB (PyMongo command monitoring) and find the scans.

A *key lookup* reads by `_id` (a value or `{$in: [...]}` at the top level of the filter). On the
embedded store everything else reads the whole collection, so the paths that concern one zaak must
send nothing else to the zaken collections. The catalogue and the applicaties are small reference
collections read through caches; they are reported but not counted as scans of zaak data.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

from pymongo import AsyncMongoClient, monitoring

from zgw.core.db import bind_documents
from zgw.core.settings import Settings

REFERENCE = ("catalogi_", "applicaties", "client_id_claims", "jwt_secrets")


def is_key_lookup(query: Any) -> bool:
    if not isinstance(query, dict) or "_id" not in query:
        return False
    value = query["_id"]
    if isinstance(value, dict):
        return set(value) == {"$in"} and isinstance(value["$in"], list)
    return True


def _filters(name: str, command: dict[str, Any]) -> list[dict[str, Any]]:
    if name == "find":
        return [command.get("filter") or {}]
    if name == "count":
        return [command.get("query") or {}]
    if name == "distinct":
        return [command.get("query") or {}]
    if name == "aggregate":
        stages = command.get("pipeline") or [{}]
        return [stages[0].get("$match", {})]
    if name == "update":
        return [u.get("q") or {} for u in command.get("updates", [])]
    if name == "delete":
        return [d.get("q") or {} for d in command.get("deletes", [])]
    if name == "findAndModify":
        return [command.get("query") or {}]
    return []


@dataclass
class Recorder(monitoring.CommandListener):
    on: bool = False
    commands: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)

    def started(self, event: monitoring.CommandStartedEvent) -> None:
        if not self.on:
            return
        name = event.command_name
        for query in _filters(name, event.command):
            self.commands.append((name, str(event.command.get(name)), query))

    def succeeded(self, event: monitoring.CommandSucceededEvent) -> None:
        pass

    def failed(self, event: monitoring.CommandFailedEvent) -> None:
        pass

    def scans(self) -> list[tuple[str, str, dict[str, Any]]]:
        return [(n, c, q) for n, c, q in self.commands
                if not c.startswith(REFERENCE) and not is_key_lookup(q)]

    @contextlib.contextmanager
    def recording(self) -> Any:
        self.commands.clear()
        self.on = True
        try:
            yield self
        finally:
            self.on = False


@contextlib.asynccontextmanager
async def recorded(settings: Settings, state: dict[str, Any]) -> AsyncIterator[Recorder]:
    """Bind the documents to a client that reports its commands; give them back afterwards."""
    recorder = Recorder()
    client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(
        settings.mongodb_uri, uuidRepresentation="standard", tz_aware=True, event_listeners=[recorder])
    await bind_documents(client[settings.mongodb_db])
    try:
        yield recorder
    finally:
        await bind_documents(state["mongo"][settings.mongodb_db])
        await client.close()
