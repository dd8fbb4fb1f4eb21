"""DataLoaders, built per request: one batched `_id` read per kind and nesting level."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any, Generic, TypeVar
from uuid import UUID

from strawberry.dataloader import DataLoader

from zgw.domain.catalogi.documents import (
    BesluitType,
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
from zgw.domain.catalogi.repository import by_refs
from zgw.domain.catalogi.service import KINDS
from zgw.domain.repository import get_many
from zgw.domain.zaken.documents import (
    KlantContact,
    Resultaat,
    Rol,
    Status,
    Zaak,
    ZaakEigenschap,
    ZaakObject,
)
from zgw.rest.catalogi.render import render_many
from zgw.rest.urls import Urls

D = TypeVar("D")


def uuid_of(ref: str | UUID | None) -> UUID | None:
    if ref is None:
        return None
    if isinstance(ref, UUID):
        return ref
    try:
        return UUID(str(ref).rstrip("/").rsplit("/", 1)[-1])
    except ValueError:
        return None


class ById(DataLoader[UUID, Any | None], Generic[D]):
    """Documents of one kind by id (missing: None), one `$in` read per batch."""

    def __init__(self, model: type[Any]) -> None:
        self.model = model
        self.reads = 0
        super().__init__(load_fn=self._load)

    async def _load(self, keys: list[UUID]) -> list[Any | None]:
        self.reads += 1
        found = {d.id: d for d in await get_many(self.model, keys)}
        return [found.get(k) for k in keys]

    async def many(self, ids: list[UUID]) -> list[Any]:
        """The existing documents of these ids, in order."""
        return [d for d in await self.load_many(ids) if d is not None]


class ByRef(DataLoader[str, Any | None]):
    """Catalogue documents by reference, from the catalogue snapshot (no database read when current)."""

    def __init__(self, model: type[Any]) -> None:
        self.model = model
        super().__init__(load_fn=self._load)

    async def _load(self, keys: list[str]) -> list[Any | None]:
        found = await by_refs(self.model, keys, shared=True)
        return [found.get(k) for k in keys]

    async def many(self, refs: list[str]) -> list[Any]:
        return [d for d in await self.load_many(refs) if d is not None]


class CatalogueBodies(DataLoader[tuple[str, str, date | None], dict[str, Any] | None]):
    """Catalogue objects as REST renders them, by (kind, reference, datumGeldigheid): one render per
    kind and date per batch (REST's renderer, which keeps its results per catalogue version)."""

    def __init__(self, urls: Urls) -> None:
        self.urls = urls
        super().__init__(load_fn=self._load)

    async def _load(self, keys: list[tuple[str, str, date | None]]) -> list[dict[str, Any] | None]:
        groups: dict[tuple[str, date | None], list[str]] = defaultdict(list)
        for kind, ref, datum in keys:
            groups[(kind, datum)].append(ref)
        out: dict[tuple[str, str, date | None], dict[str, Any]] = {}
        for (kind, datum), refs in groups.items():
            found = await by_refs(KINDS[kind].model, refs, shared=True)
            docs = list(found.values())
            for doc, body in zip(docs, await render_many(kind, docs, self.urls, datum), strict=True):
                out[(kind, doc.ref, datum)] = body
        return [out.get(k) for k in keys]


class Loaders:
    """Every loader of one request."""

    def __init__(self, urls: Urls) -> None:
        self.bodies = CatalogueBodies(urls)
        self.zaken: ById[Zaak] = ById(Zaak)
        self.statussen: ById[Status] = ById(Status)
        self.resultaten: ById[Resultaat] = ById(Resultaat)
        self.rollen: ById[Rol] = ById(Rol)
        self.eigenschappen: ById[ZaakEigenschap] = ById(ZaakEigenschap)
        self.zaakobjecten: ById[ZaakObject] = ById(ZaakObject)
        self.klantcontacten: ById[KlantContact] = ById(KlantContact)
        self.catalogi: dict[type[Any], ByRef] = {m: ByRef(m) for m in (
            Catalogus, ZaakType, StatusType, RolType, ResultaatType, Eigenschap, InformatieObjectType,
            BesluitType, ZaakObjectType, ZaakTypeInformatieObjectType)}
        self.extra: dict[str, DataLoader[Any, Any]] = {}  # loaders other modules add (by name)

    def catalogus(self, model: type[Any]) -> ByRef:
        return self.catalogi[model]
