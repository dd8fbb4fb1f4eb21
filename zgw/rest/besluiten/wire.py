"""Besluiten wire shapes, generated from the contract by `codegen.py`: do not edit by hand."""
# ruff: noqa: E501

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import Field

from zgw.rest.catalogi.types import Patch, Uri, UriOrBlank, Wire
from zgw.rest.text import Text
from zgw.rest.zaken.types import IsoDate


class AuditTrail(Wire):
    uuid: str | None = Field(default=None, alias='uuid', description='Unieke identificatie van de audit regel.', json_schema_extra={'format': 'uuid', 'nullable': False})
    bron: Literal['ac', 'nrc', 'zrc', 'ztc', 'drc', 'brc', 'cmc', 'kc', 'vrc'] = Field(alias='bron', description='De naam van het component waar de wijziging in is gedaan.\n\nUitleg bij mogelijke waarden:\n\n* `ac` - Autorisaties API\n* `nrc` - Notificaties API\n* `zrc` - Zaken API\n* `ztc` - Catalogi API\n* `drc` - Documenten API\n* `brc` - Besluiten API\n* `cmc` - Contactmomenten API\n* `kc` - Klanten API\n* `vrc` - Verzoeken API')
    applicatie_id: str | None = Field(default=None, alias='applicatieId', description='Unieke identificatie van de applicatie, binnen de organisatie.', max_length=100, json_schema_extra={'nullable': False})
    applicatie_weergave: str | None = Field(default=None, alias='applicatieWeergave', description='Vriendelijke naam van de applicatie.', max_length=200, json_schema_extra={'nullable': False})
    gebruikers_id: str | None = Field(default=None, alias='gebruikersId', description='Unieke identificatie van de gebruiker die binnen de organisatie herleid kan worden naar een persoon.', max_length=255, json_schema_extra={'nullable': False})
    gebruikers_weergave: str | None = Field(default=None, alias='gebruikersWeergave', description='Vriendelijke naam van de gebruiker.', max_length=255, json_schema_extra={'nullable': False})
    actie: str = Field(alias='actie', description='De uitgevoerde handeling.\n\nDe bekende waardes voor dit veld zijn hieronder aangegeven,                         maar andere waardes zijn ook toegestaan\n\nUitleg bij mogelijke waarden:\n\n* `create` - Object aangemaakt\n* `list` - Lijst van objecten opgehaald\n* `retrieve` - Object opgehaald\n* `destroy` - Object verwijderd\n* `update` - Object bijgewerkt\n* `partial_update` - Object deels bijgewerkt', max_length=50)
    actie_weergave: str | None = Field(default=None, alias='actieWeergave', description='Vriendelijke naam van de actie.', max_length=200, json_schema_extra={'nullable': False})
    resultaat: int = Field(alias='resultaat', description='HTTP status code van de API response van de uitgevoerde handeling.', ge=100, le=599)
    hoofd_object: Uri = Field(alias='hoofdObject', description='De URL naar het hoofdobject van een component.', max_length=1000)
    resource: str = Field(alias='resource', description='Het type resource waarop de actie gebeurde.', max_length=50)
    resource_url: Uri = Field(alias='resourceUrl', description='De URL naar het object.', max_length=1000)
    toelichting: str | None = Field(default=None, alias='toelichting', description='Toelichting waarom de handeling is uitgevoerd.', json_schema_extra={'nullable': False})
    resource_weergave: str = Field(alias='resourceWeergave', description='Vriendelijke identificatie van het object.', max_length=200)
    aanmaakdatum: datetime = Field(alias='aanmaakdatum', description='De datum waarop de handeling is gedaan.', json_schema_extra={'readOnly': True})
    wijzigingen: Wijzigingen = Field(alias='wijzigingen')


