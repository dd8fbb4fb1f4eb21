"""The Zaken API component (Zaken 1.5.1 as Open Zaak serves it, plus Zaken 1.7.0's additions).

Routers: `zgw.rest.zaken.router.build()` (zaken, zaakeigenschappen, audittrail) and
`zgw.rest.zaken.sub.router` (statussen, resultaten, rollen, zaakobjecten, klantcontacten,
zaakcontactmomenten, zaakverzoeken).
"""

from fastapi import FastAPI
from fastapi.routing import APIRouter

from zgw.rest.component import ComponentInfo, component_app
from zgw.rest.zaken.oas import finish

INFO = ComponentInfo(
    name="zaken",
    code="zrc",
    title="Zaken API",
    version="1.5.1",
    description="Een API om een zaakregistratiecomponent (ZRC) te benaderen.\n\n"
    "Deze API publiceert notificaties op het kanaal `zaken`.",
    kanaal="zaken",
)


def routers() -> list[APIRouter]:
    from zgw.rest.besluiten import zaakbesluiten
    from zgw.rest.zaken import sub
    from zgw.rest.zaken.router import build

    return [*build(), sub.router, zaakbesluiten.build()]


def create() -> FastAPI:
    return component_app(INFO, routers(), label_scopes=True, finish=finish)
