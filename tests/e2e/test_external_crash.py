"""Issue 14: a real API process of A killed between its two writes of a link to a document in B (the
zaakinformatieobject written, the objectinformatieobject in B not yet asked for): beat's link sweep, run by
a real Celery worker of A, rolls the link forward by creating the mirror in B."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from uuid import UUID

import httpx
import pytest

from tests.e2e.test_external_documenten import INTENTS, OIO, ZIO, remote_eio, setup_a
from tests.e2e.twoinstances import Pair
from zgw.domain.zaken import locks
from zgw.gateway.services import free_port, wait_for_port

pytestmark = pytest.mark.e2e


async def test_a_killed_writer_is_repaired_by_the_sweep(pair: Pair, tmp_path: Path) -> None:
    s = await setup_a(pair)
    eio = await remote_eio(pair, s.iot["url"])
    zaak_ref = f"/zaken/api/v1/zaken/{s.zaak['uuid']}"
    port = free_port()
    with pair.a.process(["serve", "--port", str(port)], tmp_path / "doomed.log",
                        ZGW_FAULT="between-remote-link-writes") as doomed:
        wait_for_port(port, doomed, "doomed API", timeout=60)
        async with httpx.AsyncClient(timeout=30) as client:
            with pytest.raises(httpx.HTTPError):  # the process dies before it answers
                await client.post(f"http://127.0.0.1:{port}/zaken/api/v1/zaakinformatieobjecten",
                                  json={"zaak": s.zaak["url"], "informatieobject": eio["url"]},
                                  headers=pair.a.headers)
        assert doomed.wait(30) == -9  # SIGKILL

    # what the kill left: the link named and written in A under its intent, nothing in B
    [intent] = await pair.a.rows(INTENTS)
    assert (intent["op"], intent["zaak_url"], intent["informatieobject"]) == ("create", s.zaak["url"], eio["url"])
    [zio] = await pair.a.rows(ZIO, {"zaak": zaak_ref})
    assert zio.get("remote_relatie") is None
    assert await pair.b.rows(OIO, {"object": s.zaak["url"]}) == []

    from zgw.workers.app import use_broker
    from zgw.workers.documenten_links import sweep_links

    use_broker(pair.a.env["REDIS_URL"])
    started = time.monotonic()
    with pair.a.process(["worker", "--concurrency", "1"], tmp_path / "worker.log"):
        while await pair.a.rows(INTENTS):
            assert time.monotonic() - started < locks.LOCK_TIMEOUT + 90, (tmp_path / "worker.log").read_text()[-3000:]
            sweep_links.delay()
            await asyncio.sleep(3)

    # whole: the mirror in B points at the zaak, A's link keeps its URL and is named by the zaak
    [mirror] = await pair.b.rows(OIO, {"object": s.zaak["url"]})
    assert mirror["object_type"] == "zaak"
    [zio] = await pair.a.rows(ZIO, {"zaak": zaak_ref})
    assert zio["remote_relatie"] == f"{pair.b.base}/documenten/api/v1/objectinformatieobjecten/{mirror['_id']}"
    [zaak] = await pair.a.rows("zaken_zaken", {"_id": UUID(s.zaak["uuid"])})
    assert zaak["zaakinformatieobjecten"] == [zio["_id"]]
    assert "zgw.outbound dms POST" in (tmp_path / "worker.log").read_text()
