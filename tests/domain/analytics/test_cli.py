"""`zgw analytics rebuild|compact|status` against real services."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import httpx

from tests.conftest import make_client
from tests.rest.zaken.factories import make_zaak, published_zaaktype
from zgw.core.settings import PROJECT_ROOT, Settings
from zgw.domain.analytics import feed, reader, statistiek, store
from zgw.domain.autorisaties.policy import Policy, Principal


async def _zgw(settings: Settings, copy_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ENVIRONMENT": "test", "MONGODB_URI": settings.mongodb_uri,
           "MONGODB_DB": settings.mongodb_db, "REDIS_URL": settings.redis_url, "ANALYTICS_DIR": str(copy_dir)}
    return await asyncio.to_thread(subprocess.run, [sys.executable, "-m", "zgw.gateway.cli", "analytics", *args],
                                   cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=120)


async def test_rebuild_compact_status(api: httpx.AsyncClient, settings: Settings, copy_dir: Path) -> None:
    h = await make_client("super", superuser=True)
    zaaktype = (await published_zaaktype(api, h))["url"]
    for _ in range(3):
        await make_zaak(api, h, zaaktype)
    missing = await _zgw(settings, copy_dir, "status")
    assert missing.returncode == 1 and "no analytics copy yet" in missing.stdout
    built = await _zgw(settings, copy_dir, "rebuild")
    assert built.returncode == 0, built.stdout + built.stderr
    assert "analytics copy rebuilt: 3 zaken" in built.stdout
    snapshot = await store.current()
    assert snapshot is not None and snapshot.count == 3 and snapshot.path().parent == copy_dir
    superuser = Policy(Principal(client_id="super", superuser=True))
    reader.reset()
    assert [g.count for g in await statistiek.statistiek(superuser, {}, [])] == [3]
    await make_zaak(api, h, zaaktype)
    await feed.pump()
    compacted = await _zgw(settings, copy_dir, "compact")
    assert compacted.returncode == 0 and "compacted" in compacted.stdout, compacted.stdout + compacted.stderr
    assert "4 zaken" in compacted.stdout
