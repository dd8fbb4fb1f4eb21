"""Zaken API routes of the core: zaken, _zoek, zaakeigenschappen, audittrail."""

from typing import Annotated, Any
from uuid import UUID

from fastapi import Depends, Header
from fastapi.routing import APIRouter
from starlette.responses import Response

from zgw.domain.errors import NotAcceptable, PreconditionFailed, ValidationFailed
from zgw.domain.notifications.service import notifying
from zgw.domain.zaken import access, search, service
from zgw.domain.zaken.documents import Zaak
from zgw.rest.audit import audit, audittrail_router
from zgw.rest.catalogi.caching import ETAG_HEADER, IF_NONE_MATCH_DESCRIPTION, cached_response
from zgw.rest.component import zgw_router
from zgw.rest.deps import RequestContext, requires
from zgw.rest.jsonresponse import JSONResponse
from zgw.rest.pagination import Pagination, page_body
from zgw.rest.zaken import cache, eigenschappen, expand, filters, render, wire
from zgw.rest.zaken.bodies import zaak_data
from zgw.rest.zaken.oas import REQUIRED_MARK, audit_headers
from zgw.rest.zaken.zoek import ZaakZoek

CRS = "EPSG:4326"
CRS_HEADER = {"Content-Crs": {"schema": {"type": "string", "enum": [CRS]},
                              "description": "De 'Coordinate Reference System' (CRS) van de antwoorddata."}}

Reader = Annotated[RequestContext, Depends(requires(access.LEZEN))]
Creator = Annotated[RequestContext, Depends(requires(access.AANMAKEN))]
Updater = Annotated[RequestContext, Depends(requires(access.BIJWERKEN | access.GEFORCEERD_BIJWERKEN))]
Deleter = Annotated[RequestContext, Depends(requires(access.VERWIJDEREN))]
IfNoneMatch = Annotated[str | None, Header(alias="If-None-Match", description=IF_NONE_MATCH_DESCRIPTION)]
Criteria = Annotated[dict[str, Any], Depends(filters.zaak_criteria)]
Expand = Annotated[str | None, Depends(expand.expand_param)]


def accept_crs(accept_crs: Annotated[str | None, Header(
        alias="Accept-Crs", description="The desired 'Coordinate Reference System' (CRS) of the response data. "
                                        "According to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the "
                                        "same as WGS84).", json_schema_extra={"enum": [CRS], REQUIRED_MARK: True})]
               = None) -> None:
    """As Open Zaak's zaken (vng-api-common's GeoMixin): required on everything but DELETE; only EPSG:4326."""
    if accept_crs is None:
        raise PreconditionFailed("'Accept-Crs' header ontbreekt", code="precondition_failed")
    if accept_crs.strip() != CRS:
        raise NotAcceptable(f"CRS '{accept_crs}' is niet ondersteund", code="not_acceptable")


def content_crs(content_crs: Annotated[str | None, Header(
        alias="Content-Crs", description="The 'Coordinate Reference System' (CRS) of the request data. According "
                                         "to the GeoJSON spec, WGS84 is the default (EPSG: 4326 is the same as WGS84).",
        json_schema_extra={"enum": [CRS], REQUIRED_MARK: True})] = None) -> None:
    """Required with a body; another CRS is 406, as vng-api-common answers (not 415)."""
    if content_crs is None:
        raise PreconditionFailed("'Content-Crs' header ontbreekt", code="precondition_failed")
    if content_crs.strip() != CRS:
        raise NotAcceptable(f"CRS '{content_crs}' is niet ondersteund", code="not_acceptable")


AcceptCrs = Depends(accept_crs)
ContentCrs = Depends(content_crs)
AuditHeaders = Depends(audit_headers)
HEADERS = {"Content-Crs": CRS}
PRECONDITION: dict[int | str, dict[str, Any]] = {412: {"description": "Precondition failed"}}
# _zoek pages like the list (DRF's paginator): a page beyond the last, or below 1, is a 404.
PAGE_NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"description": "Not found"}}


