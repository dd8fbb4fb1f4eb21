"""Cloud events over HTTP: the request scope that sends one event per request per zaak, and Open Zaak's
incoming webhook `POST /events` (structured CloudEvents 1.0, scope `cloudevents.bezorgen`)."""

from __future__ import annotations

import json
from typing import Annotated, Any

from cloudevents.core.bindings import http
from fastapi import APIRouter, Depends, Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from zgw.domain import cloudevents
from zgw.domain.autorisaties.policy import Policy, Principal
from zgw.domain.autorisaties.scopes import Scope as ZgwScope
from zgw.domain.cloudevents import incoming
from zgw.domain.errors import InvalidParam, UnsupportedMediaType, ValidationFailed
from zgw.domain.notifications.service import notifying
from zgw.domain.zaken.documents import ZaakObject
from zgw.domain.zaken.subresources import Actor
from zgw.rest.deps import RequestContext, requires
from zgw.rest.jsonresponse import JSONResponse
from zgw.rest.zaken.sub import common

BEZORGEN = ZgwScope("cloudevents.bezorgen", "nrc")
CONTENT_TYPE = "application/cloudevents+json"
Bezorger = Annotated[RequestContext, Depends(requires(BEZORGEN))]


class CloudEventScope:
    """Collect the cloud events of one HTTP request and release them once its handler is done (before the
    response goes out, so a client that got its answer finds the events in the outbox)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        async with cloudevents.request_scope() as collector:
            async def sending(message: Message) -> None:
                if message["type"] == "http.response.start" and not collector.flushed:
                    collector.flushed = True
                    await collector.flush()
                await send(message)

            try:
                await self.app(scope, receive, sending)
            finally:
                if not collector.flushed:
                    collector.flushed = True
                    await collector.flush()


def _malformed(reason: str) -> ValidationFailed:
    return ValidationFailed([InvalidParam("cloudevent", "malformed-cloudevent", reason)],
                            detail="Dit is geen geldig CloudEvent (1.0, structured JSON).")


def events_router() -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.post("/events", status_code=202)
    async def receive_event(ctx: Bezorger, request: Request) -> JSONResponse:
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type != CONTENT_TYPE:
            raise UnsupportedMediaType(f'Alleen "{CONTENT_TYPE}" (structured mode) wordt hier ontvangen.')
        body = await request.body()
        try:
            raw = json.loads(body)
        except ValueError:
            raise _malformed("De inhoud is geen geldige JSON.") from None
        if not isinstance(raw, dict):
            raise _malformed("Een CloudEvent is een JSON-object.")
        if raw.get("specversion") != "1.0":
            raise _malformed('Alleen specversion "1.0" wordt ondersteund.')
        try:
            event = http.from_http_event(http.HTTPMessage(headers={"content-type": CONTENT_TYPE}, body=body))
        except Exception as exc:  # the SDK raises validation, type and value errors alike
            raise _malformed(str(exc)) from None
        actor_policy = Policy(Principal(client_id=ctx.principal.client_id,
                                        applicatie_uuid=ctx.principal.applicatie_uuid,
                                        applicatie_label=ctx.principal.applicatie_label, superuser=True))

        async def render(doc: Any, zaak: Any) -> Any:
            return common.render_zaakobject(doc, ctx.urls)

        async with notifying() as outbox:
            actor = Actor(actor_policy, ctx.urls.of, f"cloud event {event.get_type()} {event.get_id()}", outbox)
            outcome = await incoming.handle(event.get_type(), event.get_data(), actor, render)
        return JSONResponse({"accepted": True, "event_id": event.get_id(), "action": outcome.action,
                             "zaakobjecten": [ctx.urls.of(f"{ZaakObject.PATH}/{u}") for u in outcome.zaakobjecten]},
                            status_code=202)

    return router
