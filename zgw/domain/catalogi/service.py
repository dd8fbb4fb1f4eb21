"""Use cases of the Catalogi API: create, update, delete and publish, with the rules ztc-001 … ztc-016."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, get_args
from uuid import UUID

from pydantic.alias_generators import to_camel

from zgw.domain.catalogi import concepts, errors, names, rules, version
from zgw.domain.catalogi.documents import (
    STATUS_SUB_TYPES,
    SUB_TYPES,
    BesluitType,
    CatalogiDocument,
    Catalogus,
    InformatieObjectType,
    ResultaatType,
    StatusType,
    SubType,
    ZaakType,
    ZaakTypeInformatieObjectType,
)
from zgw.domain.catalogi.repository import by_refs, uuid_of
from zgw.domain.errors import NotFound, Problems, ValidationFailed
from zgw.domain.notifications.service import Notification, notifying


@dataclass(frozen=True)
class Kind:
    name: str                      # path segment: "zaaktypen"
    model: type[CatalogiDocument]
    label: str                     # "zaaktype"
    # reference fields: name -> (model, many)
    relations: dict[str, tuple[type[CatalogiDocument], bool]] = field(default_factory=dict)
    kanaal: str | None = None


def _rel(**items: tuple[type[CatalogiDocument], bool]) -> dict[str, tuple[type[CatalogiDocument], bool]]:
    return items


from zgw.domain.catalogi.documents import (  # noqa: E402  (kept next to the table that uses them)
    Eigenschap,
    RolType,
    ZaakObjectType,
)

KINDS: dict[str, Kind] = {k.name: k for k in [
    Kind("catalogussen", Catalogus, "catalogus"),
    Kind("zaaktypen", ZaakType, "zaaktype",
         _rel(catalogus=(Catalogus, False), besluittypen=(BesluitType, True), deelzaaktypen=(ZaakType, True)),
         kanaal="zaaktypen"),
    Kind("informatieobjecttypen", InformatieObjectType, "informatieobjecttype", _rel(catalogus=(Catalogus, False)),
         kanaal="informatieobjecttypen"),
    Kind("besluittypen", BesluitType, "besluittype",
         _rel(catalogus=(Catalogus, False), informatieobjecttypen=(InformatieObjectType, True)), kanaal="besluittypen"),
    Kind("statustypen", StatusType, "statustype", _rel(zaaktype=(ZaakType, False))),
    Kind("roltypen", RolType, "roltype", _rel(zaaktype=(ZaakType, False))),
    Kind("resultaattypen", ResultaatType, "resultaattype",
         _rel(zaaktype=(ZaakType, False), besluittypen=(BesluitType, True),
              informatieobjecttypen=(InformatieObjectType, True))),
    Kind("eigenschappen", Eigenschap, "eigenschap", _rel(zaaktype=(ZaakType, False), statustype=(StatusType, False))),
    Kind("zaakobjecttypen", ZaakObjectType, "zaakobjecttype",
         _rel(zaaktype=(ZaakType, False), statustype=(StatusType, False))),
    Kind("zaaktype-informatieobjecttypen", ZaakTypeInformatieObjectType, "zaaktype-informatieobjecttype",
         _rel(zaaktype=(ZaakType, False), informatieobjecttype=(InformatieObjectType, False),
              statustype=(StatusType, False))),
]}
MODEL_KIND: dict[type[CatalogiDocument], Kind] = {k.model: k for k in KINDS.values()}


def camel(name: str) -> str:
    return to_camel(name)


@dataclass
class Actor:
    """Who writes, and what the operation needs from outside the domain."""

    force_write: bool = False
    force_delete: bool = False
    selectielijst_root: str = ""
    url_of: Callable[[str], str] = field(default=lambda ref: ref)


def _iso(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _iso(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_iso(v) for v in value]
    return value


def _accepts_none(annotation: Any) -> bool:
    return annotation is None or type(None) in get_args(annotation)


def _clean(kind: Kind, data: dict[str, Any]) -> dict[str, Any]:
    """Only the document's own fields; a null for a field that cannot hold one means its default."""
    fields = kind.model.model_fields
    out: dict[str, Any] = {}
    for name, value in data.items():
        field = fields.get(name)
        if field is None or name in ("id", "revision_id"):
            continue
        if value is None and not _accepts_none(field.annotation):
            if field.is_required():
                raise ValidationFailed.field(camel(name), "null", "Dit veld mag niet leeg zijn.")
            value = field.get_default(call_default_factory=True)
        out[name] = value
    return out


