"""Catalogi wire shapes, generated from the contract by `codegen.py`: do not edit by hand."""
# ruff: noqa: E501

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from pydantic import Field

from zgw.rest.catalogi.types import (
    Duration,
    Email,
    EmailOrBlank,
    OrBlank,
    Patch,
    StrOrBlank,
    Uri,
    UriOrBlank,
    UriOrName,
    Wire,
)
from zgw.rest.text import Text


class BesluitType(Wire):
    url: Uri = Field(alias='url', description='URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.', max_length=1000, min_length=1, json_schema_extra={'readOnly': True})
    catalogus: Uri = Field(alias='catalogus', description='URL-referentie naar de CATALOGUS waartoe dit BESLUITTYPE behoort.', max_length=1000, min_length=1)
    zaaktypen: list[Uri] = Field(alias='zaaktypen', description='ZAAKTYPE met ZAAKen die relevant kunnen zijn voor dit BESLUITTYPE', json_schema_extra={'readOnly': True})
    omschrijving: str | None = Field(default=None, alias='omschrijving', description='Omschrijving van de aard van BESLUITen van het BESLUITTYPE.', max_length=80, json_schema_extra={'nullable': False})
    omschrijving_generiek: str | None = Field(default=None, alias='omschrijvingGeneriek', description='Algemeen gehanteerde omschrijving van de aard van BESLUITen van het BESLUITTYPE', max_length=80, json_schema_extra={'nullable': False})
    besluitcategorie: str | None = Field(default=None, alias='besluitcategorie', description='Typering van de aard van BESLUITen van het BESLUITTYPE.', max_length=40, json_schema_extra={'nullable': False})
    reactietermijn: Duration | None = Field(default=None, alias='reactietermijn', description='De duur (typisch een aantal dagen), gerekend vanaf de verzend- of publicatiedatum, waarbinnen verweer tegen een besluit van het besluittype mogelijk is.')
    publicatie_indicatie: bool = Field(alias='publicatieIndicatie', description='Aanduiding of BESLUITen van dit BESLUITTYPE gepubliceerd moeten worden.')
    publicatietekst: str | None = Field(default=None, alias='publicatietekst', description='De generieke tekst van de publicatie van BESLUITen van dit BESLUITTYPE', json_schema_extra={'nullable': False})
    publicatietermijn: Duration | None = Field(default=None, alias='publicatietermijn', description='De duur (typisch een aantal dagen), gerekend vanaf de verzend- of publicatiedatum, dat BESLUITen van dit BESLUITTYPE gepubliceerd moeten blijven.')
    toelichting: str | None = Field(default=None, alias='toelichting', description='Een eventuele toelichting op dit BESLUITTYPE.', json_schema_extra={'nullable': False})
    informatieobjecttypen: list[Uri] = Field(alias='informatieobjecttypen', description='URL-referenties naar het INFORMATIEOBJECTTYPE van informatieobjecten waarin besluiten van dit BESLUITTYPE worden vastgelegd.')
    begin_geldigheid: date = Field(alias='beginGeldigheid', description='De datum waarop het is ontstaan.')
    einde_geldigheid: date | None = Field(default=None, alias='eindeGeldigheid', description='De datum waarop het is opgeheven.')
    concept: bool = Field(alias='concept', description='Geeft aan of het object een concept betreft. Concepten zijn niet-definitieve versies en zouden niet gebruikt moeten worden buiten deze API.', json_schema_extra={'readOnly': True})
    resultaattypen: list[Uri] = Field(alias='resultaattypen', description='Het RESULTAATTYPE van resultaten die gepaard gaan met besluiten van het BESLUITTYPE.', json_schema_extra={'readOnly': True})
    resultaattypen_omschrijving: list[str] = Field(alias='resultaattypenOmschrijving', description='Omschrijving van de aard van resultaten van het RESULTAATTYPE.', json_schema_extra={'readOnly': True})
    vastgelegd_in: list[str] = Field(alias='vastgelegdIn', description='Omschrijving van de aard van informatieobjecten van dit INFORMATIEOBJECTTYPE.', json_schema_extra={'readOnly': True})
    begin_object: date | None = Field(alias='beginObject', description='De datum waarop de eerst versie van het object ontstaan is.', json_schema_extra={'readOnly': True})
    einde_object: date | None = Field(alias='eindeObject', description='De datum van de aller laatste versie van het object.', json_schema_extra={'readOnly': True})
    zaaktype_identificaties: list[str] | None = Field(default=None, alias='zaaktypeIdentificaties', description='De identificaties van ZAAKTYPEs met ZAAKen die relevant kunnen zijn voor dit BESLUITTYPE.', json_schema_extra={'readOnly': True, 'uniqueItems': True, 'nullable': False})
    informatieobjecttype_omschrijvingen: list[str] | None = Field(default=None, alias='informatieobjecttypeOmschrijvingen', description='De omschrijvingen van INFORMATIEOBJECTTYPEs van informatieobjecten waarin besluiten van dit BESLUITTYPE worden vastgelegd.', json_schema_extra={'readOnly': True, 'uniqueItems': True, 'nullable': False})
    expand_: dict[str, Any] | None = Field(default=None, alias='_expand', description='Gerelateerde objecten, opgenomen op verzoek (`expand`).', json_schema_extra={'readOnly': True, 'nullable': False})


class BesluitTypeRequest(Wire):
    catalogus: Uri = Field(alias='catalogus', description='URL-referentie naar de CATALOGUS waartoe dit BESLUITTYPE behoort.', max_length=1000, min_length=1)
    omschrijving: Text = Field(default="", alias='omschrijving', description='Omschrijving van de aard van BESLUITen van het BESLUITTYPE.', max_length=80)
    omschrijving_generiek: Text = Field(default="", alias='omschrijvingGeneriek', description='Algemeen gehanteerde omschrijving van de aard van BESLUITen van het BESLUITTYPE', max_length=80)
    besluitcategorie: Text = Field(default="", alias='besluitcategorie', description='Typering van de aard van BESLUITen van het BESLUITTYPE.', max_length=40)
    reactietermijn: Duration | None = Field(default=None, alias='reactietermijn', description='De duur (typisch een aantal dagen), gerekend vanaf de verzend- of publicatiedatum, waarbinnen verweer tegen een besluit van het besluittype mogelijk is.')
    publicatie_indicatie: bool = Field(alias='publicatieIndicatie', description='Aanduiding of BESLUITen van dit BESLUITTYPE gepubliceerd moeten worden.')
    publicatietekst: Text = Field(default="", alias='publicatietekst', description='De generieke tekst van de publicatie van BESLUITen van dit BESLUITTYPE')
    publicatietermijn: Duration | None = Field(default=None, alias='publicatietermijn', description='De duur (typisch een aantal dagen), gerekend vanaf de verzend- of publicatiedatum, dat BESLUITen van dit BESLUITTYPE gepubliceerd moeten blijven.')
    toelichting: Text = Field(default="", alias='toelichting', description='Een eventuele toelichting op dit BESLUITTYPE.')
    informatieobjecttypen: list[UriOrName] = Field(alias='informatieobjecttypen', description='URL-referenties naar het INFORMATIEOBJECTTYPE van informatieobjecten waarin besluiten van dit BESLUITTYPE worden vastgelegd.')
    begin_geldigheid: date = Field(alias='beginGeldigheid', description='De datum waarop het is ontstaan.')
    einde_geldigheid: date | None = Field(default=None, alias='eindeGeldigheid', description='De datum waarop het is opgeheven.')
    begin_object: date | None = Field(default=None, alias='beginObject', description='De datum waarop de eerst versie van het object ontstaan is.')
    einde_object: date | None = Field(default=None, alias='eindeObject', description='De datum van de aller laatste versie van het object.')


class BronCatalogus(Wire):
    url: UriOrBlank = Field(alias='url', description='URL-referentie naar broncatalogus', max_length=200)
    domein: str = Field(alias='domein', description='Het domein van de CATALOGUS waaraan het ZAAKTYPE is ontleend.', max_length=5)
    rsin: StrOrBlank = Field(alias='rsin', description='Het RSIN van de INGESCHREVEN NIET-NATUURLIJK PERSOON die beheerder is van de CATALOGUS waaraan het ZAAKTYPE is ontleend.', max_length=9, min_length=9)


class BronCatalogusRequest(Wire):
    url: Uri = Field(alias='url', description='URL-referentie naar broncatalogus', max_length=200)
    domein: Text = Field(alias='domein', description='Het domein van de CATALOGUS waaraan het ZAAKTYPE is ontleend.', max_length=5)
    rsin: Annotated[Text, OrBlank(min_length=9)] = Field(alias='rsin', description='Het RSIN van de INGESCHREVEN NIET-NATUURLIJK PERSOON die beheerder is van de CATALOGUS waaraan het ZAAKTYPE is ontleend.', max_length=9)


class BronZaaktype(Wire):
    url: UriOrBlank = Field(alias='url', description='URL-referentie naar bronzaaktype', max_length=200)
    identificatie: str = Field(alias='identificatie', description='De Zaaktype-identificatie van het bronzaaktype binnen de CATALOGUS.', max_length=50)
    omschrijving: str = Field(alias='omschrijving', description='De Zaaktype-omschrijving van het bronzaaktype, zoals gehanteerd in de Broncatalogus.', max_length=80)


class BronZaaktypeRequest(Wire):
    url: Uri = Field(alias='url', description='URL-referentie naar bronzaaktype', max_length=200)
    identificatie: Text = Field(alias='identificatie', description='De Zaaktype-identificatie van het bronzaaktype binnen de CATALOGUS.', max_length=50)
    omschrijving: Text = Field(alias='omschrijving', description='De Zaaktype-omschrijving van het bronzaaktype, zoals gehanteerd in de Broncatalogus.', max_length=80)


class BrondatumArchiefprocedure(Wire):
    afleidingswijze: Literal['afgehandeld', 'ander_datumkenmerk', 'eigenschap', 'gerelateerde_zaak', 'hoofdzaak', 'ingangsdatum_besluit', 'termijn', 'vervaldatum_besluit', 'zaakobject'] = Field(alias='afleidingswijze', description='Wijze van bepalen van de brondatum.\n\nUitleg bij mogelijke waarden:\n\n* `afgehandeld` - (Afgehandeld) De termijn start op de datum waarop de zaak is afgehandeld (ZAAK.Einddatum in het RGBZ).\n* `ander_datumkenmerk` - (Ander datumkenmerk) De termijn start op de datum die is vastgelegd in een ander datumveld dan de datumvelden waarop de overige waarden (van deze attribuutsoort) betrekking hebben. `Objecttype`, `Registratie` en `Datumkenmerk` zijn niet leeg.\n* `eigenschap` - (Eigenschap) De termijn start op de datum die is vastgelegd in een ander datumveld dan de datumvelden waarop de overige waarden (van deze attribuutsoort) betrekking hebben. `Objecttype`, `Registratie` en `Datumkenmerk` zijn niet leeg.\n* `gerelateerde_zaak` - (**EXPERIMENTEEL DEPRECATED**: Gerelateerde zaak) De termijn start op de datum waarop de gerelateerde zaak is afgehandeld (`ZAAK.Einddatum` of `ZAAK.Gerelateerde_zaak.Einddatum` in het RGBZ). `ResultaatType.ZaakType` heeft gerelateerd `ZaakType`\n* `hoofdzaak` - (Hoofdzaak) De termijn start op de datum waarop de gerelateerde zaak is afgehandeld, waarvan de zaak een deelzaak is (`ZAAK.Einddatum` van de hoofdzaak in het RGBZ). ResultaatType.ZaakType is deelzaaktype van ZaakType.\n* `ingangsdatum_besluit` - (Ingangsdatum besluit) De termijn start op de datum waarop het besluit van kracht wordt (`BESLUIT.Ingangsdatum` in het RGBZ).\tResultaatType.ZaakType heeft relevant BesluitType\n* `termijn` - (Termijn) De termijn start een vast aantal jaren na de datum waarop de zaak is afgehandeld (`ZAAK.Einddatum` in het RGBZ).\n* `vervaldatum_besluit` - (Vervaldatum besluit) De termijn start op de dag na de datum waarop het besluit vervalt (`BESLUIT.Vervaldatum` in het RGBZ). ResultaatType.ZaakType heeft relevant BesluitType\n* `zaakobject` - (Zaakobject) De termijn start op de einddatum geldigheid van het zaakobject waarop de zaak betrekking heeft (bijvoorbeeld de overlijdendatum van een Persoon). M.b.v. de attribuutsoort `Objecttype` wordt vastgelegd om welke zaakobjecttype het gaat; m.b.v. de attribuutsoort `Datumkenmerk` wordt vastgelegd welke datum-attribuutsoort van het zaakobjecttype het betreft.')
    datumkenmerk: str | None = Field(default=None, alias='datumkenmerk', description='Naam van de attribuutsoort van het procesobject dat bepalend is voor het einde van de procestermijn. **EXPERIMENTEEL**: In het geval van afleidingswijze zaakobject kunnen nested attributen gespecificeerd worden door middel van `/` (bijv. `some/nested/path`)', max_length=80, json_schema_extra={'nullable': False})
    einddatum_bekend: bool | None = Field(default=None, alias='einddatumBekend', description='Indicatie dat de einddatum van het procesobject gedurende de uitvoering van de zaak bekend moet worden. Indien deze nog niet bekend is en deze waarde staat op `true`, dan kan de zaak (nog) niet afgesloten worden.', json_schema_extra={'nullable': False})
    objecttype: Literal['adres', 'besluit', 'buurt', 'enkelvoudig_document', 'gemeente', 'gemeentelijke_openbare_ruimte', 'huishouden', 'inrichtingselement', 'kadastrale_onroerende_zaak', 'kunstwerkdeel', 'maatschappelijke_activiteit', 'medewerker', 'natuurlijk_persoon', 'niet_natuurlijk_persoon', 'openbare_ruimte', 'organisatorische_eenheid', 'pand', 'spoorbaandeel', 'status', 'terreindeel', 'terrein_gebouwd_object', 'vestiging', 'waterdeel', 'wegdeel', 'wijk', 'woonplaats', 'woz_deelobject', 'woz_object', 'woz_waarde', 'zakelijk_recht', 'overige', ''] | None = Field(default=None, alias='objecttype', description='Het soort object in de registratie dat het procesobject representeert.\n\nUitleg bij mogelijke waarden:\n\n* `adres` - Adres\n* `besluit` - Besluit\n* `buurt` - Buurt\n* `enkelvoudig_document` - Enkelvoudig document\n* `gemeente` - Gemeente\n* `gemeentelijke_openbare_ruimte` - Gemeentelijke openbare ruimte\n* `huishouden` - Huishouden\n* `inrichtingselement` - Inrichtingselement\n* `kadastrale_onroerende_zaak` - Kadastrale onroerende zaak\n* `kunstwerkdeel` - Kunstwerkdeel\n* `maatschappelijke_activiteit` - Maatschappelijke activiteit\n* `medewerker` - Medewerker\n* `natuurlijk_persoon` - Natuurlijk persoon\n* `niet_natuurlijk_persoon` - Niet-natuurlijk persoon\n* `openbare_ruimte` - Openbare ruimte\n* `organisatorische_eenheid` - Organisatorische eenheid\n* `pand` - Pand\n* `spoorbaandeel` - Spoorbaandeel\n* `status` - Status\n* `terreindeel` - Terreindeel\n* `terrein_gebouwd_object` - Terrein gebouwd object\n* `vestiging` - Vestiging\n* `waterdeel` - Waterdeel\n* `wegdeel` - Wegdeel\n* `wijk` - Wijk\n* `woonplaats` - Woonplaats\n* `woz_deelobject` - Woz deel object\n* `woz_object` - Woz object\n* `woz_waarde` - Woz waarde\n* `zakelijk_recht` - Zakelijk recht\n* `overige` - Overige', json_schema_extra={'nullable': False})
    registratie: str | None = Field(default=None, alias='registratie', description='De naam van de registratie waarvan het procesobject deel uit maakt.', max_length=80, json_schema_extra={'nullable': False})
    procestermijn: Duration | None = Field(default=None, alias='procestermijn', description="De periode dat het zaakdossier na afronding van de zaak actief gebruikt en/of geraadpleegd wordt ter ondersteuning van de taakuitoefening van de organisatie. Enkel relevant indien de afleidingswijze 'termijn' is.")


