"""Documenten wire shapes, generated from the contract by `codegen.py`: do not edit by hand."""
# ruff: noqa: E501

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import Field

from zgw.rest.catalogi.types import Email, EmailOrBlank, Patch, Uri, UriOrBlank, UriOrName, Wire
from zgw.rest.text import Text
from zgw.rest.zaken.types import IsoDate, IsoDateTime, PatternOrBlank


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


class BestandsDeel(Wire):
    url: Uri = Field(alias='url', description='URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.', max_length=1000, min_length=1, json_schema_extra={'readOnly': True})
    volgnummer: int = Field(alias='volgnummer', description='Een volgnummer dat de volgorde van de bestandsdelen aangeeft.', json_schema_extra={'readOnly': True})
    omvang: int = Field(alias='omvang', description='De grootte van dit specifieke bestandsdeel.', json_schema_extra={'readOnly': True})
    voltooid: bool = Field(alias='voltooid', description='Indicatie of dit bestandsdeel volledig is geupload. Dat wil zeggen: het aantal bytes dat staat genoemd bij grootte is daadwerkelijk ontvangen.', json_schema_extra={'readOnly': True})
    lock: str = Field(alias='lock', description='Hash string, which represents id of the lock of related informatieobject')


class BestandsDeelRequest(Wire):
    inhoud: str = Field(default="", alias='inhoud', description='De (binaire) bestandsinhoud van dit specifieke bestandsdeel.', json_schema_extra={'format': 'binary'})
    lock: Text = Field(alias='lock', description='Hash string, which represents id of the lock of related informatieobject', min_length=1)


class BinnenlandsCorrespondentieadresVerzending(Wire):
    huisletter: str | None = Field(default=None, alias='huisletter', description='Een door of namens het bevoegd gemeentelijk orgaan ten aanzien van een adresseerbaar object toegekende toevoeging aan een huisnummer in de vorm van een alfanumeriek teken.', max_length=1, json_schema_extra={'nullable': False})
    huisnummer: int = Field(alias='huisnummer', description='Een door of namens het bevoegd gemeentelijk orgaan ten aanzien van een adresseerbaar object toegekende nummering.', ge=1, le=99999)
    huisnummer_toevoeging: str | None = Field(default=None, alias='huisnummerToevoeging', description='Een door of namens het bevoegd gemeentelijk orgaan ten aanzien van een adresseerbaar object toegekende nadere toevoeging aan een huisnummer of een combinatie van huisnummer en huisletter.', max_length=4, json_schema_extra={'nullable': False})
    naam_openbare_ruimte: str = Field(alias='naamOpenbareRuimte', description='Een door het bevoegde gemeentelijke orgaan aan een GEMEENTELIJKE  OPENBARE RUIMTE toegekende benaming.', max_length=80)
    postcode: Annotated[str, PatternOrBlank('^[1-9][0-9]{3} ?[A-Z]{2}$')] | None = Field(default=None, alias='postcode', description='De door TNT Post vastgestelde code behorende bij een bepaalde combinatie van een naam van een woonplaats, naam van een openbare ruimte en een huisnummer.', max_length=6, json_schema_extra={'nullable': False})
    woonplaatsnaam: str = Field(alias='woonplaatsnaam', description='De door het bevoegde gemeentelijke orgaan aan een WOONPLAATS toegekende benaming.', max_length=80)


class BinnenlandsCorrespondentieadresVerzendingRequest(Wire):
    huisletter: Text = Field(default="", alias='huisletter', description='Een door of namens het bevoegd gemeentelijk orgaan ten aanzien van een adresseerbaar object toegekende toevoeging aan een huisnummer in de vorm van een alfanumeriek teken.', max_length=1)
    huisnummer: int = Field(alias='huisnummer', description='Een door of namens het bevoegd gemeentelijk orgaan ten aanzien van een adresseerbaar object toegekende nummering.', ge=1, le=99999)
    huisnummer_toevoeging: Text = Field(default="", alias='huisnummerToevoeging', description='Een door of namens het bevoegd gemeentelijk orgaan ten aanzien van een adresseerbaar object toegekende nadere toevoeging aan een huisnummer of een combinatie van huisnummer en huisletter.', max_length=4)
    naam_openbare_ruimte: Text = Field(alias='naamOpenbareRuimte', description='Een door het bevoegde gemeentelijke orgaan aan een GEMEENTELIJKE  OPENBARE RUIMTE toegekende benaming.', max_length=80)
    postcode: str = Field(default="", alias='postcode', description='De door TNT Post vastgestelde code behorende bij een bepaalde combinatie van een naam van een woonplaats, naam van een openbare ruimte en een huisnummer.', pattern='^[1-9][0-9]{3} ?[A-Z]{2}$', max_length=6)
    woonplaatsnaam: Text = Field(alias='woonplaatsnaam', description='De door het bevoegde gemeentelijke orgaan aan een WOONPLAATS toegekende benaming.', max_length=80)


class BuitenlandsCorrespondentieadresVerzending(Wire):
    adres_buitenland_1: str = Field(alias='adresBuitenland_1', description='Het eerste deel dat behoort bij het afwijkend buitenlandse correspondentieadres van de betrokkene in zijn/haar rol bij de zaak.', max_length=35)
    adres_buitenland_2: str | None = Field(default=None, alias='adresBuitenland_2', description='Het tweede deel dat behoort bij het afwijkend buitenlandse correspondentieadres van de betrokkene in zijn/haar rol bij de zaak.', max_length=35, json_schema_extra={'nullable': False})
    adres_buitenland_3: str | None = Field(default=None, alias='adresBuitenland_3', description='Het derde deel dat behoort bij het afwijkend buitenlandse correspondentieadres van de betrokkene in zijn/haar rol bij de zaak.', max_length=35, json_schema_extra={'nullable': False})
    land_postadres: Uri = Field(alias='landPostadres', description='Het LAND dat behoort bij het afwijkend buitenlandse correspondentieadres van de betrokkene in zijn/haar rol bij de zaak.', max_length=200)
    adres_buitenland1: str | None = Field(default=None, alias='adresBuitenland1', description='Het eerste deel dat behoort bij het afwijkend buitenlandse correspondentieadres van de betrokkene in zijn/haar rol bij de zaak.', max_length=35, json_schema_extra={'readOnly': True, 'nullable': False})
    adres_buitenland2: str | None = Field(default=None, alias='adresBuitenland2', description='Het tweede deel dat behoort bij het afwijkend buitenlandse correspondentieadres van de betrokkene in zijn/haar rol bij de zaak.', max_length=35, json_schema_extra={'readOnly': True, 'nullable': False})
    adres_buitenland3: str | None = Field(default=None, alias='adresBuitenland3', description='Het derde deel dat behoort bij het afwijkend buitenlandse correspondentieadres van de betrokkene in zijn/haar rol bij de zaak.', max_length=35, json_schema_extra={'readOnly': True, 'nullable': False})


class BuitenlandsCorrespondentieadresVerzendingRequest(Wire):
    adres_buitenland_1: Text = Field(alias='adresBuitenland_1', description='Het eerste deel dat behoort bij het afwijkend buitenlandse correspondentieadres van de betrokkene in zijn/haar rol bij de zaak.', max_length=35)
    adres_buitenland_2: Text = Field(default="", alias='adresBuitenland_2', description='Het tweede deel dat behoort bij het afwijkend buitenlandse correspondentieadres van de betrokkene in zijn/haar rol bij de zaak.', max_length=35)
    adres_buitenland_3: Text = Field(default="", alias='adresBuitenland_3', description='Het derde deel dat behoort bij het afwijkend buitenlandse correspondentieadres van de betrokkene in zijn/haar rol bij de zaak.', max_length=35)
    land_postadres: Uri = Field(alias='landPostadres', description='Het LAND dat behoort bij het afwijkend buitenlandse correspondentieadres van de betrokkene in zijn/haar rol bij de zaak.', max_length=200)
    adres_buitenland1: Text | None = Field(default=None, alias='adresBuitenland1', description='Het eerste deel dat behoort bij het afwijkend buitenlandse correspondentieadres van de betrokkene in zijn/haar rol bij de zaak.', max_length=35)
    adres_buitenland2: Text | None = Field(default=None, alias='adresBuitenland2', description='Het tweede deel dat behoort bij het afwijkend buitenlandse correspondentieadres van de betrokkene in zijn/haar rol bij de zaak.', max_length=35)
    adres_buitenland3: Text | None = Field(default=None, alias='adresBuitenland3', description='Het derde deel dat behoort bij het afwijkend buitenlandse correspondentieadres van de betrokkene in zijn/haar rol bij de zaak.', max_length=35)


class CorrespondentiePostadresVerzending(Wire):
    post_bus_of_antwoordnummer: int = Field(alias='postBusOfAntwoordnummer', description='De numerieke aanduiding zoals deze door de Nederlandse PTT is vastgesteld voor postbusadressen en antwoordnummeradressen.', ge=1, le=9999)
    postadres_postcode: str = Field(alias='postadresPostcode', description='De officiële Nederlandse PTT codering, bestaande uit een numerieke woonplaatscode en een alfabetische lettercode.', pattern='^[1-9][0-9]{3} ?[A-Z]{2}$', max_length=6)
    postadres_type: Literal['antwoordnummer', 'postbusnummer'] = Field(alias='postadresType', description='Aanduiding van het soort postadres.')
    woonplaatsnaam: str = Field(alias='woonplaatsnaam', description='De door het bevoegde gemeentelijke orgaan aan een WOONPLAATS toegekende benaming.', max_length=80)


class CorrespondentiePostadresVerzendingRequest(Wire):
    post_bus_of_antwoordnummer: int = Field(alias='postBusOfAntwoordnummer', description='De numerieke aanduiding zoals deze door de Nederlandse PTT is vastgesteld voor postbusadressen en antwoordnummeradressen.', ge=1, le=9999)
    postadres_postcode: str = Field(alias='postadresPostcode', description='De officiële Nederlandse PTT codering, bestaande uit een numerieke woonplaatscode en een alfabetische lettercode.', pattern='^[1-9][0-9]{3} ?[A-Z]{2}$', max_length=6)
    postadres_type: Literal['antwoordnummer', 'postbusnummer'] = Field(alias='postadresType', description='Aanduiding van het soort postadres.')
    woonplaatsnaam: Text = Field(alias='woonplaatsnaam', description='De door het bevoegde gemeentelijke orgaan aan een WOONPLAATS toegekende benaming.', max_length=80)


class DocumentRegistreren(Wire):
    enkelvoudiginformatieobject: EnkelvoudigInformatieObjectCreateLockSub = Field(alias='enkelvoudiginformatieobject')
    zaakinformatieobject: ZaakInformatieObjectSub = Field(alias='zaakinformatieobject')


class DocumentRegistrerenRequest(Wire):
    enkelvoudiginformatieobject: EnkelvoudigInformatieObjectCreateLockSubRequest = Field(alias='enkelvoudiginformatieobject')
    zaakinformatieobject: ZaakInformatieObjectSubRequest = Field(alias='zaakinformatieobject')


class EnkelvoudigInformatieObject(Wire):
    'Serializer for the EnkelvoudigInformatieObject model'
    url: Uri = Field(alias='url', description='URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.', max_length=1000, min_length=1, json_schema_extra={'readOnly': True})
    identificatie: str | None = Field(default=None, alias='identificatie', description='Een binnen een gegeven context ondubbelzinnige referentie naar het INFORMATIEOBJECT.', max_length=40, json_schema_extra={'nullable': False})
    bronorganisatie: str = Field(alias='bronorganisatie', description='Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die het informatieobject heeft gecreëerd of heeft ontvangen en als eerste in een samenwerkingsketen heeft vastgelegd.', max_length=9, min_length=9)
    creatiedatum: date = Field(alias='creatiedatum', description='Een datum of een gebeurtenis in de levenscyclus van het INFORMATIEOBJECT.')
    titel: str = Field(alias='titel', description='De naam waaronder het INFORMATIEOBJECT formeel bekend is.', max_length=200)
    vertrouwelijkheidaanduiding: Literal['openbaar', 'beperkt_openbaar', 'intern', 'zaakvertrouwelijk', 'vertrouwelijk', 'confidentieel', 'geheim', 'zeer_geheim', ''] | None = Field(default=None, alias='vertrouwelijkheidaanduiding', description='Aanduiding van de mate waarin het INFORMATIEOBJECT voor de openbaarheid bestemd is.\n\nUitleg bij mogelijke waarden:\n\n* `openbaar` - Openbaar\n* `beperkt_openbaar` - Beperkt openbaar\n* `intern` - Intern\n* `zaakvertrouwelijk` - Zaakvertrouwelijk\n* `vertrouwelijk` - Vertrouwelijk\n* `confidentieel` - Confidentieel\n* `geheim` - Geheim\n* `zeer_geheim` - Zeer geheim', json_schema_extra={'nullable': False})
    auteur: str = Field(alias='auteur', description='De persoon of organisatie die in de eerste plaats verantwoordelijk is voor het creëren van de inhoud van het INFORMATIEOBJECT.', max_length=200)
    status: Literal['in_bewerking', 'ter_vaststelling', 'definitief', 'gearchiveerd', ''] | None = Field(default=None, alias='status', description="Aanduiding van de stand van zaken van een INFORMATIEOBJECT. De waarden 'in bewerking' en 'ter vaststelling' komen niet voor als het attribuut `ontvangstdatum` van een waarde is voorzien. Wijziging van de Status in 'gearchiveerd' impliceert dat het informatieobject een duurzaam, niet-wijzigbaar Formaat dient te hebben.\n\nUitleg bij mogelijke waarden:\n\n* `in_bewerking` - (In bewerking) Aan het informatieobject wordt nog gewerkt.\n* `ter_vaststelling` - (Ter vaststelling) Informatieobject gereed maar moet nog vastgesteld worden.\n* `definitief` - (Definitief) Informatieobject door bevoegd iets of iemand vastgesteld dan wel ontvangen.\n* `gearchiveerd` - (Gearchiveerd) Informatieobject duurzaam bewaarbaar gemaakt; een gearchiveerd informatie-element.", json_schema_extra={'nullable': False})
    formaat: str | None = Field(default=None, alias='formaat', description='Het "Media Type" (voorheen "MIME type") voor de wijze waaropde inhoud van het INFORMATIEOBJECT is vastgelegd in een computerbestand. Voorbeeld: `application/msword`. Zie: https://www.iana.org/assignments/media-types/media-types.xhtml', max_length=255, json_schema_extra={'nullable': False})
    taal: str = Field(alias='taal', description='Een ISO 639-2/B taalcode waarin de inhoud van het INFORMATIEOBJECT is vastgelegd. Voorbeeld: `dut`. Zie: https://www.iso.org/standard/4767.html', max_length=3, min_length=3)
    versie: int = Field(alias='versie', description='Het (automatische) versienummer van het INFORMATIEOBJECT. Deze begint bij 1 als het INFORMATIEOBJECT aangemaakt wordt.', json_schema_extra={'readOnly': True})
    begin_registratie: datetime = Field(alias='beginRegistratie', description='Een datumtijd in ISO8601 formaat waarop deze versie van het INFORMATIEOBJECT is aangemaakt of gewijzigd.', json_schema_extra={'readOnly': True})
    bestandsnaam: str | None = Field(default=None, alias='bestandsnaam', description='De naam van het fysieke bestand waarin de inhoud van het informatieobject is vastgelegd, inclusief extensie.', max_length=255, json_schema_extra={'nullable': False})
    inhoud: Uri | None = Field(default=None, alias='inhoud', description='Minimal accepted size of uploaded file = 4294967296 bytes (or 4.0 GiB)')
    bestandsomvang: int | None = Field(default=None, alias='bestandsomvang', description='Aantal bytes dat de inhoud van INFORMATIEOBJECT in beslag neemt.', ge=0)
    link: UriOrBlank | None = Field(default=None, alias='link', description='De URL waarmee de inhoud van het INFORMATIEOBJECT op te vragen is.', max_length=200, json_schema_extra={'nullable': False})
    beschrijving: str | None = Field(default=None, alias='beschrijving', description='Een generieke beschrijving van de inhoud van het INFORMATIEOBJECT.', max_length=1000, json_schema_extra={'nullable': False})
    ontvangstdatum: date | None = Field(default=None, alias='ontvangstdatum', description='**DEPRECATED** Dit attribuut is verplaatst naar resource Verzending.\n\n De datum waarop het INFORMATIEOBJECT ontvangen is. Verplicht te registreren voor INFORMATIEOBJECTen die van buiten de zaakbehandelende organisatie(s) ontvangen zijn. Ontvangst en verzending is voorbehouden aan documenten die van of naar andere personen ontvangen of verzonden zijn waarbij die personen niet deel uit maken van de behandeling van de zaak waarin het document een rol speelt.')
    verzenddatum: date | None = Field(default=None, alias='verzenddatum', description='**DEPRECATED** Dit attribuut is verplaatst naar resource Verzending.\n\nDe datum waarop het INFORMATIEOBJECT verzonden is, zoals deze op het INFORMATIEOBJECT vermeld is. Dit geldt voor zowel inkomende als uitgaande INFORMATIEOBJECTen. Eenzelfde informatieobject kan niet tegelijk inkomend en uitgaand zijn. Ontvangst en verzending is voorbehouden aan documenten die van of naar andere personen ontvangen of verzonden zijn waarbij die personen niet deel uit maken van de behandeling van de zaak waarin het document een rol speelt.')
    indicatie_gebruiksrecht: bool | None = Field(default=None, alias='indicatieGebruiksrecht', description='Indicatie of er beperkingen gelden aangaande het gebruik van het informatieobject anders dan raadpleging. Dit veld mag `null` zijn om aan te geven dat de indicatie nog niet bekend is. Als de indicatie gezet is, dan kan je de gebruiksrechten die van toepassing zijn raadplegen via de GEBRUIKSRECHTen resource.')
    verschijningsvorm: str | None = Field(default=None, alias='verschijningsvorm', description='De essentiële opmaakaspecten van een INFORMATIEOBJECT.', json_schema_extra={'nullable': False})
    ondertekening: Ondertekening | None = Field(default=None, alias='ondertekening', description="Aanduiding van de rechtskracht van een informatieobject. Mag niet van een waarde zijn voorzien als de `status` de waarde 'in bewerking' of 'ter vaststelling' heeft.")
    integriteit: Integriteit | None = Field(default=None, alias='integriteit', description='Uitdrukking van mate van volledigheid en onbeschadigd zijn van digitaal bestand.')
    informatieobjecttype: Uri = Field(alias='informatieobjecttype', description='URL-referentie naar het INFORMATIEOBJECTTYPE (in de Catalogi API).', max_length=200, min_length=1)
    locked: bool = Field(alias='locked', description='Geeft aan of het document gelocked is. Alleen als een document gelocked is, mogen er aanpassingen gemaakt worden.', json_schema_extra={'readOnly': True})
    bestandsdelen: list[BestandsDeel] = Field(alias='bestandsdelen', json_schema_extra={'readOnly': True})
    trefwoorden: list[Annotated[str, Field(max_length=100)]] | None = Field(default=None, alias='trefwoorden', description="Een lijst van trefwoorden gescheiden door comma's.", json_schema_extra={'nullable': False})
    is_gereed_voor_publicatie: bool | None = Field(default=None, alias='isGereedVoorPublicatie', description='Geeft aan of het INFORMATIEOBJECT gereed is voor publicatie. Dit veld mag `null` zijn om aan te geven dat de gereedheid voor publicatie nog niet bekend is.', json_schema_extra={'readOnly': True})
    tonen_aan_initiator: bool | None = Field(default=None, alias='tonenAanInitiator', description='Geeft aan of het INFORMATIEOBJECT getoond mag worden aan de initiator van de zaak waarin het INFORMATIEOBJECT is opgenomen.', json_schema_extra={'readOnly': True, 'nullable': False})
    inhoud_is_vervallen: bool | None = Field(default=None, alias='inhoudIsVervallen', description='Geeft aan of de inhoud van het INFORMATIEOBJECT al dan niet  vervallen, dus niet langer geldig is.\n* `true` De inhoud van het INFORMATIEOBJECT is vervallen.\n* `false` De inhoud van het INFORMATIEOBJECT is niet vervallen.', json_schema_extra={'readOnly': True})
    expand_: EnkelvoudigInformatieObjectEmbedded | None = Field(default=None, alias='_expand', description='Gerelateerde objecten, opgenomen op verzoek (`expand`).', json_schema_extra={'readOnly': True, 'nullable': False})


