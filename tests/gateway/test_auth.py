"""JWT authentication as Open Zaak does it: every failure is a 403 with its own code."""

from __future__ import annotations

import time

import httpx
import jwt
import pytest

from tests.conftest import make_client
from zgw.gateway.auth import make_token

URL = "/autorisaties/api/v1/applicaties"


async def _code(api: httpx.AsyncClient, headers: dict[str, str]) -> tuple[int, dict[str, object]]:
    r = await api.get(URL, headers=headers)
    return r.status_code, r.json()


async def test_no_credentials(api: httpx.AsyncClient) -> None:
    r = await api.get(URL)
    assert r.status_code == 403
    assert r.headers["content-type"] == "application/problem+json"
    body = r.json()
    assert body["code"] == "not_authenticated"
    assert body["status"] == 403
    assert body["instance"].startswith("urn:uuid:")
    assert body["type"] == "http://testserver/ref/fouten/NotAuthenticated/"


async def test_not_a_bearer(api: httpx.AsyncClient) -> None:
    status, body = await _code(api, {"Authorization": "Basic abc"})
    assert (status, body["code"]) == (403, "not_authenticated")


async def test_garbage_token(api: httpx.AsyncClient) -> None:
    status, body = await _code(api, {"Authorization": "Bearer not-a-jwt"})
    assert (status, body["code"]) == (403, "jwt-decode-error")


async def test_missing_client_id(api: httpx.AsyncClient) -> None:
    token = jwt.encode({"iss": "x", "iat": int(time.time())}, "secret", algorithm="HS256")
    status, body = await _code(api, {"Authorization": f"Bearer {token}"})
    assert (status, body["code"]) == (403, "missing-client-identifier")


async def test_unknown_client_id(api: httpx.AsyncClient) -> None:
    status, body = await _code(api, {"Authorization": f"Bearer {make_token('nobody', 'secret')}"})
    assert (status, body["code"]) == (403, "invalid-client-identifier")


async def test_wrong_secret(api: httpx.AsyncClient) -> None:
    await make_client("client-a", superuser=True, secret="right")
    status, body = await _code(api, {"Authorization": f"Bearer {make_token('client-a', 'wrong')}"})
    assert (status, body["code"]) == (403, "invalid-jwt-signature")


async def test_other_algorithm_refused(api: httpx.AsyncClient) -> None:
    await make_client("client-a", superuser=True, secret="right")
    token = jwt.encode({"client_id": "client-a", "iat": int(time.time())}, "right", algorithm="HS512")
    status, body = await _code(api, {"Authorization": f"Bearer {token}"})
    assert (status, body["code"]) == (403, "jwt-decode-error")


async def test_expired(api: httpx.AsyncClient) -> None:
    await make_client("client-a", superuser=True, secret="right")
    token = make_token("client-a", "right", iat=time.time() - 3601)
    status, body = await _code(api, {"Authorization": f"Bearer {token}"})
    assert (status, body["code"]) == (403, "jwt-expired")


async def test_not_yet_expired(api: httpx.AsyncClient) -> None:
    await make_client("client-a", superuser=True, secret="right")
    token = make_token("client-a", "right", iat=time.time() - 3500)
    status, _ = await _code(api, {"Authorization": f"Bearer {token}"})
    assert status == 200


async def test_iat_required(api: httpx.AsyncClient) -> None:
    await make_client("client-a", superuser=True, secret="right")
    token = jwt.encode({"client_id": "client-a"}, "right", algorithm="HS256")
    status, body = await _code(api, {"Authorization": f"Bearer {token}"})
    assert (status, body["code"]) == (403, "jwt-decode-error")


async def test_iat_in_future_refused(api: httpx.AsyncClient) -> None:
    await make_client("client-a", superuser=True, secret="right")
    token = make_token("client-a", "right", iat=time.time() + 600)
    status, body = await _code(api, {"Authorization": f"Bearer {token}"})
    assert (status, body["code"]) == (403, "jwt-decode-error")


async def test_nbf_honoured(api: httpx.AsyncClient) -> None:
    await make_client("client-a", superuser=True, secret="right")
    now = int(time.time())
    token = jwt.encode({"client_id": "client-a", "iat": now, "nbf": now + 600}, "right", algorithm="HS256")
    status, body = await _code(api, {"Authorization": f"Bearer {token}"})
    assert (status, body["code"]) == (403, "jwt-decode-error")


@pytest.mark.parametrize(
    ("scopes", "method", "expected"),
    [
        (["autorisaties.lezen"], "GET", 200),
        (["autorisaties.lezen"], "POST", 403),
        (["autorisaties.bijwerken"], "GET", 403),
        ([], "GET", 403),
    ],
)
async def test_scopes(api: httpx.AsyncClient, scopes: list[str], method: str, expected: int) -> None:
    headers = await make_client("scoped", autorisaties=[{"component": "ac", "scopes": scopes}])
    body = {"clientIds": ["new"], "label": "New", "heeftAlleAutorisaties": True}
    r = await api.request(method, URL, headers=headers, json=body if method == "POST" else None)
    assert r.status_code == expected, r.text
    if expected == 403:
        assert r.json()["code"] == "permission_denied"


async def test_scopes_of_other_component_do_not_count(api: httpx.AsyncClient) -> None:
    headers = await make_client("wrong-component", autorisaties=[{"component": "zrc", "scopes": ["autorisaties.lezen"],
                                                                  "zaaktype": "/catalogi/api/v1/zaaktypen/x",
                                                                  "max_vertrouwelijkheidaanduiding": "geheim"}])
    r = await api.get(URL, headers=headers)
    assert r.status_code == 403


async def test_applicatie_change_is_seen(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    """A change to an applicatie takes effect at once (this process) and within the cache TTL elsewhere."""
    headers = await make_client("changing", autorisaties=[{"component": "ac", "scopes": ["autorisaties.lezen"]}])
    assert (await api.get(URL, headers=headers)).status_code == 200
    found = (await api.get(URL, params={"clientIds": "changing"}, headers=superuser)).json()["results"][0]
    patch = {"autorisaties": [{"component": "ac", "scopes": ["autorisaties.bijwerken"]}]}
    r = await api.patch(found["url"], json=patch, headers=superuser)
    assert r.status_code == 200, r.text
    assert (await api.get(URL, headers=headers)).status_code == 403
