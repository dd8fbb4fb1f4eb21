"""Zaken documents as their wire JSON (camelCase, references as absolute URLs)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from zgw.domain.zaken.documents import Zaak, ZaakEigenschap
from zgw.rest.urls import Urls

BETALINGSINDICATIE = {
    "": "", "nvt": "Er is geen sprake van te betalen, met de zaak gemoeide, kosten.",
    "nog_niet": "De met de zaak gemoeide kosten zijn (nog) niet betaald.",
    "gedeeltelijk": "De met de zaak gemoeide kosten zijn gedeeltelijk betaald.",
    "geheel": "De met de zaak gemoeide kosten zijn geheel betaald.",
    "gefactureerd": "Gefactureerd", "gecrediteerd": "Gecrediteerd", "betaald": "Betaald",
}


def stamp(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _camel(d: dict[str, Any] | None, names: dict[str, str]) -> dict[str, Any] | None:
    if d is None:
        return None
    return {names.get(k, k): v for k, v in d.items()}


def zaak(doc: Zaak, urls: Urls) -> dict[str, Any]:
    base = urls.of(Zaak.PATH)
    opschorting = doc.opschorting
    return {
        "url": urls.of(doc.ref),
        "uuid": str(doc.id),
        "identificatie": doc.identificatie,
        "bronorganisatie": doc.bronorganisatie,
        "omschrijving": doc.omschrijving,
        "toelichting": doc.toelichting,
        "zaaktype": urls.of(doc.zaaktype),
        "registratiedatum": doc.registratiedatum,
        "verantwoordelijkeOrganisatie": doc.verantwoordelijke_organisatie,
        "startdatum": doc.startdatum,
        "einddatum": doc.einddatum,
        "einddatumGepland": doc.einddatum_gepland,
        "uiterlijkeEinddatumAfdoening": doc.uiterlijke_einddatum_afdoening,
        "publicatiedatum": doc.publicatiedatum,
        "laatstGemuteerd": stamp(doc.laatst_gemuteerd),
        "laatstGeopend": stamp(doc.laatst_geopend),
        "communicatiekanaal": doc.communicatiekanaal,
        "communicatiekanaalNaam": doc.communicatiekanaal_naam,
        "productenOfDiensten": list(doc.producten_of_diensten),
        "vertrouwelijkheidaanduiding": doc.vertrouwelijkheidaanduiding,
        "betalingsindicatie": doc.betalingsindicatie,
        "betalingsindicatieWeergave": BETALINGSINDICATIE.get(doc.betalingsindicatie, ""),
        "laatsteBetaaldatum": stamp(doc.laatste_betaaldatum),
        "zaakgeometrie": doc.zaakgeometrie,
        "verlenging": doc.verlenging.model_dump() if doc.verlenging else None,
        "opschorting": {"indicatie": opschorting.indicatie, "eerdereOpschorting": opschorting.eerdere_opschorting,
                        "reden": opschorting.reden} if opschorting else
                       {"indicatie": False, "eerdereOpschorting": False, "reden": ""},
        "selectielijstklasse": doc.selectielijstklasse,
        "hoofdzaak": urls.of(doc.hoofdzaak) if doc.hoofdzaak else None,
        "deelzaken": [urls.of(r) for r in doc.deelzaken],
        "relevanteAndereZaken": [
            {"url": urls.of(r.url), "aardRelatie": r.aard_relatie, "overigeRelatie": r.overige_relatie,
             "toelichting": r.toelichting} for r in doc.relevante_andere_zaken],
        "gerelateerdeZaken": [{"url": urls.of(r)} for r in doc.gerelateerde_zaken],
        "eigenschappen": [f"{base}/{doc.id}/zaakeigenschappen/{i}" for i in doc.eigenschappen],
        "rollen": [f"{urls.base}/zaken/api/v1/rollen/{i}" for i in doc.rollen],
        "status": urls.of(doc.status) if doc.status else None,
        "zaakinformatieobjecten": [f"{urls.base}/zaken/api/v1/zaakinformatieobjecten/{i}"
                                   for i in doc.zaakinformatieobjecten],
        "zaakobjecten": [f"{urls.base}/zaken/api/v1/zaakobjecten/{i}" for i in doc.zaakobjecten],
        "kenmerken": [k.model_dump() for k in doc.kenmerken],
        "archiefnominatie": doc.archiefnominatie,  # null until set, and again after a reopening (Open Zaak)
        "archiefstatus": doc.archiefstatus,
        "archiefactiedatum": doc.archiefactiedatum,
        "resultaat": urls.of(doc.resultaat) if doc.resultaat else None,
        "opdrachtgevendeOrganisatie": doc.opdrachtgevende_organisatie,
        "processobjectaard": doc.processobjectaard,
        "startdatumBewaartermijn": doc.startdatum_bewaartermijn,
        "processobject": doc.processobject.model_dump() if doc.processobject else None,
    }


def zaakeigenschap(doc: ZaakEigenschap, urls: Urls) -> dict[str, Any]:
    return {
        "url": urls.of(doc.ref),
        "uuid": str(doc.id),
        "zaak": urls.of(doc.zaak),
        "eigenschap": urls.of(doc.eigenschap),
        "naam": doc.naam,
        "waarde": doc.waarde,
    }
