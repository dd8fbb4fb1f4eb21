"""The Besluiten API component (Besluiten "1.1.0" as Open Zaak serves it — HEAD/ETag, besluit_verwerken — plus
the official 1.1.0's `expand`).

Routers: `zgw.rest.besluiten.router.build()` (besluiten, audittrail, besluitinformatieobjecten,
besluit_verwerken). The zaak side (`/zaken/{uuid}/besluiten`) is `zgw.rest.besluiten.zaakbesluiten`, mounted
by the Zaken component.
"""

from fastapi import FastAPI
from fastapi.routing import APIRouter

from zgw.rest.component import ComponentInfo, component_app
from zgw.rest.zaken.oas import finish

INFO = ComponentInfo(
    name="besluiten",
    code="brc",
    title="Besluiten API",
    version="1.1.0",
    description="Een API om een besluitregistratiecomponent (BRC) te benaderen.\n\n"
    "Deze API publiceert notificaties op het kanaal `besluiten`.",
    kanaal="besluiten",
)


def routers() -> list[APIRouter]:
    from zgw.rest.besluiten.router import build

    return build()


def create() -> FastAPI:
    return component_app(INFO, routers(), label_scopes=True, finish=finish)
