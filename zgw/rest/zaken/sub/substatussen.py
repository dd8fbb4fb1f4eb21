"""Substatussen (Open Zaak): list with filters, create, retrieve."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Depends

from zgw.domain.notifications.service import notifying
from zgw.domain.zaken import access, substatussen
from zgw.domain.zaken.documents import Status, SubStatus
from zgw.domain.zaken.subresources import scoped, visible
from zgw.rest.catalogi.filters import path_of
from zgw.rest.component import zgw_router
from zgw.rest.deps import RequestContext, requires
from zgw.rest.jsonresponse import JSONResponse
from zgw.rest.pagination import Pagination, page_body
from zgw.rest.urls import Resource, Urls
from zgw.rest.zaken import wire
from zgw.rest.zaken.oas import audit_headers
from zgw.rest.zaken.sub import common, extfilters

Reader = Annotated[RequestContext, Depends(requires(access.LEZEN))]
# which of the two the caller needs for this zaak is the domain's check
Creator = Annotated[RequestContext, Depends(requires(common.any_of(access.AANMAKEN, access.STATUSSEN_TOEVOEGEN)))]
Criteria = Annotated[dict[str, Any], Depends(extfilters.dependency("GET /substatussen", {"zaak", "status"}))]
STATUS = Resource(Status.PATH, "status")
LABEL = "SubStatus"


def render(doc: SubStatus, urls: Urls) -> dict[str, Any]:
    return {
        "url": urls.of(doc.ref),
        "uuid": str(doc.id),
        "zaak": urls.of(doc.zaak),
        "status": urls.of(doc.status) if doc.status else None,
        "omschrijving": doc.omschrijving,
        "tijdstip": common.moment(doc.tijdstip),
        "doelgroep": doc.doelgroep,
    }


def renderer(ctx: RequestContext) -> Callable[[Any, Any], Awaitable[Any]]:
    async def out(doc: Any, zaak: Any) -> Any:
        return render(doc, ctx.urls)
    return out


def data_of(ctx: RequestContext, raw: dict[str, Any]) -> dict[str, Any]:
    """A validated request body (snake_case) with its URLs as stored references."""
    return common.refs(ctx, raw, {"zaak": common.ZAAK, "status": STATUS})


def build() -> APIRouter:
    router = zgw_router(tags=["substatussen"])

    @router.get("/substatussen", operation_id="substatus_list", summary="Alle SUBSTATUSsen van STATUSsen opvragen.",
                description="Deze lijst kan gefilterd wordt met query-string parameters.",
                responses={200: {"model": wire.PaginatedSubStatusList}})
    async def substatus_list(ctx: Reader, pagination: Pagination, criteria: Criteria) -> JSONResponse:
        zaak = criteria.pop("zaak", None)
        zaak_ref = path_of(zaak, "zaak") if zaak is not None else None
        if criteria.get("status") is not None:
            criteria["status"] = path_of(criteria["status"], "status")
        full = await scoped(common.actor(ctx), SubStatus, zaak_ref, substatussen.query(criteria))
        count = await substatussen.repo.count(full)
        found = await substatussen.repo.page(full, offset=pagination.offset, limit=pagination.size,
                                             sort=substatussen.ORDER)
        return JSONResponse(page_body(ctx.request, ctx.urls.base, pagination, count,
                                      [render(d, ctx.urls) for d in found]))

    @router.post("/substatussen", operation_id="substatus_create", status_code=201,
                 summary="Maak een SUBSTATUS aan bij een STATUS voor een ZAAK.",
                 description="**Er wordt gevalideerd op**\n- geldigheid URL naar de ZAAK\n- geldigheid URL naar de "
                             "STATUS\n- STATUS moet horen bij de ZAAK",
                 dependencies=[Depends(audit_headers)], responses={201: {"model": wire.SubStatus}})
    async def substatus_create(ctx: Creator, body: wire.SubStatusRequest) -> JSONResponse:
        data = data_of(ctx, body.model_dump())
        async with notifying() as outbox:
            doc = await substatussen.create(common.actor(ctx, outbox), data, renderer(ctx))
        rendered = render(doc, ctx.urls)
        return JSONResponse(rendered, status_code=201, headers={"Location": rendered["url"]})

    @router.get("/substatussen/{uuid}", operation_id="substatus_read",
                summary="Een specifieke SUBSTATUS bij een STATUS van een ZAAK opvragen.",
                responses={200: {"model": wire.SubStatus}})
    async def substatus_read(ctx: Reader, uuid: UUID) -> JSONResponse:
        doc = await substatussen.get(uuid)
        await visible(common.actor(ctx), doc, LABEL)
        return JSONResponse(render(doc, ctx.urls))

    return router
