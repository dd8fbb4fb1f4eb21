"""Absolute URLs out (request host, forwarded headers, configured domain) and references in."""

from __future__ import annotations

import pytest
from starlette.requests import Request

from zgw.core.settings import Settings
from zgw.rest.urls import Resource, UrlRefused, Urls, base_url, parse_ref

ZAAKTYPEN = Resource("/catalogi/api/v1/zaaktypen", "zaaktype")
UUID = "0b8c9a4a-6b6e-4c55-9a1e-0f8e3cbd3f3e"


def request(headers: dict[str, str], scheme: str = "http") -> Request:
    raw = [(k.lower().encode(), v.encode()) for k, v in headers.items()]
    return Request({"type": "http", "method": "GET", "path": "/", "headers": raw, "scheme": scheme,
                    "server": ("testserver", 80), "query_string": b""})


def test_request_host() -> None:
    assert base_url(request({"Host": "zaken.example:8443"}), Settings()) == "http://zaken.example:8443"


def test_forwarded_headers_only_when_configured() -> None:
    req = request({"Host": "internal:8000", "X-Forwarded-Host": "zgw.example.nl", "X-Forwarded-Proto": "https"})
    assert base_url(req, Settings()) == "http://internal:8000"
    configured = Settings(use_x_forwarded_host=True, use_x_forwarded_proto=True)
    assert base_url(req, configured) == "https://zgw.example.nl"


def test_configured_domain_wins() -> None:
    req = request({"Host": "internal:8000"})
    assert base_url(req, Settings(openzaak_domain="zgw.example.nl")) == "http://zgw.example.nl"
    assert base_url(req, Settings(openzaak_domain="https://zgw.example.nl/")) == "https://zgw.example.nl"


def test_render_and_parse_round_trip() -> None:
    urls = Urls("https://zgw.example.nl")
    ref = ZAAKTYPEN.ref(UUID)
    assert urls.of(ref) == f"https://zgw.example.nl/catalogi/api/v1/zaaktypen/{UUID}"
    assert urls.of("https://remote.example/x") == "https://remote.example/x"
    assert parse_ref(urls.of(ref), ZAAKTYPEN, {"zgw.example.nl"}) == ref
    assert parse_ref(urls.of(ref) + "/", ZAAKTYPEN, {"zgw.example.nl"}) == ref
    assert ZAAKTYPEN.uuid_of(ref) is not None


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("zaaktype", "bad-url"),
        ("ftp://zgw.example.nl/catalogi/api/v1/zaaktypen/" + UUID, "bad-url"),
        ("https://other.example/catalogi/api/v1/zaaktypen/" + UUID, "unknown-service"),
        ("https://zgw.example.nl/catalogi/api/v1/zaaktypen/123", "invalid-resource"),
        ("https://zgw.example.nl/catalogi/api/v1/zaaktypen/" + UUID + "/../x", "invalid-resource"),
        ("https://zgw.example.nl/zaken/api/v1/zaken/" + UUID, "invalid-resource"),
    ],
)
def test_refused(url: str, code: str) -> None:
    with pytest.raises(UrlRefused) as refused:
        parse_ref(url, ZAAKTYPEN, {"zgw.example.nl"})
    assert refused.value.code == code
