"""`POST /zaaknummer_reserveren` (Open Zaak, Zaken 1.7.0) and its older alias `POST /reserveer_zaaknummer`."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends

from zgw.domain.zaken import access, zaaknummers
from zgw.rest.component import zgw_router
from zgw.rest.deps import RequestContext, requires
from zgw.rest.jsonresponse import JSONResponse
from zgw.rest.zaken import wire

Creator = Annotated[RequestContext, Depends(requires(access.AANMAKEN))]
# one object, or a list when `aantal` > 1 (both specs' description; Open Zaak's OneOrMultipleZaakIdentificaties)
ANSWER: Any = wire.ReserveZaakIdentificatie | list[wire.ReserveZaakIdentificatie]
RESPONSES: dict[int | str, dict[str, Any]] = {201: {"model": ANSWER}, 412: {"description": "Precondition failed"}}
DESCRIPTION = ("Reserveer een zaaknummer binnen een specifieke bronorganisatie zonder direct een Zaak aan te maken. "
               "Dit zaaknummer zal toegekend worden aan de eerstvolgende Zaak die met dit zaaknummer wordt "
               "aangemaakt binnen de bronorganisatie en het zaaknummer kan daarna niet hergebruikt worden; het "
               "wordt nooit automatisch aan een andere zaak uitgegeven.\n\n"
               "Als `aantal` niet wordt opgegeven of gelijk is aan 1, wordt een enkel object teruggegeven.\n"
               "Als `aantal > 1`, wordt een lijst van objecten teruggegeven.")


async def _reserve(body: wire.ReserveZaakIdentificatieRequest) -> JSONResponse:
    aantal = body.aantal or 1
    numbers = await zaaknummers.reserve(str(body.bronorganisatie), aantal)
    answer: Any = [{"zaaknummer": n} for n in numbers] if aantal > 1 else {"zaaknummer": numbers[0]}
    return JSONResponse(answer, status_code=201)


def build() -> APIRouter:
    router = zgw_router(tags=["zaken"])

    @router.post("/zaaknummer_reserveren", operation_id="zaaknummer_reserveren", status_code=201,
                 summary="Reserveer een zaaknummer", description=DESCRIPTION, responses=RESPONSES)
    async def zaaknummer_reserveren(ctx: Creator, body: wire.ReserveZaakIdentificatieRequest) -> JSONResponse:
        return await _reserve(body)

    @router.post("/reserveer_zaaknummer", operation_id="zaak_reserveer_zaaknummer", status_code=201,
                 summary="Reserveer een zaaknummer", deprecated=True,
                 description="LET OP: dit endpoint is verouderd en zal in de toekomst verwijderd worden, gebruik in "
                             "plaats van dit endpoint `/zaaknummer_reserveren`\n\n" + DESCRIPTION,
                 responses=RESPONSES)
    async def reserveer_zaaknummer(ctx: Creator, body: wire.ReserveZaakIdentificatieRequest) -> JSONResponse:
        return await _reserve(body)

    return router
