"""Zaken documents: the zaak, its zaakeigenschappen and the sub-resources beside it.

Shape (chosen for `GET /zaken` at 1,000,000 zaken, see issue 4):

- A `Zaak` document carries everything its own JSON needs, so a page of zaken renders from the
  zaak collection alone: the current `status` ref (plus `status_statustype` for the
  `status__statustype` filter), the `resultaat` ref (plus `resultaat_resultaattype`), the ids of
  its `rollen`, `eigenschappen`, `zaakobjecten` (and later `zaakinformatieobjecten`) and the refs
  of its `deelzaken`. Sub-resources live in their own collections (each has `zaak`, the zaak's
  ref) and keep these lists current through `zgw.domain.zaken.touch` while holding the zaak's lock
  (`zgw.domain.zaken.locks.zaak_lock`): FerretDB updates are read-modify-write, so two writers
  pushing to one document at once could lose an id.
- `seq` is the creation order (from the Redis listing, `listing.next_seq()`); the default order of
  every zaken list is `seq` descending (newest first). `laatst_gemuteerd` moves with every
  relevant change of the zaak or its sub-resources.
- References are stored as paths ("/zaken/api/v1/zaken/<uuid>", "/catalogi/api/v1/zaaktypen/<uuid>"),
  remote objects as their URL; dates as ISO strings (they compare correctly), date-times as
  timezone-aware datetimes.
- `zaakgeometrie` is kept as GeoJSON plus its bounding box (`geo_bbox`), because FerretDB has no
  geo operators: `_zoek` selects by box in the database and checks the exact geometry in Python.
- Rol and ZaakObject are polymorphic: their type-specific identificatie is kept as a dict with the
  wire's camelCase keys (`betrokkene_identificatie["inpBsn"]`), so list filters read it directly.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar
from uuid import UUID, uuid4

from beanie import Document
from pydantic import BaseModel, Field
from pymongo import ASCENDING, DESCENDING, IndexModel

ROOT = "/zaken/api/v1"


class ZakenDocument(Document):
    id: UUID = Field(default_factory=uuid4)  # type: ignore[assignment]

    PATH: ClassVar[str] = ""

    @property
    def ref(self) -> str:
        return f"{self.PATH}/{self.id}"


class ZaakKenmerk(BaseModel):
    kenmerk: str
    bron: str


class RelevanteZaak(BaseModel):
    url: str  # ref of a local zaak, or a URL
    aard_relatie: str
    overige_relatie: str = ""
    toelichting: str = ""


class Verlenging(BaseModel):
    reden: str
    duur: str


class Opschorting(BaseModel):
    indicatie: bool = False
    eerdere_opschorting: bool = False
    reden: str = ""


class Processobject(BaseModel):
    datumkenmerk: str
    identificatie: str
    objecttype: str
    registratie: str


class GeoBox(BaseModel):
    min_x: float
    min_y: float
    max_x: float
    max_y: float


class Zaak(ZakenDocument):
    PATH: ClassVar[str] = f"{ROOT}/zaken"
    seq: int = 0
    identificatie: str = ""
    bronorganisatie: str
    omschrijving: str = ""
    toelichting: str = ""
    zaaktype: str
    registratiedatum: str
    verantwoordelijke_organisatie: str
    startdatum: str
    einddatum: str | None = None
    einddatum_gepland: str | None = None
    uiterlijke_einddatum_afdoening: str | None = None
    publicatiedatum: str | None = None
    laatst_gemuteerd: datetime
    laatst_geopend: datetime | None = None
    communicatiekanaal: str = ""
    communicatiekanaal_naam: str = ""
    producten_of_diensten: list[str] = Field(default_factory=list)
    vertrouwelijkheidaanduiding: str
    betalingsindicatie: str = ""
    laatste_betaaldatum: datetime | None = None
    zaakgeometrie: dict[str, Any] | None = None
    geo_bbox: GeoBox | None = None
    verlenging: Verlenging | None = None
    opschorting: Opschorting | None = None
    selectielijstklasse: str = ""
    hoofdzaak: str | None = None
    relevante_andere_zaken: list[RelevanteZaak] = Field(default_factory=list)
    gerelateerde_zaken: list[str] = Field(default_factory=list)
    kenmerken: list[ZaakKenmerk] = Field(default_factory=list)
    # "<bron>:<kenmerk>" of each kenmerk, for the `kenmerk` filter (FerretDB's $elemMatch takes no sub-documents)
    kenmerk_sleutels: list[str] = Field(default_factory=list)
    archiefnominatie: str | None = None
    archiefstatus: str = "nog_te_archiveren"
    archiefactiedatum: str | None = None
    opdrachtgevende_organisatie: str = ""
    processobjectaard: str = ""
    startdatum_bewaartermijn: str | None = None
    processobject: Processobject | None = None

    # denormalised from the sub-resources (kept by zgw.domain.zaken.touch under the zaak's lock)
    status: str | None = None
    status_statustype: str | None = None
    resultaat: str | None = None
    resultaat_resultaattype: str | None = None
    rollen: list[UUID] = Field(default_factory=list)
    eigenschappen: list[UUID] = Field(default_factory=list)
    zaakobjecten: list[UUID] = Field(default_factory=list)
    zaakinformatieobjecten: list[UUID] = Field(default_factory=list)
    deelzaken: list[str] = Field(default_factory=list)
    # the ids of the other sub-resources, so one zaak's lists are read by `_id` (the embedded store
    # scans a collection for any other filter); named before the sub-resource is written
    statussen: list[UUID] = Field(default_factory=list)
    klantcontacten: list[UUID] = Field(default_factory=list)
    zaakcontactmomenten: list[UUID] = Field(default_factory=list)
    zaakverzoeken: list[UUID] = Field(default_factory=list)
    notities: list[UUID] = Field(default_factory=list)  # zaaknotities (Open Zaak, 1.7.0)
    substatussen: list[UUID] = Field(default_factory=list)  # Open Zaak's substatussen

    class Settings:
        name = "zaken_zaken"
        # What a production MongoDB needs to answer every filter and ordering of the Zaken API from an
        # index (tests/domain/zaken/test_indexes.py checks the coverage); an ordering ends in `seq`, the
        # tie-break. On the embedded store only `_id` is indexed in practice: the zaken index (Redis)
        # answers the frequent queries there.
        indexes = [
            IndexModel([("seq", DESCENDING)]),
            IndexModel([("bronorganisatie", ASCENDING), ("identificatie", ASCENDING)], unique=True,
                       name="bronorganisatie_identificatie_unique"),
            IndexModel([("identificatie", ASCENDING), ("seq", DESCENDING)]),
            IndexModel([("zaaktype", ASCENDING), ("seq", DESCENDING)]),
            IndexModel([("zaaktype", ASCENDING), ("vertrouwelijkheidaanduiding", ASCENDING), ("seq", DESCENDING)]),
            # work queues: the open zaken of a zaaktype, and the zaken at a statustype, by startdatum
            IndexModel([("zaaktype", ASCENDING), ("einddatum", ASCENDING), ("startdatum", DESCENDING),
                        ("seq", DESCENDING)]),
            IndexModel([("status_statustype", ASCENDING), ("startdatum", DESCENDING), ("seq", DESCENDING)]),
            IndexModel([("startdatum", DESCENDING), ("seq", DESCENDING)]),
            IndexModel([("registratiedatum", DESCENDING), ("seq", DESCENDING)]),
            IndexModel([("einddatum", DESCENDING), ("seq", DESCENDING)]),
            IndexModel([("publicatiedatum", DESCENDING), ("seq", DESCENDING)]),
            IndexModel([("archiefactiedatum", DESCENDING), ("seq", DESCENDING)]),
            IndexModel("einddatum_gepland"), IndexModel("uiterlijke_einddatum_afdoening"),
            IndexModel("archiefnominatie"), IndexModel("archiefstatus"), IndexModel("vertrouwelijkheidaanduiding"),
            IndexModel("resultaat_resultaattype"), IndexModel("hoofdzaak"),
            IndexModel("kenmerk_sleutels"), IndexModel("kenmerken.bron"),
            IndexModel([("geo_bbox.min_x", ASCENDING), ("geo_bbox.min_y", ASCENDING)]),
        ]


class ZaakEigenschap(ZakenDocument):
    PATH: ClassVar[str] = f"{ROOT}/zaken"  # nested: /zaken/<zaak uuid>/zaakeigenschappen/<uuid>
    zaak: str
    eigenschap: str
    naam: str = ""
    waarde: str

    @property
    def ref(self) -> str:
        return f"{self.zaak}/zaakeigenschappen/{self.id}"

    class Settings:
        name = "zaken_zaakeigenschappen"
        indexes = [IndexModel("zaak")]


class Status(ZakenDocument):
    PATH: ClassVar[str] = f"{ROOT}/statussen"
    zaak: str
    statustype: str
    datum_status_gezet: datetime
    statustoelichting: str = ""
    gezetdoor: str | None = None
    created: datetime | None = None

    class Settings:
        name = "zaken_statussen"
        indexes = [IndexModel([("zaak", ASCENDING), ("datum_status_gezet", DESCENDING)]), IndexModel("statustype"),
                   IndexModel("gezetdoor")]


class Resultaat(ZakenDocument):
    PATH: ClassVar[str] = f"{ROOT}/resultaten"
    zaak: str
    resultaattype: str
    toelichting: str = ""

    class Settings:
        name = "zaken_resultaten"
        indexes = [IndexModel("zaak"), IndexModel("resultaattype")]


class ContactPersoonRol(BaseModel):
    emailadres: str = ""
    functie: str = ""
    telefoonnummer: str = ""
    naam: str


class Rol(ZakenDocument):
    PATH: ClassVar[str] = f"{ROOT}/rollen"
    zaak: str
    betrokkene: str = ""
    betrokkene_type: str
    afwijkende_naam_betrokkene: str = ""
    roltype: str
    omschrijving: str = ""
    omschrijving_generiek: str = ""
    roltoelichting: str = ""
    registratiedatum: datetime
    indicatie_machtiging: str = ""
    contactpersoon_rol: ContactPersoonRol | None = None
    begin_geldigheid: str | None = None
    einde_geldigheid: str | None = None
    # polymorphic on betrokkene_type; camelCase keys as on the wire (e.g. {"inpBsn": "..."})
    betrokkene_identificatie: dict[str, Any] | None = None
    authenticatie_context: dict[str, Any] | None = None

    class Settings:
        name = "zaken_rollen"
        indexes = [
            IndexModel("zaak"), IndexModel("roltype"), IndexModel("betrokkene"),
            IndexModel([("betrokkene_type", ASCENDING), ("omschrijving_generiek", ASCENDING)]),
            # every betrokkeneIdentificatie filter (zaken: rol__…; rollen)
            *(IndexModel(f"betrokkene_identificatie.{name}") for name in (
                "inpBsn", "anpIdentificatie", "inpA_nummer", "innNnpId", "annIdentificatie", "kvkNummer",
                "vestigingsNummer", "identificatie")),
            IndexModel("omschrijving"),
        ]


class ZaakObject(ZakenDocument):
    PATH: ClassVar[str] = f"{ROOT}/zaakobjecten"
    zaak: str
    object: str = ""
    zaakobjecttype: str = ""
    object_type: str
    object_type_overige: str = ""
    object_type_overige_definitie: dict[str, Any] | None = None
    relatieomschrijving: str = ""
    # polymorphic on object_type; camelCase keys as on the wire
    object_identificatie: dict[str, Any] | None = None

    class Settings:
        name = "zaken_zaakobjecten"
        indexes = [IndexModel("zaak"), IndexModel("object"), IndexModel("object_type"), IndexModel("zaakobjecttype")]


class KlantContact(ZakenDocument):
    PATH: ClassVar[str] = f"{ROOT}/klantcontacten"
    zaak: str
    identificatie: str = ""
    datumtijd: datetime
    kanaal: str = ""
    onderwerp: str = ""
    toelichting: str = ""

    class Settings:
        name = "zaken_klantcontacten"
        indexes = [IndexModel("zaak")]


class ZaakContactMoment(ZakenDocument):
    PATH: ClassVar[str] = f"{ROOT}/zaakcontactmomenten"
    zaak: str
    contactmoment: str

    class Settings:
        name = "zaken_zaakcontactmomenten"
        indexes = [IndexModel("zaak"), IndexModel("contactmoment")]


class ZaakVerzoek(ZakenDocument):
    PATH: ClassVar[str] = f"{ROOT}/zaakverzoeken"
    zaak: str
    verzoek: str

    class Settings:
        name = "zaken_zaakverzoeken"
        indexes = [IndexModel("zaak"), IndexModel("verzoek")]


class ZaakNotitie(ZakenDocument):
    """A note on a zaak (`/zaaknotities`); `zaak` is the wire's `gerelateerdAan`."""

    PATH: ClassVar[str] = f"{ROOT}/zaaknotities"
    zaak: str
    onderwerp: str
    tekst: str
    aangemaakt_door: str = ""
    notitie_type: str = "intern"
    status: str = "concept"
    aanmaakdatum: datetime
    wijzigingsdatum: datetime

    class Settings:
        name = "zaken_zaaknotities"
        indexes = [IndexModel([("zaak", ASCENDING), ("aanmaakdatum", DESCENDING)]),
                   IndexModel([("aanmaakdatum", DESCENDING)]), IndexModel("wijzigingsdatum"), IndexModel("status"),
                   IndexModel("notitie_type"), IndexModel("aangemaakt_door"), IndexModel("onderwerp")]


