"""The Autorisaties API component."""

from fastapi import FastAPI

from zgw.rest.component import ComponentInfo, component_app

INFO = ComponentInfo(
    name="autorisaties",
    code="ac",
    title="Autorisaties API",
    version="1.0.0",
    description="Een API om een autorisatiecomponent (AC) te benaderen.\n\n"
    "Deze API publiceert notificaties op het kanaal `autorisaties`.",
    kanaal="autorisaties",
)


def create() -> FastAPI:
    from zgw.rest.autorisaties.router import router

    return component_app(INFO, [router])
