"""Resultaten, zaakobjecten, klantcontacten, zaakcontactmomenten and zaakverzoeken."""

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Body, Depends, Query
from pydantic import SkipValidation
from starlette.responses import Response

from zgw.domain.notifications.service import notifying
from zgw.domain.repository import Repository
from zgw.domain.zaken import access, klantcontacten, resultaten, zaakobjecten
from zgw.domain.zaken.koppelingen import ZAAKCONTACTMOMENTEN, ZAAKVERZOEKEN, Koppeling
from zgw.domain.zaken.subresources import scoped, visible
from zgw.rest.catalogi.caching import ETAG_HEADER, cached_response
from zgw.rest.catalogi.filters import Expand, path_of
from zgw.rest.component import zgw_router
from zgw.rest.deps import RequestContext, requires
from zgw.rest.jsonresponse import JSONResponse
from zgw.rest.pagination import Pagination, page_body
from zgw.rest.urls import Urls
from zgw.rest.zaken import filters, wire
from zgw.rest.zaken.oas import audit_headers
from zgw.rest.zaken.router import IfNoneMatch
from zgw.rest.zaken.sub import common

Reader = Annotated[RequestContext, Depends(requires(access.LEZEN))]
Bijwerker = Annotated[RequestContext, Depends(requires(access.BIJWERKEN | access.GEFORCEERD_BIJWERKEN))]
ObjectMaker = Annotated[RequestContext, Depends(requires(access.AANMAKEN | access.BIJWERKEN
                                                         | access.GEFORCEERD_BIJWERKEN))]
ObjectDeleter = Annotated[RequestContext, Depends(requires(access.BIJWERKEN | access.GEFORCEERD_BIJWERKEN
                                                           | access.VERWIJDEREN))]
Koppelaar = Annotated[RequestContext, Depends(requires(access.BIJWERKEN))]
URI: dict[str, Any] = {"format": "uri"}
ZaakParam = Annotated[str | None, Query(description="URL-referentie naar de ZAAK.", json_schema_extra=URI)]
OBJECT_VARIANTS = wire.VARIANTS["ZaakObjectRequest"][1]
# documented as the variants; validated per objectType by common.variant (400 with invalidParams)
ObjectBody = Annotated[wire.ZaakObjectRequestVariants, SkipValidation, Body()]
PatchedObjectBody = Annotated[wire.PatchedZaakObjectRequestVariants, SkipValidation, Body()]
if TYPE_CHECKING:
    ObjectType = str
else:  # the contract's choices, refused otherwise (400), as Open Zaak's choice filter
    ObjectType = filters.choice(wire.QUERY_PARAMETERS["GET /zaakobjecten"]["objectType"][1]["enum"])
AUDIT = [Depends(audit_headers)]
Renderer = Callable[[Any, Urls], dict[str, Any]]


def _renderer(render: Renderer, ctx: RequestContext) -> Callable[[Any, Any], Awaitable[Any]]:
    async def out(doc: Any, zaak: Any) -> Any:
        return render(doc, ctx.urls)
    return out


async def _read(ctx: RequestContext, repo: Repository[Any], uuid: UUID, render: Renderer, label: str) -> Any:
    doc = await repo.get(uuid)
    await visible(common.actor(ctx), doc, label)
    return render(doc, ctx.urls)


async def _paged(ctx: RequestContext, pagination: Any, repo: Repository[Any], query: dict[str, Any],
                 zaak: str | None, render: Renderer, expand: str | None = None) -> JSONResponse:
    zaak_ref = path_of(zaak, "zaak") if zaak is not None else None
    count, found = await common.page(ctx, repo, query, zaak_ref, pagination.offset, pagination.size)
    results = [render(d, ctx.urls) for d in found]
    await common.apply_expand(ctx, results, expand)
    return JSONResponse(page_body(ctx.request, ctx.urls.base, pagination, count, results))