class SubStatus(ZakenDocument):
    """A substatus of a zaak's (current) status, for the initiator (Open Zaak's `/substatussen`)."""

    PATH: ClassVar[str] = f"{ROOT}/substatussen"
    zaak: str
    status: str | None = None
    omschrijving: str
    tijdstip: datetime
    doelgroep: str = ""

    class Settings:
        name = "zaken_substatussen"
        indexes = [IndexModel([("zaak", ASCENDING), ("tijdstip", DESCENDING)]), IndexModel("status"),
                   IndexModel([("tijdstip", DESCENDING)]), IndexModel("doelgroep")]


# every collection that hangs off a zaak by its `zaak` field (deleted before the zaak itself)
SUB_RESOURCES: tuple[type[ZakenDocument], ...] = (
    ZaakEigenschap, Status, Resultaat, Rol, ZaakObject, KlantContact, ZaakContactMoment, ZaakVerzoek,
    ZaakNotitie, SubStatus,
)


class ZaakNummer(Document):
    """A zaaknummer reserved by zaaknummer_reserveren, `_id` = "<bronorganisatie>:<identificatie>"; `zaak` the zaak
    that claimed it, `used` once that zaak was written (see zgw.domain.zaken.zaaknummers)."""

    id: str  # type: ignore[assignment]
    bronorganisatie: str
    identificatie: str
    gereserveerd: datetime = Field(default_factory=lambda: datetime.now(UTC))
    zaak: UUID | None = None
    used: bool = False

    @staticmethod
    def key(bronorganisatie: str, identificatie: str) -> str:
        return f"{bronorganisatie}:{identificatie}"

    class Settings:
        name = "zaken_zaaknummers"
        # the re-seed after a lost counter reads the highest reservation of a bronorganisatie
        indexes = [IndexModel([("bronorganisatie", ASCENDING), ("identificatie", ASCENDING)])]


class ConvenienceIntent(Document):
    """A convenience operation (zaak_registreren, zaak_opschorten, ...) in progress on one zaak, `_id` derived from
    the zaak's id: written before the operation's first write, removed after its last; what a crashed writer left
    is undone from it (see zgw.domain.zaken.convenience)."""

    id: UUID  # type: ignore[assignment]
    op: str
    zaak: UUID
    new_zaak: bool = False
    before: dict[str, Any] | None = None  # the zaak's stored document before the operation
    rollen_before: list[dict[str, Any]] = Field(default_factory=list)  # its rollen before (zaak_bijwerken)
    deelzaken_before: list[dict[str, Any]] = Field(default_factory=list)  # their archive fields (an eindstatus)
    started: datetime

    class Settings:
        name = "zaken_convenience_intents"
        indexes = [IndexModel("started")]  # the sweep's query (a handful of documents in flight)


DOCUMENTS: list[type[Document]] = [Zaak, *SUB_RESOURCES, ZaakNummer, ConvenienceIntent]
