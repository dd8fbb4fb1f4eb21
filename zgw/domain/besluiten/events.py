"""Notifications on kanaal `besluiten` (hoofdobject: the besluit), with kenmerken verantwoordelijkeOrganisatie,
besluittype and (Open Zaak) besluittype.catalogus."""

from __future__ import annotations

from collections.abc import Callable

from zgw.domain import cloudevents
from zgw.domain.besluiten.documents import Besluit
from zgw.domain.catalogi import read as catalogue
from zgw.domain.notifications.service import Notification, Outbox

KANAAL = "besluiten"
UrlOf = Callable[[str], str]


async def kenmerken(besluit: Besluit, url_of: UrlOf) -> dict[str, str]:
    besluittype = await catalogue.get_besluittype(besluit.besluittype)
    return {
        "verantwoordelijkeOrganisatie": besluit.verantwoordelijke_organisatie,
        "besluittype": url_of(besluit.besluittype),
        "besluittype.catalogus": url_of(besluittype.catalogus) if besluittype else "",
    }


async def notify(outbox: Outbox | None, besluit: Besluit, *, actie: str, resource: str, resource_ref: str,
                 url_of: UrlOf) -> None:
    """Stage one message: `resource` "besluit" or "besluitinformatieobject"."""
    if outbox is None:
        return
    await outbox.add(Notification(
        kanaal=KANAAL, hoofd_object=url_of(besluit.ref), resource=resource, resource_url=url_of(resource_ref),
        actie=actie, kenmerken=await kenmerken(besluit, url_of),
    ))
    if resource == "besluit":  # a besluit of a zaak changes the zaak (Open Zaak's zaak-gemuteerd trigger)
        await cloudevents.zaak_event_by_ref(outbox, besluit.zaak, cloudevents.ZAAK_GEMUTEERD, url_of)