class BrondatumArchiefprocedureRequest(Wire):
    afleidingswijze: Literal['afgehandeld', 'ander_datumkenmerk', 'eigenschap', 'gerelateerde_zaak', 'hoofdzaak', 'ingangsdatum_besluit', 'termijn', 'vervaldatum_besluit', 'zaakobject'] = Field(alias='afleidingswijze', description='Wijze van bepalen van de brondatum.\n\nUitleg bij mogelijke waarden:\n\n* `afgehandeld` - (Afgehandeld) De termijn start op de datum waarop de zaak is afgehandeld (ZAAK.Einddatum in het RGBZ).\n* `ander_datumkenmerk` - (Ander datumkenmerk) De termijn start op de datum die is vastgelegd in een ander datumveld dan de datumvelden waarop de overige waarden (van deze attribuutsoort) betrekking hebben. `Objecttype`, `Registratie` en `Datumkenmerk` zijn niet leeg.\n* `eigenschap` - (Eigenschap) De termijn start op de datum die is vastgelegd in een ander datumveld dan de datumvelden waarop de overige waarden (van deze attribuutsoort) betrekking hebben. `Objecttype`, `Registratie` en `Datumkenmerk` zijn niet leeg.\n* `gerelateerde_zaak` - (**EXPERIMENTEEL DEPRECATED**: Gerelateerde zaak) De termijn start op de datum waarop de gerelateerde zaak is afgehandeld (`ZAAK.Einddatum` of `ZAAK.Gerelateerde_zaak.Einddatum` in het RGBZ). `ResultaatType.ZaakType` heeft gerelateerd `ZaakType`\n* `hoofdzaak` - (Hoofdzaak) De termijn start op de datum waarop de gerelateerde zaak is afgehandeld, waarvan de zaak een deelzaak is (`ZAAK.Einddatum` van de hoofdzaak in het RGBZ). ResultaatType.ZaakType is deelzaaktype van ZaakType.\n* `ingangsdatum_besluit` - (Ingangsdatum besluit) De termijn start op de datum waarop het besluit van kracht wordt (`BESLUIT.Ingangsdatum` in het RGBZ).\tResultaatType.ZaakType heeft relevant BesluitType\n* `termijn` - (Termijn) De termijn start een vast aantal jaren na de datum waarop de zaak is afgehandeld (`ZAAK.Einddatum` in het RGBZ).\n* `vervaldatum_besluit` - (Vervaldatum besluit) De termijn start op de dag na de datum waarop het besluit vervalt (`BESLUIT.Vervaldatum` in het RGBZ). ResultaatType.ZaakType heeft relevant BesluitType\n* `zaakobject` - (Zaakobject) De termijn start op de einddatum geldigheid van het zaakobject waarop de zaak betrekking heeft (bijvoorbeeld de overlijdendatum van een Persoon). M.b.v. de attribuutsoort `Objecttype` wordt vastgelegd om welke zaakobjecttype het gaat; m.b.v. de attribuutsoort `Datumkenmerk` wordt vastgelegd welke datum-attribuutsoort van het zaakobjecttype het betreft.')
    datumkenmerk: Text = Field(default="", alias='datumkenmerk', description='Naam van de attribuutsoort van het procesobject dat bepalend is voor het einde van de procestermijn. **EXPERIMENTEEL**: In het geval van afleidingswijze zaakobject kunnen nested attributen gespecificeerd worden door middel van `/` (bijv. `some/nested/path`)', max_length=80)
    einddatum_bekend: bool = Field(default=False, alias='einddatumBekend', description='Indicatie dat de einddatum van het procesobject gedurende de uitvoering van de zaak bekend moet worden. Indien deze nog niet bekend is en deze waarde staat op `true`, dan kan de zaak (nog) niet afgesloten worden.')
    objecttype: Literal['adres', 'besluit', 'buurt', 'enkelvoudig_document', 'gemeente', 'gemeentelijke_openbare_ruimte', 'huishouden', 'inrichtingselement', 'kadastrale_onroerende_zaak', 'kunstwerkdeel', 'maatschappelijke_activiteit', 'medewerker', 'natuurlijk_persoon', 'niet_natuurlijk_persoon', 'openbare_ruimte', 'organisatorische_eenheid', 'pand', 'spoorbaandeel', 'status', 'terreindeel', 'terrein_gebouwd_object', 'vestiging', 'waterdeel', 'wegdeel', 'wijk', 'woonplaats', 'woz_deelobject', 'woz_object', 'woz_waarde', 'zakelijk_recht', 'overige', ''] = Field(default="", alias='objecttype', description='Het soort object in de registratie dat het procesobject representeert.\n\nUitleg bij mogelijke waarden:\n\n* `adres` - Adres\n* `besluit` - Besluit\n* `buurt` - Buurt\n* `enkelvoudig_document` - Enkelvoudig document\n* `gemeente` - Gemeente\n* `gemeentelijke_openbare_ruimte` - Gemeentelijke openbare ruimte\n* `huishouden` - Huishouden\n* `inrichtingselement` - Inrichtingselement\n* `kadastrale_onroerende_zaak` - Kadastrale onroerende zaak\n* `kunstwerkdeel` - Kunstwerkdeel\n* `maatschappelijke_activiteit` - Maatschappelijke activiteit\n* `medewerker` - Medewerker\n* `natuurlijk_persoon` - Natuurlijk persoon\n* `niet_natuurlijk_persoon` - Niet-natuurlijk persoon\n* `openbare_ruimte` - Openbare ruimte\n* `organisatorische_eenheid` - Organisatorische eenheid\n* `pand` - Pand\n* `spoorbaandeel` - Spoorbaandeel\n* `status` - Status\n* `terreindeel` - Terreindeel\n* `terrein_gebouwd_object` - Terrein gebouwd object\n* `vestiging` - Vestiging\n* `waterdeel` - Waterdeel\n* `wegdeel` - Wegdeel\n* `wijk` - Wijk\n* `woonplaats` - Woonplaats\n* `woz_deelobject` - Woz deel object\n* `woz_object` - Woz object\n* `woz_waarde` - Woz waarde\n* `zakelijk_recht` - Zakelijk recht\n* `overige` - Overige')
    registratie: Text = Field(default="", alias='registratie', description='De naam van de registratie waarvan het procesobject deel uit maakt.', max_length=80)
    procestermijn: Duration | None = Field(default=None, alias='procestermijn', description="De periode dat het zaakdossier na afronding van de zaak actief gebruikt en/of geraadpleegd wordt ter ondersteuning van de taakuitoefening van de organisatie. Enkel relevant indien de afleidingswijze 'termijn' is.")


class Catalogus(Wire):
    url: Uri = Field(alias='url', description='URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.', max_length=1000, min_length=1, json_schema_extra={'readOnly': True})
    domein: str = Field(alias='domein', description='Een afkorting waarmee wordt aangegeven voor welk domein in een CATALOGUS ZAAKTYPEn zijn uitgewerkt.', max_length=5)
    rsin: str = Field(alias='rsin', description='Het door een kamer toegekend uniek nummer voor de INGESCHREVEN NIET-NATUURLIJK PERSOON die de eigenaar is van een CATALOGUS.', max_length=9, min_length=9)
    contactpersoon_beheer_naam: str = Field(alias='contactpersoonBeheerNaam', description='De naam van de contactpersoon die verantwoordelijk is voor het beheer van de CATALOGUS.', max_length=40)
    contactpersoon_beheer_telefoonnummer: str | None = Field(default=None, alias='contactpersoonBeheerTelefoonnummer', description='Het telefoonnummer van de contactpersoon die verantwoordelijk is voor het beheer van de CATALOGUS.', max_length=20, json_schema_extra={'nullable': False})
    contactpersoon_beheer_emailadres: EmailOrBlank | None = Field(default=None, alias='contactpersoonBeheerEmailadres', description='Het emailadres van de contactpersoon die verantwoordelijk is voor het beheer van de CATALOGUS.', max_length=254, json_schema_extra={'nullable': False})
    zaaktypen: list[Uri] = Field(alias='zaaktypen', description='URL-referenties naar ZAAKTYPEn die in deze CATALOGUS worden ontsloten.', json_schema_extra={'readOnly': True})
    besluittypen: list[Uri] = Field(alias='besluittypen', description='URL-referenties naar BESLUITTYPEn die in deze CATALOGUS worden ontsloten.', json_schema_extra={'readOnly': True})
    informatieobjecttypen: list[Uri] = Field(alias='informatieobjecttypen', description='URL-referenties naar INFORMATIEOBJECTTYPEn die in deze CATALOGUS worden ontsloten.', json_schema_extra={'readOnly': True})
    naam: str | None = Field(default=None, alias='naam', description='De benaming die is gegeven aan de zaaktypecatalogus.', max_length=200)
    versie: str | None = Field(default=None, alias='versie', description='Versie-aanduiding van de van toepassing zijnde zaaktypecatalogus.', max_length=20)
    begindatum_versie: date | None = Field(default=None, alias='begindatumVersie', description='Datum waarop de versie van de zaaktypecatalogus van toepassing is geworden.')
    besluittype_omschrijving: list[str] | None = Field(default=None, alias='besluittypeOmschrijving', description='Omschrijving van de aard van BESLUITen van het BESLUITTYPE.', json_schema_extra={'readOnly': True, 'uniqueItems': True, 'nullable': False})
    informatieobjecttype_omschrijving: list[str] | None = Field(default=None, alias='informatieobjecttypeOmschrijving', description='Omschrijving van de aard van informatieobjecten van dit INFORMATIEOBJECTTYPE.', json_schema_extra={'readOnly': True, 'uniqueItems': True, 'nullable': False})
    expand_: dict[str, Any] | None = Field(default=None, alias='_expand', description='Gerelateerde objecten, opgenomen op verzoek (`expand`).', json_schema_extra={'readOnly': True, 'nullable': False})


class CatalogusRequest(Wire):
    domein: Text = Field(alias='domein', description='Een afkorting waarmee wordt aangegeven voor welk domein in een CATALOGUS ZAAKTYPEn zijn uitgewerkt.', max_length=5, min_length=1)
    rsin: Text = Field(alias='rsin', description='Het door een kamer toegekend uniek nummer voor de INGESCHREVEN NIET-NATUURLIJK PERSOON die de eigenaar is van een CATALOGUS.', max_length=9, min_length=9)
    contactpersoon_beheer_naam: Text = Field(alias='contactpersoonBeheerNaam', description='De naam van de contactpersoon die verantwoordelijk is voor het beheer van de CATALOGUS.', max_length=40, min_length=1)
    contactpersoon_beheer_telefoonnummer: Text = Field(default="", alias='contactpersoonBeheerTelefoonnummer', description='Het telefoonnummer van de contactpersoon die verantwoordelijk is voor het beheer van de CATALOGUS.', max_length=20)
    contactpersoon_beheer_emailadres: Email = Field(default="", alias='contactpersoonBeheerEmailadres', description='Het emailadres van de contactpersoon die verantwoordelijk is voor het beheer van de CATALOGUS.', max_length=254)
    naam: Text | None = Field(default=None, alias='naam', description='De benaming die is gegeven aan de zaaktypecatalogus.', max_length=200)
    versie: Text | None = Field(default=None, alias='versie', description='Versie-aanduiding van de van toepassing zijnde zaaktypecatalogus.', max_length=20)
    begindatum_versie: date | None = Field(default=None, alias='begindatumVersie', description='Datum waarop de versie van de zaaktypecatalogus van toepassing is geworden.')


class CheckListItem(Wire):
    itemnaam: str = Field(alias='itemnaam', description='De betekenisvolle benaming van het checklistitem', max_length=30)
    toelichting: str | None = Field(default=None, alias='toelichting', description='Beschrijving van de overwegingen bij het controleren van het aandachtspunt', max_length=1000)
    vraagstelling: str = Field(alias='vraagstelling', description='Een betekenisvolle vraag waaruit blijkt waarop het aandachtspunt gecontroleerd moet worden.', max_length=255)
    verplicht: bool | None = Field(default=None, alias='verplicht', description='Het al dan niet verplicht zijn van controle van het aandachtspunt voorafgaand aan het bereiken van de status van het gerelateerde STATUSTYPE.', json_schema_extra={'nullable': False})


class CheckListItemRequest(Wire):
    itemnaam: Text = Field(alias='itemnaam', description='De betekenisvolle benaming van het checklistitem', max_length=30, min_length=1)
    toelichting: Text | None = Field(default=None, alias='toelichting', description='Beschrijving van de overwegingen bij het controleren van het aandachtspunt', max_length=1000)
    vraagstelling: Text = Field(alias='vraagstelling', description='Een betekenisvolle vraag waaruit blijkt waarop het aandachtspunt gecontroleerd moet worden.', max_length=255, min_length=1)
    verplicht: bool = Field(default=False, alias='verplicht', description='Het al dan niet verplicht zijn van controle van het aandachtspunt voorafgaand aan het bereiken van de status van het gerelateerde STATUSTYPE.')


class Eigenschap(Wire):
    'Adds nested create feature'
    url: Uri = Field(alias='url', description='URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.', max_length=1000, min_length=1, json_schema_extra={'readOnly': True})
    naam: str = Field(alias='naam', description='De naam van de EIGENSCHAP', max_length=20)
    definitie: str = Field(alias='definitie', description='De beschrijving van de betekenis van deze EIGENSCHAP', max_length=255)
    specificatie: EigenschapSpecificatie = Field(alias='specificatie')
    toelichting: str | None = Field(default=None, alias='toelichting', description='Een toelichting op deze EIGENSCHAP en het belang hiervan voor zaken van dit ZAAKTYPE.', max_length=1000, json_schema_extra={'nullable': False})
    zaaktype: Uri = Field(alias='zaaktype', description='URL-referentie naar het ZAAKTYPE van de ZAAKen waarvoor deze EIGENSCHAP van belang is.', max_length=1000, min_length=1)
    zaaktype_identificatie: str = Field(alias='zaaktypeIdentificatie', description='Unieke identificatie van het ZAAKTYPE binnen de CATALOGUS waarin het ZAAKTYPE voorkomt.', json_schema_extra={'readOnly': True})
    catalogus: Uri = Field(alias='catalogus', description='URL-referentie naar de CATALOGUS waartoe dit ZAAKTYPE behoort.', json_schema_extra={'readOnly': True})
    statustype: Uri | None = Field(default=None, alias='statustype', description='Status type moet (onder andere) deze EIGENSCHAP hebben, voordat een STATUS van het STATUSTYPE kan worden gezet.', max_length=1000, min_length=1)
    begin_geldigheid: date | None = Field(default=None, alias='beginGeldigheid', description='De datum waarop het is ontstaan.')
    einde_geldigheid: date | None = Field(default=None, alias='eindeGeldigheid', description='De datum waarop het is opgeheven.')
    begin_object: date | None = Field(alias='beginObject', description='De datum waarop de eerst versie van het object ontstaan is.', json_schema_extra={'readOnly': True})
    einde_object: date | None = Field(alias='eindeObject', description='De datum van de aller laatste versie van het object.', json_schema_extra={'readOnly': True})
    expand_: dict[str, Any] | None = Field(default=None, alias='_expand', description='Gerelateerde objecten, opgenomen op verzoek (`expand`).', json_schema_extra={'readOnly': True, 'nullable': False})


class EigenschapRequest(Wire):
    'Adds nested create feature'
    naam: Text = Field(alias='naam', description='De naam van de EIGENSCHAP', max_length=20, min_length=1)
    definitie: Text = Field(alias='definitie', description='De beschrijving van de betekenis van deze EIGENSCHAP', max_length=255, min_length=1)
    specificatie: EigenschapSpecificatieRequest = Field(alias='specificatie')
    toelichting: Text = Field(default="", alias='toelichting', description='Een toelichting op deze EIGENSCHAP en het belang hiervan voor zaken van dit ZAAKTYPE.', max_length=1000)
    zaaktype: Uri = Field(alias='zaaktype', description='URL-referentie naar het ZAAKTYPE van de ZAAKen waarvoor deze EIGENSCHAP van belang is.', max_length=1000, min_length=1)
    statustype: Uri | None = Field(default=None, alias='statustype', description='Status type moet (onder andere) deze EIGENSCHAP hebben, voordat een STATUS van het STATUSTYPE kan worden gezet.', max_length=1000, min_length=1)
    begin_geldigheid: date | None = Field(default=None, alias='beginGeldigheid', description='De datum waarop het is ontstaan.')
    einde_geldigheid: date | None = Field(default=None, alias='eindeGeldigheid', description='De datum waarop het is opgeheven.')
    begin_object: date | None = Field(default=None, alias='beginObject', description='De datum waarop de eerst versie van het object ontstaan is.')
    einde_object: date | None = Field(default=None, alias='eindeObject', description='De datum van de aller laatste versie van het object.')


class EigenschapSpecificatie(Wire):
    groep: str | None = Field(default=None, alias='groep', description='Benaming van het object of groepattribuut waarvan de EIGENSCHAP een inhoudelijk gegeven specificeert.', max_length=32, json_schema_extra={'nullable': False})
    formaat: Literal['tekst', 'getal', 'datum', 'datum_tijd'] = Field(alias='formaat', description='Het soort tekens waarmee waarden van de EIGENSCHAP kunnen worden vastgelegd.\n\nUitleg bij mogelijke waarden:\n\n* `tekst` - Tekst\n* `getal` - Getal\n* `datum` - Datum\n* `datum_tijd` - Datum/tijd')
    lengte: str = Field(alias='lengte', description='Het aantal karakters (lengte) waarmee waarden van de EIGENSCHAP worden vastgelegd.', max_length=14)
    kardinaliteit: str = Field(alias='kardinaliteit', description='Het aantal mogelijke voorkomens van waarden van deze EIGENSCHAP bij een zaak van het ZAAKTYPE.', max_length=3)
    waardenverzameling: list[Annotated[str, Field(max_length=100)]] | None = Field(default=None, alias='waardenverzameling', description='Waarden die deze EIGENSCHAP kan hebben.', json_schema_extra={'nullable': False})


