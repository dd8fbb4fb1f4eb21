"""Audit trails: nested `…/{hoofdobject_uuid}/audittrail` endpoints and a helper to record entries.

Zaken, Documenten and Besluiten each mount `audittrail_router(...)` with their own way of
loading the hoofdobject (existence and object-level autorisatie); writes call `audit(...)`.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Annotated, Any
from uuid import UUID

from fastapi import Depends, Path
from fastapi.routing import APIRouter
from pydantic import BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel

from zgw.domain.audit import service
from zgw.domain.audit.documents import AuditRecord
from zgw.domain.autorisaties.scopes import Scope
from zgw.rest.component import zgw_router
from zgw.rest.deps import RequestContext, requires
from zgw.rest.jsonresponse import JSONResponse
from zgw.rest.urls import Urls

BRONNEN = {
    "ac": "Autorisaties API", "nrc": "Notificaties API", "zrc": "Zaken API", "ztc": "Catalogi API",
    "drc": "Documenten API", "brc": "Besluiten API", "cmc": "Contactmomenten API", "kc": "Klanten API",
    "vrc": "Verzoeken API",
}
ACTIES = {
    "create": "Object aangemaakt", "list": "Lijst van objecten opgehaald", "retrieve": "Object opgehaald",
    "destroy": "Object verwijderd", "update": "Object bijgewerkt", "partial_update": "Object deels bijgewerkt",
}


def _choices(intro: str, values: dict[str, str]) -> str:
    return intro + "\n\nUitleg bij mogelijke waarden:\n\n" + "\n".join(f"* `{k}` - {v}" for k, v in values.items())


Url = Annotated[str, Field(max_length=1000, json_schema_extra={"format": "uri"})]


class Wire(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True)


class Wijzigingen(Wire):
    oud: dict[str, Any] | None = Field(None, description="Volledige JSON body van het object zoals dat bestond "
                                                         "voordat de actie heeft plaatsgevonden.")
    nieuw: dict[str, Any] | None = Field(None,
                                         description="Volledige JSON body van het object na de actie.")


class AuditTrail(Wire):
    """Documentation of what `render` produces."""

    uuid: UUID = Field(description="Unieke identificatie van de audit regel.")
    bron: str = Field(json_schema_extra={"enum": list(BRONNEN)},
                      description=_choices("De naam van het component waar de wijziging in is gedaan.", BRONNEN))
    applicatie_id: str = Field("", max_length=100,
                               description="Unieke identificatie van de applicatie, binnen de organisatie.")
    applicatie_weergave: str = Field("", max_length=200, description="Vriendelijke naam van de applicatie.")
    gebruikers_id: str = Field("", max_length=255, description="Unieke identificatie van de gebruiker die binnen de "
                                                              "organisatie herleid kan worden naar een persoon.")
    gebruikers_weergave: str = Field("", max_length=255, description="Vriendelijke naam van de gebruiker.")
    actie: str = Field(max_length=50, description=_choices(
        "De uitgevoerde handeling.\n\nDe bekende waardes voor dit veld zijn hieronder aangegeven, "
        "maar andere waardes zijn ook toegestaan", ACTIES))
    actie_weergave: str = Field("", max_length=200, description="Vriendelijke naam van de actie.")
    resultaat: int = Field(ge=100, le=599,
                           description="HTTP status code van de API response van de uitgevoerde handeling.")
    hoofd_object: Url = Field(description="De URL naar het hoofdobject van een component.")
    resource: str = Field(max_length=50, description="Het type resource waarop de actie gebeurde.")
    resource_url: Url = Field(description="De URL naar het object.")
    toelichting: str = Field("", description="Toelichting waarom de handeling is uitgevoerd.")
    resource_weergave: str = Field(max_length=200, description="Vriendelijke identificatie van het object.")
    aanmaakdatum: datetime = Field(json_schema_extra={"readOnly": True},
                              description="De datum waarop de handeling is gedaan.")
    wijzigingen: Wijzigingen


def _rebased(url: str, old_base: str | None, urls: Urls) -> str:
    """A URL recorded under an earlier host name, rendered with this request's base."""
    if old_base and url.startswith(old_base + "/"):
        return urls.base + url[len(old_base):]
    return url


