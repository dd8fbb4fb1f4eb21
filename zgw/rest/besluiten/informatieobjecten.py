"""Besluitinformatieobjecten: list (unpaginated, as Open Zaak), create, read, HEAD, delete. The rules and the
mirrored objectinformatieobject live in zgw.domain.besluiten.besluitinformatieobjecten."""

from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

from fastapi import Depends, Query
from fastapi.routing import APIRouter
from starlette.responses import Response

from zgw.domain.besluiten import access
from zgw.domain.besluiten import besluitinformatieobjecten as bios
from zgw.domain.besluiten.documents import Besluit, BesluitInformatieObject
from zgw.domain.documenten.documents import EnkelvoudigInformatieObject
from zgw.domain.errors import ValidationFailed
from zgw.domain.notifications.service import notifying
from zgw.rest.besluiten import expand, render, wire
from zgw.rest.besluiten.router import AUDIT, URI, IfNoneMatch, actor, local_or_url
from zgw.rest.catalogi.caching import ETAG_HEADER, cached_response
from zgw.rest.catalogi.filters import path_of
from zgw.rest.component import zgw_router
from zgw.rest.deps import RequestContext, requires
from zgw.rest.jsonresponse import JSONResponse
from zgw.rest.urls import Resource
from zgw.rest.zaken.bodies import ref

Reader = Annotated[RequestContext, Depends(requires(access.LEZEN))]
Creator = Annotated[RequestContext, Depends(requires(access.AANMAKEN))]
Deleter = Annotated[RequestContext, Depends(requires(access.VERWIJDEREN))]
BESLUIT = Resource(Besluit.PATH, "besluit")
INFORMATIEOBJECT = Resource(EnkelvoudigInformatieObject.PATH, "informatieobject")
ExpandParam = Annotated[str | None, Query(alias="expand", description=expand.EXPAND_DESCRIPTION)]


def renderer(ctx: RequestContext) -> Any:
    async def out(doc: BesluitInformatieObject) -> dict[str, Any]:
        return render.besluitinformatieobject(doc, ctx.urls)
    return out


def build() -> APIRouter:
    router = zgw_router(tags=["besluitinformatieobjecten"])
    path = "/besluitinformatieobjecten"

    @router.get(path, operation_id="besluitinformatieobject_list",
                summary="Alle BESLUIT-INFORMATIEOBJECT relaties opvragen.",
                description="Deze lijst kan gefilterd wordt met query-string parameters.",
                responses={200: {"model": list[wire.BesluitInformatieObject]}})
    async def besluitinformatieobject_list(
            ctx: Reader,
            besluit: Annotated[str | None, Query(description="URL-referentie naar het BESLUIT.",
                                                 json_schema_extra=URI)] = None,
            informatieobject: Annotated[str | None, Query(description=(
                "URL-referentie naar het INFORMATIEOBJECT (in de Documenten API) waarin (een deel van) het besluit "
                "beschreven is."), json_schema_extra=URI)] = None,
            expand_value: ExpandParam = None) -> JSONResponse:
        besluit_ref = path_of(besluit, "besluit") if besluit is not None else None
        eio_ref = local_or_url(ctx, informatieobject, "informatieobject") if informatieobject is not None else None
        query = await bios.list_query(actor(ctx), besluit_ref, eio_ref)
        found = await bios.repo.list(query, sort=(("aangemaakt", 1), ("_id", 1)))
        bodies = [render.besluitinformatieobject(d, ctx.urls) for d in found]
        await expand.apply(bodies, expand_value, ctx)
        return JSONResponse(bodies)

    @router.post(path, operation_id="besluitinformatieobject_create", status_code=201,
                 summary="Maak een BESLUIT-INFORMATIEOBJECT relatie aan.", dependencies=AUDIT,
                 responses={201: {"model": wire.BesluitInformatieObject}})
    async def besluitinformatieobject_create(ctx: Creator, body: wire.BesluitInformatieObjectRequest
                                             ) -> JSONResponse:
        problems: list[Any] = []
        data = {"besluit": ref(ctx, str(body.besluit), BESLUIT, "besluit", problems),
                "informatieobject": ref(ctx, str(body.informatieobject), INFORMATIEOBJECT, "informatieobject",
                                        problems, allow_remote=True)}
        if problems:
            raise ValidationFailed(problems)
        async with notifying() as outbox:
            doc = await bios.create(actor(ctx, outbox), data, renderer(ctx))
        out = render.besluitinformatieobject(doc, ctx.urls)
        return JSONResponse(out, status_code=201, headers={"Location": out["url"]})

    @router.get(path + "/{uuid}", operation_id="besluitinformatieobject_read",
                summary="Een specifieke BESLUIT-INFORMATIEOBJECT relatie opvragen.",
                responses={200: {"model": wire.BesluitInformatieObject, "headers": ETAG_HEADER}})
    async def besluitinformatieobject_read(ctx: Reader, uuid: UUID, if_none_match: IfNoneMatch = None,
                                           expand_value: ExpandParam = None) -> Response:
        doc, _ = await bios.get_visible(uuid, actor(ctx))
        body = render.besluitinformatieobject(doc, ctx.urls)
        await expand.apply([body], expand_value, ctx)
        return cached_response(ctx.request, body)

    @router.head(path + "/{uuid}", operation_id="besluitinformatieobject_head",
                 summary="De headers voor een specifiek(e) BESLUITINFORMATIEOBJECT opvragen ",
                 responses={200: {"headers": ETAG_HEADER, "description": "OK"}})
    async def besluitinformatieobject_head(ctx: Reader, uuid: UUID, if_none_match: IfNoneMatch = None) -> Response:
        doc, _ = await bios.get_visible(uuid, actor(ctx))
        return cached_response(ctx.request, render.besluitinformatieobject(doc, ctx.urls), head=True)

    @router.delete(path + "/{uuid}", operation_id="besluitinformatieobject_delete", status_code=204,
                   summary="Verwijder een BESLUIT-INFORMATIEOBJECT relatie.", dependencies=AUDIT,
                   responses={204: {"description": "No content"}})
    async def besluitinformatieobject_delete(ctx: Deleter, uuid: UUID) -> Response:
        async with notifying() as outbox:
            await bios.delete(actor(ctx, outbox), uuid, renderer(ctx))
        return Response(status_code=204)

    return router
