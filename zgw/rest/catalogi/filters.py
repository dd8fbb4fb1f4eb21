"""List filters of the Catalogi API, as dependencies that produce a MongoDB query."""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from fastapi import Query

from zgw.domain.catalogi import names
from zgw.domain.catalogi.documents import BesluitType, InformatieObjectType, ZaakType, ZaakTypeInformatieObjectType
from zgw.domain.catalogi.repository import by_ref
from zgw.domain.errors import ValidationFailed
from zgw.domain.repository import combine

Status = Literal["alles", "concept", "definitief"]
STATUS_DESCRIPTION = (
    "filter objecten op basis van de publicatiestatus:\n* `alles`: Toon objecten waarvan het attribuut `concept` "
    "true of false is.\n* `concept`: Toon objecten waarvan het attribuut `concept` true is.\n* `definitief`: Toon "
    "objecten waarvan het attribuut `concept` false is (standaard)."
)
NOTHING: dict[str, Any] = {"_id": {"$in": []}}

Q = dict[str, Any]
CSV_DESCRIPTION = "Meerdere waarden kunnen gescheiden worden door komma's."


def path_of(url: str, name: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValidationFailed.field(name, "invalid", "Voer een geldige URL in.")
    return parts.path.rstrip("/")


def status_q(status: str | None) -> Q:
    if status == "alles":
        return {}
    return {"concept": status == "concept"}


def geldig_q(datum: date | None) -> Q:
    if datum is None:
        return {}
    d = datum.isoformat()
    return {"begin_geldigheid": {"$lte": d}, "$or": [{"einde_geldigheid": None}, {"einde_geldigheid": {"$gte": d}}]}


def icontains(value: str) -> Q:
    return {"$regex": re.escape(value), "$options": "i"}


def csv(value: str | None) -> list[str]:
    return [v for v in (value or "").split(",") if v]


StatusParam = Annotated[Status | None, Query(description=STATUS_DESCRIPTION)]
DatumGeldigheid = Annotated[date | None, Query(alias="datumGeldigheid",
                                               description="filter objecten op hun geldigheids datum.")]
URI: dict[str, Any] = {"format": "uri"}
CatalogusParam = Annotated[str | None, Query(description="URL-referentie naar de CATALOGUS.", json_schema_extra=URI)]
ZaaktypeParam = Annotated[str | None, Query(description="URL-referentie naar het ZAAKTYPE.", json_schema_extra=URI)]
ZaaktypeIdentificatie = Annotated[str | None, Query(
    alias="zaaktypeIdentificatie",
    description="Unieke identificatie van het ZAAKTYPE binnen de CATALOGUS waarin het ZAAKTYPE voorkomt.")]
Expand = Annotated[str | None, Query(
    description="Haal details van gelinkte resources direct op. Als je meerdere resources tegelijk wilt ophalen "
                "kun je deze scheiden met een komma.")]


def catalogus_filter(
    domein: Annotated[str | None, Query(description="Een afkorting waarmee wordt aangegeven voor welk domein in "
                                                    "een CATALOGUS ZAAKTYPEn zijn uitgewerkt.")] = None,
    domein__in: Annotated[str | None, Query(description=CSV_DESCRIPTION)] = None,
    rsin: Annotated[str | None, Query(description="Het RSIN van de INGESCHREVEN NIET-NATUURLIJK PERSOON die "
                                                  "beheerder is van de CATALOGUS.")] = None,
    rsin__in: Annotated[str | None, Query(description=CSV_DESCRIPTION)] = None,
) -> Q:
    parts: list[Q] = []
    if domein is not None:
        parts.append({"domein": domein})
    if domein__in is not None:
        parts.append({"domein": {"$in": csv(domein__in)}})
    if rsin is not None:
        parts.append({"rsin": rsin})
    if rsin__in is not None:
        parts.append({"rsin": {"$in": csv(rsin__in)}})
    return combine(*parts)


def zaaktype_filter(
    catalogus: CatalogusParam = None,
    datum_geldigheid: DatumGeldigheid = None,
    identificatie: Annotated[str | None, Query(description="Unieke identificatie van het ZAAKTYPE binnen de "
                                                           "CATALOGUS waarin het ZAAKTYPE voorkomt.")] = None,
    identificatie__icontains: Annotated[str | None, Query(
        description="**EXPERIMENTEEL** Filter op (een deel van de) identificatie (hoofdletterongevoelig).")] = None,
    omschrijving__icontains: Annotated[str | None, Query(
        description="**EXPERIMENTEEL** Filter op (een deel van de) omschrijving (hoofdletterongevoelig).")] = None,
    status: StatusParam = None,
    trefwoorden: Annotated[str | None, Query(description=CSV_DESCRIPTION)] = None,
) -> Q:
    parts: list[Q] = [status_q(status), geldig_q(datum_geldigheid)]
    if catalogus is not None:
        parts.append({"catalogus": path_of(catalogus, "catalogus")})
    if identificatie is not None:
        parts.append({"identificatie": identificatie})
    if identificatie__icontains is not None:
        parts.append({"identificatie": icontains(identificatie__icontains)})
    if omschrijving__icontains is not None:
        parts.append({"omschrijving": icontains(omschrijving__icontains)})
    if trefwoorden:
        parts.append({"trefwoorden": {"$all": csv(trefwoorden)}})
    return combine(*parts)


async def informatieobjecttype_filter(
    catalogus: CatalogusParam = None,
    datum_geldigheid: DatumGeldigheid = None,
    omschrijving: Annotated[str | None, Query(description="Omschrijving van de aard van informatieobjecten van "
                                                          "dit INFORMATIEOBJECTTYPE.")] = None,
    omschrijving__icontains: Annotated[str | None, Query(
        description="**EXPERIMENTEEL** Filter op (een deel van de) omschrijving (hoofdletterongevoelig).")] = None,
    status: StatusParam = None,
    zaaktype: Annotated[str | None, Query(
        description="**EXPERIMENTEEL** URL-referentie naar het ZAAKTYPE.", json_schema_extra=URI)] = None,
) -> Q:
    parts: list[Q] = [status_q(status), geldig_q(datum_geldigheid)]
    if catalogus is not None:
        parts.append({"catalogus": path_of(catalogus, "catalogus")})
    if omschrijving is not None:
        parts.append({"omschrijving": omschrijving})
    if omschrijving__icontains is not None:
        parts.append({"omschrijving": icontains(omschrijving__icontains)})
    if zaaktype is not None:
        ref = path_of(zaaktype, "zaaktype")
        ziots = await ZaakTypeInformatieObjectType.find({"zaaktype": ref}).to_list()
        catalogus = ziots[0].catalogus if ziots else ""
        parts.append(names.answered_q(InformatieObjectType, catalogus, [z.informatieobjecttype for z in ziots],
                                      datum_geldigheid))
    return combine(*parts)


async def besluittype_filter(
    catalogus: CatalogusParam = None,
    datum_geldigheid: DatumGeldigheid = None,
    informatieobjecttypen: Annotated[str | None, Query(description="ZAAK-INFORMATIEOBJECTTYPE met "
                                                                   "informatieobjecten van dit type.",
                                                       json_schema_extra=URI)] = None,
    omschrijving: Annotated[str | None, Query(description="Omschrijving van de aard van BESLUITen van het "
                                                          "BESLUITTYPE.")] = None,
    status: StatusParam = None,
    zaaktypen: Annotated[str | None, Query(description="ZAAKTYPE met ZAAKen die relevant kunnen zijn voor dit "
                                                       "BESLUITTYPE", json_schema_extra=URI)] = None,
) -> Q:
    parts: list[Q] = [status_q(status), geldig_q(datum_geldigheid)]
    if catalogus is not None:
        parts.append({"catalogus": path_of(catalogus, "catalogus")})
    if informatieobjecttypen is not None:
        parts.append(await names.pointing_q("informatieobjecttypen", InformatieObjectType,
                                            path_of(informatieobjecttypen, "informatieobjecttypen")))
    if omschrijving is not None:
        parts.append({"omschrijving": omschrijving})
    if zaaktypen is not None:
        zaaktype = await by_ref(ZaakType, path_of(zaaktypen, "zaaktypen"))
        parts.append(names.answered_q(BesluitType, zaaktype.catalogus if zaaktype else "",
                                      zaaktype.besluittypen if zaaktype else [], datum_geldigheid))
    return combine(*parts)


def _sub_parts(status: str | None, datum: date | None, zaaktype: str | None, identificatie: str | None) -> list[Q]:
    parts: list[Q] = [status_q(status), geldig_q(datum)]
    if zaaktype is not None:
        parts.append({"zaaktype": path_of(zaaktype, "zaaktype")})
    if identificatie is not None:
        parts.append({"zaaktype_identificatie": identificatie})
    return parts


def sub_filter(
    datum_geldigheid: DatumGeldigheid = None,
    status: StatusParam = None,
    zaaktype: ZaaktypeParam = None,
    zaaktype_identificatie: ZaaktypeIdentificatie = None,
) -> Q:
    return combine(*_sub_parts(status, datum_geldigheid, zaaktype, zaaktype_identificatie))


def resultaattype_filter(
    datum_geldigheid: DatumGeldigheid = None,
    status: StatusParam = None,
    zaaktype: ZaaktypeParam = None,
    zaaktype_identificatie: ZaaktypeIdentificatie = None,
    # Catalogi 1.3.3 spells these two in snake case
    zaaktype_identificatie_133: Annotated[str | None, Query(alias="zaaktype_identificatie",
                                                            description="Catalogi 1.3.1/1.3.3 spelling van "
                                                                        "zaaktypeIdentificatie.")] = None,
    datum_geldigheid_133: Annotated[date | None, Query(alias="datum_geldigheid", description="Catalogi 1.3.1/1.3.3 "
                                                       "spelling van datumGeldigheid.")] = None,
) -> Q:
    return combine(*_sub_parts(status, datum_geldigheid or datum_geldigheid_133, zaaktype,
                               zaaktype_identificatie or zaaktype_identificatie_133))


def roltype_filter(
    datum_geldigheid: DatumGeldigheid = None,
    omschrijving: Annotated[str | None, Query(
        description="**EXPERIMENTEEL** Filter op (een deel van de) omschrijving (hoofdletterongevoelig).")] = None,
    omschrijving_generiek: Annotated[str | None, Query(
        alias="omschrijvingGeneriek", description="Algemeen gehanteerde omschrijving van de aard van de ROL.",
        json_schema_extra={"enum": ["adviseur", "behandelaar", "belanghebbende", "beslisser", "initiator",
                                    "klantcontacter", "zaakcoordinator", "mede_initiator"]})] = None,
    status: StatusParam = None,
    zaaktype: ZaaktypeParam = None,
    zaaktype_identificatie: ZaaktypeIdentificatie = None,
) -> Q:
    parts = _sub_parts(status, datum_geldigheid, zaaktype, zaaktype_identificatie)
    if omschrijving is not None:
        parts.append({"omschrijving": icontains(omschrijving)})
    if omschrijving_generiek is not None:
        parts.append({"omschrijving_generiek": omschrijving_generiek})
    return combine(*parts)


def zaakobjecttype_filter(
    ander_objecttype: Annotated[bool | None, Query(alias="anderObjecttype",
                                                   description="Aanduiding waarmee wordt aangegeven of het "
                                                               "ZAAKOBJECTTYPE een ander, niet in RSGB en RGBZ "
                                                               "voorkomend, objecttype betreft.")] = None,
    catalogus: CatalogusParam = None,
    datum_begin_geldigheid: Annotated[date | None, Query(alias="datumBeginGeldigheid",
                                                         description="De datum waarop het is ontstaan.")] = None,
    datum_einde_geldigheid: Annotated[date | None, Query(alias="datumEindeGeldigheid",
                                                         description="De datum waarop het is opgeheven.")] = None,
    datum_geldigheid: DatumGeldigheid = None,
    objecttype: Annotated[str | None, Query(description="URL-referentie naar de OBJECTTYPE waartoe dit "
                                                        "ZAAKOBJECTTYPE behoort.", json_schema_extra=URI)] = None,
    relatie_omschrijving: Annotated[str | None, Query(alias="relatieOmschrijving",
                                                      description="Omschrijving van de betrekking van het "
                                                                  "Objecttype op zaken van het gerelateerde "
                                                                  "ZAAKTYPE.")] = None,
    status: StatusParam = None,
    zaaktype: ZaaktypeParam = None,
    zaaktype_identificatie: ZaaktypeIdentificatie = None,
) -> Q:
    parts = _sub_parts(status, datum_geldigheid, zaaktype, zaaktype_identificatie)
    if ander_objecttype is not None:
        parts.append({"ander_objecttype": ander_objecttype})
    if catalogus is not None:
        parts.append({"catalogus": path_of(catalogus, "catalogus")})
    if datum_begin_geldigheid is not None:
        parts.append({"begin_geldigheid": datum_begin_geldigheid.isoformat()})
    if datum_einde_geldigheid is not None:
        parts.append({"einde_geldigheid": datum_einde_geldigheid.isoformat()})
    if objecttype is not None:
        parts.append({"objecttype": objecttype})
    if relatie_omschrijving is not None:
        parts.append({"relatie_omschrijving": relatie_omschrijving})
    return combine(*parts)


async def ziot_filter(
    informatieobjecttype: Annotated[str | None, Query(description="URL-referentie naar het INFORMATIEOBJECTTYPE.",
                                                      json_schema_extra=URI)] = None,
    richting: Annotated[Literal["inkomend", "intern", "uitgaand"] | None, Query(
        description="Aanduiding van de richting van informatieobjecten van het gerelateerde INFORMATIEOBJECTTYPE "
                    "bij zaken van het gerelateerde ZAAKTYPE.")] = None,
    status: StatusParam = None,
    zaaktype: ZaaktypeParam = None,
) -> Q:
    parts: list[Q] = [status_q(status)]
    if zaaktype is not None:
        parts.append({"zaaktype": path_of(zaaktype, "zaaktype")})
    if informatieobjecttype is not None:
        parts.append(await names.pointing_q("informatieobjecttype", InformatieObjectType,
                                            path_of(informatieobjecttype, "informatieobjecttype")))
    if richting is not None:
        parts.append({"richting": richting})
    return combine(*parts)
