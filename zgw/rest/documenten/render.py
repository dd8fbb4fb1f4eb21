"""Informatieobjecten as their wire JSON (camelCase, references as absolute URLs)."""

from __future__ import annotations

from typing import Any

from zgw.domain.documenten.documents import Bestandsdeel, EIOFields, EnkelvoudigInformatieObject
from zgw.rest.urls import Urls
from zgw.rest.zaken.render import stamp


def eio(head: EnkelvoudigInformatieObject, urls: Urls, version: EIOFields | None = None,
        parts: list[Bestandsdeel] | None = None) -> dict[str, Any]:
    """The informatieobject (its `version`, default the current one); `parts`: its bestandsdelen."""
    doc = version or head
    url = urls.of(head.ref)
    return {
        "url": url,
        "identificatie": doc.identificatie,
        "bronorganisatie": doc.bronorganisatie,
        "creatiedatum": doc.creatiedatum,
        "titel": doc.titel,
        "vertrouwelijkheidaanduiding": doc.vertrouwelijkheidaanduiding,
        "auteur": doc.auteur,
        "status": doc.status,
        "formaat": doc.formaat,
        "taal": doc.taal,
        "versie": doc.versie,
        "beginRegistratie": stamp(doc.begin_registratie),
        "bestandsnaam": doc.bestandsnaam,
        "inhoud": f"{url}/download?versie={doc.versie}" if doc.inhoud else None,
        "bestandsomvang": doc.bestandsomvang,
        "link": doc.link,
        "beschrijving": doc.beschrijving,
        "ontvangstdatum": doc.ontvangstdatum,
        "verzenddatum": doc.verzenddatum,
        "indicatieGebruiksrecht": doc.indicatie_gebruiksrecht,
        "verschijningsvorm": doc.verschijningsvorm,
        "ondertekening": doc.ondertekening or {"soort": "", "datum": None},
        "integriteit": doc.integriteit or {"algoritme": "", "waarde": "", "datum": None},
        "informatieobjecttype": urls.of(doc.informatieobjecttype),
        "locked": head.locked,
        "bestandsdelen": [bestandsdeel(p, urls) for p in parts or []],
        "trefwoorden": list(doc.trefwoorden),
        "inhoudIsVervallen": doc.inhoud_is_vervallen,
        "isGereedVoorPublicatie": doc.is_gereed_voor_publicatie,
        "tonenAanInitiator": doc.tonen_aan_initiator,
    }


def bestandsdeel(part: Bestandsdeel, urls: Urls) -> dict[str, Any]:
    return {"url": urls.of(part.ref), "volgnummer": part.volgnummer, "omvang": part.omvang,
            "voltooid": part.inhoud is not None, "lock": part.lock}
