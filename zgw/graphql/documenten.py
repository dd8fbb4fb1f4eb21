"""Documenten in GraphQL: `informatieobject`, `informatieobjecten` (a Relay connection), and a zaak's
`zaakinformatieobjecten` and `documenten`.

What a caller may see is the domain's rule, as in REST: an informatieobject is visible with
`documenten.lezen` for its informatieobjecttype up to the granted vertrouwelijkheidaanduiding
(zgw.domain.documenten.access); the list is the domain search of GET /enkelvoudiginformatieobjecten
(zgw.domain.documenten.search: the same filters, the authorisation in the database query). A
zaakinformatieobject is visible with its zaak (as REST's list by zaak); the document it links is null,
and absent from the zaak's `documenten`, when the caller may not read it. Every field value is the body
REST renders; `downloadUrl` is REST's `inhoud` (the download URL), never the content itself.

A document in an external Documenten API (a registered drc service) is the same type, built from the body
that API answers (fetched with the service's credentials, batched per request: zgw.graphql.remote); that API
authorises it (null / absent when it refuses). Its gebruiksrechten and objectinformatieobjecten are that
API's lists (`?informatieobject=`), its bestandsdelen the ones in its body.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated, Any, Optional
from uuid import UUID

import strawberry
from strawberry.types import Info

from zgw.domain.documenten import access, search, service
from zgw.domain.documenten.documents import Bestandsdeel
from zgw.domain.documenten.documents import EnkelvoudigInformatieObject as EIODocument
from zgw.domain.documenten.gebruiksrechten import Gebruiksrechten as GebruiksrechtenDocument
from zgw.domain.documenten.objectinformatieobjecten import ObjectInformatieObject as OIODocument
from zgw.domain.documenten.objectinformatieobjecten import eio_id
from zgw.domain.errors import InvalidParam, NotFound, UrlRefused, ValidationFailed
from zgw.domain.zaken.zaakinformatieobjecten import ZaakInformatieObject as ZIODocument
from zgw.graphql import catalogi, remote
from zgw.graphql.context import Context, context_of
from zgw.graphql.loaders import ById
from zgw.graphql.relay import Connection, connection, window
from zgw.graphql.wire import nested_type, wire_type
from zgw.rest.documenten import render, wire
from zgw.rest.documenten.filters import to_domain
from zgw.rest.documenten.sub.common import render_gebruiksrechten, render_oio
from zgw.rest.urls import Resource, parse_hyperlink
from zgw.rest.zaken import wire as zaken_wire
from zgw.rest.zaken.sub.zaakinformatieobjecten import render as render_zio

LIST = "GET /enkelvoudiginformatieobjecten"
SKIP = {"page", "pageSize", "expand", "ordering"}
ORDERINGS: list[str] = wire.QUERY_PARAMETERS[LIST]["ordering"][1]["items"]["enum"]
INFORMATIEOBJECT = Resource(EIODocument.PATH, "informatieobject")


def _loader(info: Info, model: type[Any]) -> ById[Any]:
    """The request's loader of one document kind (kept in `Loaders.extra`, by collection)."""
    extra = context_of(info).loaders.extra
    name = f"documenten:{model.Settings.name}"
    if name not in extra:
        extra[name] = ById(model)
    found: ById[Any] = extra[name]  # type: ignore[assignment]
    return found


def _readable(ctx: Context, docs: list[Any]) -> list[Any]:
    policy = ctx.policy
    return [d for d in docs if d is not None and access.may(policy, access.LEZEN, d)]


# --- types ---------------------------------------------------------------------------------------------

BestandsDeel: Any = nested_type(wire.BestandsDeel)


class _Gebruiksrechten:
    pass


class _ObjectInformatieObject:
    pass


Gebruiksrechten: Any = wire_type(_Gebruiksrechten, wire.Gebruiksrechten, name="Gebruiksrechten")
ObjectInformatieObject: Any = wire_type(_ObjectInformatieObject, wire.ObjectInformatieObject,
                                        name="ObjectInformatieObject")


