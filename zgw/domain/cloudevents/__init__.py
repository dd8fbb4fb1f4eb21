"""Cloud events (CloudEvents 1.0) about zaken and documents, as Open Zaak emits them; see collector.py."""

from zgw.domain.cloudevents.collector import (
    besluit_verwerkt,
    convenience_finished,
    document_registered,
    request_scope,
    zaak_event,
    zaak_event_by_ref,
    zaak_written,
)
from zgw.domain.cloudevents.types import (
    BESLUIT_VERWERKT,
    DOCUMENT_GEREGISTREERD,
    ZAAK_AFGESLOTEN,
    ZAAK_BIJGEWERKT,
    ZAAK_GEMUTEERD,
    ZAAK_GEOPEND,
    ZAAK_GEREGISTREERD,
    ZAAK_OPGESCHORT,
    ZAAK_VERLENGD,
    ZAAK_VERWIJDERD,
)

__all__ = [
    "BESLUIT_VERWERKT", "DOCUMENT_GEREGISTREERD", "ZAAK_AFGESLOTEN", "ZAAK_BIJGEWERKT", "ZAAK_GEMUTEERD",
    "ZAAK_GEOPEND", "ZAAK_GEREGISTREERD", "ZAAK_OPGESCHORT", "ZAAK_VERLENGD", "ZAAK_VERWIJDERD",
    "besluit_verwerkt", "convenience_finished", "document_registered", "request_scope", "zaak_event",
    "zaak_event_by_ref", "zaak_written",
]
