"""`/zaken/{zaak_uuid}/zaakeigenschappen` (+ detail)."""

from typing import Annotated, Any
from uuid import UUID

from fastapi import Depends, Header
from fastapi.routing import APIRouter
from starlette.responses import Response

from zgw.domain.catalogi.documents import Eigenschap
from zgw.domain.errors import InvalidParam, ValidationFailed
from zgw.domain.notifications.service import notifying
from zgw.domain.zaken import access, eigenschappen, service, waarschuwingen
from zgw.domain.zaken.documents import Zaak, ZaakEigenschap
from zgw.rest.audit import audit
from zgw.rest.catalogi.caching import ETAG_HEADER, IF_NONE_MATCH_DESCRIPTION, cached_response
from zgw.rest.component import zgw_router
from zgw.rest.deps import RequestContext, requires
from zgw.rest.jsonresponse import JSONResponse
from zgw.rest.urls import Resource
from zgw.rest.zaken import render, wire
from zgw.rest.zaken.bodies import ZAAK, non_nullable_problems, ref
from zgw.rest.zaken.oas import audit_headers

Reader = Annotated[RequestContext, Depends(requires(access.LEZEN))]
# as Open Zaak (and both specs): every write on zaakeigenschappen takes bijwerken or geforceerd-bijwerken
Writer = Annotated[RequestContext, Depends(requires(access.BIJWERKEN | access.GEFORCEERD_BIJWERKEN))]
Updater = Writer
IfNoneMatch = Annotated[str | None, Header(alias="If-None-Match", description=IF_NONE_MATCH_DESCRIPTION)]
EIGENSCHAP = Resource(Eigenschap.PATH, "eigenschap")


def _data(ctx: RequestContext, body: Any, *, partial: bool) -> dict[str, Any]:
    problems: list[InvalidParam] = non_nullable_problems(body) if partial else []
    data: dict[str, Any] = body.model_dump(by_alias=False, exclude_unset=partial)
    if data.get("eigenschap"):
        data["eigenschap"] = ref(ctx, data["eigenschap"], EIGENSCHAP, "eigenschap", problems, allow_remote=True)
    if data.get("zaak"):
        data["zaak"] = ref(ctx, data["zaak"], ZAAK, "zaak", problems)
    if problems:
        raise ValidationFailed(problems)
    return data


async def _audit(ctx: RequestContext, actie: str, status: int, zaak: Zaak, doc: ZaakEigenschap, oud: Any,
                 nieuw: Any) -> None:
    await audit(ctx, bron="zrc", actie=actie, resultaat=status, hoofd_object_ref=zaak.ref, resource="zaakeigenschap",
                resource_ref=doc.ref, resource_weergave=doc.naam, oud=oud, nieuw=nieuw)


async def _warning(ctx: RequestContext, doc: ZaakEigenschap) -> dict[str, str]:
    """1.7.0: a stored waarde that does not fit the specificatie is named in `X-Warning` (validation off)."""
    if bool(getattr(ctx.settings, "zaak_eigenschap_waarde_validation", False)):
        return {}  # refused before it was stored
    warning = await waarschuwingen.waarde_warning(doc.eigenschap, doc.waarde)
    return {waarschuwingen.HEADER: warning} if warning else {}


WARNING_HEADER = {waarschuwingen.HEADER: {"schema": {"type": "string"}, "description": (
    "Waarschuwing dat de zaakeigenschap niet voldoet aan de specificatie zoals gedefinieerd in de Catalogi API. "
    "De zaakeigenschap is wel opgeslagen, maar er kunnen problemen ontstaan bij het gebruik ervan.")}}


