"""Klantcontacten: contacts with the klant about a zaak (create only; no update or delete)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from zgw.domain.repository import Repository
from zgw.domain.zaken import access
from zgw.domain.zaken.documents import KlantContact, Zaak
from zgw.domain.zaken.subresources import Actor, record, require_writable, utc_moment, writing
from zgw.domain.zaken.touch import link

repo = Repository(KlantContact, "KlantContact")
RESOURCE = "klantcontact"
Render = Callable[[KlantContact, Zaak], Awaitable[Any]]


def generated_identificatie(contact: KlantContact) -> str:
    """An identificatie is generated when the client sends none."""
    return f"KC{contact.id.hex[:12].upper()}"  # the field holds 14 characters


async def create(actor: Actor, data: dict[str, Any], render: Render) -> KlantContact:
    datumtijd = utc_moment(data["datumtijd"], "datumtijd")
    async with writing(data["zaak"]) as zaak:
        require_writable(actor, access.BIJWERKEN, zaak)
        contact = KlantContact(zaak=zaak.ref, identificatie=data.get("identificatie") or "",
                               datumtijd=datumtijd, kanaal=data.get("kanaal") or "",
                               onderwerp=data.get("onderwerp") or "", toelichting=data.get("toelichting") or "")
        if not contact.identificatie:
            contact.identificatie = generated_identificatie(contact)
        await link(zaak.id, "klantcontacten", contact.id)  # named first: a crash leaves a skipped name
        await repo.create(contact)
        await record(actor, zaak, actie="create", resource=RESOURCE, ref=contact.ref, status=201,
                     nieuw=await render(contact, zaak), weergave=contact.identificatie)
    return contact