def render(record: AuditRecord, urls: Urls) -> dict[str, Any]:
    old_base = None
    if record.hoofd_object_ref.startswith("/") and record.hoofd_object.endswith(record.hoofd_object_ref):
        old_base = record.hoofd_object[: len(record.hoofd_object) - len(record.hoofd_object_ref)]
    stamp = record.aanmaakdatum
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=UTC)
    wijzigingen = record.wijzigingen or {}
    return {
        "uuid": str(record.id),
        "bron": record.bron,
        "applicatieId": record.applicatie_id,
        "applicatieWeergave": record.applicatie_weergave,
        "gebruikersId": record.gebruikers_id,
        "gebruikersWeergave": record.gebruikers_weergave,
        "actie": record.actie,
        "actieWeergave": record.actie_weergave,
        "resultaat": record.resultaat,
        "hoofdObject": urls.of(record.hoofd_object_ref) or record.hoofd_object,
        "resource": record.resource,
        "resourceUrl": _rebased(record.resource_url, old_base, urls),
        "toelichting": record.toelichting,
        "resourceWeergave": record.resource_weergave,
        "aanmaakdatum": stamp.astimezone(UTC).isoformat().replace("+00:00", "Z"),
        "wijzigingen": {"oud": wijzigingen.get("oud"), "nieuw": wijzigingen.get("nieuw")},
    }


async def audit(ctx: RequestContext, *, bron: str, actie: str, resultaat: int, hoofd_object_ref: str,
                resource: str, resource_ref: str, resource_weergave: str = "", oud: Any = None,
                nieuw: Any = None) -> AuditRecord:
    """Record one audit entry for the caller, with the request's `X-Audit-Toelichting`."""
    return await service.record(ctx.principal, service.AuditEntry(
        bron=bron, actie=actie, resultaat=resultaat,
        hoofd_object=ctx.urls.of(hoofd_object_ref), hoofd_object_ref=hoofd_object_ref,
        resource=resource, resource_url=ctx.urls.of(resource_ref), resource_weergave=resource_weergave,
        oud=oud, nieuw=nieuw, toelichting=ctx.toelichting,
    ))


LoadParent = Callable[[RequestContext, UUID], Awaitable[str]]


def _parent_uuid(parent_param: str) -> Callable[..., Awaitable[UUID]]:
    """A dependency reading the path parameter named `parent_param` (a name known only at runtime)."""

    async def dependency(**kwargs: UUID) -> UUID:
        return kwargs[parent_param]

    dependency.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [inspect.Parameter(parent_param, inspect.Parameter.KEYWORD_ONLY,
                           annotation=Annotated[UUID, Path(description="Unieke resource identifier (UUID4)")])],
        return_annotation=UUID,
    )
    return dependency


def audittrail_router(*, parent_path: str, parent_param: str, tag: str, scope: Scope, load_parent: LoadParent,
                      object_label: str = "het object") -> APIRouter:
    """GET `{parent_path}/{{parent_param}}/audittrail[/{uuid}]`.

    `load_parent` checks that the hoofdobject exists and that the caller may see it (NotFound /
    PermissionDenied) and returns its stored reference; `object_label` completes the list summary
    ("de ZAAK", "het BESLUIT").
    """
    router = zgw_router(tags=[tag])
    # Plain defaults, not local Annotated aliases: annotations are resolved in module globals.
    reader = Depends(requires(scope))
    parent_uuid = Depends(_parent_uuid(parent_param))
    base = f"{parent_path}/{{{parent_param}}}/audittrail"
    list_summary = f"Alle audit trail regels behorend bij {object_label}."
    read_summary = "Een specifieke audit trail regel opvragen."

    @router.get(base, operation_id="audittrail_list", summary=list_summary, description=list_summary,
                # 400 as in the standard (unknown query parameters); the OAS generator adds its body.
                responses={200: {"model": list[AuditTrail]}, 400: {"description": "Bad request"}})
    async def audittrail_list(ctx: RequestContext = reader, parent: UUID = parent_uuid) -> JSONResponse:
        ref = await load_parent(ctx, parent)
        return JSONResponse([render(r, ctx.urls) for r in await service.trail(ref)])

    @router.get(base + "/{uuid}", operation_id="audittrail_read", summary=read_summary, description=read_summary,
                responses={200: {"model": AuditTrail}})
    async def audittrail_read(
        uuid: Annotated[UUID, Path(description="Unieke identificatie van de audit regel.")],
        ctx: RequestContext = reader, parent: UUID = parent_uuid,
    ) -> JSONResponse:
        ref = await load_parent(ctx, parent)
        return JSONResponse(render(await service.trail_entry(ref, uuid), ctx.urls))

    return router
