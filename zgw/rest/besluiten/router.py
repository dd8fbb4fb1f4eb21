"""Besluiten (list, create, read, HEAD, update, partial update, delete), their audit trail and
besluit_verwerken; the rules live in zgw.domain.besluiten."""

from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

from fastapi import Depends, Header, Query
from fastapi.routing import APIRouter
from pydantic import BaseModel
from starlette.responses import Response

from zgw.domain.besluiten import access, service, verwerken
from zgw.domain.besluiten.documents import Besluit
from zgw.domain.catalogi.documents import BesluitType
from zgw.domain.errors import InvalidParam, ValidationFailed
from zgw.domain.notifications.service import notifying
from zgw.domain.zaken.documents import Zaak
from zgw.domain.zaken.subresources import Actor
from zgw.rest.audit import audittrail_router
from zgw.rest.besluiten import expand, render, wire
from zgw.rest.catalogi.caching import ETAG_HEADER, IF_NONE_MATCH_DESCRIPTION, cached_response
from zgw.rest.catalogi.filters import path_of
from zgw.rest.component import zgw_router
from zgw.rest.deps import RequestContext, requires
from zgw.rest.jsonresponse import JSONResponse
from zgw.rest.pagination import Pagination, page_body
from zgw.rest.urls import Resource
from zgw.rest.zaken.bodies import non_nullable_problems, ref
from zgw.rest.zaken.oas import audit_headers

Reader = Annotated[RequestContext, Depends(requires(access.LEZEN))]
Creator = Annotated[RequestContext, Depends(requires(access.AANMAKEN))]
Updater = Annotated[RequestContext, Depends(requires(access.BIJWERKEN))]
Deleter = Annotated[RequestContext, Depends(requires(access.VERWIJDEREN))]
IfNoneMatch = Annotated[str | None, Header(alias="If-None-Match", description=IF_NONE_MATCH_DESCRIPTION)]
AUDIT = [Depends(audit_headers)]
BESLUITTYPE = Resource(BesluitType.PATH, "besluittype")
ZAAK = Resource(Zaak.PATH, "zaak")
URI: dict[str, Any] = {"format": "uri"}


def actor(ctx: RequestContext, outbox: Any = None) -> Actor:
    return Actor(ctx.policy, ctx.urls.of, ctx.toelichting, outbox)


def renderer(ctx: RequestContext) -> Any:
    async def out(doc: Besluit) -> dict[str, Any]:
        return render.besluit(doc, ctx.urls)
    return out


def besluit_data(ctx: RequestContext, body: BaseModel, *, partial: bool, prefix: str = "") -> dict[str, Any]:
    """Domain data of a besluit body: snake_case, local URLs as stored references (errors named `prefix`…)."""
    problems = non_nullable_problems(body) if partial else []
    data: dict[str, Any] = body.model_dump(by_alias=False, exclude_unset=True)
    if data.get("besluittype"):
        data["besluittype"] = ref(ctx, data["besluittype"], BESLUITTYPE, f"{prefix}besluittype", problems,
                                  allow_remote=True)
    if data.get("zaak"):
        data["zaak"] = ref(ctx, data["zaak"], ZAAK, f"{prefix}zaak", problems, allow_remote=True)
    if problems:
        raise ValidationFailed([InvalidParam(p.name, p.code, p.reason) for p in problems])
    return data


