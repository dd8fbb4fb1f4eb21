"""Settings from the environment (Open Zaak's variable names where one exists)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEV_SECRET_KEY = "development-only-secret-key-change-me"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="", case_sensitive=False, extra="ignore")

    environment: Literal["development", "test", "production"] = "development"
    secret_key: str = DEV_SECRET_KEY

    mongodb_uri: str = "mongodb://127.0.0.1:27017/"
    mongodb_db: str = "zgw"
    redis_url: str = "redis://127.0.0.1:6379/0"

    # Absolute URLs: a fixed domain (Open Zaak's OPENZAAK_DOMAIN) or the request's host.
    openzaak_domain: str = ""
    openzaak_rewrite_host: bool = False
    use_x_forwarded_host: bool = False
    use_x_forwarded_proto: bool = False
    allowed_hosts: list[str] = ["*"]

    # JWT handling, as Open Zaak.
    jwt_expiry: int = 3600
    time_leeway: int = 0
    applicatie_cache_seconds: float = 1.0

    # Notifications (Open Notificaties format), delivered from the outbox by Celery.
    notifications_disabled: bool = False
    notificaties_api_root: str = ""
    notificaties_client_id: str = ""
    notificaties_secret: str = ""
    notificaties_max_retries: int = 7
    notificaties_retry_backoff: int = 3
    notificaties_retry_backoff_max: int = 48
    notificaties_timeout: float = 10.0
    outbox_sweep_seconds: int = 60
    # Cloud events (Open Zaak's ENABLE_CLOUD_EVENTS and NOTIFICATIONS_SOURCE, e.g.
    # urn:nld:oin:<oin>:zakensysteem), POSTed to webhook receivers from the outbox by Celery. One receiver by
    # CLOUD_EVENTS_WEBHOOK_*; more as a JSON list in CLOUD_EVENTS_WEBHOOKS ([{name, url, auth, client_id,
    # secret, header, key}]); `zgw setup-config` (cloud_events_config) overrides these in the database.
    enable_cloud_events: bool = False
    notifications_source: str = ""
    cloud_events_webhook_url: str = ""
    cloud_events_webhook_auth: Literal["none", "jwt", "api_key"] = "none"
    cloud_events_webhook_client_id: str = ""
    cloud_events_webhook_secret: str = ""
    cloud_events_webhook_api_key_header: str = "Authorization"
    cloud_events_webhook_api_key: str = ""
    cloud_events_webhooks: list[dict[str, str]] = []
    cloud_events_max_attempts: int = 10
    cloud_events_retry_backoff: float = 3.0
    cloud_events_retry_backoff_max: float = 300.0
    cloud_events_breaker_threshold: int = 5
    cloud_events_breaker_seconds: float = 30.0
    cloud_events_lease_seconds: float = 60.0
    cloud_events_timeout: float = 10.0
    cloud_events_sweep_seconds: float = 10.0
    cloud_events_prepared_seconds: float = 300.0  # a request's events still prepared after this: its process died
    cloud_events_retention_days: float = 7.0  # delivered messages are removed after this
    # Zaken index (Redis): how often beat syncs zaken whose writer died between database and index.
    zaken_index_sweep_seconds: int = 10
    # Celery beat's schedule file; empty: .data/celerybeat-schedule in a checkout (as `zgw dev`'s
    # data), the temp folder where the package is installed without a checkout (a container).
    celery_beat_schedule: str = ""

    # Analytics copy (zakenStatistiek, the export): the folder of its DuckDB snapshots, shared by the
    # worker (the only writer) and the API processes (readers); empty: .data/analytics in a checkout,
    # else the temp folder. How often beat moves changed zaken into it (the staleness bound).
    analytics_dir: str = ""
    analytics_pump_seconds: float = 1.0

    # Catalogi: the Selectielijst / Referentielijsten API (ztc-001, ztc-002); empty skips those checks.
    selectielijst_api_root_url: str = ""

    # Zaken: check zaakeigenschap waarden against the eigenschap's specificatie (Open Zaak's setting).
    zaak_eigenschap_waarde_validation: bool = False

    max_body_size: int = 10 * 1024 * 1024

    # Documenten: bestandsdelen size (Open Zaak's name), the largest `inhoud` taken as base64 in JSON (the body
    # limit of /documenten follows from it), and how old unfinished uploads get before beat removes them.
    documenten_upload_chunk_size: int = 4 * 1024**3
    documenten_max_inhoud_size: int = 4 * 1024**3
    documenten_upload_cleanup_hours: float = 24.0

    # Documenten bulk import (Open Zaak's names): the folder every `bestandspad` is relative to (Open Zaak's
    # default: the project folder), rows per batch, days a finished import is kept; how often beat resumes an
    # import whose worker died (after its run lock of IMPORT_LOCK_SECONDS expired) and removes old ones.
    import_documenten_base_dir: str = str(PROJECT_ROOT)
    import_documenten_batch_size: int = 500
    import_retention_days: int = 7
    import_sweep_seconds: float = 10.0
    import_lock_seconds: float = 60.0

    # GraphQL (/graphql): GraphiQL in the browser (default: on except in production) and the limits.
    graphql_graphiql: bool | None = None
    graphql_max_depth: int = 10
    graphql_max_aliases: int = 15
    graphql_max_tokens: int = 2000
    graphql_max_cost: int = 50_000  # objects a query may return: `first` multiplied down the nesting
    graphql_max_page_size: int = 500
    specs_dir: Path = PROJECT_ROOT.parent / "shared" / "specs"

    @model_validator(mode="after")
    def _refuse_unsafe_production(self) -> Settings:
        if self.environment == "production" and self.secret_key == DEV_SECRET_KEY:
            raise ValueError("SECRET_KEY must be set outside development")
        return self


def analytics_dir(settings: Settings) -> Path:
    if settings.analytics_dir:
        return Path(settings.analytics_dir)
    if (PROJECT_ROOT / "pyproject.toml").exists():
        return PROJECT_ROOT / ".data" / "analytics"
    import tempfile

    return Path(tempfile.gettempdir()) / "zgw-analytics"


@lru_cache
def get_settings() -> Settings:
    return Settings()
