"""The application: REST components mounted under their roots, sharing one lifespan."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any, TypedDict
from uuid import UUID

import redis.asyncio as aioredis
from fastapi import FastAPI
from fastapi.routing import APIWebSocketRoute
from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from zgw.core.auth import ApplicatieCache
from zgw.core.db import init_db
from zgw.core.settings import Settings, analytics_dir, get_settings
from zgw.domain import analytics
from zgw.domain import documenten as documenten_domain
from zgw.domain import services as services_domain
from zgw.domain import zaken as zaken_domain
from zgw.domain.audit import service as audit_service
from zgw.domain.autorisaties import service as autorisaties_service
from zgw.domain.catalogi import version as catalogi_version
from zgw.domain.documenten import indexing as documenten_index
from zgw.domain.notifications import service as notifications
from zgw.graphql.export import router as export_router
from zgw.rest import problems
from zgw.rest.component import install_error_handlers
from zgw.rest.components import COMPONENTS
from zgw.rest.events import CloudEventScope, events_router
from zgw.rest.jsonresponse import JSONResponse

logger = logging.getLogger(__name__)


class State(TypedDict):
    settings: Settings
    applicatie_cache: ApplicatieCache
    mongo: Any
    redis: aioredis.Redis


class BodyLimit:
    """Refuse bodies over MAX_BODY_SIZE before anything reads them (413 problem+json)."""

    def __init__(self, app: ASGIApp, limit: int, larger: dict[str, int] | None = None) -> None:
        self.app = app
        self.limit = limit
        self.larger = larger or {}  # path prefix -> its own limit (documents' content)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            length = dict(scope.get("headers", [])).get(b"content-length")
            path = scope.get("path", "")
            limit = next((v for k, v in self.larger.items() if path.startswith(k)), self.limit)
            if length is not None and (not length.isdigit() or int(length) > limit):
                response = problems.problem_response(
                    None, status=413, code="request_too_large", title="De aanvraag is te groot.",
                    detail=f"De inhoud van de aanvraag is groter dan {limit} bytes.", type_name="RequestTooLarge")
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


def _celery_dispatcher(settings: Settings) -> notifications.Dispatcher | None:
    if not settings.notificaties_api_root:
        return None  # messages stay in the outbox, visible; nothing fails

    from zgw.workers.app import use_broker

    # The Celery app reads REDIS_URL at import; an app built with other settings sends there.
    use_broker(settings.redis_url)

    async def dispatch(ids: list[UUID]) -> None:
        from zgw.workers.notifications import enqueue

        await enqueue(ids)

    return dispatch


def _configure_cloudevents(settings: Settings) -> None:
    """Cloud events: the environment's configuration, and their delivery queued on Celery."""
    from zgw.domain.cloudevents import config as cloudevents_config
    from zgw.domain.cloudevents import outbox as cloudevents_outbox

    cloudevents_config.configure(cloudevents_config.from_settings(settings))
    from zgw.domain.cloudevents import convenience_finished
    from zgw.domain.zaken import convenience

    convenience.finished = convenience_finished  # zaak_registreren … zaak_afsluiten: their own event type

    async def dispatch(ids: list[UUID]) -> None:
        from zgw.workers.app import use_broker
        from zgw.workers.cloudevents import enqueue

        use_broker(settings.redis_url)
        await enqueue(ids)

    cloudevents_outbox.set_dispatcher(dispatch)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[State]:
        client = await init_db(settings)
        await audit_service.ensure_trails()  # a fresh store: trails are read by _id from the start
        redis_client = aioredis.Redis.from_url(settings.redis_url)
        zaken_domain.configure(redis_client)
        documenten_domain.configure(redis_client)
        documenten_index.configure(redis_client)  # the informatieobjecten list by key (zgw.domain.documenten.indexing)
        catalogi_version.configure(redis_client)
        services_domain.configure(redis_client)  # the external services registry's cache version
        analytics.configure(redis_client, analytics_dir(settings))
        cache = ApplicatieCache(settings.applicatie_cache_seconds)
        autorisaties_service.on_change(cache.forget)
        notifications.configure(enabled=not settings.notifications_disabled,
                                dispatcher=_celery_dispatcher(settings))
        _configure_cloudevents(settings)
        from zgw.domain.cloudevents import live
        from zgw.domain.cloudevents import outbox as cloudevents_outbox

        publish_live = live.publisher(redis_client)  # GraphQL subscriptions on any API process
        cloudevents_outbox.add_listener(publish_live)
        try:
            yield {"settings": settings, "applicatie_cache": cache, "mongo": client, "redis": redis_client}
        finally:
            cloudevents_outbox.remove_listener(publish_live)
            await redis_client.aclose()
            await client.close()

    app = FastAPI(title="ZGW Gateway", lifespan=lifespan, openapi_url=None, docs_url=None, redoc_url=None)
    install_error_handlers(app)
    app.include_router(export_router)  # /graphql/export/zaken.csv|.ndjson (before anything under /graphql)
    app.include_router(events_router())  # POST /events: incoming cloud events (Open Zaak's webhook)
    for component in COMPONENTS:
        sub = component.create()
        app.mount(component.INFO.root, sub)

    from zgw.graphql.router import graphql_router
    from zgw.graphql.subscriptions import subscriptions_router

    # subscriptions (WebSocket) first: their context reads a WebSocket's handshake; HTTP stays with the router below
    live = subscriptions_router(settings)
    live.routes[:] = [r for r in live.routes if isinstance(r, APIWebSocketRoute)]
    app.include_router(live, prefix="/graphql")
    app.include_router(graphql_router(settings), prefix="/graphql")

    @app.get("/", include_in_schema=False)
    async def index(request: Request) -> JSONResponse:
        base = f"{request.url.scheme}://{request.headers.get('host', request.url.netloc)}"
        return JSONResponse({
            c.INFO.name: {"root": f"{base}{c.INFO.root}/", "schema": f"{base}{c.INFO.root}/schema/openapi.yaml",
                          "version": c.INFO.version}
            for c in COMPONENTS
        })

    documenten_limit = settings.max_body_size + max(settings.documenten_max_inhoud_size * 4 // 3,
                                                    settings.documenten_upload_chunk_size)
    app.add_middleware(CloudEventScope)  # one cloud event per request per zaak, released when the handler is done
    app.add_middleware(BodyLimit, limit=settings.max_body_size, larger={"/documenten/api/v1/": documenten_limit})
    return app
