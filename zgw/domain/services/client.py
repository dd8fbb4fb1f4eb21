"""The one outbound HTTP client for external services (httpx).

Per call: the service's authentication (a fresh ZGW JWT, an API key header, or an OAuth2 client-credentials
token), its timeouts and TLS settings, retries only for idempotent methods (GET, HEAD) on connection
failures and 502/503/504, a circuit breaker per service (consecutive failures open it for a while: calls
fail at once), and one log line (service, method, URL, status, duration; never a secret).

GETs of JSON objects are cached for a short time and fetched once per URL however many callers ask at the
same moment (`get_many`: a page of 100 zaken of 5 remote zaaktypen is 5 fetches).
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass, field
from typing import Any

import httpx

from zgw.domain.services.documents import Service

logger = logging.getLogger("zgw.outbound")
if not logger.handlers:  # one line per call on stderr (the processes configure no logging of their own)
    _handler = logging.StreamHandler()
    _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    logger.addHandler(_handler)
    logger.setLevel(logging.INFO)

IDEMPOTENT = frozenset({"GET", "HEAD"})
RETRIES = 2
RETRY_STATUS = frozenset({502, 503, 504})
BACKOFF = 0.2
BREAKER_THRESHOLD = 5
BREAKER_SECONDS = 30.0
CACHE_SECONDS = 30.0
CACHE_MAX = 5000


class Unreachable(Exception):
    """The service did not answer (connection refused, timeout, TLS) or its circuit is open."""


@dataclass
class Breaker:
    failures: int = 0
    open_until: float = 0.0

    def check(self, slug: str) -> None:
        if self.open_until and time.monotonic() < self.open_until:
            raise Unreachable(f"service {slug}: circuit open after {self.failures} failures")

    def success(self) -> None:
        self.failures = 0
        self.open_until = 0.0

    def failure(self) -> None:
        self.failures += 1
        if self.failures >= BREAKER_THRESHOLD:
            self.open_until = time.monotonic() + BREAKER_SECONDS


@dataclass(frozen=True)
class Fetched:
    status: int
    data: Any


@dataclass
class _State:
    breakers: dict[str, Breaker] = field(default_factory=dict)
    tokens: dict[str, tuple[float, str]] = field(default_factory=dict)  # oauth2: slug -> (expires, token)
    cache: dict[str, tuple[float, Fetched]] = field(default_factory=dict)
    inflight: dict[str, asyncio.Future[Fetched]] = field(default_factory=dict)


_state = _State()


def reset() -> None:
    """Forget breakers, tokens and the cache (tests; a changed registry)."""
    global _state
    _state = _State()


def breaker(slug: str) -> Breaker:
    return _state.breakers.setdefault(slug, Breaker())


def _client(service: Service) -> httpx.AsyncClient:
    verify: Any = service.server_certificate or True
    cert: Any = None
    if service.client_certificate:
        cert = ((service.client_certificate, service.client_private_key) if service.client_private_key
                else service.client_certificate)
    timeout = httpx.Timeout(service.timeout, connect=service.connect_timeout)
    return httpx.AsyncClient(timeout=timeout, verify=verify, cert=cert, follow_redirects=False)


async def _auth_headers(service: Service) -> dict[str, str]:
    if service.auth_type == "zgw":
        from zgw.core.auth import make_token

        token = make_token(service.client_id, service.secret, user_id=service.user_id,
                           user_representation=service.user_representation)
        return {"Authorization": f"Bearer {token}"}
    if service.auth_type == "api_key":
        return {service.header_key: service.header_value}
    if service.auth_type == "oauth2_client_credentials":
        return {"Authorization": f"Bearer {await _oauth2_token(service)}"}
    return {}


async def _oauth2_token(service: Service) -> str:
    cached = _state.tokens.get(service.id)
    if cached and cached[0] > time.monotonic():
        return cached[1]
    form = {"grant_type": "client_credentials", "client_id": service.client_id, "client_secret": service.secret}
    if service.oauth2_scope:
        form["scope"] = service.oauth2_scope
    try:
        async with _client(service) as client:
            response = await client.post(service.oauth2_token_url, data=form)
        body = response.json() if response.status_code == 200 else {}
    except (httpx.HTTPError, ValueError) as exc:
        raise Unreachable(f"service {service.id}: token endpoint: {type(exc).__name__}") from None
    token = body.get("access_token") if isinstance(body, dict) else None
    if not token:
        raise Unreachable(f"service {service.id}: token endpoint answered {response.status_code}")
    lifetime = float(body.get("expires_in") or 300)
    _state.tokens[service.id] = (time.monotonic() + max(lifetime - 30, 5), str(token))
    return str(token)


async def request(service: Service, method: str, url: str, *, json: Any = None,
                  params: dict[str, Any] | None = None) -> httpx.Response:
    """One call to `service` (retried when idempotent); Unreachable when it gives no answer."""
    method = method.upper()
    state = breaker(service.id)
    state.check(service.id)
    attempts = 1 + (RETRIES if method in IDEMPOTENT else 0)
    headers = {"Accept": "application/json", **await _auth_headers(service)}
    if json is not None:
        headers["Content-Type"] = "application/json"
    if service.api_type == "zrc":  # the Zaken API answers a zaak (geometry) only with a coordinate system
        headers["Accept-Crs"] = "EPSG:4326"
    for attempt in range(1, attempts + 1):
        started = time.monotonic()
        try:
            async with _client(service) as client:
                response = await client.request(method, url, json=json, params=params, headers=headers)
        except httpx.HTTPError as exc:
            elapsed = (time.monotonic() - started) * 1000
            logger.warning("%s %s %s -> %s after %.0f ms (attempt %d/%d)", service.id, method, url,
                           type(exc).__name__, elapsed, attempt, attempts)
            retry = attempt < attempts and isinstance(exc, httpx.ConnectError)
            if retry:
                await asyncio.sleep(BACKOFF * attempt)
                continue
            state.failure()
            raise Unreachable(f"service {service.id}: {type(exc).__name__}") from None
        elapsed = (time.monotonic() - started) * 1000
        logger.info("%s %s %s -> %d in %.0f ms", service.id, method, url, response.status_code, elapsed)
        if response.status_code in RETRY_STATUS and attempt < attempts:
            await asyncio.sleep(BACKOFF * attempt)
            continue
        if response.status_code >= 500:
            state.failure()
        else:
            state.success()
        return response
    raise AssertionError("unreachable")  # pragma: no cover


async def _fetch(service: Service, url: str) -> Fetched:
    response = await request(service, "GET", url)
    try:
        data = response.json() if response.status_code == 200 else None
    except ValueError:
        data = None
    return Fetched(response.status_code, data)


async def get(service: Service, url: str, *, fresh: bool = False) -> Fetched:
    """GET a JSON object (cached for CACHE_SECONDS when it answered 200; one fetch per URL at a time)."""
    now = time.monotonic()
    hit = None if fresh else _state.cache.get(url)
    if hit is not None and hit[0] > now:
        return hit[1]
    pending = _state.inflight.get(url)
    if pending is not None and not fresh:
        return await asyncio.shield(pending)
    future: asyncio.Future[Fetched] = asyncio.get_running_loop().create_future()
    _state.inflight[url] = future
    try:
        fetched = await _fetch(service, url)
    except BaseException as exc:
        if isinstance(exc, Exception):
            future.set_exception(exc)
            future.exception()  # retrieved: waiting callers get it, nobody else is warned
        else:
            future.cancel()
        raise
    finally:
        _state.inflight.pop(url, None)
    if fetched.status == 200 and fetched.data is not None:
        if len(_state.cache) >= CACHE_MAX:
            _state.cache.clear()
        _state.cache[url] = (now + CACHE_SECONDS, fetched)
    future.set_result(fetched)
    return fetched


def forget(url: str) -> None:
    _state.cache.pop(url, None)


async def get_many(pairs: list[tuple[Service, str]], *, fresh: bool = False) -> dict[str, Fetched | Unreachable]:
    """Fetch distinct URLs concurrently (each once); an unreachable one maps to its Unreachable."""
    distinct = dict((url, service) for service, url in pairs)

    async def one(url: str, service: Service) -> Fetched | Unreachable:
        try:
            return await get(service, url, fresh=fresh)
        except Unreachable as exc:
            return exc

    results = await asyncio.gather(*(one(u, s) for u, s in distinct.items()))
    return dict(zip(distinct, results, strict=True))