class EnkelvoudigInformatieObjectCreateLockRequest(Wire):
    'This serializer class is used by EnkelvoudigInformatieObjectViewSet for'
    identificatie: Text = Field(default="", alias='identificatie', description='Een binnen een gegeven context ondubbelzinnige referentie naar het INFORMATIEOBJECT.', max_length=40)
    bronorganisatie: Text = Field(alias='bronorganisatie', description='Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die het informatieobject heeft gecreëerd of heeft ontvangen en als eerste in een samenwerkingsketen heeft vastgelegd.', max_length=9, min_length=9)
    creatiedatum: IsoDate = Field(alias='creatiedatum', description='Een datum of een gebeurtenis in de levenscyclus van het INFORMATIEOBJECT.')
    titel: Text = Field(alias='titel', description='De naam waaronder het INFORMATIEOBJECT formeel bekend is.', max_length=200, min_length=1)
    vertrouwelijkheidaanduiding: Literal['openbaar', 'beperkt_openbaar', 'intern', 'zaakvertrouwelijk', 'vertrouwelijk', 'confidentieel', 'geheim', 'zeer_geheim', ''] = Field(default="", alias='vertrouwelijkheidaanduiding', description='Aanduiding van de mate waarin het INFORMATIEOBJECT voor de openbaarheid bestemd is.\n\nUitleg bij mogelijke waarden:\n\n* `openbaar` - Openbaar\n* `beperkt_openbaar` - Beperkt openbaar\n* `intern` - Intern\n* `zaakvertrouwelijk` - Zaakvertrouwelijk\n* `vertrouwelijk` - Vertrouwelijk\n* `confidentieel` - Confidentieel\n* `geheim` - Geheim\n* `zeer_geheim` - Zeer geheim')
    auteur: Text = Field(alias='auteur', description='De persoon of organisatie die in de eerste plaats verantwoordelijk is voor het creëren van de inhoud van het INFORMATIEOBJECT.', max_length=200, min_length=1)
    status: Literal['in_bewerking', 'ter_vaststelling', 'definitief', 'gearchiveerd', ''] = Field(default="", alias='status', description="Aanduiding van de stand van zaken van een INFORMATIEOBJECT. De waarden 'in bewerking' en 'ter vaststelling' komen niet voor als het attribuut `ontvangstdatum` van een waarde is voorzien. Wijziging van de Status in 'gearchiveerd' impliceert dat het informatieobject een duurzaam, niet-wijzigbaar Formaat dient te hebben.\n\nUitleg bij mogelijke waarden:\n\n* `in_bewerking` - (In bewerking) Aan het informatieobject wordt nog gewerkt.\n* `ter_vaststelling` - (Ter vaststelling) Informatieobject gereed maar moet nog vastgesteld worden.\n* `definitief` - (Definitief) Informatieobject door bevoegd iets of iemand vastgesteld dan wel ontvangen.\n* `gearchiveerd` - (Gearchiveerd) Informatieobject duurzaam bewaarbaar gemaakt; een gearchiveerd informatie-element.")
    formaat: Text = Field(default="", alias='formaat', description='Het "Media Type" (voorheen "MIME type") voor de wijze waaropde inhoud van het INFORMATIEOBJECT is vastgelegd in een computerbestand. Voorbeeld: `application/msword`. Zie: https://www.iana.org/assignments/media-types/media-types.xhtml', max_length=255)
    taal: Text = Field(alias='taal', description='Een ISO 639-2/B taalcode waarin de inhoud van het INFORMATIEOBJECT is vastgelegd. Voorbeeld: `dut`. Zie: https://www.iso.org/standard/4767.html', max_length=3, min_length=3)
    bestandsnaam: Text = Field(default="", alias='bestandsnaam', description='De naam van het fysieke bestand waarin de inhoud van het informatieobject is vastgelegd, inclusief extensie.', max_length=255)
    inhoud: str | None = Field(default=None, alias='inhoud', description='Minimal accepted size of uploaded file = 4294967296 bytes (or 4.0 GiB)', json_schema_extra={'format': 'byte'})
    bestandsomvang: int | None = Field(default=None, alias='bestandsomvang', description='Aantal bytes dat de inhoud van INFORMATIEOBJECT in beslag neemt.', ge=0)
    link: Uri = Field(default="", alias='link', description='De URL waarmee de inhoud van het INFORMATIEOBJECT op te vragen is.', max_length=200)
    beschrijving: Text = Field(default="", alias='beschrijving', description='Een generieke beschrijving van de inhoud van het INFORMATIEOBJECT.', max_length=1000)
    ontvangstdatum: IsoDate | None = Field(default=None, alias='ontvangstdatum', description='**DEPRECATED** Dit attribuut is verplaatst naar resource Verzending.\n\n De datum waarop het INFORMATIEOBJECT ontvangen is. Verplicht te registreren voor INFORMATIEOBJECTen die van buiten de zaakbehandelende organisatie(s) ontvangen zijn. Ontvangst en verzending is voorbehouden aan documenten die van of naar andere personen ontvangen of verzonden zijn waarbij die personen niet deel uit maken van de behandeling van de zaak waarin het document een rol speelt.')
    verzenddatum: IsoDate | None = Field(default=None, alias='verzenddatum', description='**DEPRECATED** Dit attribuut is verplaatst naar resource Verzending.\n\nDe datum waarop het INFORMATIEOBJECT verzonden is, zoals deze op het INFORMATIEOBJECT vermeld is. Dit geldt voor zowel inkomende als uitgaande INFORMATIEOBJECTen. Eenzelfde informatieobject kan niet tegelijk inkomend en uitgaand zijn. Ontvangst en verzending is voorbehouden aan documenten die van of naar andere personen ontvangen of verzonden zijn waarbij die personen niet deel uit maken van de behandeling van de zaak waarin het document een rol speelt.')
    indicatie_gebruiksrecht: bool | None = Field(default=None, alias='indicatieGebruiksrecht', description='Indicatie of er beperkingen gelden aangaande het gebruik van het informatieobject anders dan raadpleging. Dit veld mag `null` zijn om aan te geven dat de indicatie nog niet bekend is. Als de indicatie gezet is, dan kan je de gebruiksrechten die van toepassing zijn raadplegen via de GEBRUIKSRECHTen resource.')
    verschijningsvorm: Text = Field(default="", alias='verschijningsvorm', description='De essentiële opmaakaspecten van een INFORMATIEOBJECT.')
    ondertekening: OndertekeningRequest | None = Field(default=None, alias='ondertekening', description="Aanduiding van de rechtskracht van een informatieobject. Mag niet van een waarde zijn voorzien als de `status` de waarde 'in bewerking' of 'ter vaststelling' heeft.")
    integriteit: IntegriteitRequest | None = Field(default=None, alias='integriteit', description='Uitdrukking van mate van volledigheid en onbeschadigd zijn van digitaal bestand.')
    informatieobjecttype: UriOrName = Field(alias='informatieobjecttype', description='URL-referentie naar het INFORMATIEOBJECTTYPE (in de Catalogi API).', max_length=200, min_length=1)
    trefwoorden: list[Annotated[Text, Field(max_length=100, min_length=1)]] = Field(default_factory=list, alias='trefwoorden', description="Een lijst van trefwoorden gescheiden door comma's.")
    is_gereed_voor_publicatie: bool | None = Field(default=None, alias='isGereedVoorPublicatie', description='Geeft aan of het INFORMATIEOBJECT gereed is voor publicatie. Dit veld mag `null` zijn om aan te geven dat de gereedheid voor publicatie nog niet bekend is.')
    tonen_aan_initiator: bool | None = Field(default=None, alias='tonenAanInitiator', description='Geeft aan of het INFORMATIEOBJECT getoond mag worden aan de initiator van de zaak waarin het INFORMATIEOBJECT is opgenomen.')
    inhoud_is_vervallen: bool | None = Field(default=None, alias='inhoudIsVervallen', description='Geeft aan of de inhoud van het INFORMATIEOBJECT al dan niet  vervallen, dus niet langer geldig is.\n* `true` De inhoud van het INFORMATIEOBJECT is vervallen.\n* `false` De inhoud van het INFORMATIEOBJECT is niet vervallen.')


class EnkelvoudigInformatieObjectCreateLockSub(Wire):
    url: Uri = Field(alias='url', description='URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.', max_length=1000, min_length=1, json_schema_extra={'readOnly': True})
    identificatie: str | None = Field(default=None, alias='identificatie', description='Een binnen een gegeven context ondubbelzinnige referentie naar het INFORMATIEOBJECT.', max_length=40, json_schema_extra={'nullable': False})
    bronorganisatie: str = Field(alias='bronorganisatie', description='Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die het informatieobject heeft gecreëerd of heeft ontvangen en als eerste in een samenwerkingsketen heeft vastgelegd.', max_length=9, min_length=9)
    creatiedatum: date = Field(alias='creatiedatum', description='Een datum of een gebeurtenis in de levenscyclus van het INFORMATIEOBJECT.')
    titel: str = Field(alias='titel', description='De naam waaronder het INFORMATIEOBJECT formeel bekend is.', max_length=200)
    vertrouwelijkheidaanduiding: Literal['openbaar', 'beperkt_openbaar', 'intern', 'zaakvertrouwelijk', 'vertrouwelijk', 'confidentieel', 'geheim', 'zeer_geheim', ''] | None = Field(default=None, alias='vertrouwelijkheidaanduiding', description='Aanduiding van de mate waarin het INFORMATIEOBJECT voor de openbaarheid bestemd is.\n\nUitleg bij mogelijke waarden:\n\n* `openbaar` - Openbaar\n* `beperkt_openbaar` - Beperkt openbaar\n* `intern` - Intern\n* `zaakvertrouwelijk` - Zaakvertrouwelijk\n* `vertrouwelijk` - Vertrouwelijk\n* `confidentieel` - Confidentieel\n* `geheim` - Geheim\n* `zeer_geheim` - Zeer geheim', json_schema_extra={'nullable': False})
    auteur: str = Field(alias='auteur', description='De persoon of organisatie die in de eerste plaats verantwoordelijk is voor het creëren van de inhoud van het INFORMATIEOBJECT.', max_length=200)
    status: Literal['in_bewerking', 'ter_vaststelling', 'definitief', 'gearchiveerd', ''] | None = Field(default=None, alias='status', description="Aanduiding van de stand van zaken van een INFORMATIEOBJECT. De waarden 'in bewerking' en 'ter vaststelling' komen niet voor als het attribuut `ontvangstdatum` van een waarde is voorzien. Wijziging van de Status in 'gearchiveerd' impliceert dat het informatieobject een duurzaam, niet-wijzigbaar Formaat dient te hebben.\n\nUitleg bij mogelijke waarden:\n\n* `in_bewerking` - (In bewerking) Aan het informatieobject wordt nog gewerkt.\n* `ter_vaststelling` - (Ter vaststelling) Informatieobject gereed maar moet nog vastgesteld worden.\n* `definitief` - (Definitief) Informatieobject door bevoegd iets of iemand vastgesteld dan wel ontvangen.\n* `gearchiveerd` - (Gearchiveerd) Informatieobject duurzaam bewaarbaar gemaakt; een gearchiveerd informatie-element.", json_schema_extra={'nullable': False})
    formaat: str | None = Field(default=None, alias='formaat', description='Het "Media Type" (voorheen "MIME type") voor de wijze waaropde inhoud van het INFORMATIEOBJECT is vastgelegd in een computerbestand. Voorbeeld: `application/msword`. Zie: https://www.iana.org/assignments/media-types/media-types.xhtml', max_length=255, json_schema_extra={'nullable': False})
    taal: str = Field(alias='taal', description='Een ISO 639-2/B taalcode waarin de inhoud van het INFORMATIEOBJECT is vastgelegd. Voorbeeld: `dut`. Zie: https://www.iso.org/standard/4767.html', max_length=3, min_length=3)
    versie: int = Field(alias='versie', description='Het (automatische) versienummer van het INFORMATIEOBJECT. Deze begint bij 1 als het INFORMATIEOBJECT aangemaakt wordt.', json_schema_extra={'readOnly': True})
    begin_registratie: datetime = Field(alias='beginRegistratie', description='Een datumtijd in ISO8601 formaat waarop deze versie van het INFORMATIEOBJECT is aangemaakt of gewijzigd.', json_schema_extra={'readOnly': True})
    bestandsnaam: str | None = Field(default=None, alias='bestandsnaam', description='De naam van het fysieke bestand waarin de inhoud van het informatieobject is vastgelegd, inclusief extensie.', max_length=255, json_schema_extra={'nullable': False})
    inhoud: Uri | None = Field(default=None, alias='inhoud', description='Minimal accepted size of uploaded file = 4294967296 bytes (or 4.0 GiB)')
    bestandsomvang: int | None = Field(default=None, alias='bestandsomvang', description='Aantal bytes dat de inhoud van INFORMATIEOBJECT in beslag neemt.', ge=0)
    link: UriOrBlank | None = Field(default=None, alias='link', description='De URL waarmee de inhoud van het INFORMATIEOBJECT op te vragen is.', max_length=200, json_schema_extra={'nullable': False})
    beschrijving: str | None = Field(default=None, alias='beschrijving', description='Een generieke beschrijving van de inhoud van het INFORMATIEOBJECT.', max_length=1000, json_schema_extra={'nullable': False})
    ontvangstdatum: date | None = Field(default=None, alias='ontvangstdatum', description='**DEPRECATED** Dit attribuut is verplaatst naar resource Verzending.\n\n De datum waarop het INFORMATIEOBJECT ontvangen is. Verplicht te registreren voor INFORMATIEOBJECTen die van buiten de zaakbehandelende organisatie(s) ontvangen zijn. Ontvangst en verzending is voorbehouden aan documenten die van of naar andere personen ontvangen of verzonden zijn waarbij die personen niet deel uit maken van de behandeling van de zaak waarin het document een rol speelt.')
    verzenddatum: date | None = Field(default=None, alias='verzenddatum', description='**DEPRECATED** Dit attribuut is verplaatst naar resource Verzending.\n\nDe datum waarop het INFORMATIEOBJECT verzonden is, zoals deze op het INFORMATIEOBJECT vermeld is. Dit geldt voor zowel inkomende als uitgaande INFORMATIEOBJECTen. Eenzelfde informatieobject kan niet tegelijk inkomend en uitgaand zijn. Ontvangst en verzending is voorbehouden aan documenten die van of naar andere personen ontvangen of verzonden zijn waarbij die personen niet deel uit maken van de behandeling van de zaak waarin het document een rol speelt.')
    indicatie_gebruiksrecht: bool | None = Field(default=None, alias='indicatieGebruiksrecht', description='Indicatie of er beperkingen gelden aangaande het gebruik van het informatieobject anders dan raadpleging. Dit veld mag `null` zijn om aan te geven dat de indicatie nog niet bekend is. Als de indicatie gezet is, dan kan je de gebruiksrechten die van toepassing zijn raadplegen via de GEBRUIKSRECHTen resource.')
    verschijningsvorm: str | None = Field(default=None, alias='verschijningsvorm', description='De essentiële opmaakaspecten van een INFORMATIEOBJECT.', json_schema_extra={'nullable': False})
    ondertekening: Ondertekening | None = Field(default=None, alias='ondertekening', description="Aanduiding van de rechtskracht van een informatieobject. Mag niet van een waarde zijn voorzien als de `status` de waarde 'in bewerking' of 'ter vaststelling' heeft.")
    integriteit: Integriteit | None = Field(default=None, alias='integriteit', description='Uitdrukking van mate van volledigheid en onbeschadigd zijn van digitaal bestand.')
    informatieobjecttype: Uri = Field(alias='informatieobjecttype', description='URL-referentie naar het INFORMATIEOBJECTTYPE (in de Catalogi API).', max_length=200, min_length=1)
    locked: bool = Field(alias='locked', description='Geeft aan of het document gelocked is. Alleen als een document gelocked is, mogen er aanpassingen gemaakt worden.', json_schema_extra={'readOnly': True})
    bestandsdelen: list[BestandsDeel] = Field(alias='bestandsdelen', json_schema_extra={'readOnly': True})
    trefwoorden: list[Annotated[str, Field(max_length=100)]] | None = Field(default=None, alias='trefwoorden', description="Een lijst van trefwoorden gescheiden door comma's.", json_schema_extra={'nullable': False})
    lock: str = Field(alias='lock', description='Het gegenereerde lock ID voor grote bestandsuploads wat gebruikt moet worden bij document updates. Documenten met base64-encoded bestandsdata worden zonder lock aangemaakt.', json_schema_extra={'readOnly': True})


