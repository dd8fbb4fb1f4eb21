"""Statussen: list, create, retrieve and HEAD."""

from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Depends, Query
from starlette.responses import Response

from zgw.domain.errors import NotFound
from zgw.domain.notifications.service import notifying
from zgw.domain.repository import get_many
from zgw.domain.zaken import access, statussen
from zgw.domain.zaken.documents import Status, Zaak
from zgw.domain.zaken.subresources import get_zaak, uuid_of, visible
from zgw.rest.catalogi.caching import ETAG_HEADER, cached_response
from zgw.rest.catalogi.filters import Expand, path_of
from zgw.rest.component import zgw_router
from zgw.rest.deps import RequestContext, requires
from zgw.rest.jsonresponse import JSONResponse
from zgw.rest.pagination import Pagination, page_body
from zgw.rest.urls import Urls
from zgw.rest.zaken import wire
from zgw.rest.zaken.oas import audit_headers
from zgw.rest.zaken.router import IfNoneMatch
from zgw.rest.zaken.sub import common

Reader = Annotated[RequestContext, Depends(requires(access.LEZEN))]
# which of these may add which status (the first, a next one, one on a closed zaak) is the domain's rule
Creator = Annotated[RequestContext, Depends(requires(common.any_of(access.AANMAKEN, access.STATUSSEN_TOEVOEGEN,
                                                                   access.HEROPENEN)))]
URI: dict[str, Any] = {"format": "uri"}


async def render_many(docs: list[Status], urls: Urls) -> list[common.Rendered]:
    ids = [i for i in (uuid_of(d.zaak) for d in docs) if i]
    zaken = {z.ref: z for z in await get_many(Zaak, ids)}
    return [common.render_status(d, zaken.get(d.zaak), urls) for d in docs]


async def _render(ctx: RequestContext, doc: Status, zaak: Zaak | None = None) -> common.Rendered:
    return common.render_status(doc, zaak or await get_zaak(doc.zaak), ctx.urls)


def build() -> APIRouter:
    router = zgw_router(tags=["statussen"])

    @router.get("/statussen", operation_id="status_list", summary="Alle STATUSsen van ZAAKen opvragen.",
                responses={200: {"model": wire.PaginatedStatusList}})
    async def status_list(
        ctx: Reader, pagination: Pagination,
        zaak: Annotated[str | None, Query(description="URL-referentie naar de ZAAK.", json_schema_extra=URI)] = None,
        statustype: Annotated[str | None, Query(description="URL-referentie naar het STATUSTYPE (in de Catalogi "
                                                            "API).", json_schema_extra=URI)] = None,
        indicatie_laatst_gezette_status: Annotated[bool | None, Query(
            alias="indicatieLaatstGezetteStatus",
            description="Het gegeven is afleidbaar uit de historie van de attribuutsoort Datum status gezet van van "
                        "alle statussen bij de desbetreffende zaak.")] = None,
        expand: Expand = None,
    ) -> JSONResponse:
        query: dict[str, Any] = {}
        zaak_ref = path_of(zaak, "zaak") if zaak is not None else None
        if statustype is not None:
            query["statustype"] = path_of(statustype, "statustype")
        if indicatie_laatst_gezette_status is not None:
            current = await _current_statussen(zaak_ref)
            query["_id"] = {"$in" if indicatie_laatst_gezette_status else "$nin": current}
        count, found = await common.page(ctx, statussen.repo, query, zaak_ref, pagination.offset, pagination.size)
        results = await render_many(found, ctx.urls)
        await common.apply_expand(ctx, results, expand)
        return JSONResponse(page_body(ctx.request, ctx.urls.base, pagination, count, results))

    @router.post("/statussen", operation_id="status_create", status_code=201, summary="Maak een STATUS aan bij "
                 "een ZAAK.", dependencies=[Depends(audit_headers)], responses={201: {"model": wire.Status}})
    async def status_create(ctx: Creator, body: wire.StatusRequest) -> JSONResponse:
        data = common.refs(ctx, body.model_dump(), {"zaak": common.ZAAK, "statustype": common.STATUSTYPE,
                                                    "gezetdoor": common.ROL})
        kept: list[common.Rendered] = []

        async def render_kept(status: Status, zaak: Zaak) -> common.Rendered:  # the audit's body is the answer
            kept[:] = [await _render(ctx, status, zaak)]
            return kept[0]

        async with notifying() as outbox:
            doc = await statussen.create(common.actor(ctx, outbox), data, render_kept)
        rendered = kept[0] if kept else await _render(ctx, doc)
        return JSONResponse(rendered, status_code=201, headers={"Location": rendered["url"]})

    async def _one(ctx: RequestContext, uuid: UUID) -> common.Rendered:
        doc = await statussen.get(uuid)
        zaak = await visible(common.actor(ctx), doc, "Status")
        return await _render(ctx, doc, zaak)

    @router.get("/statussen/{uuid}", operation_id="status_read", summary="Een specifieke STATUS van een ZAAK "
                "opvragen.", responses={200: {"model": wire.Status, "headers": ETAG_HEADER, "description": "OK"}})
    async def status_read(ctx: Reader, uuid: UUID, if_none_match: IfNoneMatch = None,
                          expand: Expand = None) -> Response:
        body = await _one(ctx, uuid)
        await common.apply_expand(ctx, [body], expand)
        return cached_response(ctx.request, body)

    @router.head("/statussen/{uuid}", operation_id="status_head", summary="De headers voor een specifiek(e) "
                 "STATUS opvragen ", responses={200: {"headers": ETAG_HEADER, "description": "OK"}})
    async def status_head(ctx: Reader, uuid: UUID, if_none_match: IfNoneMatch = None) -> Response:
        return cached_response(ctx.request, await _one(ctx, uuid), head=True)

    return router


async def _current_statussen(zaak_ref: str | None) -> list[UUID]:
    """Ids of the current status of the zaak (or of every zaak)."""
    if zaak_ref is not None:
        zaak = await get_zaak(zaak_ref)
        if zaak is None:
            raise NotFound("Zaak niet gevonden.")
        refs = [zaak.status] if zaak.status else []
    else:
        rows = Zaak.get_pymongo_collection().find({"status": {"$ne": None}}, {"status": 1})
        refs = [row["status"] async for row in rows]
    return [i for i in (uuid_of(r) for r in refs if r) if i]
