"""The Besluiten domain: besluiten (zgw.domain.besluiten.service), their besluitinformatieobjecten mirrored as
objectinformatieobjecten (links), the zaak side of a besluit (zaakbesluiten) and besluit_verwerken."""

from __future__ import annotations

from typing import Any


def configure(redis: Any) -> None:
    """Bind the Redis client of the besluit locks (else the one the Documenten locks use)."""
    from zgw.domain.besluiten import locks

    locks.configure(redis)
