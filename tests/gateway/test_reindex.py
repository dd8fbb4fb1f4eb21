"""`zgw reindex` (rebuild), `--check` (report every difference) and `--repair` against real services."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys

import httpx

from tests.rest.zaken.factories import published_zaaktype
from tests.rest.zaken.sub.helpers import ROOT
from zgw.core.settings import PROJECT_ROOT, Settings
from zgw.domain.zaken import indexing, listings


async def _zgw(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ENVIRONMENT": "test", "MONGODB_URI": settings.mongodb_uri,
           "MONGODB_DB": settings.mongodb_db, "REDIS_URL": settings.redis_url}
    return await asyncio.to_thread(subprocess.run, [sys.executable, "-m", "zgw.gateway.cli", *args], cwd=PROJECT_ROOT,
                                   env=env, capture_output=True, text=True, timeout=120)


async def test_reindex_check_repair(api: httpx.AsyncClient, superuser: dict[str, str], settings: Settings) -> None:
    assert await listings.get().ready()
    zaaktype = await published_zaaktype(api, superuser)
    ids = []
    for i in range(3):
        r = await api.post(f"{ROOT}/zaken", headers={**superuser, "Accept-Crs": "EPSG:4326",
                                                     "Content-Crs": "EPSG:4326"}, json={
            "zaaktype": zaaktype["url"], "bronorganisatie": "517439943", "verantwoordelijkeOrganisatie": "517439943",
            "startdatum": f"2024-03-0{i + 1}", "identificatie": f"R-{i}"})
        assert r.status_code == 201, r.text
        ids.append(r.json()["uuid"])

    ok = await _zgw(settings, "reindex", "--check")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "index equals the database" in ok.stdout

    # damage: one zaak's entries gone, one stale zaak, one stray member in a key set
    index = listings.get()
    await index.sync(ids[0], {})
    await index.sync("00000000-0000-0000-0000-000000000001", {"all": 1})
    gen = (await index.redis.get(f"{index.prefix}:gen") or b"0").decode()
    await index.redis.zadd(f"{index.prefix}:{gen}:{indexing.identificatie_key('R-1')}", {ids[2]: 3})
    bad = await _zgw(settings, "reindex", "--check")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    lines = bad.stdout.splitlines()
    assert "missing: 1" in lines and f"  {ids[0]}" in lines
    assert "stale: 1" in lines and "  00000000-0000-0000-0000-000000000001" in lines
    assert "strays: 1" in lines and f"  {indexing.identificatie_key('R-1')} {ids[2]}" in lines
    assert "wrong: 0" in lines

    fixed = await _zgw(settings, "reindex", "--repair")
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    assert fixed.stdout.rstrip().endswith("index equals the database")
    assert await indexing.check() == {"missing": [], "wrong": [], "stale": [], "strays": []}
    r = await api.get(f"{ROOT}/zaken", params={"identificatie": "R-0"},
                      headers={**superuser, "Accept-Crs": "EPSG:4326"})
    assert [z["uuid"] for z in r.json()["results"]] == [ids[0]]

    rebuilt = await _zgw(settings, "reindex")
    assert rebuilt.returncode == 0, rebuilt.stdout + rebuilt.stderr
    assert "zaken index rebuilt: 3 zaken" in rebuilt.stdout
    assert "3 / ~3 zaken" in rebuilt.stderr  # the progress line
    assert await indexing.check() == {"missing": [], "wrong": [], "stale": [], "strays": []}
