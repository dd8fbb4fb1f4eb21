"""Documenten sub-resources: gebruiksrechten, objectinformatieobjecten, verzendingen (and document_registreren);
`router` is included by `zgw.rest.documenten.routers()`."""

from fastapi.routing import APIRouter

from zgw.rest.component import zgw_router


def _build() -> APIRouter:
    from zgw.rest.documenten.sub import routes

    out = zgw_router()
    for part in (routes.gebruiksrechten_router(), routes.oio_router(), routes.verzendingen_router(),
                 routes.registreren_router()):
        out.routes.extend(part.routes)  # the routes themselves: the OAS security labels are read per route
    return out


router = _build()
