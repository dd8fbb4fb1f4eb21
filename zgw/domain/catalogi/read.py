"""The catalogue as other components read it (Zaken, Documenten, Besluiten, GraphQL).

References are the stored paths ("/catalogi/api/v1/zaaktypen/<uuid>"). Everything here reads with
batched `$in` queries: a zaaktype with all its sub-types is six queries, for one or for a page.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

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
from zgw.domain.catalogi.repository import by_ref, by_refs, grouped

__all__ = [
    "ZaaktypeBundle", "bundles", "get_besluittype", "get_catalogus", "get_eigenschap", "get_informatieobjecttype",
    "get_resultaattype", "get_roltype", "get_statustype", "get_zaaktype", "is_eindstatus", "zaaktype_bundle",
    "zaaktype_by_uuid", "zaaktypen",
]


async def get_zaaktype(ref: str | None) -> ZaakType | None:
    return await by_ref(ZaakType, ref)


async def zaaktype_by_uuid(uuid: UUID) -> ZaakType | None:
    return await ZaakType.get(uuid)


async def zaaktypen(refs: Iterable[str]) -> dict[str, ZaakType]:
    return await by_refs(ZaakType, refs)


async def get_catalogus(ref: str | None) -> Catalogus | None:
    return await by_ref(Catalogus, ref)


async def get_informatieobjecttype(ref: str | None) -> InformatieObjectType | None:
    return await by_ref(InformatieObjectType, ref)


async def get_besluittype(ref: str | None) -> BesluitType | None:
    return await by_ref(BesluitType, ref)


async def get_statustype(ref: str | None) -> StatusType | None:
    return await by_ref(StatusType, ref)


async def get_resultaattype(ref: str | None) -> ResultaatType | None:
    return await by_ref(ResultaatType, ref)


async def get_roltype(ref: str | None) -> RolType | None:
    return await by_ref(RolType, ref)


async def get_eigenschap(ref: str | None) -> Eigenschap | None:
    return await by_ref(Eigenschap, ref)


@dataclass
class ZaaktypeBundle:
    """A zaaktype with everything that hangs off it; statustypen in volgnummer order."""

    zaaktype: ZaakType
    statustypen: list[StatusType] = field(default_factory=list)
    resultaattypen: list[ResultaatType] = field(default_factory=list)
    roltypen: list[RolType] = field(default_factory=list)
    eigenschappen: list[Eigenschap] = field(default_factory=list)
    zaakobjecttypen: list[ZaakObjectType] = field(default_factory=list)
    informatieobjecttypen: list[ZaakTypeInformatieObjectType] = field(default_factory=list)

    @property
    def eindstatus(self) -> StatusType | None:
        return self.statustypen[-1] if self.statustypen else None


async def bundles(refs: Iterable[str]) -> dict[str, ZaaktypeBundle]:
    found = await by_refs(ZaakType, refs)
    keys = list(found)
    statussen = await grouped(StatusType, "zaaktype", keys, sort=[("volgnummer", 1)])
    resultaten = await grouped(ResultaatType, "zaaktype", keys)
    rollen = await grouped(RolType, "zaaktype", keys)
    eigenschappen = await grouped(Eigenschap, "zaaktype", keys)
    objecten = await grouped(ZaakObjectType, "zaaktype", keys)
    iots = await grouped(ZaakTypeInformatieObjectType, "zaaktype", keys, sort=[("volgnummer", 1)])
    return {
        ref: ZaaktypeBundle(zt, statussen[ref], resultaten[ref], rollen[ref], eigenschappen[ref], objecten[ref],
                            iots[ref])
        for ref, zt in found.items()
    }


async def zaaktype_bundle(ref: str) -> ZaaktypeBundle | None:
    return (await bundles([ref])).get(ref)


async def is_eindstatus(statustype: StatusType) -> bool:
    order: Any = [("volgnummer", -1)]
    last = await StatusType.find({"zaaktype": statustype.zaaktype}).sort(order).limit(1).to_list()
    return bool(last) and last[0].id == statustype.id