async def _unpaged(ctx: RequestContext, repo: Repository[Any], query: dict[str, Any], zaak: str | None,
                   render: Renderer) -> JSONResponse:
    zaak_ref = path_of(zaak, "zaak") if zaak is not None else None
    found = await repo.list(await scoped(common.actor(ctx), repo.model, zaak_ref, query))
    return JSONResponse([render(d, ctx.urls) for d in found])


def _created(body: dict[str, Any]) -> JSONResponse:
    return JSONResponse(body, status_code=201, headers={"Location": body["url"]})


def resultaten_router() -> APIRouter:
    router = zgw_router(tags=["resultaten"])
    render = common.render_resultaat
    ok: dict[int | str, dict[str, Any]] = {200: {"model": wire.Resultaat, "headers": ETAG_HEADER, "description": "OK"}}

    @router.get("/resultaten", operation_id="resultaat_list", summary="Alle RESULTAATen van ZAAKen opvragen.",
                responses={200: {"model": wire.PaginatedResultaatList}})
    async def resultaat_list(ctx: Reader, pagination: Pagination, zaak: ZaakParam = None,
                             resultaattype: Annotated[str | None, Query(
                                 description="URL-referentie naar het RESULTAATTYPE (in de Catalogi API).",
                                 json_schema_extra=URI)] = None,
                             expand: Expand = None) -> JSONResponse:
        query = {"resultaattype": path_of(resultaattype, "resultaattype")} if resultaattype is not None else {}
        return await _paged(ctx, pagination, resultaten.repo, query, zaak, render, expand)

    def _data(ctx: RequestContext, body: Any, partial: bool) -> dict[str, Any]:
        return common.refs(ctx, body.model_dump(exclude_unset=partial),
                           {"zaak": common.ZAAK, "resultaattype": common.RESULTAATTYPE})

    @router.post("/resultaten", operation_id="resultaat_create", status_code=201,
                 summary="Maak een RESULTAAT bij een ZAAK aan.", dependencies=AUDIT,
                 responses={201: {"model": wire.Resultaat}})
    async def resultaat_create(ctx: Bijwerker, body: wire.ResultaatRequest) -> JSONResponse:
        async with notifying() as outbox:
            doc = await resultaten.create(common.actor(ctx, outbox), _data(ctx, body, False), _renderer(render, ctx))
        return _created(render(doc, ctx.urls))

    @router.get("/resultaten/{uuid}", operation_id="resultaat_read", summary="Een specifiek RESULTAAT opvragen.",
                responses=ok)
    async def resultaat_read(ctx: Reader, uuid: UUID, if_none_match: IfNoneMatch = None,
                             expand: Expand = None) -> Response:
        body = await _read(ctx, resultaten.repo, uuid, render, "Resultaat")
        await common.apply_expand(ctx, [body], expand)
        return cached_response(ctx.request, body)

    @router.head("/resultaten/{uuid}", operation_id="resultaat_head",
                 summary="De headers voor een specifiek(e) RESULTAAT opvragen ",
                 responses={200: {"headers": ETAG_HEADER, "description": "OK"}})
    async def resultaat_head(ctx: Reader, uuid: UUID, if_none_match: IfNoneMatch = None) -> Response:
        return cached_response(ctx.request, await _read(ctx, resultaten.repo, uuid, render, "Resultaat"), head=True)

    @router.put("/resultaten/{uuid}", operation_id="resultaat_update", summary="Werk een RESULTAAT in zijn geheel "
                "bij.", dependencies=AUDIT, responses={200: {"model": wire.Resultaat}})
    async def resultaat_update(ctx: Bijwerker, uuid: UUID, body: wire.ResultaatRequest) -> JSONResponse:
        async with notifying() as outbox:
            doc = await resultaten.update(common.actor(ctx, outbox), uuid, _data(ctx, body, False),
                                          _renderer(render, ctx), partial=False)
        return JSONResponse(render(doc, ctx.urls))

    @router.patch("/resultaten/{uuid}", operation_id="resultaat_partial_update",
                  summary="Werk een RESULTAAT deels bij.", dependencies=AUDIT,
                  responses={200: {"model": wire.Resultaat}})
    async def resultaat_partial_update(ctx: Bijwerker, uuid: UUID, body: wire.PatchedResultaatRequest) -> JSONResponse:
        async with notifying() as outbox:
            doc = await resultaten.update(common.actor(ctx, outbox), uuid, _data(ctx, body, True),
                                          _renderer(render, ctx), partial=True)
        return JSONResponse(render(doc, ctx.urls))

    @router.delete("/resultaten/{uuid}", operation_id="resultaat_delete", status_code=204,
                   summary="Verwijder een RESULTAAT van een ZAAK.", dependencies=AUDIT,
                   responses={204: {"description": "No content"}})
    async def resultaat_delete(ctx: Bijwerker, uuid: UUID) -> Response:
        async with notifying() as outbox:
            await resultaten.delete(common.actor(ctx, outbox), uuid, _renderer(render, ctx))
        return Response(status_code=204)

    return router


