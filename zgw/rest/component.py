"""One FastAPI application per ZGW component, with the plumbing every component shares."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any

import yaml
from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute, APIRouter
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from zgw.domain.errors import DomainError, InvalidParam, NotAcceptable, UnsupportedMediaType, ValidationFailed
from zgw.rest import problems
from zgw.rest.jsonresponse import JSONResponse
from zgw.rest.validation import invalid_params, is_json_error

ACCEPTABLE = ("application/json", "application/*", "*/*", "application/problem+json")
JSON_TYPES = ("application/json",)


def _acceptable(accept: str) -> bool:
    if not accept:
        return True
    for part in accept.split(","):
        media = part.split(";")[0].strip().lower()
        if media in ACCEPTABLE or media.endswith("+json"):
            return True
    return False


def walk(dependant: Dependant) -> list[Dependant]:
    """A dependant and all its sub-dependencies, depth first."""
    out = [dependant]
    for sub in dependant.dependencies:
        out.extend(walk(sub))
    return out


class ZGWRoute(APIRoute):
    """Refuses unknown query parameters, wrong content types and unacceptable Accept headers."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()
        allowed = {param.alias for dep in walk(self.dependant) for param in dep.query_params}
        has_body = self.body_field is not None

        async def route(request: Request) -> Response:
            unknown = sorted(set(request.query_params.keys()) - allowed)
            if unknown:
                raise ValidationFailed(
                    [InvalidParam("nonFieldErrors", "unknown-parameters",
                                  f"Onbekende query parameters: {', '.join(unknown)}")],
                )
            if not _acceptable(request.headers.get("accept", "")):
                raise NotAcceptable()
            if has_body and request.method in ("POST", "PUT", "PATCH"):
                content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
                if content_type not in JSON_TYPES:
                    raise UnsupportedMediaType(f'Ongeldige media type "{content_type}" in aanvraag.')
            return await handler(request)

        return route


def zgw_router(**kwargs: Any) -> APIRouter:
    return APIRouter(route_class=ZGWRoute, **kwargs)


class VersionHeader:
    """Adds `API-version` to every response of a component (pure ASGI, cheap)."""

    def __init__(self, app: ASGIApp, version: str) -> None:
        self.app = app
        self.header = (b"api-version", version.encode())

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_header(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], self.header]
            await send(message)

        await self.app(scope, receive, send_with_header)


def install_error_handlers(app: FastAPI) -> None:
    async def domain_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, DomainError)
        return problems.from_domain(request, exc)

    async def request_validation(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        errors = list(exc.errors())
        if errors and all(err.get("loc", ("",))[0] == "path" for err in errors):
            # A malformed id in the path names no resource: 404, as Open Zaak's URL patterns answer.
            return problems.problem_response(request, status=404, code="not_found", title="Niet gevonden.",
                                             detail="Niet gevonden.", type_name="NotFound")
        if is_json_error(errors):
            return problems.problem_response(
                request, status=400, code="parse_error", title="Ongeldig samengestelde request.",
                detail="JSON parse error - de inhoud van het verzoek is geen geldige JSON.", type_name="ParseError",
                params=[])
        return problems.from_domain(request, ValidationFailed(invalid_params(errors)))

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        if exc.status_code == 405:
            return problems.problem_response(
                request, status=405, code="method_not_allowed", title=f'Methode "{request.method}" niet toegestaan.',
                detail=f'Methode "{request.method}" niet toegestaan.', type_name="MethodNotAllowed",
                headers=dict(exc.headers or {}))
        if exc.status_code == 400:  # FastAPI could not read the body (e.g. not UTF-8)
            return problems.problem_response(
                request, status=400, code="parse_error", title="Ongeldig samengestelde request.",
                detail="De inhoud van het verzoek kon niet gelezen worden.", type_name="ParseError", params=[])
        if exc.status_code == 404:
            return problems.problem_response(request, status=404, code="not_found", title="Niet gevonden.",
                                             detail="Niet gevonden.", type_name="NotFound")
        return problems.problem_response(request, status=exc.status_code, code="error", title=str(exc.detail),
                                         detail=str(exc.detail), type_name="APIException")

    async def server_error(request: Request, exc: Exception) -> Response:
        return problems.server_error(request, exc)

    app.add_exception_handler(DomainError, domain_error)
    app.add_exception_handler(RequestValidationError, request_validation)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(Exception, server_error)


@dataclass(frozen=True)
class ComponentInfo:
    name: str          # "autorisaties"
    code: str          # "ac"
    title: str         # "Autorisaties API"
    version: str       # "1.0.0"
    description: str
    kanaal: str | None = None

    @property
    def root(self) -> str:
        return f"/{self.name}/api/v1"


def scope_labels(routers: list[APIRouter]) -> dict[tuple[str, str], list[str]]:
    """Per operation the scope leaves plus the composed label as Open Zaak writes it ("(a | b)")."""
    from zgw.rest.deps import scope_of  # late: deps pulls in the gateway

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


def component_app(info: ComponentInfo, routers: list[APIRouter], *, label_scopes: bool = False,
                  finish: Callable[[dict[str, Any]], dict[str, Any]] | None = None) -> FastAPI:
    """A component's app. `label_scopes`: each operation's security lists its scopes as Open Zaak
    writes them (leaves and "(a | b)"); `finish`: a last pass over the generated document."""
    app = FastAPI(title=info.title, version=info.version, description=info.description,
                  openapi_url=None, docs_url=None, redoc_url=None)
    install_error_handlers(app)
    for router in routers:
        app.include_router(router)

    from zgw.rest.openapi import component_openapi  # late: the generator imports routing helpers

    def document() -> dict[str, Any]:
        if not hasattr(app.state, "oas"):
            generated = component_openapi(app, info)
            if label_scopes:
                labels = scope_labels(routers)
                for path, ops in generated.get("paths", {}).items():
                    for method, op in ops.items():
                        if isinstance(op, dict) and (path, method) in labels:
                            op["security"] = [{"JWT-Claims": labels[(path, method)]}]
            app.state.oas = finish(generated) if finish else generated
        oas: dict[str, Any] = app.state.oas
        return oas

    @app.get("/schema/openapi.json", include_in_schema=False)
    async def openapi_json() -> JSONResponse:
        return JSONResponse(document())

    @app.get("/schema/openapi.yaml", include_in_schema=False)
    async def openapi_yaml() -> Response:
        return Response(yaml.safe_dump(document(), sort_keys=False, allow_unicode=True),
                        media_type="application/vnd.oai.openapi")

    app.state.info = info
    app.state.document = document
    app.add_middleware(VersionHeader, version=info.version)
    return app
