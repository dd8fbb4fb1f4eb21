"""ztc-010 of Catalogi 1.3.1: a zaaktype, besluittype or informatieobjecttype related to a published one.

Which relations count on which operation follows Open Zaak 1.30, not a symmetric reading of the
rule: PUT and PATCH look at a zaaktype's besluittypen, a besluittype's zaaktypen and
informatieobjecttypen, and an informatieobjecttype's besluittypen and zaaktypen (through
zaaktype-informatieobjecttypen); DELETE looks at the same, and at a zaaktype's
informatieobjecttypen too. A relation stored by name (Catalogi 1.3.3) stands for the published
versions of that name in the catalogus: it ties the object that holds it when one exists, and it
ties no concept version of the name (that version is not what the name answers).
"""

from __future__ import annotations

from typing import Any

from zgw.domain.catalogi import names
from zgw.domain.catalogi.documents import (
    BesluitType,
    CatalogiDocument,
    InformatieObjectType,
    ZaakType,
    ZaakTypeInformatieObjectType,
)
from zgw.domain.catalogi.repository import by_refs, uuid_of

Named = ZaakType | BesluitType | InformatieObjectType

# the relations Open Zaak checks, in the order it checks them
ON_UPDATE: dict[type[CatalogiDocument], tuple[str, ...]] = {
    ZaakType: ("besluittypen",),
    BesluitType: ("zaaktypen", "informatieobjecttypen"),
    InformatieObjectType: ("besluittypen", "zaaktypen"),
}
ON_DELETE: dict[type[CatalogiDocument], tuple[str, ...]] = {
    ZaakType: ("besluittypen", "informatieobjecttypen"),
    BesluitType: ("informatieobjecttypen", "zaaktypen"),
    InformatieObjectType: ("besluittypen", "zaaktypen"),
}


async def published_relation(doc: Any, relations: dict[type[CatalogiDocument], tuple[str, ...]]) -> str | None:
    """The first relation (field name) of `doc` that holds a published object; None when there is none."""
    for field in relations.get(type(doc), ()):
        if await _holds_published(doc, field):
            return field
    return None


async def _holds_published(doc: Named, field: str) -> bool:
    if isinstance(doc, ZaakType):
        if field == "besluittypen":
            return await _any_published(BesluitType, doc.catalogus, doc.besluittypen)
        ziots = await ZaakTypeInformatieObjectType.find({"zaaktype": doc.ref}).to_list()
        return await _any_published(InformatieObjectType, doc.catalogus, [z.informatieobjecttype for z in ziots])
    if isinstance(doc, BesluitType):
        if field == "informatieobjecttypen":
            return await _any_published(InformatieObjectType, doc.catalogus, doc.informatieobjecttypen)
        return await _count(ZaakType, {**_pointing("besluittypen", doc), "concept": False}) > 0
    if field == "besluittypen":
        return await _count(BesluitType, {**_pointing("informatieobjecttypen", doc), "concept": False}) > 0
    ziots = await ZaakTypeInformatieObjectType.find(_pointing("informatieobjecttype", doc)).to_list()
    ids = [i for z in ziots if (i := uuid_of(z.zaaktype)) is not None]
    return bool(ids) and await _count(ZaakType, {"_id": {"$in": ids}, "concept": False}) > 0


async def _any_published(model: type[CatalogiDocument], catalogus: str, refs: list[str]) -> bool:
    """Whether a reference (URL or name) among `refs` holds a published version."""
    if any(not d.concept for d in (await by_refs(model, refs)).values()):  # type: ignore[attr-defined]
        return True
    named = [p[1] for r in refs if (p := names.parse(r))]
    published = await names.versions_by_name(model, catalogus, named, {"concept": False})
    return any(published.values())


def _pointing(field: str, doc: Named) -> dict[str, Any]:
    """Objects whose `field` holds `doc`: by URL, and by name when `doc` is a published version."""
    if doc.concept:
        return {field: doc.ref}
    return {"$or": [{field: doc.ref}, {field: names.names_of(doc), "catalogus": doc.catalogus}]}


async def _count(model: type[CatalogiDocument], query: dict[str, Any]) -> int:
    return int(await model.find(query).count())