def _object_data(ctx: RequestContext, raw: Any) -> dict[str, Any]:
    body = common.variant(OBJECT_VARIANTS, raw, "objectType")
    data = body.model_dump()
    value = getattr(body, "object_identificatie", None)
    data["object_identificatie"] = value.model_dump(by_alias=True, mode="json") if value is not None else None
    definitie = getattr(body, "object_type_overige_definitie", None)
    data["object_type_overige_definitie"] = definitie.model_dump(by_alias=True) if definitie is not None else None
    return common.refs(ctx, data, {"zaak": common.ZAAK, "zaakobjecttype": common.ZAAKOBJECTTYPE})


def zaakobjecten_router() -> APIRouter:
    router = zgw_router(tags=["zaakobjecten"])
    render = common.render_zaakobject
    model = wire.ZaakObjectVariants
    ok: dict[int | str, dict[str, Any]] = {200: {"model": model, "headers": ETAG_HEADER, "description": "OK"}}

    @router.get("/zaakobjecten", operation_id="zaakobject_list", summary="Alle ZAAKOBJECTen opvragen.",
                responses={200: {"model": wire.PaginatedZaakObjectList}})
    async def zaakobject_list(ctx: Reader, pagination: Pagination, zaak: ZaakParam = None,
                              object: Annotated[str | None, Query(description="URL-referentie naar de resource die "
                                                                  "het OBJECT beschrijft.",
                                                                  json_schema_extra=URI)] = None,
                              object_type: Annotated[ObjectType | None, Query(
                                  alias="objectType",
                                  description="Beschrijft het type OBJECT gerelateerd aan de ZAAK.")] = None,
                              expand: Expand = None) -> JSONResponse:
        query: dict[str, Any] = {}
        if object is not None:
            query["object"] = object
        if object_type is not None:
            query["object_type"] = object_type
        return await _paged(ctx, pagination, zaakobjecten.repo, query, zaak, render, expand)

    @router.post("/zaakobjecten", operation_id="zaakobject_create", status_code=201,
                 summary="Maak een ZAAKOBJECT aan.", dependencies=AUDIT, responses={201: {"model": model}})
    async def zaakobject_create(ctx: ObjectMaker, body: ObjectBody) -> JSONResponse:
        data = _object_data(ctx, body)
        async with notifying() as outbox:
            doc = await zaakobjecten.create(common.actor(ctx, outbox), data, _renderer(render, ctx))
        return _created(render(doc, ctx.urls))

    @router.get("/zaakobjecten/{uuid}", operation_id="zaakobject_read", summary="Een specifiek ZAAKOBJECT opvragen.",
                responses=ok)
    async def zaakobject_read(ctx: Reader, uuid: UUID, if_none_match: IfNoneMatch = None,
                              expand: Expand = None) -> Response:
        body = await _read(ctx, zaakobjecten.repo, uuid, render, "ZaakObject")
        await common.apply_expand(ctx, [body], expand)
        return cached_response(ctx.request, body)

    @router.head("/zaakobjecten/{uuid}", operation_id="zaakobject_head",
                 summary="De headers voor een specifiek(e) ZAAKOBJECT opvragen ",
                 responses={200: {"headers": ETAG_HEADER, "description": "OK"}})
    async def zaakobject_head(ctx: Reader, uuid: UUID, if_none_match: IfNoneMatch = None) -> Response:
        return cached_response(ctx.request, await _read(ctx, zaakobjecten.repo, uuid, render, "ZaakObject"), head=True)

    async def _change(ctx: RequestContext, uuid: UUID, raw: Any, partial: bool) -> JSONResponse:
        current = await zaakobjecten.repo.get(uuid)
        if partial and isinstance(raw, dict):
            sent = set(raw)
            full = {"zaak": ctx.urls.of(current.zaak), "objectType": current.object_type, **raw}
            if current.object and "object" not in raw:
                full["object"] = current.object
            if "objectIdentificatie" not in raw and current.object_identificatie:
                full["objectIdentificatie"] = current.object_identificatie
            data = _object_data(ctx, full)
            from pydantic.alias_generators import to_snake
            data = {k: v for k, v in data.items() if k in {to_snake(s) for s in sent} or
                    (k == "object_identificatie" and "objectIdentificatie" in sent)}
        else:
            data = _object_data(ctx, raw)
        async with notifying() as outbox:
            doc = await zaakobjecten.update(common.actor(ctx, outbox), uuid, data, _renderer(render, ctx),
                                            partial=partial)
        return JSONResponse(render(doc, ctx.urls))

    @router.put("/zaakobjecten/{uuid}", operation_id="zaakobject_update", summary="Werk een ZAAKOBJECT in zijn "
                "geheel bij.", dependencies=AUDIT, responses={200: {"model": model}})
    async def zaakobject_update(ctx: Bijwerker, uuid: UUID, body: ObjectBody) -> JSONResponse:
        return await _change(ctx, uuid, body, False)

    @router.patch("/zaakobjecten/{uuid}", operation_id="zaakobject_partial_update",
                  summary="Werk een ZAAKOBJECT deels bij.", dependencies=AUDIT, responses={200: {"model": model}})
    async def zaakobject_partial_update(ctx: Bijwerker, uuid: UUID, body: PatchedObjectBody) -> JSONResponse:
        return await _change(ctx, uuid, body, True)

    @router.delete("/zaakobjecten/{uuid}", operation_id="zaakobject_delete", status_code=204,
                   summary="Verwijder een ZAAKOBJECT.", dependencies=AUDIT,
                   responses={204: {"description": "No content"}})
    async def zaakobject_delete(ctx: ObjectDeleter, uuid: UUID) -> Response:
        async with notifying() as outbox:
            await zaakobjecten.delete(common.actor(ctx, outbox), uuid, _renderer(render, ctx))
        return Response(status_code=204)

    return router


