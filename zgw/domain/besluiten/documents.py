"""Besluiten documents: the besluit, its besluitinformatieobjecten, the zaak side and the keys.

Shape (every read about one besluit is by `_id`; the embedded store indexes nothing else):

- `Besluit` (`besluiten_besluiten`, `_id` = uuid) names its `besluitinformatieobjecten` (named before each
  is written, as a Zaak names its sub-resources), so a besluit with its documents is two key lookups.
- `BesluitInformatieObject` (`besluiten_besluitinformatieobjecten`): the leading side of the link to a
  document; its mirror in the Documenten API is the objectinformatieobject `mirror_id(bio.id)` (brc-005).
- `BesluitIdentificatie` (`besluiten_identificaties`, `_id` = "<verantwoordelijkeOrganisatie>:<identificatie>"),
  inserted before the besluit: a duplicate `_id` is the uniqueness check of brc-002 on any store.
- `ZaakBesluit` (`besluiten_zaakbesluiten`, `_id` derived from the besluit's id) is the zaak's side of
  brc-006 (`/zaken/{uuid}/besluiten`), and `ZaakBesluiten` (`besluiten_per_zaak`, `_id` = the zaak's uuid)
  names the besluiten of a zaak: `?zaak=`, the zaak's besluiten, the zaak delete check and the archive
  dates are key lookups, without a field on the Zaak document.
- `BesluitIntent` (`besluiten_intents`): a write over several documents in progress (see `links`).
- References are stored as paths ("/catalogi/api/v1/besluittypen/<uuid>"), dates as ISO strings.
"""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar
from uuid import UUID, uuid4, uuid5

from beanie import Document
from pydantic import Field
from pymongo import ASCENDING, DESCENDING, IndexModel

ROOT = "/besluiten/api/v1"
ZAAKBESLUIT_NAMESPACE = UUID("7a2f4e0c-3b1d-4c8e-9f65-0d4b2a8e1c57")
VERVALREDENEN = {
    "tijdelijk": "Besluit met tijdelijke werking",
    "ingetrokken_overheid": "Besluit ingetrokken door overheid",
    "ingetrokken_belanghebbende": "Besluit ingetrokken o.v.v. belanghebbende",
}


class BesluitenDocument(Document):
    id: UUID = Field(default_factory=uuid4)  # type: ignore[assignment]

    PATH: ClassVar[str] = ""

    @property
    def ref(self) -> str:
        return f"{self.PATH}/{self.id}"


class Besluit(BesluitenDocument):
    PATH: ClassVar[str] = f"{ROOT}/besluiten"
    seq: int = 0  # creation order (newest first in lists)
    identificatie: str
    verantwoordelijke_organisatie: str
    besluittype: str  # path ref
    zaak: str = ""     # the zaak's ref ("" without one)
    datum: str
    toelichting: str = ""
    bestuursorgaan: str = ""
    ingangsdatum: str
    vervaldatum: str | None = None
    vervalreden: str = ""
    publicatiedatum: str | None = None
    verzenddatum: str | None = None
    uiterlijke_reactiedatum: str | None = None
    besluitinformatieobjecten: list[UUID] = Field(default_factory=list)
    remote_zaakbesluit: str | None = None  # a zaak in an external Zaken API: its zaakbesluit's URL there

    class Settings:
        name = "besluiten_besluiten"
        # what a production MongoDB needs for the list filters (the embedded store scans them)
        indexes = [
            IndexModel([("seq", DESCENDING)]),
            IndexModel([("verantwoordelijke_organisatie", ASCENDING), ("identificatie", ASCENDING)]),
            IndexModel([("identificatie", ASCENDING), ("seq", DESCENDING)]),
            IndexModel([("besluittype", ASCENDING), ("seq", DESCENDING)]),
            IndexModel([("zaak", ASCENDING), ("seq", DESCENDING)]),
        ]


class BesluitInformatieObject(BesluitenDocument):
    PATH: ClassVar[str] = f"{ROOT}/besluitinformatieobjecten"
    besluit: str            # the besluit's ref
    informatieobject: str   # the EIO's ref (a document elsewhere: its URL)
    aangemaakt: datetime
    remote_relatie: str | None = None  # a document elsewhere: its objectinformatieobject's URL there

    class Settings:
        name = "besluiten_besluitinformatieobjecten"
        indexes = [IndexModel([("besluit", ASCENDING), ("aangemaakt", ASCENDING)]), IndexModel("informatieobject")]


class BesluitIdentificatie(Document):
    id: str  # type: ignore[assignment]  # "<verantwoordelijkeOrganisatie>:<identificatie>"
    besluit: UUID

    @staticmethod
    def key(organisatie: str, identificatie: str) -> str:
        return f"{organisatie}:{identificatie}"

    class Settings:
        name = "besluiten_identificaties"


class IdentificatieCounter(Document):
    """The last generated number per organisation and year (`_id` = "<organisatie>:<year>")."""

    id: str  # type: ignore[assignment]
    n: int = 0

    class Settings:
        name = "besluiten_identificatie_counters"


class ZaakBesluit(Document):
    """The zaak's side of a besluit with a zaak (brc-006); `_id` = `zaakbesluit_id(besluit)`."""

    ZAAK_PATH: ClassVar[str] = "/zaken/api/v1/zaken"
    id: UUID  # type: ignore[assignment]
    zaak: str     # the zaak's ref
    besluit: str  # the besluit's ref

    @property
    def ref(self) -> str:
        return f"{self.zaak}/besluiten/{self.id}"

    class Settings:
        name = "besluiten_zaakbesluiten"
        indexes = [IndexModel("zaak"), IndexModel("besluit")]


class ZaakBesluiten(Document):
    """The besluiten of one zaak (`_id` = the zaak's uuid), named before each besluit is written."""

    id: UUID  # type: ignore[assignment]
    besluiten: list[UUID] = Field(default_factory=list)
    remote: list[UUID] = Field(default_factory=list)  # zaakbesluiten of besluiten in external Besluiten APIs

    class Settings:
        name = "besluiten_per_zaak"


class BesluitIntent(Document):
    """A write over several documents in progress; gone when it is done (see zgw.domain.besluiten.links)."""

    id: UUID  # type: ignore[assignment]
    op: str  # "besluit-create" | "besluit-delete" | "bio-create" | "bio-delete"
    besluit: UUID
    zaak: str = ""
    bio: UUID | None = None
    informatieobject: str = ""
    identificatie_key: str = ""
    since: datetime
    # across APIs (zgw.domain.services.besluit_links): the besluit's own URL, the mirror's URL there (when
    # known), and for a delete the remote mirrors of its documents still to remove ({"informatieobject": URL,
    # "relatie": the objectinformatieobject's URL or ""}; FerretDB stores no nested arrays)
    besluit_url: str = ""
    remote: str = ""
    remote_links: list[dict[str, str]] = Field(default_factory=list)

    class Settings:
        name = "besluiten_intents"
        indexes = [IndexModel("since")]


def zaakbesluit_id(besluit: UUID) -> UUID:
    return uuid5(ZAAKBESLUIT_NAMESPACE, str(besluit))


def remote_zaakbesluit_id(zaak: str, besluit_url: str) -> UUID:
    """The zaakbesluit of a besluit in an external Besluiten API (one per zaak and besluit)."""
    return uuid5(ZAAKBESLUIT_NAMESPACE, f"{zaak}|{besluit_url}")


DOCUMENTS: list[type[Document]] = [Besluit, BesluitInformatieObject, BesluitIdentificatie, IdentificatieCounter,
                                   ZaakBesluit, ZaakBesluiten, BesluitIntent]
