"""Async factories for documenten tests, through the API."""

from __future__ import annotations

import base64
from typing import Any

import httpx

from tests.rest.catalogi.factories import make_catalogus, make_iot

ROOT = "http://testserver/documenten/api/v1"
EIO = f"{ROOT}/enkelvoudiginformatieobjecten"


async def published_iot(api: httpx.AsyncClient, h: dict[str, str], **over: Any) -> dict[str, Any]:
    catalogus = (await make_catalogus(api, h))["url"]
    iot = await make_iot(api, h, catalogus, **over)
    r = await api.post(f"{iot['url']}/publish", headers=h)
    assert r.status_code == 200, r.text
    published: dict[str, Any] = r.json()
    return published


def eio_body(iot: str, inhoud: bytes | str | None = b"hallo wereld", **over: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"bronorganisatie": "517439943", "creatiedatum": "2024-03-01", "titel": "Brief",
                            "auteur": "Ambtenaar", "taal": "dut", "informatieobjecttype": iot,
                            "bestandsnaam": "brief.txt", "formaat": "text/plain"}
    if isinstance(inhoud, bytes):
        body["inhoud"] = base64.b64encode(inhoud).decode()
    elif isinstance(inhoud, str):  # sent as is (bad base64)
        body["inhoud"] = inhoud
    return {**body, **over}


async def make_eio(api: httpx.AsyncClient, h: dict[str, str], iot: str, inhoud: bytes | None = b"hallo wereld",
                   **over: Any) -> dict[str, Any]:
    r = await api.post(EIO, json=eio_body(iot, inhoud, **over), headers=h)
    assert r.status_code == 201, r.text
    result: dict[str, Any] = r.json()
    return result


async def lock(api: httpx.AsyncClient, h: dict[str, str], url: str) -> str:
    r = await api.post(f"{url}/lock", headers=h)
    assert r.status_code == 200, r.text
    value: str = r.json()["lock"]
    return value