class Besluit(Wire):
    url: Uri = Field(alias='url', description='URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.', max_length=1000, min_length=1, json_schema_extra={'readOnly': True})
    identificatie: str | None = Field(default=None, alias='identificatie', description='Identificatie van het besluit binnen de organisatie die het besluit heeft vastgesteld. Indien deze niet opgegeven is, dan wordt die gegenereerd.', max_length=50, json_schema_extra={'nullable': False})
    verantwoordelijke_organisatie: str = Field(alias='verantwoordelijkeOrganisatie', description='Het RSIN van de niet-natuurlijk persoon zijnde de organisatie die het besluit heeft vastgesteld.', max_length=9, min_length=9)
    besluittype: Uri = Field(alias='besluittype', description='URL-referentie naar het BESLUITTYPE (in de Catalogi API).', max_length=200, min_length=1)
    zaak: UriOrBlank | None = Field(default=None, alias='zaak', description='URL-referentie naar de ZAAK (in de Zaken API) waarvan dit besluit uitkomst is.', max_length=200, json_schema_extra={'nullable': False})
    datum: date = Field(alias='datum', description='De beslisdatum (AWB) van het besluit.')
    toelichting: str | None = Field(default=None, alias='toelichting', description='Toelichting bij het besluit.', json_schema_extra={'nullable': False})
    bestuursorgaan: str | None = Field(default=None, alias='bestuursorgaan', description='Een orgaan van een rechtspersoon krachtens publiekrecht ingesteld of een persoon of college, met enig openbaar gezag bekleed onder wiens verantwoordelijkheid het besluit vastgesteld is.', max_length=50, json_schema_extra={'nullable': False})
    ingangsdatum: date = Field(alias='ingangsdatum', description='Ingangsdatum van de werkingsperiode van het besluit.')
    vervaldatum: date | None = Field(default=None, alias='vervaldatum', description='Datum waarop de werkingsperiode van het besluit eindigt.')
    vervalreden: Literal['tijdelijk', 'ingetrokken_overheid', 'ingetrokken_belanghebbende', ''] | None = Field(default=None, alias='vervalreden', description='De omschrijving die aangeeft op grond waarvan het besluit is of komt te vervallen.\n\nUitleg bij mogelijke waarden:\n\n* `tijdelijk` - Besluit met tijdelijke werking\n* `ingetrokken_overheid` - Besluit ingetrokken door overheid\n* `ingetrokken_belanghebbende` - Besluit ingetrokken o.v.v. belanghebbende', json_schema_extra={'nullable': False})
    vervalreden_weergave: str = Field(alias='vervalredenWeergave', json_schema_extra={'readOnly': True})
    publicatiedatum: date | None = Field(default=None, alias='publicatiedatum', description='Datum waarop het besluit gepubliceerd wordt.')
    verzenddatum: date | None = Field(default=None, alias='verzenddatum', description='Datum waarop het besluit verzonden is.')
    uiterlijke_reactiedatum: date | None = Field(default=None, alias='uiterlijkeReactiedatum', description='De datum tot wanneer verweer tegen het besluit mogelijk is.')
    expand_: BesluitEmbedded | None = Field(default=None, alias='_expand', description='Gerelateerde objecten, opgenomen op verzoek (`expand`).', json_schema_extra={'readOnly': True, 'nullable': False})


class BesluitInformatieObject(Wire):
    url: Uri = Field(alias='url', description='URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.', max_length=1000, min_length=1, json_schema_extra={'readOnly': True})
    informatieobject: Uri = Field(alias='informatieobject', description='URL-referentie naar het INFORMATIEOBJECT (in de Documenten API) waarin (een deel van) het besluit beschreven is.', max_length=1000)
    besluit: Uri = Field(alias='besluit', description='URL-referentie naar het BESLUIT.', max_length=1000, min_length=1)
    expand_: BesluitInformatieObjectEmbedded | None = Field(default=None, alias='_expand', description='Gerelateerde objecten, opgenomen op verzoek (`expand`).', json_schema_extra={'readOnly': True, 'nullable': False})


