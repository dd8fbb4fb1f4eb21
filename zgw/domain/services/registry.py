"""The registry of external services: stored in MongoDB, read through a per-process cache.

`for_url(url)` answers the service whose API root is the longest prefix of `url`. It never scans per
request: every process keeps the (small) list of services and reloads it only when the registry's
version (a Redis key given a new random value by every write, like the catalogue version) changed.
Without Redis (the CLI) the cache lives a few seconds; the API and the Celery worker configure it.
"""

from __future__ import annotations

import re
import time
from typing import Any
from uuid import uuid4

from zgw.domain.errors import ValidationFailed
from zgw.domain.services.documents import API_TYPE_ALIASES, API_TYPES, AUTH_TYPES, Service

VERSION_KEY = "zgw:services:version"
NO_REDIS_TTL = 3.0
SLUG_RE = re.compile(r"^[-a-zA-Z0-9_]+$")

_redis: Any = None
_cache: dict[str, Any] = {"version": None, "at": 0.0, "services": None}


def configure(redis: Any) -> None:
    global _redis
    _redis = redis
    forget()


def forget() -> None:
    _cache.update(version=None, at=0.0, services=None)


async def _version() -> str | None:
    if _redis is None:
        return None
    value = await _redis.get(VERSION_KEY)
    return value.decode() if isinstance(value, bytes) else str(value or "")


async def _bump() -> None:
    """A new random version (not a counter: after Redis lost its data, a counter could come back to a
    value that a process still holds for an older registry)."""
    forget()
    if _redis is not None:
        await _redis.set(VERSION_KEY, uuid4().hex)


async def all_services() -> list[Service]:
    """Every service, longest API root first (from the cache while the registry's version stands)."""
    version = await _version()
    cached = _cache["services"]
    if cached is not None:
        fresh = (_cache["version"] == version) if version is not None else (time.monotonic() - _cache["at"]
                                                                            < NO_REDIS_TTL)
        if fresh:
            return list(cached)
    services = await Service.find_all().to_list()  # the whole registry: a handful of rows
    services.sort(key=lambda s: len(s.api_root), reverse=True)
    _cache.update(version=version, at=time.monotonic(), services=services)
    return list(services)


def _canonical(url: str) -> str:
    """Scheme and host compare without case (the path with it)."""
    scheme, sep, rest = url.partition("://")
    host, slash, path = rest.partition("/")
    return f"{scheme.lower()}{sep}{host.lower()}{slash}{path}"


async def for_url(url: str, api_type: str | None = None) -> Service | None:
    """The service whose API root is the longest prefix of `url` (of `api_type` when given); the roots end
    with a slash, so a prefix ends at a path segment."""
    wanted = _canonical(url)
    for service in await all_services():
        if wanted.startswith(_canonical(service.api_root)) and (api_type is None or service.api_type == api_type):
            return service
    return None


async def get(slug: str) -> Service | None:
    return await Service.get(slug)


# --- writes (CLI, setup-config) ----------------------------------------------------------------------------


def normalise(data: dict[str, Any]) -> dict[str, Any]:
    """Check a service's configuration (setup-config's keys) and return the document's fields."""
    data = {k: v for k, v in data.items() if v is not None}
    slug = str(data.pop("identifier", None) or data.pop("slug", None) or "")
    problems = []
    if not SLUG_RE.match(slug):
        problems.append(("identifier", "invalid", "Een slug van letters, cijfers, '-' en '_' is vereist."))
    api_type = str(data.get("api_type", "")).lower()
    api_type = API_TYPE_ALIASES.get(api_type, api_type)
    if api_type not in API_TYPES:
        problems.append(("api_type", "invalid_choice", f"Kies uit {', '.join(API_TYPES)} (of other)."))
    auth_type = str(data.get("auth_type", "no_auth"))
    if auth_type not in AUTH_TYPES:
        problems.append(("auth_type", "invalid_choice", f"Kies uit {', '.join(AUTH_TYPES)}."))
    root = str(data.get("api_root", ""))
    if not root.startswith(("http://", "https://")):
        problems.append(("api_root", "invalid", "Een absolute http(s) URL is vereist."))
    if auth_type == "zgw" and not (data.get("client_id") and data.get("secret")):
        problems.append(("secret", "required", "ZGW-authenticatie vereist client_id en secret."))
    if auth_type == "api_key" and not (data.get("header_key") and data.get("header_value")):
        problems.append(("header_value", "required", "API-key-authenticatie vereist header_key en header_value."))
    if auth_type == "oauth2_client_credentials" and not (data.get("oauth2_token_url") and data.get("client_id")
                                                         and data.get("secret")):
        problems.append(("oauth2_token_url", "required",
                         "OAuth2 vereist oauth2_token_url, client_id en secret."))
    if problems:
        from zgw.domain.errors import InvalidParam

        raise ValidationFailed([InvalidParam(*p) for p in problems], detail=f"service {slug or '?'}")
    known = set(Service.model_fields) - {"id", "updated", "revision_id"}
    fields = {k: v for k, v in data.items() if k in known}
    fields.update(api_type=api_type, auth_type=auth_type, api_root=root if root.endswith("/") else root + "/")
    if not fields.get("label"):
        fields["label"] = slug
    fields["id"] = slug
    return fields


async def put(data: dict[str, Any]) -> tuple[Service, bool]:
    """Create or replace a service from its configuration; idempotent (no write when nothing changed)."""
    fields = normalise(data)
    wanted = Service(**fields)
    current = await Service.get(wanted.id)
    if current is not None and current.config() == wanted.config():
        return current, False
    await Service.get_pymongo_collection().replace_one(
        {"_id": wanted.id}, wanted.model_dump(by_alias=True, exclude={"revision_id"}), upsert=True)
    await _bump()
    return wanted, True


async def remove(slug: str) -> bool:
    result = await Service.get_pymongo_collection().delete_one({"_id": slug})
    await _bump()
    return bool(result.deleted_count)


async def listing() -> list[Service]:
    return sorted(await Service.find_all().to_list(), key=lambda s: s.id)