class EnkelvoudigInformatieObjectCreateLockSubRequest(Wire):
    identificatie: Text = Field(default="", alias='identificatie', description='Een binnen een gegeven context ondubbelzinnige referentie naar het INFORMATIEOBJECT.', max_length=40)
    bronorganisatie: Text = Field(alias='bronorganisatie', description='Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die het informatieobject heeft gecreëerd of heeft ontvangen en als eerste in een samenwerkingsketen heeft vastgelegd.', max_length=9, min_length=9)
    creatiedatum: IsoDate = Field(alias='creatiedatum', description='Een datum of een gebeurtenis in de levenscyclus van het INFORMATIEOBJECT.')
    titel: Text = Field(alias='titel', description='De naam waaronder het INFORMATIEOBJECT formeel bekend is.', max_length=200, min_length=1)
    vertrouwelijkheidaanduiding: Literal['openbaar', 'beperkt_openbaar', 'intern', 'zaakvertrouwelijk', 'vertrouwelijk', 'confidentieel', 'geheim', 'zeer_geheim', ''] = Field(default="", alias='vertrouwelijkheidaanduiding', description='Aanduiding van de mate waarin het INFORMATIEOBJECT voor de openbaarheid bestemd is.\n\nUitleg bij mogelijke waarden:\n\n* `openbaar` - Openbaar\n* `beperkt_openbaar` - Beperkt openbaar\n* `intern` - Intern\n* `zaakvertrouwelijk` - Zaakvertrouwelijk\n* `vertrouwelijk` - Vertrouwelijk\n* `confidentieel` - Confidentieel\n* `geheim` - Geheim\n* `zeer_geheim` - Zeer geheim')
    auteur: Text = Field(alias='auteur', description='De persoon of organisatie die in de eerste plaats verantwoordelijk is voor het creëren van de inhoud van het INFORMATIEOBJECT.', max_length=200, min_length=1)
    status: Literal['in_bewerking', 'ter_vaststelling', 'definitief', 'gearchiveerd', ''] = Field(default="", alias='status', description="Aanduiding van de stand van zaken van een INFORMATIEOBJECT. De waarden 'in bewerking' en 'ter vaststelling' komen niet voor als het attribuut `ontvangstdatum` van een waarde is voorzien. Wijziging van de Status in 'gearchiveerd' impliceert dat het informatieobject een duurzaam, niet-wijzigbaar Formaat dient te hebben.\n\nUitleg bij mogelijke waarden:\n\n* `in_bewerking` - (In bewerking) Aan het informatieobject wordt nog gewerkt.\n* `ter_vaststelling` - (Ter vaststelling) Informatieobject gereed maar moet nog vastgesteld worden.\n* `definitief` - (Definitief) Informatieobject door bevoegd iets of iemand vastgesteld dan wel ontvangen.\n* `gearchiveerd` - (Gearchiveerd) Informatieobject duurzaam bewaarbaar gemaakt; een gearchiveerd informatie-element.")
    formaat: Text = Field(default="", alias='formaat', description='Het "Media Type" (voorheen "MIME type") voor de wijze waaropde inhoud van het INFORMATIEOBJECT is vastgelegd in een computerbestand. Voorbeeld: `application/msword`. Zie: https://www.iana.org/assignments/media-types/media-types.xhtml', max_length=255)
    taal: Text = Field(alias='taal', description='Een ISO 639-2/B taalcode waarin de inhoud van het INFORMATIEOBJECT is vastgelegd. Voorbeeld: `dut`. Zie: https://www.iso.org/standard/4767.html', max_length=3, min_length=3)
    bestandsnaam: Text = Field(default="", alias='bestandsnaam', description='De naam van het fysieke bestand waarin de inhoud van het informatieobject is vastgelegd, inclusief extensie.', max_length=255)
    inhoud: str | None = Field(default=None, alias='inhoud', description='Minimal accepted size of uploaded file = 4294967296 bytes (or 4.0 GiB)', json_schema_extra={'format': 'byte'})
    bestandsomvang: int | None = Field(default=None, alias='bestandsomvang', description='Aantal bytes dat de inhoud van INFORMATIEOBJECT in beslag neemt.', ge=0)
    link: Uri = Field(default="", alias='link', description='De URL waarmee de inhoud van het INFORMATIEOBJECT op te vragen is.', max_length=200)
    beschrijving: Text = Field(default="", alias='beschrijving', description='Een generieke beschrijving van de inhoud van het INFORMATIEOBJECT.', max_length=1000)
    ontvangstdatum: IsoDate | None = Field(default=None, alias='ontvangstdatum', description='**DEPRECATED** Dit attribuut is verplaatst naar resource Verzending.\n\n De datum waarop het INFORMATIEOBJECT ontvangen is. Verplicht te registreren voor INFORMATIEOBJECTen die van buiten de zaakbehandelende organisatie(s) ontvangen zijn. Ontvangst en verzending is voorbehouden aan documenten die van of naar andere personen ontvangen of verzonden zijn waarbij die personen niet deel uit maken van de behandeling van de zaak waarin het document een rol speelt.')
    verzenddatum: IsoDate | None = Field(default=None, alias='verzenddatum', description='**DEPRECATED** Dit attribuut is verplaatst naar resource Verzending.\n\nDe datum waarop het INFORMATIEOBJECT verzonden is, zoals deze op het INFORMATIEOBJECT vermeld is. Dit geldt voor zowel inkomende als uitgaande INFORMATIEOBJECTen. Eenzelfde informatieobject kan niet tegelijk inkomend en uitgaand zijn. Ontvangst en verzending is voorbehouden aan documenten die van of naar andere personen ontvangen of verzonden zijn waarbij die personen niet deel uit maken van de behandeling van de zaak waarin het document een rol speelt.')
    indicatie_gebruiksrecht: bool | None = Field(default=None, alias='indicatieGebruiksrecht', description='Indicatie of er beperkingen gelden aangaande het gebruik van het informatieobject anders dan raadpleging. Dit veld mag `null` zijn om aan te geven dat de indicatie nog niet bekend is. Als de indicatie gezet is, dan kan je de gebruiksrechten die van toepassing zijn raadplegen via de GEBRUIKSRECHTen resource.')
    verschijningsvorm: Text = Field(default="", alias='verschijningsvorm', description='De essentiële opmaakaspecten van een INFORMATIEOBJECT.')
    ondertekening: OndertekeningRequest | None = Field(default=None, alias='ondertekening', description="Aanduiding van de rechtskracht van een informatieobject. Mag niet van een waarde zijn voorzien als de `status` de waarde 'in bewerking' of 'ter vaststelling' heeft.")
    integriteit: IntegriteitRequest | None = Field(default=None, alias='integriteit', description='Uitdrukking van mate van volledigheid en onbeschadigd zijn van digitaal bestand.')
    informatieobjecttype: UriOrName = Field(alias='informatieobjecttype', description='URL-referentie naar het INFORMATIEOBJECTTYPE (in de Catalogi API).', max_length=200, min_length=1)
    trefwoorden: list[Annotated[Text, Field(max_length=100, min_length=1)]] = Field(default_factory=list, alias='trefwoorden', description="Een lijst van trefwoorden gescheiden door comma's.")


class EnkelvoudigInformatieObjectWithLockRequest(Wire):
    'This serializer class is used by EnkelvoudigInformatieObjectViewSet for'
    identificatie: Text = Field(default="", alias='identificatie', description='Een binnen een gegeven context ondubbelzinnige referentie naar het INFORMATIEOBJECT.', max_length=40)
    bronorganisatie: Text = Field(alias='bronorganisatie', description='Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die het informatieobject heeft gecreëerd of heeft ontvangen en als eerste in een samenwerkingsketen heeft vastgelegd.', max_length=9, min_length=9)
    creatiedatum: IsoDate = Field(alias='creatiedatum', description='Een datum of een gebeurtenis in de levenscyclus van het INFORMATIEOBJECT.')
    titel: Text = Field(alias='titel', description='De naam waaronder het INFORMATIEOBJECT formeel bekend is.', max_length=200, min_length=1)
    vertrouwelijkheidaanduiding: Literal['openbaar', 'beperkt_openbaar', 'intern', 'zaakvertrouwelijk', 'vertrouwelijk', 'confidentieel', 'geheim', 'zeer_geheim', ''] = Field(default="", alias='vertrouwelijkheidaanduiding', description='Aanduiding van de mate waarin het INFORMATIEOBJECT voor de openbaarheid bestemd is.\n\nUitleg bij mogelijke waarden:\n\n* `openbaar` - Openbaar\n* `beperkt_openbaar` - Beperkt openbaar\n* `intern` - Intern\n* `zaakvertrouwelijk` - Zaakvertrouwelijk\n* `vertrouwelijk` - Vertrouwelijk\n* `confidentieel` - Confidentieel\n* `geheim` - Geheim\n* `zeer_geheim` - Zeer geheim')
    auteur: Text = Field(alias='auteur', description='De persoon of organisatie die in de eerste plaats verantwoordelijk is voor het creëren van de inhoud van het INFORMATIEOBJECT.', max_length=200, min_length=1)
    status: Literal['in_bewerking', 'ter_vaststelling', 'definitief', 'gearchiveerd', ''] = Field(default="", alias='status', description="Aanduiding van de stand van zaken van een INFORMATIEOBJECT. De waarden 'in bewerking' en 'ter vaststelling' komen niet voor als het attribuut `ontvangstdatum` van een waarde is voorzien. Wijziging van de Status in 'gearchiveerd' impliceert dat het informatieobject een duurzaam, niet-wijzigbaar Formaat dient te hebben.\n\nUitleg bij mogelijke waarden:\n\n* `in_bewerking` - (In bewerking) Aan het informatieobject wordt nog gewerkt.\n* `ter_vaststelling` - (Ter vaststelling) Informatieobject gereed maar moet nog vastgesteld worden.\n* `definitief` - (Definitief) Informatieobject door bevoegd iets of iemand vastgesteld dan wel ontvangen.\n* `gearchiveerd` - (Gearchiveerd) Informatieobject duurzaam bewaarbaar gemaakt; een gearchiveerd informatie-element.")
    formaat: Text = Field(default="", alias='formaat', description='Het "Media Type" (voorheen "MIME type") voor de wijze waaropde inhoud van het INFORMATIEOBJECT is vastgelegd in een computerbestand. Voorbeeld: `application/msword`. Zie: https://www.iana.org/assignments/media-types/media-types.xhtml', max_length=255)
    taal: Text = Field(alias='taal', description='Een ISO 639-2/B taalcode waarin de inhoud van het INFORMATIEOBJECT is vastgelegd. Voorbeeld: `dut`. Zie: https://www.iso.org/standard/4767.html', max_length=3, min_length=3)
    bestandsnaam: Text = Field(default="", alias='bestandsnaam', description='De naam van het fysieke bestand waarin de inhoud van het informatieobject is vastgelegd, inclusief extensie.', max_length=255)
    inhoud: str | None = Field(default=None, alias='inhoud', description='Minimal accepted size of uploaded file = 4294967296 bytes (or 4.0 GiB)', json_schema_extra={'format': 'byte'})
    bestandsomvang: int | None = Field(default=None, alias='bestandsomvang', description='Aantal bytes dat de inhoud van INFORMATIEOBJECT in beslag neemt.', ge=0)
    link: Uri = Field(default="", alias='link', description='De URL waarmee de inhoud van het INFORMATIEOBJECT op te vragen is.', max_length=200)
    beschrijving: Text = Field(default="", alias='beschrijving', description='Een generieke beschrijving van de inhoud van het INFORMATIEOBJECT.', max_length=1000)
    ontvangstdatum: IsoDate | None = Field(default=None, alias='ontvangstdatum', description='**DEPRECATED** Dit attribuut is verplaatst naar resource Verzending.\n\n De datum waarop het INFORMATIEOBJECT ontvangen is. Verplicht te registreren voor INFORMATIEOBJECTen die van buiten de zaakbehandelende organisatie(s) ontvangen zijn. Ontvangst en verzending is voorbehouden aan documenten die van of naar andere personen ontvangen of verzonden zijn waarbij die personen niet deel uit maken van de behandeling van de zaak waarin het document een rol speelt.')
    verzenddatum: IsoDate | None = Field(default=None, alias='verzenddatum', description='**DEPRECATED** Dit attribuut is verplaatst naar resource Verzending.\n\nDe datum waarop het INFORMATIEOBJECT verzonden is, zoals deze op het INFORMATIEOBJECT vermeld is. Dit geldt voor zowel inkomende als uitgaande INFORMATIEOBJECTen. Eenzelfde informatieobject kan niet tegelijk inkomend en uitgaand zijn. Ontvangst en verzending is voorbehouden aan documenten die van of naar andere personen ontvangen of verzonden zijn waarbij die personen niet deel uit maken van de behandeling van de zaak waarin het document een rol speelt.')
    indicatie_gebruiksrecht: bool | None = Field(default=None, alias='indicatieGebruiksrecht', description='Indicatie of er beperkingen gelden aangaande het gebruik van het informatieobject anders dan raadpleging. Dit veld mag `null` zijn om aan te geven dat de indicatie nog niet bekend is. Als de indicatie gezet is, dan kan je de gebruiksrechten die van toepassing zijn raadplegen via de GEBRUIKSRECHTen resource.')
    verschijningsvorm: Text = Field(default="", alias='verschijningsvorm', description='De essentiële opmaakaspecten van een INFORMATIEOBJECT.')
    ondertekening: OndertekeningRequest | None = Field(default=None, alias='ondertekening', description="Aanduiding van de rechtskracht van een informatieobject. Mag niet van een waarde zijn voorzien als de `status` de waarde 'in bewerking' of 'ter vaststelling' heeft.")
    integriteit: IntegriteitRequest | None = Field(default=None, alias='integriteit', description='Uitdrukking van mate van volledigheid en onbeschadigd zijn van digitaal bestand.')
    informatieobjecttype: UriOrName = Field(alias='informatieobjecttype', description='URL-referentie naar het INFORMATIEOBJECTTYPE (in de Catalogi API).', max_length=200, min_length=1)
    trefwoorden: list[Annotated[Text, Field(max_length=100, min_length=1)]] = Field(default_factory=list, alias='trefwoorden', description="Een lijst van trefwoorden gescheiden door comma's.")
    lock: Text = Field(alias='lock', description='Tijdens het updaten van een document (PATCH, PUT) moet het `lock` veld opgegeven worden. Bij het aanmaken (POST) mag het geen waarde hebben.', min_length=1)
    is_gereed_voor_publicatie: bool | None = Field(default=None, alias='isGereedVoorPublicatie', description='Geeft aan of het INFORMATIEOBJECT gereed is voor publicatie. Dit veld mag `null` zijn om aan te geven dat de gereedheid voor publicatie nog niet bekend is.')
    tonen_aan_initiator: bool | None = Field(default=None, alias='tonenAanInitiator', description='Geeft aan of het INFORMATIEOBJECT getoond mag worden aan de initiator van de zaak waarin het INFORMATIEOBJECT is opgenomen.')
    inhoud_is_vervallen: bool | None = Field(default=None, alias='inhoudIsVervallen', description='Geeft aan of de inhoud van het INFORMATIEOBJECT al dan niet  vervallen, dus niet langer geldig is.\n* `true` De inhoud van het INFORMATIEOBJECT is vervallen.\n* `false` De inhoud van het INFORMATIEOBJECT is niet vervallen.')


