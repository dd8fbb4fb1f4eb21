"""The informatieobjecten list: filters and orderings of Open Zaak (and 1.7.1) as one database query, with the
caller's authorisation in it (never applied after pagination).

On a production MongoDB the indexes declared on `EnkelvoudigInformatieObject` answer these; on the embedded
store the query reads the collection (bench/documenten.py measures it). `uuid__in` (_zoek) reads by `_id`.
"""

from __future__ import annotations

import importlib
import re
from typing import Any
from uuid import UUID

from beanie import SortDirection

from zgw.domain.autorisaties.policy import Policy
from zgw.domain.documenten import access
from zgw.domain.documenten.documents import EnkelvoudigInformatieObject
from zgw.domain.repository import combine

CONTAINS = {"auteur", "beschrijving", "titel"}
EXACT = {"identificatie", "bronorganisatie", "vertrouwelijkheidaanduiding", "informatieobjecttype"}
ORDERINGS = {"auteur", "bestandsomvang", "creatiedatum", "formaat", "status", "titel", "vertrouwelijkheidaanduiding"}
MATCH_NOTHING: dict[str, Any] = {"_id": {"$in": []}}


def _icontains(value: str) -> dict[str, Any]:
    return {"$regex": re.escape(value), "$options": "i"}


async def _linked(criteria: dict[str, Any]) -> list[UUID] | None:
    """The informatieobjecten with an objectinformatieobject on `object` / of `objectType`, from the
    objectinformatieobjecten module (`eio_ids_for(object=..., object_type=...)`); None: no such filter."""
    obj = criteria.get("objectinformatieobjecten__object")
    object_type = criteria.get("objectinformatieobjecten__objectType")
    if obj is None and object_type is None:
        return None
    try:
        module = importlib.import_module("zgw.domain.documenten.objectinformatieobjecten")
    except ImportError:
        return []
    finder = getattr(module, "eio_ids_for", None)
    if finder is None:
        return []
    return list(await finder(object=obj, object_type=object_type))


async def query(criteria: dict[str, Any], policy: Policy) -> dict[str, Any]:
    parts: list[dict[str, Any]] = []
    for name, value in criteria.items():
        if value is None:
            continue
        if name in CONTAINS:
            parts.append({name: _icontains(value)})
        elif name in EXACT:
            parts.append({name: value})
        elif name == "creatiedatum__gte":
            parts.append({"creatiedatum": {"$gte": value}})
        elif name == "creatiedatum__lte":
            parts.append({"creatiedatum": {"$lte": value}})
        elif name == "locked":
            parts.append({"lock": {"$ne": ""}} if value else {"lock": ""})
        elif name == "trefwoorden" and value:
            parts.append({"trefwoorden": {"$all": list(value)}})
        elif name == "trefwoorden__overlap" and value:
            parts.append({"trefwoorden": {"$in": list(value)}})
    linked = await _linked(criteria)
    ids = criteria.get("uuid__in")
    if linked is not None:
        ids = [i for i in ids if i in set(linked)] if ids is not None else linked
    found = combine(access.list_filter(policy), *parts)
    if ids is not None:
        out: dict[str, Any] = {"_id": {"$in": list(ids)}}
        if found:
            out["$and"] = [found]
        return out
    return found


def sort_of(ordering: list[str] | None) -> list[tuple[str, int]]:
    sort = []
    for item in ordering or []:
        name = item.lstrip("-")
        if name in ORDERINGS:
            sort.append((name, -1 if item.startswith("-") else 1))
    return [*sort, ("seq", -1)]


async def page(criteria: dict[str, Any], policy: Policy, *, offset: int,
               limit: int) -> tuple[int, list[EnkelvoudigInformatieObject]]:
    """(count, page): from the documenten index (`indexing.page`, then the page read by `_id`) when it is ready
    and the query is the unfiltered list or one informatieobjecttype in the default order; else the query."""
    from zgw.domain.documenten import indexing
    from zgw.domain.repository import get_many

    found_ids = await indexing.page(criteria, policy, offset=offset, limit=limit)
    if found_ids is not None:
        return found_ids[0], await get_many(EnkelvoudigInformatieObject, found_ids[1])
    q = await query(criteria, policy)
    collection = EnkelvoudigInformatieObject
    count = await collection.find(q).count()
    sort = [(name, SortDirection(direction)) for name, direction in sort_of(criteria.get("ordering"))]
    found = await collection.find(q).sort(sort).skip(offset).limit(limit).to_list()
    return count, found