async def get(kind: Kind, uuid: UUID) -> Any:
    found = await kind.model.get(uuid)
    if found is None:
        raise NotFound(f"{kind.label} niet gevonden.")
    return found


# --- validation ---------------------------------------------------------------------------------


async def _related(kind: Kind, data: dict[str, Any], problems: Problems) -> dict[str, list[Any]]:
    """Load every referenced catalogue object; unknown ones are problems.

    A name reference (ztc-011b/c) loads the version that stands for it in the owner's catalogus:
    the newest published one, else the newest concept; a name no version carries is unknown.
    """
    loaded: dict[str, list[Any]] = {}
    catalogus: str | None = None
    for name, (model, many) in kind.relations.items():
        value = data.get(name)
        refs = (value or []) if many else ([value] if value else [])
        found: dict[str, Any] = await by_refs(model, [r for r in refs if not names.is_name(r)])
        named = [p[1] for r in refs if (p := names.parse(r))]
        if named and catalogus:
            versions = await names.versions_by_name(model, catalogus, named)
            found.update({names.name_ref(model, n): vs[0] for n, vs in versions.items() if vs})
        for ref in [r for r in refs if r not in found][:1]:
            parsed = names.parse(ref)
            if parsed is None:
                problems.add(camel(name), errors.DOES_NOT_EXIST, "Ongeldige hyperlink - Object bestaat niet.")
            elif catalogus:
                key = names.KEYS[model]
                problems.add(camel(name), errors.DOES_NOT_EXIST,
                             f"Er is geen {MODEL_KIND[model].label} met {key} {parsed[1]} in de catalogus.")
        loaded[name] = [found[r] for r in refs if r in found]
        # names resolve within the catalogus: the object's own, or its zaaktype's
        if name == "catalogus":
            catalogus = value if loaded[name] else None
        elif name == "zaaktype" and loaded[name]:
            catalogus = loaded[name][0].catalogus
    return loaded


def _check_dates(data: dict[str, Any], problems: Problems) -> None:
    begin, einde = data.get("begin_geldigheid"), data.get("einde_geldigheid")
    if begin and einde and einde < begin:
        problems.add("nonFieldErrors", errors.DATE_MISMATCH, "beginGeldigheid moet voor eindeGeldigheid liggen.")


def _check_catalogus(name: str, objects: list[Any], catalogus: str, problems: Problems) -> None:
    """ztc-013: relations never cross catalogi."""
    if any(o.catalogus != catalogus for o in objects):
        problems.add(camel(name), errors.INCORRECT_CATALOGUS,
                     f"De {name} horen bij een andere catalogus dan dit object.")


async def _next_identificatie() -> str:
    year = date.today().year
    number = await ZaakType.find({}).count() + 1
    while await ZaakType.find_one({"identificatie": f"ZAAKTYPE-{year}-{number:010d}"}) is not None:
        number += 1
    return f"ZAAKTYPE-{year}-{number:010d}"


def _filled(group: Any) -> bool:
    """A field group counts when any of its values does: Open Zaak answers an empty one as all blanks."""
    return any(group.values()) if isinstance(group, dict) else bool(group)


async def _validate_zaaktype(data: dict[str, Any], loaded: dict[str, list[Any]], actor: Actor,
                             problems: Problems) -> None:
    if data.get("verlenging_mogelijk") and not data.get("verlengingstermijn"):
        problems.add("nonFieldErrors", errors.VERLENGING,
                     "Verlengingstermijn moet ingevuld zijn als verlengingMogelijk true is.")
    for name in ("doorlooptijd", "servicenorm", "verlengingstermijn"):
        if rules.is_zero_duration(data.get(name)):
            problems.add(camel(name), errors.NON_ZERO, "De duur mag niet nul zijn.")
    if _filled(data.get("broncatalogus")) != _filled(data.get("bronzaaktype")):
        problems.add("nonFieldErrors", errors.BRON, "Zowel broncatalogus als bronzaaktype moeten opgegeven worden.")
    for name in ("besluittypen", "deelzaaktypen"):
        _check_catalogus(name, loaded.get(name, []), data["catalogus"], problems)
    if actor.selectielijst_root and data.get("selectielijst_procestype"):
        problems.items.extend(await rules.selectielijst_procestype(actor.selectielijst_root,
                                                                   data["selectielijst_procestype"]))
    if not data.get("identificatie"):
        data["identificatie"] = await _next_identificatie()


