"""`zgw import CSV`: the same import from the command line, with a progress line and the report."""

from __future__ import annotations

import asyncio
import csv
import os
import sys
from pathlib import Path

import httpx
import pytest

from tests.rest.documenten.factories import published_iot
from tests.rest.documenten.test_import_helpers import csv_text, files, row
from zgw.core.settings import PROJECT_ROOT, Settings
from zgw.domain.documenten.documents import EnkelvoudigInformatieObject
from zgw.domain.documenten.imports.columns import IMPORTED, NOT_IMPORTED
from zgw.domain.documenten.imports.documents import Import, ImportSlot

pytestmark = pytest.mark.e2e


async def _zgw(settings: Settings, *args: str) -> tuple[int, str, str]:
    env = {**os.environ, "ENVIRONMENT": "test", "MONGODB_URI": settings.mongodb_uri, "MONGODB_DB": settings.mongodb_db,
           "REDIS_URL": settings.redis_url}
    proc = await asyncio.create_subprocess_exec(sys.executable, "-m", "zgw.gateway.cli", *args, cwd=PROJECT_ROOT,
                                                env=env, stdout=asyncio.subprocess.PIPE,
                                                stderr=asyncio.subprocess.PIPE)
    out, err = await asyncio.wait_for(proc.communicate(), 120)
    return int(proc.returncode or 0), out.decode(), err.decode()


async def test_zgw_import_runs_an_import_with_progress(api: httpx.AsyncClient, superuser: dict[str, str],
                                                       settings: Settings, tmp_path: Path) -> None:
    base = tmp_path / "base"
    base.mkdir()
    iot = (await published_iot(api, superuser))["url"]
    paths = files(base, 30)
    metadata = tmp_path / "metadata.csv"
    metadata.write_text(csv_text([row(iot, p, titel=f"stuk {n}") for n, p in enumerate(paths)]
                                 + [row(iot, "../buiten.txt")]))
    code, out, err = await _zgw(settings, "import", str(metadata), "--base-dir", str(base), "--batch-size", "7")
    assert code == 0, err
    assert "rows/s" in err and "ETA" in err and "31/31 rows" in err
    assert "finished: 31 rows, 30 imported, 1 not imported" in out
    report = list(csv.DictReader((tmp_path / "metadata.csv.report.csv").open()))
    assert [r["resultaat"] for r in report] == [IMPORTED] * 30 + [NOT_IMPORTED]
    assert await EnkelvoudigInformatieObject.count() == 30
    imp = (await Import.find_all().to_list())[0]
    assert (imp.status, imp.processed_successfully, imp.processed_invalid) == ("finished", 30, 1)
    assert await ImportSlot.count() == 0

    # one import at a time, also from the command line
    r = await api.post("http://testserver/documenten/api/v1/import/create", headers=superuser)
    assert r.status_code == 201
    code, out, err = await _zgw(settings, "import", str(metadata), "--base-dir", str(base))
    assert code == 1 and "existing-import-started" in err
    r = await api.delete(r.json()["statusUrl"].replace("/status", "/delete"), headers=superuser)
    assert r.status_code == 204
    code, out, err = await _zgw(settings, "import", str(metadata), "--base-dir", str(base / "nope"))
    assert code == 1 and "import-dir-not-found" in err
    assert await Import.count() == 1 and await ImportSlot.count() == 0  # the refused import did not stay