class ExpandEnkelvoudigInformatieObject(Wire):
    url: Uri = Field(alias='url', description='URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.', max_length=1000, min_length=1, json_schema_extra={'readOnly': True})
    identificatie: str | None = Field(default=None, alias='identificatie', description='Een binnen een gegeven context ondubbelzinnige referentie naar het INFORMATIEOBJECT.', max_length=40, json_schema_extra={'nullable': False})
    bronorganisatie: str = Field(alias='bronorganisatie', description='Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die het informatieobject heeft gecreëerd of heeft ontvangen en als eerste in een samenwerkingsketen heeft vastgelegd.', max_length=9, min_length=9)
    creatiedatum: date = Field(alias='creatiedatum', description='Een datum of een gebeurtenis in de levenscyclus van het INFORMATIEOBJECT.')
    titel: str = Field(alias='titel', description='De naam waaronder het INFORMATIEOBJECT formeel bekend is.', max_length=200)
    vertrouwelijkheidaanduiding: Literal['openbaar', 'beperkt_openbaar', 'intern', 'zaakvertrouwelijk', 'vertrouwelijk', 'confidentieel', 'geheim', 'zeer_geheim', ''] | None = Field(default=None, alias='vertrouwelijkheidaanduiding', description='Aanduiding van de mate waarin het INFORMATIEOBJECT voor de openbaarheid bestemd is.\n\nUitleg bij mogelijke waarden:\n\n* `openbaar` - Openbaar\n* `beperkt_openbaar` - Beperkt openbaar\n* `intern` - Intern\n* `zaakvertrouwelijk` - Zaakvertrouwelijk\n* `vertrouwelijk` - Vertrouwelijk\n* `confidentieel` - Confidentieel\n* `geheim` - Geheim\n* `zeer_geheim` - Zeer geheim', json_schema_extra={'nullable': False})
    auteur: str = Field(alias='auteur', description='De persoon of organisatie die in de eerste plaats verantwoordelijk is voor het creëren van de inhoud van het INFORMATIEOBJECT.', max_length=200)
    status: Literal['in_bewerking', 'ter_vaststelling', 'definitief', 'gearchiveerd', ''] | None = Field(default=None, alias='status', description="Aanduiding van de stand van zaken van een INFORMATIEOBJECT. De waarden 'in bewerking' en 'ter vaststelling' komen niet voor als het attribuut `ontvangstdatum` van een waarde is voorzien. Wijziging van de Status in 'gearchiveerd' impliceert dat het informatieobject een duurzaam, niet-wijzigbaar Formaat dient te hebben.\n\nUitleg bij mogelijke waarden:\n\n* `in_bewerking` - (In bewerking) Aan het informatieobject wordt nog gewerkt.\n* `ter_vaststelling` - (Ter vaststelling) Informatieobject gereed maar moet nog vastgesteld worden.\n* `definitief` - (Definitief) Informatieobject door bevoegd iets of iemand vastgesteld dan wel ontvangen.\n* `gearchiveerd` - (Gearchiveerd) Informatieobject duurzaam bewaarbaar gemaakt; een gearchiveerd informatie-element.", json_schema_extra={'nullable': False})
    formaat: str | None = Field(default=None, alias='formaat', description='Het "Media Type" (voorheen "MIME type") voor de wijze waaropde inhoud van het INFORMATIEOBJECT is vastgelegd in een computerbestand. Voorbeeld: `application/msword`. Zie: https://www.iana.org/assignments/media-types/media-types.xhtml', max_length=255, json_schema_extra={'nullable': False})
    taal: str = Field(alias='taal', description='Een ISO 639-2/B taalcode waarin de inhoud van het INFORMATIEOBJECT is vastgelegd. Voorbeeld: `dut`. Zie: https://www.iso.org/standard/4767.html', max_length=3, min_length=3)
    versie: int = Field(alias='versie', description='Het (automatische) versienummer van het INFORMATIEOBJECT. Deze begint bij 1 als het INFORMATIEOBJECT aangemaakt wordt.', json_schema_extra={'readOnly': True})
    begin_registratie: datetime = Field(alias='beginRegistratie', description='Een datumtijd in ISO8601 formaat waarop deze versie van het INFORMATIEOBJECT is aangemaakt of gewijzigd.', json_schema_extra={'readOnly': True})
    bestandsnaam: str | None = Field(default=None, alias='bestandsnaam', description='De naam van het fysieke bestand waarin de inhoud van het informatieobject is vastgelegd, inclusief extensie.', max_length=255, json_schema_extra={'nullable': False})
    inhoud: Uri | None = Field(default=None, alias='inhoud', description='Minimal accepted size of uploaded file = 4294967296 bytes (or 4.0 GiB)')
    bestandsomvang: int | None = Field(default=None, alias='bestandsomvang', description='Aantal bytes dat de inhoud van INFORMATIEOBJECT in beslag neemt.', ge=0)
    link: UriOrBlank | None = Field(default=None, alias='link', description='De URL waarmee de inhoud van het INFORMATIEOBJECT op te vragen is.', max_length=200, json_schema_extra={'nullable': False})
    beschrijving: str | None = Field(default=None, alias='beschrijving', description='Een generieke beschrijving van de inhoud van het INFORMATIEOBJECT.', max_length=1000, json_schema_extra={'nullable': False})
    ontvangstdatum: date | None = Field(default=None, alias='ontvangstdatum', description='**DEPRECATED** Dit attribuut is verplaatst naar resource Verzending.\n\n De datum waarop het INFORMATIEOBJECT ontvangen is. Verplicht te registreren voor INFORMATIEOBJECTen die van buiten de zaakbehandelende organisatie(s) ontvangen zijn. Ontvangst en verzending is voorbehouden aan documenten die van of naar andere personen ontvangen of verzonden zijn waarbij die personen niet deel uit maken van de behandeling van de zaak waarin het document een rol speelt.')
    verzenddatum: date | None = Field(default=None, alias='verzenddatum', description='**DEPRECATED** Dit attribuut is verplaatst naar resource Verzending.\n\nDe datum waarop het INFORMATIEOBJECT verzonden is, zoals deze op het INFORMATIEOBJECT vermeld is. Dit geldt voor zowel inkomende als uitgaande INFORMATIEOBJECTen. Eenzelfde informatieobject kan niet tegelijk inkomend en uitgaand zijn. Ontvangst en verzending is voorbehouden aan documenten die van of naar andere personen ontvangen of verzonden zijn waarbij die personen niet deel uit maken van de behandeling van de zaak waarin het document een rol speelt.')
    indicatie_gebruiksrecht: bool | None = Field(default=None, alias='indicatieGebruiksrecht', description='Indicatie of er beperkingen gelden aangaande het gebruik van het informatieobject anders dan raadpleging. Dit veld mag `null` zijn om aan te geven dat de indicatie nog niet bekend is. Als de indicatie gezet is, dan kan je de gebruiksrechten die van toepassing zijn raadplegen via de GEBRUIKSRECHTen resource.')
    verschijningsvorm: str | None = Field(default=None, alias='verschijningsvorm', description='De essentiële opmaakaspecten van een INFORMATIEOBJECT.', json_schema_extra={'nullable': False})
    ondertekening: Ondertekening | None = Field(default=None, alias='ondertekening', description="Aanduiding van de rechtskracht van een informatieobject. Mag niet van een waarde zijn voorzien als de `status` de waarde 'in bewerking' of 'ter vaststelling' heeft.")
    integriteit: Integriteit | None = Field(default=None, alias='integriteit', description='Uitdrukking van mate van volledigheid en onbeschadigd zijn van digitaal bestand.')
    informatieobjecttype: Uri = Field(alias='informatieobjecttype', description='URL-referentie naar het INFORMATIEOBJECTTYPE (in de Catalogi API).', max_length=200, min_length=1)
    locked: bool = Field(alias='locked', description='Geeft aan of het document gelocked is. Alleen als een document gelocked is, mogen er aanpassingen gemaakt worden.', json_schema_extra={'readOnly': True})
    bestandsdelen: list[BestandsDeel] = Field(alias='bestandsdelen', json_schema_extra={'readOnly': True})
    trefwoorden: list[Annotated[str, Field(max_length=100)]] | None = Field(default=None, alias='trefwoorden', description="Een lijst van trefwoorden gescheiden door comma's.", json_schema_extra={'nullable': False})
    expand_: dict[str, Any] | None = Field(default=None, alias='_expand', description='Display details of the linked resources requested in the `expand` parameter', json_schema_extra={'nullable': False})


class ExpandGebruiksrechten(Wire):
    url: Uri = Field(alias='url', description='URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.', max_length=1000, min_length=1, json_schema_extra={'readOnly': True})
    informatieobject: Uri = Field(alias='informatieobject', description='URL-referentie naar het INFORMATIEOBJECT.')
    startdatum: datetime = Field(alias='startdatum', description='Begindatum van de periode waarin de gebruiksrechtvoorwaarden van toepassing zijn. Doorgaans is de datum van creatie van het informatieobject de startdatum.')
    einddatum: datetime | None = Field(default=None, alias='einddatum', description='Einddatum van de periode waarin de gebruiksrechtvoorwaarden van toepassing zijn.')
    omschrijving_voorwaarden: str = Field(alias='omschrijvingVoorwaarden', description='Omschrijving van de van toepassing zijnde voorwaarden aan het gebruik anders dan raadpleging')
    expand_: dict[str, Any] | None = Field(default=None, alias='_expand', description='Display details of the linked resources requested in the `expand` parameter', json_schema_extra={'nullable': False})


class ExpandVerzending(Wire):
    url: Uri = Field(alias='url', description='URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.', max_length=1000, min_length=1, json_schema_extra={'readOnly': True})
    betrokkene: Uri = Field(alias='betrokkene', description='URL-referentie naar de betrokkene waarvan het informatieobject is ontvangen of waaraan dit is verzonden.', max_length=200)
    informatieobject: Uri = Field(alias='informatieobject', description='URL-referentie naar het informatieobject dat is ontvangen of verzonden.')
    aard_relatie: Literal['afzender', 'geadresseerde'] = Field(alias='aardRelatie', description='Omschrijving van de aard van de relatie van de BETROKKENE tot het INFORMATIEOBJECT.')
    toelichting: str | None = Field(default=None, alias='toelichting', description='Verduidelijking van de afzender- of geadresseerde-relatie.', max_length=200, json_schema_extra={'nullable': False})
    ontvangstdatum: date | None = Field(default=None, alias='ontvangstdatum', description="De datum waarop het INFORMATIEOBJECT ontvangen is. Verplicht te registreren voor INFORMATIEOBJECTen die van buiten de zaakbehandelende organisatie(s) ontvangen zijn. Ontvangst en verzending is voorbehouden aan documenten die van of naar andere personen ontvangen of verzonden zijn waarbij die personen niet deel uit maken van de behandeling van de zaak waarin het document een rol speelt. Vervangt het gelijknamige attribuut uit Informatieobject. Verplicht gevuld wanneer aardRelatie de waarde 'afzender' heeft.")
    verzenddatum: date | None = Field(default=None, alias='verzenddatum', description="De datum waarop het INFORMATIEOBJECT verzonden is, zoals deze op het INFORMATIEOBJECT vermeld is. Dit geldt voor zowel inkomende als uitgaande INFORMATIEOBJECTen. Eenzelfde informatieobject kan niet tegelijk inkomend en uitgaand zijn. Ontvangst en verzending is voorbehouden aan documenten die van of naar andere personen ontvangen of verzonden zijn waarbij die personen niet deel uit maken van de behandeling van de zaak waarin het document een rol speelt. Vervangt het gelijknamige attribuut uit Informatieobject. Verplicht gevuld wanneer aardRelatie de waarde 'geadresseerde' heeft.")
    contact_persoon: Uri = Field(alias='contactPersoon', description='URL-referentie naar de persoon die als aanspreekpunt fungeert voor de BETROKKENE inzake het ontvangen of verzonden INFORMATIEOBJECT.', max_length=1000)
    contactpersoonnaam: str | None = Field(default=None, alias='contactpersoonnaam', description='De opgemaakte naam van de persoon die als aanspreekpunt fungeert voorde BETROKKENE inzake het ontvangen of verzonden INFORMATIEOBJECT.', max_length=40, json_schema_extra={'nullable': False})
    binnenlands_correspondentieadres: BinnenlandsCorrespondentieadresVerzending | None = Field(default=None, alias='binnenlandsCorrespondentieadres', description='Het correspondentieadres, betreffende een adresseerbaar object, van de BETROKKENE, zijnde afzender of geadresseerde, zoals vermeld in het ontvangen of verzonden INFORMATIEOBJECT indien dat afwijkt van het reguliere binnenlandse correspondentieadres van BETROKKENE.')
    buitenlands_correspondentieadres: BuitenlandsCorrespondentieadresVerzending | None = Field(default=None, alias='buitenlandsCorrespondentieadres', description='De gegevens van het adres in het buitenland van BETROKKENE, zijnde afzender of geadresseerde, zoals vermeld in het ontvangen of verzonden INFORMATIEOBJECT en dat afwijkt van de reguliere correspondentiegegevens van BETROKKENE.')
    correspondentie_postadres: CorrespondentiePostadresVerzending | None = Field(default=None, alias='correspondentiePostadres', description='De gegevens die tezamen een postbusadres of antwoordnummeradres vormen van BETROKKENE, zijnde afzender of geadresseerde, zoals vermeld in het ontvangen of verzonden INFORMATIEOBJECT en dat afwijkt van de reguliere correspondentiegegevens van BETROKKENE.')
    faxnummer: str | None = Field(default=None, alias='faxnummer', description='faxnummer van de ontvanger of afzender.', max_length=15, json_schema_extra={'nullable': False})
    emailadres: EmailOrBlank | None = Field(default=None, alias='emailadres', description='emailadres van de ontvanger of afzender.', max_length=100, json_schema_extra={'nullable': False})
    mijn_overheid: bool | None = Field(default=None, alias='mijnOverheid', description='is het informatieobject verzonden via mijnOverheid naar de ontvanger.', json_schema_extra={'nullable': False})
    telefoonnummer: str | None = Field(default=None, alias='telefoonnummer', description='telefoonnummer van de ontvanger of afzender.', max_length=15, json_schema_extra={'nullable': False})
    expand_: dict[str, Any] | None = Field(default=None, alias='_expand', description='Display details of the linked resources requested in the `expand` parameter', json_schema_extra={'nullable': False})


class Gebruiksrechten(Wire):
    url: Uri = Field(alias='url', description='URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.', max_length=1000, min_length=1, json_schema_extra={'readOnly': True})
    informatieobject: Uri = Field(alias='informatieobject', description='URL-referentie naar het INFORMATIEOBJECT.')
    startdatum: datetime = Field(alias='startdatum', description='Begindatum van de periode waarin de gebruiksrechtvoorwaarden van toepassing zijn. Doorgaans is de datum van creatie van het informatieobject de startdatum.')
    einddatum: datetime | None = Field(default=None, alias='einddatum', description='Einddatum van de periode waarin de gebruiksrechtvoorwaarden van toepassing zijn.')
    omschrijving_voorwaarden: str = Field(alias='omschrijvingVoorwaarden', description='Omschrijving van de van toepassing zijnde voorwaarden aan het gebruik anders dan raadpleging')
    expand_: GebruiksrechtenEmbedded | None = Field(default=None, alias='_expand', description='Gerelateerde objecten, opgenomen op verzoek (`expand`).', json_schema_extra={'readOnly': True, 'nullable': False})


class GebruiksrechtenRequest(Wire):
    informatieobject: Uri = Field(alias='informatieobject', description='URL-referentie naar het INFORMATIEOBJECT.')
    startdatum: IsoDateTime = Field(alias='startdatum', description='Begindatum van de periode waarin de gebruiksrechtvoorwaarden van toepassing zijn. Doorgaans is de datum van creatie van het informatieobject de startdatum.')
    einddatum: IsoDateTime | None = Field(default=None, alias='einddatum', description='Einddatum van de periode waarin de gebruiksrechtvoorwaarden van toepassing zijn.')
    omschrijving_voorwaarden: Text = Field(alias='omschrijvingVoorwaarden', description='Omschrijving van de van toepassing zijnde voorwaarden aan het gebruik anders dan raadpleging', min_length=1)


class Import(Wire):
    total: int = Field(alias='total', ge=0, le=2147483647)
    processed: int | None = Field(default=None, alias='processed', ge=0, le=2147483647, json_schema_extra={'nullable': False})
    processed_successfully: int | None = Field(default=None, alias='processedSuccessfully', ge=0, le=2147483647, json_schema_extra={'nullable': False})
    processed_invalid: int | None = Field(default=None, alias='processedInvalid', ge=0, le=2147483647, json_schema_extra={'nullable': False})
    status: str = Field(alias='status', json_schema_extra={'readOnly': True})


class ImportCreate(Wire):
    upload_url: Uri = Field(alias='uploadUrl', description='De URL waar het metadata bestand geupload kan worden. Dit start vervolgens de IMPORT.', json_schema_extra={'readOnly': True})
    status_url: Uri = Field(alias='statusUrl', description='De URL waar de status van de IMPORT opgevraagd kan worden.', json_schema_extra={'readOnly': True})
    report_url: Uri = Field(alias='reportUrl', description='De URL waar het rapportage bestand gedownload kan worden van de IMPORT wanneer deze is afgerond.', json_schema_extra={'readOnly': True})


