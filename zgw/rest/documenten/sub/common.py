"""Shared plumbing of the Documenten sub-resources: the caller, incoming URLs, rendering, expand."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

from zgw.domain.documenten.documents import EnkelvoudigInformatieObject
from zgw.domain.documenten.gebruiksrechten import Gebruiksrechten
from zgw.domain.documenten.objectinformatieobjecten import ObjectInformatieObject
from zgw.domain.documenten.verzendingen import Verzending
from zgw.domain.errors import InvalidParam, ValidationFailed
from zgw.domain.zaken.subresources import Actor, aware
from zgw.rest.deps import RequestContext
from zgw.rest.urls import Resource, UrlRefused, Urls, parse_ref

Rendered = dict[str, Any]
INFORMATIEOBJECT = Resource(EnkelvoudigInformatieObject.PATH, "informatieobject")


def actor(ctx: RequestContext, outbox: Any = None) -> Actor:
    return Actor(ctx.policy, ctx.urls.of, ctx.request.headers.get("x-audit-toelichting", ""), outbox)


def informatieobject_ref(ctx: RequestContext, data: dict[str, Any]) -> dict[str, Any]:
    """The incoming informatieobject URL as a stored reference (Open Zaak's URL codes when refused)."""
    value = data.get("informatieobject")
    if value:
        try:
            data["informatieobject"] = parse_ref(value, INFORMATIEOBJECT, ctx.local_hosts())
        except UrlRefused as refused:
            raise ValidationFailed([refused.param("informatieobject")]) from None
    return data


def moment(value: datetime | None) -> str | None:
    if value is None:
        return None
    return aware(value).isoformat().replace("+00:00", "Z")


def day(value: date | str | None) -> str | None:
    return value.isoformat() if isinstance(value, date) else value


def refused(name: str, code: str, reason: str) -> ValidationFailed:
    return ValidationFailed([InvalidParam(name, code, reason)])


def render_gebruiksrechten(doc: Gebruiksrechten, urls: Urls) -> Rendered:
    return {"url": urls.of(doc.ref), "informatieobject": urls.of(doc.informatieobject),
            "startdatum": moment(doc.startdatum), "einddatum": moment(doc.einddatum),
            "omschrijvingVoorwaarden": doc.omschrijving_voorwaarden}


def render_oio(doc: ObjectInformatieObject, urls: Urls) -> Rendered:
    return {"url": urls.of(doc.ref), "informatieobject": urls.of(doc.informatieobject),
            "object": urls.of(doc.object), "objectType": doc.object_type}


def render_verzending(doc: Verzending, urls: Urls) -> Rendered:
    return {
        "url": urls.of(doc.ref), "betrokkene": doc.betrokkene, "informatieobject": urls.of(doc.informatieobject),
        "aardRelatie": doc.aard_relatie, "toelichting": doc.toelichting, "ontvangstdatum": doc.ontvangstdatum,
        "verzenddatum": doc.verzenddatum, "contactPersoon": doc.contact_persoon,
        "contactpersoonnaam": doc.contactpersoonnaam,
        "binnenlandsCorrespondentieadres": doc.binnenlands_correspondentieadres,
        "buitenlandsCorrespondentieadres": doc.buitenlands_correspondentieadres,
        "correspondentiePostadres": doc.correspondentie_postadres,
        "faxnummer": doc.faxnummer, "emailadres": doc.emailadres, "mijnOverheid": doc.mijn_overheid,
        "telefoonnummer": doc.telefoonnummer,
    }


def renderer(render: Callable[[Any, Urls], Rendered], ctx: RequestContext) -> Callable[[Any], Awaitable[Rendered]]:
    async def out(doc: Any) -> Rendered:
        return render(doc, ctx.urls)
    return out


async def expand_informatieobject(ctx: RequestContext, bodies: list[Rendered], expand: str | None) -> None:
    """`expand=informatieobject` (the only expandable field of these resources): the informatieobjecten the
    caller may read, read at once by `_id`, rendered as the Documenten API renders them."""
    if not expand or not bodies:
        return
    names = [n.strip() for n in expand.split(",") if n.strip()]
    unknown = [n for n in names if n.split(".")[0] != "informatieobject"]
    if unknown:
        raise refused("expand", "invalid", f"Ongeldige expand: {', '.join(unknown)}")
    from zgw.domain.documenten import access
    from zgw.domain.documenten.objectinformatieobjecten import eio_id
    from zgw.domain.repository import get_many
    from zgw.rest.documenten import render

    ids = {b["informatieobject"]: eio_id(urlsplit(b["informatieobject"]).path) for b in bodies}
    found = {d.id: d for d in await get_many(EnkelvoudigInformatieObject, [i for i in ids.values() if i])}
    for body in bodies:
        eio = found.get(ids[body["informatieobject"]])  # type: ignore[arg-type]
        shown = eio is not None and access.may(ctx.policy, access.LEZEN, eio)
        body["_expand"] = {"informatieobject": render.eio(eio, ctx.urls) if shown and eio else None}