class BesluitInformatieObjectRequest(Wire):
    informatieobject: Uri = Field(alias='informatieobject', description='URL-referentie naar het INFORMATIEOBJECT (in de Documenten API) waarin (een deel van) het besluit beschreven is.', max_length=1000, min_length=1)
    besluit: Uri = Field(alias='besluit', description='URL-referentie naar het BESLUIT.', max_length=1000, min_length=1)


class BesluitInformatieObjectSub(Wire):
    url: Uri = Field(alias='url', description='URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.', max_length=1000, min_length=1, json_schema_extra={'readOnly': True})
    informatieobject: Uri = Field(alias='informatieobject', description='URL-referentie naar het INFORMATIEOBJECT (in de Documenten API) waarin (een deel van) het besluit beschreven is.', max_length=1000)
    besluit: Uri = Field(alias='besluit', description='URL-referentie naar het BESLUIT.', max_length=1000, min_length=1, json_schema_extra={'readOnly': True})


class BesluitInformatieObjectSubRequest(Wire):
    informatieobject: Uri = Field(alias='informatieobject', description='URL-referentie naar het INFORMATIEOBJECT (in de Documenten API) waarin (een deel van) het besluit beschreven is.', max_length=1000, min_length=1)


class BesluitRequest(Wire):
    identificatie: Text = Field(default="", alias='identificatie', description='Identificatie van het besluit binnen de organisatie die het besluit heeft vastgesteld. Indien deze niet opgegeven is, dan wordt die gegenereerd.', max_length=50)
    verantwoordelijke_organisatie: Text = Field(alias='verantwoordelijkeOrganisatie', description='Het RSIN van de niet-natuurlijk persoon zijnde de organisatie die het besluit heeft vastgesteld.', max_length=9, min_length=9)
    besluittype: Uri = Field(alias='besluittype', description='URL-referentie naar het BESLUITTYPE (in de Catalogi API).', max_length=200, min_length=1)
    zaak: Uri = Field(default="", alias='zaak', description='URL-referentie naar de ZAAK (in de Zaken API) waarvan dit besluit uitkomst is.', max_length=200)
    datum: IsoDate = Field(alias='datum', description='De beslisdatum (AWB) van het besluit.')
    toelichting: Text = Field(default="", alias='toelichting', description='Toelichting bij het besluit.')
    bestuursorgaan: Text = Field(default="", alias='bestuursorgaan', description='Een orgaan van een rechtspersoon krachtens publiekrecht ingesteld of een persoon of college, met enig openbaar gezag bekleed onder wiens verantwoordelijkheid het besluit vastgesteld is.', max_length=50)
    ingangsdatum: IsoDate = Field(alias='ingangsdatum', description='Ingangsdatum van de werkingsperiode van het besluit.')
    vervaldatum: IsoDate | None = Field(default=None, alias='vervaldatum', description='Datum waarop de werkingsperiode van het besluit eindigt.')
    vervalreden: Literal['tijdelijk', 'ingetrokken_overheid', 'ingetrokken_belanghebbende', ''] = Field(default="", alias='vervalreden', description='De omschrijving die aangeeft op grond waarvan het besluit is of komt te vervallen.\n\nUitleg bij mogelijke waarden:\n\n* `tijdelijk` - Besluit met tijdelijke werking\n* `ingetrokken_overheid` - Besluit ingetrokken door overheid\n* `ingetrokken_belanghebbende` - Besluit ingetrokken o.v.v. belanghebbende')
    publicatiedatum: IsoDate | None = Field(default=None, alias='publicatiedatum', description='Datum waarop het besluit gepubliceerd wordt.')
    verzenddatum: IsoDate | None = Field(default=None, alias='verzenddatum', description='Datum waarop het besluit verzonden is.')
    uiterlijke_reactiedatum: IsoDate | None = Field(default=None, alias='uiterlijkeReactiedatum', description='De datum tot wanneer verweer tegen het besluit mogelijk is.')


