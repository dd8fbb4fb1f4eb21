"""Catalogi documents: a catalogus with its zaaktypen, informatieobjecttypen, besluittypen and sub-types.

References to other catalogue objects are stored as their path ("/catalogi/api/v1/zaaktypen/<uuid>"),
dates as ISO strings (BSON has no date type; ISO strings compare correctly). Sub-types of a zaaktype
carry copies of the zaaktype's `catalogus`, `identificatie` and `concept` so that every list filter
is a single indexed query and Zaken can read a zaaktype's sub-types with one `$in` per type.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar
from uuid import UUID, uuid4

from beanie import Document
from pydantic import BaseModel, Field, PrivateAttr
from pymongo import IndexModel

ROOT = "/catalogi/api/v1"


def _now() -> datetime:
    return datetime.now(UTC)


class CatalogiDocument(Document):
    id: UUID = Field(default_factory=uuid4)  # type: ignore[assignment]
    # creation order: lists answer newest first, as Open Zaak's (ordered by descending primary key)
    created: datetime = Field(default_factory=_now)

    # the collection path this kind lives under, e.g. "/catalogi/api/v1/zaaktypen"
    PATH: ClassVar[str] = ""
    # an object read from an external Catalogi API (zgw.domain.catalogi.remote): its URL and JSON
    _remote_url: str | None = PrivateAttr(default=None)
    _remote_data: dict[str, Any] | None = PrivateAttr(default=None)

    @property
    def ref(self) -> str:
        return self._remote_url or f"{self.PATH}/{self.id}"

    @property
    def remote_url(self) -> str | None:
        return self._remote_url

    @property
    def remote_data(self) -> dict[str, Any] | None:
        return self._remote_data

    def mark_remote(self, url: str, data: dict[str, Any]) -> None:
        self._remote_url = url
        self._remote_data = data


class Catalogus(CatalogiDocument):
    PATH: ClassVar[str] = f"{ROOT}/catalogussen"
    domein: str
    rsin: str
    contactpersoon_beheer_naam: str
    contactpersoon_beheer_telefoonnummer: str = ""
    contactpersoon_beheer_emailadres: str = ""
    naam: str = ""
    versie: str = ""
    begindatum_versie: str | None = None

    class Settings:
        name = "catalogi_catalogussen"
        indexes = [IndexModel("domein"), IndexModel("rsin")]


class Geldig(CatalogiDocument):
    begin_geldigheid: str | None = None
    einde_geldigheid: str | None = None


class ReferentieProces(BaseModel):
    naam: str
    link: str = ""


class ZaakTypenRelatie(BaseModel):
    zaaktype: str
    aard_relatie: str
    toelichting: str = ""


class BronCatalogus(BaseModel):
    url: str
    domein: str
    rsin: str


class BronZaaktype(BaseModel):
    url: str
    identificatie: str
    omschrijving: str


class ZaakType(Geldig):
    PATH: ClassVar[str] = f"{ROOT}/zaaktypen"
    catalogus: str
    concept: bool = True
    identificatie: str = ""
    omschrijving: str
    omschrijving_generiek: str = ""
    vertrouwelijkheidaanduiding: str
    doel: str
    aanleiding: str
    toelichting: str = ""
    indicatie_intern_of_extern: str
    handeling_initiator: str
    onderwerp: str
    handeling_behandelaar: str
    doorlooptijd: str
    servicenorm: str | None = None
    opschorting_en_aanhouding_mogelijk: bool
    verlenging_mogelijk: bool
    verlengingstermijn: str | None = None
    trefwoorden: list[str] = Field(default_factory=list)
    publicatie_indicatie: bool
    publicatietekst: str = ""
    verantwoordingsrelatie: list[str] = Field(default_factory=list)
    producten_of_diensten: list[str] = Field(default_factory=list)
    selectielijst_procestype: str = ""
    referentieproces: ReferentieProces
    verantwoordelijke: str
    broncatalogus: BronCatalogus | None = None
    bronzaaktype: BronZaaktype | None = None
    versiedatum: str
    besluittypen: list[str] = Field(default_factory=list)
    deelzaaktypen: list[str] = Field(default_factory=list)
    gerelateerde_zaaktypen: list[ZaakTypenRelatie] = Field(default_factory=list)

    class Settings:
        name = "catalogi_zaaktypen"
        indexes = [IndexModel([("catalogus", 1), ("identificatie", 1)]), IndexModel("concept"),
                   IndexModel("besluittypen"), IndexModel("deelzaaktypen")]


class InformatieObjectType(Geldig):
    PATH: ClassVar[str] = f"{ROOT}/informatieobjecttypen"
    catalogus: str
    concept: bool = True
    omschrijving: str
    vertrouwelijkheidaanduiding: str
    informatieobjectcategorie: str
    trefwoord: list[str] = Field(default_factory=list)
    omschrijving_generiek: dict[str, Any] | None = None

    class Settings:
        name = "catalogi_informatieobjecttypen"
        indexes = [IndexModel([("catalogus", 1), ("omschrijving", 1)]), IndexModel("concept")]


class BesluitType(Geldig):
    PATH: ClassVar[str] = f"{ROOT}/besluittypen"
    catalogus: str
    concept: bool = True
    omschrijving: str = ""
    omschrijving_generiek: str = ""
    besluitcategorie: str = ""
    reactietermijn: str | None = None
    publicatie_indicatie: bool
    publicatietekst: str = ""
    publicatietermijn: str | None = None
    toelichting: str = ""
    informatieobjecttypen: list[str] = Field(default_factory=list)

    class Settings:
        name = "catalogi_besluittypen"
        indexes = [IndexModel([("catalogus", 1), ("omschrijving", 1)]), IndexModel("informatieobjecttypen")]


class SubType(Geldig):
    """A type that belongs to one version of a zaaktype."""

    zaaktype: str
    # copies of the zaaktype's values, kept in step by the service
    catalogus: str = ""
    zaaktype_identificatie: str = ""
    concept: bool = True


class StatusSubType(SubType):
    """A sub-type that may also hang off one of its zaaktype's statustypen."""

    statustype: str | None = None