class Integriteit(Wire):
    algoritme: Literal['crc_16', 'crc_32', 'crc_64', 'fletcher_4', 'fletcher_8', 'fletcher_16', 'fletcher_32', 'hmac', 'md5', 'sha_1', 'sha_256', 'sha_512', 'sha_3'] = Field(alias='algoritme', description='Aanduiding van algoritme, gebruikt om de checksum te maken.\n\nUitleg bij mogelijke waarden:\n\n* `crc_16` - CRC-16\n* `crc_32` - CRC-32\n* `crc_64` - CRC-64\n* `fletcher_4` - Fletcher-4\n* `fletcher_8` - Fletcher-8\n* `fletcher_16` - Fletcher-16\n* `fletcher_32` - Fletcher-32\n* `hmac` - HMAC\n* `md5` - MD5\n* `sha_1` - SHA-1\n* `sha_256` - SHA-256\n* `sha_512` - SHA-512\n* `sha_3` - SHA-3')
    waarde: str = Field(alias='waarde', description='De waarde van de checksum.', max_length=128)
    datum: date = Field(alias='datum', description='Datum waarop de checksum is gemaakt.')


class IntegriteitRequest(Wire):
    algoritme: Literal['crc_16', 'crc_32', 'crc_64', 'fletcher_4', 'fletcher_8', 'fletcher_16', 'fletcher_32', 'hmac', 'md5', 'sha_1', 'sha_256', 'sha_512', 'sha_3'] = Field(alias='algoritme', description='Aanduiding van algoritme, gebruikt om de checksum te maken.\n\nUitleg bij mogelijke waarden:\n\n* `crc_16` - CRC-16\n* `crc_32` - CRC-32\n* `crc_64` - CRC-64\n* `fletcher_4` - Fletcher-4\n* `fletcher_8` - Fletcher-8\n* `fletcher_16` - Fletcher-16\n* `fletcher_32` - Fletcher-32\n* `hmac` - HMAC\n* `md5` - MD5\n* `sha_1` - SHA-1\n* `sha_256` - SHA-256\n* `sha_512` - SHA-512\n* `sha_3` - SHA-3')
    waarde: Text = Field(alias='waarde', description='De waarde van de checksum.', max_length=128)
    datum: IsoDate = Field(alias='datum', description='Datum waarop de checksum is gemaakt.')


class LockEnkelvoudigInformatieObject(Wire):
    'Serializer for the lock action of EnkelvoudigInformatieObjectCanonical'
    lock: str = Field(alias='lock', description='Hash string, wordt gebruikt als ID voor de lock', json_schema_extra={'readOnly': True})


class ObjectInformatieObject(Wire):
    url: Uri = Field(alias='url', description='URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.', max_length=1000, min_length=1, json_schema_extra={'readOnly': True})
    informatieobject: Uri = Field(alias='informatieobject', description='URL-referentie naar het INFORMATIEOBJECT.')
    object: str = Field(alias='object', description='URL-referentie naar het gerelateerde OBJECT (in deze of een andere API).', max_length=1000, min_length=1)
    object_type: Literal['besluit', 'zaak', 'verzoek'] = Field(alias='objectType', description='Het type van het gerelateerde OBJECT.\n\nUitleg bij mogelijke waarden:\n\n* `besluit` - Besluit\n* `zaak` - Zaak\n* `verzoek` - Verzoek')
    expand_: ObjectInformatieObjectEmbedded | None = Field(default=None, alias='_expand', description='Gerelateerde objecten, opgenomen op verzoek (`expand`).', json_schema_extra={'readOnly': True, 'nullable': False})


class ObjectInformatieObjectRequest(Wire):
    informatieobject: Uri = Field(alias='informatieobject', description='URL-referentie naar het INFORMATIEOBJECT.')
    object: Text = Field(alias='object', description='URL-referentie naar het gerelateerde OBJECT (in deze of een andere API).', max_length=1000, min_length=1)
    object_type: Literal['besluit', 'zaak', 'verzoek'] = Field(alias='objectType', description='Het type van het gerelateerde OBJECT.\n\nUitleg bij mogelijke waarden:\n\n* `besluit` - Besluit\n* `zaak` - Zaak\n* `verzoek` - Verzoek')


class Ondertekening(Wire):
    soort: Literal['analoog', 'digitaal', 'pki'] = Field(alias='soort', description='Aanduiding van de wijze van ondertekening van het INFORMATIEOBJECT\n\nUitleg bij mogelijke waarden:\n\n* `analoog` - Analoog\n* `digitaal` - Digitaal\n* `pki` - PKI')
    datum: date = Field(alias='datum', description='De datum waarop de ondertekening van het INFORMATIEOBJECT heeft plaatsgevonden.')


class OndertekeningRequest(Wire):
    soort: Literal['analoog', 'digitaal', 'pki'] = Field(alias='soort', description='Aanduiding van de wijze van ondertekening van het INFORMATIEOBJECT\n\nUitleg bij mogelijke waarden:\n\n* `analoog` - Analoog\n* `digitaal` - Digitaal\n* `pki` - PKI')
    datum: IsoDate = Field(alias='datum', description='De datum waarop de ondertekening van het INFORMATIEOBJECT heeft plaatsgevonden.')


class PaginatedEnkelvoudigInformatieObjectList(Wire):
    count: int = Field(alias='count')
    next: Uri | None = Field(default=None, alias='next')
    previous: Uri | None = Field(default=None, alias='previous')
    results: list[EnkelvoudigInformatieObject] = Field(alias='results')


class PaginatedExpandEnkelvoudigInformatieObjectList(Wire):
    count: int = Field(alias='count')
    next: Uri | None = Field(default=None, alias='next')
    previous: Uri | None = Field(default=None, alias='previous')
    results: list[ExpandEnkelvoudigInformatieObject] = Field(alias='results')


class PaginatedExpandVerzendingList(Wire):
    count: int = Field(alias='count')
    next: Uri | None = Field(default=None, alias='next')
    previous: Uri | None = Field(default=None, alias='previous')
    results: list[ExpandVerzending] = Field(alias='results')


class PaginatedVerzendingList(Wire):
    count: int = Field(alias='count')
    next: Uri | None = Field(default=None, alias='next')
    previous: Uri | None = Field(default=None, alias='previous')
    results: list[Verzending] = Field(alias='results')


class PatchedEnkelvoudigInformatieObjectWithLockRequest(Patch):
    'This serializer class is used by EnkelvoudigInformatieObjectViewSet for'
    identificatie: Text | None = Field(default=None, alias='identificatie', description='Een binnen een gegeven context ondubbelzinnige referentie naar het INFORMATIEOBJECT.', max_length=40, json_schema_extra={'nullable': False})
    bronorganisatie: Text | None = Field(default=None, alias='bronorganisatie', description='Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die het informatieobject heeft gecreëerd of heeft ontvangen en als eerste in een samenwerkingsketen heeft vastgelegd.', max_length=9, min_length=9, json_schema_extra={'nullable': False})
    creatiedatum: IsoDate | None = Field(default=None, alias='creatiedatum', description='Een datum of een gebeurtenis in de levenscyclus van het INFORMATIEOBJECT.', json_schema_extra={'nullable': False})
    titel: Text | None = Field(default=None, alias='titel', description='De naam waaronder het INFORMATIEOBJECT formeel bekend is.', max_length=200, min_length=1, json_schema_extra={'nullable': False})
    vertrouwelijkheidaanduiding: Literal['openbaar', 'beperkt_openbaar', 'intern', 'zaakvertrouwelijk', 'vertrouwelijk', 'confidentieel', 'geheim', 'zeer_geheim', ''] | None = Field(default=None, alias='vertrouwelijkheidaanduiding', description='Aanduiding van de mate waarin het INFORMATIEOBJECT voor de openbaarheid bestemd is.\n\nUitleg bij mogelijke waarden:\n\n* `openbaar` - Openbaar\n* `beperkt_openbaar` - Beperkt openbaar\n* `intern` - Intern\n* `zaakvertrouwelijk` - Zaakvertrouwelijk\n* `vertrouwelijk` - Vertrouwelijk\n* `confidentieel` - Confidentieel\n* `geheim` - Geheim\n* `zeer_geheim` - Zeer geheim', json_schema_extra={'nullable': False})
    auteur: Text | None = Field(default=None, alias='auteur', description='De persoon of organisatie die in de eerste plaats verantwoordelijk is voor het creëren van de inhoud van het INFORMATIEOBJECT.', max_length=200, min_length=1, json_schema_extra={'nullable': False})
    status: Literal['in_bewerking', 'ter_vaststelling', 'definitief', 'gearchiveerd', ''] | None = Field(default=None, alias='status', description="Aanduiding van de stand van zaken van een INFORMATIEOBJECT. De waarden 'in bewerking' en 'ter vaststelling' komen niet voor als het attribuut `ontvangstdatum` van een waarde is voorzien. Wijziging van de Status in 'gearchiveerd' impliceert dat het informatieobject een duurzaam, niet-wijzigbaar Formaat dient te hebben.\n\nUitleg bij mogelijke waarden:\n\n* `in_bewerking` - (In bewerking) Aan het informatieobject wordt nog gewerkt.\n* `ter_vaststelling` - (Ter vaststelling) Informatieobject gereed maar moet nog vastgesteld worden.\n* `definitief` - (Definitief) Informatieobject door bevoegd iets of iemand vastgesteld dan wel ontvangen.\n* `gearchiveerd` - (Gearchiveerd) Informatieobject duurzaam bewaarbaar gemaakt; een gearchiveerd informatie-element.", json_schema_extra={'nullable': False})
    formaat: Text | None = Field(default=None, alias='formaat', description='Het "Media Type" (voorheen "MIME type") voor de wijze waaropde inhoud van het INFORMATIEOBJECT is vastgelegd in een computerbestand. Voorbeeld: `application/msword`. Zie: https://www.iana.org/assignments/media-types/media-types.xhtml', max_length=255, json_schema_extra={'nullable': False})
    taal: Text | None = Field(default=None, alias='taal', description='Een ISO 639-2/B taalcode waarin de inhoud van het INFORMATIEOBJECT is vastgelegd. Voorbeeld: `dut`. Zie: https://www.iso.org/standard/4767.html', max_length=3, min_length=3, json_schema_extra={'nullable': False})
    bestandsnaam: Text | None = Field(default=None, alias='bestandsnaam', description='De naam van het fysieke bestand waarin de inhoud van het informatieobject is vastgelegd, inclusief extensie.', max_length=255, json_schema_extra={'nullable': False})
    inhoud: str | None = Field(default=None, alias='inhoud', description='Minimal accepted size of uploaded file = 4294967296 bytes (or 4.0 GiB)', json_schema_extra={'format': 'byte'})
    bestandsomvang: int | None = Field(default=None, alias='bestandsomvang', description='Aantal bytes dat de inhoud van INFORMATIEOBJECT in beslag neemt.', ge=0)
    link: Uri | None = Field(default=None, alias='link', description='De URL waarmee de inhoud van het INFORMATIEOBJECT op te vragen is.', max_length=200, json_schema_extra={'nullable': False})
    beschrijving: Text | None = Field(default=None, alias='beschrijving', description='Een generieke beschrijving van de inhoud van het INFORMATIEOBJECT.', max_length=1000, json_schema_extra={'nullable': False})
    ontvangstdatum: IsoDate | None = Field(default=None, alias='ontvangstdatum', description='**DEPRECATED** Dit attribuut is verplaatst naar resource Verzending.\n\n De datum waarop het INFORMATIEOBJECT ontvangen is. Verplicht te registreren voor INFORMATIEOBJECTen die van buiten de zaakbehandelende organisatie(s) ontvangen zijn. Ontvangst en verzending is voorbehouden aan documenten die van of naar andere personen ontvangen of verzonden zijn waarbij die personen niet deel uit maken van de behandeling van de zaak waarin het document een rol speelt.')
    verzenddatum: IsoDate | None = Field(default=None, alias='verzenddatum', description='**DEPRECATED** Dit attribuut is verplaatst naar resource Verzending.\n\nDe datum waarop het INFORMATIEOBJECT verzonden is, zoals deze op het INFORMATIEOBJECT vermeld is. Dit geldt voor zowel inkomende als uitgaande INFORMATIEOBJECTen. Eenzelfde informatieobject kan niet tegelijk inkomend en uitgaand zijn. Ontvangst en verzending is voorbehouden aan documenten die van of naar andere personen ontvangen of verzonden zijn waarbij die personen niet deel uit maken van de behandeling van de zaak waarin het document een rol speelt.')
    indicatie_gebruiksrecht: bool | None = Field(default=None, alias='indicatieGebruiksrecht', description='Indicatie of er beperkingen gelden aangaande het gebruik van het informatieobject anders dan raadpleging. Dit veld mag `null` zijn om aan te geven dat de indicatie nog niet bekend is. Als de indicatie gezet is, dan kan je de gebruiksrechten die van toepassing zijn raadplegen via de GEBRUIKSRECHTen resource.')
    verschijningsvorm: Text | None = Field(default=None, alias='verschijningsvorm', description='De essentiële opmaakaspecten van een INFORMATIEOBJECT.', json_schema_extra={'nullable': False})
    ondertekening: OndertekeningRequest | None = Field(default=None, alias='ondertekening', description="Aanduiding van de rechtskracht van een informatieobject. Mag niet van een waarde zijn voorzien als de `status` de waarde 'in bewerking' of 'ter vaststelling' heeft.")
    integriteit: IntegriteitRequest | None = Field(default=None, alias='integriteit', description='Uitdrukking van mate van volledigheid en onbeschadigd zijn van digitaal bestand.')
    informatieobjecttype: UriOrName | None = Field(default=None, alias='informatieobjecttype', description='URL-referentie naar het INFORMATIEOBJECTTYPE (in de Catalogi API).', max_length=200, min_length=1, json_schema_extra={'nullable': False})
    trefwoorden: list[Annotated[Text, Field(max_length=100, min_length=1)]] | None = Field(default=None, alias='trefwoorden', description="Een lijst van trefwoorden gescheiden door comma's.", json_schema_extra={'nullable': False})
    lock: Text | None = Field(default=None, alias='lock', description='Tijdens het updaten van een document (PATCH, PUT) moet het `lock` veld opgegeven worden. Bij het aanmaken (POST) mag het geen waarde hebben.', min_length=1, json_schema_extra={'nullable': False})
    is_gereed_voor_publicatie: bool | None = Field(default=None, alias='isGereedVoorPublicatie', description='Geeft aan of het INFORMATIEOBJECT gereed is voor publicatie. Dit veld mag `null` zijn om aan te geven dat de gereedheid voor publicatie nog niet bekend is.')
    tonen_aan_initiator: bool | None = Field(default=None, alias='tonenAanInitiator', description='Geeft aan of het INFORMATIEOBJECT getoond mag worden aan de initiator van de zaak waarin het INFORMATIEOBJECT is opgenomen.')
    inhoud_is_vervallen: bool | None = Field(default=None, alias='inhoudIsVervallen', description='Geeft aan of de inhoud van het INFORMATIEOBJECT al dan niet  vervallen, dus niet langer geldig is.\n* `true` De inhoud van het INFORMATIEOBJECT is vervallen.\n* `false` De inhoud van het INFORMATIEOBJECT is niet vervallen.')


class PatchedGebruiksrechtenRequest(Patch):
    informatieobject: Uri | None = Field(default=None, alias='informatieobject', description='URL-referentie naar het INFORMATIEOBJECT.', json_schema_extra={'nullable': False})
    startdatum: IsoDateTime | None = Field(default=None, alias='startdatum', description='Begindatum van de periode waarin de gebruiksrechtvoorwaarden van toepassing zijn. Doorgaans is de datum van creatie van het informatieobject de startdatum.', json_schema_extra={'nullable': False})
    einddatum: IsoDateTime | None = Field(default=None, alias='einddatum', description='Einddatum van de periode waarin de gebruiksrechtvoorwaarden van toepassing zijn.')
    omschrijving_voorwaarden: Text | None = Field(default=None, alias='omschrijvingVoorwaarden', description='Omschrijving van de van toepassing zijnde voorwaarden aan het gebruik anders dan raadpleging', min_length=1, json_schema_extra={'nullable': False})


