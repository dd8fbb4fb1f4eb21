"""Enkelvoudiginformatieobjecten (list, create, read, HEAD, update, delete, _zoek, download, lock, unlock),
their audit trail, bestandsdelen and documentnummer_reserveren."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any
from uuid import UUID

from fastapi import Depends, Header, Query
from fastapi.routing import APIRouter
from pydantic import BaseModel, Field
from starlette.responses import Response

from zgw.domain.catalogi.documents import InformatieObjectType
from zgw.domain.documenten import access, bestandsdelen, identificatie, search, service
from zgw.domain.documenten.documents import EnkelvoudigInformatieObject
from zgw.domain.errors import ValidationFailed
from zgw.domain.notifications.service import notifying
from zgw.rest.audit import audit, audittrail_router
from zgw.rest.catalogi.caching import ETAG_HEADER, IF_NONE_MATCH_DESCRIPTION, cached_response
from zgw.rest.catalogi.types import Wire
from zgw.rest.component import zgw_router
from zgw.rest.deps import RequestContext, requires
from zgw.rest.documenten import download, expand, filters, render, wire
from zgw.rest.jsonresponse import JSONResponse
from zgw.rest.pagination import Pagination, page_body
from zgw.rest.urls import Resource
from zgw.rest.zaken.bodies import non_nullable_problems, ref
from zgw.rest.zaken.oas import audit_headers

Reader = Annotated[RequestContext, Depends(requires(access.LEZEN))]
Creator = Annotated[RequestContext, Depends(requires(access.AANMAKEN))]
Updater = Annotated[RequestContext, Depends(requires(access.BIJWERKEN))]
Deleter = Annotated[RequestContext, Depends(requires(access.VERWIJDEREN))]
Locker = Annotated[RequestContext, Depends(requires(access.LOCK))]
Unlocker = Annotated[RequestContext, Depends(requires(access.LOCK | access.GEFORCEERD_UNLOCK))]
IfNoneMatch = Annotated[str | None, Header(alias="If-None-Match", description=IF_NONE_MATCH_DESCRIPTION)]
Criteria = Annotated[dict[str, Any], Depends(filters.eio_criteria)]
Expand = Annotated[str | None, Depends(expand.expand_param)]
Versie = Annotated[int | None, Query(description="Het (automatische) versienummer van het INFORMATIEOBJECT.")]
RegistratieOp = Annotated[str | None, Query(
    alias="registratieOp", description="Een datumtijd in ISO8601 formaat. De versie van het INFORMATIEOBJECT die qua "
    "`begin_registratie` het kortst hiervoor zit wordt opgehaald.")]
AuditHeaders = Depends(audit_headers)
IOT = Resource(InformatieObjectType.PATH, "informatieobjecttype")
PAGE_NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"description": "Not found"}}


class EIOZoek(Wire):
    uuid__in: list[UUID] = Field(description="Lijst van unieke resource identifiers (UUID4)")
    bronorganisatie: str | None = Field(default=None, description=(
        "Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die het informatieobject heeft gecreëerd of "
        "heeft ontvangen en als eerste in een samenwerkingsketen heeft vastgelegd."))
    identificatie: str | None = Field(default=None, description=(
        "Een binnen een gegeven context ondubbelzinnige referentie naar het INFORMATIEOBJECT."))
    expand: list[str] | None = Field(default=None, description=expand.EXPAND_DESCRIPTION)


def actor(ctx: RequestContext) -> service.Actor:
    return service.Actor(policy=ctx.policy, url_of=ctx.urls.of,
                         upload_chunk_size=ctx.settings.documenten_upload_chunk_size,
                         max_inhoud_size=ctx.settings.documenten_max_inhoud_size)


def _plain(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def eio_data(ctx: RequestContext, body: BaseModel, *, partial: bool) -> tuple[dict[str, Any], str | None, str | None]:
    """(domain data, base64 inhoud, lock) of a request body."""
    problems = non_nullable_problems(body) if partial else []
    data: dict[str, Any] = body.model_dump(by_alias=False, exclude_unset=partial)
    inhoud = data.pop("inhoud", None)
    lock = data.pop("lock", None)
    if partial and "inhoud" in body.model_fields_set:
        data["inhoud"] = None  # sent, even if null: the large-file flow may start again
    if not partial and "vertrouwelijkheidaanduiding" not in body.model_fields_set:
        data.pop("vertrouwelijkheidaanduiding", None)  # a PUT without it keeps the current one (as Open Zaak)
    if data.get("informatieobjecttype"):
        data["informatieobjecttype"] = ref(ctx, data["informatieobjecttype"], IOT, "informatieobjecttype", problems,
                                           allow_remote=True)
    for name in ("ondertekening", "integriteit"):
        if data.get(name) is not None:
            data[name] = _plain(data[name])
    if problems:
        raise ValidationFailed(problems)
    return data, inhoud or None, lock


async def _audit(ctx: RequestContext, actie: str, status: int, eio: EnkelvoudigInformatieObject, oud: Any,
                 nieuw: Any) -> None:
    await audit(ctx, bron="drc", actie=actie, resultaat=status, hoofd_object_ref=eio.ref,
                resource="enkelvoudiginformatieobject", resource_ref=eio.ref, resource_weergave=eio.identificatie,
                oud=oud, nieuw=nieuw)


async def rendered(eio: EnkelvoudigInformatieObject, ctx: RequestContext, version: Any = None) -> dict[str, Any]:
    parts = await bestandsdelen.of(eio) if eio.bestandsdelen and version in (None, eio) else []
    return render.eio(eio, ctx.urls, version, parts)


def _moment(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValidationFailed.field("registratieOp", "invalid", "Voer een geldige datum/tijd in.") from None


async def _list(ctx: RequestContext, pagination: Any, criteria: dict[str, Any],
                expand_value: str | None) -> JSONResponse:
    count, found = await search.page(criteria, ctx.policy, offset=pagination.offset, limit=pagination.size)
    results = [render.eio(e, ctx.urls, None, await bestandsdelen.of(e) if e.bestandsdelen else [])
               for e in found]
    await expand.apply(results, expand_value, ctx)
    return JSONResponse(page_body(ctx.request, ctx.urls.base, pagination, count, results))


def eio_router() -> APIRouter:
    router = zgw_router(tags=["enkelvoudiginformatieobjecten"])
    path = "/enkelvoudiginformatieobjecten"

    @router.get(path, operation_id="enkelvoudiginformatieobject_list",
                summary="Alle (ENKELVOUDIG) INFORMATIEOBJECTen opvragen.",
                responses={200: {"model": wire.PaginatedExpandEnkelvoudigInformatieObjectList}})
    async def eio_list(ctx: Reader, pagination: Pagination, criteria: Criteria,
                       expand_value: Expand = None) -> JSONResponse:
        return await _list(ctx, pagination, criteria, expand_value)

    @router.post(path + "/_zoek", operation_id="enkelvoudiginformatieobject__zoek",
                 summary="Voer een zoekopdracht uit op (ENKELVOUDIG) INFORMATIEOBJECTen.",
                 responses={200: {"model": wire.PaginatedExpandEnkelvoudigInformatieObjectList}, **PAGE_NOT_FOUND})
    async def eio_zoek(ctx: Reader, pagination: Pagination, body: EIOZoek, expand_value: Expand = None) -> JSONResponse:
        criteria: dict[str, Any] = {"uuid__in": body.uuid__in}
        if body.bronorganisatie is not None:
            criteria["bronorganisatie"] = body.bronorganisatie
        if body.identificatie is not None:
            criteria["identificatie"] = body.identificatie
        merged = ",".join(x for x in [expand_value, *(body.expand or [])] if x) or None
        return await _list(ctx, pagination, criteria, merged)

    @router.post(path, operation_id="enkelvoudiginformatieobject_create",
                 summary="Maak een (ENKELVOUDIG) INFORMATIEOBJECT aan.", status_code=201,
                 dependencies=[AuditHeaders], responses={201: {"model": wire.EnkelvoudigInformatieObject}})
    async def eio_create(ctx: Creator, body: wire.EnkelvoudigInformatieObjectCreateLockRequest) -> JSONResponse:
        data, inhoud, _ = eio_data(ctx, body, partial=False)
        async with notifying() as outbox:
            eio = await service.create(data, inhoud, actor(ctx), outbox)
            body_out = await rendered(eio, ctx)
            await _audit(ctx, "create", 201, eio, None, body_out)
        return JSONResponse(body_out, status_code=201, headers={"Location": body_out["url"]})

    @router.get(path + "/{uuid}", operation_id="enkelvoudiginformatieobject_read",
                summary="Een specifiek (ENKELVOUDIG) INFORMATIEOBJECT opvragen.",
                responses={200: {"model": wire.ExpandEnkelvoudigInformatieObject, "headers": ETAG_HEADER}})
    async def eio_read(ctx: Reader, uuid: UUID, if_none_match: IfNoneMatch = None, expand_value: Expand = None,
                       versie: Versie = None, registratie_op: RegistratieOp = None) -> Response:
        eio = await service.get_visible(uuid, ctx.policy)
        version = await service.version(eio, versie, _moment(registratie_op))
        body = await rendered(eio, ctx, version)
        await expand.apply([body], expand_value, ctx)
        return cached_response(ctx.request, body)

    @router.head(path + "/{uuid}", operation_id="enkelvoudiginformatieobject_head",
                 summary="De headers voor een specifiek(e) ENKELVOUDIG INFORMATIE OBJECT opvragen ",
                 responses={200: {"headers": ETAG_HEADER, "description": "OK"}})
    async def eio_head(ctx: Reader, uuid: UUID, if_none_match: IfNoneMatch = None) -> Response:
        eio = await service.get_visible(uuid, ctx.policy)
        return cached_response(ctx.request, await rendered(eio, ctx), head=True)

    async def _update(ctx: RequestContext, uuid: UUID, body: Any, partial: bool) -> JSONResponse:
        before = await service.get_visible(uuid, ctx.policy, access.BIJWERKEN)  # documenten.lezen not needed
        oud = await rendered(before, ctx)
        data, inhoud, lock = eio_data(ctx, body, partial=partial)
        async with notifying() as outbox:
            eio = await service.update(uuid, data, inhoud, lock, actor(ctx), outbox, partial=partial)
            body_out = await rendered(eio, ctx)
            await _audit(ctx, "partial_update" if partial else "update", 200, eio, oud, body_out)
        return JSONResponse(body_out)

    @router.put(path + "/{uuid}", operation_id="enkelvoudiginformatieobject_update",
                summary="Werk een (ENKELVOUDIG) INFORMATIEOBJECT in zijn geheel bij.", dependencies=[AuditHeaders],
                responses={200: {"model": wire.EnkelvoudigInformatieObject}})
    async def eio_update(ctx: Updater, uuid: UUID,
                         body: wire.EnkelvoudigInformatieObjectWithLockRequest) -> JSONResponse:
        return await _update(ctx, uuid, body, False)

    @router.patch(path + "/{uuid}", operation_id="enkelvoudiginformatieobject_partial_update",
                  summary="Werk een (ENKELVOUDIG) INFORMATIEOBJECT deels bij.", dependencies=[AuditHeaders],
                  responses={200: {"model": wire.EnkelvoudigInformatieObject}})
    async def eio_partial_update(ctx: Updater, uuid: UUID,
                                 body: wire.PatchedEnkelvoudigInformatieObjectWithLockRequest) -> JSONResponse:
        return await _update(ctx, uuid, body, True)

    @router.delete(path + "/{uuid}", operation_id="enkelvoudiginformatieobject_delete", status_code=204,
                   summary="Verwijder een (ENKELVOUDIG) INFORMATIEOBJECT.", dependencies=[AuditHeaders],
                   responses={204: {"description": "No content"}})
    async def eio_delete(ctx: Deleter, uuid: UUID) -> Response:
        await service.get_visible(uuid, ctx.policy, access.VERWIJDEREN)
        async with notifying() as outbox:
            await service.delete(uuid, actor(ctx), outbox)  # drc-008: the audit trail goes with it
        return Response(status_code=204)

    @router.post(path + "/{uuid}/lock", operation_id="enkelvoudiginformatieobject_lock",
                 summary="Vergrendel een (ENKELVOUDIG) INFORMATIEOBJECT.",
                 responses={200: {"model": wire.LockEnkelvoudigInformatieObject}})
    async def eio_lock(ctx: Locker, uuid: UUID) -> JSONResponse:
        await service.get_visible(uuid, ctx.policy, access.LOCK)
        return JSONResponse({"lock": await service.lock(uuid, ctx.policy)})

    @router.post(path + "/{uuid}/unlock", operation_id="enkelvoudiginformatieobject_unlock", status_code=204,
                 summary="Ontgrendel een (ENKELVOUDIG) INFORMATIEOBJECT.",
                 responses={204: {"description": "No content"}})
    async def eio_unlock(ctx: Unlocker, uuid: UUID, body: wire.UnlockEnkelvoudigInformatieObjectRequest) -> Response:
        await service.get_visible(uuid, ctx.policy, access.LOCK | access.GEFORCEERD_UNLOCK)
        await service.unlock(uuid, body.lock or "", ctx.policy)
        return Response(status_code=204)

    @router.get(path + "/{uuid}/download", operation_id="enkelvoudiginformatieobject_download",
                summary="Download de binaire data van het (ENKELVOUDIG) INFORMATIEOBJECT.",
                response_class=Response, responses=download.RESPONSES)
    async def eio_download(ctx: Reader, uuid: UUID, versie: Versie = None,
                           registratie_op: RegistratieOp = None) -> Response:
        eio = await service.get_visible(uuid, ctx.policy)
        version = await service.version(eio, versie, _moment(registratie_op))
        return await download.response(ctx.request, version)

    return router


_RESERVED_ONE = {"type": "object", "required": ["identificatie"], "properties": {"identificatie": {
    "type": "string", "readOnly": True, "description": "Een binnen een gegeven context ondubbelzinnige referentie "
                                                       "naar het INFORMATIEOBJECT."}}}
RESERVED = {"oneOf": [_RESERVED_ONE, {"type": "array", "items": _RESERVED_ONE}]}  # one, or a list for `aantal`


def reserveren_router() -> APIRouter:
    router = zgw_router(tags=["documentnummer_reserveren"])

    @router.post("/documentnummer_reserveren", operation_id="reserveddocument_create", status_code=201,
                 summary="Reserveer een documentnummer", response_class=JSONResponse,
                 responses={201: {"description": "Created", "content": {"application/json": {"schema": RESERVED}}}})
    async def reserveren(ctx: Creator, body: wire.ReservedDocumentRequest) -> JSONResponse:
        aantal = body.aantal or 1
        idents = await identificatie.reserve(str(body.bronorganisatie), aantal)
        result: Any = [{"identificatie": i} for i in idents] if body.aantal is not None and aantal > 1 \
            else {"identificatie": idents[0]}
        return JSONResponse(result, status_code=201)

    return router


async def _load_for_audit(ctx: RequestContext, uuid: UUID) -> str:
    eio = await service.get_visible(uuid, ctx.policy, access.AUDITTRAILS_LEZEN)
    return eio.ref


def build() -> list[APIRouter]:
    from zgw.rest.documenten.delen import router as delen_router
    from zgw.rest.documenten.imports import router as imports_router

    return [
        eio_router(),
        audittrail_router(parent_path="/enkelvoudiginformatieobjecten", parent_param="enkelvoudiginformatieobject_uuid",
                          tag="enkelvoudiginformatieobjecten", scope=access.AUDITTRAILS_LEZEN,
                          load_parent=_load_for_audit, object_label="het (ENKELVOUDIG) INFORMATIEOBJECT"),
        delen_router(),
        reserveren_router(),
        imports_router(),
    ]
