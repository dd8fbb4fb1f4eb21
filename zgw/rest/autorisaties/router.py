"""Autorisaties API: /autorisaties/api/v1/applicaties."""

from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

from fastapi import Depends, Query
from pydantic.alias_generators import to_camel
from starlette.responses import Response

from zgw.domain.autorisaties import service
from zgw.domain.autorisaties.documents import Autorisatie
from zgw.domain.autorisaties.repository import applicaties
from zgw.domain.autorisaties.scopes import AUTORISATIES
from zgw.domain.catalogi import read as catalogue
from zgw.domain.catalogi.documents import BesluitType, CatalogiDocument, InformatieObjectType, ZaakType
from zgw.domain.errors import InvalidParam, ValidationFailed
from zgw.rest.autorisaties import schemas
from zgw.rest.autorisaties.schemas import APPLICATIES_PATH
from zgw.rest.component import zgw_router
from zgw.rest.deps import RequestContext, requires
from zgw.rest.jsonresponse import JSONResponse
from zgw.rest.pagination import Pagination, page_body
from zgw.rest.urls import Resource, UrlRefused, parse_ref

LEZEN = AUTORISATIES["autorisaties.lezen"]
BIJWERKEN = AUTORISATIES["autorisaties.bijwerken"]
Reader = Annotated[RequestContext, Depends(requires(LEZEN))]
Writer = Annotated[RequestContext, Depends(requires(BIJWERKEN))]

TYPE_RESOURCES = {
    "zaaktype": Resource("/catalogi/api/v1/zaaktypen", "zaaktype"),
    "informatieobjecttype": Resource("/catalogi/api/v1/informatieobjecttypen", "informatieobjecttype"),
    "besluittype": Resource("/catalogi/api/v1/besluittypen", "besluittype"),
}

TYPE_MODELS: dict[str, type[CatalogiDocument]] = {
    "zaaktype": ZaakType, "informatieobjecttype": InformatieObjectType, "besluittype": BesluitType,
}

router = zgw_router(tags=["applicaties"])


async def _autorisaties(ctx: RequestContext, given: list[Any]) -> list[Autorisatie]:
    """Wire autorisaties to domain ones, turning type URLs into local references.

    A type in a registered external Catalogi API is kept as its URL once it answers as that type."""
    out: list[Autorisatie] = []
    problems: list[InvalidParam] = []
    hosts = ctx.local_hosts()
    for i, item in enumerate(given):
        data: dict[str, Any] = {"component": item.component, "scopes": item.scopes}
        for field, resource in TYPE_RESOURCES.items():
            url = getattr(item, field, "")
            if not url:
                continue
            try:
                data[field] = parse_ref(url, resource, hosts)
            except UrlRefused as refused:
                if refused.code != "unknown-service":
                    problems.append(refused.param(f"autorisaties.{i}.{field}"))
                    continue
                try:
                    data[field] = (await catalogue.remote_type(TYPE_MODELS[field], url)).ref
                except UrlRefused as elsewhere:
                    problems.append(elsewhere.param(f"autorisaties.{i}.{field}"))
        va = getattr(item, "max_vertrouwelijkheidaanduiding", "")
        data["max_vertrouwelijkheidaanduiding"] = va or None
        out.append(Autorisatie(**data))
    if problems:
        raise ValidationFailed(problems)
    return out


def _service_urls(ctx: RequestContext) -> service.Urls:
    return service.Urls(applicatie=lambda uuid: ctx.urls.resource(APPLICATIES_PATH, uuid))


@router.get("/applicaties", operation_id="applicatie_list",
            summary="Geef een collectie van applicaties, met ingesloten autorisaties.",
            responses={200: {"model": schemas.PaginatedApplicatieList}})
async def applicatie_list(
    ctx: Reader,
    pagination: Pagination,
    client_ids: Annotated[str | None, Query(
        alias="clientIds", description="Meerdere waarden kunnen gescheiden worden door komma's.")] = None,
) -> JSONResponse:
    ids = [c for c in (client_ids or "").split(",") if c]
    query = service.list_filter(ids)
    count = await applicaties.count(query)
    found = await applicaties.page(query, offset=pagination.offset, limit=pagination.size)
    results = [schemas.render(a, ctx.urls) for a in found]
    return JSONResponse(page_body(ctx.request, ctx.urls.base, pagination, count, results))