class PatchedVerzendingRequest(Patch):
    'Set gegevensgroepdata from validated nested data.'
    betrokkene: Uri | None = Field(default=None, alias='betrokkene', description='URL-referentie naar de betrokkene waarvan het informatieobject is ontvangen of waaraan dit is verzonden.', max_length=200, min_length=1, json_schema_extra={'nullable': False})
    informatieobject: Uri | None = Field(default=None, alias='informatieobject', description='URL-referentie naar het informatieobject dat is ontvangen of verzonden.', json_schema_extra={'nullable': False})
    aard_relatie: Literal['afzender', 'geadresseerde'] | None = Field(default=None, alias='aardRelatie', description='Omschrijving van de aard van de relatie van de BETROKKENE tot het INFORMATIEOBJECT.', json_schema_extra={'nullable': False})
    toelichting: Text | None = Field(default=None, alias='toelichting', description='Verduidelijking van de afzender- of geadresseerde-relatie.', max_length=200, json_schema_extra={'nullable': False})
    ontvangstdatum: IsoDate | None = Field(default=None, alias='ontvangstdatum', description="De datum waarop het INFORMATIEOBJECT ontvangen is. Verplicht te registreren voor INFORMATIEOBJECTen die van buiten de zaakbehandelende organisatie(s) ontvangen zijn. Ontvangst en verzending is voorbehouden aan documenten die van of naar andere personen ontvangen of verzonden zijn waarbij die personen niet deel uit maken van de behandeling van de zaak waarin het document een rol speelt. Vervangt het gelijknamige attribuut uit Informatieobject. Verplicht gevuld wanneer aardRelatie de waarde 'afzender' heeft.")
    verzenddatum: IsoDate | None = Field(default=None, alias='verzenddatum', description="De datum waarop het INFORMATIEOBJECT verzonden is, zoals deze op het INFORMATIEOBJECT vermeld is. Dit geldt voor zowel inkomende als uitgaande INFORMATIEOBJECTen. Eenzelfde informatieobject kan niet tegelijk inkomend en uitgaand zijn. Ontvangst en verzending is voorbehouden aan documenten die van of naar andere personen ontvangen of verzonden zijn waarbij die personen niet deel uit maken van de behandeling van de zaak waarin het document een rol speelt. Vervangt het gelijknamige attribuut uit Informatieobject. Verplicht gevuld wanneer aardRelatie de waarde 'geadresseerde' heeft.")
    contact_persoon: Uri | None = Field(default=None, alias='contactPersoon', description='URL-referentie naar de persoon die als aanspreekpunt fungeert voor de BETROKKENE inzake het ontvangen of verzonden INFORMATIEOBJECT.', max_length=1000, min_length=1, json_schema_extra={'nullable': False})
    contactpersoonnaam: Text | None = Field(default=None, alias='contactpersoonnaam', description='De opgemaakte naam van de persoon die als aanspreekpunt fungeert voorde BETROKKENE inzake het ontvangen of verzonden INFORMATIEOBJECT.', max_length=40, json_schema_extra={'nullable': False})
    binnenlands_correspondentieadres: BinnenlandsCorrespondentieadresVerzendingRequest | None = Field(default=None, alias='binnenlandsCorrespondentieadres', description='Het correspondentieadres, betreffende een adresseerbaar object, van de BETROKKENE, zijnde afzender of geadresseerde, zoals vermeld in het ontvangen of verzonden INFORMATIEOBJECT indien dat afwijkt van het reguliere binnenlandse correspondentieadres van BETROKKENE.')
    buitenlands_correspondentieadres: BuitenlandsCorrespondentieadresVerzendingRequest | None = Field(default=None, alias='buitenlandsCorrespondentieadres', description='De gegevens van het adres in het buitenland van BETROKKENE, zijnde afzender of geadresseerde, zoals vermeld in het ontvangen of verzonden INFORMATIEOBJECT en dat afwijkt van de reguliere correspondentiegegevens van BETROKKENE.')
    correspondentie_postadres: CorrespondentiePostadresVerzendingRequest | None = Field(default=None, alias='correspondentiePostadres', description='De gegevens die tezamen een postbusadres of antwoordnummeradres vormen van BETROKKENE, zijnde afzender of geadresseerde, zoals vermeld in het ontvangen of verzonden INFORMATIEOBJECT en dat afwijkt van de reguliere correspondentiegegevens van BETROKKENE.')
    faxnummer: Text | None = Field(default=None, alias='faxnummer', description='faxnummer van de ontvanger of afzender.', max_length=15)
    emailadres: Email | None = Field(default=None, alias='emailadres', description='emailadres van de ontvanger of afzender.', max_length=100)
    mijn_overheid: bool | None = Field(default=None, alias='mijnOverheid', description='is het informatieobject verzonden via mijnOverheid naar de ontvanger.', json_schema_extra={'nullable': False})
    telefoonnummer: Text | None = Field(default=None, alias='telefoonnummer', description='telefoonnummer van de ontvanger of afzender.', max_length=15)


class ReservedDocumentRequest(Wire):
    bronorganisatie: Text = Field(alias='bronorganisatie', description='Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die het informatieobject heeft gecreëerd of heeft ontvangen en als eerste in een samenwerkingsketen heeft vastgelegd.', max_length=9, min_length=9)
    aantal: int | None = Field(default=None, alias='aantal', description='Het aantal identificaties om te reserveren.', ge=1, json_schema_extra={'nullable': False})


class UnlockEnkelvoudigInformatieObjectRequest(Wire):
    'Serializer for the unlock action of EnkelvoudigInformatieObjectCanonical'
    lock: Text = Field(default="", alias='lock', description='Hash string, wordt gebruikt als ID voor de lock', max_length=100)


class Verzending(Wire):
    'Set gegevensgroepdata from validated nested data.'
    url: Uri = Field(alias='url', description='URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.', max_length=1000, min_length=1, json_schema_extra={'readOnly': True})
    betrokkene: Uri = Field(alias='betrokkene', description='URL-referentie naar de betrokkene waarvan het informatieobject is ontvangen of waaraan dit is verzonden.', max_length=200)
    informatieobject: Uri = Field(alias='informatieobject', description='URL-referentie naar het informatieobject dat is ontvangen of verzonden.')
    aard_relatie: Literal['afzender', 'geadresseerde'] = Field(alias='aardRelatie', description='Omschrijving van de aard van de relatie van de BETROKKENE tot het INFORMATIEOBJECT.')
    toelichting: str | None = Field(default=None, alias='toelichting', description='Verduidelijking van de afzender- of geadresseerde-relatie.', max_length=200, json_schema_extra={'nullable': False})
    ontvangstdatum: date | None = Field(default=None, alias='ontvangstdatum', description="De datum waarop het INFORMATIEOBJECT ontvangen is. Verplicht te registreren voor INFORMATIEOBJECTen die van buiten de zaakbehandelende organisatie(s) ontvangen zijn. Ontvangst en verzending is voorbehouden aan documenten die van of naar andere personen ontvangen of verzonden zijn waarbij die personen niet deel uit maken van de behandeling van de zaak waarin het document een rol speelt. Vervangt het gelijknamige attribuut uit Informatieobject. Verplicht gevuld wanneer aardRelatie de waarde 'afzender' heeft.")
    verzenddatum: date | None = Field(default=None, alias='verzenddatum', description="De datum waarop het INFORMATIEOBJECT verzonden is, zoals deze op het INFORMATIEOBJECT vermeld is. Dit geldt voor zowel inkomende als uitgaande INFORMATIEOBJECTen. Eenzelfde informatieobject kan niet tegelijk inkomend en uitgaand zijn. Ontvangst en verzending is voorbehouden aan documenten die van of naar andere personen ontvangen of verzonden zijn waarbij die personen niet deel uit maken van de behandeling van de zaak waarin het document een rol speelt. Vervangt het gelijknamige attribuut uit Informatieobject. Verplicht gevuld wanneer aardRelatie de waarde 'geadresseerde' heeft.")
    contact_persoon: Uri = Field(alias='contactPersoon', description='URL-referentie naar de persoon die als aanspreekpunt fungeert voor de BETROKKENE inzake het ontvangen of verzonden INFORMATIEOBJECT.', max_length=1000)
    contactpersoonnaam: str | None = Field(default=None, alias='contactpersoonnaam', description='De opgemaakte naam van de persoon die als aanspreekpunt fungeert voorde BETROKKENE inzake het ontvangen of verzonden INFORMATIEOBJECT.', max_length=40, json_schema_extra={'nullable': False})
    binnenlands_correspondentieadres: BinnenlandsCorrespondentieadresVerzending | None = Field(default=None, alias='binnenlandsCorrespondentieadres', description='Het correspondentieadres, betreffende een adresseerbaar object, van de BETROKKENE, zijnde afzender of geadresseerde, zoals vermeld in het ontvangen of verzonden INFORMATIEOBJECT indien dat afwijkt van het reguliere binnenlandse correspondentieadres van BETROKKENE.')
    buitenlands_correspondentieadres: BuitenlandsCorrespondentieadresVerzending | None = Field(default=None, alias='buitenlandsCorrespondentieadres', description='De gegevens van het adres in het buitenland van BETROKKENE, zijnde afzender of geadresseerde, zoals vermeld in het ontvangen of verzonden INFORMATIEOBJECT en dat afwijkt van de reguliere correspondentiegegevens van BETROKKENE.')
    correspondentie_postadres: CorrespondentiePostadresVerzending | None = Field(default=None, alias='correspondentiePostadres', description='De gegevens die tezamen een postbusadres of antwoordnummeradres vormen van BETROKKENE, zijnde afzender of geadresseerde, zoals vermeld in het ontvangen of verzonden INFORMATIEOBJECT en dat afwijkt van de reguliere correspondentiegegevens van BETROKKENE.')
    faxnummer: str | None = Field(default=None, alias='faxnummer', description='faxnummer van de ontvanger of afzender.', max_length=15)
    emailadres: Email | None = Field(default=None, alias='emailadres', description='emailadres van de ontvanger of afzender.', max_length=100)
    mijn_overheid: bool | None = Field(default=None, alias='mijnOverheid', description='is het informatieobject verzonden via mijnOverheid naar de ontvanger.', json_schema_extra={'nullable': False})
    telefoonnummer: str | None = Field(default=None, alias='telefoonnummer', description='telefoonnummer van de ontvanger of afzender.', max_length=15)
    expand_: VerzendingEmbedded | None = Field(default=None, alias='_expand', description='Gerelateerde objecten, opgenomen op verzoek (`expand`).', json_schema_extra={'readOnly': True, 'nullable': False})


class VerzendingRequest(Wire):
    'Set gegevensgroepdata from validated nested data.'
    betrokkene: Uri = Field(alias='betrokkene', description='URL-referentie naar de betrokkene waarvan het informatieobject is ontvangen of waaraan dit is verzonden.', max_length=200, min_length=1)
    informatieobject: Uri = Field(alias='informatieobject', description='URL-referentie naar het informatieobject dat is ontvangen of verzonden.')
    aard_relatie: Literal['afzender', 'geadresseerde'] = Field(alias='aardRelatie', description='Omschrijving van de aard van de relatie van de BETROKKENE tot het INFORMATIEOBJECT.')
    toelichting: Text = Field(default="", alias='toelichting', description='Verduidelijking van de afzender- of geadresseerde-relatie.', max_length=200)
    ontvangstdatum: IsoDate | None = Field(default=None, alias='ontvangstdatum', description="De datum waarop het INFORMATIEOBJECT ontvangen is. Verplicht te registreren voor INFORMATIEOBJECTen die van buiten de zaakbehandelende organisatie(s) ontvangen zijn. Ontvangst en verzending is voorbehouden aan documenten die van of naar andere personen ontvangen of verzonden zijn waarbij die personen niet deel uit maken van de behandeling van de zaak waarin het document een rol speelt. Vervangt het gelijknamige attribuut uit Informatieobject. Verplicht gevuld wanneer aardRelatie de waarde 'afzender' heeft.")
    verzenddatum: IsoDate | None = Field(default=None, alias='verzenddatum', description="De datum waarop het INFORMATIEOBJECT verzonden is, zoals deze op het INFORMATIEOBJECT vermeld is. Dit geldt voor zowel inkomende als uitgaande INFORMATIEOBJECTen. Eenzelfde informatieobject kan niet tegelijk inkomend en uitgaand zijn. Ontvangst en verzending is voorbehouden aan documenten die van of naar andere personen ontvangen of verzonden zijn waarbij die personen niet deel uit maken van de behandeling van de zaak waarin het document een rol speelt. Vervangt het gelijknamige attribuut uit Informatieobject. Verplicht gevuld wanneer aardRelatie de waarde 'geadresseerde' heeft.")
    contact_persoon: Uri = Field(alias='contactPersoon', description='URL-referentie naar de persoon die als aanspreekpunt fungeert voor de BETROKKENE inzake het ontvangen of verzonden INFORMATIEOBJECT.', max_length=1000, min_length=1)
    contactpersoonnaam: Text = Field(default="", alias='contactpersoonnaam', description='De opgemaakte naam van de persoon die als aanspreekpunt fungeert voorde BETROKKENE inzake het ontvangen of verzonden INFORMATIEOBJECT.', max_length=40)
    binnenlands_correspondentieadres: BinnenlandsCorrespondentieadresVerzendingRequest | None = Field(default=None, alias='binnenlandsCorrespondentieadres', description='Het correspondentieadres, betreffende een adresseerbaar object, van de BETROKKENE, zijnde afzender of geadresseerde, zoals vermeld in het ontvangen of verzonden INFORMATIEOBJECT indien dat afwijkt van het reguliere binnenlandse correspondentieadres van BETROKKENE.')
    buitenlands_correspondentieadres: BuitenlandsCorrespondentieadresVerzendingRequest | None = Field(default=None, alias='buitenlandsCorrespondentieadres', description='De gegevens van het adres in het buitenland van BETROKKENE, zijnde afzender of geadresseerde, zoals vermeld in het ontvangen of verzonden INFORMATIEOBJECT en dat afwijkt van de reguliere correspondentiegegevens van BETROKKENE.')
    correspondentie_postadres: CorrespondentiePostadresVerzendingRequest | None = Field(default=None, alias='correspondentiePostadres', description='De gegevens die tezamen een postbusadres of antwoordnummeradres vormen van BETROKKENE, zijnde afzender of geadresseerde, zoals vermeld in het ontvangen of verzonden INFORMATIEOBJECT en dat afwijkt van de reguliere correspondentiegegevens van BETROKKENE.')
    faxnummer: Text | None = Field(default=None, alias='faxnummer', description='faxnummer van de ontvanger of afzender.', max_length=15)
    emailadres: Email | None = Field(default=None, alias='emailadres', description='emailadres van de ontvanger of afzender.', max_length=100)
    mijn_overheid: bool = Field(default=False, alias='mijnOverheid', description='is het informatieobject verzonden via mijnOverheid naar de ontvanger.')
    telefoonnummer: Text | None = Field(default=None, alias='telefoonnummer', description='telefoonnummer van de ontvanger of afzender.', max_length=15)


class Wijzigingen(Wire):
    oud: Any | None = Field(default=None, alias='oud', description='Volledige JSON body van het object zoals dat bestond voordat de actie heeft plaatsgevonden.', json_schema_extra={'nullable': False})
    nieuw: Any | None = Field(default=None, alias='nieuw', description='Volledige JSON body van het object na de actie.', json_schema_extra={'nullable': False})


class ZaakInformatieObjectSub(Wire):
    url: Uri = Field(alias='url', description='URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.', max_length=1000, min_length=1, json_schema_extra={'readOnly': True})
    uuid: str = Field(alias='uuid', description='Unieke resource identifier (UUID4)', json_schema_extra={'readOnly': True, 'format': 'uuid'})
    informatieobject: Uri = Field(alias='informatieobject', description='URL-referentie naar het INFORMATIEOBJECT (in de Documenten API), waar ook de relatieinformatie opgevraagd kan worden.', max_length=1000, json_schema_extra={'readOnly': True})
    zaak: Uri = Field(alias='zaak', description='URL-referentie naar de ZAAK.', max_length=1000, min_length=1)
    aard_relatie_weergave: Literal['Hoort bij, omgekeerd: kent', 'Legt vast, omgekeerd: kan vastgelegd zijn als'] = Field(alias='aardRelatieWeergave', json_schema_extra={'readOnly': True})
    titel: str | None = Field(default=None, alias='titel', description='De naam waaronder het INFORMATIEOBJECT binnen het OBJECT bekend is.', max_length=200, json_schema_extra={'nullable': False})
    beschrijving: str | None = Field(default=None, alias='beschrijving', description='Een op het object gerichte beschrijving van de inhoud vanhet INFORMATIEOBJECT.', json_schema_extra={'nullable': False})
    registratiedatum: datetime = Field(alias='registratiedatum', description='De datum waarop de behandelende organisatie het INFORMATIEOBJECT heeft geregistreerd bij het OBJECT. Geldige waardes zijn datumtijden gelegen op of voor de huidige datum en tijd.', json_schema_extra={'readOnly': True})
    vernietigingsdatum: datetime | None = Field(default=None, alias='vernietigingsdatum', description='De datum waarop het informatieobject uit het zaakdossier verwijderd moet worden.')
    status: Uri | None = Field(default=None, alias='status', description='De bij de desbetreffende ZAAK behorende STATUS waarvoor het ZAAK-INFORMATIEOBJECT relevant is (geweest) met het oog op het bereiken van die STATUS en/of de communicatie daarover.', max_length=1000, min_length=1)


class ZaakInformatieObjectSubRequest(Wire):
    zaak: Uri = Field(alias='zaak', description='URL-referentie naar de ZAAK.', max_length=1000, min_length=1)
    titel: Text = Field(default="", alias='titel', description='De naam waaronder het INFORMATIEOBJECT binnen het OBJECT bekend is.', max_length=200)
    beschrijving: Text = Field(default="", alias='beschrijving', description='Een op het object gerichte beschrijving van de inhoud vanhet INFORMATIEOBJECT.')
    vernietigingsdatum: IsoDateTime | None = Field(default=None, alias='vernietigingsdatum', description='De datum waarop het informatieobject uit het zaakdossier verwijderd moet worden.')
    status: Uri | None = Field(default=None, alias='status', description='De bij de desbetreffende ZAAK behorende STATUS waarvoor het ZAAK-INFORMATIEOBJECT relevant is (geweest) met het oog op het bereiken van die STATUS en/of de communicatie daarover.', max_length=1000, min_length=1)


