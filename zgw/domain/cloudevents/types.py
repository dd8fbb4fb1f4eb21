"""The cloud event types Open Zaak emits, and the ones it acts on when they come in."""

from __future__ import annotations

ZAAK_GEMUTEERD = "nl.overheid.zaken.zaak-gemuteerd"
ZAAK_GEOPEND = "nl.overheid.zaken.zaak-geopend"
ZAAK_VERWIJDERD = "nl.overheid.zaken.zaak-verwijderd"
ZAAK_GEREGISTREERD = "nl.overheid.zaken.zaak-geregistreerd"
ZAAK_OPGESCHORT = "nl.overheid.zaken.zaak-opgeschort"
ZAAK_BIJGEWERKT = "nl.overheid.zaken.zaak-bijgewerkt"
ZAAK_VERLENGD = "nl.overheid.zaken.zaak-verlengd"
ZAAK_AFGESLOTEN = "nl.overheid.zaken.zaak-afgesloten"
BESLUIT_VERWERKT = "nl.overheid.besluiten.besluit-verwerkt"
DOCUMENT_GEREGISTREERD = "nl.overheid.documenten.document-geregistreerd"

# Incoming (sent by Open Klant, Open Product, the Objects API, ...): an object linked to or unlinked from a zaak.
ZAAK_GEKOPPELD = "nl.overheid.zaken.zaak-gekoppeld"
ZAAK_ONTKOPPELD = "nl.overheid.zaken.zaak-ontkoppeld"

# The convenience endpoints' own types: one of them replaces the zaak-gemuteerd of the same request.
CONVENIENCE = (ZAAK_GEREGISTREERD, ZAAK_OPGESCHORT, ZAAK_BIJGEWERKT, ZAAK_VERLENGD, ZAAK_AFGESLOTEN)

# Which event a request sends for a zaak it touched in several ways: the highest here wins.
PRECEDENCE = (ZAAK_GEOPEND, ZAAK_GEMUTEERD, *CONVENIENCE, ZAAK_VERWIJDERD)

# Zaak events whose `data` are the zaken kenmerken (the convenience types add verantwoordelijkeOrganisatie).
ZAAK_TYPES = frozenset(PRECEDENCE)


def strongest(types: set[str]) -> str:
    return max(types, key=PRECEDENCE.index)


def for_notification(resource: str, actie: str) -> str | None:
    """The event a zaken notification implies (Open Zaak's triggers); None: that write sends no event."""
    if resource == "zaak":
        return {"update": ZAAK_GEMUTEERD, "partial_update": ZAAK_GEMUTEERD, "destroy": ZAAK_VERWIJDERD}.get(actie)
    if resource in ("status", "substatus"):
        return ZAAK_GEMUTEERD if actie == "create" else None
    if resource in ("resultaat", "zaakinformatieobject", "zaakobject", "zaakbesluit"):
        return ZAAK_GEMUTEERD
    return None
