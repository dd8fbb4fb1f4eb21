"""The Documenten API component (Documenten 1.4.2 as Open Zaak serves it, plus Documenten 1.7.1's additions).

Routers: `zgw.rest.documenten.router.build()` (enkelvoudiginformatieobjecten, bestandsdelen, audittrail,
documentnummer_reserveren) and `zgw.rest.documenten.sub.router` (gebruiksrechten, objectinformatieobjecten,
verzendingen, document_registreren).
"""

from fastapi import FastAPI
from fastapi.routing import APIRouter

from zgw.rest.component import ComponentInfo, component_app
from zgw.rest.zaken.oas import finish

INFO = ComponentInfo(
    name="documenten",
    code="drc",
    title="Documenten API",
    version="1.4.2",
    description="Een API om een documentregistratiecomponent (DRC) te benaderen.\n\n"
    "Deze API publiceert notificaties op het kanaal `documenten`.",
    kanaal="documenten",
)


def routers() -> list[APIRouter]:
    from zgw.rest.documenten import sub
    from zgw.rest.documenten.router import build

    return [*build(), sub.router]


def create() -> FastAPI:
    return component_app(INFO, routers(), label_scopes=True, finish=finish)
