"""Notifications on kanaal `zaken` (hoofdobject: the zaak) for zaken and their sub-resources."""

from __future__ import annotations

from collections.abc import Callable

from zgw.domain import cloudevents
from zgw.domain.catalogi import read as catalogue
from zgw.domain.catalogi.documents import ZaakType
from zgw.domain.cloudevents.types import for_notification
from zgw.domain.notifications.service import Notification, Outbox
from zgw.domain.zaken.documents import Zaak

KANAAL = "zaken"

UrlOf = Callable[[str], str]


async def kenmerken(zaak: Zaak, url_of: UrlOf) -> dict[str, str]:
    zaaktype = await catalogue.get_or_none(ZaakType, zaak.zaaktype)
    return {
        "bronorganisatie": zaak.bronorganisatie,
        "zaaktype": url_of(zaak.zaaktype),
        "zaaktype.catalogus": url_of(zaaktype.catalogus) if zaaktype else "",
        "vertrouwelijkheidaanduiding": zaak.vertrouwelijkheidaanduiding,
    }


async def notify(outbox: Outbox, zaak: Zaak, *, actie: str, resource: str, resource_ref: str, url_of: UrlOf,
                 cloudevent: str | None = None) -> None:
    """Stage one message: `resource` is "zaak", "status", "rol", … and `resource_ref` its stored ref.

    The cloud event the write implies (or `cloudevent`) is noted for the request too."""
    await outbox.add(Notification(
        kanaal=KANAAL, hoofd_object=url_of(zaak.ref), resource=resource, resource_url=url_of(resource_ref),
        actie=actie, kenmerken=await kenmerken(zaak, url_of),
    ))
    if event_type := cloudevent or for_notification(resource, actie):
        await cloudevents.zaak_event(outbox, zaak, event_type, url_of)
