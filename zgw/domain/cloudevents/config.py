"""Where cloud events go: ENABLE_CLOUD_EVENTS, NOTIFICATIONS_SOURCE and the webhook receivers (as Open Zaak).

The environment gives the defaults; `zgw setup-config` stores a configuration in the database that wins
over them (read by `_id`, cached for a few seconds in each process).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Literal

from zgw.domain.cloudevents import store

Auth = Literal["none", "jwt", "api_key"]
CONFIG_ID = "config"
CACHE_SECONDS = 5.0


@dataclass(frozen=True)
class Receiver:
    """One webhook: a name (how the outbox and the circuit breaker know it), its URL and how to authenticate."""

    name: str
    url: str
    auth: Auth = "none"
    client_id: str = ""  # jwt: a ZGW token (HS256) with this client_id, signed with `secret`
    secret: str = ""
    header: str = "Authorization"  # api_key: this header carries `key`
    key: str = ""

    @classmethod
    def from_dict(cls, raw: dict[str, Any], default_name: str = "webhook") -> Receiver:
        auth = str(raw.get("auth") or raw.get("auth_type") or "none").lower().replace("-", "_")
        if auth not in ("none", "jwt", "api_key"):
            raise ValueError(f"cloud event receiver auth must be none, jwt or api_key, not {auth!r}")
        if not raw.get("url"):
            raise ValueError("a cloud event receiver needs a url")
        return cls(name=str(raw.get("name") or default_name), url=str(raw["url"]), auth=auth,  # type: ignore[arg-type]
                   client_id=str(raw.get("client_id") or ""), secret=str(raw.get("secret") or ""),
                   header=str(raw.get("header") or "Authorization"), key=str(raw.get("key") or ""))

    def as_dict(self) -> dict[str, str]:
        return {"name": self.name, "url": self.url, "auth": self.auth, "client_id": self.client_id,
                "secret": self.secret, "header": self.header, "key": self.key}


@dataclass(frozen=True)
class Delivery:
    max_attempts: int = 10
    backoff: float = 3.0  # seconds before the second attempt, doubled per attempt up to backoff_max
    backoff_max: float = 300.0
    breaker_threshold: int = 5  # consecutive failures that open a receiver's circuit
    breaker_seconds: float = 30.0  # how long it stays open before one attempt may probe it
    lease_seconds: float = 60.0  # a worker killed mid-delivery holds a message this long
    timeout: float = 10.0

    def backoff_after(self, attempts: int) -> float:
        return float(min(self.backoff * 2.0 ** max(attempts - 1, 0), self.backoff_max))


@dataclass(frozen=True)
class CloudEventsConfig:
    enabled: bool = False
    source: str = ""
    receivers: tuple[Receiver, ...] = ()
    delivery: Delivery = field(default_factory=Delivery)

    @property
    def active(self) -> bool:
        return self.enabled and bool(self.source)

    def receiver(self, name: str) -> Receiver | None:
        return next((r for r in self.receivers if r.name == name), None)


_base = CloudEventsConfig()
_cached: tuple[float, CloudEventsConfig] | None = None


def configure(config: CloudEventsConfig) -> None:
    """The configuration from the environment (API lifespan, worker start, tests)."""
    global _base, _cached
    _base = config
    _cached = None


def from_settings(settings: Any) -> CloudEventsConfig:
    receivers: list[Receiver] = []
    if settings.cloud_events_webhook_url:
        receivers.append(Receiver.from_dict({
            "name": "webhook", "url": settings.cloud_events_webhook_url, "auth": settings.cloud_events_webhook_auth,
            "client_id": settings.cloud_events_webhook_client_id, "secret": settings.cloud_events_webhook_secret,
            "header": settings.cloud_events_webhook_api_key_header, "key": settings.cloud_events_webhook_api_key}))
    for i, raw in enumerate(settings.cloud_events_webhooks or []):
        receivers.append(Receiver.from_dict(raw, default_name=f"webhook-{i + 2}"))
    return CloudEventsConfig(
        enabled=settings.enable_cloud_events, source=settings.notifications_source, receivers=tuple(receivers),
        delivery=Delivery(max_attempts=settings.cloud_events_max_attempts, backoff=settings.cloud_events_retry_backoff,
                          backoff_max=settings.cloud_events_retry_backoff_max,
                          breaker_threshold=settings.cloud_events_breaker_threshold,
                          breaker_seconds=settings.cloud_events_breaker_seconds,
                          lease_seconds=settings.cloud_events_lease_seconds, timeout=settings.cloud_events_timeout))


def _merge(stored: dict[str, Any]) -> CloudEventsConfig:
    receivers = tuple(Receiver.from_dict(r, default_name=f"webhook-{i + 1}")
                      for i, r in enumerate(stored.get("webhooks") or []))
    return CloudEventsConfig(enabled=bool(stored.get("enabled")), source=str(stored.get("source") or ""),
                             receivers=receivers, delivery=_base.delivery)


async def current() -> CloudEventsConfig:
    """The configuration in force: the stored one (setup-config) if any, else the environment's."""
    global _cached
    now = time.monotonic()
    if _cached is not None and now - _cached[0] < CACHE_SECONDS:
        return _cached[1]
    stored = await store.config().find_one({"_id": CONFIG_ID})
    config = _merge(stored) if stored else _base
    _cached = (now, config)
    return config


def forget() -> None:
    global _cached
    _cached = None


async def save(enabled: bool, source: str, webhooks: list[dict[str, Any]]) -> bool:
    """Store the configuration (setup-config); returns whether it changed."""
    receivers = [Receiver.from_dict(raw, default_name=f"webhook-{i + 1}").as_dict() for i, raw in enumerate(webhooks)]
    names = [r["name"] for r in receivers]
    if len(set(names)) != len(names):
        raise ValueError("cloud event receivers need distinct names")
    document = {"enabled": enabled, "source": source, "webhooks": receivers}
    before = await store.config().find_one({"_id": CONFIG_ID}, {"_id": 0})
    if before == document:
        return False
    await store.config().replace_one({"_id": CONFIG_ID}, document, upsert=True)
    forget()
    return True
