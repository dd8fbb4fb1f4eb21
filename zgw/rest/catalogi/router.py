"""Catalogi API routes: every resource gets the same thin handlers, configured by an `Endpoint`.

(No `from __future__ import annotations`: the handlers are built per resource and FastAPI reads
their annotations, which refer to the resource's own wire models.)
"""

from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Depends, Header
from starlette.responses import Response

from zgw.domain.autorisaties.scopes import CATALOGI, DOCUMENTEN, ZAKEN
from zgw.domain.catalogi import names, repository, service
from zgw.domain.catalogi.documents import SubType
from zgw.domain.errors import InvalidParam, ValidationFailed
from zgw.rest.catalogi import expand as expansion
from zgw.rest.catalogi import extra, filters, wire
from zgw.rest.catalogi.caching import ETAG_HEADER, IF_NONE_MATCH_DESCRIPTION, cached_response
from zgw.rest.catalogi.render import render_many, render_one
from zgw.rest.component import zgw_router
from zgw.rest.deps import RequestContext, requires
from zgw.rest.jsonresponse import JSONResponse
from zgw.rest.pagination import Pagination, page_body
from zgw.rest.urls import Resource, UrlRefused, parse_ref

LEZEN = CATALOGI["catalogi.lezen"] | ZAKEN["zaken.lezen"] | DOCUMENTEN["documenten.lezen"]  # ztc-014
SCHRIJVEN = CATALOGI["catalogi.schrijven"]
GEFORCEERD_SCHRIJVEN = CATALOGI["catalogi.geforceerd-schrijven"]
GEFORCEERD_VERWIJDEREN = CATALOGI["catalogi.geforceerd-verwijderen"]

Reader = Annotated[RequestContext, Depends(requires(LEZEN))]
IfNoneMatch = Annotated[str | None, Header(alias="If-None-Match", description=IF_NONE_MATCH_DESCRIPTION)]


@dataclass(frozen=True)
class Endpoint:
    kind: str          # path segment and domain kind
    op: str            # operationId prefix
    label: str         # "ZAAKTYPE" in summaries
    out: type
    page: type
    request: type
    patch: type | None
    filter: Any
    publish: bool = False
    concept_root: bool = False   # zaaktype, informatieobjecttype, besluittype: create needs plain schrijven


def actor(ctx: RequestContext) -> service.Actor:
    return service.Actor(
        force_write=ctx.policy.allows(GEFORCEERD_SCHRIJVEN),
        force_delete=ctx.policy.allows(GEFORCEERD_VERWIJDEREN),
        selectielijst_root=getattr(ctx.settings, "selectielijst_api_root_url", "") or "",
        url_of=ctx.urls.of,
    )


async def to_domain(ctx: RequestContext, kind: service.Kind, body: Any, *, partial: bool,
                    current: Any = None) -> dict[str, Any]:
    """Wire body -> domain data: snake_case names, URLs of catalogue objects as references."""
    data: dict[str, Any] = body.model_dump(by_alias=False, exclude_unset=partial)
    problems: list[InvalidParam] = []
    if partial:
        full_model = getattr(wire, type(body).__name__.removeprefix("Patched"))
        for name, value in data.items():
            field = full_model.model_fields.get(name)
            if value is None and field is not None and field.default is not None:
                problems.append(InvalidParam(field.alias or name, "null", "Dit veld mag niet leeg zijn."))
    hosts = ctx.local_hosts()
    for name, (model, many) in kind.relations.items():
        if name not in data or data[name] is None:
            continue
        resource = Resource(model.PATH, service.MODEL_KIND[model].label)
        values = data[name] if many else [data[name]]
        out: list[str] = []
        for i, value in enumerate(values):
            where = f"{service.camel(name)}.{i}" if many else service.camel(name)
            if not isinstance(value, str):  # e.g. a null inside a list of URLs
                problems.append(InvalidParam(where, "null", "Dit veld mag niet leeg zijn."))
                continue
            if model in names.KEYS and not value.startswith(("http://", "https://")):
                out.append(names.name_ref(model, value))  # ztc-011b/c: the domain resolves it
                continue
            try:
                out.append(parse_ref(value, resource, hosts))
            except UrlRefused as refused:
                problems.append(refused.param(where))
        data[name] = out if many else (out[0] if out else None)
    if problems:
        raise ValidationFailed(problems)
    return data


