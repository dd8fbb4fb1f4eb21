"""Zaken in GraphQL: `zaak`, `zaken` (a Relay connection) and everything nested under a zaak.

What a caller may see is the domain's rule (zgw.domain.zaken.access), as in REST: a zaak it may not
read does not exist here, in a list, a count or nested (hoofdzaak, deelzaken, gerelateerdeZaken);
sub-resources are visible with their zaak. Every field value is the body REST renders.
"""

from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from zgw.domain.audit import service as audit_service
from zgw.domain.errors import ValidationFailed
from zgw.domain.zaken import access, search
from zgw.domain.zaken.documents import Zaak as ZaakDocument
from zgw.graphql import catalogi
from zgw.graphql.besluiten import Besluit, besluiten_of
from zgw.graphql.context import Context, context_of
from zgw.graphql.documenten import (
    EnkelvoudigInformatieObject,
    ZaakInformatieObject,
    documenten_of,
    zaakinformatieobjecten_of,
)
from zgw.graphql.filters import ZaakFilter, criteria, order
from zgw.graphql.loaders import uuid_of
from zgw.graphql.relay import Connection, connection, window
from zgw.graphql.wire import nested_type, wire_type
from zgw.rest.audit import render as render_audit
from zgw.rest.urls import parse_hyperlink
from zgw.rest.zaken import render, wire
from zgw.rest.zaken.sub import common


def _key(ref: str) -> UUID:
    """The id of a stored reference (an id that exists nowhere when it holds none)."""
    return uuid_of(ref) or UUID(int=0)


def _visible(ctx: Context, zaken: list[Any]) -> list[Any]:
    policy = ctx.policy
    return [z for z in zaken if z is not None and access.may(policy, access.LEZEN, z)]


class _Status:
    doc: strawberry.Private[Any] = None

    @strawberry.field(description="Het STATUSTYPE van deze status.")
    async def statustype(self, info: Info) -> catalogi.StatusType | None:  # type: ignore[name-defined]
        body = await catalogi.load_one(info, "statustypen", self.doc.statustype)
        return catalogi.StatusType.build(body) if body else None


class _Resultaat:
    doc: strawberry.Private[Any] = None

    @strawberry.field(description="Het RESULTAATTYPE van dit resultaat.")
    async def resultaattype(self, info: Info) -> catalogi.ResultaatType | None:  # type: ignore[name-defined]
        body = await catalogi.load_one(info, "resultaattypen", self.doc.resultaattype)
        return catalogi.ResultaatType.build(body) if body else None


class _ZaakEigenschap:
    doc: strawberry.Private[Any] = None

    @strawberry.field(description="De EIGENSCHAP (van het zaaktype) waar deze waarde bij hoort.")
    async def eigenschap(self, info: Info) -> catalogi.Eigenschap | None:  # type: ignore[name-defined]
        body = await catalogi.load_one(info, "eigenschappen", self.doc.eigenschap)
        return catalogi.Eigenschap.build(body) if body else None


class _ZaakObject:
    object_identificatie: JSON | None = strawberry.field(default=None, name="objectIdentificatie",
                                                         description="De gegevens van het object, naar objectType.")


class _KlantContact:
    pass


class _AuditTrail:
    pass


Status: Any = wire_type(_Status, wire.Status, name="Status", skip={"zaak", "statustype"})
Resultaat: Any = wire_type(_Resultaat, wire.Resultaat, name="Resultaat", skip={"zaak", "resultaattype"})
ZaakEigenschap: Any = wire_type(_ZaakEigenschap, wire.ZaakEigenschap, name="ZaakEigenschap",
                                skip={"zaak", "eigenschap"})
ZaakObject: Any = wire_type(_ZaakObject, wire.Base_ZaakObjectSerializer, name="ZaakObject", skip={"zaak"})
ZaakObject.__wire__["object_identificatie"] = ("objectIdentificatie", lambda v: v)
KlantContact: Any = wire_type(_KlantContact, wire.KlantContact, name="KlantContact", skip={"zaak"})
AuditTrail: Any = wire_type(_AuditTrail, wire.AuditTrail, name="AuditTrail")


class _Rol:
    doc: strawberry.Private[Any] = None

    @strawberry.field(description="Het ROLTYPE van deze rol.")
    async def roltype(self, info: Info) -> catalogi.RolType | None:  # type: ignore[name-defined]
        body = await catalogi.load_one(info, "roltypen", self.doc.roltype)
        return catalogi.RolType.build(body) if body else None


Rol: Any = wire_type(_Rol, wire.Base_RolSerializer, name="Rol", interface=True,
                     skip={"zaak", "roltype", "statussen"},
                     description="Een rol van een betrokkene bij een zaak; betrokkeneIdentificatie per betrokkeneType.")

