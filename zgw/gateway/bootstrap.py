"""Create applicaties and secrets outside the API: the dev bootstrap, the CLI and setup-config."""

from __future__ import annotations

import secrets
from typing import Any

from zgw.domain.autorisaties import repository, service
from zgw.domain.autorisaties.documents import Applicatie, Autorisatie

DEV_CLIENT_ID = "zgw-dev"


def _base_url() -> str:
    """Where notifications of CLI-made applicaties point: the configured domain, else the dev server."""
    from zgw.core.settings import get_settings

    domain = get_settings().openzaak_domain.rstrip("/")
    if not domain:
        return "http://localhost:8000"
    return domain if "://" in domain else f"https://{domain}"


async def ensure_applicatie(client_id: str, secret: str | None, *, label: str, superuser: bool,
                            autorisaties: list[dict[str, Any]] | None = None,
                            base_url: str | None = None) -> tuple[Applicatie, str]:
    """Create or update the applicatie holding `client_id`; return it with its secret."""
    secret = secret or await repository.secret_for(client_id) or secrets.token_urlsafe(24)
    await repository.set_secret(client_id, secret)
    data = service.ApplicatieData(
        client_ids=[client_id], label=label, heeft_alle_autorisaties=superuser,
        autorisaties=[Autorisatie(**a) for a in (autorisaties or [])],
    )
    existing = await repository.by_client_id(client_id)
    base = base_url or _base_url()
    urls = service.Urls(applicatie=lambda uuid: f"{base}/autorisaties/api/v1/applicaties/{uuid}")
    if existing is None:
        return await service.create(data, urls), secret
    data.client_ids = sorted(set(existing.client_ids) | {client_id})
    unchanged = (existing.client_ids == data.client_ids and existing.label == data.label
                 and existing.heeft_alle_autorisaties == data.heeft_alle_autorisaties
                 and existing.autorisaties == data.autorisaties)
    if unchanged:  # idempotent: no write, no notification
        return existing, secret
    return await service.update(existing.id, data, urls, partial=False), secret
