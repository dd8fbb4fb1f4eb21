"""Cloud events over HTTP: the request scope that sends one event per request per zaak, and Open Zaak's
incoming webhook `POST /events` (structured CloudEvents 1.0, scope `cloudevents.bezorgen`)."""

from __future__ import annotations

import json
from typing import Annotated, Any
from uuid import UUID

from cloudevents.core.bindings import http
from fastapi import APIRouter, Depends, Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from zgw.domain import cloudevents
from zgw.domain.autorisaties.policy import Policy, Principal
from zgw.domain.autorisaties.scopes import Scope as ZgwScope
from zgw.domain.cloudevents import delivery, incoming
from zgw.domain.cloudevents import outbox as event_outbox
from zgw.domain.errors import InvalidParam, PermissionDenied, UnsupportedMediaType, ValidationFailed
from zgw.domain.notifications.service import notifying
from zgw.domain.zaken.documents import ZaakObject
from zgw.domain.zaken.subresources import Actor
from zgw.rest.deps import RequestContext, context, requires
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

    @router.get("/events/outbox")
    async def undelivered(ctx: Beheerder, status: str = "undelivered", limit: int = 50) -> JSONResponse:
        """Undelivered cloud event messages (`status=all`: delivered ones too), oldest first; superuser only."""
        found = await delivery.undelivered(include_delivered=status == "all", limit=max(1, min(limit, 500)))
        return JSONResponse([_rendered(m) for m in found])

    @router.post("/events/outbox/retry", status_code=202)
    async def retry_now(ctx: Beheerder, request: Request) -> JSONResponse:
        """"Retry now": `{"ids": [...]}` (default: every undelivered message) or `{"failed": true}`."""
        try:
            body = json.loads(await request.body() or b"{}")
        except ValueError:
            raise ValidationFailed.field("body", "parse_error", "De inhoud is geen geldige JSON.") from None
        if not isinstance(body, dict):
            raise ValidationFailed.field("body", "invalid", "Een JSON-object verwacht.")
        try:
            ids = [UUID(str(i)) for i in body["ids"]] if body.get("ids") is not None else None
        except (TypeError, ValueError):
            raise ValidationFailed.field("ids", "invalid", "Een lijst van message-ids (UUID) verwacht.") from None
        chosen = await delivery.retry(ids, failed_only=bool(body.get("failed")))
        await event_outbox.dispatch(chosen, [])
        return JSONResponse({"retrying": [str(i) for i in chosen]}, status_code=202)

    return router


async def _beheerder(request: Request) -> RequestContext:
    ctx = await context(request)
    if not ctx.policy.superuser:
        raise PermissionDenied()
    return ctx


Beheerder = Annotated[RequestContext, Depends(_beheerder)]


def _rendered(m: dict[str, Any]) -> dict[str, Any]:
    def moment(value: Any) -> str | None:
        return value.isoformat().replace("+00:00", "Z") if value is not None else None

    return {"id": str(m["_id"]), "eventId": m["event_id"], "receiver": m["receiver"], "type": m["type"],
            "subject": m["subject"], "status": m["status"], "attempts": m.get("attempts", 0),
            "lastError": m.get("last_error") or "", "aanmaakdatum": moment(m.get("aanmaakdatum")),
            "nextAttemptAt": moment(m.get("next_attempt_at")), "deliveredAt": moment(m.get("delivered_at"))}
