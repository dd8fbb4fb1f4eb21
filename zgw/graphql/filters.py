"""`ZaakFilter`: every REST zaken filter (same names and meaning), plus what REST cannot express.

The input type is built from the contract's parameter table (the one REST's query parameters come
from), so the two never drift. `criteria(filter, ctx)` turns it into the criteria of the domain
search (zgw.domain.zaken.search: `page` / `page_ids` / `build`), the same function REST uses, so the
zaken index's key lookups (identificatie, betrokkene, work queues) serve GraphQL too.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any, Optional
from uuid import UUID

import strawberry
from strawberry.scalars import JSON

from zgw.domain.autorisaties.policy import Policy
from zgw.domain.errors import InvalidParam, ValidationFailed
from zgw.domain.repository import combine
from zgw.domain.zaken import access, search
from zgw.rest.zaken.filters import URL_FILTERS, to_paths
from zgw.rest.zaken.wire import QUERY_PARAMETERS

SKIP = {"page", "pageSize", "expand", "ordering", "Accept-Crs", "Content-Crs"}
LIST_URL_FILTERS = {"zaaktype__in", "zaaktype__not_in"}


@strawberry.input(description="Zaken met een rol van deze betrokkene, ongeacht het betrokkeneType.")
class BetrokkeneFilter:
    bsn: str | None = strawberry.field(default=None, description="natuurlijkPersoon.inpBsn")
    kvk: str | None = strawberry.field(default=None, description="kvkNummer van een nietNatuurlijkPersoon "
                                                                  "of vestiging")
    vestigingsnummer: str | None = strawberry.field(default=None, description="vestigingsNummer van een "
                                                                               "vestiging of nietNatuurlijkPersoon")
    medewerker: str | None = strawberry.field(default=None, description="medewerker.identificatie")


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
    """name -> (python type, description, allowed values) of every REST list filter and the extras."""
    out: dict[str, tuple[Any, str, list[str] | None]] = {}
    for name, (description, schema) in QUERY_PARAMETERS["GET /zaken"].items():
        if name not in SKIP:
            out[name] = (_python(schema), description, schema.get("enum"))
    # the body of POST /zaken/_zoek adds these
    out["uuid__in"] = (list[UUID], "Lijst van unieke resource identifiers (UUID4)", None)
    out["zaaktype__in"] = (list[str], "Array van zaaktypen.", None)
    out["zaaktype__not_in"] = (list[str], "Array van zaaktypen (uitgesloten).", None)
    # ranges on every date
    for wire in search.DATES:
        for op in ("gt", "gte", "lt", "lte"):
            out.setdefault(f"{wire}__{op}", (date, f"{wire} {op}", None))
        out.setdefault(f"{wire}__isnull", (bool, f"{wire} is leeg", None))
    return out


FIELDS = _rest_fields()


def _make_filter() -> type:
    namespace: dict[str, Any] = {"__module__": __name__, "__annotations__": {}}
    for name, (python, description, allowed) in FIELDS.items():
        if allowed:
            description = f"{description} Een van: {', '.join(allowed)}."
        namespace["__annotations__"][name] = Optional[python]  # noqa: UP045  (strawberry reads it at runtime)
        namespace[name] = strawberry.field(default=None, name=name, description=description or None)
    extras = {
        "zaakgeometrie": (Optional[JSON], None, "`{\"within\": <GeoJSON Polygon>}` as in POST /zaken/_zoek."),  # noqa: UP045
        "is_open": (Optional[bool], "isOpen", "Zaken zonder (true) of met (false) einddatum."),  # noqa: UP045
        "zaaktype_identificatie": (Optional[str], "zaaktypeIdentificatie",  # noqa: UP045
                                   "Zaken van (elke versie van) het zaaktype met deze identificatie."),
        "statustype_omschrijving": (Optional[str], "statustypeOmschrijving",  # noqa: UP045
                                    "Zaken waarvan de huidige status een statustype met deze omschrijving heeft."),
        "betrokkene": (Optional[BetrokkeneFilter], None,  # noqa: UP045
                       "Zaken met een rol (van elk type) van deze betrokkene."),
        "or_": (Optional[list["ZaakFilter"]], "or",  # noqa: UP045
                "Zaken die aan minstens een van deze filters voldoen (en aan de andere velden)."),
    }
    for name, (python, graphql_name, description) in extras.items():
        namespace["__annotations__"][name] = python
        namespace[name] = strawberry.field(default=None, name=graphql_name, description=description)
    cls = type("ZaakFilter", (), namespace)
    return strawberry.input(cls, description="Filter op zaken: elke filter van GET /zaken (zelfde naam en "
                                             "betekenis), met de toevoegingen hieronder. Velden gelden samen (EN).")


ZaakFilter: Any = _make_filter()

# a betrokkene attribute -> the rol__ criteria (one per betrokkeneType holding it) that find it
BETROKKENE = {
    "bsn": ["rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn"],
    "kvk": ["rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__kvkNummer",
            "rol__betrokkeneIdentificatie__vestiging__kvkNummer"],
    "vestigingsnummer": ["rol__betrokkeneIdentificatie__vestiging__vestigingsNummer",
                         "rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__vestigingsNummer"],
    "medewerker": ["rol__betrokkeneIdentificatie__medewerker__identificatie"],
}


def criteria(value: Any, hosts: set[str] | None = None) -> dict[str, Any]:
    """The domain search criteria of a `ZaakFilter` (None: no criteria). URLs become stored references
    (UrlRefused / ValidationFailed as in REST; with the request's local `hosts` a URL elsewhere, a type in
    an external Catalogi API, stays whole); values outside a REST filter's choices are refused."""
    if value is None:
        return {}
    out: dict[str, Any] = {}
    problems: list[InvalidParam] = []
    for name, (_, _, allowed) in FIELDS.items():
        v = getattr(value, name, None)
        if v is None:
            continue
        if allowed and v not in allowed:
            reason = f"Selecteer een geldige keuze. {v} is geen van de beschikbare keuzen."
            problems.append(InvalidParam(name, "invalid_choice", reason))
            continue
        out[name] = v
    if problems:
        raise ValidationFailed(problems)
    if URL_FILTERS & set(out) or LIST_URL_FILTERS & set(out):
        out = to_paths(out, hosts)
    if value.zaakgeometrie is not None:
        out["zaakgeometrie"] = value.zaakgeometrie
    if value.is_open is not None:
        out.setdefault("and", []).append({"einddatum__isnull": bool(value.is_open)})
    if value.zaaktype_identificatie is not None:
        out["zaaktype__identificatie"] = value.zaaktype_identificatie
    if value.statustype_omschrijving is not None:
        out["status__statustype__omschrijving"] = value.statustype_omschrijving
    betrokkene = value.betrokkene
    if betrokkene is not None:
        for field in dataclasses.fields(BetrokkeneFilter):  # type: ignore[arg-type]
            wanted = getattr(betrokkene, field.name)
            if wanted is None:
                continue
            names = BETROKKENE[field.name]
            branches = [{name: wanted} for name in names]
            out.setdefault("and", []).append(branches[0] if len(branches) == 1 else {"or": branches})
    if value.or_ is not None:
        out.setdefault("and", []).append({"or": [criteria(b, hosts) for b in value.or_]})
    return out


def order(value: list[str] | None) -> list[str] | None:
    """`orderBy`: REST's `ordering` values (["-startdatum", "identificatie"]); checked by the domain."""
    if value:
        search.sort(value)
    return value or None


async def query(policy: Policy, found: dict[str, Any]) -> dict[str, Any]:
    """The MongoDB filter of the zaken the caller may read that match these criteria (for aggregations)."""
    return combine(await search.build(found), access.list_filter(policy))
