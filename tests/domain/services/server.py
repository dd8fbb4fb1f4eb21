"""A real local HTTP server for outbound-client tests: answers per path from a table, records every request
(method, path, headers, body), can answer a status, delay its answer, or answer JSON documents."""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: Any


@dataclass
class Api:
    base: str = ""
    routes: dict[str, tuple[int, Any]] = field(default_factory=dict)  # "[METHOD ]path" -> (status, body)
    default: tuple[int, Any] = (404, {"detail": "Niet gevonden."})
    delay: float = 0.0
    delays: dict[str, float] = field(default_factory=dict)  # per method
    seen: list[Seen] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def requests(self, method: str | None = None) -> list[Seen]:
        with self.lock:
            return [s for s in self.seen if method is None or s.method == method]


@contextlib.contextmanager
def api_server() -> Iterator[Api]:
    api = Api()

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            try:
                body: Any = json.loads(raw) if raw else None
            except ValueError:
                body = raw.decode()
            with api.lock:
                api.seen.append(Seen(self.command, self.path, dict(self.headers), body))
            wait = api.delays.get(self.command, api.delay)
            if wait:
                time.sleep(wait)
            path = self.path.split("?")[0]
            status, body = api.routes.get(f"{self.command} {path}", api.routes.get(path, api.default))
            data = b"" if status == 204 else body.encode() if isinstance(body, str) else json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = do_DELETE = do_PUT = do_PATCH = _answer

        def log_message(self, format: str, *args: Any) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    api.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield api
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
