"""Incoming cloud events (`POST /events`): the types Open Zaak acts on, an object linked to or unlinked from a
zaak (`zaak-gekoppeld` → a zaakobject, `zaak-ontkoppeld` → that zaakobject removed). Anything else is refused.

Handling is idempotent, as a sender retries: a link that exists already is not made twice, an unlink of a
link that is gone changes nothing.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from zgw.domain.cloudevents import types
from zgw.domain.errors import InvalidParam, ValidationFailed
from zgw.domain.zaken.subresources import Actor

HANDLED = (types.ZAAK_GEKOPPELD, types.ZAAK_ONTKOPPELD)
OBJECT_TYPES = frozenset((
    "adres", "besluit", "buurt", "enkelvoudig_document", "gemeente", "gemeentelijke_openbare_ruimte", "huishouden",
    "inrichtingselement", "kadastrale_onroerende_zaak", "kunstwerkdeel", "maatschappelijke_activiteit", "medewerker",
    "natuurlijk_persoon", "niet_natuurlijk_persoon", "openbare_ruimte", "organisatorische_eenheid", "overige", "pand",
    "spoorbaandeel", "status", "terrein_gebouwd_object", "terreindeel", "vestiging", "waterdeel", "wegdeel", "wijk",
    "woonplaats", "woz_deelobject", "woz_object", "woz_waarde", "zakelijk_recht"))


@dataclass
class Outcome:
    action: str  # "linked", "already-linked", "unlinked", "not-linked"
    zaakobjecten: list[UUID]


def _refuse(name: str, code: str, reason: str) -> ValidationFailed:
    return ValidationFailed([InvalidParam(name, code, reason)])


async def _zaak(uri: Any) -> Any:
    """A local zaak named as `urn:uuid:<uuid>` or by its URL (the last path segment)."""
    from zgw.domain.zaken.documents import Zaak

    if not isinstance(uri, str) or not uri:
        raise _refuse("data.zaak", "required", "Dit veld is vereist.")
    if uri.startswith("urn:uuid:"):
        raw = uri[len("urn:uuid:"):]
    elif uri.startswith(("http://", "https://")) and "/zaken/api/v1/zaken/" in uri:
        raw = uri.rstrip("/").rsplit("/", 1)[-1]
    else:
        raise _refuse("data.zaak", "unknown-zaak", "Een zaak als urn:uuid:<uuid> of als URL van een zaak hier.")
    try:
        zaak = await Zaak.get(UUID(raw))
    except ValueError:
        zaak = None
    if zaak is None:
        raise _refuse("data.zaak", "unknown-zaak", "Deze zaak bestaat niet.")
    return zaak


async def _links(zaak: Any, link_to: str) -> list[Any]:
    from zgw.domain.zaken.documents import ZaakObject

    if not zaak.zaakobjecten:
        return []
    found = await ZaakObject.find({"_id": {"$in": list(zaak.zaakobjecten)}}).to_list()
    return [o for o in found if o.object == link_to and o.zaak == zaak.ref]


async def handle(event_type: str, data: Any, actor: Actor,
                 render: Callable[[Any, Any], Awaitable[Any]]) -> Outcome:
    from zgw.domain.zaken import zaakobjecten

    if event_type not in HANDLED:
        raise _refuse("type", "unsupported-event-type",
                      f"Alleen {', '.join(HANDLED)} worden hier verwerkt, niet {event_type}.")
    if not isinstance(data, dict) or not data:
        raise _refuse("data", "missing-data", "Het event heeft geen data (een JSON-object).")
    zaak = await _zaak(data.get("zaak"))
    link_to = data.get("linkTo")
    if not isinstance(link_to, str) or not link_to.startswith(("http://", "https://")) or len(link_to) > 1000:
        raise _refuse("data.linkTo", "missing-linkTo", "linkTo: de URL van het gekoppelde object is vereist.")
    existing = await _links(zaak, link_to)
    if event_type == types.ZAAK_ONTKOPPELD:
        for obj in existing:
            await zaakobjecten.delete(actor, obj.id, render)
        return Outcome("unlinked" if existing else "not-linked", [o.id for o in existing])
    if existing:
        return Outcome("already-linked", [o.id for o in existing])
    object_type = data.get("linkObjectType")
    label = data.get("label")
    values: dict[str, Any] = {"zaak": zaak.ref, "object": link_to,
                              "relatieomschrijving": str(label)[:80] if label else ""}
    if isinstance(object_type, str) and object_type in OBJECT_TYPES and object_type != "overige":
        values["object_type"] = object_type
    else:
        values["object_type"] = "overige"
        values["object_type_overige"] = str(object_type or "overige")[:100]
    obj = await zaakobjecten.create(actor, values, render)
    return Outcome("linked", [obj.id])
