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
from zgw.domain.repository import combine
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
      "archiefstatus__in": "archiefstatus", "zaaktype__in": "zaaktype"}
ROL_IDENTIFICATIE = {
    "natuurlijkPersoon": "natuurlijk_persoon", "nietNatuurlijkPersoon": "niet_natuurlijk_persoon",
    "vestiging": "vestiging", "medewerker": "medewerker", "organisatorischeEenheid": "organisatorische_eenheid",
}
ORDERING = {"startdatum", "einddatum", "publicatiedatum", "archiefactiedatum", "registratiedatum", "identificatie"}
DEFAULT_SORT: list[tuple[str, int]] = [("seq", -1)]
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
    if rol_query is NOTHING:
        return []
    collection = Rol.get_pymongo_collection()
    refs = await collection.distinct("zaak", rol_query)
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


async def _within(polygon: Any, base: dict[str, Any]) -> list[UUID]:
    try:
        shape = geo.parse(polygon)
        box = geo.within_query(polygon)
    except ValueError as exc:
        raise ValidationFailed.field("zaakgeometrie.within", "invalid", str(exc)) from None
    collection = Zaak.get_pymongo_collection()
    cursor = collection.find(combine(base, box), {"_id": 1, "zaakgeometrie": 1})
    return [doc["_id"] async for doc in cursor if geo.is_within(doc.get("zaakgeometrie"), shape)]


async def build(criteria: dict[str, Any]) -> dict[str, Any]:
    """The MongoDB filter for these criteria (absent or None values are ignored)."""
    parts: list[dict[str, Any]] = []
    for name, value in criteria.items():
        if value is None or name.startswith("rol__") or name in ("zaakgeometrie", "ordering", "expand", "fields"):
            continue
        field, _, op = name.partition("__")
        if name in EQUAL:
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
        parts.append({"_id": {"$in": await _zaak_ids_with_rol(rol_query)}})
    query = combine(*parts)
    geometry = criteria.get("zaakgeometrie")
    if geometry is not None:
        within = geometry.get("within") if isinstance(geometry, dict) else None
        if within is None:
            raise ValidationFailed.field("zaakgeometrie.within", "required", "Dit veld is vereist.")
        query = combine(query, {"_id": {"$in": await _within(within, query)}})
    return query


def sort(ordering: list[str] | None) -> list[tuple[str, int]]:
    """Sort for `ordering` (e.g. ["-startdatum", "identificatie"]); default newest first."""
    out: list[tuple[str, int]] = []
    for item in ordering or []:
        name = item.removeprefix("-")
        if name not in ORDERING:
            raise ValidationFailed.field("ordering", "invalid-ordering", f"Ongeldige ordening: {item}.")
        out.append((name, -1 if item.startswith("-") else 1))
    return out + DEFAULT_SORT


def is_plain(criteria: dict[str, Any]) -> bool:
    """Whether the listing can answer: no criteria but (optionally) `zaaktype`, default order."""
    used = {k for k, v in criteria.items() if v not in (None, [], "")} - {"expand"}
    return used <= {"zaaktype"}


async def page(policy: Policy, criteria: dict[str, Any], *, offset: int, limit: int) -> tuple[int, list[Zaak]]:
    """(count, zaken) of one page of the zaken the caller may read that match `criteria`.

    Without criteria (but `zaaktype`) and in the default order, the Redis listing answers count and
    ids and the page is read by `_id`; otherwise the database query does, with the caller's
    authorisations in it. Both give the same answer (tests/rest/zaken/test_listing_paths.py).
    """
    from zgw.domain.repository import get_many
    from zgw.domain.zaken import access, listings
    from zgw.domain.zaken.repository import zaken

    criteria = dict(criteria)
    ordering = criteria.pop("ordering", None)
    order = sort(ordering)
    listing = listings.get()
    if is_plain(criteria) and not ordering and await listing.ready():
        visible = listings.visible_from_policy(policy, access.LEZEN)
        zaaktype = criteria.get("zaaktype")
        count = await listing.count(visible, zaaktype)
        ids = await listing.page(visible, offset, limit, zaaktype)
        return count, await get_many(Zaak, [UUID(i) for i in ids])
    query = combine(await build(criteria), access.list_filter(policy))
    return await zaken.count(query), await zaken.page(query, offset=offset, limit=limit, sort=order)
