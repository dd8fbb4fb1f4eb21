"""Objects in external APIs (registered services) for GraphQL: a zaak's documents in a remote Documenten API,
a zaaktype, statustype, … in a remote Catalogi API.

They are fetched as REST's `expand` fetches them (zgw.domain.zaken.resolve): with the service's credentials,
each distinct URL once per request (the request's DataLoader, batched per level through
`remote.read_many`, behind the client's short cache), and shown as the remote API answers them, in the same
GraphQL types as local objects. The remote API authorises: what it refuses to show us (401, 403) is null, or
absent from a list. What it does not have (404) or cannot deliver (unreachable, an error, no JSON object) is
null too, with an error `expand-not-found` (REST's answer to such an expand) at that field; in a list it is
left out (an error there would null the whole parent).
"""

from __future__ import annotations

import asyncio
from typing import Any

from strawberry.dataloader import DataLoader
from strawberry.types import Info

from zgw.domain.services import client, remote
from zgw.domain.zaken.resolve import REFUSED, ExpandFailed

Answer = client.Fetched | client.Unreachable | None


class RemoteObjects(DataLoader[str, tuple[Answer]]):
    """Remote objects by URL: one concurrent fetch of the distinct URLs per batch. Each answer is wrapped in a
    tuple: a DataLoader turns an exception value (Unreachable) into that key's failure."""

    def __init__(self) -> None:
        super().__init__(load_fn=self._load)

    async def _load(self, keys: list[str]) -> list[tuple[Answer]]:
        found = await remote.read_many(keys)
        return [(found[k],) for k in keys]


class RemoteLists(DataLoader[tuple[str, str], list[dict[str, Any]]]):
    """A remote document's related lists by (collection, document URL): fetched concurrently per batch."""

    def __init__(self) -> None:
        super().__init__(load_fn=self._load)

    async def _load(self, keys: list[tuple[str, str]]) -> list[list[dict[str, Any]]]:
        found = await asyncio.gather(*(remote.related(url, collection) for collection, url in keys))
        return [items or [] for items in found]


def is_elsewhere(url: Any, base: str) -> bool:
    """A URL that is not ours (not under the request's base URL): an object in another API."""
    return isinstance(url, str) and remote.is_remote(url) and not url.startswith(base + "/")


def _loader(info: Info) -> RemoteObjects:
    extra = info.context.loaders.extra
    if "remote" not in extra:
        extra["remote"] = RemoteObjects()
    found: RemoteObjects = extra["remote"]
    return found


def _lists(info: Info) -> RemoteLists:
    extra = info.context.loaders.extra
    if "remote-lists" not in extra:
        extra["remote-lists"] = RemoteLists()
    found: RemoteLists = extra["remote-lists"]
    return found


def _failure(url: str, answer: Answer) -> ExpandFailed | None:
    """Why the answer is no object (None: it is one, or the remote API refused to show it)."""
    if answer is None:
        return ExpandFailed(f"{url} hoort bij geen geconfigureerde service.")
    if isinstance(answer, client.Unreachable):
        return ExpandFailed(f"{url} is niet bereikbaar.")
    if answer.status in REFUSED:
        return None
    if answer.status != 200 or not isinstance(answer.data, dict):
        return ExpandFailed(f"{url} kon niet opgehaald worden (antwoord {answer.status}).")
    return None


def _body(answer: Answer) -> dict[str, Any] | None:
    if isinstance(answer, client.Fetched) and answer.status == 200 and isinstance(answer.data, dict):
        return answer.data
    return None


async def one(info: Info, url: str) -> dict[str, Any] | None:
    """The object at `url` (None when the remote API refuses it); ExpandFailed when it cannot be delivered."""
    (answer,) = await _loader(info).load(url)
    failure = _failure(url, answer)
    if failure is not None:
        raise failure
    return _body(answer)


async def many(info: Info, urls: list[str]) -> list[dict[str, Any] | None]:
    """The objects at `urls`, in order; None for each one that is refused or cannot be delivered."""
    return [_body(a) for (a,) in await _loader(info).load_many(urls)]


async def related(info: Info, body: dict[str, Any], collection: str) -> list[dict[str, Any]]:
    """A remote document's `collection` (gebruiksrechten, objectinformatieobjecten) as its API lists them for
    us; empty when it cannot tell."""
    url = body.get("url")
    return await _lists(info).load((collection, url)) if isinstance(url, str) else []
