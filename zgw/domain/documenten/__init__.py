"""The Documenten domain: enkelvoudiginformatieobjecten with their versions and content (GridFS), and
(zgw.domain.documenten.gebruiksrechten / objectinformatieobjecten / verzendingen / registreren) what hangs
off them."""

from __future__ import annotations

from typing import Any


def configure(redis: Any) -> None:
    """Bind the Redis client used for informatieobject locks and identificaties (app lifespan)."""
    from zgw.domain.documenten import identificatie, locks, service

    locks.configure(redis)
    identificatie.configure(redis)
    service.configure(redis)