class BestandsDeelResponse(Wire):
    url: Uri = Field(alias='url', description='URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.', max_length=1000, min_length=1, json_schema_extra={'readOnly': True})
    lock: str = Field(alias='lock', description='Hash string, which represents id of the lock of related informatieobject')
    omvang: int | None = Field(default=None, alias='omvang', description='De grootte van dit specifieke bestandsdeel.', json_schema_extra={'nullable': False})
    inhoud: UriOrBlank | None = Field(default=None, alias='inhoud', description='De URL naar de bestandsinhoud van dit specifieke bestandsdeel.', json_schema_extra={'nullable': False})
    voltooid: bool | None = Field(default=None, alias='voltooid', description='Indicatie of dit bestandsdeel volledig is geupload. Dat wil zeggen: het aantal bytes dat staat genoemd bij grootte is daadwerkelijk ontvangen.', json_schema_extra={'nullable': False})
    volgnummer: int | None = Field(default=None, alias='volgnummer', description='Een volgnummer dat de volgorde van de bestandsdelen aangeeft.', json_schema_extra={'nullable': False})


class BuitenlandsCorrespondentiepostadresVerzending(Wire):
    'De gegevens die tezamen een postbusadres of antwoordnummeradres vormen van BETROKKENE, zijnde afzender of geadresseerde, zoals vermeld in het ontvangen of verzonden INFORMATIEOBJECT en dat afwijkt van de reguliere correspondentiegegevens van BETROKKENE.'
    post_bus_of_antwoordnummer: int = Field(alias='postBusOfAntwoordnummer', description='De numerieke aanduiding zoals deze door de Nederlandse PTT is vastgesteld voor postbusadressen en antwoordnummeradressen.', ge=1, le=9999)
    postadres_postcode: str = Field(alias='postadresPostcode', description='De officiële Nederlandse PTT codering, bestaande uit een numerieke woonplaatscode en een alfabetische lettercode.', max_length=6)
    postadres_type: Literal['antwoordnummer', 'postbusnummer'] = Field(alias='postadresType', description='Aanduiding van het soort postadres.')
    woonplaatsnaam: str = Field(alias='woonplaatsnaam', description='De door het bevoegde gemeentelijke orgaan aan een WOONPLAATS toegekende benaming.', max_length=80)


class BuitenlandsCorrespondentiepostadresVerzendingRequest(Wire):
    'De gegevens die tezamen een postbusadres of antwoordnummeradres vormen van BETROKKENE, zijnde afzender of geadresseerde, zoals vermeld in het ontvangen of verzonden INFORMATIEOBJECT en dat afwijkt van de reguliere correspondentiegegevens van BETROKKENE.'
    post_bus_of_antwoordnummer: int = Field(alias='postBusOfAntwoordnummer', description='De numerieke aanduiding zoals deze door de Nederlandse PTT is vastgesteld voor postbusadressen en antwoordnummeradressen.', ge=1, le=9999)
    postadres_postcode: Text = Field(alias='postadresPostcode', description='De officiële Nederlandse PTT codering, bestaande uit een numerieke woonplaatscode en een alfabetische lettercode.', max_length=6, min_length=1)
    postadres_type: Literal['antwoordnummer', 'postbusnummer'] = Field(alias='postadresType', description='Aanduiding van het soort postadres.')
    woonplaatsnaam: Text = Field(alias='woonplaatsnaam', description='De door het bevoegde gemeentelijke orgaan aan een WOONPLAATS toegekende benaming.', max_length=80, min_length=1)


class EIOZoekRequest(Wire):
    uuid__in: list[Annotated[str, Field(json_schema_extra={'format': 'uuid'})]] = Field(alias='uuid__in', description='Array of unieke resource identifiers (UUID4)')
    identificatie: Text = Field(default="", alias='identificatie', description='Een binnen een gegeven context ondubbelzinnige referentie naar het INFORMATIEOBJECT.')
    bronorganisatie: Text = Field(default="", alias='bronorganisatie', description='Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die het informatieobject heeft gecreëerd of heeft ontvangen en als eerste in een samenwerkingsketen heeft vastgelegd.')
    expand: Text = Field(default="", alias='expand', description='Haal details van gelinkte resources direct op. Als je meerdere resources tegelijk wilt ophalen kun je deze scheiden met een komma. Voor het ophalen van resources die een laag dieper genest zijn wordt de punt-notatie gebruikt.')


class EnkelvoudigInformatieObjectCreateLock(Wire):
    'This serializer class is used by EnkelvoudigInformatieObjectViewSet for'
    url: Uri = Field(alias='url', description='URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.', max_length=1000, min_length=1, json_schema_extra={'readOnly': True})
    identificatie: str | None = Field(default=None, alias='identificatie', description='Een binnen een gegeven context ondubbelzinnige referentie naar het INFORMATIEOBJECT.', max_length=40, json_schema_extra={'nullable': False})
    bronorganisatie: str = Field(alias='bronorganisatie', description='Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die het informatieobject heeft gecreëerd of heeft ontvangen en als eerste in een samenwerkingsketen heeft vastgelegd.', max_length=9)
    creatiedatum: date = Field(alias='creatiedatum', description='Een datum of een gebeurtenis in de levenscyclus van het INFORMATIEOBJECT.')
    titel: str = Field(alias='titel', description='De naam waaronder het INFORMATIEOBJECT formeel bekend is.', max_length=200)
    vertrouwelijkheidaanduiding: Literal['openbaar', 'beperkt_openbaar', 'intern', 'zaakvertrouwelijk', 'vertrouwelijk', 'confidentieel', 'geheim', 'zeer_geheim', ''] | None = Field(default=None, alias='vertrouwelijkheidaanduiding', description='Aanduiding van de mate waarin het INFORMATIEOBJECT voor de openbaarheid bestemd is.\n\nUitleg bij mogelijke waarden:\n\n* `openbaar` - Openbaar\n* `beperkt_openbaar` - Beperkt openbaar\n* `intern` - Intern\n* `zaakvertrouwelijk` - Zaakvertrouwelijk\n* `vertrouwelijk` - Vertrouwelijk\n* `confidentieel` - Confidentieel\n* `geheim` - Geheim\n* `zeer_geheim` - Zeer geheim', json_schema_extra={'nullable': False})
    is_gereed_voor_publicatie: bool | None = Field(default=None, alias='isGereedVoorPublicatie', description='Geeft aan of het INFORMATIEOBJECT gereed is voor publicatie. Dit veld mag `null` zijn om aan te geven dat de gereedheid voor publicatie nog niet bekend is.')
    tonen_aan_initiator: bool | None = Field(default=None, alias='tonenAanInitiator', description='Geeft aan of het INFORMATIEOBJECT getoond mag worden aan de initiator van de zaak waarin het INFORMATIEOBJECT is opgenomen.', json_schema_extra={'nullable': False})
    auteur: str = Field(alias='auteur', description='De persoon of organisatie die in de eerste plaats verantwoordelijk is voor het creëren van de inhoud van het INFORMATIEOBJECT.', max_length=200)
    status: Literal['in_bewerking', 'ter_vaststelling', 'definitief', 'gearchiveerd', ''] | None = Field(default=None, alias='status', description="Aanduiding van de stand van zaken van een INFORMATIEOBJECT. De waarden 'in bewerking' en 'ter vaststelling' komen niet voor als het attribuut `ontvangstdatum` van een waarde is voorzien. Wijziging van de Status in 'gearchiveerd' impliceert dat het informatieobject een duurzaam, niet-wijzigbaar Formaat dient te hebben.\n\nUitleg bij mogelijke waarden:\n\n* `in_bewerking` - (In bewerking) Aan het informatieobject wordt nog gewerkt.\n* `ter_vaststelling` - (Ter vaststelling) Informatieobject gereed maar moet nog vastgesteld worden.\n* `definitief` - (Definitief) Informatieobject door bevoegd iets of iemand vastgesteld dan wel ontvangen.\n* `gearchiveerd` - (Gearchiveerd) Informatieobject duurzaam bewaarbaar gemaakt; een gearchiveerd informatie-element.", json_schema_extra={'nullable': False})
    inhoud_is_vervallen: bool | None = Field(default=None, alias='inhoudIsVervallen', description='Geeft aan of de inhoud van het INFORMATIEOBJECT al dan niet  vervallen, dus niet langer geldig is.\n* `true` De inhoud van het INFORMATIEOBJECT is vervallen.\n* `false` De inhoud van het INFORMATIEOBJECT is niet vervallen.')
    formaat: str | None = Field(default=None, alias='formaat', description='Het "Media Type" (voorheen "MIME type") voor de wijze waaropde inhoud van het INFORMATIEOBJECT is vastgelegd in een computerbestand. Voorbeeld: `application/msword`. Zie: https://www.iana.org/assignments/media-types/media-types.xhtml', max_length=255, json_schema_extra={'nullable': False})
    taal: str = Field(alias='taal', description='Een ISO 639-2/B taalcode waarin de inhoud van het INFORMATIEOBJECT is vastgelegd. Voorbeeld: `dut`. Zie: https://www.iso.org/standard/4767.html', max_length=3, min_length=3)
    versie: int = Field(alias='versie', description='Het (automatische) versienummer van het INFORMATIEOBJECT. Deze begint bij 1 als het INFORMATIEOBJECT aangemaakt wordt.', json_schema_extra={'readOnly': True})
    begin_registratie: datetime = Field(alias='beginRegistratie', description='Een datumtijd in ISO8601 formaat waarop deze versie van het INFORMATIEOBJECT is aangemaakt of gewijzigd.', json_schema_extra={'readOnly': True})
    bestandsnaam: str | None = Field(default=None, alias='bestandsnaam', description='De naam van het fysieke bestand waarin de inhoud van het informatieobject is vastgelegd, inclusief extensie.', max_length=255, json_schema_extra={'nullable': False})
    inhoud: Uri | None = Field(default=None, alias='inhoud', description='Download URL van de binaire inhoud.')
    bestandsomvang: int | None = Field(default=None, alias='bestandsomvang', description='Aantal bytes dat de inhoud van INFORMATIEOBJECT in beslag neemt.', ge=0, le=9223372036854776000)
    link: UriOrBlank | None = Field(default=None, alias='link', description='De URL waarmee de inhoud van het INFORMATIEOBJECT op te vragen is.', max_length=200, json_schema_extra={'nullable': False})
    beschrijving: str | None = Field(default=None, alias='beschrijving', description='Een generieke beschrijving van de inhoud van het INFORMATIEOBJECT.', max_length=1000, json_schema_extra={'nullable': False})
    ontvangstdatum: date | None = Field(default=None, alias='ontvangstdatum', description='De datum waarop het INFORMATIEOBJECT ontvangen is. Verplicht te registreren voor INFORMATIEOBJECTen die van buiten de zaakbehandelende organisatie(s) ontvangen zijn. Ontvangst en verzending is voorbehouden aan documenten die van of naar andere personen ontvangen of verzonden zijn waarbij die personen niet deel uit maken van de behandeling van de zaak waarin het document een rol speelt.')
    verzenddatum: date | None = Field(default=None, alias='verzenddatum', description='De datum waarop het INFORMATIEOBJECT verzonden is, zoals deze op het INFORMATIEOBJECT vermeld is. Dit geldt voor zowel inkomende als uitgaande INFORMATIEOBJECTen. Eenzelfde informatieobject kan niet tegelijk inkomend en uitgaand zijn. Ontvangst en verzending is voorbehouden aan documenten die van of naar andere personen ontvangen of verzonden zijn waarbij die personen niet deel uit maken van de behandeling van de zaak waarin het document een rol speelt.')
    indicatie_gebruiksrecht: bool | None = Field(default=None, alias='indicatieGebruiksrecht', description='Indicatie of er beperkingen gelden aangaande het gebruik van het informatieobject anders dan raadpleging. Dit veld mag `null` zijn om aan te geven dat de indicatie nog niet bekend is. Als de indicatie gezet is, dan kan je de gebruiksrechten die van toepassing zijn raadplegen via de GEBRUIKSRECHTen resource.')
    verschijningsvorm: str | None = Field(default=None, alias='verschijningsvorm', description='De essentiële opmaakaspecten van een INFORMATIEOBJECT.', json_schema_extra={'nullable': False})
    ondertekening: Ondertekening | None = Field(default=None, alias='ondertekening', description="Aanduiding van de rechtskracht van een informatieobject. Mag niet van een waarde zijn voorzien als de `status` de waarde 'in bewerking' of 'ter vaststelling' heeft.")
    integriteit: Integriteit | None = Field(default=None, alias='integriteit', description='Uitdrukking van mate van volledigheid en onbeschadigd zijn van digitaal bestand.')
    informatieobjecttype: Uri = Field(alias='informatieobjecttype', description='URL-referentie naar het INFORMATIEOBJECTTYPE (in de Catalogi API).', max_length=200)
    locked: bool = Field(alias='locked', description='Geeft aan of het document gelocked is. Alleen als een document gelocked is, mogen er aanpassingen gemaakt worden.', json_schema_extra={'readOnly': True})
    bestandsdelen: list[BestandsDeel] = Field(alias='bestandsdelen', json_schema_extra={'readOnly': True})
    trefwoorden: list[str] | None = Field(default=None, alias='trefwoorden', description='Een lijst van één of meer trefwoorden.', json_schema_extra={'nullable': False})
    lock: str = Field(alias='lock', description='Lock id generated if the large file is created and should be used while updating the document. Documents with base64 encoded files are created without lock', json_schema_extra={'readOnly': True})


