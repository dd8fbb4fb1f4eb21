"""Test services: a real FerretDB and a real Redis started for the run, one database cleaned per test.

ZGW_TEST_MONGODB_URI runs the suite against another MongoDB-wire server (a real MongoDB, ...) and
ZGW_TEST_REDIS_URL against another Redis; what is not given is started here. Tests marked `ferretdb`
check FerretDB itself and are skipped when ZGW_TEST_MONGODB_URI is set.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.types import Receive, Scope, Send

from zgw.core.auth import make_token
from zgw.core.settings import Settings
from zgw.gateway.app import create_app
from zgw.gateway.services import LocalServices, local_services, start_redis


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not os.environ.get("ZGW_TEST_MONGODB_URI"):
        return
    skip = pytest.mark.skip(reason="checks FerretDB itself; ZGW_TEST_MONGODB_URI names another server")
    for item in items:
        if item.get_closest_marker("ferretdb"):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def services() -> Iterator[LocalServices | None]:
    if os.environ.get("ZGW_TEST_MONGODB_URI"):
        yield None
        return
    with tempfile.TemporaryDirectory(prefix="zgw-test-") as tmp, local_services(Path(tmp), persist=False) as svc:
        yield svc


@pytest.fixture(scope="session")
def redis_url(services: LocalServices | None) -> Iterator[str]:
    """ZGW_TEST_REDIS_URL, else the Redis started with FerretDB, else one started for the run."""
    if os.environ.get("ZGW_TEST_REDIS_URL"):
        yield os.environ["ZGW_TEST_REDIS_URL"]
    elif services is not None:
        yield services.redis_url
    else:
        with tempfile.TemporaryDirectory(prefix="zgw-test-redis-") as tmp:
            redis = start_redis(Path(tmp), persist=False)
            try:
                yield f"redis://127.0.0.1:{redis.port}/0"
            finally:
                redis.stop()


@pytest.fixture(scope="session")
def settings(services: LocalServices | None, redis_url: str) -> Settings:
    mongodb_uri = os.environ.get("ZGW_TEST_MONGODB_URI") or (services.mongodb_uri if services else "")
    return Settings(environment="test", mongodb_uri=mongodb_uri, redis_url=redis_url, mongodb_db="zgw_test",
                    notificaties_api_root="", applicatie_cache_seconds=0.5)


class _WithState:
    """httpx's ASGI transport does not run the lifespan; hand its state to each request."""

    def __init__(self, app: Any, state: dict[str, Any]) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        scope["state"] = dict(self.state)
        await self.app(scope, receive, send)


@pytest.fixture(scope="session")
async def app_state(settings: Settings) -> AsyncIterator[tuple[Any, dict[str, Any]]]:
    app = create_app(settings)
    async with app.router.lifespan_context(app) as state:
        yield app, dict(state)


async def _clean(state: dict[str, Any], settings: Settings) -> None:
    db = state["mongo"][settings.mongodb_db]
    for name in await db.list_collection_names():
        await db[name].delete_many({})
    keys = [key async for key in state["redis"].scan_iter(match="zgw:*")]
    if keys:
        await state["redis"].delete(*keys)


async def rows_without_unique_fields() -> list[str]:
    """Rows that lack a field of a (full) unique index. A real MongoDB indexes a missing field as null,
    so two of them collide; FerretDB v1 (SQLite) lets any number pass. Test data must not lean on that."""
    from zgw.core.db import DOCUMENT_MODELS, _index_models

    problems = []
    for model in DOCUMENT_MODELS:
        for index in _index_models(model):
            doc = index.document
            if not doc.get("unique") or "partialFilterExpression" in doc or doc.get("sparse"):
                continue
            fields = list(doc["key"])
            count = await model.get_pymongo_collection().count_documents({"$or": [{f: None} for f in fields]})
            if count:
                problems.append(f"{model.get_collection_name()}: {count} rows without {' or '.join(fields)}"
                                f" (MongoDB indexes a missing field as null: such rows collide on {doc['name']})")
    return problems


@pytest.fixture
async def api(app_state: tuple[Any, dict[str, Any]], settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client on the app; the database is empty at the start of every test.

    After the test, rows that only FerretDB v1 accepts (see `rows_without_unique_fields`) fail it."""
    app, state = app_state
    await _clean(state, settings)
    await state["applicatie_cache"].forget(list(state["applicatie_cache"]._entries))
    transport = httpx.ASGITransport(app=_WithState(app, state))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client
    assert await rows_without_unique_fields() == []


@pytest.fixture
async def superuser(api: httpx.AsyncClient) -> dict[str, str]:
    """Authorization headers of an applicatie with heeftAlleAutorisaties."""
    return await make_client("super", superuser=True)


async def make_client(client_id: str, *, superuser: bool = False, autorisaties: list[dict[str, Any]] | None = None,
                      secret: str = "secret", **claims: Any) -> dict[str, str]:
    """Create an applicatie (directly, not through the API) and return Authorization headers for it."""
    from zgw.gateway.bootstrap import ensure_applicatie

    await ensure_applicatie(client_id, secret, label=client_id, superuser=superuser, autorisaties=autorisaties)
    return {"Authorization": f"Bearer {make_token(client_id, secret, **claims)}"}
