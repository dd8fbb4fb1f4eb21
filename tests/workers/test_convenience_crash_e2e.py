"""A real API process killed between the writes of a convenience operation: zaak_registreren dies after the zaak and
its rollen, before its status (the beat sweep, in a real Celery worker, undoes it: no zaak, no rol, no audit, no
notification sent); zaak_opschorten dies after the zaak's PATCH, before its status (the next call on that zaak
restores the zaak first, then does its own work)."""

from __future__ import annotations

import asyncio
import subprocess
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.apiprocess import free_port, serve
from tests.conftest import make_client
from tests.rest.zaken.factories import CRS
from tests.rest.zaken.sub.helpers import ROOT, Setup, setup, zaak_doc
from tests.rest.zaken.sub.test_statussen import set_status
from zgw.core.settings import Settings
from zgw.domain.audit.documents import AuditRecord
from zgw.domain.notifications.documents import OutboxMessage
from zgw.domain.zaken import locks
from zgw.domain.zaken.documents import ConvenienceIntent, Rol, Status, Zaak

pytestmark = pytest.mark.e2e


def _doomed_api(settings: Settings, port: int, log: Path) -> subprocess.Popen[bytes]:
    return serve(settings, port, log, ZGW_FAULT="between-convenience-writes", APPLICATIE_CACHE_SECONDS="0")


async def _crash(settings: Settings, tmp_path: Path, path: str, body: dict[str, Any]) -> None:
    """POST `body` (URLs of http://testserver) to a real API process that kills itself halfway."""
    token = await make_client("crash-convenience", superuser=True)
    port = free_port()
    proc = _doomed_api(settings, port, tmp_path / "api.log")
    base = f"http://127.0.0.1:{port}"

    def moved(value: Any) -> Any:
        if isinstance(value, str):
            return value.replace("http://testserver", base)
        if isinstance(value, dict):
            return {k: moved(v) for k, v in value.items()}
        if isinstance(value, list):
            return [moved(v) for v in value]
        return value

    try:
        async with httpx.AsyncClient(timeout=30) as client:
            with pytest.raises(httpx.HTTPError):  # the process dies before it answers
                await client.post(f"{base}/zaken/api/v1/{path}", json=moved(body), headers={**token, **CRS})
        assert proc.wait(30) == -9, (tmp_path / "api.log").read_text()[-3000:]  # SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()


def _registratie(s: Setup) -> dict[str, Any]:
    return {"zaak": {"zaaktype": s.zaaktype["url"], "bronorganisatie": "517439943",
                     "verantwoordelijkeOrganisatie": "517439943", "startdatum": "2024-03-01"},
            "rollen": [{"betrokkeneType": "natuurlijk_persoon", "roltype": s.initiator["url"], "roltoelichting": "x",
                        "betrokkeneIdentificatie": {"inpBsn": "111222333"}}],
            "status": {"statustype": s.begin["url"], "datumStatusGezet": "2024-03-02T10:00:00Z"}}


async def test_a_killed_registratie_is_undone_by_the_sweep(api: httpx.AsyncClient, superuser: dict[str, str],
                                                            settings: Settings, worker: Path,
                                                            tmp_path: Path) -> None:
    from zgw.workers.app import use_broker
    from zgw.workers.convenience import sweep

    use_broker(settings.redis_url)
    s = await setup(api, superuser)
    zaken_before = await Zaak.find().count()
    await _crash(settings, tmp_path, "zaak_registreren", _registratie(s))

    # what the kill left: the zaak with its rol, no status, the intent naming the operation
    [intent] = await ConvenienceIntent.find().to_list()
    assert (intent.op, intent.new_zaak) == ("registreren", True)
    zaak = await Zaak.get(intent.zaak)
    assert zaak is not None and len(zaak.rollen) == 1 and zaak.statussen == [] and zaak.status is None
    assert await Rol.get(zaak.rollen[0]) is not None
    assert await AuditRecord.find({"hoofd_object_ref": zaak.ref}).count() == 2  # zaak, rol
    assert await OutboxMessage.find({"hoofd_object": {"$regex": str(zaak.id)}, "status": "pending"}).count() == 0

    # the sweep (beat's task, in a real worker) undoes it once the dead writer's lock expired
    started = time.monotonic()
    while await ConvenienceIntent.find().count():
        assert time.monotonic() - started < locks.LOCK_TIMEOUT + 60, worker.read_text()[-3000:]  # noqa: ASYNC240
        sweep.delay()
        await asyncio.sleep(2)
    assert await Zaak.get(intent.zaak) is None
    assert await Zaak.find().count() == zaken_before
    assert await Rol.get(zaak.rollen[0]) is None
    assert await AuditRecord.find({"hoofd_object_ref": zaak.ref}).count() == 0
    assert await OutboxMessage.find({"hoofd_object": {"$regex": str(zaak.id)}, "status": "pending"}).count() == 0
    listed = await api.get(f"{ROOT}/zaken", headers={**superuser, **CRS})
    assert zaak.ref not in [x["url"].removeprefix("http://testserver") for x in listed.json()["results"]]


async def test_a_killed_opschorting_is_undone_by_the_next_call(api: httpx.AsyncClient, superuser: dict[str, str],
                                                                settings: Settings, tmp_path: Path) -> None:
    s = await setup(api, superuser)
    zaak_url = s.zaak["url"]
    uuid = zaak_url.rsplit("/", 1)[1]
    assert (await set_status(api, superuser, zaak_url, s.begin["url"])).status_code == 201
    before = await zaak_doc(zaak_url)
    body = {"zaak": {"opschorting": {"indicatie": True, "reden": "eerste poging"}},
            "status": {"statustype": s.begin["url"], "datumStatusGezet": "2024-03-03T10:00:00Z"}}
    await _crash(settings, tmp_path, f"zaak_opschorten/{uuid}", body)

    half = await zaak_doc(zaak_url)  # the PATCH is written, the status is not
    assert half.opschorting is not None and half.opschorting.reden == "eerste poging"
    assert half.statussen == before.statussen
    assert (await ConvenienceIntent.find().to_list())[0].op == "opschorten"

    # the client's next call on the zaak (once the dead writer's lock expired) restores the zaak first
    started = time.monotonic()
    retry_body = {"zaak": {"opschorting": {"indicatie": True, "reden": "tweede poging"}},
                  "status": {"statustype": s.begin["url"], "datumStatusGezet": "2024-03-04T10:00:00Z"}}
    while True:
        retry = await api.post(f"{ROOT}/zaak_opschorten/{uuid}", headers=superuser, json=retry_body)
        if retry.status_code != 409:  # 409 while the dead writer's lock lives
            break
        assert time.monotonic() - started < locks.LOCK_TIMEOUT + 30
    assert retry.status_code == 200, retry.text
    after = await zaak_doc(zaak_url)
    assert after.opschorting is not None and after.opschorting.reden == "tweede poging"
    assert len(after.statussen) == len(before.statussen) + 1
    assert await Status.find({"zaak": before.ref}).count() == len(before.statussen) + 1
    assert await ConvenienceIntent.find().count() == 0
    trail = await AuditRecord.find({"hoofd_object_ref": before.ref, "resource": "zaak",
                                    "actie": "partial_update"}).to_list()
    assert [t.wijzigingen["nieuw"]["opschorting"]["reden"] for t in trail] == ["tweede poging"]
