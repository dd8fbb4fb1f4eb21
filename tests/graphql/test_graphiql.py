"""GraphiQL: served at /graphql in development (its files from the project when fetched), off in production
unless GRAPHQL_GRAPHIQL says so; and a real browser renders it (skipped without Chromium)."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from tests.graphql import screenshot
from zgw.core.settings import Settings
from zgw.gateway.services import LocalServices, serve_api
from zgw.graphql import ide
from zgw.graphql.router import graphiql_on

HTML = {"Accept": "text/html"}


async def test_ide_page_and_its_files(api: httpx.AsyncClient) -> None:
    r = await api.get("http://testserver/graphql", headers=HTML)
    assert r.status_code == 200 and "graphiql" in r.text.lower()
    if not ide.present():
        pytest.skip("GraphiQL files not fetched (make graphiql-screenshot): the page loads them from the CDN")
    assert ide.CDN not in r.text and "/graphql/ide-assets/graphiql@3.8.3/graphiql.min.js" in r.text
    js = await api.get("http://testserver/graphql/ide-assets/graphiql@3.8.3/graphiql.min.js")
    assert js.status_code == 200 and js.content == (ide.ASSETS / "graphiql@3.8.3" / "graphiql.min.js").read_bytes()
    assert (await api.get("http://testserver/graphql/ide-assets/../../pyproject.toml")).status_code == 404
    assert (await api.get("http://testserver/graphql/ide-assets/react@18.2.0/nope.js")).status_code == 404


def test_graphiql_setting() -> None:
    assert graphiql_on(Settings(environment="development"))
    assert not graphiql_on(Settings(environment="production", secret_key="x"))
    assert graphiql_on(Settings(environment="production", secret_key="x", graphql_graphiql=True))
    assert not graphiql_on(Settings(environment="test", graphql_graphiql=False))


def test_graphiql_in_headless_chromium(services: LocalServices | None, tmp_path: Path) -> None:
    browser = screenshot.chromium()
    if browser is None or services is None or not ide.present():
        pytest.skip("needs chromium, the local services and the GraphiQL files (make graphiql-screenshot)")
    out = tmp_path / "graphiql.png"
    with serve_api(services, {"MONGODB_DB": "zgw_test_graphiql", "NOTIFICATIES_API_ROOT": ""}) as base:
        screenshot.screenshot(screenshot.page_url(base), out, browser)
    data = out.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 30_000  # the rendered editor, not a blank or an error
