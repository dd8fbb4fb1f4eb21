"""The README's curl walk-through (a zaak with a document and a besluit) runs as written, with bash, curl and
jq, against a real API process; then the database holds exactly what it describes."""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import make_client
from zgw.core.settings import PROJECT_ROOT, Settings
from zgw.domain.besluiten.documents import Besluit, BesluitInformatieObject, ZaakBesluit
from zgw.domain.documenten.objectinformatieobjecten import ObjectInformatieObject
from zgw.domain.zaken.documents import Zaak
from zgw.domain.zaken.zaakinformatieobjecten import ZaakInformatieObject

pytestmark = pytest.mark.e2e


def walkthrough() -> str:
    text = (PROJECT_ROOT / "README.md").read_text()
    found = re.search(r"<!-- walkthrough:start -->\n```sh\n(.*?)```\n<!-- walkthrough:end -->", text, re.DOTALL)
    assert found is not None, "the README lost its walk-through"
    return found.group(1)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _api(settings: Settings, port: int, log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "ENVIRONMENT": "test", "MONGODB_URI": settings.mongodb_uri, "MONGODB_DB": settings.mongodb_db,
           "REDIS_URL": settings.redis_url, "APPLICATIE_CACHE_SECONDS": "0"}
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "zgw.gateway.cli", "serve", "--port", str(port)],
                                cwd=PROJECT_ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 120  # a loaded machine starts slowly
    while True:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return proc
        if proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"API did not start:\n{log.read_text()}")
        time.sleep(0.1)


@pytest.mark.skipif(not (shutil.which("curl") and shutil.which("jq")), reason="the walk-through needs curl and jq")
async def test_readme_walkthrough_runs(api: httpx.AsyncClient, settings: Settings, tmp_path: Path) -> None:
    headers = await make_client("readme", superuser=True)
    token = headers["Authorization"].removeprefix("Bearer ")
    port = _free_port()
    proc = _api(settings, port, tmp_path / "api.log")
    try:
        run = await asyncio.create_subprocess_exec(
            "bash", "-euo", "pipefail", "-c", walkthrough(), stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE, env={**os.environ, "BASE": f"http://127.0.0.1:{port}", "TOKEN": token})
        out, err = await asyncio.wait_for(run.communicate(), 90)
    finally:
        proc.terminate()
        proc.wait(15)
    assert run.returncode == 0, (out.decode(), err.decode(), (tmp_path / "api.log").read_text()[-3000:])
    # what the last three commands print
    decoder, text, values = json.JSONDecoder(), out.decode(), []
    at = 0
    while at < len(text.strip()):
        value, at = decoder.raw_decode(text, at)
        values.append(value)
        while at < len(text) and text[at].isspace():
            at += 1
    [besluit] = await Besluit.find({}).to_list()
    [zaak] = await Zaak.find({}).to_list()
    base = f"http://127.0.0.1:{port}"
    assert values == [{"identificatie": besluit.identificatie, "zaak": zaak.identificatie},
                      [f"{base}{besluit.ref}"], values[2]]
    assert sorted(values[2]) == ["besluit", "zaak"]
    assert besluit.identificatie.startswith("BESLUIT-") and besluit.identificatie.endswith("-0000000001")
    assert besluit.zaak == zaak.ref
    [bio] = await BesluitInformatieObject.find({}).to_list()
    [zio] = await ZaakInformatieObject.find({}).to_list()
    assert bio.informatieobject == zio.informatieobject and bio.besluit == besluit.ref
    assert await ZaakBesluit.find({"zaak": zaak.ref}).count() == 1
    assert sorted(o.object_type for o in await ObjectInformatieObject.find({}).to_list()) == ["besluit", "zaak"]
