"""Zaaknotities: list with filters, create, retrieve, update, partial update, delete (Open Zaak and 1.7.0)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Depends
from starlette.responses import Response

from zgw.domain.errors import InvalidParam, ValidationFailed
from zgw.domain.zaken import access, notities
from zgw.domain.zaken.documents import ZaakNotitie
from zgw.domain.zaken.subresources import scoped, visible
from zgw.rest.catalogi.filters import path_of
from zgw.rest.component import zgw_router
from zgw.rest.deps import RequestContext, requires
from zgw.rest.jsonresponse import JSONResponse
from zgw.rest.pagination import Pagination, page_body
from zgw.rest.urls import Urls
from zgw.rest.zaken import wire
from zgw.rest.zaken.sub import common, extfilters

Reader = Annotated[RequestContext, Depends(requires(access.LEZEN))]
Writer = Annotated[RequestContext, Depends(requires(access.BIJWERKEN))]
Criteria = Annotated[dict[str, Any], Depends(extfilters.dependency("GET /zaaknotities", {"gerelateerdAan"}))]
LABEL = "ZaakNotitie"


def render(doc: ZaakNotitie, urls: Urls) -> dict[str, Any]:
    return {
        "url": urls.of(doc.ref),
        "onderwerp": doc.onderwerp,
        "tekst": doc.tekst,
        "aangemaaktDoor": doc.aangemaakt_door,
        "notitieType": doc.notitie_type,
        "status": doc.status,
        "aanmaakdatum": common.moment(doc.aanmaakdatum),
        "wijzigingsdatum": common.moment(doc.wijzigingsdatum),
        "gerelateerdAan": urls.of(doc.zaak),
    }


def _renderer(ctx: RequestContext) -> Callable[[Any, Any], Awaitable[Any]]:
    async def out(doc: Any, zaak: Any) -> Any:
        return render(doc, ctx.urls)
    return out


def _data(ctx: RequestContext, body: Any, partial: bool) -> dict[str, Any]:
    data: dict[str, Any] = body.model_dump(exclude_unset=partial)
    if "gerelateerd_aan" in data:
        data["zaak"] = data.pop("gerelateerd_aan")
        if data["zaak"] is None:
            raise ValidationFailed.field("gerelateerdAan", "null", "Dit veld mag niet leeg zijn.")
        try:
            common.refs(ctx, data, {"zaak": common.ZAAK})
        except ValidationFailed as failed:  # reported under the wire's name
            raise ValidationFailed([InvalidParam("gerelateerdAan", p.code, p.reason) for p in failed.params]) \
                from None
    for name in ("onderwerp", "tekst", "notitie_type", "status", "aangemaakt_door"):
        if partial and name in data and data[name] is None:
            raise ValidationFailed.field(common._camel(name), "null", "Dit veld mag niet leeg zijn.")
    return data


def build() -> APIRouter:
    router = zgw_router(tags=["zaaknotities"])

    @router.get("/zaaknotities", operation_id="zaaknotitie_list", summary="Alle ZAAKNOTITIEs opvragen.",
                responses={200: {"model": wire.PaginatedZaakNotitieList}})
    async def zaaknotitie_list(ctx: Reader, pagination: Pagination, criteria: Criteria) -> JSONResponse:
        zaak = criteria.pop("gerelateerd_aan", None)
        zaak_ref = path_of(zaak, "gerelateerdAan") if zaak is not None else None
        full = await scoped(common.actor(ctx), ZaakNotitie, zaak_ref, notities.query(criteria))
        count = await notities.repo.count(full)
        found = await notities.repo.page(full, offset=pagination.offset, limit=pagination.size, sort=notities.ORDER)
        return JSONResponse(page_body(ctx.request, ctx.urls.base, pagination, count,
                                      [render(d, ctx.urls) for d in found]))

    @router.post("/zaaknotities", operation_id="zaaknotitie_create", status_code=201,
                 summary="Maak een ZAAKNOTITIE aan.", responses={201: {"model": wire.ZaakNotitie}})
    async def zaaknotitie_create(ctx: Writer, body: wire.ZaakNotitieRequest) -> JSONResponse:
        doc = await notities.create(common.actor(ctx), _data(ctx, body, False), _renderer(ctx))
        rendered = render(doc, ctx.urls)
        return JSONResponse(rendered, status_code=201, headers={"Location": rendered["url"]})

    @router.get("/zaaknotities/{uuid}", operation_id="zaaknotitie_read", summary="Een specifieke ZAAKNOTITIE "
                "opvragen.", responses={200: {"model": wire.ZaakNotitie}})
    async def zaaknotitie_read(ctx: Reader, uuid: UUID) -> JSONResponse:
        doc = await notities.get(uuid)
        await visible(common.actor(ctx), doc, LABEL)
        return JSONResponse(render(doc, ctx.urls))

    async def _change(ctx: RequestContext, uuid: UUID, body: Any, partial: bool) -> JSONResponse:
        doc = await notities.update(common.actor(ctx), uuid, _data(ctx, body, partial), _renderer(ctx),
                                    partial=partial)
        return JSONResponse(render(doc, ctx.urls))

    @router.put("/zaaknotities/{uuid}", operation_id="zaaknotitie_update",
                summary="Werk een ZAAKNOTITIE in zijn geheel bij.", responses={200: {"model": wire.ZaakNotitie}})
    async def zaaknotitie_update(ctx: Writer, uuid: UUID, body: wire.ZaakNotitieRequest) -> JSONResponse:
        return await _change(ctx, uuid, body, False)

    @router.patch("/zaaknotities/{uuid}", operation_id="zaaknotitie_partial_update",
                  summary="Werk een ZAAKNOTITIE deels bij.", responses={200: {"model": wire.ZaakNotitie}})
    async def zaaknotitie_partial_update(ctx: Writer, uuid: UUID, body: wire.PatchedZaakNotitieRequest
                                         ) -> JSONResponse:
        return await _change(ctx, uuid, body, True)

    @router.delete("/zaaknotities/{uuid}", operation_id="zaaknotitie_delete", status_code=204,
                   summary="Verwijder een ZAAKNOTITIE.", responses={204: {"description": "No content"}})
    async def zaaknotitie_delete(ctx: Writer, uuid: UUID) -> Response:
        await notities.delete(common.actor(ctx), uuid, _renderer(ctx))
        return Response(status_code=204)

    return router