class _EnkelvoudigInformatieObject:
    doc: strawberry.Private[Any] = None       # the head (current version, lock, the children's ids)
    fields: strawberry.Private[Any] = None    # the version this object shows (the head, or an older one)
    remote: strawberry.Private[Any] = None    # the body an external Documenten API answered (doc is None)
    download_url: str | None = strawberry.field(
        default=None, name="downloadUrl",
        description="De URL waar de inhoud van deze versie te downloaden is (REST's `inhoud`: "
                    "GET …/{uuid}/download?versie=…, met dezelfde autorisatie); null zonder inhoud.")

    @strawberry.field(description="Het INFORMATIEOBJECTTYPE (in de Catalogi API) van het informatieobject.")
    async def informatieobjecttype(self, info: Info) -> catalogi.InformatieObjectType | None:  # type: ignore[name-defined]
        ref = self.remote.get("informatieobjecttype") if self.remote is not None else self.fields.informatieobjecttype
        body = await catalogi.load_one(info, "informatieobjecttypen", ref)
        return catalogi.InformatieObjectType.build(body) if body else None

    @strawberry.field(description="De bestandsdelen van een upload in delen die nog loopt (alleen bij de "
                                  "huidige versie).")
    async def bestandsdelen(self, info: Info) -> list[BestandsDeel]:  # type: ignore[valid-type]
        if self.remote is not None:
            return [BestandsDeel.build(p) for p in self.remote.get("bestandsdelen") or [] if isinstance(p, dict)]
        if self.fields is not self.doc or not self.doc.bestandsdelen:
            return []
        parts = sorted(await _loader(info, Bestandsdeel).many(list(self.doc.bestandsdelen)),
                       key=lambda p: p.volgnummer)
        urls = context_of(info).urls
        return [BestandsDeel.build(render.bestandsdeel(p, urls)) for p in parts]

    @strawberry.field(description="De gebruiksrechten van het informatieobject (als GET /gebruiksrechten"
                                  "?informatieobject=).")
    async def gebruiksrechten(self, info: Info) -> list[Gebruiksrechten]:  # type: ignore[valid-type]
        if self.remote is not None:
            return [Gebruiksrechten.build(b) for b in await remote.related(info, self.remote, "gebruiksrechten")]
        docs = sorted(await _loader(info, GebruiksrechtenDocument).many(list(self.doc.gebruiksrechten)),
                      key=lambda d: d.id)
        urls = context_of(info).urls
        return [Gebruiksrechten.build(render_gebruiksrechten(d, urls)) for d in docs]

    @strawberry.field(description="De objecten (zaken, besluiten) waaraan het informatieobject gekoppeld is (als "
                                  "GET /objectinformatieobjecten?informatieobject=).")
    async def objectinformatieobjecten(self, info: Info) -> list[ObjectInformatieObject]:  # type: ignore[valid-type]
        if self.remote is not None:
            return [ObjectInformatieObject.build(b)
                    for b in await remote.related(info, self.remote, "objectinformatieobjecten")]
        docs = sorted(await _loader(info, OIODocument).many(list(self.doc.objectinformatieobjecten)),
                      key=lambda d: d.id)
        urls = context_of(info).urls
        return [ObjectInformatieObject.build(render_oio(d, urls)) for d in docs]


EnkelvoudigInformatieObject: Any = wire_type(
    _EnkelvoudigInformatieObject, wire.EnkelvoudigInformatieObject, name="EnkelvoudigInformatieObject",
    skip={"inhoud"}, description="Een (enkelvoudig) informatieobject: een document met zijn metagegevens.")
EnkelvoudigInformatieObject.__wire__["download_url"] = ("inhoud", lambda v: v or None)


def informatieobject_of(head: EIODocument, info: Info, version: Any = None) -> Any:
    fields = version if version is not None else head
    body = render.eio(head, context_of(info).urls, None if fields is head else fields, [])
    return EnkelvoudigInformatieObject.build(body, doc=head, fields=fields)


def remote_informatieobject(body: dict[str, Any]) -> Any:
    """A document of an external Documenten API, from the body it answered."""
    return EnkelvoudigInformatieObject.build(body, remote=body)


async def linked_informatieobject(info: Info, ref: str) -> Any:
    """The document a link (zaak- or besluitinformatieobject) names: ours if the caller may read it, or one in
    an external Documenten API (null when that API refuses it; an error too when it cannot deliver it)."""
    if remote.is_elsewhere(ref, context_of(info).urls.base):
        body = await remote.one(info, ref)
        return remote_informatieobject(body) if body is not None else None
    found = eio_id(ref)
    if found is None:
        return None
    readable = _readable(context_of(info), [await _loader(info, EIODocument).load(found)])
    return informatieobject_of(readable[0], info) if readable else None


