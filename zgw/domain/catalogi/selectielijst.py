"""Reading the Selectielijst / Referentielijsten API (ztc-001, ztc-002), with a small cache.

The API root is a setting (SELECTIELIJST_API_ROOT_URL); when it is empty the checks are skipped. A URL under
a registered service (zgw.domain.services, e.g. a `vrl` with credentials) is read through the one outbound client.
"""

from __future__ import annotations

import time
from typing import Any

import httpx

from zgw.domain.errors import UrlRefused

CACHE_SECONDS = 600.0
TIMEOUT = 10.0
_cache: dict[str, tuple[float, dict[str, Any] | None]] = {}


# A refused selectielijst URL: the same error as any other refused reference.
Refused = UrlRefused


def clear_cache() -> None:
    _cache.clear()


async def get_json(url: str) -> dict[str, Any] | None:
    """The JSON object at `url`: through its registered service when there is one (credentials, timeouts,
    breaker, log line, the services' cache), else a plain GET cached here."""
    from zgw.domain.services import client as outbound
    from zgw.domain.services import registry

    service = await registry.for_url(url)
    if service is not None:
        try:
            fetched = await outbound.get(service, url)
        except outbound.Unreachable:
            return None
        return fetched.data if fetched.status == 200 and isinstance(fetched.data, dict) else None
    now = time.monotonic()
    hit = _cache.get(url)
    if hit and now - hit[0] < CACHE_SECONDS:
        return hit[1]
    data: dict[str, Any] | None = None
    try:
        async with httpx.AsyncClient(timeout=TIMEOUT) as client:
            response = await client.get(url, headers={"Accept": "application/json"})
        if response.status_code == 200:
            body = response.json()
            data = body if isinstance(body, dict) else None
    except (httpx.HTTPError, ValueError):
        return None  # not cached: a transient outage should not stick
    _cache[url] = (now, data)
    return data


async def fetch(root: str, url: str, resource: str) -> dict[str, Any]:
    """The object at `url`, which must be a `resource` ("procestypen", "resultaten", ...) under root."""
    base = root.rstrip("/") + f"/{resource}/"
    if not url.startswith(base):
        raise Refused("invalid-resource", f"De URL {url} verwijst niet naar een {resource} in de selectielijst-API.")
    data = await get_json(url)
    if data is None:
        raise Refused("bad-url", f"De URL {url} kon niet worden opgehaald of is geen geldig object.")
    return data