class EigenschapSpecificatieRequest(Wire):
    groep: Text = Field(default="", alias='groep', description='Benaming van het object of groepattribuut waarvan de EIGENSCHAP een inhoudelijk gegeven specificeert.', max_length=32)
    formaat: Literal['tekst', 'getal', 'datum', 'datum_tijd'] = Field(alias='formaat', description='Het soort tekens waarmee waarden van de EIGENSCHAP kunnen worden vastgelegd.\n\nUitleg bij mogelijke waarden:\n\n* `tekst` - Tekst\n* `getal` - Getal\n* `datum` - Datum\n* `datum_tijd` - Datum/tijd')
    lengte: Text = Field(alias='lengte', description='Het aantal karakters (lengte) waarmee waarden van de EIGENSCHAP worden vastgelegd.', max_length=14, min_length=1)
    kardinaliteit: Text = Field(alias='kardinaliteit', description='Het aantal mogelijke voorkomens van waarden van deze EIGENSCHAP bij een zaak van het ZAAKTYPE.', max_length=3, min_length=1)
    waardenverzameling: list[Annotated[Text, Field(max_length=100, min_length=1)]] = Field(default_factory=list, alias='waardenverzameling', description='Waarden die deze EIGENSCHAP kan hebben.')


class InformatieObjectType(Wire):
    url: Uri = Field(alias='url', description='URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.', max_length=1000, min_length=1, json_schema_extra={'readOnly': True})
    catalogus: Uri = Field(alias='catalogus', description='URL-referentie naar de CATALOGUS waartoe dit INFORMATIEOBJECTTYPE behoort.', max_length=1000, min_length=1)
    omschrijving: str = Field(alias='omschrijving', description='Omschrijving van de aard van informatieobjecten van dit INFORMATIEOBJECTTYPE.', max_length=80)
    vertrouwelijkheidaanduiding: Literal['openbaar', 'beperkt_openbaar', 'intern', 'zaakvertrouwelijk', 'vertrouwelijk', 'confidentieel', 'geheim', 'zeer_geheim'] = Field(alias='vertrouwelijkheidaanduiding', description='Aanduiding van de mate waarin informatieobjecten van dit INFORMATIEOBJECTTYPE voor de openbaarheid bestemd zijn.\n\nUitleg bij mogelijke waarden:\n\n* `openbaar` - Openbaar\n* `beperkt_openbaar` - Beperkt openbaar\n* `intern` - Intern\n* `zaakvertrouwelijk` - Zaakvertrouwelijk\n* `vertrouwelijk` - Vertrouwelijk\n* `confidentieel` - Confidentieel\n* `geheim` - Geheim\n* `zeer_geheim` - Zeer geheim')
    begin_geldigheid: date = Field(alias='beginGeldigheid', description='De datum waarop het is ontstaan.')
    einde_geldigheid: date | None = Field(default=None, alias='eindeGeldigheid', description='De datum waarop het is opgeheven.')
    concept: bool = Field(alias='concept', description='Geeft aan of het object een concept betreft. Concepten zijn niet-definitieve versies en zouden niet gebruikt moeten worden buiten deze API.', json_schema_extra={'readOnly': True})
    besluittypen: list[Annotated[Uri, Field(max_length=1000, min_length=1)]] = Field(alias='besluittypen', description='URL-referenties naar de BESLUITTYPEN', json_schema_extra={'readOnly': True})
    informatieobjectcategorie: str = Field(alias='informatieobjectcategorie', description='Typering van de aard van informatieobjecten van dit INFORMATIEOBJECTTYPE.', max_length=80)
    trefwoord: list[Annotated[str, Field(max_length=30)]] | None = Field(default=None, alias='trefwoord', description='Trefwoord(en) waarmee informatieobjecten van het INFORMATIEOBJECTTYPE kunnen worden gekarakteriseerd. (Gebruik een komma om waarden van elkaar te onderscheiden.)', json_schema_extra={'nullable': False})
    omschrijving_generiek: OmschrijvingGeneriek | None = Field(default=None, alias='omschrijvingGeneriek', description='Algemeen gehanteerde omschrijving van het informatieobjecttype.', json_schema_extra={'nullable': False})
    zaaktypen: list[Annotated[Uri, Field(max_length=1000, min_length=1)]] = Field(alias='zaaktypen', description='URL-referenties naar de ZAAKTYPEN', json_schema_extra={'readOnly': True})
    begin_object: date | None = Field(alias='beginObject', description='De datum waarop de eerst versie van het object ontstaan is.', json_schema_extra={'readOnly': True})
    einde_object: date | None = Field(alias='eindeObject', description='De datum van de aller laatste versie van het object.', json_schema_extra={'readOnly': True})
    zaaktype_identificaties: list[str] | None = Field(default=None, alias='zaaktypeIdentificaties', description='Unieke identificaties van de ZAAKTYPEn binnen de CATALOGUS waarin het ZAAKTYPE voorkomt, die gebruik maken van dit INFORMATIEOBJECTTYPE.', json_schema_extra={'readOnly': True, 'uniqueItems': True, 'nullable': False})
    besluittype_omschrijving: list[str] | None = Field(default=None, alias='besluittypeOmschrijving', description='Omschrijving van de aard van BESLUITen van het BESLUITTYPE.', json_schema_extra={'readOnly': True, 'uniqueItems': True, 'nullable': False})
    expand_: dict[str, Any] | None = Field(default=None, alias='_expand', description='Gerelateerde objecten, opgenomen op verzoek (`expand`).', json_schema_extra={'readOnly': True, 'nullable': False})


class InformatieObjectTypeRequest(Wire):
    catalogus: Uri = Field(alias='catalogus', description='URL-referentie naar de CATALOGUS waartoe dit INFORMATIEOBJECTTYPE behoort.', max_length=1000, min_length=1)
    omschrijving: Text = Field(alias='omschrijving', description='Omschrijving van de aard van informatieobjecten van dit INFORMATIEOBJECTTYPE.', max_length=80, min_length=1)
    vertrouwelijkheidaanduiding: Literal['openbaar', 'beperkt_openbaar', 'intern', 'zaakvertrouwelijk', 'vertrouwelijk', 'confidentieel', 'geheim', 'zeer_geheim'] = Field(alias='vertrouwelijkheidaanduiding', description='Aanduiding van de mate waarin informatieobjecten van dit INFORMATIEOBJECTTYPE voor de openbaarheid bestemd zijn.\n\nUitleg bij mogelijke waarden:\n\n* `openbaar` - Openbaar\n* `beperkt_openbaar` - Beperkt openbaar\n* `intern` - Intern\n* `zaakvertrouwelijk` - Zaakvertrouwelijk\n* `vertrouwelijk` - Vertrouwelijk\n* `confidentieel` - Confidentieel\n* `geheim` - Geheim\n* `zeer_geheim` - Zeer geheim')
    begin_geldigheid: date = Field(alias='beginGeldigheid', description='De datum waarop het is ontstaan.')
    einde_geldigheid: date | None = Field(default=None, alias='eindeGeldigheid', description='De datum waarop het is opgeheven.')
    informatieobjectcategorie: Text = Field(alias='informatieobjectcategorie', description='Typering van de aard van informatieobjecten van dit INFORMATIEOBJECTTYPE.', max_length=80, min_length=1)
    trefwoord: list[Annotated[Text, Field(max_length=30, min_length=1)]] = Field(default_factory=list, alias='trefwoord', description='Trefwoord(en) waarmee informatieobjecten van het INFORMATIEOBJECTTYPE kunnen worden gekarakteriseerd. (Gebruik een komma om waarden van elkaar te onderscheiden.)')
    omschrijving_generiek: OmschrijvingGeneriekRequest | None = Field(default=None, alias='omschrijvingGeneriek', description='Algemeen gehanteerde omschrijving van het informatieobjecttype.', json_schema_extra={'nullable': False})
    begin_object: date | None = Field(default=None, alias='beginObject', description='De datum waarop de eerst versie van het object ontstaan is.')
    einde_object: date | None = Field(default=None, alias='eindeObject', description='De datum van de aller laatste versie van het object.')


class OmschrijvingGeneriek(Wire):
    informatieobjecttype_omschrijving_generiek: str = Field(alias='informatieobjecttypeOmschrijvingGeneriek', description='Algemeen gehanteerde omschrijving van het type informatieobject.', max_length=80)
    definitie_informatieobjecttype_omschrijving_generiek: str = Field(alias='definitieInformatieobjecttypeOmschrijvingGeneriek', description='Nauwkeurige beschrijving van het generieke type informatieobject', max_length=255)
    herkomst_informatieobjecttype_omschrijving_generiek: str = Field(alias='herkomstInformatieobjecttypeOmschrijvingGeneriek', description='De naam van de waardenverzameling, of van de beherende organisatie daarvan, waaruit de waarde is overgenomen.', max_length=12)
    hierarchie_informatieobjecttype_omschrijving_generiek: str = Field(alias='hierarchieInformatieobjecttypeOmschrijvingGeneriek', description='De plaats in de rangorde van het informatieobjecttype.', max_length=80)
    opmerking_informatieobjecttype_omschrijving_generiek: str | None = Field(default=None, alias='opmerkingInformatieobjecttypeOmschrijvingGeneriek', description='Zinvolle toelichting bij het informatieobjecttype', max_length=255)


class OmschrijvingGeneriekRequest(Wire):
    informatieobjecttype_omschrijving_generiek: Text = Field(alias='informatieobjecttypeOmschrijvingGeneriek', description='Algemeen gehanteerde omschrijving van het type informatieobject.', max_length=80)
    definitie_informatieobjecttype_omschrijving_generiek: Text = Field(alias='definitieInformatieobjecttypeOmschrijvingGeneriek', description='Nauwkeurige beschrijving van het generieke type informatieobject', max_length=255)
    herkomst_informatieobjecttype_omschrijving_generiek: Text = Field(alias='herkomstInformatieobjecttypeOmschrijvingGeneriek', description='De naam van de waardenverzameling, of van de beherende organisatie daarvan, waaruit de waarde is overgenomen.', max_length=12)
    hierarchie_informatieobjecttype_omschrijving_generiek: Text = Field(alias='hierarchieInformatieobjecttypeOmschrijvingGeneriek', description='De plaats in de rangorde van het informatieobjecttype.', max_length=80)
    opmerking_informatieobjecttype_omschrijving_generiek: Text | None = Field(default=None, alias='opmerkingInformatieobjecttypeOmschrijvingGeneriek', description='Zinvolle toelichting bij het informatieobjecttype', max_length=255)


class PaginatedBesluitTypeList(Wire):
    count: int = Field(alias='count')
    next: Uri | None = Field(default=None, alias='next')
    previous: Uri | None = Field(default=None, alias='previous')
    results: list[BesluitType] = Field(alias='results')


class PaginatedCatalogusList(Wire):
    count: int = Field(alias='count')
    next: Uri | None = Field(default=None, alias='next')
    previous: Uri | None = Field(default=None, alias='previous')
    results: list[Catalogus] = Field(alias='results')


class PaginatedEigenschapList(Wire):
    count: int = Field(alias='count')
    next: Uri | None = Field(default=None, alias='next')
    previous: Uri | None = Field(default=None, alias='previous')
    results: list[Eigenschap] = Field(alias='results')


class PaginatedInformatieObjectTypeList(Wire):
    count: int = Field(alias='count')
    next: Uri | None = Field(default=None, alias='next')
    previous: Uri | None = Field(default=None, alias='previous')
    results: list[InformatieObjectType] = Field(alias='results')


class PaginatedResultaatTypeList(Wire):
    count: int = Field(alias='count')
    next: Uri | None = Field(default=None, alias='next')
    previous: Uri | None = Field(default=None, alias='previous')
    results: list[ResultaatType] = Field(alias='results')


class PaginatedRolTypeList(Wire):
    count: int = Field(alias='count')
    next: Uri | None = Field(default=None, alias='next')
    previous: Uri | None = Field(default=None, alias='previous')
    results: list[RolType] = Field(alias='results')


class PaginatedStatusTypeList(Wire):
    count: int = Field(alias='count')
    next: Uri | None = Field(default=None, alias='next')
    previous: Uri | None = Field(default=None, alias='previous')
    results: list[StatusType] = Field(alias='results')


class PaginatedZaakObjectTypeList(Wire):
    count: int = Field(alias='count')
    next: Uri | None = Field(default=None, alias='next')
    previous: Uri | None = Field(default=None, alias='previous')
    results: list[ZaakObjectType] = Field(alias='results')


class PaginatedZaakTypeInformatieObjectTypeList(Wire):
    count: int = Field(alias='count')
    next: Uri | None = Field(default=None, alias='next')
    previous: Uri | None = Field(default=None, alias='previous')
    results: list[ZaakTypeInformatieObjectType] = Field(alias='results')


class PaginatedZaakTypeList(Wire):
    count: int = Field(alias='count')
    next: Uri | None = Field(default=None, alias='next')
    previous: Uri | None = Field(default=None, alias='previous')
    results: list[ZaakType] = Field(alias='results')


class PatchedBesluitTypeRequest(Patch):
    catalogus: Uri | None = Field(default=None, alias='catalogus', description='URL-referentie naar de CATALOGUS waartoe dit BESLUITTYPE behoort.', max_length=1000, min_length=1, json_schema_extra={'nullable': False})
    omschrijving: Text | None = Field(default=None, alias='omschrijving', description='Omschrijving van de aard van BESLUITen van het BESLUITTYPE.', max_length=80, json_schema_extra={'nullable': False})
    omschrijving_generiek: Text | None = Field(default=None, alias='omschrijvingGeneriek', description='Algemeen gehanteerde omschrijving van de aard van BESLUITen van het BESLUITTYPE', max_length=80, json_schema_extra={'nullable': False})
    besluitcategorie: Text | None = Field(default=None, alias='besluitcategorie', description='Typering van de aard van BESLUITen van het BESLUITTYPE.', max_length=40, json_schema_extra={'nullable': False})
    reactietermijn: Duration | None = Field(default=None, alias='reactietermijn', description='De duur (typisch een aantal dagen), gerekend vanaf de verzend- of publicatiedatum, waarbinnen verweer tegen een besluit van het besluittype mogelijk is.')
    publicatie_indicatie: bool | None = Field(default=None, alias='publicatieIndicatie', description='Aanduiding of BESLUITen van dit BESLUITTYPE gepubliceerd moeten worden.', json_schema_extra={'nullable': False})
    publicatietekst: Text | None = Field(default=None, alias='publicatietekst', description='De generieke tekst van de publicatie van BESLUITen van dit BESLUITTYPE', json_schema_extra={'nullable': False})
    publicatietermijn: Duration | None = Field(default=None, alias='publicatietermijn', description='De duur (typisch een aantal dagen), gerekend vanaf de verzend- of publicatiedatum, dat BESLUITen van dit BESLUITTYPE gepubliceerd moeten blijven.')
    toelichting: Text | None = Field(default=None, alias='toelichting', description='Een eventuele toelichting op dit BESLUITTYPE.', json_schema_extra={'nullable': False})
    informatieobjecttypen: list[UriOrName] | None = Field(default=None, alias='informatieobjecttypen', description='URL-referenties naar het INFORMATIEOBJECTTYPE van informatieobjecten waarin besluiten van dit BESLUITTYPE worden vastgelegd.', json_schema_extra={'nullable': False})
    begin_geldigheid: date | None = Field(default=None, alias='beginGeldigheid', description='De datum waarop het is ontstaan.', json_schema_extra={'nullable': False})
    einde_geldigheid: date | None = Field(default=None, alias='eindeGeldigheid', description='De datum waarop het is opgeheven.')


class PatchedEigenschapRequest(Patch):
    'Adds nested create feature'
    naam: Text | None = Field(default=None, alias='naam', description='De naam van de EIGENSCHAP', max_length=20, min_length=1, json_schema_extra={'nullable': False})
    definitie: Text | None = Field(default=None, alias='definitie', description='De beschrijving van de betekenis van deze EIGENSCHAP', max_length=255, min_length=1, json_schema_extra={'nullable': False})
    specificatie: EigenschapSpecificatieRequest | None = Field(default=None, alias='specificatie', json_schema_extra={'nullable': False})
    toelichting: Text | None = Field(default=None, alias='toelichting', description='Een toelichting op deze EIGENSCHAP en het belang hiervan voor zaken van dit ZAAKTYPE.', max_length=1000, json_schema_extra={'nullable': False})
    zaaktype: Uri | None = Field(default=None, alias='zaaktype', description='URL-referentie naar het ZAAKTYPE van de ZAAKen waarvoor deze EIGENSCHAP van belang is.', max_length=1000, min_length=1, json_schema_extra={'nullable': False})
    statustype: Uri | None = Field(default=None, alias='statustype', description='Status type moet (onder andere) deze EIGENSCHAP hebben, voordat een STATUS van het STATUSTYPE kan worden gezet.', max_length=1000, min_length=1)
    begin_geldigheid: date | None = Field(default=None, alias='beginGeldigheid', description='De datum waarop het is ontstaan.')
    einde_geldigheid: date | None = Field(default=None, alias='eindeGeldigheid', description='De datum waarop het is opgeheven.')
    begin_object: date | None = Field(default=None, alias='beginObject', description='De datum waarop de eerst versie van het object ontstaan is.')
    einde_object: date | None = Field(default=None, alias='eindeObject', description='De datum van de aller laatste versie van het object.')