class BesluitSub(Wire):
    url: Uri = Field(alias='url', description='URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.', max_length=1000, min_length=1, json_schema_extra={'readOnly': True})
    identificatie: str | None = Field(default=None, alias='identificatie', description='Identificatie van het besluit binnen de organisatie die het besluit heeft vastgesteld. Indien deze niet opgegeven is, dan wordt die gegenereerd.', max_length=50, json_schema_extra={'nullable': False})
    verantwoordelijke_organisatie: str = Field(alias='verantwoordelijkeOrganisatie', description='Het RSIN van de niet-natuurlijk persoon zijnde de organisatie die het besluit heeft vastgesteld.', max_length=9, min_length=9)
    besluittype: Uri = Field(alias='besluittype', description='URL-referentie naar het BESLUITTYPE (in de Catalogi API).', max_length=200, min_length=1)
    zaak: UriOrBlank | None = Field(default=None, alias='zaak', description='URL-referentie naar de ZAAK (in de Zaken API) waarvan dit besluit uitkomst is.', max_length=200, json_schema_extra={'nullable': False})
    datum: date = Field(alias='datum', description='De beslisdatum (AWB) van het besluit.')
    toelichting: str | None = Field(default=None, alias='toelichting', description='Toelichting bij het besluit.', json_schema_extra={'nullable': False})
    bestuursorgaan: str | None = Field(default=None, alias='bestuursorgaan', description='Een orgaan van een rechtspersoon krachtens publiekrecht ingesteld of een persoon of college, met enig openbaar gezag bekleed onder wiens verantwoordelijkheid het besluit vastgesteld is.', max_length=50, json_schema_extra={'nullable': False})
    ingangsdatum: date = Field(alias='ingangsdatum', description='Ingangsdatum van de werkingsperiode van het besluit.')
    vervaldatum: date | None = Field(default=None, alias='vervaldatum', description='Datum waarop de werkingsperiode van het besluit eindigt.')
    vervalreden: Literal['tijdelijk', 'ingetrokken_overheid', 'ingetrokken_belanghebbende', ''] | None = Field(default=None, alias='vervalreden', description='De omschrijving die aangeeft op grond waarvan het besluit is of komt te vervallen.\n\nUitleg bij mogelijke waarden:\n\n* `tijdelijk` - Besluit met tijdelijke werking\n* `ingetrokken_overheid` - Besluit ingetrokken door overheid\n* `ingetrokken_belanghebbende` - Besluit ingetrokken o.v.v. belanghebbende', json_schema_extra={'nullable': False})
    vervalreden_weergave: str = Field(alias='vervalredenWeergave', json_schema_extra={'readOnly': True})
    publicatiedatum: date | None = Field(default=None, alias='publicatiedatum', description='Datum waarop het besluit gepubliceerd wordt.')
    verzenddatum: date | None = Field(default=None, alias='verzenddatum', description='Datum waarop het besluit verzonden is.')
    uiterlijke_reactiedatum: date | None = Field(default=None, alias='uiterlijkeReactiedatum', description='De datum tot wanneer verweer tegen het besluit mogelijk is.')


