"""Start and stop the local FerretDB and Redis servers and the API (development, tests, fuzz, bench)."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from zgw.core.settings import PROJECT_ROOT

FERRETDB_BIN = PROJECT_ROOT / ".tools" / "bin" / "ferretdb"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for_port(port: int, proc: subprocess.Popen[bytes], name: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{name} exited with code {proc.returncode} during start-up")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return
        time.sleep(0.05)
    raise RuntimeError(f"{name} did not listen on port {port} within {timeout}s")


@dataclass
class Service:
    name: str
    port: int
    proc: subprocess.Popen[bytes]
    log: Path

    def stop(self, timeout: float = 10) -> None:
        if self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def start_ferretdb(data_dir: Path, port: int | None = None) -> Service:
    if not FERRETDB_BIN.exists():
        raise RuntimeError(f"{FERRETDB_BIN} is missing: run scripts/build-ferretdb.sh (make does)")
    port = port or free_port()
    (data_dir / "sqlite").mkdir(parents=True, exist_ok=True)
    (data_dir / "state").mkdir(parents=True, exist_ok=True)
    log = data_dir / "ferretdb.log"
    cmd = [
        str(FERRETDB_BIN),
        "--handler=sqlite",
        f"--sqlite-url=file:{data_dir / 'sqlite'}/",
        f"--state-dir={data_dir / 'state'}",
        f"--listen-addr=127.0.0.1:{port}",
        "--debug-addr=-",
        "--telemetry=disable",
        "--log-level=warn",
    ]
    # FerretDB's live heap is small and it allocates per row read: collecting when the heap grew by
    # 400% instead of 100% halves its GC work (100 zaken by `_id`: 35 -> 25 ms) for a few MB more memory.
    env = {**os.environ, "GOGC": os.environ.get("FERRETDB_GOGC", "400")}
    with log.open("ab") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, start_new_session=True, env=env)
    wait_for_port(port, proc, "FerretDB")
    return Service("ferretdb", port, proc, log)


def redis_binary() -> str:
    debian = "/usr/bin/redis-server"
    found = shutil.which("redis-server") or (debian if os.path.exists(debian) else None)
    if not found:
        raise RuntimeError("redis-server is missing: run scripts/install-redis.sh (make does)")
    return found


def start_redis(data_dir: Path, port: int | None = None, persist: bool = True) -> Service:
    port = port or free_port()
    data_dir.mkdir(parents=True, exist_ok=True)
    log = data_dir / "redis.log"
    cmd = [
        redis_binary(),
        "--bind", "127.0.0.1",
        "--port", str(port),
        "--dir", str(data_dir),
        "--daemonize", "no",
        "--protected-mode", "yes",
        "--save", "60 1" if persist else "",
        "--appendonly", "no",
    ]
    with log.open("ab") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    wait_for_port(port, proc, "Redis")
    wait_until_loaded(port, proc)
    return Service("redis", port, proc, log)


def wait_until_loaded(port: int, proc: subprocess.Popen[bytes], timeout: float = 300) -> None:
    """Redis listens before it has read its snapshot back and answers LOADING until then."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"Redis exited with code {proc.returncode} while loading its data")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 1) as conn:
            conn.sendall(b"PING\r\n")
            if conn.recv(64).startswith(b"+PONG"):
                return
        time.sleep(0.1)
    raise RuntimeError(f"Redis did not load its data within {timeout}s")


@dataclass
class LocalServices:
    """FerretDB and Redis on loopback, with their connection URLs."""

    ferretdb: Service
    redis: Service
    extra: list[Service] = field(default_factory=list)

    @property
    def mongodb_uri(self) -> str:
        return f"mongodb://127.0.0.1:{self.ferretdb.port}/"

    @property
    def redis_url(self) -> str:
        return f"redis://127.0.0.1:{self.redis.port}/0"

    def stop(self) -> None:
        for svc in [*self.extra, self.redis, self.ferretdb]:
            svc.stop()


@contextlib.contextmanager
def local_services(data_dir: Path, *, mongo_port: int | None = None, redis_port: int | None = None,
                   persist: bool = True) -> Iterator[LocalServices]:
    ferret = start_ferretdb(data_dir / "ferretdb", mongo_port)
    try:
        redis = start_redis(data_dir / "redis", redis_port, persist=persist)
    except BaseException:
        ferret.stop()
        raise
    services = LocalServices(ferret, redis)
    try:
        with _sigterm_as_exit():
            yield services
    finally:
        services.stop()


@contextlib.contextmanager
def _sigterm_as_exit() -> Iterator[None]:
    """A SIGTERM (kill, pkill) unwinds like Ctrl-C, so the services started here stop too; the
    default action ends the process at once and leaves them running."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def _exit(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, _exit)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextlib.contextmanager
def serve_api(services: LocalServices, settings_env: dict[str, str] | None = None, *,
              log: Path | None = None, timeout: float = 60, cwd: Path | None = None) -> Iterator[str]:
    """Run `zgw serve` against `services` on a free loopback port; yields its base URL.

    `settings_env` adds or overrides environment settings (MONGODB_DB, ...). Uvicorn binds only
    after the lifespan (Beanie init, indexes) has run, so a listening port means ready.
    """
    port = free_port()
    env = {**os.environ, "MONGODB_URI": services.mongodb_uri, "REDIS_URL": services.redis_url,
           **(settings_env or {})}
    cmd = [sys.executable, "-m", "zgw.gateway.cli", "serve", "--port", str(port)]
    with contextlib.ExitStack() as stack:
        out = stack.enter_context(log.open("ab")) if log else subprocess.DEVNULL
        proc = subprocess.Popen(cmd, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True, cwd=cwd)
        api = Service("api", port, proc, log or Path(os.devnull))
        stack.callback(api.stop)
        wait_for_port(port, proc, "API", timeout=timeout)
        yield f"http://127.0.0.1:{port}"
