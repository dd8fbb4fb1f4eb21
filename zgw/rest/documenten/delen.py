"""`PUT /bestandsdelen/{uuid}`: one part of a large upload, multipart/form-data (`inhoud` file, `lock`).

The body is parsed by Starlette, which spools a file part to disk past 1 MB; the part is then copied into
GridFS in 1 MB reads, so neither step holds the part in memory.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated, Any
from uuid import UUID

from fastapi import Depends
from fastapi.routing import APIRouter
from starlette.datastructures import UploadFile
from starlette.requests import Request

from zgw.domain.documenten import access, bestandsdelen, service
from zgw.domain.documenten.locks import eio_lock
from zgw.domain.errors import InvalidParam, UnsupportedMediaType, ValidationFailed
from zgw.rest.component import zgw_router
from zgw.rest.deps import RequestContext, requires
from zgw.rest.documenten import render, wire
from zgw.rest.jsonresponse import JSONResponse

Updater = Annotated[RequestContext, Depends(requires(access.BIJWERKEN))]
FORMS = ("multipart/form-data", "application/x-www-form-urlencoded")
READ = 1024 * 1024
BODY: dict[str, Any] = {"required": True, "content": {
    media: {"schema": {"$ref": "#/components/schemas/BestandsDeelRequest"}} for media in FORMS}}


async def _chunks(upload: UploadFile) -> AsyncIterator[bytes]:
    while piece := await upload.read(READ):
        yield piece


def router() -> APIRouter:
    out = zgw_router(tags=["bestandsdelen"])

    @out.put("/bestandsdelen/{uuid}", operation_id="bestandsdeel_update", summary="Upload een bestandsdeel",
             description="based on DRF mixin but without partial_update",
             responses={200: {"model": wire.BestandsDeel}, 400: {"description": "Bad request"}},
             openapi_extra={"requestBody": BODY})
    async def bestandsdeel_update(ctx: Updater, uuid: UUID, request: Request) -> JSONResponse:
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media not in FORMS:
            raise UnsupportedMediaType(f'Ongeldige media type "{media}" in aanvraag.')
        part = await bestandsdelen.get(uuid)
        eio = await service.get_visible(part.informatieobject, ctx.policy, access.BIJWERKEN)
        async with request.form(max_part_size=1024 * 1024) as form:  # `lock`; the file part spools to disk
            lock = form.get("lock")
            upload = form.get("inhoud")
            problems = []
            if not isinstance(lock, str) or not lock:
                problems.append(InvalidParam("lock", "required", "Dit veld is vereist."))
            if not isinstance(upload, UploadFile):
                problems.append(InvalidParam("inhoud", "required", "Er is geen bestand opgestuurd."))
            if problems:
                raise ValidationFailed(problems)
            assert isinstance(lock, str) and isinstance(upload, UploadFile)
            async with eio_lock(eio.id):  # read again under the lock: a PUT of the same part may have just ended
                part = await bestandsdelen.get(uuid)
                eio = await service.get_visible(part.informatieobject, ctx.policy, access.BIJWERKEN)
                part = await bestandsdelen.upload(part, eio, lock, _chunks(upload))
        return JSONResponse(render.bestandsdeel(part, ctx.urls))

    return out
