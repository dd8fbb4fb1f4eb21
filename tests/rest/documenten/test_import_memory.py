"""The metadata CSV is streamed, never held whole: a 1,000,000-row file goes through the upload (into GridFS),
the worker's copy, the count and the row reading with a Python heap that stays small (tracemalloc)."""

from __future__ import annotations

import tracemalloc
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.rest.documenten.test_import_helpers import IMPORT
from zgw.domain.documenten import content
from zgw.domain.documenten.imports import runner, service
from zgw.domain.documenten.imports.columns import HEADERS
from zgw.domain.documenten.imports.documents import Import

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(580)]
ROWS = 1_000_000
LIMIT = 8 * 1024 * 1024  # bytes of Python heap at the peak; the file is ~60 MB


def _write(path: Path) -> int:
    line = ",517439943,2024-03-01,Brief,,Archief,,text/plain,dut,brief.txt,,docs/a.txt" + "," * 14 + "\n"
    with path.open("w") as out:
        out.write(",".join(HEADERS) + "\n")
        for n in range(ROWS):
            out.write(f"{n}{line}")
    return path.stat().st_size


async def _chunks(path: Path) -> AsyncIterator[bytes]:
    with path.open("rb") as handle:
        while piece := handle.read(64 * 1024):
            yield piece


async def test_a_million_rows_stream(api: httpx.AsyncClient, superuser: dict[str, str], tmp_path: Path,
                                     app_state: tuple[Any, dict[str, Any]]) -> None:
    source = tmp_path / "metadata.csv"
    size = _write(source)
    (tmp_path / "base").mkdir()
    r = await api.post(f"{IMPORT}/create", headers=superuser)
    import_id = r.json()["statusUrl"].split("/")[-2]

    tracemalloc.start()
    try:
        imp = await service.start(Import.model_fields["id"].annotation(import_id),  # type: ignore[misc]
                                  _chunks(source), base_dir=str(tmp_path / "base"), base_url="http://testserver")
        _, upload_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        copy = await runner._download(imp, str(tmp_path))
        counted = runner._count(copy)
        read = sum(1 for _ in runner._records(copy))
        _, worker_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    stored = await content.info(imp.csv_file or "")
    assert stored is not None and stored.length == size > 50 * 1024 * 1024
    assert counted == read == ROWS
    assert upload_peak < LIMIT, upload_peak
    assert worker_peak < LIMIT, worker_peak
