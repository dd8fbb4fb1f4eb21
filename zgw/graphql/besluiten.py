"""Besluiten in GraphQL: `besluit`, `besluiten` (a Relay connection) and a zaak's `besluiten`.

What a caller may see is the domain's rule, as in REST: a besluit is visible with `besluiten.lezen` for its
besluittype (zgw.domain.besluiten.access); the list is the domain query of GET /besluiten (the same filters,
the authorisation in the database query, a zaak's besluiten by key). Every field value is the body REST
renders; `besluittype`, `zaak` and the documents of the besluitinformatieobjecten are objects here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any
from uuid import UUID

import strawberry
from strawberry.types import Info

from zgw.domain.besluiten import access, service, zaakbesluiten
from zgw.domain.besluiten.documents import Besluit as BesluitDocument
from zgw.domain.besluiten.documents import BesluitInformatieObject as BIODocument
from zgw.domain.errors import UrlRefused, ValidationFailed
from zgw.domain.zaken.subresources import Actor
from zgw.graphql import catalogi, remote
from zgw.graphql.context import Context, context_of
from zgw.graphql.documenten import EnkelvoudigInformatieObject, linked_informatieobject
from zgw.graphql.loaders import ById, uuid_of
from zgw.graphql.relay import Connection, connection, window
from zgw.graphql.wire import wire_type
from zgw.rest.besluiten import render, wire
from zgw.rest.catalogi.filters import path_of
from zgw.rest.urls import Resource, parse_hyperlink

if TYPE_CHECKING:
    from zgw.graphql.zaken import Zaak

BESLUIT = Resource(BesluitDocument.PATH, "besluit")


def _loader(info: Info, model: type[Any]) -> ById[Any]:
    extra = context_of(info).loaders.extra
    name = f"besluiten:{model.Settings.name}"
    if name not in extra:
        extra[name] = ById(model)
    found: ById[Any] = extra[name]  # type: ignore[assignment]
    return found


def _visible(ctx: Context, docs: list[Any]) -> list[Any]:
    policy = ctx.policy
    return [d for d in docs if d is not None and access.may(policy, access.LEZEN, d)]


class _BesluitInformatieObject:
    doc: strawberry.Private[Any] = None

    @strawberry.field(description="Het INFORMATIEOBJECT waarin (een deel van) het besluit beschreven is; null als "
                                  "de aanroeper het niet mag zien (of, in een externe Documenten API, die het ons "
                                  "niet toont of niet kan leveren).")
    async def informatieobject(self, info: Info) -> EnkelvoudigInformatieObject | None:  # type: ignore[valid-type]
        return await linked_informatieobject(info, self.doc.informatieobject)


BesluitInformatieObject: Any = wire_type(_BesluitInformatieObject, wire.BesluitInformatieObject,
                                         name="BesluitInformatieObject", skip={"besluit"},
                                         description="De koppeling van een informatieobject aan een besluit.")


class _Besluit:
    doc: strawberry.Private[Any] = None

    @strawberry.field(description="Het BESLUITTYPE van het besluit.")
    async def besluittype(self, info: Info) -> catalogi.BesluitType | None:  # type: ignore[name-defined]
        body = await catalogi.load_one(info, "besluittypen", self.doc.besluittype)
        return catalogi.BesluitType.build(body) if body else None

    @strawberry.field(description="De ZAAK waarvan het besluit een uitkomst is (als de aanroeper die mag zien).")
    async def zaak(self, info: Info) -> Annotated[Zaak, strawberry.lazy("zgw.graphql.zaken")] | None:  # type: ignore[valid-type]
        from zgw.domain.zaken import access as zaken_access
        from zgw.graphql.zaken import zaak_of

        ctx = context_of(info)
        if not self.doc.zaak or remote.is_elsewhere(self.doc.zaak, ctx.urls.base):
            return None  # a zaak in another Zaken API is not one of ours
        doc = await ctx.loaders.zaken.load(uuid_of(self.doc.zaak) or UUID(int=0))
        if doc is None or not zaken_access.may(ctx.policy, zaken_access.LEZEN, doc):
            return None
        return zaak_of(doc, info)

    @strawberry.field(description="De besluitinformatieobjecten (koppelingen met documenten), oudste eerst.")
    async def besluitinformatieobjecten(self, info: Info) -> list[BesluitInformatieObject]:  # type: ignore[valid-type]
        docs = [d for d in await _loader(info, BIODocument).many(list(self.doc.besluitinformatieobjecten))
                if d.besluit == self.doc.ref]
        docs.sort(key=lambda d: (d.aangemaakt, str(d.id)))
        urls = context_of(info).urls
        return [BesluitInformatieObject.build(render.besluitinformatieobject(d, urls), doc=d) for d in docs]


Besluit: Any = wire_type(_Besluit, wire.Besluit, name="Besluit", skip={"besluittype", "zaak"},
                         description="Een besluit, met zijn documenten.")


def besluit_of(doc: BesluitDocument, info: Info) -> Any:
    return Besluit.build(render.besluit(doc, context_of(info).urls), doc=doc)


async def besluiten_of(info: Info, zaak: Any) -> list[Any]:
    """`Zaak.besluiten`: the zaak's besluiten (by the ids the zaak's lookup names) the caller may read."""
    ctx = context_of(info)
    ids = await zaakbesluiten.besluit_ids(zaak.ref)
    docs = [d for d in await _loader(info, BesluitDocument).load_many(ids) if d is not None and d.zaak == zaak.ref]
    docs.sort(key=lambda d: (d.seq, str(d.id)))
    return [besluit_of(d, info) for d in _visible(ctx, docs)]


@strawberry.input(description="Filter op besluiten: de filters van GET /besluiten (zelfde naam en betekenis). "
                              "Velden gelden samen (EN).")
class BesluitFilter:
    identificatie: str | None = None
    verantwoordelijke_organisatie: str | None = strawberry.field(default=None, name="verantwoordelijkeOrganisatie")
    besluittype: str | None = strawberry.field(default=None, description="URL van het BESLUITTYPE.")
    zaak: str | None = strawberry.field(default=None, description="URL van de ZAAK.")


def _criteria(value: BesluitFilter | None) -> dict[str, Any]:
    if value is None:
        return {}
    return {"identificatie": value.identificatie, "verantwoordelijke_organisatie": value.verantwoordelijke_organisatie,
            "besluittype": path_of(value.besluittype, "besluittype") if value.besluittype else None,
            "zaak": path_of(value.zaak, "zaak") if value.zaak else None}


def _uuid(uuid: UUID | None, url: str | None) -> UUID:
    if (uuid is None) == (url is None):
        raise ValidationFailed.non_field("invalid", "Geef precies een van `uuid` en `url`.")
    if uuid is not None:
        return uuid
    try:
        found = BESLUIT.uuid_of(parse_hyperlink(url or "", BESLUIT))
    except UrlRefused:
        found = None
    if found is None:
        raise ValidationFailed.field("url", "invalid-resource", "De URL verwijst niet naar een besluit.")
    return found


@strawberry.type
class BesluitenQuery:
    @strawberry.field(description="Een besluit op uuid of url; null als het niet bestaat of de aanroeper het niet "
                                  "mag zien.")
    async def besluit(self, info: Info, uuid: UUID | None = None, url: str | None = None) -> Besluit | None:  # type: ignore[valid-type]
        ctx = context_of(info)
        ctx.require(access.LEZEN)
        found = _visible(ctx, [await _loader(info, BesluitDocument).load(_uuid(uuid, url))])
        return besluit_of(found[0], info) if found else None

    @strawberry.field(description="Besluiten die aan het filter voldoen en die de aanroeper mag zien (als GET "
                                  "/besluiten, nieuwste eerst).")
    async def besluiten(self, info: Info, filter: BesluitFilter | None = None, first: int | None = None,
                        after: str | None = None) -> Connection[Besluit]:  # type: ignore[valid-type]
        ctx = context_of(info)
        policy = ctx.require(access.LEZEN)
        offset, limit = window(first, after, ctx.settings.graphql_max_page_size)
        actor = Actor(policy, ctx.urls.of)
        count, docs = await service.page(actor, _criteria(filter), offset=offset, limit=limit)
        loader = _loader(info, BesluitDocument)
        for doc in docs:
            loader.prime(doc.id, doc)
        return connection([besluit_of(d, info) for d in docs], count, offset)