def klantcontacten_router() -> APIRouter:
    router = zgw_router(tags=["klantcontacten"])
    render = common.render_klantcontact

    @router.get("/klantcontacten", operation_id="klantcontact_list", summary="Alle KLANTCONTACTen opvragen.",
                responses={200: {"model": wire.PaginatedKlantContactList}})
    async def klantcontact_list(ctx: Reader, pagination: Pagination, zaak: ZaakParam = None) -> JSONResponse:
        return await _paged(ctx, pagination, klantcontacten.repo, {}, zaak, render)

    @router.post("/klantcontacten", operation_id="klantcontact_create", status_code=201,
                 summary="Maak een KLANTCONTACT bij een ZAAK aan.", dependencies=AUDIT,
                 responses={201: {"model": wire.KlantContact}})
    async def klantcontact_create(ctx: Bijwerker, body: wire.KlantContactRequest) -> JSONResponse:
        data = common.refs(ctx, body.model_dump(), {"zaak": common.ZAAK})
        async with notifying() as outbox:
            doc = await klantcontacten.create(common.actor(ctx, outbox), data, _renderer(render, ctx))
        return _created(render(doc, ctx.urls))

    @router.get("/klantcontacten/{uuid}", operation_id="klantcontact_read",
                summary="Een specifiek KLANTCONTACT bij een ZAAK opvragen.",
                responses={200: {"model": wire.KlantContact}})
    async def klantcontact_read(ctx: Reader, uuid: UUID) -> JSONResponse:
        return JSONResponse(await _read(ctx, klantcontacten.repo, uuid, render, "KlantContact"))

    return router