class PatchedInformatieObjectTypeRequest(Patch):
    catalogus: Uri | None = Field(default=None, alias='catalogus', description='URL-referentie naar de CATALOGUS waartoe dit INFORMATIEOBJECTTYPE behoort.', max_length=1000, min_length=1, json_schema_extra={'nullable': False})
    omschrijving: Text | None = Field(default=None, alias='omschrijving', description='Omschrijving van de aard van informatieobjecten van dit INFORMATIEOBJECTTYPE.', max_length=80, min_length=1, json_schema_extra={'nullable': False})
    vertrouwelijkheidaanduiding: Literal['openbaar', 'beperkt_openbaar', 'intern', 'zaakvertrouwelijk', 'vertrouwelijk', 'confidentieel', 'geheim', 'zeer_geheim'] | None = Field(default=None, alias='vertrouwelijkheidaanduiding', description='Aanduiding van de mate waarin informatieobjecten van dit INFORMATIEOBJECTTYPE voor de openbaarheid bestemd zijn.\n\nUitleg bij mogelijke waarden:\n\n* `openbaar` - Openbaar\n* `beperkt_openbaar` - Beperkt openbaar\n* `intern` - Intern\n* `zaakvertrouwelijk` - Zaakvertrouwelijk\n* `vertrouwelijk` - Vertrouwelijk\n* `confidentieel` - Confidentieel\n* `geheim` - Geheim\n* `zeer_geheim` - Zeer geheim', json_schema_extra={'nullable': False})
    begin_geldigheid: date | None = Field(default=None, alias='beginGeldigheid', description='De datum waarop het is ontstaan.', json_schema_extra={'nullable': False})
    einde_geldigheid: date | None = Field(default=None, alias='eindeGeldigheid', description='De datum waarop het is opgeheven.')
    informatieobjectcategorie: Text | None = Field(default=None, alias='informatieobjectcategorie', description='Typering van de aard van informatieobjecten van dit INFORMATIEOBJECTTYPE.', max_length=80, min_length=1, json_schema_extra={'nullable': False})
    trefwoord: list[Annotated[Text, Field(max_length=30, min_length=1)]] | None = Field(default=None, alias='trefwoord', description='Trefwoord(en) waarmee informatieobjecten van het INFORMATIEOBJECTTYPE kunnen worden gekarakteriseerd. (Gebruik een komma om waarden van elkaar te onderscheiden.)', json_schema_extra={'nullable': False})
    omschrijving_generiek: OmschrijvingGeneriekRequest | None = Field(default=None, alias='omschrijvingGeneriek', description='Algemeen gehanteerde omschrijving van het informatieobjecttype.', json_schema_extra={'nullable': False})


class PatchedResultaatTypeRequest(Patch):
    'Set gegevensgroepdata from validated nested data.'
    zaaktype: Uri | None = Field(default=None, alias='zaaktype', description='URL-referentie naar het ZAAKTYPE van ZAAKen waarin resultaten van dit RESULTAATTYPE bereikt kunnen worden.', max_length=1000, min_length=1, json_schema_extra={'nullable': False})
    omschrijving: Text | None = Field(default=None, alias='omschrijving', description='Omschrijving van de aard van resultaten van het RESULTAATTYPE.', max_length=30, min_length=1, json_schema_extra={'nullable': False})
    resultaattypeomschrijving: Uri | None = Field(default=None, alias='resultaattypeomschrijving', description="Algemeen gehanteerde omschrijving van de aard van resultaten van het RESULTAATTYPE. Dit moet een URL-referentie zijn naar de referenlijst van generieke resultaattypeomschrijvingen. Im ImZTC heet dit 'omschrijving generiek'", max_length=1000, min_length=1, json_schema_extra={'nullable': False})
    selectielijstklasse: Uri | None = Field(default=None, alias='selectielijstklasse', description='URL-referentie naar de, voor het archiefregime bij het RESULTAATTYPE relevante, categorie in de Selectielijst Archiefbescheiden (RESULTAAT in de Selectielijst API) van de voor het ZAAKTYPE verantwoordelijke overheidsorganisatie.', max_length=1000, min_length=1, json_schema_extra={'nullable': False})
    toelichting: Text | None = Field(default=None, alias='toelichting', description='Een toelichting op dit RESULTAATTYPE en het belang hiervan voor ZAAKen waarin een resultaat van dit RESULTAATTYPE wordt geselecteerd.', json_schema_extra={'nullable': False})
    archiefnominatie: Literal['blijvend_bewaren', 'vernietigen', ''] | None = Field(default=None, alias='archiefnominatie', description='Aanduiding die aangeeft of ZAAKen met een resultaat van dit RESULTAATTYPE blijvend moeten worden bewaard of (op termijn) moeten worden vernietigd. Indien niet expliciet opgegeven wordt dit gevuld vanuit de selectielijst.\n\nUitleg bij mogelijke waarden:\n\n* `blijvend_bewaren` - Het zaakdossier moet bewaard blijven en op de Archiefactiedatum overgedragen worden naar een archiefbewaarplaats.\n* `vernietigen` - Het zaakdossier moet op of na de Archiefactiedatum vernietigd worden.', json_schema_extra={'nullable': False})
    archiefactietermijn: Duration | None = Field(default=None, alias='archiefactietermijn', description='De termijn, na het vervallen van het bedrjfsvoeringsbelang, waarna het zaakdossier (de ZAAK met alle bijbehorende INFORMATIEOBJECTen) van een ZAAK met een resultaat van dit RESULTAATTYPE vernietigd of overgebracht (naar een archiefbewaarplaats) moet worden. Voor te vernietigen dossiers betreft het de in die Selectielijst genoemde bewaartermjn. Voor blijvend te bewaren zaakdossiers betreft het de termijn vanaf afronding van de zaak tot overbrenging (de procestermijn is dan nihil).')
    brondatum_archiefprocedure: BrondatumArchiefprocedureRequest | None = Field(default=None, alias='brondatumArchiefprocedure', description='Specificatie voor het bepalen van de brondatum voor de start van de Archiefactietermijn (=brondatum) van het zaakdossier.')
    procesobjectaard: Text | None = Field(default=None, alias='procesobjectaard', description='Omschrijving van het object, subject of gebeurtenis waarop, vanuit archiveringsoptiek, het resultaattype bij zaken van dit type betrekking heeft.', max_length=200)
    indicatie_specifiek: bool | None = Field(default=None, alias='indicatieSpecifiek', description='Aanduiding of het, vanuit archiveringsoptiek, een resultaattype betreft dat specifiek is voor een bepaalde procesobjectaard.')
    procestermijn: Duration | None = Field(default=None, alias='procestermijn', description='De periode dat het zaakdossier na afronding van de zaak actief gebruikt en/of geraadpleegd wordt ter ondersteuning van de taakuitoefening van de organisatie.')
    besluittypen: list[Annotated[UriOrName | None, Field(max_length=1000, min_length=1)]] | None = Field(default=None, alias='besluittypen', description='Het BESLUITTYPE van besluiten die gepaard gaan met resultaten van het RESULTAATTYPE.', json_schema_extra={'nullable': False})
    informatieobjecttypen: list[Annotated[UriOrName | None, Field(max_length=1000, min_length=1)]] | None = Field(default=None, alias='informatieobjecttypen', description='De INFORMATIEOBJECTTYPEn die verplicht aanwezig moeten zijn in het zaakdossier van ZAAKen van dit ZAAKTYPE voordat een resultaat van dit RESULTAATTYPE kan worden gezet.', json_schema_extra={'nullable': False})
    begin_geldigheid: date | None = Field(default=None, alias='beginGeldigheid', description='De datum waarop het is ontstaan.')
    einde_geldigheid: date | None = Field(default=None, alias='eindeGeldigheid', description='De datum waarop het is opgeheven.')
    catalogus: Uri | None = Field(default=None, alias='catalogus', description='URL-referentie naar de CATALOGUS waartoe dit RESULTAATTYPE behoort.')
    begin_object: date | None = Field(default=None, alias='beginObject', description='De datum waarop de eerst versie van het object ontstaan is.')
    einde_object: date | None = Field(default=None, alias='eindeObject', description='De datum van de aller laatste versie van het object.')


class PatchedRolTypeRequest(Patch):
    'Adds nested create feature'
    zaaktype: Uri | None = Field(default=None, alias='zaaktype', description='URL-referentie naar het ZAAKTYPE waar deze ROLTYPEn betrokken kunnen zijn.', max_length=1000, min_length=1, json_schema_extra={'nullable': False})
    omschrijving: Text | None = Field(default=None, alias='omschrijving', description='Omschrijving van de aard van de ROL.', max_length=100, min_length=1, json_schema_extra={'nullable': False})
    omschrijving_generiek: Literal['adviseur', 'behandelaar', 'belanghebbende', 'beslisser', 'initiator', 'klantcontacter', 'zaakcoordinator', 'mede_initiator'] | None = Field(default=None, alias='omschrijvingGeneriek', description='Algemeen gehanteerde omschrijving van de aard van de ROL.\n\nUitleg bij mogelijke waarden:\n\n* `adviseur` - (Adviseur) Kennis in dienst stellen van de behandeling van (een deel van) een zaak.\n* `behandelaar` - (Behandelaar) De vakinhoudelijke behandeling doen van (een deel van) een zaak.\n* `belanghebbende` - (Belanghebbende) Vanuit eigen en objectief belang rechtstreeks betrokken zijn bij de behandeling en/of de uitkomst van een zaak.\n* `beslisser` - (Beslisser) Nemen van besluiten die voor de uitkomst van een zaak noodzakelijk zijn.\n* `initiator` - (Initiator) Aanleiding geven tot de start van een zaak ..\n* `klantcontacter` - (Klantcontacter) Het eerste aanspreekpunt zijn voor vragen van burgers en bedrijven ..\n* `zaakcoordinator` - (Zaakcoördinator) Er voor zorg dragen dat de behandeling van de zaak in samenhang uitgevoerd wordt conform de daarover gemaakte afspraken.\n* `mede_initiator` - (Mede-initiator) ', json_schema_extra={'nullable': False})
    begin_geldigheid: date | None = Field(default=None, alias='beginGeldigheid', description='De datum waarop het is ontstaan.')
    einde_geldigheid: date | None = Field(default=None, alias='eindeGeldigheid', description='De datum waarop het is opgeheven.')
    catalogus: Uri | None = Field(default=None, alias='catalogus', description='URL-referentie naar de CATALOGUS waartoe dit ROLTYPE behoort.')
    begin_object: date | None = Field(default=None, alias='beginObject', description='De datum waarop de eerst versie van het object ontstaan is.')
    einde_object: date | None = Field(default=None, alias='eindeObject', description='De datum van de aller laatste versie van het object.')


class PatchedStatusTypeRequest(Patch):
    'Adds nested create feature'
    omschrijving: Text | None = Field(default=None, alias='omschrijving', description='Een korte, voor de initiator van de zaak relevante, omschrijving van de aard van de STATUS van zaken van een ZAAKTYPE.', max_length=80, min_length=1, json_schema_extra={'nullable': False})
    omschrijving_generiek: Text | None = Field(default=None, alias='omschrijvingGeneriek', description='Algemeen gehanteerde omschrijving van de aard van STATUSsen van het STATUSTYPE', max_length=80, json_schema_extra={'nullable': False})
    statustekst: Text | None = Field(default=None, alias='statustekst', description='De tekst die wordt gebruikt om de Initiator te informeren over het bereiken van een STATUS van dit STATUSTYPE bij het desbetreffende ZAAKTYPE.', max_length=1000, json_schema_extra={'nullable': False})
    zaaktype: Uri | None = Field(default=None, alias='zaaktype', description='URL-referentie naar het ZAAKTYPE van ZAAKen waarin STATUSsen van dit STATUSTYPE bereikt kunnen worden.', max_length=1000, min_length=1, json_schema_extra={'nullable': False})
    volgnummer: int | None = Field(default=None, alias='volgnummer', description='Een volgnummer voor statussen van het STATUSTYPE binnen een zaak.', ge=1, le=9999, json_schema_extra={'nullable': False})
    informeren: bool | None = Field(default=None, alias='informeren', description='Aanduiding die aangeeft of na het zetten van een STATUS van dit STATUSTYPE de Initiator moet worden geïnformeerd over de statusovergang.', json_schema_extra={'nullable': False})
    doorlooptijd: Duration | None = Field(default=None, alias='doorlooptijd', description='De door de zaakbehandelende organisatie(s) gestelde norm voor de doorlooptijd voor het bereiken van STATUSsen van dit STATUSTYPE bij het desbetreffende ZAAKTYPE.')
    toelichting: Text | None = Field(default=None, alias='toelichting', description='Een eventuele toelichting op dit STATUSTYPE.', max_length=1000)
    checklistitem_statustype: list[CheckListItemRequest] | None = Field(default=None, alias='checklistitemStatustype', description='Te controleren aandachtspunt voorafgaand aan het bereiken van een status van het STATUSTYPE.', json_schema_extra={'nullable': False})
    begin_geldigheid: date | None = Field(default=None, alias='beginGeldigheid', description='De datum waarop het is ontstaan.')
    einde_geldigheid: date | None = Field(default=None, alias='eindeGeldigheid', description='De datum waarop het is opgeheven.')
    eigenschappen: list[Uri | None] | None = Field(default=None, alias='eigenschappen', description='de EIGENSCHAPpen die verplicht een waarde moeten hebben gekregen, voordat een STATUS van dit STATUSTYPE kan worden gezet.', json_schema_extra={'uniqueItems': True})
    begin_object: date | None = Field(default=None, alias='beginObject', description='De datum waarop de eerst versie van het object ontstaan is.')
    einde_object: date | None = Field(default=None, alias='eindeObject', description='De datum van de aller laatste versie van het object.')


class PatchedZaakObjectTypeRequest(Patch):
    ander_objecttype: bool | None = Field(default=None, alias='anderObjecttype', description='Aanduiding waarmee wordt aangegeven of het ZAAKOBJECTTYPE een ander, niet in RSGB en RGBZ voorkomend, objecttype betreft.', json_schema_extra={'nullable': False})
    objecttype: Uri | None = Field(default=None, alias='objecttype', description='URL-referentie naar de OBJECTTYPE waartoe dit ZAAKOBJECTTYPE behoort.', max_length=200, min_length=1, json_schema_extra={'nullable': False})
    relatie_omschrijving: Text | None = Field(default=None, alias='relatieOmschrijving', description='Omschrijving van de betrekking van het Objecttype op zaken van het gerelateerde ZAAKTYPE.', max_length=80, min_length=1, json_schema_extra={'nullable': False})
    zaaktype: Uri | None = Field(default=None, alias='zaaktype', description='URL-referentie naar de ZAAKTYPE waartoe dit ZAAKOBJECTTYPE behoort.', max_length=1000, min_length=1, json_schema_extra={'nullable': False})
    statustype: Uri | None = Field(default=None, alias='statustype', description='URL-referentie naar het STATUSTYPE', max_length=1000, min_length=1)
    begin_geldigheid: date | None = Field(default=None, alias='beginGeldigheid', description='De datum waarop het is ontstaan.')
    einde_geldigheid: date | None = Field(default=None, alias='eindeGeldigheid', description='De datum waarop het is opgeheven.')
    begin_object: date | None = Field(default=None, alias='beginObject', description='De datum waarop de eerst versie van het object ontstaan is.')
    einde_object: date | None = Field(default=None, alias='eindeObject', description='De datum van de aller laatste versie van het object.')
    resultaattypen: list[Uri | None] | None = Field(default=None, alias='resultaattypen', description='URL-referenties naar de RESULTAATTYPEN.', json_schema_extra={'uniqueItems': True})
    statustypen: list[Uri | None] | None = Field(default=None, alias='statustypen', description='URL-referenties naar de STATUSTYPEN.', json_schema_extra={'uniqueItems': True})
    catalogus: Uri | None = Field(default=None, alias='catalogus', description='URL-referentie naar de CATALOGUS waartoe dit ZAAKOBJECTTYPE behoort.')


class PatchedZaakTypeInformatieObjectTypeRequest(Patch):
    'Represent a ZaakTypeInformatieObjectType.'
    zaaktype: Uri | None = Field(default=None, alias='zaaktype', description='URL-referentie naar het ZAAKTYPE.', max_length=1000, min_length=1, json_schema_extra={'nullable': False})
    informatieobjecttype: UriOrName | None = Field(default=None, alias='informatieobjecttype', description='URL-referentie naar het INFORMATIEOBJECTTYPE.', max_length=1000, min_length=1, json_schema_extra={'nullable': False})
    volgnummer: int | None = Field(default=None, alias='volgnummer', description='Uniek volgnummer van het ZAAK-INFORMATIEOBJECTTYPE binnen het ZAAKTYPE.', ge=1, le=999, json_schema_extra={'nullable': False})
    richting: Literal['inkomend', 'intern', 'uitgaand'] | None = Field(default=None, alias='richting', description='Aanduiding van de richting van informatieobjecten van het gerelateerde INFORMATIEOBJECTTYPE bij zaken van het gerelateerde ZAAKTYPE.\n\nUitleg bij mogelijke waarden:\n\n* `inkomend` - Inkomend\n* `intern` - Intern\n* `uitgaand` - Uitgaand', json_schema_extra={'nullable': False})
    statustype: Uri | None = Field(default=None, alias='statustype', description='URL-referentie naar het STATUSTYPE waarbij deze INFORMATIEOBJECTTYPEn verplicht aanwezig moeten zijn.', max_length=1000, min_length=1)


