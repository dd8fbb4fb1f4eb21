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

from zgw.core.settings import PROJECT_ROOT, Settings
from zgw.gateway import services

DATA_DIR = PROJECT_ROOT / ".data"
PREFERRED = {"mongo": 27117, "redis": 6389}


def _port(preferred: int) -> int:
    return preferred if port_is_free(preferred) else services.free_port()


def port_is_free(port: int, host: str = "127.0.0.1") -> bool:
    """Whether a server could listen on host:port now (SO_REUSEADDR as uvicorn: TIME_WAIT is free)."""
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError:
            return False
        return True


def api_port_problem(port: int) -> str | None:
    """A message for the newcomer when the API cannot listen on `port`, else None.

    Checked before anything starts: with the port taken, the API would die while a `curl` to the
    port reaches the other program.
    """
    if port_is_free(port):
        return None
    spare = next((p for p in range(port + 1, port + 100) if p <= 65535 and port_is_free(p)), None)
    hint = (f"Stop that program, or start on another port: make run PORT={spare}  "
            f"(or .venv/bin/zgw dev --port {spare})." if spare else "Stop that program, or choose another port.")
    return (f"Port {port} on 127.0.0.1 is already in use by another program (a `make run` in another terminal?),"
            f" so the API cannot listen there.\n"
            f"  Which program: ss -ltnp 'sport = :{port}'\n  {hint}")


def supervise(procs: dict[str, subprocess.Popen[bytes]], logs: Path, stop: dict[str, bool]) -> int:
    """Wait until `stop["now"]` (Ctrl-C) or a process ends by itself; 1 in the latter case, else 0."""
    while not stop["now"]:
        for name, proc in procs.items():
            if proc.poll() is not None:
                print(f"{name} stopped (exit {proc.returncode}); see {logs / (name + '.log')}", flush=True)
                return 1
        time.sleep(0.3)
    return 0


async def _bootstrap(settings: Settings, port: int) -> tuple[str, str]:
    from zgw.core.db import init_db
    from zgw.gateway.bootstrap import DEV_CLIENT_ID, ensure_applicatie

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
    """Exit status 0 after Ctrl-C; 1 when the port is taken or a process fails or ends by itself."""
    problem = api_port_problem(port)
    if problem:
        print(problem, file=sys.stderr, flush=True)
        return 1
    try:
        return _run_dev(port)
    except RuntimeError as exc:  # FerretDB, Redis or the API did not start
        print(f"{exc}; see the logs in {DATA_DIR}", file=sys.stderr, flush=True)
        return 1


def _run_dev(port: int) -> int:
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
        status = 1
        try:
            services.wait_for_port(port, procs["api"], "API", timeout=60)
            from zgw.core.auth import make_token

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
            status = supervise(procs, logs, stop)
        finally:
            for proc in procs.values():
                with contextlib.suppress(ProcessLookupError):
                    proc.send_signal(signal.SIGTERM)
            for proc in procs.values():
                try:
                    proc.wait(15)
                except subprocess.TimeoutExpired:
                    proc.kill()
            print("stopped." if status == 0 else "stopped (exit 1).", flush=True)
    return status
