"""The catalogue as other components read it (Zaken, Documenten, Besluiten, GraphQL).

References are the stored paths ("/catalogi/api/v1/zaaktypen/<uuid>"). Everything here reads with
batched `$in` queries: a zaaktype with all its sub-types is six queries, for one or for a page.

Relations by name (Catalogi 1.3, see `names`) come back resolved: a zaaktype's `besluittypen` and
`deelzaaktypen` and a zaaktype-informatieobjecttype's `informatieobjecttype` hold the version valid
today (or on `datum`), and a name without a valid version is left out, as the API answers them.
Relations given as URLs are returned as stored.

A reference that is a URL (http, https) names an object in an external Catalogi API (`remote`): the
single getters answer it built from the fetched JSON or raise UrlRefused (unknown-service, bad-url,
invalid-resource); the batch readers leave out what cannot be read.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar
from uuid import UUID

from zgw.domain.catalogi import remote
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
from zgw.domain.catalogi.names import Versions, is_name, names_of
from zgw.domain.catalogi.repository import by_ref, by_refs, grouped
from zgw.domain.errors import UrlRefused, ValidationFailed

D = TypeVar("D", bound=CatalogiDocument)

__all__ = [
    "ZaaktypeBundle",
    "allows",
    "bundles",
    "get_besluittype",
    "get_catalogus",
    "get_eigenschap",
    "get_informatieobjecttype",
    "get_resultaattype",
    "get_roltype",
    "get_statustype",
    "get_zaaktype",
    "informatieobjecttypen_of",
    "is_eindstatus",
    "zaaktype_bundle",
    "zaaktype_by_uuid",
    "zaaktypen",
]


async def _resolved(found: dict[str, ZaakType], datum: date | None) -> dict[str, ZaakType]:
    """Copies of these zaaktypen with their relations by name replaced by the versions valid on `datum`."""
    named = [(z.catalogus, r) for z in found.values() for r in (*z.besluittypen, *z.deelzaaktypen) if is_name(r)]
    if not named:
        return found
    valid = await Versions.load(named, datum)
    return {ref: z.model_copy(update={"besluittypen": valid.refs(z.catalogus, z.besluittypen),
                                      "deelzaaktypen": valid.refs(z.catalogus, z.deelzaaktypen)})
            for ref, z in found.items()}


async def get_zaaktype(ref: str | None, datum: date | None = None) -> ZaakType | None:
    if not ref:
        return None
    if remote.is_remote(ref):
        return await remote.get(ZaakType, ref)
    return (await zaaktypen([ref], datum)).get(ref)


async def zaaktype_by_uuid(uuid: UUID, datum: date | None = None) -> ZaakType | None:
    found = await ZaakType.get(uuid)
    return (await _resolved({found.ref: found}, datum))[found.ref] if found else None


async def zaaktypen(refs: Iterable[str], datum: date | None = None) -> dict[str, ZaakType]:
    wanted = list(refs)
    found = await _resolved(await by_refs(ZaakType, wanted, shared=True), datum)
    elsewhere = [r for r in wanted if remote.is_remote(r)]
    return {**found, **await remote.found(ZaakType, elsewhere)} if elsewhere else found


async def _one(model: type[D], ref: str | None) -> D | None:
    """A local object by reference (None when missing), or a remote one (UrlRefused when unreadable)."""
    if ref and remote.is_remote(ref):
        return await remote.get(model, ref)
    return await by_ref(model, ref, shared=True)


def allows(zaaktype: ZaakType, field: str, target: ZaakType | BesluitType | InformatieObjectType) -> bool:
    """Whether the zaaktype's relation `field` (besluittypen, deelzaaktypen) holds this version.

    Give the stored zaaktype (`ZaakType.get`): a relation by URL holds that version, one by name
    every version of that name in the catalogus, whatever the date (a resolved copy from
    `get_zaaktype` holds only the versions valid on its date).
    """
    stored = getattr(zaaktype, field)
    return target.ref in stored or (target.catalogus == zaaktype.catalogus and names_of(target) in stored)


async def for_field(model: type[D], ref: str | None, name: str) -> D | None:
    """A type a request names in field `name`: a remote one that cannot be read is that field's 400."""
    try:
        return await _one(model, ref)
    except UrlRefused as refused:
        raise ValidationFailed([refused.param(name)]) from None


async def remote_type(model: type[D], url: str) -> D:
    """A type in a registered external Catalogi API, read fresh; UrlRefused when it is not one."""
    return await remote.get(model, url, fresh=True, probe=False)


async def get_or_none(model: type[D], ref: str | None) -> D | None:
    """A type a stored object names (for derived values): None when it is missing or cannot be read."""
    try:
        return await _one(model, ref)
    except UrlRefused:
        return None


