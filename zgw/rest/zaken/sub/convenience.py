"""Open Zaak's convenience endpoints: zaak_registreren, zaak_opschorten, zaak_verlengen, zaak_bijwerken,
zaak_afsluiten. The bodies are parsed here (each part as its separate call parses it, errors named by part);
the rules, the order of the writes and the all-or-nothing live in zgw.domain.zaken.convenience."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field, SkipValidation

from zgw.domain.errors import InvalidParam, ValidationFailed
from zgw.domain.notifications.service import notifying
from zgw.domain.zaken import access, convenience
from zgw.domain.zaken.subresources import utc_moment
from zgw.rest.component import zgw_router
from zgw.rest.deps import RequestContext, requires
from zgw.rest.jsonresponse import JSONResponse
from zgw.rest.zaken import render, wire
from zgw.rest.zaken.bodies import zaak_data
from zgw.rest.zaken.oas import audit_headers
from zgw.rest.zaken.router import CRS_HEADER, HEADERS, PRECONDITION, AcceptCrs, ContentCrs
from zgw.rest.zaken.router import actor as zaak_actor
from zgw.rest.zaken.sub import common, rollen, zaakinformatieobjecten

Registreerder = Annotated[RequestContext, Depends(requires(
    access.AANMAKEN & (access.BIJWERKEN | access.GEFORCEERD_BIJWERKEN)))]
Bijwerker = Annotated[RequestContext, Depends(requires(
    (access.BIJWERKEN | access.GEFORCEERD_BIJWERKEN)
    & common.any_of(access.AANMAKEN, access.STATUSSEN_TOEVOEGEN, access.HEROPENEN)))]
AUDIT = [Depends(audit_headers)]
ROL_VARIANTS = wire.VARIANTS["RolSubRequest"][1]
ROL_UPDATE_VARIANTS = wire.VARIANTS["RolUpdateSubRequest"][1]
OBJECT_VARIANTS = wire.VARIANTS["ZaakObjectSubRequest"][1]


# The bodies as the contract documents them: the polymorphic parts (rollen, zaakobjecten) as the variants of their
# discriminator, validated per item by common.variant (400 with invalidParams named by part and index).
class ZaakRegistrerenRequest(wire.ZaakRegistrerenRequest):
    rollen: list[Annotated[wire.RolSubRequestVariants, SkipValidation]] = Field(alias="rollen")  # type: ignore[assignment]
    zaakobjecten: list[Annotated[wire.ZaakObjectSubRequestVariants, SkipValidation]] = Field(  # type: ignore[assignment]
        default_factory=list, alias="zaakobjecten")


class ZaakBijwerkenRequest(wire.ZaakBijwerkenRequest):
    rollen: list[Annotated[wire.RolUpdateSubRequestVariants, SkipValidation]] = Field(  # type: ignore[assignment]
        default_factory=list, alias="rollen")


def _part(name: str, parse: Callable[[], Any]) -> Any:
    try:
        return parse()
    except ValidationFailed as error:
        raise ValidationFailed([InvalidParam(f"{name}.{p.name}", p.code, p.reason) for p in error.params]) from None


def _status(ctx: RequestContext, body: BaseModel) -> dict[str, Any]:
    data: dict[str, Any] = _part("status", lambda: common.refs(ctx, body.model_dump(), {
        "statustype": common.STATUSTYPE, "gezetdoor": common.ROL}))
    return data


def _rol(ctx: RequestContext, raw: Any, variants: Any, i: int) -> dict[str, Any]:
    def parse() -> dict[str, Any]:
        body = common.variant(variants, raw, "betrokkeneType")
        data = body.model_dump()
        for nested in ("betrokkene_identificatie", "authenticatie_context"):
            value = getattr(body, nested, None)
            data[nested] = value.model_dump(by_alias=True, mode="json") if value is not None else None
        if "uuid" in data:  # zaak_bijwerken: the rol to keep ("" or absent: a new one)
            try:
                data["uuid"] = UUID(str(data["uuid"])) if data["uuid"] else None
            except ValueError:
                raise ValidationFailed.field("uuid", "invalid", "Voer een geldige UUID in.") from None
        return common.refs(ctx, data, {"roltype": common.ROLTYPE})
    return _part(f"rollen.{i}", parse)  # type: ignore[no-any-return]


def _zaakobject(ctx: RequestContext, raw: Any, i: int) -> dict[str, Any]:
    def parse() -> dict[str, Any]:
        body = common.variant(OBJECT_VARIANTS, raw, "objectType")
        data = body.model_dump()
        value = getattr(body, "object_identificatie", None)
        data["object_identificatie"] = value.model_dump(by_alias=True, mode="json") if value is not None else None
        definitie = getattr(body, "object_type_overige_definitie", None)
        data["object_type_overige_definitie"] = definitie.model_dump(by_alias=True) if definitie is not None else None
        return common.refs(ctx, data, {"zaakobjecttype": common.ZAAKOBJECTTYPE})
    return _part(f"zaakobjecten.{i}", parse)  # type: ignore[no-any-return]


def _zio(ctx: RequestContext, body: BaseModel, i: int) -> dict[str, Any]:
    def parse() -> dict[str, Any]:
        data = body.model_dump()
        if data.get("vernietigingsdatum") is not None:
            data["vernietigingsdatum"] = utc_moment(data["vernietigingsdatum"], "vernietigingsdatum")
        return common.refs(ctx, data, {"informatieobject": zaakinformatieobjecten.INFORMATIEOBJECT,
                                       "status": zaakinformatieobjecten.STATUS})
    return _part(f"zaakinformatieobjecten.{i}", parse)  # type: ignore[no-any-return]


def _renders(ctx: RequestContext) -> convenience.Renders:
    urls = ctx.urls

    async def rol(doc: Any, zaak: Any) -> Any:
        return (await rollen.render_many([doc], urls))[0]

    async def status(doc: Any, zaak: Any) -> Any:
        return common.render_status(doc, zaak, urls)

    async def resultaat(doc: Any, zaak: Any) -> Any:
        return common.render_resultaat(doc, urls)

    async def zaakobject(doc: Any, zaak: Any) -> Any:
        return common.render_zaakobject(doc, urls)

    async def zio(doc: Any, zaak: Any) -> Any:
        return zaakinformatieobjecten.render(doc, urls)

    return convenience.Renders(zaak=lambda z: render.zaak(z, urls), status=status, rol=rol, resultaat=resultaat,
                               zaakobject=zaakobject, zaakinformatieobject=zio)


async def _answer(ctx: RequestContext, result: convenience.Result, *parts: str) -> dict[str, Any]:
    urls = ctx.urls
    out: dict[str, Any] = {"zaak": render.zaak(result.zaak, urls)}
    if "rollen" in parts:
        out["rollen"] = await rollen.render_many(result.rollen, urls)
    if "zaakinformatieobjecten" in parts:
        out["zaakinformatieobjecten"] = [zaakinformatieobjecten.render(z, urls) for z in result.zaakinformatieobjecten]
    if "zaakobjecten" in parts:
        out["zaakobjecten"] = [common.render_zaakobject(z, urls) for z in result.zaakobjecten]
    if "resultaat" in parts and result.resultaat is not None:
        out["resultaat"] = common.render_resultaat(result.resultaat, urls)
    out["status"] = common.render_status(result.status, result.zaak, urls)
    return out


def build() -> APIRouter:
    router = zgw_router(tags=["zaken"])

    @router.post("/zaak_registreren", operation_id="registreerzaak_create", status_code=201,
                 summary="Registreer een zaak",
                 description="Maak een Zaak samen met een status, rollen, zaakinformatieobjecten en zaakobjecten aan "
                             "om alles direct aan de zaak te linken. Alles wordt gevalideerd voordat er iets wordt "
                             "geschreven; het geheel slaagt of laat niets achter.",
                 dependencies=[AcceptCrs, ContentCrs],
                 responses={201: {"model": wire.ZaakRegistreren, "headers": CRS_HEADER}, **PRECONDITION})
    async def registreerzaak_create(ctx: Registreerder, body: ZaakRegistrerenRequest) -> JSONResponse:
        zaak = _part("zaak", lambda: zaak_data(ctx, body.zaak, partial=False))
        rollen_data = [_rol(ctx, raw, ROL_VARIANTS, i) for i, raw in enumerate(body.rollen)]
        zios = [_zio(ctx, item, i) for i, item in enumerate(body.zaakinformatieobjecten)]
        objecten = [_zaakobject(ctx, raw, i) for i, raw in enumerate(body.zaakobjecten)]
        status = _status(ctx, body.status)
        async with notifying() as outbox:
            result = await convenience.registreren(zaak_actor(ctx), common.actor(ctx, outbox), outbox, _renders(ctx),
                                                   zaak, rollen_data, zios, objecten, status)
        answer = await _answer(ctx, result, "rollen", "zaakinformatieobjecten", "zaakobjecten")
        return JSONResponse(answer, status_code=201, headers=HEADERS)

    @router.post("/zaak_opschorten/{uuid}", operation_id="zaakopschorten", summary="Schort een zaak op",
                 description="Schort een zaak op en maak een status aan.", dependencies=AUDIT,
                 responses={200: {"model": wire.ZaakOpschorten}})
    async def zaakopschorten(ctx: Bijwerker, uuid: UUID, body: wire.ZaakOpschortenRequest) -> JSONResponse:
        changes = _part("zaak", lambda: zaak_data(ctx, body.zaak, partial=True))
        status = _status(ctx, body.status)
        async with notifying() as outbox:
            result = await convenience.opschorten(uuid, zaak_actor(ctx), common.actor(ctx, outbox), outbox,
                                                  _renders(ctx), changes, status)
        return JSONResponse(await _answer(ctx, result))

    @router.post("/zaak_verlengen/{uuid}", operation_id="zaakverlengen", summary="Verleng een zaak",
                 description="Verleng een zaak en maak een status aan.", dependencies=AUDIT,
                 responses={200: {"model": wire.ZaakVerlengen}})
    async def zaakverlengen(ctx: Bijwerker, uuid: UUID, body: wire.ZaakVerlengenRequest) -> JSONResponse:
        changes = _part("zaak", lambda: zaak_data(ctx, body.zaak, partial=True))
        status = _status(ctx, body.status)
        async with notifying() as outbox:
            result = await convenience.verlengen(uuid, zaak_actor(ctx), common.actor(ctx, outbox), outbox,
                                                 _renders(ctx), changes, status)
        return JSONResponse(await _answer(ctx, result))

    @router.post("/zaak_bijwerken/{uuid}", operation_id="zaakbijwerken", summary="Update een zaak",
                 description="Werk een Zaak deels bij samen met een status & rollen om alles direct aan de zaak te "
                             "linken.\n\n**LET OP**: via ``rollen`` worden de rollen van de zaak vervangen: een rol "
                             "met ``uuid`` wordt behouden en bijgewerkt, een rol zonder wordt aangemaakt, de andere "
                             "rollen van de zaak worden verwijderd. Zonder ``rollen`` blijven ze zoals ze zijn.",
                 dependencies=[AcceptCrs, ContentCrs, *AUDIT],
                 responses={200: {"model": wire.ZaakBijwerken, "headers": CRS_HEADER}, **PRECONDITION})
    async def zaakbijwerken(ctx: Bijwerker, uuid: UUID, body: ZaakBijwerkenRequest) -> JSONResponse:
        patch = body.zaak
        changes = _part("zaak", lambda: zaak_data(ctx, patch, partial=True)) if patch is not None else {}
        sent = "rollen" in body.model_fields_set
        rollen_data = [_rol(ctx, raw, ROL_UPDATE_VARIANTS, i) for i, raw in enumerate(body.rollen)] if sent else None
        status = _status(ctx, body.status)
        async with notifying() as outbox:
            result = await convenience.bijwerken(uuid, zaak_actor(ctx), common.actor(ctx, outbox), outbox,
                                                 _renders(ctx), changes, rollen_data, status)
        return JSONResponse(await _answer(ctx, result, "rollen"), headers=HEADERS)

    @router.post("/zaak_afsluiten/{uuid}", operation_id="zaakafsluiten", summary="Sluit een zaak",
                 description="Sluit een zaak door een resultaat en een status aan te maken.", dependencies=AUDIT,
                 responses={200: {"model": wire.ZaakAfsluiten}})
    async def zaakafsluiten(ctx: Bijwerker, uuid: UUID, body: wire.ZaakAfsluitenRequest) -> JSONResponse:
        changes = _part("zaak", lambda: zaak_data(ctx, body.zaak, partial=True))
        resultaat = _part("resultaat", lambda: common.refs(ctx, body.resultaat.model_dump(),
                                                           {"resultaattype": common.RESULTAATTYPE}))
        status = _status(ctx, body.status)
        async with notifying() as outbox:
            result = await convenience.afsluiten(uuid, zaak_actor(ctx), common.actor(ctx, outbox), outbox,
                                                 _renders(ctx), changes, resultaat, status)
        return JSONResponse(await _answer(ctx, result, "resultaat"))

    return router
