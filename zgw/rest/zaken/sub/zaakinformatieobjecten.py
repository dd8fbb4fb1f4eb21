"""Zaakinformatieobjecten: list (unpaginated, as Open Zaak), create, retrieve, HEAD, update, partial update,
delete. The rules and the mirrored objectinformatieobject live in zgw.domain.zaken.zaakinformatieobjecten."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated, Any
from urllib.parse import urlsplit
from uuid import UUID

from fastapi import APIRouter, Depends, Query
from starlette.responses import Response

from zgw.domain.documenten.documents import EnkelvoudigInformatieObject
from zgw.domain.notifications.service import notifying
from zgw.domain.zaken import access
from zgw.domain.zaken import zaakinformatieobjecten as zios
from zgw.domain.zaken.documents import Status
from zgw.domain.zaken.subresources import utc_moment, visible
from zgw.rest.catalogi.caching import ETAG_HEADER, cached_response
from zgw.rest.catalogi.filters import Expand, path_of
from zgw.rest.component import zgw_router
from zgw.rest.deps import RequestContext, requires
from zgw.rest.jsonresponse import JSONResponse
from zgw.rest.urls import Resource, Urls
from zgw.rest.zaken import wire
from zgw.rest.zaken.oas import audit_headers
from zgw.rest.zaken.router import IfNoneMatch
from zgw.rest.zaken.sub import common

Reader = Annotated[RequestContext, Depends(requires(access.LEZEN))]
Maker = Annotated[RequestContext, Depends(requires(common.any_of(access.AANMAKEN, access.BIJWERKEN,
                                                                 access.GEFORCEERD_BIJWERKEN)))]
Changer = Annotated[RequestContext, Depends(requires(common.any_of(access.BIJWERKEN, access.GEFORCEERD_BIJWERKEN)))]
Deleter = Annotated[RequestContext, Depends(requires(common.any_of(access.BIJWERKEN, access.GEFORCEERD_BIJWERKEN,
                                                                   access.VERWIJDEREN)))]
URI: dict[str, Any] = {"format": "uri"}
INFORMATIEOBJECT = Resource(EnkelvoudigInformatieObject.PATH, "informatieobject")
STATUS = Resource(Status.PATH, "status")
AUDIT = [Depends(audit_headers)]
LABEL = "ZaakInformatieObject"


def render(doc: zios.ZaakInformatieObject, urls: Urls) -> dict[str, Any]:
    return {
        "url": urls.of(doc.ref),
        "uuid": str(doc.id),
        "informatieobject": urls.of(doc.informatieobject),
        "zaak": urls.of(doc.zaak),
        "aardRelatieWeergave": zios.AARD_RELATIE_WEERGAVE,
        "titel": doc.titel,
        "beschrijving": doc.beschrijving,
        "registratiedatum": common.moment(doc.registratiedatum),
        "vernietigingsdatum": common.moment(doc.vernietigingsdatum),
        "status": urls.of(doc.status) if doc.status else None,
    }


async def render_many(docs: list[zios.ZaakInformatieObject], urls: Urls) -> list[dict[str, Any]]:
    return [render(d, urls) for d in docs]


def _renderer(ctx: RequestContext) -> Callable[[Any, Any], Awaitable[Any]]:
    async def out(doc: Any, zaak: Any) -> Any:
        return render(doc, ctx.urls)
    return out


def _data(ctx: RequestContext, body: Any, partial: bool) -> dict[str, Any]:
    data = body.model_dump(exclude_unset=partial)
    if data.get("vernietigingsdatum") is not None:
        data["vernietigingsdatum"] = utc_moment(data["vernietigingsdatum"], "vernietigingsdatum")
    elsewhere = data.pop("informatieobject", None) if _elsewhere(ctx, data.get("informatieobject")) else None
    data = common.refs(ctx, data, {"zaak": common.ZAAK, "informatieobject": INFORMATIEOBJECT, "status": STATUS})
    if elsewhere:  # a document in an external Documenten API: the domain checks it (zgw.domain.services.links)
        data["informatieobject"] = elsewhere
    return data


def _elsewhere(ctx: RequestContext, url: Any) -> bool:
    """A URL of another host (a registered service's, or refused by the domain as unknown-service)."""
    try:
        parts = urlsplit(url) if isinstance(url, str) else None
    except ValueError:  # not a URL: parse_ref refuses it (bad-url)
        return False
    return bool(parts and parts.scheme in ("http", "https") and parts.netloc
                and parts.netloc.lower() not in ctx.local_hosts())


async def _read(ctx: RequestContext, uuid: UUID) -> dict[str, Any]:
    doc = await zios.repo.get(uuid)
    await visible(common.actor(ctx), doc, LABEL)
    return render(doc, ctx.urls)


def build() -> APIRouter:
    router = zgw_router(tags=["zaakinformatieobjecten"])
    model = wire.ZaakInformatieObject
    ok: dict[int | str, dict[str, Any]] = {200: {"model": model, "headers": ETAG_HEADER, "description": "OK"}}

    @router.get("/zaakinformatieobjecten", operation_id="zaakinformatieobject_list",
                summary="Alle ZAAK-INFORMATIEOBJECT relaties opvragen.",
                description="Deze lijst kan gefilterd wordt met querystringparameters.",
                responses={200: {"model": list[wire.ZaakInformatieObject]}})
    async def zaakinformatieobject_list(
            ctx: Reader,
            zaak: Annotated[str | None, Query(description="URL-referentie naar de ZAAK.",
                                              json_schema_extra=URI)] = None,
            informatieobject: Annotated[str | None, Query(
                description="URL-referentie naar het INFORMATIEOBJECT (in de Documenten API), waar ook de "
                            "relatieinformatie opgevraagd kan worden.", json_schema_extra=URI)] = None,
            expand: Expand = None) -> JSONResponse:
        zaak_ref = path_of(zaak, "zaak") if zaak is not None else None
        eio_ref = path_of(informatieobject, "informatieobject") if informatieobject is not None else None
        if informatieobject is not None and _elsewhere(ctx, informatieobject):
            eio_ref = informatieobject
        query = await zios.list_query(common.actor(ctx), zaak_ref, eio_ref)
        found = await zios.repo.list(query, sort=(("registratiedatum", -1), ("_id", 1)))
        bodies = [render(d, ctx.urls) for d in found]
        await common.apply_expand(ctx, bodies, expand)
        return JSONResponse(bodies)

    @router.post("/zaakinformatieobjecten", operation_id="zaakinformatieobject_create", status_code=201,
                 summary="Maak een ZAAK-INFORMATIEOBJECT relatie aan.", dependencies=AUDIT,
                 responses={201: {"model": model}})
    async def zaakinformatieobject_create(ctx: Maker, body: wire.ZaakInformatieObjectRequest) -> JSONResponse:
        async with notifying() as outbox:
            doc = await zios.create(common.actor(ctx, outbox), _data(ctx, body, False), _renderer(ctx))
        out = render(doc, ctx.urls)
        return JSONResponse(out, status_code=201, headers={"Location": out["url"]})

    @router.get("/zaakinformatieobjecten/{uuid}", operation_id="zaakinformatieobject_read",
                summary="Een specifieke ZAAK-INFORMATIEOBJECT relatie opvragen.", responses=ok)
    async def zaakinformatieobject_read(ctx: Reader, uuid: UUID, if_none_match: IfNoneMatch = None,
                                        expand: Expand = None) -> Response:
        body = await _read(ctx, uuid)
        await common.apply_expand(ctx, [body], expand)
        return cached_response(ctx.request, body)

    @router.head("/zaakinformatieobjecten/{uuid}", operation_id="zaakinformatieobject_head",
                 summary="De headers voor een specifiek(e) ZAAK-INFORMATIEOBJECT opvragen ",
                 responses={200: {"headers": ETAG_HEADER, "description": "OK"}})
    async def zaakinformatieobject_head(ctx: Reader, uuid: UUID, if_none_match: IfNoneMatch = None) -> Response:
        return cached_response(ctx.request, await _read(ctx, uuid), head=True)

    @router.put("/zaakinformatieobjecten/{uuid}", operation_id="zaakinformatieobject_update",
                summary="Werk een ZAAK-INFORMATIEOBJECT relatie in zijn geheel bij.", dependencies=AUDIT,
                responses={200: {"model": model}})
    async def zaakinformatieobject_update(ctx: Changer, uuid: UUID,
                                          body: wire.ZaakInformatieObjectRequest) -> JSONResponse:
        doc = await zios.update(common.actor(ctx), uuid, _data(ctx, body, False), _renderer(ctx), partial=False)
        return JSONResponse(render(doc, ctx.urls))

    @router.patch("/zaakinformatieobjecten/{uuid}", operation_id="zaakinformatieobject_partial_update",
                  summary="Werk een ZAAK-INFORMATIEOBJECT relatie in deels bij.", dependencies=AUDIT,
                  responses={200: {"model": model}})
    async def zaakinformatieobject_partial_update(ctx: Changer, uuid: UUID,
                                                  body: wire.PatchedZaakInformatieObjectRequest) -> JSONResponse:
        doc = await zios.update(common.actor(ctx), uuid, _data(ctx, body, True), _renderer(ctx), partial=True)
        return JSONResponse(render(doc, ctx.urls))

    @router.delete("/zaakinformatieobjecten/{uuid}", operation_id="zaakinformatieobject_delete", status_code=204,
                   summary="Verwijder een ZAAK-INFORMATIEOBJECT relatie.", dependencies=AUDIT,
                   responses={204: {"description": "No content"}})
    async def zaakinformatieobject_delete(ctx: Deleter, uuid: UUID) -> Response:
        await zios.delete(common.actor(ctx), uuid, _renderer(ctx))
        return Response(status_code=204)

    return router