async def get_catalogus(ref: str | None) -> Catalogus | None:
    return await _one(Catalogus, ref)


async def get_informatieobjecttype(ref: str | None) -> InformatieObjectType | None:
    return await _one(InformatieObjectType, ref)


async def get_besluittype(ref: str | None) -> BesluitType | None:
    return await _one(BesluitType, ref)


async def get_statustype(ref: str | None) -> StatusType | None:
    return await _one(StatusType, ref)


async def get_resultaattype(ref: str | None) -> ResultaatType | None:
    return await _one(ResultaatType, ref)


async def get_roltype(ref: str | None) -> RolType | None:
    return await _one(RolType, ref)


async def get_eigenschap(ref: str | None) -> Eigenschap | None:
    return await _one(Eigenschap, ref)


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
    wanted = list(refs)
    out = await _remote_bundles([r for r in wanted if remote.is_remote(r)])
    found = await by_refs(ZaakType, wanted, shared=True)
    keys = list(found)
    statussen = await grouped(StatusType, "zaaktype", keys, sort=[("volgnummer", 1)])
    resultaten = await grouped(ResultaatType, "zaaktype", keys)
    rollen = await grouped(RolType, "zaaktype", keys)
    eigenschappen = await grouped(Eigenschap, "zaaktype", keys)
    objecten = await grouped(ZaakObjectType, "zaaktype", keys)
    iots = await grouped(ZaakTypeInformatieObjectType, "zaaktype", keys, sort=[("volgnummer", 1)])
    valid = await Versions.load([(z.catalogus, z.informatieobjecttype) for zs in iots.values() for z in zs
                                 if is_name(z.informatieobjecttype)], fallback=True)
    for ref, zs in iots.items():
        # a relation by name holds the version valid today (else the one it stands for, as the API answers)
        iots[ref] = [z.model_copy(update={"informatieobjecttype": resolved}) for z in zs
                     if (resolved := valid.ref(z.catalogus, z.informatieobjecttype))]
    found = await _resolved(found, None)
    return {
        **out,
        **{ref: ZaaktypeBundle(zt, statussen[ref], resultaten[ref], rollen[ref], eigenschappen[ref], objecten[ref],
                               iots[ref])
           for ref, zt in found.items()},
    }


async def _remote_bundles(refs: list[str]) -> dict[str, ZaaktypeBundle]:
    """Bundles of zaaktypen in an external Catalogi API (each object fetched once, concurrently)."""
    if not refs:
        return {}
    found = list((await remote.found(ZaakType, refs)).values())
    statussen = await remote.sub_types(StatusType, found)
    resultaten = await remote.sub_types(ResultaatType, found)
    rollen = await remote.sub_types(RolType, found)
    eigenschappen = await remote.sub_types(Eigenschap, found)
    objecten = await remote.sub_types(ZaakObjectType, found)
    return {zt.ref: ZaaktypeBundle(zt, sorted(statussen[zt.ref], key=lambda s: s.volgnummer), resultaten[zt.ref],
                                   rollen[zt.ref], eigenschappen[zt.ref], objecten[zt.ref],
                                   await remote.zaaktype_informatieobjecttypen(zt))
            for zt in found}


async def informatieobjecttypen_of(zaaktype: str) -> set[str]:
    """The informatieobjecttypen a zaaktype allows (its zaaktype-informatieobjecttypen)."""
    if remote.is_remote(zaaktype):
        try:
            return remote.informatieobjecttypen(await remote.get(ZaakType, zaaktype))
        except UrlRefused:
            return set()
    found = await grouped(ZaakTypeInformatieObjectType, "zaaktype", [zaaktype])
    return {z.informatieobjecttype for z in found.get(zaaktype, [])}


async def zaaktype_bundle(ref: str) -> ZaaktypeBundle | None:
    return (await bundles([ref])).get(ref)


async def is_eindstatus(statustype: StatusType) -> bool:
    if remote.is_remote(statustype.ref):
        # the highest volgnummer among the statustypen its zaaktype answers
        try:
            zaaktype = await remote.get(ZaakType, statustype.zaaktype)
        except UrlRefused as refused:
            raise ValidationFailed([refused.param("statustype")]) from None
        answered = (await remote.sub_types(StatusType, [zaaktype]))[zaaktype.ref]
        return bool(answered) and max(answered, key=lambda s: s.volgnummer).ref == statustype.ref
    siblings = (await grouped(StatusType, "zaaktype", [statustype.zaaktype], sort=[("volgnummer", -1)]))
    last = siblings.get(statustype.zaaktype) or []
    return bool(last) and last[0].id == statustype.id