class BesluitSubRequest(Wire):
    identificatie: Text = Field(default="", alias='identificatie', description='Identificatie van het besluit binnen de organisatie die het besluit heeft vastgesteld. Indien deze niet opgegeven is, dan wordt die gegenereerd.', max_length=50)
    verantwoordelijke_organisatie: Text = Field(alias='verantwoordelijkeOrganisatie', description='Het RSIN van de niet-natuurlijk persoon zijnde de organisatie die het besluit heeft vastgesteld.', max_length=9, min_length=9)
    besluittype: Uri = Field(alias='besluittype', description='URL-referentie naar het BESLUITTYPE (in de Catalogi API).', max_length=200, min_length=1)
    zaak: Uri = Field(default="", alias='zaak', description='URL-referentie naar de ZAAK (in de Zaken API) waarvan dit besluit uitkomst is.', max_length=200)
    datum: IsoDate = Field(alias='datum', description='De beslisdatum (AWB) van het besluit.')
    toelichting: Text = Field(default="", alias='toelichting', description='Toelichting bij het besluit.')
    bestuursorgaan: Text = Field(default="", alias='bestuursorgaan', description='Een orgaan van een rechtspersoon krachtens publiekrecht ingesteld of een persoon of college, met enig openbaar gezag bekleed onder wiens verantwoordelijkheid het besluit vastgesteld is.', max_length=50)
    ingangsdatum: IsoDate = Field(alias='ingangsdatum', description='Ingangsdatum van de werkingsperiode van het besluit.')
    vervaldatum: IsoDate | None = Field(default=None, alias='vervaldatum', description='Datum waarop de werkingsperiode van het besluit eindigt.')
    vervalreden: Literal['tijdelijk', 'ingetrokken_overheid', 'ingetrokken_belanghebbende', ''] = Field(default="", alias='vervalreden', description='De omschrijving die aangeeft op grond waarvan het besluit is of komt te vervallen.\n\nUitleg bij mogelijke waarden:\n\n* `tijdelijk` - Besluit met tijdelijke werking\n* `ingetrokken_overheid` - Besluit ingetrokken door overheid\n* `ingetrokken_belanghebbende` - Besluit ingetrokken o.v.v. belanghebbende')
    publicatiedatum: IsoDate | None = Field(default=None, alias='publicatiedatum', description='Datum waarop het besluit gepubliceerd wordt.')
    verzenddatum: IsoDate | None = Field(default=None, alias='verzenddatum', description='Datum waarop het besluit verzonden is.')
    uiterlijke_reactiedatum: IsoDate | None = Field(default=None, alias='uiterlijkeReactiedatum', description='De datum tot wanneer verweer tegen het besluit mogelijk is.')


class BesluitVerwerken(Wire):
    besluit: BesluitSub = Field(alias='besluit')
    besluitinformatieobjecten: list[BesluitInformatieObjectSub] = Field(alias='besluitinformatieobjecten')


class BesluitVerwerkenRequest(Wire):
    besluit: BesluitSubRequest = Field(alias='besluit')
    besluitinformatieobjecten: list[BesluitInformatieObjectSubRequest] = Field(alias='besluitinformatieobjecten')


class PaginatedBesluitList(Wire):
    count: int = Field(alias='count')
    next: Uri | None = Field(default=None, alias='next')
    previous: Uri | None = Field(default=None, alias='previous')
    results: list[Besluit] = Field(alias='results')