def router() -> APIRouter:
    r = zgw_router(tags=["zaken"])
    base = "/zaken/{zaak_uuid}/zaakeigenschappen"

    def validate(ctx: RequestContext) -> bool:
        return bool(getattr(ctx.settings, "zaak_eigenschap_waarde_validation", False))

    @r.get(base, operation_id="zaakeigenschap_list", summary="Alle ZAAKEIGENSCHAPpen opvragen.",
           responses={200: {"model": list[wire.ZaakEigenschap]}, 400: {"description": "Bad request"}})
    async def zaakeigenschap_list(ctx: Reader, zaak_uuid: UUID) -> JSONResponse:
        zaak = await service.get_visible(zaak_uuid, ctx.policy)
        return JSONResponse([render.zaakeigenschap(d, ctx.urls) for d in await eigenschappen.list_for(zaak)])

    @r.post(base, operation_id="zaakeigenschap_create", summary="Maak een ZAAKEIGENSCHAP aan.", status_code=201,
            dependencies=[Depends(audit_headers)],
            responses={201: {"model": wire.ZaakEigenschap, "headers": WARNING_HEADER}})
    async def zaakeigenschap_create(ctx: Writer, zaak_uuid: UUID, body: wire.ZaakEigenschapRequest) -> JSONResponse:
        zaak = await service.get_visible(zaak_uuid, ctx.policy)
        data = _data(ctx, body, partial=False)
        async with notifying() as outbox:
            doc = await eigenschappen.create(zaak, data, service.Actor(ctx.policy, ctx.urls.of), outbox,
                                             validate=validate(ctx))
            rendered = render.zaakeigenschap(doc, ctx.urls)
            await _audit(ctx, "create", 201, zaak, doc, None, rendered)
        return JSONResponse(rendered, status_code=201, headers={"Location": rendered["url"],
                                                                **await _warning(ctx, doc)})

    @r.get(base + "/{uuid}", operation_id="zaakeigenschap_read", summary="Een specifieke ZAAKEIGENSCHAP opvragen.",
           responses={200: {"model": wire.ZaakEigenschap, "headers": ETAG_HEADER}})
    async def zaakeigenschap_read(ctx: Reader, zaak_uuid: UUID, uuid: UUID,
                                  if_none_match: IfNoneMatch = None) -> Response:
        zaak = await service.get_visible(zaak_uuid, ctx.policy)
        return cached_response(ctx.request, render.zaakeigenschap(await eigenschappen.get(zaak, uuid), ctx.urls))

    @r.head(base + "/{uuid}", operation_id="zaakeigenschap_head",
            summary="De headers voor een specifiek(e) ZAAKEIGENSCHAP opvragen ",
            responses={200: {"headers": ETAG_HEADER, "description": "OK"}})
    async def zaakeigenschap_head(ctx: Reader, zaak_uuid: UUID, uuid: UUID,
                                  if_none_match: IfNoneMatch = None) -> Response:
        zaak = await service.get_visible(zaak_uuid, ctx.policy)
        body = render.zaakeigenschap(await eigenschappen.get(zaak, uuid), ctx.urls)
        return cached_response(ctx.request, body, head=True)

    async def _update(ctx: RequestContext, zaak_uuid: UUID, uuid: UUID, body: Any, partial: bool) -> JSONResponse:
        zaak = await service.get_visible(zaak_uuid, ctx.policy)
        oud = render.zaakeigenschap(await eigenschappen.get(zaak, uuid), ctx.urls)
        data = _data(ctx, body, partial=partial)
        async with notifying() as outbox:
            doc = await eigenschappen.update(zaak, uuid, data, service.Actor(ctx.policy, ctx.urls.of), outbox,
                                             validate=validate(ctx), partial=partial)
            rendered = render.zaakeigenschap(doc, ctx.urls)
            await _audit(ctx, "partial_update" if partial else "update", 200, zaak, doc, oud, rendered)
        return JSONResponse(rendered, headers=await _warning(ctx, doc))

    @r.put(base + "/{uuid}", operation_id="zaakeigenschap_update",
           summary="Werk een ZAAKEIGENSCHAP in zijn geheel bij.",
           responses={200: {"model": wire.ZaakEigenschap}})
    async def zaakeigenschap_update(ctx: Updater, zaak_uuid: UUID, uuid: UUID,
                                    body: wire.ZaakEigenschapRequest) -> JSONResponse:
        return await _update(ctx, zaak_uuid, uuid, body, False)

    @r.patch(base + "/{uuid}", operation_id="zaakeigenschap_partial_update",
             summary="Werk een ZAAKEIGENSCHAP deels bij.",
             responses={200: {"model": wire.ZaakEigenschap}})
    async def zaakeigenschap_partial_update(ctx: Updater, zaak_uuid: UUID, uuid: UUID,
                                            body: wire.PatchedZaakEigenschapRequest) -> JSONResponse:
        return await _update(ctx, zaak_uuid, uuid, body, True)

    @r.delete(base + "/{uuid}", operation_id="zaakeigenschap_delete", summary="Verwijder een ZAAKEIGENSCHAP.",
              status_code=204, responses={204: {"description": "No content"}})
    async def zaakeigenschap_delete(ctx: Updater, zaak_uuid: UUID, uuid: UUID) -> Response:
        zaak = await service.get_visible(zaak_uuid, ctx.policy)
        async with notifying() as outbox:
            doc = await eigenschappen.delete(zaak, uuid, service.Actor(ctx.policy, ctx.urls.of), outbox)
            await _audit(ctx, "destroy", 204, zaak, doc, render.zaakeigenschap(doc, ctx.urls), None)
        return Response(status_code=204)

    return r