@router.post("/applicaties", operation_id="applicatie_create", status_code=201,
             summary="Registreer een applicatie met een bepaalde set van autorisaties.",
             responses={201: {"model": schemas.ApplicatieOut}})
async def applicatie_create(ctx: Writer, body: schemas.ApplicatieRequest) -> JSONResponse:
    data = service.ApplicatieData(
        client_ids=body.client_ids, label=body.label, heeft_alle_autorisaties=body.heeft_alle_autorisaties,
        alleen_is_gereed_voor_publicatie=body.alleen_is_gereed_voor_publicatie,
        autorisaties=await _autorisaties(ctx, body.autorisaties),
    )
    created = await service.create(data, _service_urls(ctx))
    rendered = schemas.render(created, ctx.urls)
    return JSONResponse(rendered, status_code=201, headers={"Location": rendered["url"]})


@router.get("/applicaties/consumer", operation_id="applicatie_consumer",
            summary="Vraag een applicatie op, op basis van clientId.",
            responses={200: {"model": schemas.ApplicatieOut}, 404: {"description": "Not found"}})
async def applicatie_consumer(
    ctx: Reader,
    client_id: Annotated[str, Query(alias="clientId",
                                    description="Geef het client ID op waarvoor je de applicatie wil opvragen.")],
) -> JSONResponse:
    return JSONResponse(schemas.render(await service.consumer(client_id), ctx.urls))


@router.get("/applicaties/{uuid}", operation_id="applicatie_read",
            summary="Vraag een applicatie op, met ingesloten autorisaties.",
            responses={200: {"model": schemas.ApplicatieOut}})
async def applicatie_read(ctx: Reader, uuid: UUID) -> JSONResponse:
    return JSONResponse(schemas.render(await applicaties.get(uuid), ctx.urls))


@router.put("/applicaties/{uuid}", operation_id="applicatie_update", summary="Werk de applicatie bij.",
            responses={200: {"model": schemas.ApplicatieOut}})
async def applicatie_update(ctx: Writer, uuid: UUID, body: schemas.ApplicatieRequest) -> JSONResponse:
    await applicaties.get(uuid)
    data = service.ApplicatieData(
        client_ids=body.client_ids, label=body.label, heeft_alle_autorisaties=body.heeft_alle_autorisaties,
        alleen_is_gereed_voor_publicatie=body.alleen_is_gereed_voor_publicatie,
        autorisaties=await _autorisaties(ctx, body.autorisaties),
    )
    updated = await service.update(uuid, data, _service_urls(ctx), partial=False)
    return JSONResponse(schemas.render(updated, ctx.urls))


@router.patch("/applicaties/{uuid}", operation_id="applicatie_partial_update",
              summary="Werk (een deel van) de applicatie bij.",
              responses={200: {"model": schemas.ApplicatieOut}})
async def applicatie_partial_update(ctx: Writer, uuid: UUID, body: schemas.PatchedApplicatieRequest) -> JSONResponse:
    current = await applicaties.get(uuid)
    changes: dict[str, Any] = {}
    for name in body.model_fields_set:
        value = getattr(body, name)
        if value is None:
            raise ValidationFailed.field(to_camel(name), "null", "Dit veld mag niet leeg zijn.")
        changes[name] = await _autorisaties(ctx, value) if name == "autorisaties" else value
    updated = await service.update(uuid, service.merge(current, changes), _service_urls(ctx), partial=True)
    return JSONResponse(schemas.render(updated, ctx.urls))


@router.delete("/applicaties/{uuid}", operation_id="applicatie_delete", status_code=204,
               summary="Verwijder een applicatie met de bijhorende autorisaties.",
               responses={204: {"description": "No content"}})
async def applicatie_delete(ctx: Writer, uuid: UUID) -> Response:
    await service.delete(uuid, _service_urls(ctx))
    return Response(status_code=204)
