"""Client credentials (client id + secret), kept apart from Applicaties as Open Zaak keeps its JWTSecrets.

A client with a secret but no Applicatie authenticates and is then refused for lack of autorisaties.
A secret belongs to a client id, not to an applicatie: deleting an applicatie through the API leaves
the secret in place (as Open Zaak's API does); `remove` deletes it.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from zgw.domain.autorisaties import repository, service
from zgw.domain.errors import NotFound, ValidationFailed


@dataclass(frozen=True)
class Credential:
    client_id: str
    applicatie_label: str | None  # None: no applicatie holds this client id


def _check(client_id: str, secret: str | None) -> None:
    if not client_id or client_id != client_id.strip():
        raise ValidationFailed.field("clientId", "invalid",
                                     "Een client id mag niet leeg zijn en niet met een spatie beginnen of eindigen.")
    if secret is not None and not secret:
        raise ValidationFailed.field("secret", "blank", "Het secret mag niet leeg zijn.")


async def add(client_id: str, secret: str | None = None) -> tuple[str, bool]:
    """Store (or replace) the secret of `client_id`; a new random one when none is given.

    Returns the secret and whether anything changed (the same secret again is a no-op).
    """
    _check(client_id, secret)
    current = await repository.secret_for(client_id)
    secret = secret or secrets.token_urlsafe(24)
    if current == secret:
        return secret, False
    await repository.set_secret(client_id, secret)
    await service.changed([client_id])
    return secret, True


async def listing() -> list[Credential]:
    stored = await repository.all_secrets()
    owners = {cid: app.label for app in await repository.owners_of([s.id for s in stored]) for cid in app.client_ids}
    return [Credential(s.id, owners.get(s.id)) for s in stored]


async def remove(client_id: str) -> None:
    if not await repository.delete_secret(client_id):
        raise NotFound(f"Geen credentials voor client id {client_id!r}.")
    await service.changed([client_id])



