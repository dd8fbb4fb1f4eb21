"""Create applicaties and secrets outside the API: the dev bootstrap, the CLI and setup-config."""

from __future__ import annotations

import secrets
from typing import Any

from zgw.domain.autorisaties import repository, service
from zgw.domain.autorisaties.documents import Applicatie, Autorisatie

DEV_CLIENT_ID = "zgw-dev"


class _NoUrls:
    applicatie = staticmethod(lambda uuid: f"/autorisaties/api/v1/applicaties/{uuid}")


async def ensure_applicatie(client_id: str, secret: str | None, *, label: str, superuser: bool,
                            autorisaties: list[dict[str, Any]] | None = None) -> tuple[Applicatie, str]:
    """Create or update the applicatie holding `client_id`; return it with its secret."""
    secret = secret or await repository.secret_for(client_id) or secrets.token_urlsafe(24)
    await repository.set_secret(client_id, secret)
    data = service.ApplicatieData(
        client_ids=[client_id], label=label, heeft_alle_autorisaties=superuser,
        autorisaties=[Autorisatie(**a) for a in (autorisaties or [])],
    )
    existing = await repository.by_client_id(client_id)
    urls = service.Urls(applicatie=_NoUrls.applicatie)
    if existing is None:
        return await service.create(data, urls), secret
    data.client_ids = sorted(set(existing.client_ids) | {client_id})
    return await service.update(existing.id, data, urls, partial=False), secret
