"""Live updates for frontends: GraphQL subscriptions over WebSocket that push the cloud events a webhook gets.

Every released cloud event is published on one Redis channel (`live_publisher`, registered by the API's lifespan),
so a subscriber connected to any API process gets the events of writes made in any other. Each subscription
filters them for its caller as REST reads do: `zaakGewijzigd(uuid)` the events of one zaak the caller may read,
`mijnZaken(betrokkene)` the events of the zaken where `betrokkene` (a Rol's betrokkene URL or a BSN) has a rol
and which the caller may read; every event is checked against the zaak as it is then (re-read by `_id`).
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncGenerator
from typing import Any
from urllib.parse import urlsplit
from uuid import UUID

import strawberry
from starlette.requests import HTTPConnection
from strawberry.exceptions import ConnectionRejectionError
from strawberry.fastapi import GraphQLRouter
from strawberry.scalars import JSON
from strawberry.types import Info
from strawberry.types.unset import UNSET, UnsetType

from zgw.core.auth import ApplicatieCache, authenticate
from zgw.core.settings import Settings
from zgw.domain.autorisaties.policy import Policy, Principal
from zgw.domain.cloudevents import live
from zgw.domain.cloudevents import types as event_types
from zgw.domain.cloudevents.live import CHANNEL
from zgw.domain.errors import DomainError, NotFound
from zgw.domain.zaken import access
from zgw.domain.zaken.documents import Rol, Zaak
from zgw.graphql.context import Context, context_of

logger = logging.getLogger(__name__)

live_publisher = live.publisher


@strawberry.type(description="Een cloud event (CloudEvents 1.0) over een zaak, zoals een webhook het ontvangt.")
class ZaakEvent:
    id: str
    type: str
    source: str
    subject: str
    time: str
    dataref: str | None
    data: JSON

    @classmethod
    def of(cls, event: dict[str, Any]) -> ZaakEvent:
        return cls(id=event["id"], type=event["type"], source=event["source"], subject=event.get("subject") or "",
                   time=event.get("time") or "", dataref=event.get("dataref"),
                   data=event.get("data") or {})  # type: ignore[arg-type]  # JSON is a NewType over object


async def _events(redis: Any) -> AsyncGenerator[dict[str, Any], None]:
    """The zaak events published from now on (any API process)."""
    pubsub = redis.pubsub()
    await pubsub.subscribe(CHANNEL)
    try:
        while True:
            message = await pubsub.get_message(ignore_subscribe_messages=True, timeout=1.0)
            if message is None or message.get("type") != "message":
                continue
            try:
                event = json.loads(message["data"])
            except ValueError:
                continue
            if isinstance(event, dict) and event.get("type") in event_types.ZAAK_TYPES:
                yield event
    finally:
        await pubsub.unsubscribe(CHANNEL)
        await pubsub.aclose()


def _path(url: str) -> str:
    return urlsplit(url).path if url.startswith(("http://", "https://")) else url


def _visible(policy: Policy, event: dict[str, Any], zaak: Zaak | None) -> bool:
    """May the caller read this zaak now (a deleted zaak: as the event describes it)?"""
    if zaak is not None:
        return access.may(policy, access.LEZEN, zaak)
    data = event.get("data") or {}
    return policy.allows_object(access.LEZEN, "zrc", _path(str(data.get("zaaktype") or "")),
                                str(data.get("vertrouwelijkheidaanduiding") or "") or None)


async def _zaak(subject: str) -> Zaak | None:
    try:
        return await Zaak.get(UUID(subject))
    except ValueError:
        return None


async def _has_rol(zaak: Zaak, betrokkene: str) -> bool:
    if not zaak.rollen:
        return False
    for rol in await Rol.find({"_id": {"$in": list(zaak.rollen)}}).to_list():
        if rol.zaak != zaak.ref:
            continue
        if rol.betrokkene and rol.betrokkene == betrokkene:
            return True
        if (rol.betrokkene_identificatie or {}).get("inpBsn") == betrokkene:
            return True
    return False


def _redis(info: Info[Any, Any]) -> Any:
    return context_of(info).http_request.state.redis


@strawberry.type
class Subscription:
    @strawberry.subscription(description="De cloud events van één zaak (die de aanroeper mag lezen), live.")
    async def zaak_gewijzigd(self, info: Info[Any, Any], uuid: UUID) -> AsyncGenerator[ZaakEvent, None]:
        policy = context_of(info).require(access.LEZEN)
        zaak = await Zaak.get(uuid)
        if zaak is None:
            raise NotFound()
        access.require(policy, access.LEZEN, zaak)
        async for event in _events(_redis(info)):
            if event.get("subject") != str(uuid):
                continue
            fresh = await _zaak(str(uuid)) if event["type"] != event_types.ZAAK_VERWIJDERD else None
            if _visible(policy, event, fresh if fresh is not None else zaak):
                yield ZaakEvent.of(event)
            if event["type"] == event_types.ZAAK_VERWIJDERD:
                return

    @strawberry.subscription(description="De cloud events van de zaken waarin `betrokkene` (de URL van een "
                                         "betrokkene of een BSN) een rol heeft en die de aanroeper mag lezen, live.")
    async def mijn_zaken(self, info: Info[Any, Any], betrokkene: str) -> AsyncGenerator[ZaakEvent, None]:
        policy = context_of(info).require(access.LEZEN)
        known: set[str] = set()  # zaken of the betrokkene seen in this subscription (for their zaak-verwijderd)
        async for event in _events(_redis(info)):
            subject = str(event.get("subject") or "")
            if event["type"] == event_types.ZAAK_VERWIJDERD:
                if subject in known and _visible(policy, event, None):
                    known.discard(subject)
                    yield ZaakEvent.of(event)
                continue
            zaak = await _zaak(subject)
            if zaak is None or not await _has_rol(zaak, betrokkene):
                continue
            known.add(subject)
            if _visible(policy, event, zaak):
                yield ZaakEvent.of(event)


async def connection_context(connection: HTTPConnection) -> Context:
    """The context for a WebSocket (and HTTP) connection: the same JWT check as REST, from the handshake's
    Authorization header."""
    settings: Settings = connection.state.settings
    cache: ApplicatieCache = connection.state.applicatie_cache
    principal: Principal | None = None
    error: DomainError | None = None
    try:
        principal = await authenticate(connection.headers.get("authorization"), settings, cache)
    except DomainError as exc:
        error = exc
    return Context(connection, settings, principal, error)  # type: ignore[arg-type]


class LiveRouter(GraphQLRouter[Context, None]):
    """Browsers cannot set headers on a WebSocket: the token may also come in `connection_init`'s payload
    (`{"Authorization": "Bearer …"}`); a refused token closes the connection (4403)."""

    async def on_ws_connect(self, context: Context) -> UnsetType | dict[str, object] | None:
        params = context.connection_params if isinstance(context.connection_params, dict) else {}
        header = params.get("Authorization") or params.get("authorization")
        if isinstance(header, str) and header:
            cache: ApplicatieCache = context.http_request.state.applicatie_cache
            try:
                principal = await authenticate(header, context.settings, cache)
            except DomainError as exc:
                raise ConnectionRejectionError() from exc
            # the Context authenticates from the handshake; the payload's token takes its place
            context.principal, context.auth_error, context._policy = principal, None, Policy(principal)
        unset: UnsetType = UNSET
        return unset


def subscriptions_router(settings: Settings) -> GraphQLRouter[Context, None]:
    """The WebSocket side of `/graphql` (graphql-transport-ws and graphql-ws)."""
    from zgw.graphql.schema import build_schema

    return LiveRouter(build_schema(settings), context_getter=connection_context, graphql_ide=None)


__all__ = ["CHANNEL", "Subscription", "ZaakEvent", "live_publisher", "subscriptions_router"]