async def _validate_sub(kind: Kind, data: dict[str, Any], current: SubType | None, loaded: dict[str, list[Any]],
                        actor: Actor, problems: Problems) -> None:
    zaaktypen = loaded.get("zaaktype") or []
    if not zaaktypen:
        return
    zaaktype: ZaakType = zaaktypen[0]
    data["catalogus"] = zaaktype.catalogus
    data["zaaktype_identificatie"] = zaaktype.identificatie
    data["concept"] = zaaktype.concept
    # ztc-010 / ztc-011a: nothing hangs on or off a published zaaktype, except as a correction
    if not actor.force_write:
        old_zaaktype = await by_refs(ZaakType, [current.zaaktype]) if current else {}
        published = not zaaktype.concept or any(not z.concept for z in old_zaaktype.values())
        if kind.model is ZaakTypeInformatieObjectType:
            iots = loaded.get("informatieobjecttype") or []
            if published and iots and not iots[0].concept:
                problems.add("nonFieldErrors", errors.NON_CONCEPT_RELATION,
                             "Het zaaktype en het informatieobjecttype zijn beide gepubliceerd.")
        elif published:
            reason = ("Het bijwerken van een object met een relatie naar een gepubliceerd zaaktype is niet toegestaan."
                      if current else "Een relatie naar een gepubliceerd zaaktype aanmaken is niet toegestaan.")
            problems.add("nonFieldErrors", errors.NON_CONCEPT_ZAAKTYPE, reason)
    # validity is the zaaktype's: given, it must match its beginGeldigheid or versiedatum
    begin = data.get("begin_geldigheid")
    if not begin:
        data["begin_geldigheid"] = zaaktype.begin_geldigheid
    elif begin not in (zaaktype.begin_geldigheid, zaaktype.versiedatum):
        problems.add("beginGeldigheid", errors.GELDIGHEID,
                     "beginGeldigheid moet gelijk zijn aan de beginGeldigheid of versiedatum van het zaaktype.")
    if not data.get("einde_geldigheid"):
        data["einde_geldigheid"] = zaaktype.einde_geldigheid
    for name in ("besluittypen", "informatieobjecttypen", "informatieobjecttype"):
        if name in loaded:
            _check_catalogus(name, loaded[name], zaaktype.catalogus, problems)
    for st in loaded.get("statustype", []):
        if st.zaaktype != data["zaaktype"]:
            problems.add("statustype", errors.INCORRECT_ZAAKTYPE, "Het statustype hoort bij een ander zaaktype.")
    if kind.model is ResultaatType:
        problems.items.extend(rules.brondatum_problems(data.get("brondatum_archiefprocedure")))
        if actor.selectielijst_root:
            problems.items.extend(await rules.selectielijst_resultaattype(
                actor.selectielijst_root, data, zaaktype.selectielijst_procestype))


async def _validate(kind: Kind, data: dict[str, Any], current: Any, actor: Actor, *, sent: set[str] | None) -> None:
    problems = Problems()
    if current is not None and not isinstance(current, SubType) and not actor.force_write:
        # ztc-009: published objects are only changed by a correction, or to end their validity
        if not getattr(current, "concept", True) and not (sent is not None and sent <= {"einde_geldigheid"}):
            problems.add("nonFieldErrors", errors.NON_CONCEPT_OBJECT,
                         "Het is niet toegestaan om een non-concept object bij te werken")
        # ztc-010 (1.3.1): nor are objects related to a published one; Open Zaak reports both
        if not (sent == {"einde_geldigheid"} and data.get("einde_geldigheid")):
            related = await concepts.published_relation(current, concepts.ON_UPDATE)
            if related:
                problems.add("nonFieldErrors", errors.NON_CONCEPT_RELATION,
                             f"Objecten gerelateerd aan gepubliceerde {related} kunnen niet bijgewerkt worden.")
        problems.raise_any()
    loaded = await _related(kind, data, problems)
    _check_dates(data, problems)
    if kind.model is Catalogus:
        if not rules.elfproef(data.get("rsin", "")):
            problems.add("rsin", "invalid", "Onjuist RSIN nummer.")
    elif kind.model is ZaakType:
        await _validate_zaaktype(data, loaded, actor, problems)
    elif kind.model is BesluitType:
        _check_catalogus("informatieobjecttypen", loaded.get("informatieobjecttypen", []), data["catalogus"], problems)
    elif issubclass(kind.model, SubType):
        await _validate_sub(kind, data, current, loaded, actor, problems)
    problems.raise_any()


# --- writes -------------------------------------------------------------------------------------