def _sub_indexes(*extra: str) -> list[IndexModel]:
    """Every sub-type is read per zaaktype and per (catalogus, zaaktype identificatie); `extra` fields too."""
    return [IndexModel("zaaktype"), IndexModel([("catalogus", 1), ("zaaktype_identificatie", 1)]),
            *(IndexModel(name) for name in extra)]


class CheckListItem(BaseModel):
    itemnaam: str
    toelichting: str = ""
    vraagstelling: str
    verplicht: bool = False


class StatusType(SubType):
    PATH: ClassVar[str] = f"{ROOT}/statustypen"
    omschrijving: str
    omschrijving_generiek: str = ""
    statustekst: str = ""
    volgnummer: int
    informeren: bool = False
    doorlooptijd: str | None = None
    toelichting: str | None = None
    checklistitem_statustype: list[CheckListItem] = Field(default_factory=list)

    class Settings:
        name = "catalogi_statustypen"
        indexes = _sub_indexes()


class RolType(SubType):
    PATH: ClassVar[str] = f"{ROOT}/roltypen"
    omschrijving: str
    omschrijving_generiek: str

    class Settings:
        name = "catalogi_roltypen"
        indexes = _sub_indexes()


class BrondatumArchiefprocedure(BaseModel):
    afleidingswijze: str
    datumkenmerk: str = ""
    einddatum_bekend: bool = False
    objecttype: str = ""
    registratie: str = ""
    procestermijn: str | None = None


class ResultaatType(SubType):
    PATH: ClassVar[str] = f"{ROOT}/resultaattypen"
    omschrijving: str
    resultaattypeomschrijving: str
    omschrijving_generiek: str = ""
    selectielijstklasse: str
    toelichting: str = ""
    archiefnominatie: str = ""
    archiefactietermijn: str | None = None
    brondatum_archiefprocedure: BrondatumArchiefprocedure | None = None
    procesobjectaard: str = ""
    indicatie_specifiek: bool | None = None
    procestermijn: str | None = None
    besluittypen: list[str] = Field(default_factory=list)
    informatieobjecttypen: list[str] = Field(default_factory=list)

    class Settings:
        name = "catalogi_resultaattypen"
        indexes = _sub_indexes("besluittypen")


class EigenschapSpecificatie(BaseModel):
    groep: str = ""
    formaat: str
    lengte: str
    kardinaliteit: str
    waardenverzameling: list[str] = Field(default_factory=list)


class Eigenschap(StatusSubType):
    PATH: ClassVar[str] = f"{ROOT}/eigenschappen"
    naam: str
    definitie: str
    specificatie: EigenschapSpecificatie
    toelichting: str = ""

    class Settings:
        name = "catalogi_eigenschappen"
        indexes = _sub_indexes("statustype")


class ZaakObjectType(StatusSubType):
    PATH: ClassVar[str] = f"{ROOT}/zaakobjecttypen"
    ander_objecttype: bool
    objecttype: str
    relatie_omschrijving: str

    class Settings:
        name = "catalogi_zaakobjecttypen"
        indexes = _sub_indexes("statustype")


class ZaakTypeInformatieObjectType(StatusSubType):
    PATH: ClassVar[str] = f"{ROOT}/zaaktype-informatieobjecttypen"
    informatieobjecttype: str
    volgnummer: int
    richting: str

    class Settings:
        name = "catalogi_zaaktype_informatieobjecttypen"
        indexes = _sub_indexes("informatieobjecttype")


SUB_TYPES: tuple[type[SubType], ...] = (
    StatusType, RolType, ResultaatType, Eigenschap, ZaakObjectType, ZaakTypeInformatieObjectType,
)
STATUS_SUB_TYPES: tuple[type[StatusSubType], ...] = (Eigenschap, ZaakObjectType, ZaakTypeInformatieObjectType)
DOCUMENTS: list[type[Document]] = [Catalogus, ZaakType, InformatieObjectType, BesluitType, *SUB_TYPES]