def _datum(ctx: RequestContext) -> date | None:
    """The list's datumGeldigheid (already validated by its filter): relations by name resolve on it."""
    value = ctx.request.query_params.get("datumGeldigheid") or ctx.request.query_params.get("datum_geldigheid")
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def register(router: APIRouter, ep: Endpoint) -> None:
    kind = service.KINDS[ep.kind]
    path = f"/{ep.kind}"
    Body = ep.request
    PatchBody = ep.patch
    Filter = ep.filter
    create_scope = SCHRIJVEN if ep.concept_root or ep.kind == "catalogussen" else SCHRIJVEN | GEFORCEERD_SCHRIJVEN
    Creator = Annotated[RequestContext, Depends(requires(create_scope))]
    Updater = Annotated[RequestContext, Depends(requires(SCHRIJVEN | GEFORCEERD_SCHRIJVEN))]
    Deleter = Annotated[RequestContext, Depends(requires(SCHRIJVEN | GEFORCEERD_VERWIJDEREN))]
    Publisher = Annotated[RequestContext, Depends(requires(SCHRIJVEN))]
    ok: dict[int | str, dict[str, Any]] = {200: {"model": ep.out, "headers": ETAG_HEADER, "description": "OK"}}

    async def list_(ctx: Reader, pagination: Pagination, query: Annotated[dict[str, Any], Depends(Filter)],
                    expand: filters.Expand = None) -> JSONResponse:
        count, found = await repository.page(service.KINDS[ep.kind].model, query, offset=pagination.offset,
                                             limit=pagination.size)
        datum = _datum(ctx)
        results = await render_many(ep.kind, found, ctx.urls, datum)
        await expansion.apply(results, expansion.parse(expand), ctx.urls, datum)
        return JSONResponse(page_body(ctx.request, ctx.urls.base, pagination, count, results))

    async def create(ctx: Creator, body: Body) -> JSONResponse:  # type: ignore[valid-type]
        data = await to_domain(ctx, kind, body, partial=False)
        doc = await service.create(kind, data, actor(ctx))
        rendered = await render_one(ep.kind, doc, ctx.urls)
        return JSONResponse(rendered, status_code=201, headers={"Location": rendered["url"]})

    async def answer(ctx: RequestContext, uuid: UUID, expand: str | None, datum: date | None) -> Response:
        doc = await service.get(kind, uuid)
        body = await render_one(ep.kind, doc, ctx.urls, datum)
        await expansion.apply([body], expansion.parse(expand), ctx.urls, datum)
        return cached_response(ctx.request, body)

    async def read(ctx: Reader, uuid: UUID, if_none_match: IfNoneMatch = None,
                   expand: filters.Expand = None) -> Response:
        return await answer(ctx, uuid, expand, None)

    async def read_zaaktype(ctx: Reader, uuid: UUID, if_none_match: IfNoneMatch = None,
                            datum_geldigheid: filters.DatumGeldigheid = None,
                            expand: filters.Expand = None) -> Response:
        return await answer(ctx, uuid, expand, datum_geldigheid)

    async def head(ctx: Reader, uuid: UUID, if_none_match: IfNoneMatch = None) -> Response:
        doc = await service.get(kind, uuid)
        return cached_response(ctx.request, await render_one(ep.kind, doc, ctx.urls), head=True)

    async def update(ctx: Updater, uuid: UUID, body: Body) -> JSONResponse:  # type: ignore[valid-type]
        current = await service.get(kind, uuid)
        data = await to_domain(ctx, kind, body, partial=False, current=current)
        doc = await service.update(kind, uuid, data, actor(ctx), partial=False)
        return JSONResponse(await render_one(ep.kind, doc, ctx.urls))

    async def partial_update(ctx: Updater, uuid: UUID, body: PatchBody) -> JSONResponse:  # type: ignore[valid-type]
        current = await service.get(kind, uuid)
        data = await to_domain(ctx, kind, body, partial=True, current=current)
        doc = await service.update(kind, uuid, data, actor(ctx), partial=True)
        return JSONResponse(await render_one(ep.kind, doc, ctx.urls))

    async def delete(ctx: Deleter, uuid: UUID) -> Response:
        await service.delete(kind, uuid, actor(ctx))
        return Response(status_code=204)

    async def publish(ctx: Publisher, uuid: UUID) -> JSONResponse:
        doc = await service.publish(kind, uuid, actor(ctx))
        return JSONResponse(await render_one(ep.kind, doc, ctx.urls))

    label = ep.label
    router.add_api_route(path, list_, methods=["GET"], operation_id=f"{ep.op}_list",
                         summary=f"Alle {label}n opvragen.", responses={200: {"model": ep.page}})
    router.add_api_route(path, create, methods=["POST"], operation_id=f"{ep.op}_create", status_code=201,
                         summary=f"Maak een {label} aan.", responses={201: {"model": ep.out}})
    reader = read_zaaktype if ep.kind == "zaaktypen" else read
    router.add_api_route(path + "/{uuid}", reader, methods=["GET"], operation_id=f"{ep.op}_read",
                         summary=f"Een specifieke {label} opvragen.", responses=ok)
    router.add_api_route(path + "/{uuid}", head, methods=["HEAD"], operation_id=f"{ep.op}_head",
                         summary=f"De headers voor een specifiek(e) {label} opvragen ",
                         responses={200: {"headers": ETAG_HEADER, "description": "OK"}})
    if PatchBody is None:
        return
    router.add_api_route(path + "/{uuid}", update, methods=["PUT"], operation_id=f"{ep.op}_update",
                         summary=f"Werk een {label} in zijn geheel bij.", responses={200: {"model": ep.out}})
    router.add_api_route(path + "/{uuid}", partial_update, methods=["PATCH"], operation_id=f"{ep.op}_partial_update",
                         summary=f"Werk een {label} deels bij.", responses={200: {"model": ep.out}})
    if ep.kind == "catalogussen":
        return
    router.add_api_route(path + "/{uuid}", delete, methods=["DELETE"], operation_id=f"{ep.op}_destroy",
                         status_code=204, summary=f"Verwijder een {label}.",
                         responses={204: {"description": "No content"}})
    if ep.publish:
        router.add_api_route(path + "/{uuid}/publish", publish, methods=["POST"], operation_id=f"{ep.op}_publish",
                             summary=f"Publiceer het concept {label}.", responses={200: {"model": ep.out}})