class PatchedZaakTypeRequest(Patch):
    'Set gegevensgroepdata from validated nested data.'
    identificatie: Text | None = Field(default=None, alias='identificatie', description='Unieke identificatie van het ZAAKTYPE binnen de CATALOGUS waarin het ZAAKTYPE voorkomt.', max_length=50, json_schema_extra={'nullable': False})
    omschrijving: Text | None = Field(default=None, alias='omschrijving', description='Omschrijving van de aard van ZAAKen van het ZAAKTYPE.', max_length=80, min_length=1, json_schema_extra={'nullable': False})
    omschrijving_generiek: Text | None = Field(default=None, alias='omschrijvingGeneriek', description='Algemeen gehanteerde omschrijving van de aard van ZAAKen van het ZAAKTYPE', max_length=80, json_schema_extra={'nullable': False})
    vertrouwelijkheidaanduiding: Literal['openbaar', 'beperkt_openbaar', 'intern', 'zaakvertrouwelijk', 'vertrouwelijk', 'confidentieel', 'geheim', 'zeer_geheim'] | None = Field(default=None, alias='vertrouwelijkheidaanduiding', description='Aanduiding van de mate waarin zaakdossiers van ZAAKen van dit ZAAKTYPE voor de openbaarheid bestemd zijn. Indien de zaak bij het aanmaken geen vertrouwelijkheidaanduiding krijgt, dan wordt deze waarde gezet.\n\nUitleg bij mogelijke waarden:\n\n* `openbaar` - Openbaar\n* `beperkt_openbaar` - Beperkt openbaar\n* `intern` - Intern\n* `zaakvertrouwelijk` - Zaakvertrouwelijk\n* `vertrouwelijk` - Vertrouwelijk\n* `confidentieel` - Confidentieel\n* `geheim` - Geheim\n* `zeer_geheim` - Zeer geheim', json_schema_extra={'nullable': False})
    doel: Text | None = Field(default=None, alias='doel', description='Een omschrijving van hetgeen beoogd is te bereiken met een zaak van dit zaaktype.', min_length=1, json_schema_extra={'nullable': False})
    aanleiding: Text | None = Field(default=None, alias='aanleiding', description='Een omschrijving van de gebeurtenis die leidt tot het starten van een ZAAK van dit ZAAKTYPE.', min_length=1, json_schema_extra={'nullable': False})
    toelichting: Text | None = Field(default=None, alias='toelichting', description='Een eventuele toelichting op dit zaaktype, zoals een beschrijving van het procesverloop op de hoofdlijnen.', json_schema_extra={'nullable': False})
    indicatie_intern_of_extern: Literal['intern', 'extern'] | None = Field(default=None, alias='indicatieInternOfExtern', description='Een aanduiding waarmee onderscheid wordt gemaakt tussen ZAAKTYPEn die Intern respectievelijk Extern geïnitieerd worden. Indien van beide sprake kan zijn, dan prevaleert de externe initiatie.\n\nUitleg bij mogelijke waarden:\n\n* `inkomend` - Inkomend\n* `intern` - Intern\n* `uitgaand` - Uitgaand', json_schema_extra={'nullable': False})
    handeling_initiator: Text | None = Field(default=None, alias='handelingInitiator', description="Werkwoord dat hoort bij de handeling die de initiator verricht bij dit zaaktype. Meestal 'aanvragen', 'indienen' of 'melden'. Zie ook het IOB model op https://www.gemmaonline.nl/index.php/Imztc_2.1/doc/attribuutsoort/zaaktype.handeling_initiator", max_length=20, min_length=1, json_schema_extra={'nullable': False})
    onderwerp: Text | None = Field(default=None, alias='onderwerp', description="Het onderwerp van ZAAKen van dit ZAAKTYPE. In veel gevallen nauw gerelateerd aan de product- of dienstnaam uit de Producten- en Dienstencatalogus (PDC). Bijvoorbeeld: 'Evenementenvergunning', 'Geboorte', 'Klacht'. Zie ook het IOB model op https://www.gemmaonline.nl/index.php/Imztc_2.1/doc/attribuutsoort/zaaktype.onderwerp", max_length=80, min_length=1, json_schema_extra={'nullable': False})
    handeling_behandelaar: Text | None = Field(default=None, alias='handelingBehandelaar', description="Werkwoord dat hoort bij de handeling die de behandelaar verricht bij het afdoen van ZAAKen van dit ZAAKTYPE. Meestal 'behandelen', 'uitvoeren', 'vaststellen' of 'onderhouden'. Zie ook het IOB model op https://www.gemmaonline.nl/index.php/Imztc_2.1/doc/attribuutsoort/zaaktype.handeling_behandelaar", max_length=20, min_length=1, json_schema_extra={'nullable': False})
    doorlooptijd: Duration | None = Field(default=None, alias='doorlooptijd', description='De periode waarbinnen volgens wet- en regelgeving een ZAAK van het ZAAKTYPE afgerond dient te zijn, in kalenderdagen.', json_schema_extra={'nullable': False})
    servicenorm: Duration | None = Field(default=None, alias='servicenorm', description='De periode waarbinnen verwacht wordt dat een ZAAK van het ZAAKTYPE afgerond wordt conform de geldende servicenormen van de zaakbehandelende organisatie(s).')
    opschorting_en_aanhouding_mogelijk: bool | None = Field(default=None, alias='opschortingEnAanhoudingMogelijk', description='Aanduiding die aangeeft of ZAAKen van dit mogelijk ZAAKTYPE kunnen worden opgeschort en/of aangehouden.', json_schema_extra={'nullable': False})
    verlenging_mogelijk: bool | None = Field(default=None, alias='verlengingMogelijk', description='Aanduiding die aangeeft of de Doorlooptijd behandeling van ZAAKen van dit ZAAKTYPE kan worden verlengd.', json_schema_extra={'nullable': False})
    verlengingstermijn: Duration | None = Field(default=None, alias='verlengingstermijn', description='De termijn (typisch een aantal dagen) waarmee de Doorlooptijd behandeling van ZAAKen van dit ZAAKTYPE kan worden verlengd. Mag alleen een waarde bevatten als verlenging mogelijk is.')
    trefwoorden: list[Annotated[Text, Field(max_length=30, min_length=1)]] | None = Field(default=None, alias='trefwoorden', description='Een trefwoord waarmee ZAAKen van het ZAAKTYPE kunnen worden gekarakteriseerd.', json_schema_extra={'nullable': False})
    publicatie_indicatie: bool | None = Field(default=None, alias='publicatieIndicatie', description='Aanduiding of (het starten van) een ZAAK dit ZAAKTYPE gepubliceerd moet worden.', json_schema_extra={'nullable': False})
    publicatietekst: Text | None = Field(default=None, alias='publicatietekst', description='De generieke tekst van de publicatie van ZAAKen van dit ZAAKTYPE.', json_schema_extra={'nullable': False})
    verantwoordingsrelatie: list[Annotated[Text, Field(max_length=40, min_length=1)]] | None = Field(default=None, alias='verantwoordingsrelatie', description='De relatie tussen ZAAKen van dit ZAAKTYPE en de beleidsmatige en/of financiële verantwoording.', json_schema_extra={'nullable': False})
    producten_of_diensten: list[Annotated[Uri, Field(max_length=1000, min_length=1)]] | None = Field(default=None, alias='productenOfDiensten', description='Het product of de dienst die door ZAAKen van dit ZAAKTYPE wordt voortgebracht.', json_schema_extra={'nullable': False})
    selectielijst_procestype: Uri | None = Field(default=None, alias='selectielijstProcestype', description='URL-referentie naar een vanuit archiveringsoptiek onderkende groep processen met dezelfde kenmerken (PROCESTYPE in de Selectielijst API).', max_length=200, json_schema_extra={'nullable': False})
    referentieproces: ReferentieProcesRequest | None = Field(default=None, alias='referentieproces', description='Het Referentieproces dat ten grondslag ligt aan dit ZAAKTYPE.', json_schema_extra={'nullable': False})
    verantwoordelijke: Text | None = Field(default=None, alias='verantwoordelijke', description='De (soort) organisatorische eenheid of (functie van) medewerker die verantwoordelijk is voor de uitvoering van zaken van het ZAAKTYPE.', max_length=50, min_length=1, json_schema_extra={'nullable': False})
    broncatalogus: BronCatalogusRequest | None = Field(default=None, alias='broncatalogus', description='De CATALOGUS waaraan het ZAAKTYPE is ontleend.', json_schema_extra={'nullable': False})
    bronzaaktype: BronZaaktypeRequest | None = Field(default=None, alias='bronzaaktype', description='Het ZAAKTYPE binnen de CATALOGUS waaraan dit ZAAKTYPE is ontleend.', json_schema_extra={'nullable': False})
    begin_geldigheid: date | None = Field(default=None, alias='beginGeldigheid', description='De datum waarop het is ontstaan.', json_schema_extra={'nullable': False})
    einde_geldigheid: date | None = Field(default=None, alias='eindeGeldigheid', description='De datum waarop het is opgeheven.')
    versiedatum: date | None = Field(default=None, alias='versiedatum', description='De datum waarop de (gewijzigde) kenmerken van het ZAAKTYPE geldig zijn geworden', json_schema_extra={'nullable': False})
    catalogus: Uri | None = Field(default=None, alias='catalogus', description='URL-referentie naar de CATALOGUS waartoe dit ZAAKTYPE behoort.', max_length=1000, min_length=1, json_schema_extra={'nullable': False})
    besluittypen: list[UriOrName] | None = Field(default=None, alias='besluittypen', description='URL-referenties naar de BESLUITTYPEN die mogelijk zijn binnen dit ZAAKTYPE.', json_schema_extra={'nullable': False})
    deelzaaktypen: list[Annotated[UriOrName | None, Field(max_length=1000, min_length=1)]] | None = Field(default=None, alias='deelzaaktypen', description='De ZAAKTYPE(n) waaronder ZAAKen als deelzaak kunnen voorkomen bij ZAAKen van dit ZAAKTYPE.', json_schema_extra={'nullable': False})
    gerelateerde_zaaktypen: list[ZaakTypenRelatieRequest] | None = Field(default=None, alias='gerelateerdeZaaktypen', description='De ZAAKTYPEn van zaken die relevant zijn voor zaken van dit ZAAKTYPE.', json_schema_extra={'nullable': False})


class ReferentieProces(Wire):
    naam: str = Field(alias='naam', description='De naam van het Referentieproces. Zie ook de Procesarchitectuur Referentieprocessen op https://www.gemmaonline.nl/index.php/Procesarchitectuur_Referentieprocessen', max_length=80)
    link: UriOrBlank | None = Field(default=None, alias='link', description='De URL naar de beschrijving van het Referentieproces', max_length=200, json_schema_extra={'nullable': False})


class ReferentieProcesRequest(Wire):
    naam: Text = Field(alias='naam', description='De naam van het Referentieproces. Zie ook de Procesarchitectuur Referentieprocessen op https://www.gemmaonline.nl/index.php/Procesarchitectuur_Referentieprocessen', max_length=80, min_length=1)
    link: Uri = Field(default="", alias='link', description='De URL naar de beschrijving van het Referentieproces', max_length=200)


class ResultaatType(Wire):
    'Set gegevensgroepdata from validated nested data.'
    url: Uri = Field(alias='url', description='URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.', max_length=1000, min_length=1, json_schema_extra={'readOnly': True})
    zaaktype: Uri = Field(alias='zaaktype', description='URL-referentie naar het ZAAKTYPE van ZAAKen waarin resultaten van dit RESULTAATTYPE bereikt kunnen worden.', max_length=1000, min_length=1)
    zaaktype_identificatie: str = Field(alias='zaaktypeIdentificatie', description='Unieke identificatie van het ZAAKTYPE binnen de CATALOGUS waarin het ZAAKTYPE voorkomt.', json_schema_extra={'readOnly': True})
    omschrijving: str = Field(alias='omschrijving', description='Omschrijving van de aard van resultaten van het RESULTAATTYPE.', max_length=30)
    resultaattypeomschrijving: Uri = Field(alias='resultaattypeomschrijving', description="Algemeen gehanteerde omschrijving van de aard van resultaten van het RESULTAATTYPE. Dit moet een URL-referentie zijn naar de referenlijst van generieke resultaattypeomschrijvingen. Im ImZTC heet dit 'omschrijving generiek'", max_length=1000)
    omschrijving_generiek: str = Field(alias='omschrijvingGeneriek', description='Waarde van de omschrijving-generiek referentie (attribuut `omschrijving`)', json_schema_extra={'readOnly': True})
    selectielijstklasse: Uri = Field(alias='selectielijstklasse', description='URL-referentie naar de, voor het archiefregime bij het RESULTAATTYPE relevante, categorie in de Selectielijst Archiefbescheiden (RESULTAAT in de Selectielijst API) van de voor het ZAAKTYPE verantwoordelijke overheidsorganisatie.', max_length=1000)
    toelichting: str | None = Field(default=None, alias='toelichting', description='Een toelichting op dit RESULTAATTYPE en het belang hiervan voor ZAAKen waarin een resultaat van dit RESULTAATTYPE wordt geselecteerd.', json_schema_extra={'nullable': False})
    archiefnominatie: Literal['blijvend_bewaren', 'vernietigen', ''] | None = Field(default=None, alias='archiefnominatie', description='Aanduiding die aangeeft of ZAAKen met een resultaat van dit RESULTAATTYPE blijvend moeten worden bewaard of (op termijn) moeten worden vernietigd. Indien niet expliciet opgegeven wordt dit gevuld vanuit de selectielijst.\n\nUitleg bij mogelijke waarden:\n\n* `blijvend_bewaren` - Het zaakdossier moet bewaard blijven en op de Archiefactiedatum overgedragen worden naar een archiefbewaarplaats.\n* `vernietigen` - Het zaakdossier moet op of na de Archiefactiedatum vernietigd worden.', json_schema_extra={'nullable': False})
    archiefactietermijn: Duration | None = Field(default=None, alias='archiefactietermijn', description='De termijn, na het vervallen van het bedrjfsvoeringsbelang, waarna het zaakdossier (de ZAAK met alle bijbehorende INFORMATIEOBJECTen) van een ZAAK met een resultaat van dit RESULTAATTYPE vernietigd of overgebracht (naar een archiefbewaarplaats) moet worden. Voor te vernietigen dossiers betreft het de in die Selectielijst genoemde bewaartermjn. Voor blijvend te bewaren zaakdossiers betreft het de termijn vanaf afronding van de zaak tot overbrenging (de procestermijn is dan nihil).')
    brondatum_archiefprocedure: BrondatumArchiefprocedure | None = Field(default=None, alias='brondatumArchiefprocedure', description='Specificatie voor het bepalen van de brondatum voor de start van de Archiefactietermijn (=brondatum) van het zaakdossier.')
    procesobjectaard: str | None = Field(default=None, alias='procesobjectaard', description='Omschrijving van het object, subject of gebeurtenis waarop, vanuit archiveringsoptiek, het resultaattype bij zaken van dit type betrekking heeft.', max_length=200)
    indicatie_specifiek: bool | None = Field(default=None, alias='indicatieSpecifiek', description='Aanduiding of het, vanuit archiveringsoptiek, een resultaattype betreft dat specifiek is voor een bepaalde procesobjectaard.')
    procestermijn: Duration | None = Field(default=None, alias='procestermijn', description='De periode dat het zaakdossier na afronding van de zaak actief gebruikt en/of geraadpleegd wordt ter ondersteuning van de taakuitoefening van de organisatie.')
    catalogus: Uri | None = Field(alias='catalogus', description='URL-referentie naar de CATALOGUS waartoe dit ZAAKTYPE behoort.', json_schema_extra={'readOnly': True})
    besluittypen: list[Annotated[Uri | None, Field(max_length=1000, min_length=1)]] = Field(alias='besluittypen', description='Het BESLUITTYPE van besluiten die gepaard gaan met resultaten van het RESULTAATTYPE.')
    besluittype_omschrijving: list[str] = Field(alias='besluittypeOmschrijving', description='Omschrijving van de aard van BESLUITen van het BESLUITTYPE.', json_schema_extra={'readOnly': True})
    informatieobjecttypen: list[Annotated[Uri | None, Field(max_length=1000, min_length=1)]] | None = Field(default=None, alias='informatieobjecttypen', description='De INFORMATIEOBJECTTYPEn die verplicht aanwezig moeten zijn in het zaakdossier van ZAAKen van dit ZAAKTYPE voordat een resultaat van dit RESULTAATTYPE kan worden gezet.', json_schema_extra={'nullable': False})
    informatieobjecttype_omschrijving: list[str] = Field(alias='informatieobjecttypeOmschrijving', description='Omschrijving van de aard van informatieobjecten van dit INFORMATIEOBJECTTYPE.', json_schema_extra={'readOnly': True})
    begin_geldigheid: date | None = Field(default=None, alias='beginGeldigheid', description='De datum waarop het is ontstaan.')
    einde_geldigheid: date | None = Field(default=None, alias='eindeGeldigheid', description='De datum waarop het is opgeheven.')
    begin_object: date | None = Field(alias='beginObject', description='De datum waarop de eerst versie van het object ontstaan is.', json_schema_extra={'readOnly': True})
    einde_object: date | None = Field(alias='eindeObject', description='De datum van de aller laatste versie van het object.', json_schema_extra={'readOnly': True})
    zaakobjecttypen: list[Uri] = Field(alias='zaakobjecttypen', description='De ZAAKOBJECTTYPEn die verplicht gerelateerd moeten zijn aan ZAAKen van dit ZAAKTYPE voordat een resultaat van dit RESULTAATTYPE kan worden gezet.', json_schema_extra={'readOnly': True, 'uniqueItems': True})
    expand_: dict[str, Any] | None = Field(default=None, alias='_expand', description='Gerelateerde objecten, opgenomen op verzoek (`expand`).', json_schema_extra={'readOnly': True, 'nullable': False})


