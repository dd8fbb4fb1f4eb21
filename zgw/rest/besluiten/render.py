"""Besluiten as their wire JSON (camelCase, references as absolute URLs)."""

from __future__ import annotations

from typing import Any

from zgw.domain.besluiten.documents import VERVALREDENEN, Besluit, BesluitInformatieObject, ZaakBesluit
from zgw.rest.urls import Urls


def besluit(doc: Besluit, urls: Urls) -> dict[str, Any]:
    return {
        "url": urls.of(doc.ref),
        "identificatie": doc.identificatie,
        "verantwoordelijkeOrganisatie": doc.verantwoordelijke_organisatie,
        "besluittype": urls.of(doc.besluittype),
        "zaak": urls.of(doc.zaak),
        "datum": doc.datum,
        "toelichting": doc.toelichting,
        "bestuursorgaan": doc.bestuursorgaan,
        "ingangsdatum": doc.ingangsdatum,
        "vervaldatum": doc.vervaldatum,
        "vervalreden": doc.vervalreden,
        "vervalredenWeergave": VERVALREDENEN.get(doc.vervalreden, ""),
        "publicatiedatum": doc.publicatiedatum,
        "verzenddatum": doc.verzenddatum,
        "uiterlijkeReactiedatum": doc.uiterlijke_reactiedatum,
    }


def besluitinformatieobject(doc: BesluitInformatieObject, urls: Urls) -> dict[str, Any]:
    return {"url": urls.of(doc.ref), "informatieobject": urls.of(doc.informatieobject), "besluit": urls.of(doc.besluit)}


def zaakbesluit(doc: ZaakBesluit, urls: Urls) -> dict[str, Any]:
    return {"url": urls.of(doc.ref), "uuid": str(doc.id), "besluit": urls.of(doc.besluit)}
