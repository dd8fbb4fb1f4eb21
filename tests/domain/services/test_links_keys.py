"""A link to a document in an external Documenten API (a real local HTTP server standing in for it) reads
and writes the zaken collections only by `_id`, and the services registry not at all once it is cached."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from uuid import uuid4

import httpx
import pytest

from tests.domain.services.server import Api, api_server
from tests.perf.recorder import recorded
from tests.rest.documenten.sub.helpers import ZAKEN, linked_setup
from zgw.core.settings import Settings
from zgw.domain.services import client, registry


@pytest.fixture
def dms() -> Iterator[Api]:
    with api_server() as served:
        yield served


async def test_remote_link_paths_are_key_lookups(api: httpx.AsyncClient, superuser: dict[str, str], dms: Api,
                                                 settings: Settings, app_state: tuple[Any, dict[str, Any]]) -> None:
    client.reset()
    s = await linked_setup(api, superuser)
    root = f"{dms.base}/documenten/api/v1/"
    await registry.put({"identifier": "dms", "api_type": "drc", "api_root": root, "auth_type": "zgw",
                        "client_id": "gateway", "secret": "s"})
    eio = f"{root}enkelvoudiginformatieobjecten/{uuid4()}"
    oio = f"{root}objectinformatieobjecten/{uuid4()}"
    dms.routes[f"GET {eio.removeprefix(dms.base)}"] = (200, {
        "url": eio, "identificatie": "D1", "bronorganisatie": "517439943", "creatiedatum": "2024-03-01",
        "titel": "t", "auteur": "a", "taal": "nld", "informatieobjecttype": s.iot["url"]})
    dms.routes["POST /documenten/api/v1/objectinformatieobjecten"] = (201, {"url": oio})
    dms.routes[f"DELETE {oio.removeprefix(dms.base)}"] = (204, None)
    assert await registry.for_url(eio) is not None  # the registry cached in this process
    async with recorded(settings, app_state[1]) as recorder:
        with recorder.recording():
            r = await api.post(f"{ZAKEN}/zaakinformatieobjecten", json={"zaak": s.zaak["url"], "informatieobject": eio},
                               headers=superuser)
            assert r.status_code == 201, r.text
            assert (await api.get(r.json()["url"], headers=superuser)).json()["informatieobject"] == eio
            assert (await api.delete(r.json()["url"], headers=superuser)).status_code == 204
        ours = [(n, c, q) for n, c, q in recorder.scans() if c.startswith(("zaken", "services"))]
        assert ours == []
        assert not any(c == "services" for _, c, _ in recorder.commands)
    posted = dms.requests("POST")
    assert [p.body for p in posted] == [{"object": s.zaak["url"], "informatieobject": eio, "objectType": "zaak"}]
    assert posted[0].headers["Authorization"].startswith("Bearer ")
    assert [d.path for d in dms.requests("DELETE")] == [oio.removeprefix(dms.base)]
    client.reset()