class ResultaatTypeRequest(Wire):
    'Set gegevensgroepdata from validated nested data.'
    zaaktype: Uri = Field(alias='zaaktype', description='URL-referentie naar het ZAAKTYPE van ZAAKen waarin resultaten van dit RESULTAATTYPE bereikt kunnen worden.', max_length=1000, min_length=1)
    omschrijving: Text = Field(alias='omschrijving', description='Omschrijving van de aard van resultaten van het RESULTAATTYPE.', max_length=30, min_length=1)
    resultaattypeomschrijving: Uri = Field(alias='resultaattypeomschrijving', description="Algemeen gehanteerde omschrijving van de aard van resultaten van het RESULTAATTYPE. Dit moet een URL-referentie zijn naar de referenlijst van generieke resultaattypeomschrijvingen. Im ImZTC heet dit 'omschrijving generiek'", max_length=1000, min_length=1)
    selectielijstklasse: Uri = Field(alias='selectielijstklasse', description='URL-referentie naar de, voor het archiefregime bij het RESULTAATTYPE relevante, categorie in de Selectielijst Archiefbescheiden (RESULTAAT in de Selectielijst API) van de voor het ZAAKTYPE verantwoordelijke overheidsorganisatie.', max_length=1000, min_length=1)
    toelichting: Text = Field(default="", alias='toelichting', description='Een toelichting op dit RESULTAATTYPE en het belang hiervan voor ZAAKen waarin een resultaat van dit RESULTAATTYPE wordt geselecteerd.')
    archiefnominatie: Literal['blijvend_bewaren', 'vernietigen', ''] = Field(default="", alias='archiefnominatie', description='Aanduiding die aangeeft of ZAAKen met een resultaat van dit RESULTAATTYPE blijvend moeten worden bewaard of (op termijn) moeten worden vernietigd. Indien niet expliciet opgegeven wordt dit gevuld vanuit de selectielijst.\n\nUitleg bij mogelijke waarden:\n\n* `blijvend_bewaren` - Het zaakdossier moet bewaard blijven en op de Archiefactiedatum overgedragen worden naar een archiefbewaarplaats.\n* `vernietigen` - Het zaakdossier moet op of na de Archiefactiedatum vernietigd worden.')
    archiefactietermijn: Duration | None = Field(default=None, alias='archiefactietermijn', description='De termijn, na het vervallen van het bedrjfsvoeringsbelang, waarna het zaakdossier (de ZAAK met alle bijbehorende INFORMATIEOBJECTen) van een ZAAK met een resultaat van dit RESULTAATTYPE vernietigd of overgebracht (naar een archiefbewaarplaats) moet worden. Voor te vernietigen dossiers betreft het de in die Selectielijst genoemde bewaartermjn. Voor blijvend te bewaren zaakdossiers betreft het de termijn vanaf afronding van de zaak tot overbrenging (de procestermijn is dan nihil).')
    brondatum_archiefprocedure: BrondatumArchiefprocedureRequest | None = Field(default=None, alias='brondatumArchiefprocedure', description='Specificatie voor het bepalen van de brondatum voor de start van de Archiefactietermijn (=brondatum) van het zaakdossier.')
    procesobjectaard: Text | None = Field(default=None, alias='procesobjectaard', description='Omschrijving van het object, subject of gebeurtenis waarop, vanuit archiveringsoptiek, het resultaattype bij zaken van dit type betrekking heeft.', max_length=200)
    indicatie_specifiek: bool | None = Field(default=None, alias='indicatieSpecifiek', description='Aanduiding of het, vanuit archiveringsoptiek, een resultaattype betreft dat specifiek is voor een bepaalde procesobjectaard.')
    procestermijn: Duration | None = Field(default=None, alias='procestermijn', description='De periode dat het zaakdossier na afronding van de zaak actief gebruikt en/of geraadpleegd wordt ter ondersteuning van de taakuitoefening van de organisatie.')
    besluittypen: list[Annotated[UriOrName | None, Field(max_length=1000, min_length=1)]] = Field(default_factory=list, alias='besluittypen', description='Het BESLUITTYPE van besluiten die gepaard gaan met resultaten van het RESULTAATTYPE.')
    informatieobjecttypen: list[Annotated[UriOrName | None, Field(max_length=1000, min_length=1)]] = Field(default_factory=list, alias='informatieobjecttypen', description='De INFORMATIEOBJECTTYPEn die verplicht aanwezig moeten zijn in het zaakdossier van ZAAKen van dit ZAAKTYPE voordat een resultaat van dit RESULTAATTYPE kan worden gezet.')
    begin_geldigheid: date | None = Field(default=None, alias='beginGeldigheid', description='De datum waarop het is ontstaan.')
    einde_geldigheid: date | None = Field(default=None, alias='eindeGeldigheid', description='De datum waarop het is opgeheven.')
    catalogus: Uri | None = Field(default=None, alias='catalogus', description='URL-referentie naar de CATALOGUS waartoe dit RESULTAATTYPE behoort.')
    begin_object: date | None = Field(default=None, alias='beginObject', description='De datum waarop de eerst versie van het object ontstaan is.')
    einde_object: date | None = Field(default=None, alias='eindeObject', description='De datum van de aller laatste versie van het object.')


class RolType(Wire):
    'Adds nested create feature'
    url: Uri = Field(alias='url', description='URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.', max_length=1000, min_length=1, json_schema_extra={'readOnly': True})
    zaaktype: Uri = Field(alias='zaaktype', description='URL-referentie naar het ZAAKTYPE waar deze ROLTYPEn betrokken kunnen zijn.', max_length=1000, min_length=1)
    zaaktype_identificatie: str = Field(alias='zaaktypeIdentificatie', description='Unieke identificatie van het ZAAKTYPE binnen de CATALOGUS waarin het ZAAKTYPE voorkomt.', json_schema_extra={'readOnly': True})
    omschrijving: str = Field(alias='omschrijving', description='Omschrijving van de aard van de ROL.', max_length=100)
    omschrijving_generiek: Literal['adviseur', 'behandelaar', 'belanghebbende', 'beslisser', 'initiator', 'klantcontacter', 'zaakcoordinator', 'mede_initiator'] = Field(alias='omschrijvingGeneriek', description='Algemeen gehanteerde omschrijving van de aard van de ROL.\n\nUitleg bij mogelijke waarden:\n\n* `adviseur` - (Adviseur) Kennis in dienst stellen van de behandeling van (een deel van) een zaak.\n* `behandelaar` - (Behandelaar) De vakinhoudelijke behandeling doen van (een deel van) een zaak.\n* `belanghebbende` - (Belanghebbende) Vanuit eigen en objectief belang rechtstreeks betrokken zijn bij de behandeling en/of de uitkomst van een zaak.\n* `beslisser` - (Beslisser) Nemen van besluiten die voor de uitkomst van een zaak noodzakelijk zijn.\n* `initiator` - (Initiator) Aanleiding geven tot de start van een zaak ..\n* `klantcontacter` - (Klantcontacter) Het eerste aanspreekpunt zijn voor vragen van burgers en bedrijven ..\n* `zaakcoordinator` - (Zaakcoördinator) Er voor zorg dragen dat de behandeling van de zaak in samenhang uitgevoerd wordt conform de daarover gemaakte afspraken.\n* `mede_initiator` - (Mede-initiator) ')
    catalogus: Uri | None = Field(alias='catalogus', description='URL-referentie naar de CATALOGUS waartoe dit ZAAKTYPE behoort.', json_schema_extra={'readOnly': True})
    begin_geldigheid: date | None = Field(default=None, alias='beginGeldigheid', description='De datum waarop het is ontstaan.')
    einde_geldigheid: date | None = Field(default=None, alias='eindeGeldigheid', description='De datum waarop het is opgeheven.')
    begin_object: date | None = Field(alias='beginObject', description='De datum waarop de eerst versie van het object ontstaan is.', json_schema_extra={'readOnly': True})
    einde_object: date | None = Field(alias='eindeObject', description='De datum van de aller laatste versie van het object.', json_schema_extra={'readOnly': True})
    expand_: dict[str, Any] | None = Field(default=None, alias='_expand', description='Gerelateerde objecten, opgenomen op verzoek (`expand`).', json_schema_extra={'readOnly': True, 'nullable': False})


class RolTypeRequest(Wire):
    'Adds nested create feature'
    zaaktype: Uri = Field(alias='zaaktype', description='URL-referentie naar het ZAAKTYPE waar deze ROLTYPEn betrokken kunnen zijn.', max_length=1000, min_length=1)
    omschrijving: Text = Field(alias='omschrijving', description='Omschrijving van de aard van de ROL.', max_length=100, min_length=1)
    omschrijving_generiek: Literal['adviseur', 'behandelaar', 'belanghebbende', 'beslisser', 'initiator', 'klantcontacter', 'zaakcoordinator', 'mede_initiator'] = Field(alias='omschrijvingGeneriek', description='Algemeen gehanteerde omschrijving van de aard van de ROL.\n\nUitleg bij mogelijke waarden:\n\n* `adviseur` - (Adviseur) Kennis in dienst stellen van de behandeling van (een deel van) een zaak.\n* `behandelaar` - (Behandelaar) De vakinhoudelijke behandeling doen van (een deel van) een zaak.\n* `belanghebbende` - (Belanghebbende) Vanuit eigen en objectief belang rechtstreeks betrokken zijn bij de behandeling en/of de uitkomst van een zaak.\n* `beslisser` - (Beslisser) Nemen van besluiten die voor de uitkomst van een zaak noodzakelijk zijn.\n* `initiator` - (Initiator) Aanleiding geven tot de start van een zaak ..\n* `klantcontacter` - (Klantcontacter) Het eerste aanspreekpunt zijn voor vragen van burgers en bedrijven ..\n* `zaakcoordinator` - (Zaakcoördinator) Er voor zorg dragen dat de behandeling van de zaak in samenhang uitgevoerd wordt conform de daarover gemaakte afspraken.\n* `mede_initiator` - (Mede-initiator) ')
    begin_geldigheid: date | None = Field(default=None, alias='beginGeldigheid', description='De datum waarop het is ontstaan.')
    einde_geldigheid: date | None = Field(default=None, alias='eindeGeldigheid', description='De datum waarop het is opgeheven.')
    catalogus: Uri | None = Field(default=None, alias='catalogus', description='URL-referentie naar de CATALOGUS waartoe dit ROLTYPE behoort.')
    begin_object: date | None = Field(default=None, alias='beginObject', description='De datum waarop de eerst versie van het object ontstaan is.')
    einde_object: date | None = Field(default=None, alias='eindeObject', description='De datum van de aller laatste versie van het object.')


class StatusType(Wire):
    'Adds nested create feature'
    url: Uri = Field(alias='url', description='URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.', max_length=1000, min_length=1, json_schema_extra={'readOnly': True})
    omschrijving: str = Field(alias='omschrijving', description='Een korte, voor de initiator van de zaak relevante, omschrijving van de aard van de STATUS van zaken van een ZAAKTYPE.', max_length=80)
    omschrijving_generiek: str | None = Field(default=None, alias='omschrijvingGeneriek', description='Algemeen gehanteerde omschrijving van de aard van STATUSsen van het STATUSTYPE', max_length=80, json_schema_extra={'nullable': False})
    statustekst: str | None = Field(default=None, alias='statustekst', description='De tekst die wordt gebruikt om de Initiator te informeren over het bereiken van een STATUS van dit STATUSTYPE bij het desbetreffende ZAAKTYPE.', max_length=1000, json_schema_extra={'nullable': False})
    zaaktype: Uri = Field(alias='zaaktype', description='URL-referentie naar het ZAAKTYPE van ZAAKen waarin STATUSsen van dit STATUSTYPE bereikt kunnen worden.', max_length=1000, min_length=1)
    zaaktype_identificatie: str = Field(alias='zaaktypeIdentificatie', description='Unieke identificatie van het ZAAKTYPE binnen de CATALOGUS waarin het ZAAKTYPE voorkomt.', json_schema_extra={'readOnly': True})
    volgnummer: int = Field(alias='volgnummer', description='Een volgnummer voor statussen van het STATUSTYPE binnen een zaak.', ge=1, le=9999)
    is_eindstatus: bool = Field(alias='isEindstatus', description='Geeft aan dat dit STATUSTYPE een eindstatus betreft. Dit gegeven is afgeleid uit alle STATUSTYPEn van dit ZAAKTYPE met het hoogste volgnummer.', json_schema_extra={'readOnly': True})
    informeren: bool | None = Field(default=None, alias='informeren', description='Aanduiding die aangeeft of na het zetten van een STATUS van dit STATUSTYPE de Initiator moet worden geïnformeerd over de statusovergang.', json_schema_extra={'nullable': False})
    doorlooptijd: Duration | None = Field(default=None, alias='doorlooptijd', description='De door de zaakbehandelende organisatie(s) gestelde norm voor de doorlooptijd voor het bereiken van STATUSsen van dit STATUSTYPE bij het desbetreffende ZAAKTYPE.')
    toelichting: str | None = Field(default=None, alias='toelichting', description='Een eventuele toelichting op dit STATUSTYPE.', max_length=1000)
    checklistitem_statustype: list[CheckListItem] | None = Field(default=None, alias='checklistitemStatustype', description='Te controleren aandachtspunt voorafgaand aan het bereiken van een status van het STATUSTYPE.', json_schema_extra={'nullable': False})
    catalogus: Uri = Field(alias='catalogus', description='URL-referentie naar de CATALOGUS waartoe dit ZAAKTYPE behoort.', json_schema_extra={'readOnly': True})
    eigenschappen: list[Uri | None] = Field(alias='eigenschappen', description='de EIGENSCHAPpen die verplicht een waarde moeten hebben gekregen, voordat een STATUS van dit STATUSTYPE kan worden gezet.', json_schema_extra={'readOnly': True})
    zaakobjecttypen: list[Uri] = Field(alias='zaakobjecttypen', description='de ZAAKOBJECTTYPEN die verplicht een waarde moeten hebben gekregen, voordat een STATUS van dit STATUSTYPE kan worden gezet.', json_schema_extra={'readOnly': True})
    begin_geldigheid: date | None = Field(default=None, alias='beginGeldigheid', description='De datum waarop het is ontstaan.')
    einde_geldigheid: date | None = Field(default=None, alias='eindeGeldigheid', description='De datum waarop het is opgeheven.')
    begin_object: date | None = Field(alias='beginObject', description='De datum waarop de eerst versie van het object ontstaan is.', json_schema_extra={'readOnly': True})
    einde_object: date | None = Field(alias='eindeObject', description='De datum van de aller laatste versie van het object.', json_schema_extra={'readOnly': True})
    zaakobjecttype: Uri = Field(alias='zaakobjecttype', json_schema_extra={'readOnly': True})
    expand_: dict[str, Any] | None = Field(default=None, alias='_expand', description='Gerelateerde objecten, opgenomen op verzoek (`expand`).', json_schema_extra={'readOnly': True, 'nullable': False})


class StatusTypeRequest(Wire):
    'Adds nested create feature'
    omschrijving: Text = Field(alias='omschrijving', description='Een korte, voor de initiator van de zaak relevante, omschrijving van de aard van de STATUS van zaken van een ZAAKTYPE.', max_length=80, min_length=1)
    omschrijving_generiek: Text = Field(default="", alias='omschrijvingGeneriek', description='Algemeen gehanteerde omschrijving van de aard van STATUSsen van het STATUSTYPE', max_length=80)
    statustekst: Text = Field(default="", alias='statustekst', description='De tekst die wordt gebruikt om de Initiator te informeren over het bereiken van een STATUS van dit STATUSTYPE bij het desbetreffende ZAAKTYPE.', max_length=1000)
    zaaktype: Uri = Field(alias='zaaktype', description='URL-referentie naar het ZAAKTYPE van ZAAKen waarin STATUSsen van dit STATUSTYPE bereikt kunnen worden.', max_length=1000, min_length=1)
    volgnummer: int = Field(alias='volgnummer', description='Een volgnummer voor statussen van het STATUSTYPE binnen een zaak.', ge=1, le=9999)
    informeren: bool = Field(default=False, alias='informeren', description='Aanduiding die aangeeft of na het zetten van een STATUS van dit STATUSTYPE de Initiator moet worden geïnformeerd over de statusovergang.')
    doorlooptijd: Duration | None = Field(default=None, alias='doorlooptijd', description='De door de zaakbehandelende organisatie(s) gestelde norm voor de doorlooptijd voor het bereiken van STATUSsen van dit STATUSTYPE bij het desbetreffende ZAAKTYPE.')
    toelichting: Text | None = Field(default=None, alias='toelichting', description='Een eventuele toelichting op dit STATUSTYPE.', max_length=1000)
    checklistitem_statustype: list[CheckListItemRequest] = Field(default_factory=list, alias='checklistitemStatustype', description='Te controleren aandachtspunt voorafgaand aan het bereiken van een status van het STATUSTYPE.')
    begin_geldigheid: date | None = Field(default=None, alias='beginGeldigheid', description='De datum waarop het is ontstaan.')
    einde_geldigheid: date | None = Field(default=None, alias='eindeGeldigheid', description='De datum waarop het is opgeheven.')
    eigenschappen: list[Uri | None] | None = Field(default=None, alias='eigenschappen', description='de EIGENSCHAPpen die verplicht een waarde moeten hebben gekregen, voordat een STATUS van dit STATUSTYPE kan worden gezet.', json_schema_extra={'uniqueItems': True})
    begin_object: date | None = Field(default=None, alias='beginObject', description='De datum waarop de eerst versie van het object ontstaan is.')
    einde_object: date | None = Field(default=None, alias='eindeObject', description='De datum van de aller laatste versie van het object.')


