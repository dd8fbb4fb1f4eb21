"""Notifications on kanaal `documenten` (hoofdobject: the informatieobject)."""

from __future__ import annotations

from collections.abc import Callable

from zgw.domain.catalogi import read as catalogue
from zgw.domain.catalogi.documents import InformatieObjectType
from zgw.domain.documenten.documents import EnkelvoudigInformatieObject
from zgw.domain.notifications.service import Notification, Outbox

KANAAL = "documenten"
UrlOf = Callable[[str], str]


async def kenmerken(eio: EnkelvoudigInformatieObject, url_of: UrlOf) -> dict[str, str]:
    iot = await catalogue.get_or_none(InformatieObjectType, eio.informatieobjecttype)
    return {
        "bronorganisatie": eio.bronorganisatie,
        "informatieobjecttype": url_of(eio.informatieobjecttype),
        "informatieobjecttype.catalogus": url_of(iot.catalogus) if iot else "",
        "vertrouwelijkheidaanduiding": eio.vertrouwelijkheidaanduiding,
    }


async def notify(outbox: Outbox, eio: EnkelvoudigInformatieObject, *, actie: str, resource: str,
                 resource_ref: str, url_of: UrlOf) -> None:
    """Stage one message: `resource` "enkelvoudiginformatieobject", "gebruiksrechten", …"""
    await outbox.add(Notification(
        kanaal=KANAAL, hoofd_object=url_of(eio.ref), resource=resource, resource_url=url_of(resource_ref),
        actie=actie, kenmerken=await kenmerken(eio, url_of),
    ))