def _notification(kind: Kind, doc: Any, actor: Actor, actie: str) -> Notification | None:
    if not kind.kanaal:
        return None
    url = actor.url_of(doc.ref)
    return Notification(kanaal=kind.kanaal, hoofd_object=url, resource=kind.label, resource_url=url, actie=actie,
                        kenmerken={"catalogus": actor.url_of(doc.catalogus)})


async def _write(kind: Kind, doc: Any, actor: Actor, actie: str, write: Callable[[], Any]) -> None:
    note = _notification(kind, doc, actor, actie)
    async with notifying() as outbox:
        if note:
            await outbox.add(note)
        try:
            await write()
        finally:
            await version.bump()


async def create(kind: Kind, data: dict[str, Any], actor: Actor) -> Any:
    data = _clean(kind, _iso(data))
    await _validate(kind, data, None, actor, sent=None)
    doc = kind.model(**data)
    await _write(kind, doc, actor, "create", doc.insert)
    return doc


async def update(kind: Kind, uuid: UUID, changes: dict[str, Any], actor: Actor, *, partial: bool) -> Any:
    """PUT (all writable fields given) or PATCH (only the given ones)."""
    current = await get(kind, uuid)
    changes = _clean(kind, _iso(changes))
    data = current.model_dump(exclude={"revision_id"})
    data.update(changes)
    data.pop("id", None)
    await _validate(kind, data, current, actor, sent=set(changes) if partial else None)
    doc = kind.model(id=current.id, **data)
    await _write(kind, doc, actor, "partial_update" if partial else "update", doc.replace)
    if isinstance(doc, ZaakType):
        await _sync_sub_types(doc)
    return doc


async def _sync_sub_types(zaaktype: ZaakType) -> None:
    # the sub-types' validity is derived from the zaaktype's: ending the zaaktype ends them
    values = {"catalogus": zaaktype.catalogus, "zaaktype_identificatie": zaaktype.identificatie,
              "concept": zaaktype.concept, "einde_geldigheid": zaaktype.einde_geldigheid}
    for model in SUB_TYPES:
        await model.find({"zaaktype": zaaktype.ref}).update({"$set": values})


async def delete(kind: Kind, uuid: UUID, actor: Actor) -> None:
    current = await get(kind, uuid)
    if not actor.force_delete:
        if isinstance(current, SubType):
            zaaktype = (await by_refs(ZaakType, [current.zaaktype])).get(current.zaaktype)
            if isinstance(current, ZaakTypeInformatieObjectType):
                iot = (await by_refs(InformatieObjectType, [current.informatieobjecttype])).get(
                    current.informatieobjecttype)
                if zaaktype and not zaaktype.concept and iot and not iot.concept:
                    raise ValidationFailed.non_field(
                        errors.NON_CONCEPT_RELATION,
                        "Objecten gerelateerd aan een gepubliceerd zaaktype en informatieobjecttype kunnen niet "
                        "verwijderd worden.")
            elif zaaktype and not zaaktype.concept:
                raise ValidationFailed.non_field(
                    errors.NON_CONCEPT_ZAAKTYPE,
                    "Objecten gerelateerd aan non-concept zaaktypen kunnen niet verwijderd worden.")
        elif not getattr(current, "concept", True):
            raise ValidationFailed.non_field(errors.NON_CONCEPT_OBJECT, "Alleen concepten kunnen worden verwijderd.")
        elif related := await concepts.published_relation(current, concepts.ON_DELETE):
            # ztc-010 (1.3.1)
            raise ValidationFailed.non_field(errors.NON_CONCEPT_RELATION,
                                             f"Objecten gerelateerd aan gepubliceerde {related} kunnen niet "
                                             "verwijderd worden.")
    await _write(kind, current, actor, "destroy", current.delete)
    await _cascade(current)
    await version.bump()


async def _cascade(doc: Any) -> None:
    """Remove what only existed through the deleted object (idempotent, ordered)."""
    ref = doc.ref
    if isinstance(doc, ZaakType):
        for model in SUB_TYPES:
            await model.find({"zaaktype": ref}).delete()
        await ZaakType.find({"deelzaaktypen": ref}).update({"$pull": {"deelzaaktypen": ref}})
    if isinstance(doc, InformatieObjectType | BesluitType | ZaakType):
        await _cascade_names(doc)
    if isinstance(doc, InformatieObjectType):
        await ZaakTypeInformatieObjectType.find({"informatieobjecttype": ref}).delete()
        await BesluitType.find({"informatieobjecttypen": ref}).update({"$pull": {"informatieobjecttypen": ref}})
        await ResultaatType.find({"informatieobjecttypen": ref}).update({"$pull": {"informatieobjecttypen": ref}})
    elif isinstance(doc, BesluitType):
        await ZaakType.find({"besluittypen": ref}).update({"$pull": {"besluittypen": ref}})
        await ResultaatType.find({"besluittypen": ref}).update({"$pull": {"besluittypen": ref}})
    elif isinstance(doc, StatusType):
        for model in STATUS_SUB_TYPES:
            await model.find({"statustype": ref}).update({"$set": {"statustype": None}})