class _ZaakInformatieObject:
    doc: strawberry.Private[Any] = None

    @strawberry.field(description="Het gekoppelde INFORMATIEOBJECT; null als de aanroeper het niet mag zien (of, "
                                  "in een externe Documenten API, die het ons niet toont of niet kan leveren).")
    async def informatieobject(self, info: Info) -> EnkelvoudigInformatieObject | None:  # type: ignore[valid-type]
        return await linked_informatieobject(info, self.doc.informatieobject)


ZaakInformatieObject: Any = wire_type(_ZaakInformatieObject, zaken_wire.ZaakInformatieObject,
                                      name="ZaakInformatieObject",
                                      description="De koppeling van een informatieobject aan een zaak.")


async def _zios(info: Info, zaak: Any) -> list[Any]:
    """The zaak's zaakinformatieobjecten, by the ids it names, in REST's order (newest registratiedatum first)."""
    docs = [d for d in await _loader(info, ZIODocument).many(list(zaak.zaakinformatieobjecten)) if d.zaak == zaak.ref]
    docs.sort(key=lambda d: d.id)
    docs.sort(key=lambda d: d.registratiedatum, reverse=True)
    return docs


async def zaakinformatieobjecten_of(info: Info, zaak: Any) -> list[Any]:
    """`Zaak.zaakinformatieobjecten` (the zaak is visible: its links are, as in REST)."""
    urls = context_of(info).urls
    return [ZaakInformatieObject.build(render_zio(d, urls), doc=d) for d in await _zios(info, zaak)]


async def documenten_of(info: Info, zaak: Any) -> list[Any]:
    """`Zaak.documenten`: the informatieobjecten of the zaak's links that the caller may read, and those in an
    external Documenten API that it shows us and can deliver, in the order of the links."""
    base = context_of(info).urls.base
    refs = list(dict.fromkeys(z.informatieobject for z in await _zios(info, zaak)))
    elsewhere = [r for r in refs if remote.is_elsewhere(r, base)]
    ids = [i for i in (eio_id(r) for r in refs) if i is not None]
    docs = await _loader(info, EIODocument).load_many(list(dict.fromkeys(ids)))
    ours = {d.id: informatieobject_of(d, info) for d in _readable(context_of(info), docs)}
    theirs = {u: remote_informatieobject(b) for u, b in zip(elsewhere, await remote.many(info, elsewhere),
                                                             strict=True) if b is not None}
    found = [theirs.get(r) if r in theirs else ours.get(eio_id(r)) for r in refs]  # type: ignore[arg-type]
    return [f for f in found if f is not None]


# --- the filter ----------------------------------------------------------------------------------------


def _python(schema: dict[str, Any]) -> Any:
    kind = schema.get("type")
    if kind == "boolean":
        return bool
    if kind == "array":
        return list[str]
    if kind == "string" and schema.get("format") == "date":
        return date
    return str


def _rest_fields() -> dict[str, tuple[Any, str, list[str] | None]]:
    """name -> (python type, description, allowed values) of every REST list filter, plus _zoek's uuid__in."""
    out: dict[str, tuple[Any, str, list[str] | None]] = {}
    for name, (description, schema) in wire.QUERY_PARAMETERS[LIST].items():
        if name not in SKIP:
            out[name] = (_python(schema), description.strip(), schema.get("enum"))
    out["uuid__in"] = (list[UUID], "Lijst van unieke resource identifiers (UUID4) (als POST …/_zoek).", None)
    return out


FIELDS = _rest_fields()


def _make_filter() -> type:
    namespace: dict[str, Any] = {"__module__": __name__, "__annotations__": {}}
    for name, (python, description, allowed) in FIELDS.items():
        if allowed:
            description = f"{description} Een van: {', '.join(allowed)}."
        namespace["__annotations__"][name] = Optional[python]  # noqa: UP045  (strawberry reads it at runtime)
        namespace[name] = strawberry.field(default=None, name=name, description=description or None)
    cls = type("InformatieObjectFilter", (), namespace)
    return strawberry.input(cls, description="Filter op informatieobjecten: elke filter van GET "
                                             "/enkelvoudiginformatieobjecten (zelfde naam en betekenis), plus "
                                             "uuid__in van _zoek. Velden gelden samen (EN).")


