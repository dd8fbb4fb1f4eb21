"""Rollen: list (every filter of both specs), create, retrieve, HEAD, Open Zaak's PUT, delete."""

from typing import TYPE_CHECKING, Annotated, Any, Literal
from uuid import UUID

from fastapi import APIRouter, Body, Depends, Query
from pydantic import SkipValidation
from starlette.responses import Response

from zgw.domain.notifications.service import notifying
from zgw.domain.zaken import access, assurance, rollen, statussen
from zgw.domain.zaken.documents import Rol, Zaak
from zgw.domain.zaken.subresources import rol_candidates, visible
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
Writer = Annotated[RequestContext, Depends(requires(access.BIJWERKEN | access.GEFORCEERD_BIJWERKEN))]
URI: dict[str, Any] = {"format": "uri"}
CREATE_VARIANTS = wire.VARIANTS["RolRequest"][1]
# documented as the variants; validated per betrokkeneType by common.variant (400 with invalidParams)
RolBody = Annotated[wire.RolRequestVariants, SkipValidation, Body()]
AUDIT = [Depends(audit_headers)]
LIST_PARAMS = wire.QUERY_PARAMETERS["GET /rollen"]
if TYPE_CHECKING:
    OmschrijvingGeneriek = str
    Loa = str
else:  # the contract's choices, refused otherwise (400), as Open Zaak's choice filters
    OmschrijvingGeneriek = filters.choice(LIST_PARAMS["omschrijvingGeneriek"][1]["enum"])
    Loa = filters.choice(LIST_PARAMS["machtiging__loa"][1]["enum"])

# query parameter -> (betrokkeneType, key in betrokkene_identificatie)
IDENTIFICATIE_FILTERS: dict[str, tuple[str, str]] = {
    "betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": ("natuurlijk_persoon", "inpBsn"),
    "betrokkeneIdentificatie__natuurlijkPersoon__anpIdentificatie": ("natuurlijk_persoon", "anpIdentificatie"),
    "betrokkeneIdentificatie__natuurlijkPersoon__inpA_nummer": ("natuurlijk_persoon", "inpA_nummer"),
    "betrokkeneIdentificatie__nietNatuurlijkPersoon__innNnpId": ("niet_natuurlijk_persoon", "innNnpId"),
    "betrokkeneIdentificatie__nietNatuurlijkPersoon__annIdentificatie": ("niet_natuurlijk_persoon",
                                                                         "annIdentificatie"),
    "betrokkeneIdentificatie__nietNatuurlijkPersoon__kvkNummer": ("niet_natuurlijk_persoon", "kvkNummer"),
    "betrokkeneIdentificatie__nietNatuurlijkPersoon__vestigingsNummer": ("niet_natuurlijk_persoon",
                                                                         "vestigingsNummer"),
    "betrokkeneIdentificatie__vestiging__vestigingsNummer": ("vestiging", "vestigingsNummer"),
    "betrokkeneIdentificatie__vestiging__kvkNummer": ("vestiging", "kvkNummer"),
    "betrokkeneIdentificatie__organisatorischeEenheid__identificatie": ("organisatorische_eenheid", "identificatie"),
    "betrokkeneIdentificatie__medewerker__identificatie": ("medewerker", "identificatie"),
}
Machtiging = Literal["eigen", "gemachtigde", "machtiginggever"]

ID_PARAMS: list[tuple[str, str]] = [
    ("betrokkeneIdentificatie__natuurlijkPersoon__inpBsn",
     "Het burgerservicenummer, bedoeld in artikel 1.1 van de Wet algemene bepalingen burgerservicenummer."),
    ("betrokkeneIdentificatie__natuurlijkPersoon__anpIdentificatie",
     "Het door de gemeente uitgegeven unieke nummer voor een ANDER NATUURLIJK PERSOON"),
    ("betrokkeneIdentificatie__natuurlijkPersoon__inpA_nummer",
     "Het administratienummer van de persoon, bedoeld in de Wet BRP"),
    ("betrokkeneIdentificatie__nietNatuurlijkPersoon__innNnpId",
     "Het door een kamer toegekend uniek nummer voor de INGESCHREVEN NIET-NATUURLIJK PERSOON"),
    ("betrokkeneIdentificatie__nietNatuurlijkPersoon__annIdentificatie",
     "Het door de gemeente uitgegeven unieke nummer voor een ANDER NIET-NATUURLIJK PERSOON"),
    ("betrokkeneIdentificatie__nietNatuurlijkPersoon__kvkNummer",
     "**EXPERIMENTEEL** Een uniek nummer gekoppeld aan de onderneming."),
    ("betrokkeneIdentificatie__nietNatuurlijkPersoon__vestigingsNummer",
     "**EXPERIMENTEEL** Een korte unieke aanduiding van de Vestiging."),
    ("betrokkeneIdentificatie__vestiging__vestigingsNummer",
     "Een korte unieke aanduiding van de Vestiging."),
    ("betrokkeneIdentificatie__vestiging__kvkNummer",
     "**EXPERIMENTEEL** **DEPRECATED** Een uniek nummer gekoppeld aan de onderneming."),
    ("betrokkeneIdentificatie__organisatorischeEenheid__identificatie",
     "Een korte identificatie van de organisatorische eenheid."),
    ("betrokkeneIdentificatie__medewerker__identificatie",
     "Een korte unieke aanduiding van de MEDEWERKER."),
]


