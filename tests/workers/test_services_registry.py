"""The worker process reads the external services registry as the API does: cached until the registry's Redis
version moves (zgw.domain.services.registry.configure in zgw.workers.app.run), not reloaded every few seconds.

A real child process initialises itself with the worker's own `run()` (the database, Redis and every domain
binding a Celery worker process gets on its first task) and looks services up on request; PyMongo command
monitoring in the child counts its reads of the `services` collection."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

import httpx

from zgw.core.settings import PROJECT_ROOT, Settings
from zgw.domain.services import registry

CHILD = r'''
import json, sys, time
from pymongo import monitoring

class Reads(monitoring.CommandListener):
    count = 0
    def started(self, event):
        if event.command_name == "find" and event.command.get("find") == "services":
            self.count += 1
    def succeeded(self, event): pass
    def failed(self, event): pass

reads = Reads()
monitoring.register(reads)
from zgw.workers.app import run
from zgw.domain.services import registry

url = sys.argv[1]

async def lookup():
    found = await registry.for_url(url)
    return found.id if found else None

print(json.dumps(["ready", run(lookup())]), flush=True)
for line in sys.stdin:
    seconds = float(line)
    reads.count = 0
    found, until = [], time.monotonic() + seconds
    while True:
        found.append(run(lookup()))
        if time.monotonic() >= until:
            break
        time.sleep(0.25)
    print(json.dumps([sorted(set(map(str, found))), reads.count]), flush=True)
'''

URL = "http://dms.example/documenten/api/v1/enkelvoudiginformatieobjecten/1"


def _start(settings: Settings) -> subprocess.Popen[str]:
    env = {**os.environ, "ENVIRONMENT": "test", "MONGODB_URI": settings.mongodb_uri,
           "MONGODB_DB": settings.mongodb_db, "REDIS_URL": settings.redis_url, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen([sys.executable, "-c", CHILD, URL], cwd=PROJECT_ROOT, env=env, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)


def _ask(proc: subprocess.Popen[str], seconds: float) -> Any:
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(f"{seconds}\n")
    proc.stdin.flush()
    return json.loads(proc.stdout.readline())


async def test_a_worker_sees_a_new_service_at_once_and_reads_none_while_cached(
        api: httpx.AsyncClient, settings: Settings) -> None:
    proc = _start(settings)
    try:
        assert proc.stdout is not None
        assert json.loads(proc.stdout.readline()) == ["ready", None]
        # longer than the old no-Redis lifetime of the cache: not one read of the registry
        assert registry.NO_REDIS_TTL < 4.0
        assert _ask(proc, 4.0) == [["None"], 0]
        # another process adds a service: the worker's next lookup sees it, with one read
        await registry.put({"identifier": "dms", "api_type": "drc", "api_root": "http://dms.example/documenten/api/v1/"})
        assert _ask(proc, 0) == [["dms"], 1]
        assert _ask(proc, 1.0) == [["dms"], 0]
        await registry.remove("dms")
        assert _ask(proc, 0) == [["None"], 1]
    finally:
        if proc.stdin is not None:
            proc.stdin.close()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