class ZaakObjectType(Wire):
    url: Uri = Field(alias='url', description='URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.', max_length=1000, min_length=1, json_schema_extra={'readOnly': True})
    ander_objecttype: bool = Field(alias='anderObjecttype', description='Aanduiding waarmee wordt aangegeven of het ZAAKOBJECTTYPE een ander, niet in RSGB en RGBZ voorkomend, objecttype betreft.')
    objecttype: Uri = Field(alias='objecttype', description='URL-referentie naar de OBJECTTYPE waartoe dit ZAAKOBJECTTYPE behoort.', max_length=200)
    relatie_omschrijving: str = Field(alias='relatieOmschrijving', description='Omschrijving van de betrekking van het Objecttype op zaken van het gerelateerde ZAAKTYPE.', max_length=80)
    zaaktype: Uri = Field(alias='zaaktype', description='URL-referentie naar de ZAAKTYPE waartoe dit ZAAKOBJECTTYPE behoort.', max_length=1000, min_length=1)
    zaaktype_identificatie: str = Field(alias='zaaktypeIdentificatie', description='Unieke identificatie van het ZAAKTYPE binnen de CATALOGUS waarin het ZAAKTYPE voorkomt.', json_schema_extra={'readOnly': True})
    resultaattypen: list[Annotated[Uri | None, Field(max_length=1000, min_length=1)]] = Field(alias='resultaattypen', description='URL-referenties naar de RESULTAATTYPEN.', json_schema_extra={'readOnly': True})
    statustype: Uri | None = Field(default=None, alias='statustype', description='URL-referentie naar het STATUSTYPE', max_length=1000, min_length=1)
    catalogus: Uri = Field(alias='catalogus', description='URL-referentie naar de CATALOGUS waartoe dit ZAAKTYPE behoort.', json_schema_extra={'readOnly': True})
    begin_geldigheid: date | None = Field(alias='beginGeldigheid', description='De datum waarop het is ontstaan.')
    einde_geldigheid: date | None = Field(default=None, alias='eindeGeldigheid', description='De datum waarop het is opgeheven.')
    begin_object: date | None = Field(alias='beginObject', description='De datum waarop de eerst versie van het object ontstaan is.', json_schema_extra={'readOnly': True})
    einde_object: date | None = Field(alias='eindeObject', description='De datum van de aller laatste versie van het object.', json_schema_extra={'readOnly': True})
    statustypen: list[Uri | None] = Field(alias='statustypen', description='URL-referenties naar de STATUSTYPEN.', json_schema_extra={'readOnly': True, 'uniqueItems': True})
    resultaattype_omschrijving: list[str] | None = Field(default=None, alias='resultaattypeOmschrijving', description='Omschrijving van de aard van RESULTAATen van het RESULTAATTYPE.', json_schema_extra={'readOnly': True, 'uniqueItems': True, 'nullable': False})
    expand_: dict[str, Any] | None = Field(default=None, alias='_expand', description='Gerelateerde objecten, opgenomen op verzoek (`expand`).', json_schema_extra={'readOnly': True, 'nullable': False})


class ZaakObjectTypeRequest(Wire):
    ander_objecttype: bool = Field(alias='anderObjecttype', description='Aanduiding waarmee wordt aangegeven of het ZAAKOBJECTTYPE een ander, niet in RSGB en RGBZ voorkomend, objecttype betreft.')
    objecttype: Uri = Field(alias='objecttype', description='URL-referentie naar de OBJECTTYPE waartoe dit ZAAKOBJECTTYPE behoort.', max_length=200, min_length=1)
    relatie_omschrijving: Text = Field(alias='relatieOmschrijving', description='Omschrijving van de betrekking van het Objecttype op zaken van het gerelateerde ZAAKTYPE.', max_length=80, min_length=1)
    zaaktype: Uri = Field(alias='zaaktype', description='URL-referentie naar de ZAAKTYPE waartoe dit ZAAKOBJECTTYPE behoort.', max_length=1000, min_length=1)
    statustype: Uri | None = Field(default=None, alias='statustype', description='URL-referentie naar het STATUSTYPE', max_length=1000, min_length=1)
    begin_geldigheid: date | None = Field(default=None, alias='beginGeldigheid', description='De datum waarop het is ontstaan.')
    einde_geldigheid: date | None = Field(default=None, alias='eindeGeldigheid', description='De datum waarop het is opgeheven.')
    begin_object: date | None = Field(default=None, alias='beginObject', description='De datum waarop de eerst versie van het object ontstaan is.')
    einde_object: date | None = Field(default=None, alias='eindeObject', description='De datum van de aller laatste versie van het object.')
    resultaattypen: list[Uri | None] | None = Field(default=None, alias='resultaattypen', description='URL-referenties naar de RESULTAATTYPEN.', json_schema_extra={'uniqueItems': True})
    statustypen: list[Uri | None] | None = Field(default=None, alias='statustypen', description='URL-referenties naar de STATUSTYPEN.', json_schema_extra={'uniqueItems': True})
    catalogus: Uri | None = Field(default=None, alias='catalogus', description='URL-referentie naar de CATALOGUS waartoe dit ZAAKOBJECTTYPE behoort.')


class ZaakType(Wire):
    'Set gegevensgroepdata from validated nested data.'
    url: Uri = Field(alias='url', description='URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.', max_length=1000, min_length=1, json_schema_extra={'readOnly': True})
    identificatie: str = Field(alias='identificatie', description='Unieke identificatie van het ZAAKTYPE binnen de CATALOGUS waarin het ZAAKTYPE voorkomt.', max_length=50)
    omschrijving: str = Field(alias='omschrijving', description='Omschrijving van de aard van ZAAKen van het ZAAKTYPE.', max_length=80)
    omschrijving_generiek: str | None = Field(default=None, alias='omschrijvingGeneriek', description='Algemeen gehanteerde omschrijving van de aard van ZAAKen van het ZAAKTYPE', max_length=80, json_schema_extra={'nullable': False})
    vertrouwelijkheidaanduiding: Literal['openbaar', 'beperkt_openbaar', 'intern', 'zaakvertrouwelijk', 'vertrouwelijk', 'confidentieel', 'geheim', 'zeer_geheim'] = Field(alias='vertrouwelijkheidaanduiding', description='Aanduiding van de mate waarin zaakdossiers van ZAAKen van dit ZAAKTYPE voor de openbaarheid bestemd zijn. Indien de zaak bij het aanmaken geen vertrouwelijkheidaanduiding krijgt, dan wordt deze waarde gezet.\n\nUitleg bij mogelijke waarden:\n\n* `openbaar` - Openbaar\n* `beperkt_openbaar` - Beperkt openbaar\n* `intern` - Intern\n* `zaakvertrouwelijk` - Zaakvertrouwelijk\n* `vertrouwelijk` - Vertrouwelijk\n* `confidentieel` - Confidentieel\n* `geheim` - Geheim\n* `zeer_geheim` - Zeer geheim')
    doel: str = Field(alias='doel', description='Een omschrijving van hetgeen beoogd is te bereiken met een zaak van dit zaaktype.')
    aanleiding: str = Field(alias='aanleiding', description='Een omschrijving van de gebeurtenis die leidt tot het starten van een ZAAK van dit ZAAKTYPE.')
    toelichting: str | None = Field(default=None, alias='toelichting', description='Een eventuele toelichting op dit zaaktype, zoals een beschrijving van het procesverloop op de hoofdlijnen.', json_schema_extra={'nullable': False})
    indicatie_intern_of_extern: Literal['intern', 'extern'] = Field(alias='indicatieInternOfExtern', description='Een aanduiding waarmee onderscheid wordt gemaakt tussen ZAAKTYPEn die Intern respectievelijk Extern geïnitieerd worden. Indien van beide sprake kan zijn, dan prevaleert de externe initiatie.\n\nUitleg bij mogelijke waarden:\n\n* `inkomend` - Inkomend\n* `intern` - Intern\n* `uitgaand` - Uitgaand')
    handeling_initiator: str = Field(alias='handelingInitiator', description="Werkwoord dat hoort bij de handeling die de initiator verricht bij dit zaaktype. Meestal 'aanvragen', 'indienen' of 'melden'. Zie ook het IOB model op https://www.gemmaonline.nl/index.php/Imztc_2.1/doc/attribuutsoort/zaaktype.handeling_initiator", max_length=20)
    onderwerp: str = Field(alias='onderwerp', description="Het onderwerp van ZAAKen van dit ZAAKTYPE. In veel gevallen nauw gerelateerd aan de product- of dienstnaam uit de Producten- en Dienstencatalogus (PDC). Bijvoorbeeld: 'Evenementenvergunning', 'Geboorte', 'Klacht'. Zie ook het IOB model op https://www.gemmaonline.nl/index.php/Imztc_2.1/doc/attribuutsoort/zaaktype.onderwerp", max_length=80)
    handeling_behandelaar: str = Field(alias='handelingBehandelaar', description="Werkwoord dat hoort bij de handeling die de behandelaar verricht bij het afdoen van ZAAKen van dit ZAAKTYPE. Meestal 'behandelen', 'uitvoeren', 'vaststellen' of 'onderhouden'. Zie ook het IOB model op https://www.gemmaonline.nl/index.php/Imztc_2.1/doc/attribuutsoort/zaaktype.handeling_behandelaar", max_length=20)
    doorlooptijd: Duration = Field(alias='doorlooptijd', description='De periode waarbinnen volgens wet- en regelgeving een ZAAK van het ZAAKTYPE afgerond dient te zijn, in kalenderdagen.')
    servicenorm: Duration | None = Field(default=None, alias='servicenorm', description='De periode waarbinnen verwacht wordt dat een ZAAK van het ZAAKTYPE afgerond wordt conform de geldende servicenormen van de zaakbehandelende organisatie(s).')
    opschorting_en_aanhouding_mogelijk: bool = Field(alias='opschortingEnAanhoudingMogelijk', description='Aanduiding die aangeeft of ZAAKen van dit mogelijk ZAAKTYPE kunnen worden opgeschort en/of aangehouden.')
    verlenging_mogelijk: bool = Field(alias='verlengingMogelijk', description='Aanduiding die aangeeft of de Doorlooptijd behandeling van ZAAKen van dit ZAAKTYPE kan worden verlengd.')
    verlengingstermijn: Duration | None = Field(default=None, alias='verlengingstermijn', description='De termijn (typisch een aantal dagen) waarmee de Doorlooptijd behandeling van ZAAKen van dit ZAAKTYPE kan worden verlengd. Mag alleen een waarde bevatten als verlenging mogelijk is.')
    trefwoorden: list[Annotated[str, Field(max_length=30)]] | None = Field(default=None, alias='trefwoorden', description='Een trefwoord waarmee ZAAKen van het ZAAKTYPE kunnen worden gekarakteriseerd.', json_schema_extra={'nullable': False})
    publicatie_indicatie: bool = Field(alias='publicatieIndicatie', description='Aanduiding of (het starten van) een ZAAK dit ZAAKTYPE gepubliceerd moet worden.')
    publicatietekst: str | None = Field(default=None, alias='publicatietekst', description='De generieke tekst van de publicatie van ZAAKen van dit ZAAKTYPE.', json_schema_extra={'nullable': False})
    verantwoordingsrelatie: list[Annotated[str, Field(max_length=40)]] | None = Field(default=None, alias='verantwoordingsrelatie', description='De relatie tussen ZAAKen van dit ZAAKTYPE en de beleidsmatige en/of financiële verantwoording.', json_schema_extra={'nullable': False})
    producten_of_diensten: list[Annotated[Uri, Field(max_length=1000)]] = Field(alias='productenOfDiensten', description='Het product of de dienst die door ZAAKen van dit ZAAKTYPE wordt voortgebracht.')
    selectielijst_procestype: UriOrBlank | None = Field(default=None, alias='selectielijstProcestype', description='URL-referentie naar een vanuit archiveringsoptiek onderkende groep processen met dezelfde kenmerken (PROCESTYPE in de Selectielijst API).', max_length=200, json_schema_extra={'nullable': False})
    referentieproces: ReferentieProces = Field(alias='referentieproces', description='Het Referentieproces dat ten grondslag ligt aan dit ZAAKTYPE.')
    concept: bool = Field(alias='concept', description='Geeft aan of het object een concept betreft. Concepten zijn niet-definitieve versies en zouden niet gebruikt moeten worden buiten deze API.', json_schema_extra={'readOnly': True})
    verantwoordelijke: str = Field(alias='verantwoordelijke', description='De (soort) organisatorische eenheid of (functie van) medewerker die verantwoordelijk is voor de uitvoering van zaken van het ZAAKTYPE.', max_length=50)
    broncatalogus: BronCatalogus | None = Field(default=None, alias='broncatalogus', description='De CATALOGUS waaraan het ZAAKTYPE is ontleend.', json_schema_extra={'nullable': False})
    bronzaaktype: BronZaaktype | None = Field(default=None, alias='bronzaaktype', description='Het ZAAKTYPE binnen de CATALOGUS waaraan dit ZAAKTYPE is ontleend.', json_schema_extra={'nullable': False})
    begin_geldigheid: date = Field(alias='beginGeldigheid', description='De datum waarop het is ontstaan.')
    einde_geldigheid: date | None = Field(default=None, alias='eindeGeldigheid', description='De datum waarop het is opgeheven.')
    versiedatum: date = Field(alias='versiedatum', description='De datum waarop de (gewijzigde) kenmerken van het ZAAKTYPE geldig zijn geworden')
    begin_object: date | None = Field(alias='beginObject', description='De datum waarop de eerst versie van het object ontstaan is.', json_schema_extra={'readOnly': True})
    einde_object: date | None = Field(alias='eindeObject', description='De datum van de aller laatste versie van het object.', json_schema_extra={'readOnly': True})
    catalogus: Uri = Field(alias='catalogus', description='URL-referentie naar de CATALOGUS waartoe dit ZAAKTYPE behoort.', max_length=1000, min_length=1)
    statustypen: list[Uri] = Field(alias='statustypen', description='URL-referenties naar de STATUSTYPEN die mogelijk zijn binnen dit ZAAKTYPE.', json_schema_extra={'readOnly': True})
    resultaattypen: list[Uri] = Field(alias='resultaattypen', description='URL-referenties naar de RESULTAATTYPEN die mogelijk zijn binnen dit ZAAKTYPE.', json_schema_extra={'readOnly': True})
    eigenschappen: list[Uri] = Field(alias='eigenschappen', description='URL-referenties naar de EIGENSCHAPPEN die aanwezig moeten zijn in ZAKEN van dit ZAAKTYPE.', json_schema_extra={'readOnly': True})
    informatieobjecttypen: list[Uri] = Field(alias='informatieobjecttypen', description='URL-referenties naar de INFORMATIEOBJECTTYPEN die mogelijk zijn binnen dit ZAAKTYPE.', json_schema_extra={'readOnly': True})
    roltypen: list[Uri] = Field(alias='roltypen', description='URL-referenties naar de ROLTYPEN die mogelijk zijn binnen dit ZAAKTYPE.', json_schema_extra={'readOnly': True})
    besluittypen: list[Uri] = Field(alias='besluittypen', description='URL-referenties naar de BESLUITTYPEN die mogelijk zijn binnen dit ZAAKTYPE.')
    deelzaaktypen: list[Annotated[Uri | None, Field(max_length=1000, min_length=1)]] = Field(alias='deelzaaktypen', description='De ZAAKTYPE(n) waaronder ZAAKen als deelzaak kunnen voorkomen bij ZAAKen van dit ZAAKTYPE.')
    gerelateerde_zaaktypen: list[ZaakTypenRelatie] = Field(alias='gerelateerdeZaaktypen', description='De ZAAKTYPEn van zaken die relevant zijn voor zaken van dit ZAAKTYPE.')
    zaakobjecttypen: list[Uri] = Field(alias='zaakobjecttypen', description='URL-referenties naar de ZAAKOBJECTTYPEN die mogelijk zijn binnen dit ZAAKTYPE.', json_schema_extra={'readOnly': True})
    informatieobjecttype_omschrijving: list[str] | None = Field(default=None, alias='informatieobjecttypeOmschrijving', description='Omschrijving van de aard van informatieobjecten van dit INFORMATIEOBJECTTYPE.', json_schema_extra={'readOnly': True, 'uniqueItems': True, 'nullable': False})
    besluittype_omschrijving: list[str] | None = Field(default=None, alias='besluittypeOmschrijving', description='Omschrijving van de aard van BESLUITen van het BESLUITTYPE.', json_schema_extra={'readOnly': True, 'uniqueItems': True, 'nullable': False})
    deelzaaktype_identificaties: list[str] | None = Field(default=None, alias='deelzaaktypeIdentificaties', description='Unieke identificaties van de ZAAKTYPE(n) waaronder ZAAKen als deelzaak kunnen voorkomen bij ZAAKen van dit ZAAKTYPE.', json_schema_extra={'readOnly': True, 'uniqueItems': True, 'nullable': False})
    expand_: dict[str, Any] | None = Field(default=None, alias='_expand', description='Gerelateerde objecten, opgenomen op verzoek (`expand`).', json_schema_extra={'readOnly': True, 'nullable': False})


