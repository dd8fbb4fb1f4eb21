"""`zgw dev`: FerretDB, Redis, the API, a worker and beat on this machine, stopped together by Ctrl-C."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from zgw.gateway import services
from zgw.gateway.settings import PROJECT_ROOT, Settings

DATA_DIR = PROJECT_ROOT / ".data"
PREFERRED = {"mongo": 27117, "redis": 6389}


def _port(preferred: int) -> int:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", preferred))
            return preferred
        except OSError:
            return services.free_port()


async def _bootstrap(settings: Settings, port: int) -> tuple[str, str]:
    from zgw.gateway.bootstrap import DEV_CLIENT_ID, ensure_applicatie
    from zgw.gateway.db import init_db

    client = await init_db(settings)
    try:
        _, secret = await ensure_applicatie(DEV_CLIENT_ID, None, label="ZGW Gateway development", superuser=True,
                                            base_url=f"http://127.0.0.1:{port}")
        return DEV_CLIENT_ID, secret
    finally:
        await client.close()


def _spawn(args: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as out:
        return subprocess.Popen([sys.executable, "-m", "zgw.gateway.cli", *args], env=env,
                                stdout=out, stderr=subprocess.STDOUT, start_new_session=True)


def run_dev(port: int = 8000) -> int:
    DATA_DIR.mkdir(exist_ok=True)
    with services.local_services(DATA_DIR, mongo_port=_port(PREFERRED["mongo"]),
                                 redis_port=_port(PREFERRED["redis"])) as svc:
        env = {**os.environ, "MONGODB_URI": svc.mongodb_uri, "REDIS_URL": svc.redis_url,
               "ENVIRONMENT": os.environ.get("ENVIRONMENT", "development")}
        settings = Settings(mongodb_uri=svc.mongodb_uri, redis_url=svc.redis_url)
        client_id, secret = asyncio.run(_bootstrap(settings, port))
        logs = DATA_DIR / "logs"
        logs.mkdir(exist_ok=True)
        procs = {
            "api": _spawn(["serve", "--port", str(port)], env, logs / "api.log"),
            "worker": _spawn(["worker", "--concurrency", "1"], env, logs / "worker.log"),
            "beat": _spawn(["beat"], env, logs / "beat.log"),
        }
        try:
            services.wait_for_port(port, procs["api"], "API", timeout=60)
            from zgw.gateway.auth import make_token

            token = make_token(client_id, secret)
            base = f"http://127.0.0.1:{port}"
            print(f"""
ZGW Gateway runs on {base}/  (data in {DATA_DIR}, logs in {logs})
  MongoDB (FerretDB): {svc.mongodb_uri}   Redis: {svc.redis_url}

  client id : {client_id}
  secret    : {secret}
  JWT       : {token}
  (valid for an hour; a new one: .venv/bin/zgw token {client_id} {secret})

  curl -H "Authorization: Bearer {token}" {base}/autorisaties/api/v1/applicaties

Ctrl-C stops everything.""", flush=True)
            stop = {"now": False}

            def _stop(*_: object) -> None:
                stop["now"] = True

            signal.signal(signal.SIGINT, _stop)
            signal.signal(signal.SIGTERM, _stop)
            while not stop["now"]:
                for name, proc in procs.items():
                    if proc.poll() is not None:
                        print(f"{name} stopped (exit {proc.returncode}); see {logs / (name + '.log')}")
                        stop["now"] = True
                time.sleep(0.3)
        finally:
            for proc in procs.values():
                with contextlib.suppress(ProcessLookupError):
                    proc.send_signal(signal.SIGTERM)
            for proc in procs.values():
                try:
                    proc.wait(15)
                except subprocess.TimeoutExpired:
                    proc.kill()
            print("stopped.")
    return 0
