"""Queries of the catalogue: one repository per kind, plus batched reads by reference."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar
from uuid import UUID

from beanie import SortDirection

from zgw.domain.catalogi import version
from zgw.domain.catalogi.documents import (
    BesluitType,
    CatalogiDocument,
    Catalogus,
    Eigenschap,
    InformatieObjectType,
    ResultaatType,
    RolType,
    StatusType,
    ZaakObjectType,
    ZaakType,
    ZaakTypeInformatieObjectType,
)
from zgw.domain.repository import Repository

D = TypeVar("D", bound=CatalogiDocument)

catalogussen = Repository(Catalogus, "Catalogus")
zaaktypen = Repository(ZaakType, "ZaakType")
informatieobjecttypen = Repository(InformatieObjectType, "InformatieObjectType")
besluittypen = Repository(BesluitType, "BesluitType")
statustypen = Repository(StatusType, "StatusType")
roltypen = Repository(RolType, "RolType")
resultaattypen = Repository(ResultaatType, "ResultaatType")
eigenschappen = Repository(Eigenschap, "Eigenschap")
zaakobjecttypen = Repository(ZaakObjectType, "ZaakObjectType")
zaaktype_informatieobjecttypen = Repository(ZaakTypeInformatieObjectType, "ZaakTypeInformatieObjectType")


# Open Zaak lists every catalogue resource newest first
NEWEST_FIRST: list[tuple[str, int]] = [("created", -1), ("_id", -1)]


async def page(model: type[D], query: dict[str, Any], *, offset: int, limit: int) -> tuple[int, list[D]]:
    """(count, one page newest first) of the documents matching `query`."""
    count = await model.find(query).count()
    order: Any = NEWEST_FIRST
    return count, await model.find(query).sort(order).skip(offset).limit(limit).to_list()


def uuid_of(ref: str) -> UUID | None:
    try:
        return UUID(ref.rsplit("/", 1)[-1])
    except ValueError:
        return None


async def by_refs(model: type[D], refs: Iterable[str], *, shared: bool = False) -> dict[str, D]:
    """The documents behind these references, keyed by reference (one `$in` query).

    `shared`: from the catalogue snapshot of this version (no database read) — documents shared by
    every reader of the process, which the caller must not change.
    """
    ids = {uuid_of(r) for r in refs if r and r.startswith(model.PATH + "/")}
    ids.discard(None)
    if not ids:
        return {}
    if shared:
        indexed = await _snapshot(model)
        if indexed is not None:
            by_id = indexed[1]
            return {by_id[i].ref: by_id[i] for i in ids if i in by_id}
    found = await model.find({"_id": {"$in": list(ids)}}).to_list()
    return {doc.ref: doc for doc in found}


async def by_ref(model: type[D], ref: str | None, *, shared: bool = False) -> D | None:
    if not ref:
        return None
    return (await by_refs(model, [ref], shared=shared)).get(ref)


_snapshots: dict[type[Any], tuple[int, list[Any], dict[Any, Any]]] = {}


async def snapshot(model: type[D]) -> list[D] | None:
    """Every document of a catalogue collection (by `_id`), kept per process for the catalogue's version.

    The catalogue is small and changes rarely, but a filter on it (the statustypen of a zaaktype, …)
    reads the whole collection on the embedded store; reading it once per version answers every such
    filter from memory. None without a version (no Redis): query the database. Read-only: shared.
    """
    indexed = await _snapshot(model)
    return indexed[0] if indexed is not None else None


async def _snapshot(model: type[D]) -> tuple[list[D], dict[Any, D]] | None:
    """The snapshot as a list by `_id` and as a dict by id."""
    stamp = await version.current()
    if stamp is None:
        return None
    cached = _snapshots.get(model)
    if cached is None or cached[0] != stamp:
        docs = await model.find({}).sort([("_id", SortDirection.ASCENDING)]).to_list()
        cached = (stamp, docs, {doc.id: doc for doc in docs})
        _snapshots[model] = cached
    return cached[1], cached[2]


def sort_docs(docs: list[D], order: list[tuple[str, int]]) -> list[D]:
    """`docs` sorted as MongoDB would for `order` (stable: later keys first, then earlier ones)."""
    out = list(docs)
    for name, direction in reversed(order):
        attribute = "id" if name == "_id" else name

        def key(doc: D, attribute: str = attribute) -> tuple[bool, Any]:
            value = getattr(doc, attribute)
            return value is not None, value

        out.sort(key=key, reverse=direction < 0)
    return out


async def grouped(model: type[D], field: str, refs: Iterable[str], extra: dict[str, Any] | None = None,
                  sort: list[tuple[str, int]] | None = None) -> dict[str, list[D]]:
    """Documents whose `field` (a reference or list of references) holds one of `refs`, per ref."""
    wanted = sorted(set(refs))
    out: dict[str, list[D]] = {r: [] for r in wanted}
    if not wanted:
        return out
    order: Any = sort or [("_id", 1)]
    everything = await snapshot(model) if extra is None else None
    if everything is not None:
        chosen = set(wanted)
        found = [d for d in everything if any(r in chosen for r in _as_list(getattr(d, field)))]
    else:
        query: dict[str, Any] = {field: {"$in": wanted}, **(extra or {})}
        found = await model.find(query).sort(order).to_list()
    for doc in sort_docs(found, order) if everything is not None else found:
        value = getattr(doc, field)
        for ref in value if isinstance(value, list) else [value]:
            if ref in out:
                out[ref].append(doc)
    return out


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]
