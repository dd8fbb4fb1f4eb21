"""Absolute URLs out, local references in.

Local objects are stored by reference: their path ("/catalogi/api/v1/zaaktypen/<uuid>").
Responses render references as absolute URLs from the request (or a configured domain);
incoming URLs are turned back into references, or refused with Open Zaak's error codes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit
from uuid import UUID

from starlette.requests import Request

from zgw.core.settings import Settings
from zgw.domain.errors import UrlRefused

__all__ = ["Resource", "UrlRefused", "Urls", "base_url", "local_hosts", "parse_hyperlink", "parse_ref"]

UUID_RE = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"


def base_url(request: Request, settings: Settings) -> str:
    """The scheme and host that absolute URLs in this response start with."""
    if settings.openzaak_domain:
        domain = settings.openzaak_domain.rstrip("/")
        return domain if "://" in domain else f"{request.url.scheme}://{domain}"
    headers = request.headers
    scheme = request.url.scheme
    if settings.use_x_forwarded_proto and headers.get("x-forwarded-proto"):
        scheme = headers["x-forwarded-proto"].split(",")[0].strip()
    host = headers.get("host") or request.url.netloc
    if settings.use_x_forwarded_host and headers.get("x-forwarded-host"):
        host = headers["x-forwarded-host"].split(",")[0].strip()
    return f"{scheme}://{host}"


@dataclass(frozen=True)
class Urls:
    base: str

    def of(self, ref: str | None) -> str:
        """Render a stored reference (local path or remote URL) as an absolute URL."""
        if not ref:
            return ""
        return ref if ref.startswith(("http://", "https://")) else self.base + ref

    def resource(self, path: str, uuid: UUID | str) -> str:
        return f"{self.base}{path}/{uuid}"


@dataclass(frozen=True)
class Resource:
    """A kind of resource that URLs may point at, e.g. `/catalogi/api/v1/zaaktypen`."""

    path: str
    label: str

    def ref(self, uuid: UUID | str) -> str:
        return f"{self.path}/{uuid}"

    def uuid_of(self, ref: str) -> UUID | None:
        match = re.fullmatch(re.escape(self.path) + r"/(" + UUID_RE + r")", ref)
        return UUID(match.group(1)) if match else None


def parse_ref(url: str, resource: Resource, local_hosts: set[str]) -> str:
    """The local reference an incoming URL points to, or UrlRefused."""
    try:
        parts = urlsplit(url)
    except ValueError:
        raise UrlRefused("bad-url", "Voer een geldige URL in.") from None
    if parts.scheme not in ("http", "https") or not parts.netloc or len(url) > 1000:
        raise UrlRefused("bad-url", "Voer een geldige URL in.")
    if parts.netloc.lower() not in local_hosts:
        raise UrlRefused(
            "unknown-service",
            f"De URL {url} hoort niet bij deze installatie en er is geen externe service voor geconfigureerd.",
        )
    path = parts.path.rstrip("/")
    if resource.uuid_of(path) is None:
        raise UrlRefused("invalid-resource", f"De URL {url} verwijst niet naar een {resource.label}.")
    return path


def parse_hyperlink(url: str, resource: Resource) -> str:
    """The local reference of a link to one of our own objects, read as DRF's HyperlinkedRelatedField reads it.

    Only the path counts (DRF resolves the path and ignores the host); a path that is no `resource`
    is `no_match` ("Ongeldige hyperlink - Geen overeenkomende URL.").
    """
    path = urlsplit(url).path if url.startswith(("http:", "https:")) else url
    path = path.rstrip("/")
    if resource.uuid_of(path) is None:
        raise UrlRefused("no_match", "Ongeldige hyperlink - Geen overeenkomende URL.")
    return path


def local_hosts(request: Request, settings: Settings) -> set[str]:
    hosts = {urlsplit(base_url(request, settings)).netloc.lower()}
    host = request.headers.get("host")
    if host:
        hosts.add(host.lower())
    hosts.update(h.lower() for h in settings.allowed_hosts if h != "*")
    return hosts