ENDPOINTS = [
    Endpoint("catalogussen", "catalogus", "CATALOGUS", wire.Catalogus, wire.PaginatedCatalogusList,
             wire.CatalogusRequest, extra.PatchedCatalogusRequest,
             filters.catalogus_filter),
    Endpoint("zaaktypen", "zaaktype", "ZAAKTYPE", wire.ZaakType, wire.PaginatedZaakTypeList, wire.ZaakTypeRequest,
             wire.PatchedZaakTypeRequest, filters.zaaktype_filter, publish=True, concept_root=True),
    Endpoint("informatieobjecttypen", "informatieobjecttype", "INFORMATIEOBJECTTYPE", wire.InformatieObjectType,
             wire.PaginatedInformatieObjectTypeList, wire.InformatieObjectTypeRequest,
             wire.PatchedInformatieObjectTypeRequest, filters.informatieobjecttype_filter, publish=True,
             concept_root=True),
    Endpoint("besluittypen", "besluittype", "BESLUITTYPE", wire.BesluitType, wire.PaginatedBesluitTypeList,
             wire.BesluitTypeRequest, wire.PatchedBesluitTypeRequest, filters.besluittype_filter, publish=True,
             concept_root=True),
    Endpoint("statustypen", "statustype", "STATUSTYPE", wire.StatusType, wire.PaginatedStatusTypeList,
             wire.StatusTypeRequest, wire.PatchedStatusTypeRequest, filters.sub_filter),
    Endpoint("roltypen", "roltype", "ROLTYPE", wire.RolType, wire.PaginatedRolTypeList, wire.RolTypeRequest,
             wire.PatchedRolTypeRequest, filters.roltype_filter),
    Endpoint("resultaattypen", "resultaattype", "RESULTAATTYPE", wire.ResultaatType, wire.PaginatedResultaatTypeList,
             wire.ResultaatTypeRequest, wire.PatchedResultaatTypeRequest, filters.resultaattype_filter),
    Endpoint("eigenschappen", "eigenschap", "EIGENSCHAP", wire.Eigenschap, wire.PaginatedEigenschapList,
             wire.EigenschapRequest, wire.PatchedEigenschapRequest, filters.sub_filter),
    Endpoint("zaakobjecttypen", "zaakobjecttype", "ZAAKOBJECTTYPE", wire.ZaakObjectType,
             wire.PaginatedZaakObjectTypeList, wire.ZaakObjectTypeRequest, wire.PatchedZaakObjectTypeRequest,
             filters.zaakobjecttype_filter),
    Endpoint("zaaktype-informatieobjecttypen", "zaaktypeinformatieobjecttype", "ZAAKTYPE-INFORMATIEOBJECTTYPE",
             wire.ZaakTypeInformatieObjectType, wire.PaginatedZaakTypeInformatieObjectTypeList,
             wire.ZaakTypeInformatieObjectTypeRequest, wire.PatchedZaakTypeInformatieObjectTypeRequest,
             filters.ziot_filter),
]


def build() -> list[APIRouter]:
    routers = []
    for ep in ENDPOINTS:
        router = zgw_router(tags=[ep.kind])
        register(router, ep)
        routers.append(router)
    return routers


__all__ = ["ENDPOINTS", "SubType", "build"]
