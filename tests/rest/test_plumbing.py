"""Shared REST plumbing: problem+json for every kind of bad request, headers, pagination links."""

from __future__ import annotations

import httpx
import pytest

URL = "/autorisaties/api/v1/applicaties"
GOOD = {"clientIds": ["p"], "label": "P", "heeftAlleAutorisaties": True}


def assert_problem(r: httpx.Response, status: int, code: str) -> dict[str, object]:
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/problem+json"
    body: dict[str, object] = r.json()
    assert body["status"] == status
    assert body["code"] == code
    assert set(body) >= {"type", "code", "title", "status", "detail", "instance"}
    assert str(body["instance"]).startswith("urn:uuid:")
    return body


async def test_unknown_query_parameter(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    r = await api.get(URL, params={"foo": "1", "clientIds": "x"}, headers=superuser)
    body = assert_problem(r, 400, "invalid")
    assert body["invalidParams"] == [
        {"name": "nonFieldErrors", "code": "unknown-parameters", "reason": "Onbekende query parameters: foo"}]


async def test_malformed_json(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    r = await api.post(URL, content=b'{"clientIds": [', headers={**superuser, "Content-Type": "application/json"})
    assert_problem(r, 400, "parse_error")


@pytest.mark.parametrize("payload", [b"[]", b'"x"', b"1", b"null"])
async def test_json_of_wrong_shape(api: httpx.AsyncClient, superuser: dict[str, str], payload: bytes) -> None:
    r = await api.post(URL, content=payload, headers={**superuser, "Content-Type": "application/json"})
    assert r.status_code == 400, r.text
    assert r.headers["content-type"] == "application/problem+json"


async def test_wrong_field_types(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    r = await api.post(URL, json={"clientIds": "p", "label": True, "heeftAlleAutorisaties": "maybe"}, headers=superuser)
    body = assert_problem(r, 400, "invalid")
    names = sorted((p["name"], p["code"]) for p in body["invalidParams"])  # type: ignore[attr-defined]
    assert names == [("clientIds", "not_a_list"), ("heeftAlleAutorisaties", "invalid"), ("label", "invalid")]


async def test_unsupported_media_type(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    r = await api.post(URL, content=b"clientIds=p", headers={**superuser, "Content-Type": "text/plain"})
    assert_problem(r, 415, "unsupported_media_type")


async def test_not_acceptable(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    r = await api.get(URL, headers={**superuser, "Accept": "text/html"})
    assert_problem(r, 406, "not_acceptable")


async def test_method_not_allowed(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    r = await api.put(URL, json=GOOD, headers=superuser)
    assert_problem(r, 405, "method_not_allowed")


@pytest.mark.parametrize("path", [
    "/autorisaties/api/v1/nothing-here",
    "/autorisaties/api/v1/applicaties/not-a-uuid",
    "/autorisaties/api/v1/applicaties/0b8c9a4a-6b6e-4c55-9a1e-0f8e3cbd3f3e",
    "/autorisaties/api/v1/applicaties/..%2F..%2Fetc%2Fpasswd",
    "/nowhere",
])
async def test_not_found(api: httpx.AsyncClient, superuser: dict[str, str], path: str) -> None:
    assert_problem(await api.get(path, headers=superuser), 404, "not_found")


async def test_oversized_body(api: httpx.AsyncClient, superuser: dict[str, str], settings: object) -> None:
    big = b'{"label": "' + b"x" * (11 * 1024 * 1024) + b'"}'
    r = await api.post(URL, content=big, headers={**superuser, "Content-Type": "application/json"})
    assert_problem(r, 413, "request_too_large")


async def test_version_header_on_success_and_errors(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    assert (await api.get(URL, headers=superuser)).headers["API-version"] == "1.0.0"
    assert (await api.get(URL)).headers["API-version"] == "1.0.0"


async def test_forwarded_host_ignored_unless_configured(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    r = await api.post(URL, json=GOOD, headers={**superuser, "X-Forwarded-Host": "evil.example"})
    assert r.json()["url"].startswith("http://testserver/")


@pytest.mark.parametrize("size", ["0", "-1", "abc"])
async def test_bad_page_size(api: httpx.AsyncClient, superuser: dict[str, str], size: str) -> None:
    r = await api.get(URL, params={"pageSize": size}, headers=superuser)
    if size == "abc":
        assert_problem(r, 400, "invalid")
    else:
        assert r.status_code == 200  # falls back to the default page size, as Open Zaak


async def test_page_size_is_capped(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    r = await api.get(URL, params={"pageSize": "100000"}, headers=superuser)
    assert r.status_code == 200


async def test_schema_served(api: httpx.AsyncClient) -> None:
    r = await api.get("/autorisaties/api/v1/schema/openapi.yaml")
    assert r.status_code == 200
    assert r.text.startswith("openapi: 3.0.3")
    r = await api.get("/autorisaties/api/v1/schema/openapi.json")
    assert r.json()["servers"] == [{"url": "/autorisaties/api/v1"}]


async def test_body_not_utf8(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    r = await api.post(URL, content=b"\xff\xfe", headers={**superuser, "Content-Type": "application/json"})
    body = assert_problem(r, 400, "parse_error")
    assert body["invalidParams"] == []


async def test_huge_page_number(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    r = await api.get(URL, params={"page": str(10**25)}, headers=superuser)
    assert_problem(r, 404, "not_found")