class PatchedBesluitRequest(Patch):
    identificatie: Text | None = Field(default=None, alias='identificatie', description='Identificatie van het besluit binnen de organisatie die het besluit heeft vastgesteld. Indien deze niet opgegeven is, dan wordt die gegenereerd.', max_length=50, json_schema_extra={'nullable': False})
    verantwoordelijke_organisatie: Text | None = Field(default=None, alias='verantwoordelijkeOrganisatie', description='Het RSIN van de niet-natuurlijk persoon zijnde de organisatie die het besluit heeft vastgesteld.', max_length=9, min_length=9, json_schema_extra={'nullable': False})
    besluittype: Uri | None = Field(default=None, alias='besluittype', description='URL-referentie naar het BESLUITTYPE (in de Catalogi API).', max_length=200, min_length=1, json_schema_extra={'nullable': False})
    zaak: Uri | None = Field(default=None, alias='zaak', description='URL-referentie naar de ZAAK (in de Zaken API) waarvan dit besluit uitkomst is.', max_length=200, json_schema_extra={'nullable': False})
    datum: IsoDate | None = Field(default=None, alias='datum', description='De beslisdatum (AWB) van het besluit.', json_schema_extra={'nullable': False})
    toelichting: Text | None = Field(default=None, alias='toelichting', description='Toelichting bij het besluit.', json_schema_extra={'nullable': False})
    bestuursorgaan: Text | None = Field(default=None, alias='bestuursorgaan', description='Een orgaan van een rechtspersoon krachtens publiekrecht ingesteld of een persoon of college, met enig openbaar gezag bekleed onder wiens verantwoordelijkheid het besluit vastgesteld is.', max_length=50, json_schema_extra={'nullable': False})
    ingangsdatum: IsoDate | None = Field(default=None, alias='ingangsdatum', description='Ingangsdatum van de werkingsperiode van het besluit.', json_schema_extra={'nullable': False})
    vervaldatum: IsoDate | None = Field(default=None, alias='vervaldatum', description='Datum waarop de werkingsperiode van het besluit eindigt.')
    vervalreden: Literal['tijdelijk', 'ingetrokken_overheid', 'ingetrokken_belanghebbende', ''] | None = Field(default=None, alias='vervalreden', description='De omschrijving die aangeeft op grond waarvan het besluit is of komt te vervallen.\n\nUitleg bij mogelijke waarden:\n\n* `tijdelijk` - Besluit met tijdelijke werking\n* `ingetrokken_overheid` - Besluit ingetrokken door overheid\n* `ingetrokken_belanghebbende` - Besluit ingetrokken o.v.v. belanghebbende', json_schema_extra={'nullable': False})
    publicatiedatum: IsoDate | None = Field(default=None, alias='publicatiedatum', description='Datum waarop het besluit gepubliceerd wordt.')
    verzenddatum: IsoDate | None = Field(default=None, alias='verzenddatum', description='Datum waarop het besluit verzonden is.')
    uiterlijke_reactiedatum: IsoDate | None = Field(default=None, alias='uiterlijkeReactiedatum', description='De datum tot wanneer verweer tegen het besluit mogelijk is.')


class Wijzigingen(Wire):
    oud: Any | None = Field(default=None, alias='oud', description='Volledige JSON body van het object zoals dat bestond voordat de actie heeft plaatsgevonden.', json_schema_extra={'nullable': False})
    nieuw: Any | None = Field(default=None, alias='nieuw', description='Volledige JSON body van het object na de actie.', json_schema_extra={'nullable': False})

class BesluitEmbedded(Wire):
    'Gerelateerde objecten van Besluit, opgenomen op verzoek (`expand`).'
    besluittype: dict[str, Any] | None = Field(default=None, alias='besluittype', json_schema_extra={'readOnly': True})
    zaak: dict[str, Any] | None = Field(default=None, alias='zaak', json_schema_extra={'readOnly': True})


class BesluitInformatieObjectEmbedded(Wire):
    'Gerelateerde objecten van BesluitInformatieObject, opgenomen op verzoek (`expand`).'
    informatieobject: dict[str, Any] | None = Field(default=None, alias='informatieobject', json_schema_extra={'readOnly': True})
    besluit: Besluit | dict[str, Any] | None = Field(default=None, alias='besluit', json_schema_extra={'readOnly': True})

AuditTrail.model_rebuild()
Besluit.model_rebuild()
BesluitInformatieObject.model_rebuild()
BesluitInformatieObjectRequest.model_rebuild()
BesluitInformatieObjectSub.model_rebuild()
BesluitInformatieObjectSubRequest.model_rebuild()
BesluitRequest.model_rebuild()
BesluitSub.model_rebuild()
BesluitSubRequest.model_rebuild()
BesluitVerwerken.model_rebuild()
BesluitVerwerkenRequest.model_rebuild()
PaginatedBesluitList.model_rebuild()
PatchedBesluitRequest.model_rebuild()
Wijzigingen.model_rebuild()
BesluitEmbedded.model_rebuild()
BesluitInformatieObjectEmbedded.model_rebuild()
