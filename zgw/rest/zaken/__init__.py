"""The Zaken API component (Zaken 1.5.1 as Open Zaak serves it, plus Zaken 1.7.0's additions).

Routers: `zgw.rest.zaken.router.build()` (zaken, zaakeigenschappen, audittrail) and, when present,
`zgw.rest.zaken.sub.router` (statussen, resultaten, rollen, zaakobjecten, klantcontacten,
zaakcontactmomenten, zaakverzoeken).
"""

import importlib
from typing import Any

from fastapi import FastAPI
from fastapi.routing import APIRouter

from zgw.rest.catalogi import _security_labels
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
    from zgw.rest.zaken.router import build

    out = build()
    try:
        sub = importlib.import_module("zgw.rest.zaken.sub")
    except ModuleNotFoundError:
        sub = None
    if sub is not None and getattr(sub, "router", None) is not None:
        out.append(sub.router)
    return out


def create() -> FastAPI:
    built = routers()
    app = component_app(INFO, built)
    generate = app.state.document
    labels = _security_labels(built)

    def document() -> dict[str, Any]:
        oas: dict[str, Any] = generate()
        if not getattr(app.state, "security_labelled", False):
            for path, ops in oas.get("paths", {}).items():
                for method, op in ops.items():
                    if isinstance(op, dict) and (path, method) in labels:
                        op["security"] = [{"JWT-Claims": labels[(path, method)]}]
            app.state.security_labelled = True
        return finish(oas)

    app.state.document = document
    return app
