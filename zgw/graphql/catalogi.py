"""Catalogi in GraphQL: catalogussen, zaaktypen (with `datumGeldigheid` as REST) and their types.

Lists filter with REST's own filter functions (zgw.rest.catalogi.filters) and render with REST's
renderer, so version resolution and every field value are exactly REST's.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, cast
from uuid import UUID

import strawberry
from strawberry.types import Info

from zgw.domain.catalogi import repository
from zgw.domain.catalogi.service import KINDS
from zgw.domain.errors import ValidationFailed
from zgw.graphql import remote
from zgw.graphql.context import context_of
from zgw.graphql.relay import Connection, connection, window
from zgw.graphql.wire import wire_type
from zgw.rest.catalogi import filters, wire
from zgw.rest.catalogi.render import render_many
from zgw.rest.catalogi.router import LEZEN
from zgw.rest.urls import Urls


def ref_of(url: str | None, urls: Urls) -> str | None:
    """The stored reference of one of our URLs (None for a remote or empty one)."""
    if not url:
        return None
    if url.startswith(urls.base + "/"):
        return url[len(urls.base):]
    return url if url.startswith("/") else None


async def load(info: Info, kind: str, urls_or_refs: list[str], datum: date | None = None) -> list[dict[str, Any]]:
    """Rendered catalogue objects (REST's bodies) of these URLs, batched per kind and level; objects in an
    external Catalogi API as it answers them (zgw.graphql.remote; one it cannot deliver is left out)."""
    ctx = context_of(info)
    elsewhere = [u for u in urls_or_refs if remote.is_elsewhere(u, ctx.urls.base)]
    refs = [r for r in (ref_of(u, ctx.urls) for u in urls_or_refs) if r]
    bodies = await ctx.loaders.bodies.load_many([(kind, r, datum) for r in refs])
    if not elsewhere:
        return [b for b in bodies if b is not None]
    by_url = dict(zip(elsewhere, await remote.many(info, elsewhere), strict=True))
    local = iter(bodies)
    out = []
    for u in urls_or_refs:  # in the order given
        if u in by_url:
            out.append(by_url[u])
        elif ref_of(u, ctx.urls):
            out.append(next(local))
    return [b for b in out if b is not None]


async def load_one(info: Info, kind: str, url_or_ref: str | None, datum: date | None = None) -> dict[str, Any] | None:
    """One catalogue object; a remote one that cannot be delivered is null with an error (zgw.graphql.remote)."""
    if remote.is_elsewhere(url_or_ref, context_of(info).urls.base):
        return await remote.one(info, str(url_or_ref))
    found = await load(info, kind, [url_or_ref] if url_or_ref else [], datum)
    return found[0] if found else None


class _Catalogus:
    pass


class _StatusType:
    pass


class _RolType:
    pass


class _ResultaatType:
    pass


class _Eigenschap:
    pass


class _InformatieObjectType:
    pass


class _BesluitType:
    pass


class _ZaakObjectType:
    pass


Catalogus: Any = wire_type(_Catalogus, wire.Catalogus, name="Catalogus")
StatusType: Any = wire_type(_StatusType, wire.StatusType, name="StatusType")
RolType: Any = wire_type(_RolType, wire.RolType, name="RolType")
ResultaatType: Any = wire_type(_ResultaatType, wire.ResultaatType, name="ResultaatType")
Eigenschap: Any = wire_type(_Eigenschap, wire.Eigenschap, name="Eigenschap")
InformatieObjectType: Any = wire_type(_InformatieObjectType, wire.InformatieObjectType, name="InformatieObjectType")
BesluitType: Any = wire_type(_BesluitType, wire.BesluitType, name="BesluitType")
ZaakObjectType: Any = wire_type(_ZaakObjectType, wire.ZaakObjectType, name="ZaakObjectType")

CHILDREN = ("statustypen", "roltypen", "resultaattypen", "eigenschappen", "informatieobjecttypen", "besluittypen")


class _ZaakType:
    body: strawberry.Private[dict[str, Any]] = None  # type: ignore[assignment]
    datum: strawberry.Private[date | None] = None

    async def _children(self, info: Info, kind: str) -> list[Any]:
        bodies = await load(info, kind, self.body.get(kind) or [], self.datum)
        return [TYPES[kind].build(b) for b in bodies]

    @strawberry.field(description="De CATALOGUS waartoe dit ZAAKTYPE behoort.")
    async def catalogus(self, info: Info) -> Catalogus | None:  # type: ignore[valid-type]
        body = await load_one(info, "catalogussen", self.body.get("catalogus"))
        return Catalogus.build(body) if body else None

    @strawberry.field(description="De STATUSTYPEn van dit ZAAKTYPE.")
    async def statustypen(self, info: Info) -> list[StatusType]:  # type: ignore[valid-type]
        return await self._children(info, "statustypen")

    @strawberry.field(description="De ROLTYPEn van dit ZAAKTYPE.")
    async def roltypen(self, info: Info) -> list[RolType]:  # type: ignore[valid-type]
        return await self._children(info, "roltypen")

    @strawberry.field(description="De RESULTAATTYPEn van dit ZAAKTYPE.")
    async def resultaattypen(self, info: Info) -> list[ResultaatType]:  # type: ignore[valid-type]
        return await self._children(info, "resultaattypen")

    @strawberry.field(description="De EIGENSCHAPpen van dit ZAAKTYPE.")
    async def eigenschappen(self, info: Info) -> list[Eigenschap]:  # type: ignore[valid-type]
        return await self._children(info, "eigenschappen")

    @strawberry.field(description="De INFORMATIEOBJECTTYPEn van dit ZAAKTYPE (op de datum van de vraag).")
    async def informatieobjecttypen(self, info: Info) -> list[InformatieObjectType]:  # type: ignore[valid-type]
        return await self._children(info, "informatieobjecttypen")

    @strawberry.field(description="De BESLUITTYPEn van dit ZAAKTYPE (op de datum van de vraag).")
    async def besluittypen(self, info: Info) -> list[BesluitType]:  # type: ignore[valid-type]
        return await self._children(info, "besluittypen")


ZaakType: Any = wire_type(_ZaakType, wire.ZaakType, name="ZaakType", skip={"catalogus", *CHILDREN})

TYPES: dict[str, Any] = {
    "catalogussen": Catalogus, "zaaktypen": ZaakType, "statustypen": StatusType, "roltypen": RolType,
    "resultaattypen": ResultaatType, "eigenschappen": Eigenschap, "informatieobjecttypen": InformatieObjectType,
    "besluittypen": BesluitType, "zaakobjecttypen": ZaakObjectType,
}


def build(kind: str, body: dict[str, Any], datum: date | None = None) -> Any:
    if kind == "zaaktypen":
        return ZaakType.build(body, body=body, datum=datum)
    return TYPES[kind].build(body)


async def _page(info: Info, kind: str, query: dict[str, Any], first: int | None, after: str | None,
                datum: date | None = None) -> Connection[Any]:
    ctx = context_of(info)
    ctx.require(LEZEN)
    offset, limit = window(first, after, ctx.settings.graphql_max_page_size)
    count, found = await repository.page(KINDS[kind].model, query, offset=offset, limit=limit)
    bodies = await render_many(kind, found, ctx.urls, datum)
    return connection([build(kind, b, datum) for b in bodies], count, offset)


def _uuid_of(uuid: UUID | None, url: str | None, kind: str) -> UUID:
    if (uuid is None) == (url is None):
        raise ValidationFailed.non_field("invalid", "Geef precies een van `uuid` en `url`.")
    if uuid is not None:
        return uuid
    found = repository.uuid_of(filters.path_of(url or "", "url"))
    if found is None:
        raise ValidationFailed.field("url", "invalid-resource", f"De URL verwijst niet naar een {kind}.")
    return found


Status = strawberry.argument(description="`alles`, `concept` of `definitief` (standaard), als REST.")
Datum = strawberry.argument(description="Objecten geldig op deze datum; relaties op naam "
                                                                "worden op deze datum opgelost (als REST).")
StatusArg = Annotated[str | None, Status]
DatumArg = Annotated[date | None, Datum]


@strawberry.type
class CatalogiQuery:
    @strawberry.field(description="Catalogussen (GET /catalogi/api/v1/catalogussen).")
    async def catalogussen(self, info: Info, domein: str | None = None, rsin: str | None = None,
                           first: int | None = None, after: str | None = None) -> Connection[Catalogus]:  # type: ignore[valid-type]
        return await _page(info, "catalogussen", filters.catalogus_filter(domein=domein, rsin=rsin), first, after)

    @strawberry.field(description="Zaaktypen (GET /catalogi/api/v1/zaaktypen), met datumGeldigheid als REST.")
    async def zaaktypen(
        self, info: Info, catalogus: str | None = None, identificatie: str | None = None,
        status: StatusArg = None, datum_geldigheid: DatumArg = None, first: int | None = None,
        after: str | None = None,
    ) -> Connection[ZaakType]:  # type: ignore[valid-type]
        query = filters.zaaktype_filter(catalogus=catalogus, datum_geldigheid=datum_geldigheid,
                                        identificatie=identificatie, status=_status(status))
        return await _page(info, "zaaktypen", query, first, after, datum_geldigheid)

    @strawberry.field(description="Een zaaktype op uuid of url (GET /catalogi/api/v1/zaaktypen/{uuid}).")
    async def zaaktype(self, info: Info, uuid: UUID | None = None, url: str | None = None,
                       datum_geldigheid: DatumArg = None) -> ZaakType | None:  # type: ignore[valid-type]
        ctx = context_of(info)
        ctx.require(LEZEN)
        found = await repository.by_ref(KINDS["zaaktypen"].model,
                                        f"{KINDS['zaaktypen'].model.PATH}/{_uuid_of(uuid, url, 'zaaktype')}")
        if found is None:
            return None
        body = (await render_many("zaaktypen", [found], ctx.urls, datum_geldigheid))[0]
        return build("zaaktypen", body, datum_geldigheid)

    @strawberry.field(description="Statustypen (GET /catalogi/api/v1/statustypen).")
    async def statustypen(self, info: Info, zaaktype: str | None = None, status: StatusArg = None,
                          datum_geldigheid: DatumArg = None, first: int | None = None,
                          after: str | None = None) -> Connection[StatusType]:  # type: ignore[valid-type]
        query = filters.sub_filter(datum_geldigheid=datum_geldigheid, status=_status(status), zaaktype=zaaktype)
        return await _page(info, "statustypen", query, first, after, datum_geldigheid)

    @strawberry.field(description="Roltypen (GET /catalogi/api/v1/roltypen).")
    async def roltypen(self, info: Info, zaaktype: str | None = None, status: StatusArg = None,
                       datum_geldigheid: DatumArg = None, first: int | None = None,
                       after: str | None = None) -> Connection[RolType]:  # type: ignore[valid-type]
        query = filters.roltype_filter(datum_geldigheid=datum_geldigheid, status=_status(status), zaaktype=zaaktype)
        return await _page(info, "roltypen", query, first, after, datum_geldigheid)

    @strawberry.field(description="Resultaattypen (GET /catalogi/api/v1/resultaattypen).")
    async def resultaattypen(self, info: Info, zaaktype: str | None = None, status: StatusArg = None,
                             datum_geldigheid: DatumArg = None, first: int | None = None,
                             after: str | None = None) -> Connection[ResultaatType]:  # type: ignore[valid-type]
        query = filters.resultaattype_filter(datum_geldigheid=datum_geldigheid, status=_status(status),
                                             zaaktype=zaaktype)
        return await _page(info, "resultaattypen", query, first, after, datum_geldigheid)

    @strawberry.field(description="Eigenschappen (GET /catalogi/api/v1/eigenschappen).")
    async def eigenschappen(self, info: Info, zaaktype: str | None = None, status: StatusArg = None,
                            datum_geldigheid: DatumArg = None, first: int | None = None,
                            after: str | None = None) -> Connection[Eigenschap]:  # type: ignore[valid-type]
        query = filters.sub_filter(datum_geldigheid=datum_geldigheid, status=_status(status), zaaktype=zaaktype)
        return await _page(info, "eigenschappen", query, first, after, datum_geldigheid)

    @strawberry.field(description="Informatieobjecttypen (GET /catalogi/api/v1/informatieobjecttypen).")
    async def informatieobjecttypen(self, info: Info, catalogus: str | None = None, zaaktype: str | None = None,
                                    status: StatusArg = None, datum_geldigheid: DatumArg = None,
                                    first: int | None = None, after: str | None = None,
                                    ) -> Connection[InformatieObjectType]:  # type: ignore[valid-type]
        query = await filters.informatieobjecttype_filter(catalogus=catalogus, datum_geldigheid=datum_geldigheid,
                                                          status=_status(status), zaaktype=zaaktype)
        return await _page(info, "informatieobjecttypen", query, first, after, datum_geldigheid)

    @strawberry.field(description="Besluittypen (GET /catalogi/api/v1/besluittypen).")
    async def besluittypen(self, info: Info, catalogus: str | None = None, zaaktypen: str | None = None,
                           status: StatusArg = None, datum_geldigheid: DatumArg = None,
                           first: int | None = None, after: str | None = None,
                           ) -> Connection[BesluitType]:  # type: ignore[valid-type]
        query = await filters.besluittype_filter(catalogus=catalogus, datum_geldigheid=datum_geldigheid,
                                                 status=_status(status), zaaktypen=zaaktypen)
        return await _page(info, "besluittypen", query, first, after, datum_geldigheid)


def _status(value: str | None) -> filters.Status | None:
    if value is not None and value not in ("alles", "concept", "definitief"):
        raise ValidationFailed.field("status", "invalid_choice", f"Selecteer een geldige keuze. {value} is geen "
                                                                 "van de beschikbare keuzen.")
    return cast("filters.Status | None", value)