async def _cascade_names(doc: InformatieObjectType | BesluitType | ZaakType) -> None:
    """The last version of a name is gone: relations by that name in the catalogus go with it."""
    key = names.KEYS[type(doc)]
    if await type(doc).find({"catalogus": doc.catalogus, key: names.name_of(doc)}).count():
        return
    ref, mine = names.names_of(doc), {"catalogus": doc.catalogus}
    if isinstance(doc, InformatieObjectType):
        await ZaakTypeInformatieObjectType.find({"informatieobjecttype": ref, **mine}).delete()
        await BesluitType.find({"informatieobjecttypen": ref, **mine}).update({"$pull": {"informatieobjecttypen": ref}})
        await ResultaatType.find({"informatieobjecttypen": ref, **mine}).update(
            {"$pull": {"informatieobjecttypen": ref}})
    elif isinstance(doc, BesluitType):
        await ZaakType.find({"besluittypen": ref, **mine}).update({"$pull": {"besluittypen": ref}})
        await ResultaatType.find({"besluittypen": ref, **mine}).update({"$pull": {"besluittypen": ref}})
    else:
        await ZaakType.find({"deelzaaktypen": ref, **mine}).update({"$pull": {"deelzaaktypen": ref}})


async def _has_concept(model: type[CatalogiDocument], catalogus: str, refs: list[str]) -> bool:
    if any(d.concept for d in (await by_refs(model, refs)).values()):  # type: ignore[attr-defined]
        return True
    named = [p[1] for r in refs if (p := names.parse(r))]
    published = await names.versions_by_name(model, catalogus, named, {"concept": False})
    return any(not versions for versions in published.values())


def _overlaps(a_begin: str | None, a_einde: str | None, b_begin: str | None, b_einde: str | None) -> bool:
    lo_a, lo_b = a_begin or "0000-00-00", b_begin or "0000-00-00"
    hi_a, hi_b = a_einde or "9999-99-99", b_einde or "9999-99-99"
    return lo_a <= hi_b and lo_b <= hi_a


async def publish(kind: Kind, uuid: UUID, actor: Actor) -> Any:
    doc = await get(kind, uuid)
    problems = Problems()
    if isinstance(doc, ZaakType):
        # ztc-012: everything the zaaktype points at must be published first; a relation by name
        # needs a published version of that name in the catalogus
        ziots = await ZaakTypeInformatieObjectType.find({"zaaktype": doc.ref}).to_list()
        for name, model, refs in (("besluittypen", BesluitType, doc.besluittypen),
                                  ("informatieobjecttypen", InformatieObjectType,
                                   [z.informatieobjecttype for z in ziots]),
                                  ("deelzaaktypen", ZaakType, doc.deelzaaktypen)):
            if await _has_concept(model, doc.catalogus, refs):
                problems.add(name, errors.CONCEPT_RELATION, f"Alle gerelateerde {name} moeten gepubliceerd zijn.")
        same = {"catalogus": doc.catalogus, "identificatie": doc.identificatie}
    else:
        same = {"catalogus": doc.catalogus, "omschrijving": doc.omschrijving}
    # ztc-016: published versions of one type never overlap in validity
    others = await kind.model.find({**same, "concept": False, "_id": {"$ne": doc.id}}).to_list()
    if any(_overlaps(doc.begin_geldigheid, doc.einde_geldigheid, o.begin_geldigheid, o.einde_geldigheid)
           for o in others):
        problems.add("beginGeldigheid", errors.OVERLAP,
                     f"Dit {kind.label} komt al voor binnen de catalogus en opgegeven geldigheidsperiode.")
    problems.raise_any()
    doc.concept = False
    # As Open Zaak: its notifying viewset mixin wraps create, update, partial_update and destroy only,
    # and publish is a separate action, so publishing sends no notification.
    await doc.replace()
    if isinstance(doc, ZaakType):
        await _sync_sub_types(doc)
    await version.bump()
    return doc


def ref_uuid(ref: str) -> UUID | None:
    return uuid_of(ref)
