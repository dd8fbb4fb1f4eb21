"""The Catalogi API component (Catalogi 1.3.1 as Open Zaak serves it, plus Catalogi 1.3.3's additions)."""

from fastapi import FastAPI

from zgw.rest.component import ComponentInfo, component_app

INFO = ComponentInfo(
    name="catalogi",
    code="ztc",
    title="Catalogi API",
    version="1.3.1",
    description="Een API om een zaaktypecatalogus (ZTC) te benaderen.\n\n"
    "Deze API publiceert notificaties op de kanalen `zaaktypen`, `informatieobjecttypen` en `besluittypen`.",
    kanaal="zaaktypen",
)


def create() -> FastAPI:
    from zgw.rest.catalogi.router import build

    return component_app(INFO, build(), label_scopes=True)
