"""The services registry's document: an external API this installation calls (Open Zaak's "Services")."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Literal

from beanie import Document
from pydantic import Field

ApiType = Literal["ztc", "zrc", "drc", "brc", "nrc", "vrl", "orc"]
AuthType = Literal["no_auth", "zgw", "api_key", "oauth2_client_credentials"]

API_TYPES: tuple[str, ...] = ("ztc", "zrc", "drc", "brc", "nrc", "vrl", "orc")
AUTH_TYPES: tuple[str, ...] = ("no_auth", "zgw", "api_key", "oauth2_client_credentials")
# "other" (Open Zaak's ORC) is accepted as a synonym on input
API_TYPE_ALIASES = {"other": "orc", "selectielijst": "vrl"}
# the values that are never printed nor answered
SECRET_FIELDS = ("secret", "header_value")


def _now() -> datetime:
    return datetime.now(UTC)


class Service(Document):
    """`_id` is the slug (Open Zaak's identifier); `api_root` ends with a slash."""

    id: str  # type: ignore[assignment]
    label: str
    api_type: ApiType
    api_root: str
    oas: str = ""
    auth_type: AuthType = "no_auth"
    client_id: str = ""
    secret: str = Field(default="", repr=False)
    user_id: str = ""
    user_representation: str = ""
    header_key: str = ""
    header_value: str = Field(default="", repr=False)
    oauth2_token_url: str = ""
    oauth2_scope: str = ""
    timeout: float = 10.0
    connect_timeout: float = 5.0
    client_certificate: str = ""  # a PEM file (with its key, or the key in client_private_key)
    client_private_key: str = ""
    server_certificate: str = ""  # a CA bundle (PEM) that the service's certificate must chain to
    updated: datetime = Field(default_factory=_now)

    class Settings:
        name = "services"
        indexes: list[Any] = []  # read by `_id`, or whole (a handful of rows) into the process cache

    @property
    def slug(self) -> str:
        return self.id

    def public(self) -> dict[str, Any]:
        """Everything but the secrets (which say only whether they are set)."""
        data = self.model_dump(exclude={"id", "updated", "revision_id"})
        data = {"slug": self.id, **data}
        for name in SECRET_FIELDS:
            data[name] = "***" if data.get(name) else ""
        return data

    def config(self) -> dict[str, Any]:
        """The configured fields (what an idempotent write compares)."""
        return dict(self.model_dump(exclude={"updated", "revision_id"}))


DOCUMENTS: list[type[Document]] = [Service]
