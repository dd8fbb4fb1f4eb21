"""Shared plumbing of the zaak sub-resources: rendering, incoming URLs, lists, expand."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any
from uuid import UUID

from pydantic import BaseModel
from pydantic import ValidationError as PydanticError
from starlette.requests import Request

from zgw.domain.autorisaties.scopes import Scope
from zgw.domain.catalogi.documents import ResultaatType, RolType, StatusType, ZaakObjectType
from zgw.domain.errors import InvalidParam, ValidationFailed
from zgw.domain.repository import Repository
from zgw.domain.zaken.documents import (
    KlantContact,
    Resultaat,
    Rol,
    Status,
    Zaak,
    ZaakContactMoment,
    ZaakObject,
    ZaakVerzoek,
)
from zgw.domain.zaken.subresources import Actor, aware, scoped
from zgw.rest.deps import RequestContext
from zgw.rest.urls import Resource, UrlRefused, Urls, parse_ref
from zgw.rest.validation import invalid_params

Rendered = dict[str, Any]
ZAAK = Resource(Zaak.PATH, "zaak")
ROL = Resource(Rol.PATH, "rol")
STATUSTYPE = Resource(StatusType.PATH, "statustype")
RESULTAATTYPE = Resource(ResultaatType.PATH, "resultaattype")
ROLTYPE = Resource(RolType.PATH, "roltype")
ZAAKOBJECTTYPE = Resource(ZaakObjectType.PATH, "zaakobjecttype")
CATALOGUE_TYPES = (STATUSTYPE, RESULTAATTYPE, ROLTYPE, ZAAKOBJECTTYPE)


def any_of(*scopes: Scope) -> Scope:
    """Any of `scopes`, labelled flat and in this order as Open Zaak writes it (`|` nests: "((a | b) | c)")."""
    label = "(" + " | ".join(s.label for s in scopes) + ")"
    return Scope(label, "", tuple(scopes), "or")


def actor(ctx: RequestContext, outbox: Any = None) -> Actor:
    return Actor(ctx.policy, ctx.urls.of, ctx.toelichting, outbox)


def moment(value: datetime | None) -> str | None:
    if value is None:
        return None
    return aware(value).isoformat().replace("+00:00", "Z")


def refs(ctx: RequestContext, data: dict[str, Any], fields: dict[str, Resource]) -> dict[str, Any]:
    """Incoming local URLs -> stored references, with every refusal reported at once."""
    hosts = ctx.local_hosts()
    problems: list[InvalidParam] = []
    for name, resource in fields.items():
        value = data.get(name)
        if not value:
            continue
        try:
            data[name] = parse_ref(value, resource, hosts)
        except UrlRefused as refused:
            if refused.code == "unknown-service" and resource in CATALOGUE_TYPES:
                continue  # a type in an external Catalogi API: the domain fetches and checks it
            problems.append(refused.param(_camel(name)))
    if problems:
        raise ValidationFailed(problems)
    return data


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p.title() for p in rest)


def validate(model: type[BaseModel], raw: Any) -> BaseModel:
    try:
        return model.model_validate(raw)
    except PydanticError as error:
        raise ValidationFailed(invalid_params([dict(e) for e in error.errors()])) from None


def variant(variants: Mapping[str, type[BaseModel]], raw: Any, field: str) -> BaseModel:
    """Validate a polymorphic body with the model of its discriminator value."""
    if not isinstance(raw, dict):
        raise ValidationFailed.non_field("invalid", "Ongeldige data. Verwacht een dictionary.")
    value = raw.get(field)
    if value is None:
        raise ValidationFailed.field(field, "required", "Dit veld is vereist.")
    model = variants.get(value) if isinstance(value, str) else None
    if model is None:
        raise ValidationFailed.field(field, "invalid_choice", f'"{value}" is een ongeldige keuze.')
    return validate(model, raw)


async def page(ctx: RequestContext, repo: Repository[Any], query: dict[str, Any], zaak_ref: str | None,
               offset: int, limit: int, candidates: list[UUID] | None = None) -> tuple[int, list[Any]]:
    """A page of a sub-resource, filtered in the database to the zaken the caller may read (one zaak's,
    or `candidates`: read by `_id`)."""
    full = await scoped(actor(ctx), repo.model, zaak_ref, query, candidates=candidates)
    count = await repo.count(full)
    return count, await repo.page(full, offset=offset, limit=limit)


async def apply_expand(ctx: RequestContext, bodies: list[Rendered], expand: str | None) -> None:
    """`expand` through the Zaken resolver: the zaak, catalogue types, rollen, … at any depth."""
    from zgw.rest.zaken.expand import apply

    if expand:
        await apply("", bodies, [], expand, None, ctx)


def request_toelichting(request: Request) -> str:
    return request.headers.get("x-audit-toelichting", "")


# --- rendering --------------------------------------------------------------------------------------


def _base(doc: Any, urls: Urls) -> Rendered:
    return {"url": urls.of(doc.ref), "uuid": str(doc.id), "zaak": urls.of(doc.zaak)}


def render_status(doc: Status, zaak: Zaak | None, urls: Urls) -> Rendered:
    return {
        **_base(doc, urls),
        "statustype": urls.of(doc.statustype),
        "datumStatusGezet": moment(doc.datum_status_gezet),
        "statustoelichting": doc.statustoelichting,
        "indicatieLaatstGezetteStatus": bool(zaak is not None and zaak.status == doc.ref),
        "gezetdoor": urls.of(doc.gezetdoor) if doc.gezetdoor else None,
        "zaakinformatieobjecten": [],
    }


def render_resultaat(doc: Resultaat, urls: Urls) -> Rendered:
    return {**_base(doc, urls), "resultaattype": urls.of(doc.resultaattype), "toelichting": doc.toelichting}


def render_rol(doc: Rol, urls: Urls, statussen: list[str] | None = None) -> Rendered:
    contact = doc.contactpersoon_rol
    return {
        **_base(doc, urls),
        "betrokkene": doc.betrokkene,
        "betrokkeneType": doc.betrokkene_type,
        "afwijkendeNaamBetrokkene": doc.afwijkende_naam_betrokkene,
        "roltype": urls.of(doc.roltype),
        "omschrijving": doc.omschrijving,
        "omschrijvingGeneriek": doc.omschrijving_generiek,
        "roltoelichting": doc.roltoelichting,
        "registratiedatum": moment(doc.registratiedatum),
        "indicatieMachtiging": doc.indicatie_machtiging,
        "contactpersoonRol": {"emailadres": contact.emailadres, "functie": contact.functie,
                              "telefoonnummer": contact.telefoonnummer, "naam": contact.naam} if contact else None,
        "statussen": [urls.of(s) for s in statussen or []],
        "beginGeldigheid": doc.begin_geldigheid,
        "eindeGeldigheid": doc.einde_geldigheid,
        "betrokkeneIdentificatie": doc.betrokkene_identificatie,
        "authenticatieContext": doc.authenticatie_context,
    }


def render_zaakobject(doc: ZaakObject, urls: Urls) -> Rendered:
    return {
        **_base(doc, urls),
        "object": doc.object,
        "zaakobjecttype": urls.of(doc.zaakobjecttype) if doc.zaakobjecttype else "",  # Open Zaak: "" when unset
        "objectType": doc.object_type,
        "objectTypeOverige": doc.object_type_overige,
        "objectTypeOverigeDefinitie": doc.object_type_overige_definitie,
        "relatieomschrijving": doc.relatieomschrijving,
        "objectIdentificatie": doc.object_identificatie,
    }


def render_klantcontact(doc: KlantContact, urls: Urls) -> Rendered:
    return {**_base(doc, urls), "identificatie": doc.identificatie, "datumtijd": moment(doc.datumtijd),
            "kanaal": doc.kanaal, "onderwerp": doc.onderwerp, "toelichting": doc.toelichting}


def render_zaakcontactmoment(doc: ZaakContactMoment, urls: Urls) -> Rendered:
    return {**_base(doc, urls), "contactmoment": doc.contactmoment}


def render_zaakverzoek(doc: ZaakVerzoek, urls: Urls) -> Rendered:
    return {**_base(doc, urls), "verzoek": doc.verzoek}