def identificatie_filter(
    p0: Annotated[str | None, Query(alias=ID_PARAMS[0][0], description=ID_PARAMS[0][1])] = None,
    p1: Annotated[str | None, Query(alias=ID_PARAMS[1][0], description=ID_PARAMS[1][1])] = None,
    p2: Annotated[str | None, Query(alias=ID_PARAMS[2][0], description=ID_PARAMS[2][1])] = None,
    p3: Annotated[str | None, Query(alias=ID_PARAMS[3][0], description=ID_PARAMS[3][1])] = None,
    p4: Annotated[str | None, Query(alias=ID_PARAMS[4][0], description=ID_PARAMS[4][1])] = None,
    p5: Annotated[str | None, Query(alias=ID_PARAMS[5][0], description=ID_PARAMS[5][1])] = None,
    p6: Annotated[str | None, Query(alias=ID_PARAMS[6][0], description=ID_PARAMS[6][1])] = None,
    p7: Annotated[str | None, Query(alias=ID_PARAMS[7][0], description=ID_PARAMS[7][1])] = None,
    p8: Annotated[str | None, Query(alias=ID_PARAMS[8][0], description=ID_PARAMS[8][1])] = None,
    p9: Annotated[str | None, Query(alias=ID_PARAMS[9][0], description=ID_PARAMS[9][1])] = None,
    p10: Annotated[str | None, Query(alias=ID_PARAMS[10][0], description=ID_PARAMS[10][1])] = None,
) -> list[dict[str, Any]]:
    """The betrokkeneIdentificatie__… filters: each also fixes the betrokkeneType."""
    values = [p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10]
    out = []
    for (kind, key), value in zip(IDENTIFICATIE_FILTERS.values(), values, strict=True):
        if value is not None:
            out.append({"betrokkene_type": kind, f"betrokkene_identificatie.{key}": value})
    return out


async def render_many(docs: list[Rol], urls: Urls) -> list[common.Rendered]:
    from zgw.rest.zaken.expand import known_zaken

    gezet = await statussen.set_by(docs, known_zaken())
    return [common.render_rol(d, urls, gezet.get(d.ref)) for d in docs]