def koppeling_router(kind: str, label: str, field: str, module: Koppeling[Any], render: Renderer, request: Any,
                     out: Any) -> APIRouter:
    """zaakcontactmomenten and zaakverzoeken: unpaginated lists, create, retrieve, delete."""
    router = zgw_router(tags=[kind])
    op = kind.removesuffix("en")
    field_param = Annotated[str | None, Query(alias=field, description=f"URL-referentie naar het {label.upper()}.",
                                              json_schema_extra=URI)]

    async def list_(ctx: Reader, zaak: ZaakParam = None, value: field_param = None) -> JSONResponse:  # type: ignore[valid-type]
        return await _unpaged(ctx, module.repo, {field: value} if value is not None else {}, zaak, render)

    async def create(ctx: Koppelaar, body: request) -> JSONResponse:  # type: ignore[valid-type]
        data = common.refs(ctx, body.model_dump(), {"zaak": common.ZAAK})  # type: ignore[attr-defined]
        async with notifying() as outbox:
            doc = await module.create(common.actor(ctx, outbox), data, _renderer(render, ctx))
        return _created(render(doc, ctx.urls))

    async def read(ctx: Reader, uuid: UUID) -> JSONResponse:
        return JSONResponse(await _read(ctx, module.repo, uuid, render, label))

    async def delete(ctx: Koppelaar, uuid: UUID) -> Response:
        async with notifying() as outbox:
            await module.delete(common.actor(ctx, outbox), uuid, _renderer(render, ctx))
        return Response(status_code=204)

    path = f"/{kind}"
    router.add_api_route(path, list_, methods=["GET"], operation_id=f"{op}_list", summary=f"Alle {label}en opvragen.",
                         responses={200: {"model": list[out]}})
    router.add_api_route(path, create, methods=["POST"], operation_id=f"{op}_create", status_code=201,
                         summary=f"Maak een {label} aan.", dependencies=AUDIT, responses={201: {"model": out}})
    router.add_api_route(path + "/{uuid}", read, methods=["GET"], operation_id=f"{op}_read",
                         summary=f"Een specifiek {label} opvragen.", responses={200: {"model": out}})
    router.add_api_route(path + "/{uuid}", delete, methods=["DELETE"], operation_id=f"{op}_delete", status_code=204,
                         summary=f"Verwijder een {label}.", dependencies=AUDIT,
                         responses={204: {"description": "No content"}})
    return router


def build() -> list[APIRouter]:
    return [
        resultaten_router(), zaakobjecten_router(), klantcontacten_router(),
        koppeling_router("zaakcontactmomenten", "ZAAKCONTACTMOMENT", "contactmoment", ZAAKCONTACTMOMENTEN,
                         common.render_zaakcontactmoment, wire.ZaakContactMomentRequest, wire.ZaakContactMoment),
        koppeling_router("zaakverzoeken", "ZAAKVERZOEK", "verzoek", ZAAKVERZOEKEN, common.render_zaakverzoek,
                         wire.ZaakVerzoekRequest, wire.ZaakVerzoek),
    ]
