"""Documenten documents: the enkelvoudiginformatieobject (EIO) head, its versions, its bestandsdelen and
the identificatie keys.

Shape (every read about one object is by `_id`: the embedded store indexes nothing else):

- `EnkelvoudigInformatieObject` (collection `documenten_eio`, `_id` = the EIO's uuid) is the *head*: the
  current version's fields plus `versie`, `begin_registratie`, the `lock`, and the ids of everything that
  hangs off it — `gebruiksrechten`, `objectinformatieobjecten`, `verzendingen` (kept by their own modules,
  named before the child is written, as a Zaak names its statussen), `bestandsdelen` (the parts of an
  upload in progress) and `registraties` (the `begin_registratie` of every version, index = versie - 1, so
  `?registratieOp=` finds its version without a scan).
- `EIOVersie` (collection `documenten_eio_versies`, `_id` = "<uuid>:<versie>") is every version, the
  current one included, written before the head moves to it. Versions that did not change the content
  share its GridFS file (`inhoud` is the file's id in the bucket `documenten`, or None).
- References are stored as paths ("/catalogi/api/v1/informatieobjecttypen/<uuid>"), dates as ISO strings,
  date-times as timezone-aware datetimes.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar
from uuid import UUID, uuid4

from beanie import Document
from pydantic import BaseModel, Field
from pymongo import ASCENDING, DESCENDING, IndexModel

ROOT = "/documenten/api/v1"
BUCKET = "documenten"  # GridFS collections documenten.files / documenten.chunks


class DocumentenDocument(Document):
    id: UUID = Field(default_factory=uuid4)  # type: ignore[assignment]

    PATH: ClassVar[str] = ""

    @property
    def ref(self) -> str:
        return f"{self.PATH}/{self.id}"


class EIOFields(BaseModel):
    """The fields of one version of an enkelvoudiginformatieobject (snake_case of the wire's names)."""

    identificatie: str = ""
    bronorganisatie: str
    creatiedatum: str
    titel: str
    vertrouwelijkheidaanduiding: str = ""
    auteur: str
    status: str = ""
    formaat: str = ""
    taal: str
    bestandsnaam: str = ""
    bestandsomvang: int | None = None
    inhoud: str | None = None  # the GridFS file id (bucket BUCKET)
    link: str = ""
    beschrijving: str = ""
    ontvangstdatum: str | None = None
    verzenddatum: str | None = None
    indicatie_gebruiksrecht: bool | None = None
    verschijningsvorm: str = ""
    ondertekening: dict[str, Any] | None = None
    integriteit: dict[str, Any] | None = None
    informatieobjecttype: str  # path ref, or a URL of a remote catalogue
    trefwoorden: list[str] = Field(default_factory=list)
    inhoud_is_vervallen: bool = False
    is_gereed_voor_publicatie: bool = False
    tonen_aan_initiator: bool = True
    versie: int = 1
    begin_registratie: datetime


class EnkelvoudigInformatieObject(DocumentenDocument, EIOFields):
    PATH: ClassVar[str] = f"{ROOT}/enkelvoudiginformatieobjecten"
    seq: int = 0  # creation order (tie-break of every ordering)
    lock: str = ""
    registraties: list[datetime] = Field(default_factory=list)  # begin_registratie per versie (index versie-1)
    bestandsdelen: list[UUID] = Field(default_factory=list)
    gebruiksrechten: list[UUID] = Field(default_factory=list)
    objectinformatieobjecten: list[UUID] = Field(default_factory=list)
    verzendingen: list[UUID] = Field(default_factory=list)

    @property
    def locked(self) -> bool:
        return bool(self.lock)

    class Settings:
        name = "documenten_eio"
        # what a production MongoDB needs for the list filters and orderings (tests check the coverage)
        indexes = [
            IndexModel([("seq", DESCENDING)]),
            IndexModel([("bronorganisatie", ASCENDING), ("identificatie", ASCENDING)]),
            IndexModel([("identificatie", ASCENDING), ("seq", DESCENDING)]),
            IndexModel([("informatieobjecttype", ASCENDING), ("vertrouwelijkheidaanduiding", ASCENDING),
                        ("seq", DESCENDING)]),
            IndexModel([("auteur", ASCENDING), ("seq", DESCENDING)]),
            IndexModel([("creatiedatum", ASCENDING), ("seq", DESCENDING)]),
            IndexModel([("titel", ASCENDING), ("seq", DESCENDING)]),
            IndexModel([("vertrouwelijkheidaanduiding", ASCENDING), ("seq", DESCENDING)]),
            IndexModel("trefwoorden"), IndexModel("beschrijving"), IndexModel("lock"),
        ]


class EIOVersie(Document, EIOFields):
    """One version of an EIO, `_id` = "<eio uuid>:<versie>"."""

    id: str  # type: ignore[assignment]
    eio: UUID

    @staticmethod
    def key(eio: UUID, versie: int) -> str:
        return f"{eio}:{versie}"

    class Settings:
        name = "documenten_eio_versies"
        indexes = [IndexModel([("eio", ASCENDING), ("versie", DESCENDING)])]


class Bestandsdeel(DocumentenDocument):
    """One part of a large upload; its content is its own GridFS file until `unlock` joins the parts."""

    PATH: ClassVar[str] = f"{ROOT}/bestandsdelen"
    informatieobject: UUID
    versie: int  # the EIO version the parts belong to
    volgnummer: int
    omvang: int
    lock: str
    inhoud: str | None = None  # GridFS file id once uploaded
    aangemaakt: datetime

    class Settings:
        name = "documenten_bestandsdelen"
        indexes = [IndexModel("informatieobject"), IndexModel("aangemaakt")]


class Identificatie(Document):
    """The key of an identificatie within its bronorganisatie, `_id` = "<bronorganisatie>:<identificatie>".

    Inserted before the EIO that carries it (a duplicate `_id` is the uniqueness check on any store);
    `eio` None = reserved by `documentnummer_reserveren`, not yet used.
    """

    id: str  # type: ignore[assignment]
    eio: UUID | None = None
    reserved: bool = False

    @staticmethod
    def key(bronorganisatie: str, identificatie: str) -> str:
        return f"{bronorganisatie}:{identificatie}"

    class Settings:
        name = "documenten_identificaties"


DOCUMENTS: list[type[Document]] = [EnkelvoudigInformatieObject, EIOVersie, Bestandsdeel, Identificatie]
