"""A small generic repository: every query of a document type goes through one of these."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from typing import Any, Generic, TypeVar
from uuid import UUID

from beanie import Document, SortDirection

from zgw.domain.errors import NotFound

T = TypeVar("T", bound=Document)

Filter = Mapping[str, Any]
Sort = Sequence[tuple[str, int]]


PART = 34  # ids per query of get_many


def combine(*filters: Filter | None) -> dict[str, Any]:
    """AND together filters, skipping empty ones."""
    parts = [dict(f) for f in filters if f]
    if not parts:
        return {}
    if len(parts) == 1:
        return parts[0]
    return {"$and": parts}


async def get_many(model: type[T], ids: Iterable[UUID]) -> list[T]:
    """The documents with these ids, in the given order, skipping missing ones.

    One `{_id: {$in: ids}}` query: the FerretDB build pushes it down to the `_id` index
    (scripts/build-ferretdb.sh, patch 3), and MongoDB answers it from its `_id` index.
    """
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return []
    # a page of 100 in a few concurrent parts: the server decodes each part on its own core
    parts = [wanted[i:i + PART] for i in range(0, len(wanted), PART)]
    found: dict[Any, T] = {}
    for docs in await asyncio.gather(*(model.find(by_ids(part)).to_list() for part in parts)):
        found.update((doc.id, doc) for doc in docs)
    return [found[i] for i in wanted if i in found]


def by_ids(ids: Iterable[Any], *filters: Filter | None) -> dict[str, Any]:
    """`filters` over these ids only, with `_id` at the top level (where FerretDB pushes it down)."""
    query: dict[str, Any] = {"_id": {"$in": list(ids)}}
    rest = combine(*filters)
    if rest:
        query["$and"] = [rest]
    return query


def _sort(sort: Sort) -> list[tuple[str, SortDirection]]:
    return [(field, SortDirection(direction)) for field, direction in sort]


class Repository(Generic[T]):
    def __init__(self, model: type[T], label: str | None = None) -> None:
        self.model = model
        self.label = label or model.__name__

    async def get(self, id_: UUID | str) -> T:
        found = await self.model.get(id_)
        if found is None:
            raise NotFound(f"{self.label} niet gevonden.")
        return found

    async def find_one(self, query: Filter) -> T | None:
        return await self.model.find_one(dict(query))

    async def exists(self, query: Filter) -> bool:
        return await self.model.find_one(dict(query)) is not None

    async def count(self, query: Filter) -> int:
        return await self.model.find(dict(query)).count()

    async def page(self, query: Filter, *, offset: int, limit: int, sort: Sort = (("_id", 1),)) -> list[T]:
        return await self.model.find(dict(query)).sort(_sort(sort)).skip(offset).limit(limit).to_list()

    async def list(self, query: Filter, sort: Sort = (("_id", 1),)) -> list[T]:
        return await self.model.find(dict(query)).sort(_sort(sort)).to_list()

    async def stream(self, query: Filter, sort: Sort = (("_id", 1),)) -> AsyncIterator[T]:
        async for item in self.model.find(dict(query)).sort(_sort(sort)):
            yield item

    async def create(self, obj: T) -> T:
        await obj.insert()
        return obj

    async def replace(self, obj: T) -> T:
        await obj.replace()
        return obj

    async def delete(self, obj: T) -> None:
        await obj.delete()

    async def delete_many(self, query: Filter) -> int:
        result = await self.model.find(dict(query)).delete()
        return int(result.deleted_count) if result is not None else 0
