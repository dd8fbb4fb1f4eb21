"""Gebruiksrechten, objectinformatieobjecten and verzendingen (Documenten API): thin handlers over
zgw.domain.documenten.{gebruiksrechten,objectinformatieobjecten,verzendingen}."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Depends, Query
from starlette.responses import Response

from zgw.domain.documenten import access, gebruiksrechten, verzendingen
from zgw.domain.documenten import objectinformatieobjecten as oios
from zgw.domain.documenten.objectinformatieobjecten import visible_query
from zgw.domain.errors import ValidationFailed
from zgw.domain.notifications.service import notifying
from zgw.domain.repository import Repository
from zgw.domain.zaken import access as zaken_access
from zgw.domain.zaken.subresources import aware, utc_moment
from zgw.rest.catalogi.caching import ETAG_HEADER, cached_response
from zgw.rest.catalogi.filters import Expand, path_of
from zgw.rest.component import zgw_router
from zgw.rest.deps import RequestContext, requires
from zgw.rest.documenten import wire
from zgw.rest.documenten.sub import common
from zgw.rest.jsonresponse import JSONResponse
from zgw.rest.pagination import Pagination, page_body
from zgw.rest.zaken.oas import audit_headers
from zgw.rest.zaken.router import IfNoneMatch
from zgw.rest.zaken.sub.common import any_of

Reader = Annotated[RequestContext, Depends(requires(access.LEZEN))]
Maker = Annotated[RequestContext, Depends(requires(access.AANMAKEN))]
Changer = Annotated[RequestContext, Depends(requires(access.BIJWERKEN))]
Deleter = Annotated[RequestContext, Depends(requires(access.VERWIJDEREN))]
URI: dict[str, Any] = {"format": "uri"}
AUDIT = [Depends(audit_headers)]
EioParam = Annotated[str | None, Query(description="URL-referentie naar het INFORMATIEOBJECT.",
                                       json_schema_extra=URI)]
Moment = Annotated[str | None, Query(json_schema_extra={"format": "date-time"})]
NO_CONTENT: dict[int | str, dict[str, Any]] = {204: {"description": "No content"}}
Registrar = Annotated[RequestContext, Depends(requires(access.AANMAKEN & any_of(
    zaken_access.AANMAKEN, zaken_access.BIJWERKEN, zaken_access.GEFORCEERD_BIJWERKEN)))]


def _eio_ref(value: str | None) -> str | None:
    return path_of(value, "informatieobject") if value is not None else None


def _moment(name: str, value: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise common.refused(name, "invalid", "Voer een geldige datum/tijd in.") from None
    return aware(parsed)


async def _read(ctx: RequestContext, repo: Repository[Any], uuid: UUID, render: Any) -> dict[str, Any]:
    doc = await repo.get(uuid)
    eio = await oios.get_eio(doc.informatieobject)
    if eio is None:
        from zgw.domain.errors import NotFound

        raise NotFound(f"{repo.label} niet gevonden.")
    access.require(ctx.policy, access.LEZEN, eio)
    body: dict[str, Any] = render(doc, ctx.urls)
    return body


def _created(body: dict[str, Any]) -> JSONResponse:
    return JSONResponse(body, status_code=201, headers={"Location": body["url"]})


def gebruiksrechten_router() -> APIRouter:
    router = zgw_router(tags=["gebruiksrechten"])
    render = common.render_gebruiksrechten
    repo = gebruiksrechten.repo
    ok: dict[int | str, dict[str, Any]] = {200: {"model": wire.Gebruiksrechten, "headers": ETAG_HEADER,
                                                 "description": "OK"}}

    def _data(ctx: RequestContext, body: Any, partial: bool) -> dict[str, Any]:
        data = body.model_dump(exclude_unset=partial)
        for name in ("startdatum", "einddatum"):
            if data.get(name) is not None:
                data[name] = utc_moment(data[name], name)
        return common.informatieobject_ref(ctx, data)

    @router.get("/gebruiksrechten", operation_id="gebruiksrechten_list", summary="Alle GEBRUIKSRECHTen opvragen.",
                description="Deze lijst kan gefilterd wordt met query-string parameters.",
                responses={200: {"model": list[wire.Gebruiksrechten]}})
    async def gebruiksrechten_list(
            ctx: Reader, informatieobject: EioParam = None,
            startdatum__lt: Moment = None, startdatum__lte: Moment = None,
            startdatum__gt: Moment = None, startdatum__gte: Moment = None,
            einddatum__lt: Moment = None, einddatum__lte: Moment = None,
            einddatum__gt: Moment = None, einddatum__gte: Moment = None, expand: Expand = None) -> JSONResponse:
        given = {"startdatum__lt": startdatum__lt, "startdatum__lte": startdatum__lte,
                 "startdatum__gt": startdatum__gt, "startdatum__gte": startdatum__gte,
                 "einddatum__lt": einddatum__lt, "einddatum__lte": einddatum__lte,
                 "einddatum__gt": einddatum__gt, "einddatum__gte": einddatum__gte}
        condition: dict[str, Any] = {}
        for key, value in given.items():
            if value is not None:
                field, op = key.split("__")
                condition.setdefault(field, {})[f"${op}"] = _moment(key, value)
        query = await visible_query(ctx.policy, _eio_ref(informatieobject), "gebruiksrechten", condition)
        bodies = [render(d, ctx.urls) for d in await repo.list(query)]
        await common.expand_informatieobject(ctx, bodies, expand)
        return JSONResponse(bodies)

    @router.post("/gebruiksrechten", operation_id="gebruiksrechten_create", status_code=201,
                 summary="Maak een GEBRUIKSRECHT aan.", dependencies=AUDIT,
                 responses={201: {"model": wire.Gebruiksrechten}})
    async def gebruiksrechten_create(ctx: Maker, body: wire.GebruiksrechtenRequest) -> JSONResponse:
        async with notifying() as outbox:
            doc = await gebruiksrechten.create(common.actor(ctx, outbox), _data(ctx, body, False),
                                               common.renderer(render, ctx))
        return _created(render(doc, ctx.urls))

    @router.get("/gebruiksrechten/{uuid}", operation_id="gebruiksrechten_read",
                summary="Een specifieke GEBRUIKSRECHT opvragen.", responses=ok)
    async def gebruiksrechten_read(ctx: Reader, uuid: UUID, if_none_match: IfNoneMatch = None,
                                   expand: Expand = None) -> Response:
        body = await _read(ctx, repo, uuid, render)
        await common.expand_informatieobject(ctx, [body], expand)
        return cached_response(ctx.request, body)

    @router.head("/gebruiksrechten/{uuid}", operation_id="gebruiksrechten_head",
                 summary="De headers voor een specifiek(e) GEBRUIKSRECHT INFORMATIEOBJECT opvragen ",
                 responses={200: {"headers": ETAG_HEADER, "description": "OK"}})
    async def gebruiksrechten_head(ctx: Reader, uuid: UUID, if_none_match: IfNoneMatch = None) -> Response:
        return cached_response(ctx.request, await _read(ctx, repo, uuid, render), head=True)

    @router.put("/gebruiksrechten/{uuid}", operation_id="gebruiksrechten_update",
                summary="Werk een GEBRUIKSRECHT in zijn geheel bij.", dependencies=AUDIT,
                responses={200: {"model": wire.Gebruiksrechten}})
    async def gebruiksrechten_update(ctx: Changer, uuid: UUID, body: wire.GebruiksrechtenRequest) -> JSONResponse:
        async with notifying() as outbox:
            doc = await gebruiksrechten.update(common.actor(ctx, outbox), uuid, _data(ctx, body, False),
                                               common.renderer(render, ctx), partial=False)
        return JSONResponse(render(doc, ctx.urls))

    @router.patch("/gebruiksrechten/{uuid}", operation_id="gebruiksrechten_partial_update",
                  summary="Werk een GEBRUIKSRECHT relatie deels bij.", dependencies=AUDIT,
                  responses={200: {"model": wire.Gebruiksrechten}})
    async def gebruiksrechten_partial_update(ctx: Changer, uuid: UUID,
                                             body: wire.PatchedGebruiksrechtenRequest) -> JSONResponse:
        async with notifying() as outbox:
            doc = await gebruiksrechten.update(common.actor(ctx, outbox), uuid, _data(ctx, body, True),
                                               common.renderer(render, ctx), partial=True)
        return JSONResponse(render(doc, ctx.urls))

    @router.delete("/gebruiksrechten/{uuid}", operation_id="gebruiksrechten_delete", status_code=204,
                   summary="Verwijder een GEBRUIKSRECHT.", dependencies=AUDIT, responses=NO_CONTENT)
    async def gebruiksrechten_delete(ctx: Deleter, uuid: UUID) -> Response:
        async with notifying() as outbox:
            await gebruiksrechten.delete(common.actor(ctx, outbox), uuid, common.renderer(render, ctx))
        return Response(status_code=204)

    return router


def _object_ref(ctx: RequestContext, url: str) -> str:
    """A local object as its path; an object in another API (a zaak elsewhere) as its URL."""
    from urllib.parse import urlsplit

    path = path_of(url, "object")
    return path if urlsplit(url).netloc.lower() in ctx.local_hosts() else url


def oio_router() -> APIRouter:
    router = zgw_router(tags=["objectinformatieobjecten"])
    render = common.render_oio
    repo = oios.repo
    ok: dict[int | str, dict[str, Any]] = {200: {"model": wire.ObjectInformatieObject, "headers": ETAG_HEADER,
                                                 "description": "OK"}}

    @router.get("/objectinformatieobjecten", operation_id="objectinformatieobject_list",
                summary="Alle OBJECT-INFORMATIEOBJECT relaties opvragen.",
                description="Deze lijst kan gefilterd wordt met query-string parameters.",
                responses={200: {"model": list[wire.ObjectInformatieObject]}})
    async def objectinformatieobject_list(
            ctx: Reader, informatieobject: EioParam = None,
            object: Annotated[str | None, Query(description="URL-referentie naar het gerelateerde OBJECT (in deze "
                                                            "of een andere API).", json_schema_extra=URI)] = None,
            expand: Expand = None) -> JSONResponse:
        object_ref = _object_ref(ctx, object) if object is not None else None
        query = await oios.list_query(ctx.policy, _eio_ref(informatieobject), object_ref)
        bodies = [render(d, ctx.urls) for d in await repo.list(query)]
        await common.expand_informatieobject(ctx, bodies, expand)
        return JSONResponse(bodies)

    @router.post("/objectinformatieobjecten", operation_id="objectinformatieobject_create", status_code=201,
                 summary="Maak een OBJECT-INFORMATIEOBJECT relatie aan.", dependencies=AUDIT,
                 responses={201: {"model": wire.ObjectInformatieObject}})
    async def objectinformatieobject_create(ctx: Maker, body: wire.ObjectInformatieObjectRequest) -> JSONResponse:
        data = common.informatieobject_ref(ctx, body.model_dump())
        data["object"] = _object_ref(ctx, data["object"])
        doc = await oios.create(common.actor(ctx), data, common.renderer(render, ctx))
        return _created(render(doc, ctx.urls))

    @router.get("/objectinformatieobjecten/{uuid}", operation_id="objectinformatieobject_read",
                summary="Een specifieke OBJECT-INFORMATIEOBJECT relatie opvragen.", responses=ok)
    async def objectinformatieobject_read(ctx: Reader, uuid: UUID, if_none_match: IfNoneMatch = None,
                                          expand: Expand = None) -> Response:
        body = await _read(ctx, repo, uuid, render)
        await common.expand_informatieobject(ctx, [body], expand)
        return cached_response(ctx.request, body)

    @router.head("/objectinformatieobjecten/{uuid}", operation_id="objectinformatieobject_head",
                 summary="De headers voor een specifiek(e) OOBJECT-INFORMATIEOBJECT opvragen ",
                 responses={200: {"headers": ETAG_HEADER, "description": "OK"}})
    async def objectinformatieobject_head(ctx: Reader, uuid: UUID, if_none_match: IfNoneMatch = None) -> Response:
        return cached_response(ctx.request, await _read(ctx, repo, uuid, render), head=True)

    @router.delete("/objectinformatieobjecten/{uuid}", operation_id="objectinformatieobject_delete",
                   status_code=204, summary="Verwijder een OBJECT-INFORMATIEOBJECT relatie.", dependencies=AUDIT,
                   responses=NO_CONTENT)
    async def objectinformatieobject_delete(ctx: Deleter, uuid: UUID) -> Response:
        await oios.delete(common.actor(ctx), uuid, common.renderer(render, ctx))
        return Response(status_code=204)

    return router


def verzendingen_router() -> APIRouter:
    router = zgw_router(tags=["verzendingen"])
    render = common.render_verzending
    repo = verzendingen.repo
    ok: dict[int | str, dict[str, Any]] = {200: {"model": wire.Verzending, "headers": ETAG_HEADER,
                                                 "description": "OK"}}

    def _data(ctx: RequestContext, body: Any, partial: bool) -> dict[str, Any]:
        data = body.model_dump(exclude_unset=partial)
        for name in ("binnenlands_correspondentieadres", "buitenlands_correspondentieadres",
                     "correspondentie_postadres"):
            value = getattr(body, name, None)
            if name in data:
                data[name] = value.model_dump(by_alias=True, mode="json") if value is not None else None
        for name in ("ontvangstdatum", "verzenddatum"):
            if name in data:
                data[name] = common.day(data[name])
        return common.informatieobject_ref(ctx, data)

    @router.get("/verzendingen", operation_id="verzending_list", summary="Alle VERZENDINGen opvragen.",
                description="Deze lijst kan gefilterd wordt met query-string parameters.",
                responses={200: {"model": wire.PaginatedVerzendingList}})
    async def verzending_list(
            ctx: Reader, pagination: Pagination, informatieobject: EioParam = None,
            aard_relatie: Annotated[str | None, Query(alias="aardRelatie", description="Omschrijving van de aard "
                                                      "van de relatie van de BETROKKENE tot het INFORMATIEOBJECT.",
                                                      json_schema_extra={"enum": ["afzender", "geadresseerde"]})
                                    ] = None,
            betrokkene: Annotated[str | None, Query(description="URL-referentie naar de betrokkene waarvan het "
                                                    "informatieobject is ontvangen of waaraan dit is verzonden.",
                                                    json_schema_extra=URI)] = None,
            expand: Expand = None) -> JSONResponse:
        condition: dict[str, Any] = {}
        if aard_relatie is not None:
            if aard_relatie not in ("afzender", "geadresseerde"):
                raise common.refused("aardRelatie", "invalid_choice",
                                     f"Selecteer een geldige keuze. {aard_relatie} is geen van de beschikbare keuzen.")
            condition["aard_relatie"] = aard_relatie
        if betrokkene is not None:
            condition["betrokkene"] = betrokkene
        query = await visible_query(ctx.policy, _eio_ref(informatieobject), "verzendingen", condition)
        count = await repo.count(query)
        found = await repo.page(query, offset=pagination.offset, limit=pagination.size)
        bodies = [render(d, ctx.urls) for d in found]
        await common.expand_informatieobject(ctx, bodies, expand)
        return JSONResponse(page_body(ctx.request, ctx.urls.base, pagination, count, bodies))

    @router.post("/verzendingen", operation_id="verzending_create", status_code=201,
                 summary="Maak een VERZENDING aan.", dependencies=AUDIT, responses={201: {"model": wire.Verzending}})
    async def verzending_create(ctx: Maker, body: wire.VerzendingRequest) -> JSONResponse:
        async with notifying() as outbox:
            doc = await verzendingen.create(common.actor(ctx, outbox), _data(ctx, body, False),
                                            common.renderer(render, ctx))
        return _created(render(doc, ctx.urls))

    @router.get("/verzendingen/{uuid}", operation_id="verzending_read", summary="Een specifieke VERZENDING opvragen.",
                responses=ok)
    async def verzending_read(ctx: Reader, uuid: UUID, if_none_match: IfNoneMatch = None,
                              expand: Expand = None) -> Response:
        body = await _read(ctx, repo, uuid, render)
        await common.expand_informatieobject(ctx, [body], expand)
        return cached_response(ctx.request, body)

    @router.head("/verzendingen/{uuid}", operation_id="verzending_head",
                 summary="De headers voor een specifiek(e) VERZENDING opvragen ",
                 responses={200: {"headers": ETAG_HEADER, "description": "OK"}})
    async def verzending_head(ctx: Reader, uuid: UUID, if_none_match: IfNoneMatch = None) -> Response:
        return cached_response(ctx.request, await _read(ctx, repo, uuid, render), head=True)

    @router.put("/verzendingen/{uuid}", operation_id="verzending_update",
                summary="Werk een VERZENDING in zijn geheel bij.", dependencies=AUDIT,
                responses={200: {"model": wire.Verzending}})
    async def verzending_update(ctx: Changer, uuid: UUID, body: wire.VerzendingRequest) -> JSONResponse:
        async with notifying() as outbox:
            doc = await verzendingen.update(common.actor(ctx, outbox), uuid, _data(ctx, body, False),
                                            common.renderer(render, ctx), partial=False)
        return JSONResponse(render(doc, ctx.urls))

    @router.patch("/verzendingen/{uuid}", operation_id="verzending_partial_update",
                  summary="Werk een VERZENDING relatie deels bij.", dependencies=AUDIT,
                  responses={200: {"model": wire.Verzending}})
    async def verzending_partial_update(ctx: Changer, uuid: UUID,
                                        body: wire.PatchedVerzendingRequest) -> JSONResponse:
        async with notifying() as outbox:
            doc = await verzendingen.update(common.actor(ctx, outbox), uuid, _data(ctx, body, True),
                                            common.renderer(render, ctx), partial=True)
        return JSONResponse(render(doc, ctx.urls))

    @router.delete("/verzendingen/{uuid}", operation_id="verzending_delete", status_code=204,
                   summary="Verwijder een VERZENDING", dependencies=AUDIT, responses=NO_CONTENT)
    async def verzending_delete(ctx: Deleter, uuid: UUID) -> Response:
        async with notifying() as outbox:
            await verzendingen.delete(common.actor(ctx, outbox), uuid, common.renderer(render, ctx))
        return Response(status_code=204)

    return router


def registreren_router() -> APIRouter:
    """POST /document_registreren: an informatieobject and its zaakinformatieobject, all or nothing."""
    from zgw.domain.documenten import registreren
    from zgw.rest.audit import audit
    from zgw.rest.documenten import router as eio_rest
    from zgw.rest.zaken.sub import common as zaken_common
    from zgw.rest.zaken.sub import zaakinformatieobjecten as zio_rest

    router = zgw_router(tags=["document_registreren"])

    @router.post("/document_registreren", operation_id="document_registreren_create", status_code=201,
                 summary="Registreer een INFORMATIEOBJECT en koppel het aan een ZAAK.", dependencies=AUDIT,
                 description="Maak in één verzoek een ENKELVOUDIG INFORMATIEOBJECT en de "
                             "ZAAK-INFORMATIEOBJECT relatie aan; alles of niets.",
                 responses={201: {"model": wire.DocumentRegistreren}})
    async def document_registreren(ctx: Registrar, body: wire.DocumentRegistrerenRequest) -> JSONResponse:
        try:
            eio_data, inhoud, _ = eio_rest.eio_data(ctx, body.enkelvoudiginformatieobject, partial=False)
        except ValidationFailed as error:
            raise registreren._prefixed(error, registreren.EIO_PART) from None
        zio_data = body.zaakinformatieobject.model_dump()
        if zio_data.get("vernietigingsdatum") is not None:
            zio_data["vernietigingsdatum"] = utc_moment(zio_data["vernietigingsdatum"],
                                                        "zaakinformatieobject.vernietigingsdatum")
        try:
            zio_data = zaken_common.refs(ctx, zio_data, {"zaak": zaken_common.ZAAK})
        except ValidationFailed as error:
            raise registreren._prefixed(error, registreren.ZIO_PART) from None
        async with notifying() as outbox:
            eio, zio = await registreren.registreren(
                eio_rest.actor(ctx), zaken_common.actor(ctx, outbox), eio_data, inhoud, zio_data,
                zaken_common_renderer(ctx, zio_rest.render), outbox)
            eio_body = await eio_rest.rendered(eio, ctx)
            await audit(ctx, bron="drc", actie="create", resultaat=201, hoofd_object_ref=eio.ref,
                        resource="enkelvoudiginformatieobject", resource_ref=eio.ref,
                        resource_weergave=eio.identificatie, nieuw=eio_body)
        return JSONResponse({"enkelvoudiginformatieobject": eio_body,
                             "zaakinformatieobject": zio_rest.render(zio, ctx.urls)}, status_code=201)

    return router


def zaken_common_renderer(ctx: RequestContext, render: Any) -> Any:
    async def out(doc: Any, zaak: Any) -> Any:
        return render(doc, ctx.urls)
    return out
