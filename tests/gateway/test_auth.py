"""JWT authentication as Open Zaak does it: every failure is a 403 with its own code."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from typing import Any

import httpx
import jwt
import pytest

from tests.conftest import _WithState, make_client
from zgw.core.auth import NOT_VALID, make_token
from zgw.core.settings import Settings

URL = "/autorisaties/api/v1/applicaties"


@pytest.fixture
async def leeway_api(api: httpx.AsyncClient, app_state: tuple[Any, dict[str, Any]],
                     settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    """The app with TIME_LEEWAY=300 (same database as `api`, cleaned by it)."""
    app, state = app_state
    state = {**state, "settings": settings.model_copy(update={"time_leeway": 300})}
    transport = httpx.ASGITransport(app=_WithState(app, state))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client


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
    assert (status, body["code"]) == (403, "jwt-invalidalgorithmerror")


def _token(secret: str = "right", **claims: object) -> dict[str, str]:
    return {"Authorization": f"Bearer {jwt.encode({'client_id': 'client-a', **claims}, secret, algorithm='HS256')}"}


async def test_expired(api: httpx.AsyncClient) -> None:
    """Expired once JWT_EXPIRY (3600 s) have passed since `iat`: at 3600 s exactly, as Open Zaak (>=)."""
    await make_client("client-a", superuser=True, secret="right")
    status, body = await _code(api, _token(iat=time.time() - 3600))
    assert (status, body["code"], body["detail"]) == (403, "jwt-expired", "Het JWT is verlopen.")


async def test_not_yet_expired(api: httpx.AsyncClient) -> None:
    await make_client("client-a", superuser=True, secret="right")
    status, _ = await _code(api, _token(iat=time.time() - 3599.5))
    assert status == 200


async def test_iat_required(api: httpx.AsyncClient) -> None:
    await make_client("client-a", superuser=True, secret="right")
    status, body = await _code(api, _token())
    assert (status, body["code"]) == (403, "jwt-missingrequiredclaimerror")


async def test_iat_in_future_refused_without_leeway(api: httpx.AsyncClient) -> None:
    """Open Zaak 1.30 (PyJWT >= 2.6 through commonground-api-common) refuses an `iat` beyond TIME_LEEWAY."""
    await make_client("client-a", superuser=True, secret="right")
    r = await api.get(URL, headers=_token(iat=int(time.time()) + 600))
    body = r.json()
    assert r.status_code == 403
    assert r.headers["content-type"] == "application/problem+json"
    assert body == {
        "type": "http://testserver/ref/fouten/PermissionDenied/",
        "code": "jwt-immaturesignatureerror",
        "title": "U heeft geen toestemming om deze actie uit te voeren.",
        "status": 403,
        "detail": NOT_VALID,
        "instance": body["instance"],
    }


@pytest.mark.parametrize("claim", ["iat", "nbf"])
async def test_clock_ahead_within_time_leeway_accepted(leeway_api: httpx.AsyncClient, claim: str) -> None:
    """A client clock minutes ahead works when TIME_LEEWAY covers the drift (here 300 s)."""
    await make_client("client-a", superuser=True, secret="right")
    now = int(time.time())
    claims = {"iat": now + 240} if claim == "iat" else {"iat": now, "nbf": now + 240}
    status, _ = await _code(leeway_api, _token(**claims))
    assert status == 200


async def test_clock_ahead_beyond_time_leeway_refused(leeway_api: httpx.AsyncClient) -> None:
    await make_client("client-a", superuser=True, secret="right")
    status, body = await _code(leeway_api, _token(iat=int(time.time()) + 360))
    assert (status, body["code"]) == (403, "jwt-immaturesignatureerror")


async def test_expiry_stretched_by_time_leeway(leeway_api: httpx.AsyncClient) -> None:
    await make_client("client-a", superuser=True, secret="right")
    assert (await _code(leeway_api, _token(iat=time.time() - 3899.5)))[0] == 200
    status, body = await _code(leeway_api, _token(iat=time.time() - 3900))
    assert (status, body["code"]) == (403, "jwt-expired")


async def test_nbf_honoured(api: httpx.AsyncClient) -> None:
    await make_client("client-a", superuser=True, secret="right")
    now = int(time.time())
    status, body = await _code(api, _token(iat=now, nbf=now + 600))
    assert (status, body["code"]) == (403, "jwt-immaturesignatureerror")


async def test_exp_claim_honoured(api: httpx.AsyncClient) -> None:
    await make_client("client-a", superuser=True, secret="right")
    now = int(time.time())
    status, body = await _code(api, _token(iat=now - 60, exp=now - 10))
    assert (status, body["code"]) == (403, "jwt-expiredsignatureerror")
    status, _ = await _code(api, _token(iat=now - 60, exp=now + 60))
    assert status == 200


@pytest.mark.parametrize(
    ("claims", "code"),
    [
        ({"iat": "yesterday"}, "jwt-invalidissuedaterror"),
        ({"iat": "1700000000"}, "jwt-invalidissuedaterror"),
        ({"iat": [1]}, "jwt-invalidissuedaterror"),
        ({"iat": "now", "aud": "zaken"}, "jwt-invalidissuedaterror"),
        ({"aud": "zaken"}, "jwt-invalidaudienceerror"),
    ],
)
async def test_bad_claims(api: httpx.AsyncClient, claims: dict[str, object], code: str) -> None:
    await make_client("client-a", superuser=True, secret="right")
    status, body = await _code(api, _token(**{"iat": int(time.time()), **claims}))
    assert (status, body["code"]) == (403, code)


@pytest.mark.parametrize("client_id", [None, 12, "", ["client-a"]])
async def test_client_id_not_a_known_string(api: httpx.AsyncClient, client_id: object) -> None:
    await make_client("client-a", superuser=True, secret="right")
    token = jwt.encode({"client_id": client_id, "iat": int(time.time())}, "right", algorithm="HS256")
    status, body = await _code(api, {"Authorization": f"Bearer {token}"})
    assert (status, body["code"]) == (403, "invalid-client-identifier")


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
