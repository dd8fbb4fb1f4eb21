"""Open Zaak's bulk import of documents: `POST /import/create`, `POST /import/{uuid}/upload` (the metadata
CSV, streamed), `GET /import/{uuid}/status`, `GET /import/{uuid}/report`, `DELETE /import/{uuid}/delete`.
Only for Applicaties with `heeftAlleAutorisaties`; the rules are in `zgw.domain.documenten.imports`."""

from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

from fastapi import Depends
from fastapi.routing import APIRouter
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from zgw.domain.documenten.imports import service
from zgw.domain.documenten.imports.service import log
from zgw.domain.errors import PermissionDenied, UnsupportedMediaType
from zgw.rest.component import zgw_router
from zgw.rest.deps import RequestContext, context
from zgw.rest.documenten import wire
from zgw.rest.jsonresponse import JSONResponse

ROOT = "/import"
NEEDS = "Voor deze actie is een APPLICATIE nodig met `heeft_alle_autorisaties` ingeschakeld."
UPLOAD_BODY: dict[str, Any] = {"content": {"text/csv": {"schema": {"type": "string", "format": "byte"}}}}
UPLOAD_CONTENT_TYPE: dict[str, Any] = {"in": "header", "name": "Content-Type", "required": True,
                                       "description": "Content type van de verzoekinhoud.",
                                       "schema": {"type": "string", "enum": ["text/csv"]}}
JSON_CONTENT_TYPE: dict[str, Any] = {**UPLOAD_CONTENT_TYPE, "schema": {"type": "string", "enum": ["application/json"]}}
REPORT_200: dict[int | str, dict[str, Any]] = {200: {"description": "OK", "content": {"text/csv": {"schema": {
    "type": "string", "description": "Het reportage bestand van de IMPORT."}}}}}


async def superuser(request: Request) -> RequestContext:
    """Authenticated, and an Applicatie with heeftAlleAutorisaties (Open Zaak's ImportAuthRequired)."""
    ctx = await context(request)
    if not ctx.policy.superuser:
        raise PermissionDenied()
    return ctx


Importer = Annotated[RequestContext, Depends(superuser)]


def _urls(ctx: RequestContext, import_id: UUID) -> dict[str, str]:
    base = f"{ctx.urls.base}/documenten/api/v1{ROOT}/{import_id}"
    return {"uploadUrl": f"{base}/upload", "statusUrl": f"{base}/status", "reportUrl": f"{base}/report"}


def _enqueue(ctx: RequestContext, import_id: UUID) -> None:
    """Queue the run; should the broker be away, beat's import sweep starts the active import later."""
    from zgw.workers.app import celery_app, use_broker
    from zgw.workers.imports import run_import

    # The Celery app reads REDIS_URL at import; an app built with other settings sends there.
    if celery_app.conf.broker_url != ctx.settings.redis_url:
        use_broker(ctx.settings.redis_url)
    try:
        run_import.delay(str(import_id))
    except Exception:  # the import is active either way; the sweep picks it up
        log.warning("import %s: could not queue its run; the import sweep will start it", import_id, exc_info=True)


def router() -> APIRouter:
    out = zgw_router(tags=["import"])

    @out.post(f"{ROOT}/create", operation_id="enkelvoudiginformatieobject_import_create", status_code=201,
              summary="Een IMPORT creeren",
              description="**EXPERIMENTEEL** Creëert een IMPORT. Wanneer er vervolgens een metadata bestand  wordt "
                          "aangeleverd zal de daadwerkelijke IMPORT van start gaan. " + NEEDS,
              responses={201: {"model": wire.ImportCreate}, 400: {"description": "Bad request"}},
              openapi_extra={"parameters": [JSON_CONTENT_TYPE]})
    async def import_create(ctx: Importer) -> JSONResponse:
        imp = await service.create()
        body = _urls(ctx, imp.id)
        return JSONResponse(body, status_code=201, headers={"Location": body["statusUrl"]})

    @out.post(f"{ROOT}/{{uuid}}/upload", operation_id="enkelvoudiginformatieobject_import_upload",
              summary="Een IMPORT bestand uploaden", response_class=Response,
              description="**EXPERIMENTEEL** Het uploaden van een metadata bestand, ter gebruik voor de IMPORT. Deze "
                          "actie start tevens de IMPORT. Één actieve IMPORT  tegelijkertijd is mogelijk. " + NEEDS,
              responses={200: {"description": "No response body"}, 400: {"description": "Bad request"}},
              openapi_extra={"requestBody": UPLOAD_BODY, "parameters": [UPLOAD_CONTENT_TYPE]})
    async def import_upload(ctx: Importer, uuid: UUID, request: Request) -> Response:
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media != "text/csv":
            raise UnsupportedMediaType(f'Ongeldige media type "{media}" in aanvraag.')
        imp = await service.start(uuid, request.stream(), base_dir=ctx.settings.import_documenten_base_dir,
                                  base_url=ctx.urls.base)
        _enqueue(ctx, imp.id)
        return Response(status_code=200)

    @out.get(f"{ROOT}/{{uuid}}/status", operation_id="enkelvoudiginformatieobject_import_status",
             summary="De status van een IMPORT opvragen.",
             description="**EXPERIMENTEEL** Het opvragen van de status van een IMPORT. " + NEEDS,
             responses={200: {"model": wire.Import}, 404: {"description": "Not found"}})
    async def import_status(ctx: Importer, uuid: UUID) -> JSONResponse:
        return JSONResponse(service.status_body(await service.get(uuid)))

    @out.get(f"{ROOT}/{{uuid}}/report", operation_id="enkelvoudiginformatieobject_import_report",
             summary="Het reportage bestand van een IMPORT downloaden.", response_class=Response,
             description="**EXPERIMENTEEL** Het reportage bestand downloaden van een IMPORT. Dit bestand is alleen "
                         "beschikbaar indien de IMPORT is afgerond (ongeacht het resultaat). " + NEEDS,
             responses=REPORT_200)
    async def import_report(ctx: Importer, uuid: UUID) -> Response:
        stored, chunks = await service.report(uuid)
        return StreamingResponse(chunks, media_type="text/csv", headers={
            "Content-Length": str(stored.length),
            "Content-Disposition": f'attachment; filename="{uuid}-report.csv"'})

    @out.delete(f"{ROOT}/{{uuid}}/delete", operation_id="enkelvoudiginformatieobject_import_destroy",
                status_code=204, summary="Een IMPORT verwijderen.", response_class=Response,
                description="**EXPERIMENTEEL** Een IMPORT verwijderen. Het verwijderen van een IMPORT is alleen "
                            "mogelijk wanneer deze een van de volgende statussen heeft: **error**, **finished**, "
                            "**pending**. " + NEEDS,
                responses={204: {"description": "No response body"}})
    async def import_delete(ctx: Importer, uuid: UUID) -> Response:
        await service.delete(uuid)
        return Response(status_code=204)

    return out
