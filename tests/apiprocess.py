"""A real API process for end-to-end tests (crash tests kill it): `zgw serve` on a free port."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

from zgw.core.settings import PROJECT_ROOT, Settings

START_SECONDS = 120  # a loaded 2-core machine can take long to import and start the app


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve(settings: Settings, port: int, log: Path, **env: str) -> subprocess.Popen[bytes]:
    """Start the API on `port` against the test's database and Redis (plus `env`); return once it listens."""
    full = {**os.environ, "ENVIRONMENT": "test", "MONGODB_URI": settings.mongodb_uri, "MONGODB_DB": settings.mongodb_db,
            "REDIS_URL": settings.redis_url, **env}
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "zgw.gateway.cli", "serve", "--port", str(port)],
                                cwd=PROJECT_ROOT, env=full, stdout=out, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + START_SECONDS
    while True:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return proc
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise RuntimeError(f"API did not start:\n{log.read_text()}")
        time.sleep(0.1)