class EnkelvoudigInformatieObjectWithLock(Wire):
    'This serializer class is used by EnkelvoudigInformatieObjectViewSet for'
    url: Uri = Field(alias='url', description='URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.', max_length=1000, min_length=1, json_schema_extra={'readOnly': True})
    identificatie: str | None = Field(default=None, alias='identificatie', description='Een binnen een gegeven context ondubbelzinnige referentie naar het INFORMATIEOBJECT.', max_length=40, json_schema_extra={'nullable': False})
    bronorganisatie: str = Field(alias='bronorganisatie', description='Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die het informatieobject heeft gecreëerd of heeft ontvangen en als eerste in een samenwerkingsketen heeft vastgelegd.', max_length=9)
    creatiedatum: date = Field(alias='creatiedatum', description='Een datum of een gebeurtenis in de levenscyclus van het INFORMATIEOBJECT.')
    titel: str = Field(alias='titel', description='De naam waaronder het INFORMATIEOBJECT formeel bekend is.', max_length=200)
    vertrouwelijkheidaanduiding: Literal['openbaar', 'beperkt_openbaar', 'intern', 'zaakvertrouwelijk', 'vertrouwelijk', 'confidentieel', 'geheim', 'zeer_geheim', ''] | None = Field(default=None, alias='vertrouwelijkheidaanduiding', description='Aanduiding van de mate waarin het INFORMATIEOBJECT voor de openbaarheid bestemd is.\n\nUitleg bij mogelijke waarden:\n\n* `openbaar` - Openbaar\n* `beperkt_openbaar` - Beperkt openbaar\n* `intern` - Intern\n* `zaakvertrouwelijk` - Zaakvertrouwelijk\n* `vertrouwelijk` - Vertrouwelijk\n* `confidentieel` - Confidentieel\n* `geheim` - Geheim\n* `zeer_geheim` - Zeer geheim', json_schema_extra={'nullable': False})
    is_gereed_voor_publicatie: bool | None = Field(default=None, alias='isGereedVoorPublicatie', description='Geeft aan of het INFORMATIEOBJECT gereed is voor publicatie. Dit veld mag `null` zijn om aan te geven dat de gereedheid voor publicatie nog niet bekend is.')
    tonen_aan_initiator: bool | None = Field(default=None, alias='tonenAanInitiator', description='Geeft aan of het INFORMATIEOBJECT getoond mag worden aan de initiator van de zaak waarin het INFORMATIEOBJECT is opgenomen.', json_schema_extra={'nullable': False})
    auteur: str = Field(alias='auteur', description='De persoon of organisatie die in de eerste plaats verantwoordelijk is voor het creëren van de inhoud van het INFORMATIEOBJECT.', max_length=200)
    status: Literal['in_bewerking', 'ter_vaststelling', 'definitief', 'gearchiveerd', ''] | None = Field(default=None, alias='status', description="Aanduiding van de stand van zaken van een INFORMATIEOBJECT. De waarden 'in bewerking' en 'ter vaststelling' komen niet voor als het attribuut `ontvangstdatum` van een waarde is voorzien. Wijziging van de Status in 'gearchiveerd' impliceert dat het informatieobject een duurzaam, niet-wijzigbaar Formaat dient te hebben.\n\nUitleg bij mogelijke waarden:\n\n* `in_bewerking` - (In bewerking) Aan het informatieobject wordt nog gewerkt.\n* `ter_vaststelling` - (Ter vaststelling) Informatieobject gereed maar moet nog vastgesteld worden.\n* `definitief` - (Definitief) Informatieobject door bevoegd iets of iemand vastgesteld dan wel ontvangen.\n* `gearchiveerd` - (Gearchiveerd) Informatieobject duurzaam bewaarbaar gemaakt; een gearchiveerd informatie-element.", json_schema_extra={'nullable': False})
    inhoud_is_vervallen: bool | None = Field(default=None, alias='inhoudIsVervallen', description='Geeft aan of de inhoud van het INFORMATIEOBJECT al dan niet  vervallen, dus niet langer geldig is.\n* `true` De inhoud van het INFORMATIEOBJECT is vervallen.\n* `false` De inhoud van het INFORMATIEOBJECT is niet vervallen.')
    formaat: str | None = Field(default=None, alias='formaat', description='Het "Media Type" (voorheen "MIME type") voor de wijze waaropde inhoud van het INFORMATIEOBJECT is vastgelegd in een computerbestand. Voorbeeld: `application/msword`. Zie: https://www.iana.org/assignments/media-types/media-types.xhtml', max_length=255, json_schema_extra={'nullable': False})
    taal: str = Field(alias='taal', description='Een ISO 639-2/B taalcode waarin de inhoud van het INFORMATIEOBJECT is vastgelegd. Voorbeeld: `dut`. Zie: https://www.iso.org/standard/4767.html', max_length=3, min_length=3)
    versie: int = Field(alias='versie', description='Het (automatische) versienummer van het INFORMATIEOBJECT. Deze begint bij 1 als het INFORMATIEOBJECT aangemaakt wordt.', json_schema_extra={'readOnly': True})
    begin_registratie: datetime = Field(alias='beginRegistratie', description='Een datumtijd in ISO8601 formaat waarop deze versie van het INFORMATIEOBJECT is aangemaakt of gewijzigd.', json_schema_extra={'readOnly': True})
    bestandsnaam: str | None = Field(default=None, alias='bestandsnaam', description='De naam van het fysieke bestand waarin de inhoud van het informatieobject is vastgelegd, inclusief extensie.', max_length=255, json_schema_extra={'nullable': False})
    inhoud: Uri | None = Field(default=None, alias='inhoud', description='Download URL van de binaire inhoud.')
    bestandsomvang: int | None = Field(default=None, alias='bestandsomvang', description='Aantal bytes dat de inhoud van INFORMATIEOBJECT in beslag neemt.', ge=0, le=9223372036854776000)
    link: UriOrBlank | None = Field(default=None, alias='link', description='De URL waarmee de inhoud van het INFORMATIEOBJECT op te vragen is.', max_length=200, json_schema_extra={'nullable': False})
    beschrijving: str | None = Field(default=None, alias='beschrijving', description='Een generieke beschrijving van de inhoud van het INFORMATIEOBJECT.', max_length=1000, json_schema_extra={'nullable': False})
    ontvangstdatum: date | None = Field(default=None, alias='ontvangstdatum', description='De datum waarop het INFORMATIEOBJECT ontvangen is. Verplicht te registreren voor INFORMATIEOBJECTen die van buiten de zaakbehandelende organisatie(s) ontvangen zijn. Ontvangst en verzending is voorbehouden aan documenten die van of naar andere personen ontvangen of verzonden zijn waarbij die personen niet deel uit maken van de behandeling van de zaak waarin het document een rol speelt.')
    verzenddatum: date | None = Field(default=None, alias='verzenddatum', description='De datum waarop het INFORMATIEOBJECT verzonden is, zoals deze op het INFORMATIEOBJECT vermeld is. Dit geldt voor zowel inkomende als uitgaande INFORMATIEOBJECTen. Eenzelfde informatieobject kan niet tegelijk inkomend en uitgaand zijn. Ontvangst en verzending is voorbehouden aan documenten die van of naar andere personen ontvangen of verzonden zijn waarbij die personen niet deel uit maken van de behandeling van de zaak waarin het document een rol speelt.')
    indicatie_gebruiksrecht: bool | None = Field(default=None, alias='indicatieGebruiksrecht', description='Indicatie of er beperkingen gelden aangaande het gebruik van het informatieobject anders dan raadpleging. Dit veld mag `null` zijn om aan te geven dat de indicatie nog niet bekend is. Als de indicatie gezet is, dan kan je de gebruiksrechten die van toepassing zijn raadplegen via de GEBRUIKSRECHTen resource.')
    verschijningsvorm: str | None = Field(default=None, alias='verschijningsvorm', description='De essentiële opmaakaspecten van een INFORMATIEOBJECT.', json_schema_extra={'nullable': False})
    ondertekening: Ondertekening | None = Field(default=None, alias='ondertekening', description="Aanduiding van de rechtskracht van een informatieobject. Mag niet van een waarde zijn voorzien als de `status` de waarde 'in bewerking' of 'ter vaststelling' heeft.")
    integriteit: Integriteit | None = Field(default=None, alias='integriteit', description='Uitdrukking van mate van volledigheid en onbeschadigd zijn van digitaal bestand.')
    informatieobjecttype: Uri = Field(alias='informatieobjecttype', description='URL-referentie naar het INFORMATIEOBJECTTYPE (in de Catalogi API).', max_length=200)
    locked: bool = Field(alias='locked', description='Geeft aan of het document gelocked is. Alleen als een document gelocked is, mogen er aanpassingen gemaakt worden.', json_schema_extra={'readOnly': True})
    bestandsdelen: list[BestandsDeel] = Field(alias='bestandsdelen', json_schema_extra={'readOnly': True})
    trefwoorden: list[str] | None = Field(default=None, alias='trefwoorden', description='Een lijst van één of meer trefwoorden.', json_schema_extra={'nullable': False})

class EnkelvoudigInformatieObjectEmbedded(Wire):
    'Gerelateerde objecten van EnkelvoudigInformatieObject, opgenomen op verzoek (`expand`).'
    informatieobjecttype: dict[str, Any] | None = Field(default=None, alias='informatieobjecttype', json_schema_extra={'readOnly': True})


class GebruiksrechtenEmbedded(Wire):
    'Gerelateerde objecten van Gebruiksrechten, opgenomen op verzoek (`expand`).'
    informatieobject: EnkelvoudigInformatieObject | None = Field(default=None, alias='informatieobject', json_schema_extra={'readOnly': True})


class ObjectInformatieObjectEmbedded(Wire):
    'Gerelateerde objecten van ObjectInformatieObject, opgenomen op verzoek (`expand`).'
    informatieobject: EnkelvoudigInformatieObject | None = Field(default=None, alias='informatieobject', json_schema_extra={'readOnly': True})


class VerzendingEmbedded(Wire):
    'Gerelateerde objecten van Verzending, opgenomen op verzoek (`expand`).'
    informatieobject: EnkelvoudigInformatieObject | None = Field(default=None, alias='informatieobject', json_schema_extra={'readOnly': True})

AuditTrail.model_rebuild()
BestandsDeel.model_rebuild()
BestandsDeelRequest.model_rebuild()
BinnenlandsCorrespondentieadresVerzending.model_rebuild()
BinnenlandsCorrespondentieadresVerzendingRequest.model_rebuild()
BuitenlandsCorrespondentieadresVerzending.model_rebuild()
BuitenlandsCorrespondentieadresVerzendingRequest.model_rebuild()
CorrespondentiePostadresVerzending.model_rebuild()
CorrespondentiePostadresVerzendingRequest.model_rebuild()
DocumentRegistreren.model_rebuild()
DocumentRegistrerenRequest.model_rebuild()
EnkelvoudigInformatieObject.model_rebuild()
EnkelvoudigInformatieObjectCreateLockRequest.model_rebuild()
EnkelvoudigInformatieObjectCreateLockSub.model_rebuild()
EnkelvoudigInformatieObjectCreateLockSubRequest.model_rebuild()
EnkelvoudigInformatieObjectWithLockRequest.model_rebuild()
ExpandEnkelvoudigInformatieObject.model_rebuild()
ExpandGebruiksrechten.model_rebuild()
ExpandVerzending.model_rebuild()
Gebruiksrechten.model_rebuild()
GebruiksrechtenRequest.model_rebuild()
Import.model_rebuild()
ImportCreate.model_rebuild()
Integriteit.model_rebuild()
IntegriteitRequest.model_rebuild()
LockEnkelvoudigInformatieObject.model_rebuild()
ObjectInformatieObject.model_rebuild()
ObjectInformatieObjectRequest.model_rebuild()
Ondertekening.model_rebuild()
OndertekeningRequest.model_rebuild()
PaginatedEnkelvoudigInformatieObjectList.model_rebuild()
PaginatedExpandEnkelvoudigInformatieObjectList.model_rebuild()
PaginatedExpandVerzendingList.model_rebuild()
PaginatedVerzendingList.model_rebuild()
PatchedEnkelvoudigInformatieObjectWithLockRequest.model_rebuild()
PatchedGebruiksrechtenRequest.model_rebuild()
PatchedVerzendingRequest.model_rebuild()
ReservedDocumentRequest.model_rebuild()
UnlockEnkelvoudigInformatieObjectRequest.model_rebuild()
Verzending.model_rebuild()
VerzendingRequest.model_rebuild()
Wijzigingen.model_rebuild()
ZaakInformatieObjectSub.model_rebuild()
ZaakInformatieObjectSubRequest.model_rebuild()
BestandsDeelResponse.model_rebuild()
BuitenlandsCorrespondentiepostadresVerzending.model_rebuild()
BuitenlandsCorrespondentiepostadresVerzendingRequest.model_rebuild()
EIOZoekRequest.model_rebuild()
EnkelvoudigInformatieObjectCreateLock.model_rebuild()
EnkelvoudigInformatieObjectWithLock.model_rebuild()
EnkelvoudigInformatieObjectEmbedded.model_rebuild()
GebruiksrechtenEmbedded.model_rebuild()
ObjectInformatieObjectEmbedded.model_rebuild()
VerzendingEmbedded.model_rebuild()

# query parameters of the list operations (and _zoek): name -> (description, schema)
QUERY_PARAMETERS: dict[str, dict[str, tuple[str, dict[str, Any]]]] = {
    'GET /enkelvoudiginformatieobjecten': {
        'auteur': ('**EXPERIMENTEEL** De persoon of organisatie die dit informatie object heeft aangemaakt (bevat de auteur de gegeven waarden (hoofdletterongevoelig)).', {'type': 'string'}),
        'beschrijving': ('**EXPERIMENTEEL** De beschrijving van dit informatie object (bevat de beschrijving de gegeven waarden (hoofdletterongevoelig)).', {'type': 'string'}),
        'bronorganisatie': ('Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die het informatieobject heeft gecreëerd of heeft ontvangen en als eerste in een samenwerkingsketen heeft vastgelegd.', {'type': 'string'}),
        'creatiedatum__gte': ('**EXPERIMENTEEL** De aanmakings datum van dit informatie object (groter of gelijk aan de gegeven datum).', {'type': 'string', 'format': 'date'}),
        'creatiedatum__lte': ('**EXPERIMENTEEL** De aanmakings datum van dit informatie object (kleiner of gelijk aan de gegeven datum).', {'type': 'string', 'format': 'date'}),
        'expand': ('Sluit de gespecifieerde gerelateerde resources in in het antwoord. \n\n', {'type': 'array', 'items': {'type': 'string', 'enum': ['informatieobjecttype']}}),
        'identificatie': ('Een binnen een gegeven context ondubbelzinnige referentie naar het INFORMATIEOBJECT.', {'type': 'string'}),
        'informatieobjecttype': ('**EXPERIMENTEEL** URL-referentie naar de gerelateerde informatieobjecttype (in deze of een andere API).', {'type': 'string'}),
        'locked': ('**EXPERIMENTEEL** De indicatie of dit informatie object gelocked is of niet.', {'type': 'boolean'}),
        'objectinformatieobjecten__object': ('**EXPERIMENTEEL** URL-referentie naar de gerelateerde OBJECT (in deze of een andere API).', {'type': 'string'}),
        'objectinformatieobjecten__objectType': ('**EXPERIMENTEEL** Het type van het gerelateerde OBJECT.\n\n', {'type': 'string', 'title': 'Objecttype', 'enum': ['besluit', 'verzoek', 'zaak']}),
        'ordering': ('**EXPERIMENTEEL** Sorteer op.\n\n', {'type': 'array', 'items': {'type': 'string', 'enum': ['-auteur', '-bestandsomvang', '-creatiedatum', '-formaat', '-status', '-titel', '-vertrouwelijkheidaanduiding', 'auteur', 'bestandsomvang', 'creatiedatum', 'formaat', 'status', 'titel', 'vertrouwelijkheidaanduiding']}}),
        'page': ('Een pagina binnen de gepagineerde set resultaten.', {'type': 'integer'}),
        'pageSize': ('Het aantal resultaten terug te geven per pagina. (default: 100, maximum: 500).', {'type': 'integer'}),
        'titel': ('**EXPERIMENTEEL** De titel van het informatie object (bevat de titel de gegeven waarden (hoofdletterongevoelig)).', {'type': 'string'}),
        'trefwoorden': ("Een lijst van trefwoorden gescheiden door comma's.", {'type': 'array', 'items': {'type': 'string'}}),
        'trefwoorden__overlap': ("**EXPERIMENTEEL** Een lijst van trefwoorden gescheiden door komma's, geeft alle EnkelvoudigInformatieObjecten terug die ten minste een van de opgegeven trefwoorden hebben", {'type': 'array', 'items': {'type': 'string'}}),
        'vertrouwelijkheidaanduiding': ('**EXPERIMENTEEL** De vertrouwelijkheidaanduiding van het informatie object\n\n', {'type': 'string', 'enum': ['beperkt_openbaar', 'confidentieel', 'geheim', 'intern', 'openbaar', 'vertrouwelijk', 'zaakvertrouwelijk', 'zeer_geheim']}),
    },
    'GET /enkelvoudiginformatieobjecten/{uuid}/download': {
        'registratieOp': ('Een datumtijd in ISO8601 formaat. De versie van het INFORMATIEOBJECT die qua `begin_registratie` het kortst hiervoor zit wordt opgehaald.', {'type': 'string'}),
        'versie': ('Het (automatische) versienummer van het INFORMATIEOBJECT.', {'type': 'integer'}),
    },
    'POST /enkelvoudiginformatieobjecten/_zoek': {
        'expand': ('Sluit de gespecifieerde gerelateerde resources in in het antwoord. \n\n (samengevoegd met evt. expand in body)', {'type': 'array', 'items': {'type': 'string', 'enum': ['informatieobjecttype']}}),
        'page': ('Een pagina binnen de gepagineerde set resultaten.', {'type': 'integer'}),
        'pageSize': ('Het aantal resultaten terug te geven per pagina. (default: 100, maximum: 500).', {'type': 'integer'}),
    },
    'GET /gebruiksrechten': {
        'einddatum__gt': ('Einddatum van de periode waarin de gebruiksrechtvoorwaarden van toepassing zijn.', {'type': 'string', 'format': 'date-time'}),
        'einddatum__gte': ('Einddatum van de periode waarin de gebruiksrechtvoorwaarden van toepassing zijn.', {'type': 'string', 'format': 'date-time'}),
        'einddatum__lt': ('Einddatum van de periode waarin de gebruiksrechtvoorwaarden van toepassing zijn.', {'type': 'string', 'format': 'date-time'}),
        'einddatum__lte': ('Einddatum van de periode waarin de gebruiksrechtvoorwaarden van toepassing zijn.', {'type': 'string', 'format': 'date-time'}),
        'expand': ('Sluit de gespecifieerde gerelateerde resources in in het antwoord. \n\n', {'type': 'array', 'items': {'type': 'string', 'enum': ['informatieobject', 'informatieobject.informatieobjecttype']}}),
        'informatieobject': ('URL-referentie naar het INFORMATIEOBJECT.', {'type': 'integer'}),
        'startdatum__gt': ('Begindatum van de periode waarin de gebruiksrechtvoorwaarden van toepassing zijn. Doorgaans is de datum van creatie van het informatieobject de startdatum.', {'type': 'string', 'format': 'date-time'}),
        'startdatum__gte': ('Begindatum van de periode waarin de gebruiksrechtvoorwaarden van toepassing zijn. Doorgaans is de datum van creatie van het informatieobject de startdatum.', {'type': 'string', 'format': 'date-time'}),
        'startdatum__lt': ('Begindatum van de periode waarin de gebruiksrechtvoorwaarden van toepassing zijn. Doorgaans is de datum van creatie van het informatieobject de startdatum.', {'type': 'string', 'format': 'date-time'}),
        'startdatum__lte': ('Begindatum van de periode waarin de gebruiksrechtvoorwaarden van toepassing zijn. Doorgaans is de datum van creatie van het informatieobject de startdatum.', {'type': 'string', 'format': 'date-time'}),
    },
    'GET /objectinformatieobjecten': {
        'informatieobject': ('URL-referentie naar het INFORMATIEOBJECT.', {'type': 'integer'}),
        'object': ('URL-referentie naar het gerelateerde OBJECT (in deze of een andere API).', {'type': 'string'}),
    },
    'GET /verzendingen': {
        'aardRelatie': ('Omschrijving van de aard van de relatie van de BETROKKENE tot het INFORMATIEOBJECT.\n\n', {'type': 'string', 'enum': ['afzender', 'geadresseerde']}),
        'betrokkene': ('URL-referentie naar de betrokkene waarvan het informatieobject is ontvangen of waaraan dit is verzonden.', {'type': 'string'}),
        'expand': ('Sluit de gespecifieerde gerelateerde resources in in het antwoord. \n\n', {'type': 'array', 'items': {'type': 'string', 'enum': ['informatieobject', 'informatieobject.informatieobjecttype']}}),
        'informatieobject': ('URL-referentie naar het informatieobject dat is ontvangen of verzonden.', {'type': 'integer'}),
        'page': ('Een pagina binnen de gepagineerde set resultaten.', {'type': 'integer'}),
        'pageSize': ('Het aantal resultaten terug te geven per pagina. (default: 100, maximum: 500).', {'type': 'integer'}),
    },
}
