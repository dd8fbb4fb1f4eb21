"""The Catalogi API component (Catalogi 1.3.1 as Open Zaak serves it, plus Catalogi 1.3.3's additions)."""

from typing import Any

from fastapi import FastAPI
from fastapi.routing import APIRoute, APIRouter

from zgw.rest.component import ComponentInfo, component_app, walk
from zgw.rest.deps import scope_of

INFO = ComponentInfo(
    name="catalogi",
    code="ztc",
    title="Catalogi API",
    version="1.3.1",
    description="Een API om een zaaktypecatalogus (ZTC) te benaderen.\n\n"
    "Deze API publiceert notificaties op de kanalen `zaaktypen`, `informatieobjecttypen` en `besluittypen`.",
    kanaal="zaaktypen",
)


def _security_labels(routers: list[APIRouter]) -> dict[tuple[str, str], list[str]]:
    """Per operation the scope leaves plus the composed label as Open Zaak writes it ("(a | b)")."""
    out: dict[tuple[str, str], list[str]] = {}
    for router in routers:
        for route in router.routes:
            if not isinstance(route, APIRoute):
                continue
            for dep in walk(route.dependant):
                scope = scope_of(dep.call)
                if scope is not None:
                    leaves = scope.labels()
                    flat = f"({' | '.join(leaves)})" if scope.operator == "or" else scope.label
                    labels = sorted({*leaves, scope.label, flat})
                    for method in route.methods or ():
                        out[(route.path_format, method.lower())] = labels
    return out


def create() -> FastAPI:
    from zgw.rest.catalogi.router import build

    routers = build()
    app = component_app(INFO, routers)
    generate = app.state.document
    labels = _security_labels(routers)

    def document() -> dict[str, Any]:
        oas: dict[str, Any] = generate()
        if not getattr(app.state, "security_labelled", False):
            for path, ops in oas.get("paths", {}).items():
                for method, op in ops.items():
                    if isinstance(op, dict) and (path, method) in labels:
                        op["security"] = [{"JWT-Claims": labels[(path, method)]}]
            app.state.security_labelled = True
        return oas

    app.state.document = document
    return app
