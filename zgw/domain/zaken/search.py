"""Zaken list filters (`GET /zaken`, `POST /zaken/_zoek`, later GraphQL) as one MongoDB query.

Criteria arrive with wire names (`einddatumGepland__lt`, `rol__betrokkeneIdentificatie__…`) and
typed values (dates as `date`, lists as lists, URLs already turned into stored references).
All `rol__…` criteria select one rol together (one query on the rollen collection), so they must
match the same rol. The geometry criterion selects by bounding box in the database and keeps the
zaken whose geometry lies exactly within the polygon.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any
from uuid import UUID

from zgw.domain.autorisaties.policy import Policy
from zgw.domain.catalogi.documents import ZaakType
from zgw.domain.common.vertrouwelijkheid import levels_up_to
from zgw.domain.errors import ValidationFailed
from zgw.domain.repository import by_ids, combine
from zgw.domain.zaken import assurance, geo
from zgw.domain.zaken.documents import Rol, Zaak

DATES = {
    "startdatum": "startdatum", "registratiedatum": "registratiedatum", "einddatum": "einddatum",
    "einddatumGepland": "einddatum_gepland", "uiterlijkeEinddatumAfdoening": "uiterlijke_einddatum_afdoening",
    "archiefactiedatum": "archiefactiedatum",
}
OPS = {"gt": "$gt", "gte": "$gte", "lt": "$lt", "lte": "$lte"}
EQUAL = {
    "identificatie": "identificatie", "bronorganisatie": "bronorganisatie", "zaaktype": "zaaktype",
    "archiefnominatie": "archiefnominatie", "archiefstatus": "archiefstatus",
    "status__statustype": "status_statustype", "resultaat__resultaattype": "resultaat_resultaattype",
}
IN = {"bronorganisatie__in": "bronorganisatie", "archiefnominatie__in": "archiefnominatie",
      "archiefstatus__in": "archiefstatus", "zaaktype__in": "zaaktype",
      "status__statustype__in": "status_statustype"}
ROL_IDENTIFICATIE = {
    "natuurlijkPersoon": "natuurlijk_persoon", "nietNatuurlijkPersoon": "niet_natuurlijk_persoon",
    "vestiging": "vestiging", "medewerker": "medewerker", "organisatorischeEenheid": "organisatorische_eenheid",
}
ORDERING = {"startdatum", "einddatum", "publicatiedatum", "archiefactiedatum", "registratiedatum", "identificatie"}
NOTHING: dict[str, Any] = {"_id": {"$in": []}}


def _value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def icontains(value: str) -> dict[str, Any]:
    return {"$regex": re.escape(value), "$options": "i"}


def _rol_query(criteria: dict[str, Any]) -> dict[str, Any]:
    query: dict[str, Any] = {}
    for name, value in criteria.items():
        if not name.startswith("rol__") or value is None:
            continue
        rest = name.removeprefix("rol__")
        if rest == "betrokkeneType":
            query["betrokkene_type"] = value
        elif rest == "betrokkene":
            query["betrokkene"] = value
        elif rest == "omschrijvingGeneriek":
            query["omschrijving_generiek"] = value
        elif rest == "machtiging":
            query["indicatie_machtiging"] = "" if value == "eigen" else value
        elif rest == "machtiging__loa":
            query["authenticatie_context.levelOfAssurance"] = {"$in": assurance.up_to(value)}
        elif rest.startswith("betrokkeneIdentificatie__"):
            _, kind, attribute = rest.split("__", 2)
            betrokkene_type = ROL_IDENTIFICATIE[kind]
            if query.get("betrokkene_type", betrokkene_type) != betrokkene_type:
                return NOTHING
            query["betrokkene_type"] = betrokkene_type
            query[f"betrokkene_identificatie.{attribute}"] = value
    return query


async def _zaak_ids_with_rol(rol_query: dict[str, Any]) -> list[UUID]:
    """The zaken that have a rol matching `rol_query` (all rollen, or those of `_id` at its top level)."""
    if rol_query is NOTHING:
        return []
    refs = await Rol.get_pymongo_collection().distinct("zaak", rol_query)
    out = []
    for ref in refs:
        try:
            out.append(UUID(str(ref).rsplit("/", 1)[-1]))
        except ValueError:
            continue
    return out


async def _zaaktypen_by_omschrijving(value: str) -> list[str]:
    found = await ZaakType.find({"omschrijving": icontains(value)}).to_list()
    return [z.ref for z in found]


async def _catalogue_refs(model: type[Any], field: str, value: str, *, contains: bool = False) -> list[str]:
    """The references of the catalogue documents whose `field` equals (or contains) `value`."""
    from zgw.domain.catalogi.repository import snapshot

    docs = await snapshot(model)
    if docs is None:
        query = {field: icontains(value) if contains else value}
        return [d.ref for d in await model.find(query).to_list()]
    needle = value.lower()
    return [d.ref for d in docs
            if (needle in str(getattr(d, field, "")).lower() if contains else getattr(d, field, None) == value)]


async def _within(polygon: Any, base: dict[str, Any]) -> list[UUID]:
    try:
        shape = geo.parse(polygon)
        box = geo.within_query(polygon)
    except ValueError as exc:
        raise ValidationFailed.field("zaakgeometrie.within", "invalid", str(exc)) from None
    collection = Zaak.get_pymongo_collection()
    cursor = collection.find(combine(base, box), {"_id": 1, "zaakgeometrie": 1})
    return [doc["_id"] async for doc in cursor if geo.is_within(doc.get("zaakgeometrie"), shape)]


async def build(criteria: dict[str, Any], *, rollen: list[UUID] | None = None) -> dict[str, Any]:
    """The MongoDB filter for these criteria (absent or None values are ignored).

    Beyond the REST filters (GraphQL): `and` / `or` take lists of criteria (AND / OR of their
    filters), `zaaktype__identificatie` and `status__statustype__omschrijving` select by catalogue
    field. `rollen`: the `rol__` criteria look among these rollen only (by `_id`) instead of the
    whole collection (the candidates' rollen, see `page_ids`).
    """
    parts: list[dict[str, Any]] = []
    for name, value in criteria.items():
        if value is None or name.startswith("rol__") or name in ("zaakgeometrie", "ordering", "expand", "fields"):
            continue
        field, _, op = name.partition("__")
        if name == "and":
            parts.extend([await build(item, rollen=rollen) for item in value])
        elif name == "or":
            branches = [await build(item, rollen=rollen) for item in value]
            parts.append({"$or": branches} if branches else NOTHING)
        elif name == "zaaktype__identificatie":
            parts.append({"zaaktype": {"$in": await _catalogue_refs(ZaakType, "identificatie", value)}})
        elif name == "status__statustype__omschrijving":
            from zgw.domain.catalogi.documents import StatusType

            refs = await _catalogue_refs(StatusType, "omschrijving", value)
            parts.append({"status_statustype": {"$in": refs}})
        elif name in EQUAL:
            parts.append({EQUAL[name]: value})
        elif name in IN:
            parts.append({IN[name]: {"$in": list(value)}})
        elif field in DATES and op in OPS:
            parts.append({DATES[field]: {OPS[op]: _value(value)}})
        elif field in DATES and op == "isnull":
            parts.append({DATES[field]: None} if value else {DATES[field]: {"$ne": None}})
        elif field in DATES and not op:
            parts.append({DATES[field]: _value(value)})
        elif name == "identificatie__icontains":
            parts.append({"identificatie": icontains(value)})
        elif name == "omschrijving":
            parts.append({"omschrijving": icontains(value)})
        elif name == "zaaktype__omschrijving":
            parts.append({"zaaktype": {"$in": await _zaaktypen_by_omschrijving(value)}})
        elif name == "zaaktype__not_in":
            parts.append({"zaaktype": {"$nin": list(value)}})
        elif name == "maximaleVertrouwelijkheidaanduiding":
            parts.append({"vertrouwelijkheidaanduiding": {"$in": levels_up_to(value)}})
        elif name == "kenmerk":
            bron, sep, kenmerk = str(value).partition(":")
            if not sep:
                raise ValidationFailed.field("kenmerk", "invalid", "Gebruik het formaat <bron>:<kenmerk>.")
            parts.append({"kenmerk_sleutels": f"{bron}:{kenmerk}"})
        elif name == "kenmerk__bron":
            parts.append({"kenmerken.bron": value})
        elif name == "uuid__in":
            parts.append({"_id": {"$in": [UUID(str(v)) for v in value]}})
    rol_query = _rol_query(criteria)
    if rol_query:
        if rollen is not None and rol_query is not NOTHING:
            rol_query = by_ids(rollen, rol_query)
        parts.append({"_id": {"$in": await _zaak_ids_with_rol(rol_query)}})
    query = combine(*parts)
    geometry = criteria.get("zaakgeometrie")
    if geometry is not None:
        within = geometry.get("within") if isinstance(geometry, dict) else None
        if within is None:
            raise ValidationFailed.field("zaakgeometrie.within", "required", "Dit veld is vereist.")
        query = combine(query, {"_id": {"$in": await _within(within, query)}})
    return query


NULLABLE_ORDERING = {"einddatum", "publicatiedatum", "archiefactiedatum"}


def sort(ordering: list[str] | None) -> list[tuple[str, int]]:
    """Sort for `ordering` (e.g. ["-startdatum", "identificatie"]); default newest first.

    Ties are broken by creation order in the direction of the last ordering field (the zaken index
    keeps one score per order, read either way).
    """
    out: list[tuple[str, int]] = []
    for item in ordering or []:
        name = item.removeprefix("-")
        if name not in ORDERING:
            raise ValidationFailed.field("ordering", "invalid-ordering", f"Ongeldige ordening: {item}.")
        out.append((name, -1 if item.startswith("-") else 1))
    return [*out, ("seq", out[-1][1] if out else -1)]


def _used(criteria: dict[str, Any]) -> set[str]:
    return {k for k, v in criteria.items() if v not in (None, [], "")} - {"expand", "fields"}


async def _statustype_zaaktype(ref: str) -> str | None:
    from zgw.domain.catalogi import read as catalogue
    from zgw.domain.catalogi.documents import StatusType

    statustype = await catalogue.get_or_none(StatusType, ref)
    return statustype.zaaktype if statustype is not None else None


async def _family_page(policy: Policy, criteria: dict[str, Any], ordering: list[str] | None, *, offset: int,
                       limit: int) -> tuple[int, list[UUID]] | None:
    """(count, ids) from one family of the index, when the query is one of its shapes; else None.

    Shapes: no criteria or `zaaktype` (default order or ±startdatum); `zaaktype` with
    `einddatum__isnull=true` (±startdatum); `status__statustype`, optionally with its `zaaktype`
    (±startdatum).
    """
    from zgw.domain.zaken import access, listings

    order = list(ordering or [])
    if order not in ([], ["startdatum"], ["-startdatum"]):
        return None
    ascending = order == ["startdatum"]
    used = _used(criteria)
    visible = listings.visible_from_policy(policy, access.LEZEN)
    zaaktype = criteria.get("zaaktype")
    if used <= {"zaaktype"}:
        family = "s:" if order else ""
        key = zaaktype
    elif used == {"zaaktype", "einddatum__isnull"} and criteria["einddatum__isnull"] is True and order:
        family, key = "o:", zaaktype
    elif used in ({"status__statustype"}, {"status__statustype", "zaaktype"}) and order:
        key = criteria["status__statustype"]
        owner = await _statustype_zaaktype(key)
        if owner is None or (zaaktype is not None and zaaktype != owner):
            return 0, []
        family = "st:"
        if visible is not None:
            visible = {key: visible[owner]} if owner in visible else {}
    else:
        return None
    index = listings.get()
    count = await index.count(visible, key, family)
    ids = await index.page(visible, offset, limit, key, family, ascending)
    return count, [UUID(i) for i in ids]


async def _candidate_ids(criteria: dict[str, Any]) -> list[UUID] | None:
    """The zaken that may match `criteria`, from the index's key sets (identificatie, betrokkene),
    narrowed by the `rol__` criteria on those zaken's rollen; None when no criterion is a key."""
    from zgw.domain.repository import by_ids
    from zgw.domain.zaken import indexing

    if criteria.get("zaakgeometrie") is not None:
        return None
    ids = await indexing.candidates(criteria)
    if ids is None:
        return None
    rol_query = _rol_query(criteria)
    if not rol_query or not ids:
        return ids
    if rol_query is NOTHING:
        return []
    zaken = Zaak.get_pymongo_collection().find({"_id": {"$in": ids}}, {"rollen": 1})
    rol_ids = [rid async for doc in zaken for rid in doc.get("rollen") or []]
    return await _zaak_ids_with_rol(by_ids(rol_ids, rol_query)) if rol_ids else []


async def _nested_candidates(criteria: dict[str, Any]) -> set[UUID] | None:
    """A superset of the zaken matching `criteria` from the index's key sets, also through `and`
    (any item with keys narrows) and `or` (when every branch has keys: their union); None: no keys."""
    from zgw.domain.zaken import indexing

    sets: list[set[UUID]] = []
    ids = await indexing.candidates(criteria)
    if ids is not None:
        sets.append(set(ids))
    for item in criteria.get("and") or []:
        found = await _nested_candidates(item)
        if found is not None:
            sets.append(found)
    branches = criteria.get("or")
    if branches:
        each = [await _nested_candidates(b) for b in branches]
        if all(e is not None for e in each):
            sets.append(set().union(*[e for e in each if e is not None]))
    return set.intersection(*sets) if sets else None


async def _rollen_of(ids: list[UUID]) -> list[UUID]:
    zaken = Zaak.get_pymongo_collection().find({"_id": {"$in": ids}}, {"rollen": 1})
    return [rid async for doc in zaken for rid in doc.get("rollen") or []]


async def page(policy: Policy, criteria: dict[str, Any], *, offset: int, limit: int) -> tuple[int, list[Zaak]]:
    """(count, zaken) of one page of the zaken the caller may read that match `criteria` (see `page_ids`)."""
    from zgw.domain.repository import get_many

    count, ids, docs = await page_ids(policy, criteria, offset=offset, limit=limit)
    return count, docs if docs is not None else await get_many(Zaak, ids)


async def page_ids(policy: Policy, criteria: dict[str, Any], *, offset: int, limit: int
                   ) -> tuple[int, list[UUID], list[Zaak] | None]:
    """(count, ids, zaken or None) of one page of the zaken the caller may read that match `criteria`.

    The zaken index (Redis, `listing.py`) answers the frequent shapes without a database scan: the
    unfiltered list and work queues from its ordered sets (then only the ids are known: the caller
    reads or renders them by `_id`, and the zaken are None), and the zaken of an identificatie or a
    betrokkene from its key sets (then the database query runs over those ids only). Every other
    query, and every query while the index is not ready, is the database query with the caller's
    authorisations in it. All paths give the same answer (tests/rest/zaken/test_listing_paths.py,
    tests/perf/test_hot_queries.py).
    """
    from zgw.domain.repository import by_ids
    from zgw.domain.zaken import access, listings
    from zgw.domain.zaken.repository import zaken

    criteria = dict(criteria)
    ordering = criteria.pop("ordering", None)
    order = sort(ordering)
    if await listings.get().ready():
        found = await _family_page(policy, criteria, ordering, offset=offset, limit=limit)
        if found is not None:
            count, ids = found
            return count, ids, None
        candidates = await _candidate_ids(criteria)
        if candidates is not None:
            rest = {k: v for k, v in criteria.items() if not k.startswith("rol__")}
            rollen = await _rollen_of(candidates) if _nested(rest) and candidates else None
            query = by_ids(candidates, await build(rest, rollen=rollen), access.list_filter(policy))
            docs = await _sorted_page(query, order, offset, limit)
            return await zaken.count(query), [d.id for d in docs], docs
        nested = await _nested_candidates(criteria) if _nested(criteria) else None
        if nested is not None and criteria.get("zaakgeometrie") is None:
            ids = sorted(nested)
            query = by_ids(ids, await build(criteria, rollen=await _rollen_of(ids) if ids else []),
                           access.list_filter(policy))
            docs = await _sorted_page(query, order, offset, limit)
            return await zaken.count(query), [d.id for d in docs], docs
    query = combine(await build(criteria), access.list_filter(policy))
    docs = await _sorted_page(query, order, offset, limit)
    return await zaken.count(query), [d.id for d in docs], docs


def _nested(criteria: dict[str, Any]) -> bool:
    return bool(criteria.get("and") or criteria.get("or"))


async def _sorted_page(query: dict[str, Any], order: list[tuple[str, int]], offset: int, limit: int) -> list[Zaak]:
    """One page in `order`, with empty values of a date field last ascending and first descending
    (PostgreSQL's order, which Open Zaak's clients see; MongoDB puts null first ascending)."""
    from zgw.domain.zaken.repository import zaken

    field, direction = order[0]
    if field not in NULLABLE_ORDERING:
        return await zaken.page(query, offset=offset, limit=limit, sort=order)
    empty, filled = combine(query, {field: None}), combine(query, {field: {"$ne": None}})
    first, second = (filled, empty) if direction == 1 else (empty, filled)
    n_first = await zaken.count(first)
    out: list[Zaak] = []
    if offset < n_first:
        out = await zaken.page(first, offset=offset, limit=limit, sort=order)
    if len(out) < limit:
        out += await zaken.page(second, offset=max(0, offset - n_first), limit=limit - len(out), sort=order)
    return out