def build_besluiten() -> APIRouter:
    router = zgw_router(tags=["besluiten"])
    path = "/besluiten"

    @router.get(path, operation_id="besluit_list", summary="Alle BESLUITen opvragen.",
                description="Deze lijst kan gefilterd wordt met query-string parameters.",
                responses={200: {"model": wire.PaginatedBesluitList}})
    async def besluit_list(
            ctx: Reader, pagination: Pagination,
            identificatie: Annotated[str | None, Query(description=(
                "Identificatie van het besluit binnen de organisatie die het besluit heeft vastgesteld. Indien "
                "deze niet opgegeven is, dan wordt die gegenereerd."))] = None,
            verantwoordelijke_organisatie: Annotated[str | None, Query(
                alias="verantwoordelijkeOrganisatie", description=(
                    "Het RSIN van de niet-natuurlijk persoon zijnde de organisatie die het besluit heeft "
                    "vastgesteld."))] = None,
            besluittype: Annotated[str | None, Query(
                description="URL-referentie naar het BESLUITTYPE (in de Catalogi API).", json_schema_extra=URI)] = None,
            zaak: Annotated[str | None, Query(description=(
                "URL-referentie naar de ZAAK (in de Zaken API) waarvan dit besluit uitkomst is."),
                json_schema_extra=URI)] = None,
            expand_value: Annotated[str | None, Query(alias="expand", description=expand.EXPAND_DESCRIPTION)] = None,
    ) -> JSONResponse:
        criteria: dict[str, Any] = {"identificatie": identificatie,
                                    "verantwoordelijke_organisatie": verantwoordelijke_organisatie,
                                    "besluittype": local_or_url(ctx, besluittype, "besluittype") if besluittype
                                    else None,
                                    "zaak": local_or_url(ctx, zaak, "zaak") if zaak else None}
        count, found = await service.page(actor(ctx), criteria, offset=pagination.offset, limit=pagination.size)
        results = [render.besluit(b, ctx.urls) for b in found]
        await expand.apply(results, expand_value, ctx)
        return JSONResponse(page_body(ctx.request, ctx.urls.base, pagination, count, results))

    @router.post(path, operation_id="besluit_create", summary="Maak een BESLUIT aan.", status_code=201,
                 dependencies=AUDIT, responses={201: {"model": wire.Besluit}})
    async def besluit_create(ctx: Creator, body: wire.BesluitRequest) -> JSONResponse:
        data = besluit_data(ctx, body, partial=False)
        async with notifying() as outbox:
            besluit = await service.create(data, actor(ctx, outbox), renderer(ctx))
        out = render.besluit(besluit, ctx.urls)
        return JSONResponse(out, status_code=201, headers={"Location": out["url"]})

    @router.get(path + "/{uuid}", operation_id="besluit_read", summary="Een specifiek BESLUIT opvragen.",
                responses={200: {"model": wire.Besluit, "headers": ETAG_HEADER}})
    async def besluit_read(ctx: Reader, uuid: UUID, if_none_match: IfNoneMatch = None,
                           expand_value: Annotated[str | None, Query(alias="expand",
                                                                     description=expand.EXPAND_DESCRIPTION)] = None
                           ) -> Response:
        body = render.besluit(await service.get_visible(uuid, actor(ctx)), ctx.urls)
        await expand.apply([body], expand_value, ctx)
        return cached_response(ctx.request, body)

    @router.head(path + "/{uuid}", operation_id="besluit_head",
                 summary="De headers voor een specifiek(e) BESLUIT opvragen ",
                 responses={200: {"headers": ETAG_HEADER, "description": "OK"}})
    async def besluit_head(ctx: Reader, uuid: UUID, if_none_match: IfNoneMatch = None) -> Response:
        body = render.besluit(await service.get_visible(uuid, actor(ctx)), ctx.urls)
        return cached_response(ctx.request, body, head=True)

    async def _update(ctx: RequestContext, uuid: UUID, body: BaseModel, partial: bool) -> JSONResponse:
        await service.get_visible(uuid, actor(ctx), access.BIJWERKEN)
        data = besluit_data(ctx, body, partial=partial)
        async with notifying() as outbox:
            besluit = await service.update(uuid, data, actor(ctx, outbox), renderer(ctx), partial=partial)
        return JSONResponse(render.besluit(besluit, ctx.urls))

    @router.put(path + "/{uuid}", operation_id="besluit_update", summary="Werk een BESLUIT in zijn geheel bij.",
                dependencies=AUDIT, responses={200: {"model": wire.Besluit}})
    async def besluit_update(ctx: Updater, uuid: UUID, body: wire.BesluitRequest) -> JSONResponse:
        return await _update(ctx, uuid, body, False)

    @router.patch(path + "/{uuid}", operation_id="besluit_partial_update", summary="Werk een BESLUIT deels bij.",
                  dependencies=AUDIT, responses={200: {"model": wire.Besluit}})
    async def besluit_partial_update(ctx: Updater, uuid: UUID, body: wire.PatchedBesluitRequest) -> JSONResponse:
        return await _update(ctx, uuid, body, True)

    @router.delete(path + "/{uuid}", operation_id="besluit_delete", status_code=204,
                   summary="Verwijder een BESLUIT.", dependencies=AUDIT,
                   responses={204: {"description": "No content"}})
    async def besluit_delete(ctx: Deleter, uuid: UUID) -> Response:
        async with notifying() as outbox:
            await service.delete(uuid, actor(ctx, outbox))  # brc-009: the audit trail goes with it
        return Response(status_code=204)

    return router


def build_verwerken() -> APIRouter:
    from zgw.rest.besluiten.informatieobjecten import renderer as bio_renderer

    router = zgw_router(tags=["besluit_verwerken"])

    @router.post("/besluit_verwerken", operation_id="verwerkbesluit_create", status_code=201,
                 summary="Verwerk een besluit",
                 description="**EXPERIMENTEEL** Maak een Besluit aan met en een of meerdere "
                             "BesluitInformatieObject(en) aan om documenten direct aan een besluit te linken.",
                 responses={201: {"model": wire.BesluitVerwerken}})
    async def besluit_verwerken(ctx: Creator, body: wire.BesluitVerwerkenRequest) -> JSONResponse:
        data = besluit_data(ctx, body.besluit, partial=False, prefix="besluit.")
        links = [{"informatieobject": str(link.informatieobject)} for link in body.besluitinformatieobjecten]
        for link in links:
            link["informatieobject"] = path_or_url(ctx, link["informatieobject"])
        async with notifying() as outbox:
            besluit, written = await verwerken.verwerken(actor(ctx, outbox), data, links, renderer(ctx),
                                                         bio_renderer(ctx))
        rendered = render.besluit(besluit, ctx.urls)
        out = {"besluit": rendered,
               "besluitinformatieobjecten": [render.besluitinformatieobject(b, ctx.urls) for b in written]}
        return JSONResponse(out, status_code=201, headers={"Location": rendered["url"]})

    return router


def local_or_url(ctx: RequestContext, url: str, name: str) -> str:
    """A list filter's URL: a local object's path, an object in another API (a registered service) as given."""
    from urllib.parse import urlsplit

    path = path_of(url, name)
    return path if urlsplit(url).netloc.lower() in ctx.local_hosts() else url


def path_or_url(ctx: RequestContext, url: str) -> str:
    """A local informatieobject URL as its stored reference; anything else as given (the domain refuses it)."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return parts.path.rstrip("/") if parts.netloc.lower() in ctx.local_hosts() else url


async def _load_for_audit(ctx: RequestContext, uuid: UUID) -> str:
    besluit = await service.get_visible(uuid, actor(ctx), access.AUDITTRAILS_LEZEN)
    return besluit.ref


def build() -> list[APIRouter]:
    from zgw.rest.besluiten.informatieobjecten import build as build_bios

    return [
        build_besluiten(),
        audittrail_router(parent_path="/besluiten", parent_param="besluit_uuid", tag="besluiten",
                          scope=access.AUDITTRAILS_LEZEN, load_parent=_load_for_audit, object_label="het BESLUIT"),
        build_bios(),
        build_verwerken(),
    ]
