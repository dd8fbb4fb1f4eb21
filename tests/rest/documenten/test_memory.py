"""Memory of a real API process while a 64 MB document goes in as bestandsdelen (multipart PUTs, joined by
unlock) and out again (download, whole and as a Range): its resident set grows by far less than the file."""

from __future__ import annotations

import hashlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import make_client
from tests.rest.documenten.factories import eio_body, published_iot
from zgw.core.settings import PROJECT_ROOT, Settings

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(600)]
MB = 1024 * 1024
SIZE = 64 * MB
PART = 16 * MB  # DOCUMENTEN_UPLOAD_CHUNK_SIZE of the process: four parts
MAX_GROWTH = 40 * MB


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _rss(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError("no VmRSS")


class Peak:
    """The largest resident set of a process, sampled every 10 ms in a thread."""

    def __init__(self, pid: int) -> None:
        self.pid, self.peak, self._stop = pid, 0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, _rss(self.pid))
            time.sleep(0.01)

    def __enter__(self) -> Peak:
        self.peak = _rss(self.pid)
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()


@pytest.fixture
def api_process(settings: Settings, tmp_path: Path) -> Iterator[tuple[str, int]]:
    port = _free_port()
    env = {**os.environ, "ENVIRONMENT": "test", "MONGODB_URI": settings.mongodb_uri,
           "MONGODB_DB": settings.mongodb_db, "REDIS_URL": settings.redis_url, "APPLICATIE_CACHE_SECONDS": "0",
           "DOCUMENTEN_UPLOAD_CHUNK_SIZE": str(PART)}
    log = tmp_path / "api.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "zgw.gateway.cli", "serve", "--port", str(port)],
                                cwd=PROJECT_ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 120  # a loaded machine starts slowly
        while True:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"API did not start:\n{log.read_text()}")
            time.sleep(0.1)
        yield f"http://127.0.0.1:{port}", proc.pid
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _block(i: int) -> bytes:
    return hashlib.sha256(str(i).encode()).digest() * (MB // 32)  # 1 MB, different per index


def _part_file(tmp_path: Path, number: int, omvang: int) -> Path:
    """Part `number` (from 0) of `omvang` bytes (whole MBs), written to disk: the test holds 1 MB at a time."""
    path = tmp_path / f"deel{number}.bin"
    with path.open("wb") as f:
        for i in range(number * PART // MB, number * PART // MB + omvang // MB):
            f.write(_block(i))
    return path


async def _document(client: httpx.AsyncClient, h: dict[str, str], base: str, iot: str, tmp_path: Path,
                    size: int) -> tuple[str, str]:
    """Create, upload every part, unlock; the document's URL and the expected sha256."""
    r = await client.post(f"{base}/documenten/api/v1/enkelvoudiginformatieobjecten", headers=h,
                          json=eio_body(iot, inhoud=None, bestandsomvang=size, formaat="application/octet-stream"))
    assert r.status_code == 201, r.text
    eio = r.json()
    lock_id = eio["bestandsdelen"][0]["lock"]
    digest = hashlib.sha256()
    for number, part in enumerate(eio["bestandsdelen"]):
        path = _part_file(tmp_path, number, part["omvang"])
        with path.open("rb") as f:
            while block := f.read(MB):
                digest.update(block)
        with path.open("rb") as f:
            r = await client.put(part["url"], headers=h, data={"lock": lock_id}, files={"inhoud": ("deel.bin", f)})
        assert r.status_code == 200, r.text
        path.unlink()
    r = await client.post(f"{eio['url']}/unlock", headers=h, json={"lock": lock_id})
    assert r.status_code == 204, r.text
    return eio["url"], digest.hexdigest()


async def _download(client: httpx.AsyncClient, h: dict[str, str], url: str, **headers: str) -> tuple[int, str]:
    digest, length = hashlib.sha256(), 0
    async with client.stream("GET", f"{url}/download", headers={**h, **headers}) as r:
        assert r.status_code in (200, 206)
        async for piece in r.aiter_bytes():
            digest.update(piece)
            length += len(piece)
    return length, digest.hexdigest()


async def test_upload_and_download_of_64_mb_keep_the_process_small(
        api: httpx.AsyncClient, superuser: dict[str, str], api_process: tuple[str, int], tmp_path: Path) -> None:
    base, pid = api_process
    iot = (await published_iot(api, superuser))["url"].replace("http://testserver", base)
    h = await make_client("memory", superuser=True)
    async with httpx.AsyncClient(timeout=300) as client:
        # warm up every code path with a small document (imports, connection pools, first allocations)
        small, small_sha = await _document(client, h, base, iot, tmp_path, 3 * MB)
        assert await _download(client, h, small) == (3 * MB, small_sha)
        idle = _rss(pid)
        with Peak(pid) as upload:
            url, sha = await _document(client, h, base, iot, tmp_path, SIZE)
        with Peak(pid) as download:
            assert await _download(client, h, url) == (SIZE, sha)
            length, _ = await _download(client, h, url, Range=f"bytes={PART}-")
            assert length == SIZE - PART
    print(f"idle {idle / MB:.1f} MB, upload peak +{(upload.peak - idle) / MB:.1f} MB, "
          f"download peak +{(download.peak - idle) / MB:.1f} MB")
    assert upload.peak - idle < MAX_GROWTH
    assert download.peak - idle < MAX_GROWTH
