"""Two live instances of the API on loopback, each with its own FerretDB database and Redis database:
A (Zaken, Catalogi) uses B as its Documenten API through a registered service, and B knows A as its
Zaken API (zrc) and Catalogi API (ztc). Each is configured by a real `zgw setup-config` run."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import yaml

from zgw.core.auth import make_token
from zgw.core.settings import PROJECT_ROOT
from zgw.gateway.services import free_port, wait_for_port

SECRET = "e2e-secret"


@dataclass
class Instance:
    name: str
    port: int
    env: dict[str, str]
    log: Path
    client_id: str  # the test's superuser on this instance
    proc: subprocess.Popen[bytes] | None = None
    started: list[float] = field(default_factory=list)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {make_token(self.client_id, SECRET)}"}

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Run a `zgw` command against this instance's database and Redis."""
        result = subprocess.run([sys.executable, "-m", "zgw.gateway.cli", *args], env=self.env, cwd=PROJECT_ROOT,
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, f"zgw {' '.join(args)}: {result.stdout}\n{result.stderr}"
        return result

    def setup_config(self, config: dict[str, Any], folder: Path) -> str:
        path = folder / f"{self.name}-config.yaml"
        path.write_text(yaml.safe_dump(config))
        return self.cli("setup-config", str(path)).stdout

    def start(self) -> None:
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "zgw.gateway.cli", "serve", "--port", str(self.port)], env=self.env,
                cwd=PROJECT_ROOT, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        wait_for_port(self.port, self.proc, f"API {self.name}", timeout=60)
        self.started.append(time.monotonic())

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    async def rows(self, collection: str, query: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Rows of this instance's database, read directly (what is really written)."""
        from pymongo import AsyncMongoClient

        client: AsyncMongoClient[dict[str, Any]] = AsyncMongoClient(self.env["MONGODB_URI"],
                                                                     uuidRepresentation="standard")
        try:
            return await client[self.env["MONGODB_DB"]][collection].find(query or {}).to_list()
        finally:
            await client.close()

    @contextlib.contextmanager
    def process(self, command: list[str], log: Path, **env: str) -> Iterator[subprocess.Popen[bytes]]:
        """Another process of this instance (a second API, a worker) with extra settings."""
        with log.open("ab") as out:
            proc = subprocess.Popen([sys.executable, "-m", "zgw.gateway.cli", *command], env={**self.env, **env},
                                    cwd=PROJECT_ROOT, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            yield proc
        finally:
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(15)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()

    def client(self) -> httpx.AsyncClient:
        """An HTTP client on this instance; the factories' http://testserver URLs go to it."""
        return httpx.AsyncClient(transport=_Rewrite(self.base), timeout=60)


class _Rewrite(httpx.AsyncBaseTransport):
    """Send requests for http://testserver to a live instance (the test factories name that host)."""

    def __init__(self, base: str) -> None:
        self.target = httpx.URL(base)
        self.inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.host == "testserver":
            request.url = request.url.copy_with(scheme=self.target.scheme, host=self.target.host,
                                                port=self.target.port)
            request.headers["Host"] = f"{self.target.host}:{self.target.port}"
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def _env(mongodb_uri: str, redis_url: str, db: str, redis_db: int, port: int) -> dict[str, str]:
    """An instance's settings; its URLs are always its own (OPENZAAK_DOMAIN), whichever process serves them."""
    redis = redis_url.rsplit("/", 1)[0] + f"/{redis_db}"
    return {**os.environ, "ENVIRONMENT": "test", "MONGODB_URI": mongodb_uri, "MONGODB_DB": db, "REDIS_URL": redis,
            "APPLICATIE_CACHE_SECONDS": "0", "NOTIFICATIES_API_ROOT": "", "OPENZAAK_DOMAIN": f"http://127.0.0.1:{port}"}


def superuser(client_id: str) -> dict[str, Any]:
    return {"client_id": client_id, "secret": SECRET, "label": client_id, "heeft_alle_autorisaties": True}


def service(slug: str, api_type: str, api_root: str, client_id: str, **extra: Any) -> dict[str, Any]:
    return {"identifier": slug, "label": slug, "api_type": api_type, "api_root": api_root, "auth_type": "zgw",
            "client_id": client_id, "secret": SECRET, "user_id": client_id, "user_representation": "ZGW Gateway",
            "timeout": 5, **extra}


@dataclass
class Pair:
    a: Instance
    b: Instance
    folder: Path

    def a_config(self, **dms: Any) -> dict[str, Any]:
        return {"applicaties": [superuser("a-tests"), superuser("b-on-a")],
                "zgw_consumers_config_enable": True,
                "zgw_consumers": {"services": [service("dms", "drc", f"{self.b.base}/documenten/api/v1/", "a-on-b",
                                                       **dms)]}}

    def b_config(self) -> dict[str, Any]:
        return {"applicaties": [superuser("b-tests"), superuser("a-on-b")],
                "zgw_consumers_config_enable": True,
                "zgw_consumers": {"services": [
                    service("zaken-a", "zrc", f"{self.a.base}/zaken/api/v1/", "b-on-a"),
                    service("catalogi-a", "ztc", f"{self.a.base}/catalogi/api/v1/", "b-on-a")]}}


@contextlib.contextmanager
def two_instances(mongodb_uri: str, redis_url: str, folder: Path) -> Iterator[Pair]:
    suffix = str(os.getpid())
    port_a, port_b = free_port(), free_port()
    a = Instance("a", port_a, _env(mongodb_uri, redis_url, f"zgw_e2e_a_{suffix}", 1, port_a), folder / "a.log",
                 "a-tests")
    b = Instance("b", port_b, _env(mongodb_uri, redis_url, f"zgw_e2e_b_{suffix}", 2, port_b), folder / "b.log",
                 "b-tests")
    pair = Pair(a, b, folder)
    a.setup_config(pair.a_config(), folder)
    b.setup_config(pair.b_config(), folder)
    try:
        a.start()
        b.start()
        yield pair
    finally:
        a.stop()
        b.stop()