# betrokkeneType -> (GraphQL type, the wire model that holds its betrokkeneIdentificatie)
_VARIANTS = {
    "natuurlijk_persoon": ("RolNatuurlijkPersoon", wire.RolNatuurlijkPersoon),
    "niet_natuurlijk_persoon": ("RolNietNatuurlijkPersoon", wire.RolNietNatuurlijkPersoon),
    "vestiging": ("RolVestiging", wire.RolVestiging),
    "organisatorische_eenheid": ("RolOrganisatorischeEenheid", wire.RolOrganisatorischeEenheid),
    "medewerker": ("RolMedewerker", wire.RolMedewerker),
}
KEEP = {"betrokkene_identificatie", "authenticatie_context"}


def _variant(name: str, model: Any) -> Any:
    cls = type(name, (Rol,), {"__module__": __name__})
    return wire_type(cls, model, name=name, skip=set(model.model_fields) - KEEP,
                     description=f"Een rol met betrokkeneType {name.removeprefix('Rol')}.")


ROL_TYPES: dict[str, Any] = {kind: _variant(name, model) for kind, (name, model) in _VARIANTS.items()}


def _rol(doc: Any, info: Info) -> Any:
    body = common.render_rol(doc, context_of(info).urls)
    return ROL_TYPES[doc.betrokkene_type].build(body, doc=doc)


class _Zaak:
    doc: strawberry.Private[Any] = None

    def _ctx(self, info: Info) -> Context:
        return context_of(info)

    @strawberry.field(description="Het ZAAKTYPE van de zaak.")
    async def zaaktype(self, info: Info) -> catalogi.ZaakType | None:  # type: ignore[name-defined]
        body = await catalogi.load_one(info, "zaaktypen", self.doc.zaaktype)
        return catalogi.build("zaaktypen", body) if body else None

    @strawberry.field(description="De huidige status.")
    async def status(self, info: Info) -> Status | None:  # type: ignore[valid-type]
        if not self.doc.status:
            return None
        doc = await self._ctx(info).loaders.statussen.load(_key(self.doc.status))
        return Status.build(common.render_status(doc, self.doc, self._ctx(info).urls), doc=doc) if doc else None

    @strawberry.field(description="Alle statussen, de oudste eerst.")
    async def statussen(self, info: Info) -> list[Status]:  # type: ignore[valid-type]
        ctx = self._ctx(info)
        docs = await ctx.loaders.statussen.many(list(self.doc.statussen))
        docs.sort(key=lambda s: (s.datum_status_gezet, s.created or s.datum_status_gezet))
        return [Status.build(common.render_status(d, self.doc, ctx.urls), doc=d) for d in docs]

    @strawberry.field(description="Het resultaat.")
    async def resultaat(self, info: Info) -> Resultaat | None:  # type: ignore[valid-type]
        if not self.doc.resultaat:
            return None
        ctx = self._ctx(info)
        doc = await ctx.loaders.resultaten.load(_key(self.doc.resultaat))
        return Resultaat.build(common.render_resultaat(doc, ctx.urls), doc=doc) if doc else None

    @strawberry.field(description="De rollen (een type per betrokkeneType).")
    async def rollen(self, info: Info) -> list[Rol]:  # type: ignore[valid-type]
        docs = await self._ctx(info).loaders.rollen.many(list(self.doc.rollen))
        return [_rol(d, info) for d in docs]

    @strawberry.field(description="De zaakeigenschappen (waarden van de eigenschappen van het zaaktype).")
    async def eigenschappen(self, info: Info) -> list[ZaakEigenschap]:  # type: ignore[valid-type]
        ctx = self._ctx(info)
        docs = await ctx.loaders.eigenschappen.many(list(self.doc.eigenschappen))
        return [ZaakEigenschap.build(render.zaakeigenschap(d, ctx.urls), doc=d) for d in docs]

    @strawberry.field(description="De zaakobjecten.")
    async def zaakobjecten(self, info: Info) -> list[ZaakObject]:  # type: ignore[valid-type]
        ctx = self._ctx(info)
        docs = await ctx.loaders.zaakobjecten.many(list(self.doc.zaakobjecten))
        return [ZaakObject.build(common.render_zaakobject(d, ctx.urls)) for d in docs]

    @strawberry.field(description="De klantcontacten.")
    async def klantcontacten(self, info: Info) -> list[KlantContact]:  # type: ignore[valid-type]
        ctx = self._ctx(info)
        docs = await ctx.loaders.klantcontacten.many(list(self.doc.klantcontacten))
        return [KlantContact.build(common.render_klantcontact(d, ctx.urls)) for d in docs]

    @strawberry.field(description="De hoofdzaak (als de aanroeper die mag zien).")
    async def hoofdzaak(self, info: Info) -> Zaak | None:  # type: ignore[valid-type]
        if not self.doc.hoofdzaak:
            return None
        found = _visible(self._ctx(info), [await self._ctx(info).loaders.zaken.load(_key(self.doc.hoofdzaak))])
        return zaak_of(found[0], info) if found else None

    @strawberry.field(description="De deelzaken die de aanroeper mag zien.")
    async def deelzaken(self, info: Info) -> list[Zaak]:  # type: ignore[valid-type]
        return await _zaken_of(info, self.doc.deelzaken)

    @strawberry.field(description="De gerelateerde zaken (van deze installatie) die de aanroeper mag zien.")
    async def gerelateerde_zaken(self, info: Info) -> list[Zaak]:  # type: ignore[valid-type]
        return await _zaken_of(info, self.doc.gerelateerde_zaken)

    @strawberry.field(description="De zaakinformatieobjecten (koppelingen met documenten), nieuwste eerst.")
    async def zaakinformatieobjecten(self, info: Info) -> list[ZaakInformatieObject]:  # type: ignore[valid-type]
        return await zaakinformatieobjecten_of(info, self.doc)

    @strawberry.field(description="De documenten van de zaak die de aanroeper mag zien (via zaakinformatieobjecten).")
    async def documenten(self, info: Info) -> list[EnkelvoudigInformatieObject]:  # type: ignore[valid-type]
        return await documenten_of(info, self.doc)

    @strawberry.field(description="De besluiten van de zaak die de aanroeper mag zien (besluiten.lezen per "
                                  "besluittype).")
    async def besluiten(self, info: Info) -> list[Besluit]:  # type: ignore[valid-type]
        return await besluiten_of(info, self.doc)

    @strawberry.field(description="De audittrail (met scope audittrails.lezen voor deze zaak; anders null).")
    async def audittrail(self, info: Info) -> list[AuditTrail] | None:  # type: ignore[valid-type]
        ctx = self._ctx(info)
        if not access.may(ctx.policy, access.AUDITTRAILS_LEZEN, self.doc):
            return None
        return [AuditTrail.build(render_audit(r, ctx.urls)) for r in await audit_service.trail(self.doc.ref)]