class ZaakTypeInformatieObjectType(Wire):
    'Represent a ZaakTypeInformatieObjectType.'
    url: Uri = Field(alias='url', description='URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object.', max_length=1000, min_length=1, json_schema_extra={'readOnly': True})
    zaaktype: Uri = Field(alias='zaaktype', description='URL-referentie naar het ZAAKTYPE.', max_length=1000, min_length=1)
    zaaktype_identificatie: str = Field(alias='zaaktypeIdentificatie', description='Unieke identificatie van het ZAAKTYPE binnen de CATALOGUS waarin het ZAAKTYPE voorkomt.', json_schema_extra={'readOnly': True})
    informatieobjecttype: Uri = Field(alias='informatieobjecttype', description='URL-referentie naar het INFORMATIEOBJECTTYPE.', max_length=1000, min_length=1)
    volgnummer: int = Field(alias='volgnummer', description='Uniek volgnummer van het ZAAK-INFORMATIEOBJECTTYPE binnen het ZAAKTYPE.', ge=1, le=999)
    richting: Literal['inkomend', 'intern', 'uitgaand'] = Field(alias='richting', description='Aanduiding van de richting van informatieobjecten van het gerelateerde INFORMATIEOBJECTTYPE bij zaken van het gerelateerde ZAAKTYPE.\n\nUitleg bij mogelijke waarden:\n\n* `inkomend` - Inkomend\n* `intern` - Intern\n* `uitgaand` - Uitgaand')
    statustype: Uri | None = Field(default=None, alias='statustype', description='URL-referentie naar het STATUSTYPE waarbij deze INFORMATIEOBJECTTYPEn verplicht aanwezig moeten zijn.', max_length=1000, min_length=1)
    catalogus: Uri = Field(alias='catalogus', description='URL-referentie naar de CATALOGUS waartoe dit ZAAKTYPE behoort.', json_schema_extra={'readOnly': True})
    expand_: dict[str, Any] | None = Field(default=None, alias='_expand', description='Gerelateerde objecten, opgenomen op verzoek (`expand`).', json_schema_extra={'readOnly': True, 'nullable': False})


class ZaakTypeInformatieObjectTypeRequest(Wire):
    'Represent a ZaakTypeInformatieObjectType.'
    zaaktype: Uri = Field(alias='zaaktype', description='URL-referentie naar het ZAAKTYPE.', max_length=1000, min_length=1)
    informatieobjecttype: UriOrName = Field(alias='informatieobjecttype', description='URL-referentie naar het INFORMATIEOBJECTTYPE.', max_length=1000, min_length=1)
    volgnummer: int = Field(alias='volgnummer', description='Uniek volgnummer van het ZAAK-INFORMATIEOBJECTTYPE binnen het ZAAKTYPE.', ge=1, le=999)
    richting: Literal['inkomend', 'intern', 'uitgaand'] = Field(alias='richting', description='Aanduiding van de richting van informatieobjecten van het gerelateerde INFORMATIEOBJECTTYPE bij zaken van het gerelateerde ZAAKTYPE.\n\nUitleg bij mogelijke waarden:\n\n* `inkomend` - Inkomend\n* `intern` - Intern\n* `uitgaand` - Uitgaand')
    statustype: Uri | None = Field(default=None, alias='statustype', description='URL-referentie naar het STATUSTYPE waarbij deze INFORMATIEOBJECTTYPEn verplicht aanwezig moeten zijn.', max_length=1000, min_length=1)


class ZaakTypeRequest(Wire):
    'Set gegevensgroepdata from validated nested data.'
    identificatie: Text = Field(default="", alias='identificatie', description='Unieke identificatie van het ZAAKTYPE binnen de CATALOGUS waarin het ZAAKTYPE voorkomt.', max_length=50)
    omschrijving: Text = Field(alias='omschrijving', description='Omschrijving van de aard van ZAAKen van het ZAAKTYPE.', max_length=80, min_length=1)
    omschrijving_generiek: Text = Field(default="", alias='omschrijvingGeneriek', description='Algemeen gehanteerde omschrijving van de aard van ZAAKen van het ZAAKTYPE', max_length=80)
    vertrouwelijkheidaanduiding: Literal['openbaar', 'beperkt_openbaar', 'intern', 'zaakvertrouwelijk', 'vertrouwelijk', 'confidentieel', 'geheim', 'zeer_geheim'] = Field(alias='vertrouwelijkheidaanduiding', description='Aanduiding van de mate waarin zaakdossiers van ZAAKen van dit ZAAKTYPE voor de openbaarheid bestemd zijn. Indien de zaak bij het aanmaken geen vertrouwelijkheidaanduiding krijgt, dan wordt deze waarde gezet.\n\nUitleg bij mogelijke waarden:\n\n* `openbaar` - Openbaar\n* `beperkt_openbaar` - Beperkt openbaar\n* `intern` - Intern\n* `zaakvertrouwelijk` - Zaakvertrouwelijk\n* `vertrouwelijk` - Vertrouwelijk\n* `confidentieel` - Confidentieel\n* `geheim` - Geheim\n* `zeer_geheim` - Zeer geheim')
    doel: Text = Field(alias='doel', description='Een omschrijving van hetgeen beoogd is te bereiken met een zaak van dit zaaktype.', min_length=1)
    aanleiding: Text = Field(alias='aanleiding', description='Een omschrijving van de gebeurtenis die leidt tot het starten van een ZAAK van dit ZAAKTYPE.', min_length=1)
    toelichting: Text = Field(default="", alias='toelichting', description='Een eventuele toelichting op dit zaaktype, zoals een beschrijving van het procesverloop op de hoofdlijnen.')
    indicatie_intern_of_extern: Literal['intern', 'extern'] = Field(alias='indicatieInternOfExtern', description='Een aanduiding waarmee onderscheid wordt gemaakt tussen ZAAKTYPEn die Intern respectievelijk Extern geïnitieerd worden. Indien van beide sprake kan zijn, dan prevaleert de externe initiatie.\n\nUitleg bij mogelijke waarden:\n\n* `inkomend` - Inkomend\n* `intern` - Intern\n* `uitgaand` - Uitgaand')
    handeling_initiator: Text = Field(alias='handelingInitiator', description="Werkwoord dat hoort bij de handeling die de initiator verricht bij dit zaaktype. Meestal 'aanvragen', 'indienen' of 'melden'. Zie ook het IOB model op https://www.gemmaonline.nl/index.php/Imztc_2.1/doc/attribuutsoort/zaaktype.handeling_initiator", max_length=20, min_length=1)
    onderwerp: Text = Field(alias='onderwerp', description="Het onderwerp van ZAAKen van dit ZAAKTYPE. In veel gevallen nauw gerelateerd aan de product- of dienstnaam uit de Producten- en Dienstencatalogus (PDC). Bijvoorbeeld: 'Evenementenvergunning', 'Geboorte', 'Klacht'. Zie ook het IOB model op https://www.gemmaonline.nl/index.php/Imztc_2.1/doc/attribuutsoort/zaaktype.onderwerp", max_length=80, min_length=1)
    handeling_behandelaar: Text = Field(alias='handelingBehandelaar', description="Werkwoord dat hoort bij de handeling die de behandelaar verricht bij het afdoen van ZAAKen van dit ZAAKTYPE. Meestal 'behandelen', 'uitvoeren', 'vaststellen' of 'onderhouden'. Zie ook het IOB model op https://www.gemmaonline.nl/index.php/Imztc_2.1/doc/attribuutsoort/zaaktype.handeling_behandelaar", max_length=20, min_length=1)
    doorlooptijd: Duration = Field(alias='doorlooptijd', description='De periode waarbinnen volgens wet- en regelgeving een ZAAK van het ZAAKTYPE afgerond dient te zijn, in kalenderdagen.')
    servicenorm: Duration | None = Field(default=None, alias='servicenorm', description='De periode waarbinnen verwacht wordt dat een ZAAK van het ZAAKTYPE afgerond wordt conform de geldende servicenormen van de zaakbehandelende organisatie(s).')
    opschorting_en_aanhouding_mogelijk: bool = Field(alias='opschortingEnAanhoudingMogelijk', description='Aanduiding die aangeeft of ZAAKen van dit mogelijk ZAAKTYPE kunnen worden opgeschort en/of aangehouden.')
    verlenging_mogelijk: bool = Field(alias='verlengingMogelijk', description='Aanduiding die aangeeft of de Doorlooptijd behandeling van ZAAKen van dit ZAAKTYPE kan worden verlengd.')
    verlengingstermijn: Duration | None = Field(default=None, alias='verlengingstermijn', description='De termijn (typisch een aantal dagen) waarmee de Doorlooptijd behandeling van ZAAKen van dit ZAAKTYPE kan worden verlengd. Mag alleen een waarde bevatten als verlenging mogelijk is.')
    trefwoorden: list[Annotated[Text, Field(max_length=30, min_length=1)]] = Field(default_factory=list, alias='trefwoorden', description='Een trefwoord waarmee ZAAKen van het ZAAKTYPE kunnen worden gekarakteriseerd.')
    publicatie_indicatie: bool = Field(alias='publicatieIndicatie', description='Aanduiding of (het starten van) een ZAAK dit ZAAKTYPE gepubliceerd moet worden.')
    publicatietekst: Text = Field(default="", alias='publicatietekst', description='De generieke tekst van de publicatie van ZAAKen van dit ZAAKTYPE.')
    verantwoordingsrelatie: list[Annotated[Text, Field(max_length=40, min_length=1)]] = Field(default_factory=list, alias='verantwoordingsrelatie', description='De relatie tussen ZAAKen van dit ZAAKTYPE en de beleidsmatige en/of financiële verantwoording.')
    producten_of_diensten: list[Annotated[Uri, Field(max_length=1000, min_length=1)]] = Field(alias='productenOfDiensten', description='Het product of de dienst die door ZAAKen van dit ZAAKTYPE wordt voortgebracht.')
    selectielijst_procestype: Uri = Field(default="", alias='selectielijstProcestype', description='URL-referentie naar een vanuit archiveringsoptiek onderkende groep processen met dezelfde kenmerken (PROCESTYPE in de Selectielijst API).', max_length=200)
    referentieproces: ReferentieProcesRequest = Field(alias='referentieproces', description='Het Referentieproces dat ten grondslag ligt aan dit ZAAKTYPE.')
    verantwoordelijke: Text = Field(alias='verantwoordelijke', description='De (soort) organisatorische eenheid of (functie van) medewerker die verantwoordelijk is voor de uitvoering van zaken van het ZAAKTYPE.', max_length=50, min_length=1)
    broncatalogus: BronCatalogusRequest | None = Field(default=None, alias='broncatalogus', description='De CATALOGUS waaraan het ZAAKTYPE is ontleend.', json_schema_extra={'nullable': False})
    bronzaaktype: BronZaaktypeRequest | None = Field(default=None, alias='bronzaaktype', description='Het ZAAKTYPE binnen de CATALOGUS waaraan dit ZAAKTYPE is ontleend.', json_schema_extra={'nullable': False})
    begin_geldigheid: date = Field(alias='beginGeldigheid', description='De datum waarop het is ontstaan.')
    einde_geldigheid: date | None = Field(default=None, alias='eindeGeldigheid', description='De datum waarop het is opgeheven.')
    versiedatum: date = Field(alias='versiedatum', description='De datum waarop de (gewijzigde) kenmerken van het ZAAKTYPE geldig zijn geworden')
    catalogus: Uri = Field(alias='catalogus', description='URL-referentie naar de CATALOGUS waartoe dit ZAAKTYPE behoort.', max_length=1000, min_length=1)
    besluittypen: list[UriOrName] = Field(alias='besluittypen', description='URL-referenties naar de BESLUITTYPEN die mogelijk zijn binnen dit ZAAKTYPE.')
    deelzaaktypen: list[Annotated[UriOrName | None, Field(max_length=1000, min_length=1)]] = Field(default_factory=list, alias='deelzaaktypen', description='De ZAAKTYPE(n) waaronder ZAAKen als deelzaak kunnen voorkomen bij ZAAKen van dit ZAAKTYPE.')
    gerelateerde_zaaktypen: list[ZaakTypenRelatieRequest] = Field(alias='gerelateerdeZaaktypen', description='De ZAAKTYPEn van zaken die relevant zijn voor zaken van dit ZAAKTYPE.')
    begin_object: date | None = Field(default=None, alias='beginObject', description='De datum waarop de eerst versie van het object ontstaan is.')
    einde_object: date | None = Field(default=None, alias='eindeObject', description='De datum van de aller laatste versie van het object.')


class ZaakTypenRelatie(Wire):
    zaaktype: Uri = Field(alias='zaaktype', description='URL referentie naar het gerelateerde zaaktype, mogelijks in een extern ZTC.', max_length=200)
    aard_relatie: Literal['vervolg', 'bijdrage', 'onderwerp'] = Field(alias='aardRelatie', description='Omschrijving van de aard van de relatie van zaken van het ZAAKTYPE tot zaken van het andere ZAAKTYPE\n\nUitleg bij mogelijke waarden:\n\n* `vervolg` - Vervolg\n* `bijdrage` - Bijdrage\n* `onderwerp` - Onderwerp')
    toelichting: str | None = Field(default=None, alias='toelichting', description='Een toelichting op de aard van de relatie tussen beide ZAAKTYPEN.', max_length=255, json_schema_extra={'nullable': False})
    zaaktype_identificatie: str | None = Field(default=None, alias='zaaktypeIdentificatie', description='Identificatie van het gerelateerde zaaktype.', json_schema_extra={'readOnly': True, 'nullable': False})


class ZaakTypenRelatieRequest(Wire):
    zaaktype: Uri = Field(alias='zaaktype', description='URL referentie naar het gerelateerde zaaktype, mogelijks in een extern ZTC.', max_length=200, min_length=1)
    aard_relatie: Literal['vervolg', 'bijdrage', 'onderwerp'] = Field(alias='aardRelatie', description='Omschrijving van de aard van de relatie van zaken van het ZAAKTYPE tot zaken van het andere ZAAKTYPE\n\nUitleg bij mogelijke waarden:\n\n* `vervolg` - Vervolg\n* `bijdrage` - Bijdrage\n* `onderwerp` - Onderwerp')
    toelichting: Text = Field(default="", alias='toelichting', description='Een toelichting op de aard van de relatie tussen beide ZAAKTYPEN.', max_length=255)

BesluitType.model_rebuild()
BesluitTypeRequest.model_rebuild()
BronCatalogus.model_rebuild()
BronCatalogusRequest.model_rebuild()
BronZaaktype.model_rebuild()
BronZaaktypeRequest.model_rebuild()
BrondatumArchiefprocedure.model_rebuild()
BrondatumArchiefprocedureRequest.model_rebuild()
Catalogus.model_rebuild()
CatalogusRequest.model_rebuild()
CheckListItem.model_rebuild()
CheckListItemRequest.model_rebuild()
Eigenschap.model_rebuild()
EigenschapRequest.model_rebuild()
EigenschapSpecificatie.model_rebuild()
EigenschapSpecificatieRequest.model_rebuild()
InformatieObjectType.model_rebuild()
InformatieObjectTypeRequest.model_rebuild()
OmschrijvingGeneriek.model_rebuild()
OmschrijvingGeneriekRequest.model_rebuild()
PaginatedBesluitTypeList.model_rebuild()
PaginatedCatalogusList.model_rebuild()
PaginatedEigenschapList.model_rebuild()
PaginatedInformatieObjectTypeList.model_rebuild()
PaginatedResultaatTypeList.model_rebuild()
PaginatedRolTypeList.model_rebuild()
PaginatedStatusTypeList.model_rebuild()
PaginatedZaakObjectTypeList.model_rebuild()
PaginatedZaakTypeInformatieObjectTypeList.model_rebuild()
PaginatedZaakTypeList.model_rebuild()
PatchedBesluitTypeRequest.model_rebuild()
PatchedEigenschapRequest.model_rebuild()
PatchedInformatieObjectTypeRequest.model_rebuild()
PatchedResultaatTypeRequest.model_rebuild()
PatchedRolTypeRequest.model_rebuild()
PatchedStatusTypeRequest.model_rebuild()
PatchedZaakObjectTypeRequest.model_rebuild()
PatchedZaakTypeInformatieObjectTypeRequest.model_rebuild()
PatchedZaakTypeRequest.model_rebuild()
ReferentieProces.model_rebuild()
ReferentieProcesRequest.model_rebuild()
ResultaatType.model_rebuild()
ResultaatTypeRequest.model_rebuild()
RolType.model_rebuild()
RolTypeRequest.model_rebuild()
StatusType.model_rebuild()
StatusTypeRequest.model_rebuild()
ZaakObjectType.model_rebuild()
ZaakObjectTypeRequest.model_rebuild()
ZaakType.model_rebuild()
ZaakTypeInformatieObjectType.model_rebuild()
ZaakTypeInformatieObjectTypeRequest.model_rebuild()
ZaakTypeRequest.model_rebuild()
ZaakTypenRelatie.model_rebuild()
ZaakTypenRelatieRequest.model_rebuild()
