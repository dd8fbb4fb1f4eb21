"""Helpers of the import tests (no tests here): metadata CSVs, a base directory with files, an import run."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx

from zgw.domain.documenten.imports import runner
from zgw.domain.documenten.imports.columns import HEADERS

IMPORT = "http://testserver/documenten/api/v1/import"


def row(iot: str, bestandspad: str, **over: Any) -> dict[str, str]:
    values = {h: "" for h in HEADERS}
    values.update({"bronorganisatie": "517439943", "creatiedatum": "2024-03-01", "titel": "Brief",
                   "auteur": "Archief", "taal": "dut", "informatieobjecttype": iot, "bestandspad": bestandspad,
                   "bestandsnaam": "brief.txt", "formaat": "text/plain"})
    values.update({k: str(v) for k, v in over.items()})
    return values


def csv_text(rows: list[dict[str, str]], headers: list[str] | None = None) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    headers = headers or HEADERS
    writer.writerow(headers)
    for values in rows:
        writer.writerow([values.get(h, "") for h in headers])
    return out.getvalue()


def files(base: Path, count: int, size: int = 64) -> list[str]:
    """`count` small files under `base` (content "file <n>" padded to `size` bytes); their relative paths."""
    names = []
    for n in range(count):
        name = f"docs/{n % 10}/file-{n}.txt"
        target = base / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content_of(n, size))
        names.append(name)
    return names


def content_of(n: int, size: int = 64) -> bytes:
    return f"file {n} ".encode().ljust(size, b".")


async def started(api: httpx.AsyncClient, h: dict[str, str], text: str) -> UUID:
    r = await api.post(f"{IMPORT}/create", headers=h)
    assert r.status_code == 201, r.text
    import_id = UUID(r.json()["statusUrl"].split("/")[-2])
    r = await api.post(f"{IMPORT}/{import_id}/upload", content=text.encode(), headers={**h, "Content-Type": "text/csv"})
    assert r.status_code == 200, r.text
    return import_id


async def run_here(import_id: UUID, base: Path, redis: Any, batch_size: int = 3) -> str:
    """Run the import in this process (the same code the worker task runs)."""
    runner.configure(redis)
    return await runner.run(import_id, runner.Options(base_dir=str(base), batch_size=batch_size,
                                                      local_hosts=frozenset({"testserver"})))


def report_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))