async def _zaken_of(info: Info, refs: list[str]) -> list[Any]:
    ctx = context_of(info)
    ids = [i for i in (uuid_of(r) for r in refs if r.startswith(ZaakDocument.PATH + "/")) if i]
    return [zaak_of(z, info) for z in _visible(ctx, await ctx.loaders.zaken.load_many(ids))]


Zaak: Any = wire_type(_Zaak, wire.Zaak, name="Zaak", skip={
    "zaaktype", "status", "resultaat", "rollen", "eigenschappen", "zaakobjecten", "hoofdzaak", "deelzaken",
    "gerelateerde_zaken"}, description="Een zaak, met alles wat de aanroeper ervan mag zien.")
_ = nested_type  # the identificatie types are generated through the rol variants


def zaak_of(doc: Any, info: Info) -> Any:
    return Zaak.build(render.zaak(doc, context_of(info).urls), doc=doc)


def _zaak_uuid(uuid: UUID | None, url: str | None) -> UUID:
    if (uuid is None) == (url is None):
        raise ValidationFailed.non_field("invalid", "Geef precies een van `uuid` en `url`.")
    if uuid is not None:
        return uuid
    from zgw.domain.zaken.documents import Zaak as Doc
    from zgw.rest.urls import Resource

    found = uuid_of(parse_hyperlink(url or "", Resource(Doc.PATH, "zaak")))
    if found is None:
        raise ValidationFailed.field("url", "invalid-resource", "De URL verwijst niet naar een zaak.")
    return found


OrderBy = strawberry.argument(name="orderBy", description="REST's `ordering`: startdatum, einddatum, publicatiedatum, "
                                                          "archiefactiedatum, registratiedatum, identificatie; "
                                                          "met - aflopend. Standaard: nieuwste eerst.")


@strawberry.type
class ZakenQuery:
    @strawberry.field(description="Een zaak op uuid of url; null als die niet bestaat of de aanroeper die niet "
                                  "mag zien.")
    async def zaak(self, info: Info, uuid: UUID | None = None, url: str | None = None) -> Zaak | None:  # type: ignore[valid-type]
        ctx = context_of(info)
        ctx.require(access.LEZEN)
        found = _visible(ctx, [await ctx.loaders.zaken.load(_zaak_uuid(uuid, url))])
        return zaak_of(found[0], info) if found else None

    @strawberry.field(description="Zaken die aan het filter voldoen en die de aanroeper mag zien (als GET /zaken).")
    async def zaken(self, info: Info, filter: ZaakFilter | None = None,
                    order_by: Annotated[list[str] | None, OrderBy] = None,
                    first: int | None = None, after: str | None = None) -> Connection[Zaak]:  # type: ignore[valid-type]
        ctx = context_of(info)
        policy = ctx.require(access.LEZEN)
        offset, limit = window(first, after, ctx.settings.graphql_max_page_size)
        found = criteria(filter, ctx.local_hosts())
        ordering = order(order_by)
        if ordering:
            found["ordering"] = ordering
        count, ids, docs = await search.page_ids(policy, found, offset=offset, limit=limit)
        if docs is None:
            docs = [d for d in await ctx.loaders.zaken.load_many(ids) if d is not None]
        for doc in docs:
            ctx.loaders.zaken.prime(doc.id, doc)
        return connection([zaak_of(d, info) for d in docs], count, offset)
