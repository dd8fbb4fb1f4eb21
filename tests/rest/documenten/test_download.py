"""`download`: headers, Range over chunk boundaries, any version (versie, registratieOp), authorisation."""

from __future__ import annotations

import os
from urllib.parse import quote

import httpx

from tests.conftest import make_client
from tests.rest.documenten.factories import lock, make_eio, published_iot
from zgw.domain.documenten import content

DATA = os.urandom(3 * content.CHUNK_SIZE + 1234)  # four chunks, the last one short


async def test_headers_and_ranges_over_chunks(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    iot = await published_iot(api, superuser)
    eio = await make_eio(api, superuser, iot["url"], inhoud=DATA, bestandsnaam="offerte €.pdf",
                         formaat="application/pdf")
    url = f"{eio['url']}/download"
    r = await api.get(url, headers=superuser)
    assert r.status_code == 200 and r.content == DATA
    assert r.headers["content-type"] == "application/pdf"
    assert r.headers["content-length"] == str(len(DATA))
    assert r.headers["accept-ranges"] == "bytes"
    assert r.headers["content-disposition"] == f"attachment; filename=\"offerte ?.pdf\"; filename*=UTF-8''" \
                                              f"{quote('offerte €.pdf')}"
    size, n = len(DATA), content.CHUNK_SIZE
    cases = {f"bytes={n - 10}-{2 * n + 9}": (n - 10, 2 * n + 10),  # spans three chunks
             "bytes=0-0": (0, 1), f"bytes={n}-{n}": (n, n + 1), f"bytes={size - 1}-": (size - 1, size),
             f"bytes={3 * n}-": (3 * n, size), "bytes=-100": (size - 100, size),
             f"bytes=-{size + 50}": (0, size), f"bytes=10-{size + 1000}": (10, size)}
    for header, (start, end) in cases.items():
        r = await api.get(url, headers={**superuser, "Range": header})
        assert r.status_code == 206, header
        assert r.content == DATA[start:end], header
        assert r.headers["content-range"] == f"bytes {start}-{end - 1}/{size}", header
        assert r.headers["content-length"] == str(end - start), header
    for header in (f"bytes={size}-", "bytes=-0", "bytes=20-10"):
        r = await api.get(url, headers={**superuser, "Range": header})
        assert (r.status_code, r.headers["content-range"]) == (416, f"bytes */{size}"), header
    for header in ("bytes=0-1,5-6", "items=0-5", "bytes=a-b", "bytes=-"):  # not one byte range: the whole file
        r = await api.get(url, headers={**superuser, "Range": header})
        assert (r.status_code, len(r.content)) == (200, size), header


async def test_any_version(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    iot = await published_iot(api, superuser)
    eio = await make_eio(api, superuser, iot["url"], inhoud=b"een", formaat="", bestandsnaam="")
    lock_id = await lock(api, superuser, eio["url"])
    import base64

    v2 = (await api.patch(eio["url"], json={"inhoud": base64.b64encode(b"twee!").decode(), "bestandsnaam": "2.txt",
                                            "formaat": "text/plain", "lock": lock_id}, headers=superuser)).json()
    v3 = (await api.patch(eio["url"], json={"titel": "alleen metadata", "lock": lock_id}, headers=superuser)).json()
    assert (v2["versie"], v3["versie"]) == (2, 3)
    url = f"{eio['url']}/download"

    async def get(**params: object) -> httpx.Response:
        return await api.get(url, params=params, headers=superuser)

    r = await get(versie=1)
    assert (r.content, r.headers["content-type"], r.headers["content-disposition"]) == (
        b"een", "application/octet-stream", "attachment")
    assert (await get(versie=2)).content == b"twee!"
    r = await get()
    assert (r.content, r.headers["content-disposition"]) == (b"twee!", "attachment; filename=\"2.txt\"; "
                                                                       "filename*=UTF-8''2.txt")
    assert (await get(registratieOp=eio["beginRegistratie"])).content == b"een"
    assert (await get(registratieOp=v2["beginRegistratie"])).content == b"twee!"
    assert (await get(versie=5)).status_code == 404
    assert (await get(registratieOp="2000-01-01T00:00:00Z")).status_code == 404
    r = await get(registratieOp="morgen")
    assert r.status_code == 400
    assert await content.files().count_documents({}) == 2  # version 3 shares version 2's content
    r = await api.get(url, params={"versie": 1}, headers={**superuser, "Range": "bytes=1-"})
    assert (r.status_code, r.content) == (206, b"en")


async def test_download_is_authorised(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    iot = await published_iot(api, superuser)
    secret = await make_eio(api, superuser, iot["url"], vertrouwelijkheidaanduiding="geheim")
    public = await make_eio(api, superuser, iot["url"], vertrouwelijkheidaanduiding="openbaar")
    reader = await make_client("reader", autorisaties=[{
        "component": "drc", "scopes": ["documenten.lezen"], "informatieobjecttype": iot["url"].removeprefix(
            "http://testserver"), "max_vertrouwelijkheidaanduiding": "intern"}])
    assert (await api.get(f"{public['url']}/download", headers=reader)).content == b"hallo wereld"
    r = await api.get(f"{secret['url']}/download", headers=reader)
    assert (r.status_code, r.headers["content-type"]) == (403, "application/problem+json")
    r = await api.get(f"{public['url']}/download")
    assert r.status_code in (401, 403) and r.headers["content-type"] == "application/problem+json"