def build() -> APIRouter:
    router = zgw_router(tags=["rollen"])

    async def _render(ctx: RequestContext, doc: Rol, zaak: Zaak | None = None) -> common.Rendered:
        return (await render_many([doc], ctx.urls))[0]

    @router.get("/rollen", operation_id="rol_list", summary="Alle ROLlen bij ZAAKen opvragen.",
                responses={200: {"model": wire.PaginatedRolList}})
    async def rol_list(
        ctx: Reader, pagination: Pagination,
        zaak: Annotated[str | None, Query(description="URL-referentie naar de ZAAK.", json_schema_extra=URI)] = None,
        betrokkene: Annotated[str | None, Query(description="URL-referentie naar een betrokkene gerelateerd aan de "
                                                            "ZAAK.", json_schema_extra=URI)] = None,
        betrokkene_type: Annotated[Literal["natuurlijk_persoon", "niet_natuurlijk_persoon", "vestiging",
                                           "organisatorische_eenheid", "medewerker"] | None,
                                   Query(alias="betrokkeneType", description="Type van de `betrokkene`.")] = None,
        roltype: Annotated[str | None, Query(description="URL-referentie naar een roltype binnen het ZAAKTYPE van "
                                                         "de ZAAK.", json_schema_extra=URI)] = None,
        omschrijving: Annotated[str | None, Query(description="Omschrijving van de aard van de ROL, afgeleid uit "
                                                              "het ROLTYPE.")] = None,
        omschrijving_generiek: Annotated[OmschrijvingGeneriek | None, Query(
            alias="omschrijvingGeneriek", description="Algemeen gehanteerde benaming van de aard van de ROL.")] = None,
        machtiging: Annotated[Machtiging | None, Query(description="**EXPERIMENTEEL** filter objecten op basis van "
                                                                   "`indicatieMachtiging`.")] = None,
        machtiging__loa: Annotated[Loa | None, Query(
            description="**EXPERIMENTEEL** Rollen met een 'authenticatieContext.levelOfAssurance' die lager of gelijk "
                        "is dan de aangegeven aanduiding.")] = None,
        expand: Expand = None,
        conditions: Annotated[list[dict[str, Any]], Depends(identificatie_filter)] = [],  # noqa: B006
    ) -> JSONResponse:
        query: dict[str, Any] = {}
        zaak_ref = path_of(zaak, "zaak") if zaak is not None else None
        if betrokkene is not None:
            query["betrokkene"] = betrokkene
        if betrokkene_type is not None:
            query["betrokkene_type"] = betrokkene_type
        if roltype is not None:
            query["roltype"] = path_of(roltype, "roltype")
        if omschrijving is not None:
            query["omschrijving"] = omschrijving
        if omschrijving_generiek is not None:
            query["omschrijving_generiek"] = omschrijving_generiek
        if machtiging is not None:
            query["indicatie_machtiging"] = "" if machtiging == "eigen" else machtiging
        if machtiging__loa is not None:
            query["authenticatie_context.levelOfAssurance"] = {"$in": assurance.up_to(machtiging__loa)}
        candidates = await rol_candidates(common.actor(ctx), conditions, betrokkene) if zaak_ref is None else None
        if conditions:
            query = {"$and": [query, *conditions]} if query else {"$and": conditions}
        count, found = await common.page(ctx, rollen.repo, query, zaak_ref, pagination.offset, pagination.size,
                                         candidates)
        results = await render_many(found, ctx.urls)
        await common.apply_expand(ctx, results, expand)
        return JSONResponse(page_body(ctx.request, ctx.urls.base, pagination, count, results))

    def _data(ctx: RequestContext, raw: Any) -> dict[str, Any]:
        body = common.variant(CREATE_VARIANTS, raw, "betrokkeneType")
        data = body.model_dump()
        for nested in ("betrokkene_identificatie", "authenticatie_context"):
            value = getattr(body, nested, None)
            data[nested] = value.model_dump(by_alias=True, mode="json") if value is not None else None
        return common.refs(ctx, data, {"zaak": common.ZAAK, "roltype": common.ROLTYPE})

    @router.post("/rollen", operation_id="rol_create", status_code=201, summary="Maak een ROL aan bij een ZAAK.",
                 dependencies=AUDIT, responses={201: {"model": wire.RolVariants}})
    async def rol_create(ctx: Writer, body: RolBody) -> JSONResponse:
        data = _data(ctx, body)
        async with notifying() as outbox:
            doc = await rollen.create(common.actor(ctx, outbox), data, lambda r, z: _render(ctx, r, z))
        rendered = await _render(ctx, doc)
        return JSONResponse(rendered, status_code=201, headers={"Location": rendered["url"]})

    async def _one(ctx: RequestContext, uuid: UUID) -> common.Rendered:
        doc = await rollen.repo.get(uuid)
        await visible(common.actor(ctx), doc, "Rol")
        return await _render(ctx, doc)

    @router.get("/rollen/{uuid}", operation_id="rol_read", summary="Een specifieke ROL bij een ZAAK opvragen.",
                responses={200: {"model": wire.RolVariants, "headers": ETAG_HEADER, "description": "OK"}})
    async def rol_read(ctx: Reader, uuid: UUID, if_none_match: IfNoneMatch = None,
                       expand: Expand = None) -> Response:
        body = await _one(ctx, uuid)
        await common.apply_expand(ctx, [body], expand)
        return cached_response(ctx.request, body)

    @router.head("/rollen/{uuid}", operation_id="rol_head", summary="De headers voor een specifiek(e) ROL opvragen ",
                 responses={200: {"headers": ETAG_HEADER, "description": "OK"}})
    async def rol_head(ctx: Reader, uuid: UUID, if_none_match: IfNoneMatch = None) -> Response:
        return cached_response(ctx.request, await _one(ctx, uuid), head=True)

    @router.put("/rollen/{uuid}", operation_id="rol_update", summary="Werk een ROL in zijn geheel bij.",
                dependencies=AUDIT, responses={200: {"model": wire.RolVariants}})
    async def rol_update(ctx: Writer, uuid: UUID, body: RolBody) -> JSONResponse:
        data = _data(ctx, body)
        async with notifying() as outbox:
            doc = await rollen.update(common.actor(ctx, outbox), uuid, data, lambda r, z: _render(ctx, r, z))
        return JSONResponse(await _render(ctx, doc))

    @router.delete("/rollen/{uuid}", operation_id="rol_delete", status_code=204, summary="Verwijder een ROL van "
                   "een ZAAK.", dependencies=AUDIT, responses={204: {"description": "No content"}})
    async def rol_delete(ctx: Writer, uuid: UUID) -> Response:
        async with notifying() as outbox:
            await rollen.delete(common.actor(ctx, outbox), uuid, lambda r, z: _render(ctx, r, z))
        return Response(status_code=204)

    return router