def actor(ctx: RequestContext) -> service.Actor:
    return service.Actor(policy=ctx.policy, url_of=ctx.urls.of,
                         referentielijsten_root=ctx.settings.selectielijst_api_root_url)


async def _list(ctx: RequestContext, pagination: Any, criteria: dict[str, Any], expand_value: str | None,
                fields: Any = None) -> JSONResponse:
    count, ids, found = await search.page_ids(ctx.policy, criteria, offset=pagination.offset, limit=pagination.size)
    if found is None:  # a page of the zaken index: rendered zaken from the cache, the rest read by _id
        plain = not expand_value and fields is None
        results: list[Any] = await cache.rendered(ids, ctx.urls, as_dicts=not plain)
        found = []
    else:
        results = [render.zaak(z, ctx.urls) for z in found]
    await expand.apply("zaak", results, found, expand_value, fields, ctx)
    return JSONResponse(page_body(ctx.request, ctx.urls.base, pagination, count, results), headers=HEADERS)


async def _audit(ctx: RequestContext, actie: str, status: int, zaak: Zaak, oud: Any, nieuw: Any) -> None:
    await audit(ctx, bron="zrc", actie=actie, resultaat=status, hoofd_object_ref=zaak.ref, resource="zaak",
                resource_ref=zaak.ref, resource_weergave=zaak.identificatie, oud=oud, nieuw=nieuw)


