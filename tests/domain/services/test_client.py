"""The outbound client against a real local HTTP server: authentication per type, retries only for
idempotent calls, the circuit breaker, timeouts, the short cache and batched fetching."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import jwt
import pytest

from tests.domain.services.server import Api, api_server
from zgw.domain.services import client, registry, remote
from zgw.domain.services.documents import Service


@pytest.fixture
def remote_api() -> Iterator[Api]:
    with api_server() as served:
        yield served


@pytest.fixture
async def fresh(api: httpx.AsyncClient) -> AsyncIterator[None]:
    client.reset()
    yield
    client.reset()


def _service(base: str, **extra: object) -> Service:
    fields = registry.normalise({"identifier": "ext", "api_type": "ztc", "api_root": f"{base}/api/", **extra})
    return Service(**fields)


async def test_zgw_auth_sends_a_fresh_jwt(remote_api: Api, fresh: None) -> None:
    service = _service(remote_api.base, auth_type="zgw", client_id="gateway", secret="geheim", user_id="u1",
                       user_representation="ZGW Gateway", timeout=5)
    remote_api.routes["/api/x"] = (200, {"ok": True})
    response = await client.request(service, "GET", f"{remote_api.base}/api/x")
    assert response.status_code == 200
    token = remote_api.requests()[0].headers["Authorization"].removeprefix("Bearer ")
    claims = jwt.decode(token, "geheim", algorithms=["HS256"])
    assert (claims["client_id"], claims["iss"], claims["user_id"], claims["user_representation"]) == (
        "gateway", "gateway", "u1", "ZGW Gateway")


async def test_api_key_header(remote_api: Api, fresh: None) -> None:
    service = _service(remote_api.base, auth_type="api_key", header_key="X-Api-Key", header_value="k-123")
    await client.request(service, "GET", f"{remote_api.base}/api/x")
    assert remote_api.requests()[0].headers["X-Api-Key"] == "k-123"


async def test_oauth2_client_credentials_token_is_fetched_once(remote_api: Api, fresh: None) -> None:
    remote_api.routes["/token"] = (200, {"access_token": "tok-1", "expires_in": 300})
    service = _service(remote_api.base, auth_type="oauth2_client_credentials", client_id="c", secret="s",
                       oauth2_token_url=f"{remote_api.base}/token", oauth2_scope="zaken")
    await client.request(service, "GET", f"{remote_api.base}/api/x")
    await client.request(service, "GET", f"{remote_api.base}/api/y")
    posts = remote_api.requests("POST")
    assert len(posts) == 1 and posts[0].path == "/token"
    gets = remote_api.requests("GET")
    assert [g.headers["Authorization"] for g in gets] == ["Bearer tok-1", "Bearer tok-1"]


async def test_retries_only_idempotent_calls(remote_api: Api, fresh: None) -> None:
    service = _service(remote_api.base)
    remote_api.default = (503, {"detail": "even niet"})
    assert (await client.request(service, "GET", f"{remote_api.base}/api/x")).status_code == 503
    assert len(remote_api.requests("GET")) == 1 + client.RETRIES
    assert (await client.request(service, "POST", f"{remote_api.base}/api/x", json={})).status_code == 503
    assert len(remote_api.requests("POST")) == 1


async def test_breaker_opens_after_consecutive_failures(remote_api: Api, fresh: None,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(client, "BREAKER_THRESHOLD", 3)
    service = _service(remote_api.base)
    remote_api.default = (500, {})
    for _ in range(3):
        await client.request(service, "POST", f"{remote_api.base}/api/x", json={})
    with pytest.raises(client.Unreachable, match="circuit open"):
        await client.request(service, "POST", f"{remote_api.base}/api/x", json={})
    assert len(remote_api.requests()) == 3  # the fourth never left


async def test_timeout_is_unreachable(remote_api: Api, fresh: None) -> None:
    service = _service(remote_api.base, timeout=0.3)
    remote_api.delay = 1.0
    with pytest.raises(client.Unreachable, match="ReadTimeout"):
        await client.request(service, "GET", f"{remote_api.base}/api/x")
    assert len(remote_api.requests()) == 1  # a slow service is not asked again at once


async def test_connection_refused_is_unreachable(fresh: None) -> None:
    with api_server() as gone:
        base = gone.base
    service = _service(base, timeout=1)
    with pytest.raises(client.Unreachable, match="ConnectError"):
        await client.request(service, "GET", f"{base}/api/x")


async def test_a_page_of_many_references_fetches_each_url_once(remote_api: Api, fresh: None) -> None:
    """100 zaken of 5 remote zaaktypen: 5 fetches; a second page within the TTL: none."""
    await registry.put({"identifier": "ztc", "api_type": "ztc", "api_root": f"{remote_api.base}/catalogi/api/v1/"})
    types = [f"{remote_api.base}/catalogi/api/v1/informatieobjecttypen/{i}" for i in range(5)]
    for i, url in enumerate(types):
        remote_api.routes[url.removeprefix(remote_api.base)] = (200, {
            "url": url, "catalogus": "c", "omschrijving": f"type {i}", "vertrouwelijkheidaanduiding": "openbaar",
            "beginGeldigheid": "2024-01-01"})
    page = [types[i % 5] for i in range(100)]
    found = await remote.fetch_many(page, "ztc", remote.INFORMATIEOBJECTTYPE, "InformatieObjectType")
    assert {u: d["omschrijving"] for u, d in found.items() if isinstance(d, dict)} == {
        u: f"type {i}" for i, u in enumerate(types)}
    assert len(remote_api.requests("GET")) == 5
    await remote.fetch_many(page, "ztc", remote.INFORMATIEOBJECTTYPE, "InformatieObjectType")
    assert len(remote_api.requests("GET")) == 5


async def test_refusals_carry_open_zaaks_codes(remote_api: Api, fresh: None) -> None:
    await registry.put({"identifier": "ztc", "api_type": "ztc", "api_root": f"{remote_api.base}/catalogi/api/v1/"})
    besluittype = f"{remote_api.base}/catalogi/api/v1/besluittypen/1"
    remote_api.routes["/catalogi/api/v1/besluittypen/1"] = (200, {"url": besluittype, "omschrijving": "b"})
    refusals = await remote.fetch_many(
        [besluittype, f"{remote_api.base}/catalogi/api/v1/informatieobjecttypen/missing", "http://nowhere.test/x"],
        "ztc", remote.INFORMATIEOBJECTTYPE, "InformatieObjectType")
    assert [getattr(r, "code", None) for r in refusals.values()] == ["invalid-resource", "bad-url", "unknown-service"]


async def test_selectielijst_and_remote_zaken_go_through_a_registered_service(remote_api: Api, fresh: None) -> None:
    """A URL under a registered service (here a vrl with an API key) is read with its credentials; without
    a service the selectielijst still reads it plainly."""
    from zgw.domain.catalogi import selectielijst

    selectielijst.clear_cache()
    url = f"{remote_api.base}/referentielijsten/api/v1/procestypen/1"
    remote_api.routes[url.removeprefix(remote_api.base)] = (200, {"url": url, "nummer": 1})
    assert await selectielijst.get_json(url) == {"url": url, "nummer": 1}
    assert "X-Api-Key" not in remote_api.requests()[0].headers
    await registry.put({"identifier": "vrl", "api_type": "vrl", "auth_type": "api_key", "header_key": "X-Api-Key",
                        "api_root": f"{remote_api.base}/referentielijsten/api/v1/", "header_value": "k-vrl"})
    assert await selectielijst.get_json(url) == {"url": url, "nummer": 1}
    assert remote_api.requests()[1].headers["X-Api-Key"] == "k-vrl"
    selectielijst.clear_cache()