InformatieObjectFilter: Any = _make_filter()


def criteria(value: Any) -> dict[str, Any]:
    """The domain search criteria of an `InformatieObjectFilter` (URLs as stored references, as REST)."""
    if value is None:
        return {}
    given: dict[str, Any] = {}
    problems: list[InvalidParam] = []
    for name, (_, _, allowed) in FIELDS.items():
        v = getattr(value, name, None)
        if v is None:
            continue
        if allowed and v not in allowed:
            problems.append(InvalidParam(name, "invalid_choice",
                                         f"Selecteer een geldige keuze. {v} is geen van de beschikbare keuzen."))
            continue
        given[name] = v
    if problems:
        raise ValidationFailed(problems)
    return to_domain(given)


def order(value: list[str] | None) -> list[str] | None:
    """`orderBy`: REST's `ordering` values (["-auteur", "titel"])."""
    wrong = [v for v in value or [] if v not in ORDERINGS]
    if wrong:
        raise ValidationFailed([InvalidParam("orderBy", "invalid_choice", f"Selecteer een geldige keuze. {v} is "
                                             "geen van de beschikbare keuzen.") for v in wrong])
    return value or None


def _uuid(uuid: UUID | None, url: str | None) -> UUID:
    if (uuid is None) == (url is None):
        raise ValidationFailed.non_field("invalid", "Geef precies een van `uuid` en `url`.")
    if uuid is not None:
        return uuid
    try:
        found = INFORMATIEOBJECT.uuid_of(parse_hyperlink(url or "", INFORMATIEOBJECT))
    except UrlRefused:
        found = None
    if found is None:
        raise ValidationFailed.field("url", "invalid-resource", "De URL verwijst niet naar een informatieobject.")
    return found


def _moment(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValidationFailed.field("registratieOp", "invalid", "Voer een geldige datum/tijd in.") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


OrderBy = strawberry.argument(name="orderBy", description="REST's `ordering`: " + ", ".join(ORDERINGS) +
                                                          ". Standaard: nieuwste eerst.")
RegistratieOp = strawberry.argument(name="registratieOp", description="Een datumtijd (ISO 8601): de versie die "
                                                                      "toen gold (als REST).")


@strawberry.type
class DocumentenQuery:
    @strawberry.field(description="Een (enkelvoudig) informatieobject op uuid of url, eventueel een eerdere versie "
                                  "(versie, registratieOp: als GET /enkelvoudiginformatieobjecten/{uuid}); null als "
                                  "het (of die versie) niet bestaat of de aanroeper het niet mag zien.")
    async def informatieobject(
        self, info: Info, uuid: UUID | None = None, url: str | None = None, versie: int | None = None,
        registratie_op: Annotated[str | None, RegistratieOp] = None,
    ) -> EnkelvoudigInformatieObject | None:  # type: ignore[valid-type]
        ctx = context_of(info)
        ctx.require(access.LEZEN)
        wanted, moment = _uuid(uuid, url), _moment(registratie_op)
        found = _readable(ctx, [await _loader(info, EIODocument).load(wanted)])
        if not found:
            return None
        version = None
        if versie is not None or moment is not None:
            try:
                version = await service.version(found[0], versie, moment)
            except NotFound:
                return None
        return informatieobject_of(found[0], info, version)

    @strawberry.field(description="Informatieobjecten die aan het filter voldoen en die de aanroeper mag zien (als "
                                  "GET /enkelvoudiginformatieobjecten).")
    async def informatieobjecten(
        self, info: Info, filter: InformatieObjectFilter | None = None,
        order_by: Annotated[list[str] | None, OrderBy] = None, first: int | None = None, after: str | None = None,
    ) -> Connection[EnkelvoudigInformatieObject]:  # type: ignore[valid-type]
        ctx = context_of(info)
        policy = ctx.require(access.LEZEN)
        offset, limit = window(first, after, ctx.settings.graphql_max_page_size)
        found = criteria(filter)
        ordering = order(order_by)
        if ordering:
            found["ordering"] = ordering
        count, docs = await search.page(found, policy, offset=offset, limit=limit)
        loader = _loader(info, EIODocument)
        for doc in docs:
            loader.prime(doc.id, doc)
        return connection([informatieobject_of(d, info) for d in docs], count, offset)