def zaken_router() -> APIRouter:
    router = zgw_router(tags=["zaken"])

    @router.get("/zaken", operation_id="zaak_list", summary="Alle ZAAKen opvragen.",
                dependencies=[AcceptCrs],
                responses={200: {"model": wire.PaginatedZaakList, "headers": CRS_HEADER}, **PRECONDITION})
    async def zaak_list(ctx: Reader, pagination: Pagination, criteria: Criteria,
                        expand_value: Expand = None) -> JSONResponse:
        return await _list(ctx, pagination, criteria, expand_value)

    @router.post("/zaken/_zoek", operation_id="zaak__zoek", summary="Voer een (geo)-zoekopdracht uit op ZAAKen.",
                 dependencies=[AcceptCrs, ContentCrs],
                 responses={200: {"model": wire.PaginatedZaakList, "headers": CRS_HEADER}, **PRECONDITION,
                            **PAGE_NOT_FOUND})
    async def zaak_zoek(ctx: Reader, pagination: Pagination, body: ZaakZoek,  # type: ignore[valid-type]

                        expand_value: Expand = None) -> JSONResponse:
        data = body.model_dump(by_alias=True, exclude_unset=True)  # type: ignore[attr-defined]
        fields = data.pop("fields", None)
        body_expand = data.pop("expand", None)
        if not {k: v for k, v in data.items() if v is not None} and fields is None and body_expand is None:
            raise ValidationFailed.non_field("empty_search_body", "Het zoekverzoek mag niet leeg zijn.")
        if fields is not None and (expand_value or body_expand):
            raise ValidationFailed.field("fields", "fields-and-expand",
                                         "`fields` en `expand` kunnen niet samen gebruikt worden.")
        merged_expand = ",".join(x for x in [expand_value, *(body_expand or [])] if x) or None
        criteria = filters.to_paths(data, ctx.local_hosts())
        return await _list(ctx, pagination, criteria, merged_expand, fields)

    @router.post("/zaken", operation_id="zaak_create", summary="Maak een ZAAK aan.", status_code=201,
                 dependencies=[AcceptCrs, ContentCrs, AuditHeaders],
                 responses={201: {"model": wire.Zaak, "headers": CRS_HEADER}, **PRECONDITION})
    async def zaak_create(ctx: Creator, body: wire.ZaakRequest) -> JSONResponse:
        data = zaak_data(ctx, body, partial=False)
        async with notifying() as outbox:
            zaak = await service.create(data, actor(ctx), outbox)
            rendered = render.zaak(zaak, ctx.urls)
            await _audit(ctx, "create", 201, zaak, None, rendered)
        return JSONResponse(rendered, status_code=201, headers={"Location": rendered["url"], **HEADERS})

    @router.get("/zaken/{uuid}", operation_id="zaak_read", summary="Een specifieke ZAAK opvragen.",
                dependencies=[AcceptCrs],
                responses={200: {"model": wire.Zaak, "headers": {**ETAG_HEADER, **CRS_HEADER}}, **PRECONDITION})
    async def zaak_read(ctx: Reader, uuid: UUID, if_none_match: IfNoneMatch = None,
                        expand_value: Expand = None) -> Response:
        zaak = await service.get_visible(uuid, ctx.policy)
        body = render.zaak(zaak, ctx.urls)
        await expand.apply("zaak", [body], [zaak], expand_value, None, ctx)
        response = cached_response(ctx.request, body)
        response.headers.update(HEADERS)
        return response

    @router.head("/zaken/{uuid}", operation_id="zaak_head", summary="De headers voor een specifiek(e) ZAAK opvragen ",
                 dependencies=[AcceptCrs],
                 responses={200: {"headers": {**ETAG_HEADER, **CRS_HEADER}, "description": "OK"}, **PRECONDITION})
    async def zaak_head(ctx: Reader, uuid: UUID, if_none_match: IfNoneMatch = None) -> Response:
        zaak = await service.get_visible(uuid, ctx.policy)
        response = cached_response(ctx.request, render.zaak(zaak, ctx.urls), head=True)
        response.headers.update(HEADERS)
        return response

    async def _update(ctx: RequestContext, uuid: UUID, body: Any, partial: bool) -> JSONResponse:
        before = await service.get_visible(uuid, ctx.policy)
        oud = render.zaak(before, ctx.urls)
        data = zaak_data(ctx, body, partial=partial)
        async with notifying() as outbox:
            zaak = await service.update(uuid, data, actor(ctx), outbox, partial=partial)
            rendered = render.zaak(zaak, ctx.urls)
            await _audit(ctx, "partial_update" if partial else "update", 200, zaak, oud, rendered)
        return JSONResponse(rendered, headers=HEADERS)

    @router.put("/zaken/{uuid}", operation_id="zaak_update", summary="Werk een ZAAK in zijn geheel bij.",
                dependencies=[AcceptCrs, ContentCrs, AuditHeaders],
                responses={200: {"model": wire.Zaak, "headers": CRS_HEADER}, **PRECONDITION})
    async def zaak_update(ctx: Updater, uuid: UUID, body: wire.ZaakRequest) -> JSONResponse:
        return await _update(ctx, uuid, body, False)

    @router.patch("/zaken/{uuid}", operation_id="zaak_partial_update", summary="Werk een ZAAK deels bij.",
                  dependencies=[AcceptCrs, ContentCrs, AuditHeaders],
                  responses={200: {"model": wire.Zaak, "headers": CRS_HEADER}, **PRECONDITION})
    async def zaak_partial_update(ctx: Updater, uuid: UUID, body: wire.PatchedZaakRequest) -> JSONResponse:
        return await _update(ctx, uuid, body, True)

    @router.delete("/zaken/{uuid}", operation_id="zaak_delete", summary="Verwijder een ZAAK.", status_code=204,
                   dependencies=[AuditHeaders], responses={204: {"description": "No content"}, **PRECONDITION})
    async def zaak_delete(ctx: Deleter, uuid: UUID) -> Response:
        zaak = await service.get_visible(uuid, ctx.policy, access.VERWIJDEREN)
        oud = render.zaak(zaak, ctx.urls)
        async with notifying() as outbox:
            await service.delete(uuid, actor(ctx), outbox)
            await _audit(ctx, "destroy", 204, zaak, oud, None)
        return Response(status_code=204)

    return router


async def _load_zaak_for_audit(ctx: RequestContext, uuid: UUID) -> str:
    zaak = await service.get_visible(uuid, ctx.policy, access.AUDITTRAILS_LEZEN)
    return zaak.ref


def build() -> list[APIRouter]:
    return [
        zaken_router(),
        eigenschappen.router(),
        audittrail_router(parent_path="/zaken", parent_param="zaak_uuid", tag="zaken",
                          scope=access.AUDITTRAILS_LEZEN, load_parent=_load_zaak_for_audit,
                          object_label="de ZAAK"),
    ]
