"""The zaak's besluiten in the Zaken API (`/zaken/{zaak_uuid}/besluiten`, as Open Zaak serves them): list,
read, create, delete. A zaakbesluit is written by the Besluiten API itself when a besluit names the zaak
(brc-006); as in Open Zaak, a client's POST answers that zaakbesluit (the besluit must name this zaak:
`inconsistent-relation`), and a DELETE is refused while the besluit names the zaak (`remote-relation-exists`).
A besluit in a registered external Besluiten API is read from there (zgw.domain.besluiten.zaakbesluiten)."""

from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

from fastapi import Depends, Query
from fastapi.routing import APIRouter
from starlette.responses import Response

from zgw.domain.besluiten import service, zaakbesluiten
from zgw.domain.besluiten.documents import Besluit, ZaakBesluit, zaakbesluit_id
from zgw.domain.errors import NotFound, ValidationFailed
from zgw.domain.services import remote
from zgw.domain.zaken import access
from zgw.domain.zaken.documents import Zaak
from zgw.domain.zaken.locks import zaak_lock
from zgw.rest.besluiten import expand, render
from zgw.rest.component import zgw_router
from zgw.rest.deps import RequestContext, requires
from zgw.rest.jsonresponse import JSONResponse
from zgw.rest.urls import Resource
from zgw.rest.zaken import wire
from zgw.rest.zaken.bodies import ref
from zgw.rest.zaken.oas import audit_headers

Reader = Annotated[RequestContext, Depends(requires(access.LEZEN))]
Writer = Annotated[RequestContext, Depends(requires(access.BIJWERKEN))]
AUDIT = [Depends(audit_headers)]
BESLUIT = Resource(Besluit.PATH, "besluit")
ExpandParam = Annotated[str | None, Query(alias="expand", description=expand.EXPAND_DESCRIPTION)]


async def _zaak(ctx: RequestContext, zaak_uuid: UUID, scope: Any = access.LEZEN) -> Zaak:
    zaak = await Zaak.get(zaak_uuid)
    if zaak is None:
        raise NotFound("Zaak niet gevonden.")
    access.require(ctx.policy, scope, zaak)
    return zaak


async def _one(ctx: RequestContext, zaak_uuid: UUID, uuid: UUID, scope: Any = access.LEZEN) -> ZaakBesluit:
    zaak = await _zaak(ctx, zaak_uuid, scope)
    found = await ZaakBesluit.get(uuid)
    if found is None or found.zaak != zaak.ref:
        raise NotFound("ZaakBesluit niet gevonden.")
    return found


def build() -> APIRouter:
    router = zgw_router(tags=["zaken"])
    path = "/zaken/{zaak_uuid}/besluiten"

    @router.get(path, operation_id="zaakbesluit_list", summary="Alle ZAAKBESLUITen opvragen.",
                description="Alle ZAAKBESLUITen opvragen.", responses={200: {"model": list[wire.ZaakBesluit]}})
    async def zaakbesluit_list(ctx: Reader, zaak_uuid: UUID, expand_value: ExpandParam = None) -> JSONResponse:
        zaak = await _zaak(ctx, zaak_uuid)
        bodies = [render.zaakbesluit(z, ctx.urls) for z in await zaakbesluiten.of_zaak(zaak.ref)]
        await expand.apply(bodies, expand_value, ctx)
        return JSONResponse(bodies)

    @router.post(path, operation_id="zaakbesluit_create", status_code=201, summary="Maak een ZAAKBESLUIT aan.",
                 description="**LET OP: Dit endpoint hoor je als consumer niet zelf aan te spreken.**\n\n"
                             "De Besluiten API gebruikt dit endpoint om relaties te synchroniseren, daarom is dit "
                             "endpoint in de Zaken API geimplementeerd.\n\n**Er wordt gevalideerd op**\n"
                             "- geldigheid URL naar de ZAAK",
                 dependencies=AUDIT, responses={201: {"model": wire.ZaakBesluit}})
    async def zaakbesluit_create(ctx: Writer, zaak_uuid: UUID, body: wire.ZaakBesluitRequest) -> JSONResponse:
        zaak = await _zaak(ctx, zaak_uuid, access.BIJWERKEN)
        problems: list[Any] = []
        besluit_ref = ref(ctx, str(body.besluit), BESLUIT, "besluit", problems, allow_remote=True)
        if problems:
            raise ValidationFailed(problems)
        if remote.is_remote(besluit_ref):  # a besluit in a registered Besluiten API asks for its mirror
            async with zaak_lock(str(zaak.id)):
                made = await zaakbesluiten.accept_remote(zaak.ref, ctx.urls.of(zaak.ref), besluit_ref or "")
            out = render.zaakbesluit(made, ctx.urls)
            return JSONResponse(out, status_code=201, headers={"Location": out["url"]})
        besluit = await service.besluit_of_ref(besluit_ref or "")
        if besluit is None:
            raise ValidationFailed.field("besluit", "does_not_exist", "Ongeldige hyperlink - Object bestaat niet.")
        found = await ZaakBesluit.get(zaakbesluit_id(besluit.id))
        if besluit.zaak != zaak.ref or found is None:
            raise ValidationFailed.non_field("inconsistent-relation",
                                             "Het besluit is in de Besluiten API niet aan deze zaak gerelateerd.")
        out = render.zaakbesluit(found, ctx.urls)
        return JSONResponse(out, status_code=201, headers={"Location": out["url"]})

    @router.get(path + "/{uuid}", operation_id="zaakbesluit_read", summary="Een specifiek ZAAKBESLUIT opvragen.",
                description="Een specifiek ZAAKBESLUIT opvragen.", responses={200: {"model": wire.ZaakBesluit}})
    async def zaakbesluit_read(ctx: Reader, zaak_uuid: UUID, uuid: UUID, expand_value: ExpandParam = None
                               ) -> JSONResponse:
        body = render.zaakbesluit(await _one(ctx, zaak_uuid, uuid), ctx.urls)
        await expand.apply([body], expand_value, ctx)
        return JSONResponse(body)

    @router.delete(path + "/{uuid}", operation_id="zaakbesluit_delete", status_code=204,
                   summary="Verwijder een ZAAKBESLUIT.",
                   description="**LET OP: Dit endpoint hoor je als consumer niet zelf aan te spreken.**\n\n"
                               "De Besluiten API gebruikt dit endpoint om relaties te synchroniseren, daarom is dit "
                               "endpoint in de Zaken API geimplementeerd.",
                   dependencies=AUDIT, responses={204: {"description": "No content"}})
    async def zaakbesluit_delete(ctx: Writer, zaak_uuid: UUID, uuid: UUID) -> Response:
        found = await _one(ctx, zaak_uuid, uuid, access.BIJWERKEN)
        if remote.is_remote(found.besluit):  # only once its Besluiten API no longer names this zaak
            async with zaak_lock(str(zaak_uuid)):
                await zaakbesluiten.drop_remote(found, ctx.urls.of(found.zaak))
            return Response(status_code=204)
        besluit = await service.besluit_of_ref(found.besluit)
        if besluit is not None and besluit.zaak == found.zaak:
            raise ValidationFailed.non_field("remote-relation-exists",
                                             "Het besluit verwijst nog naar deze zaak; verwijder of wijzig eerst het "
                                             "besluit.")
        await ZaakBesluit.get_pymongo_collection().delete_one({"_id": found.id})
        return Response(status_code=204)

    return router
