"""REST `expand` of a zaak's documents in an external Documenten API (a real local HTTP server standing in for
it): GET /zaken/{uuid} and the zaakinformatieobjecten list embed the remote object as it is answered, read the
zaken collections only by `_id` and the services registry not at all once cached, and fetch each document
once (a page of links to the same documents costs one fetch per document, the next request none)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from uuid import uuid4

import httpx
import pytest

from tests.domain.services.server import Api, api_server
from tests.perf.recorder import recorded
from tests.rest.documenten.sub.helpers import ZAKEN, linked_setup
from tests.rest.zaken.factories import make_zaak
from zgw.core.settings import Settings
from zgw.domain.services import client, registry

CRS = {"Accept-Crs": "EPSG:4326"}


@pytest.fixture
def dms() -> Iterator[Api]:
    with api_server() as served:
        yield served


def remote_eio(dms: Api, iot: str) -> dict[str, Any]:
    url = f"{dms.base}/documenten/api/v1/enkelvoudiginformatieobjecten/{uuid4()}"
    body = {"url": url, "identificatie": "D1", "bronorganisatie": "517439943", "creatiedatum": "2024-03-01",
            "titel": "t", "auteur": "a", "taal": "nld", "informatieobjecttype": iot}
    dms.routes[f"GET {url.removeprefix(dms.base)}"] = (200, body)
    return body


async def test_expand_of_remote_documents_is_key_lookups_and_one_fetch_each(
        api: httpx.AsyncClient, superuser: dict[str, str], dms: Api, settings: Settings,
        app_state: tuple[Any, dict[str, Any]]) -> None:
    client.reset()
    s = await linked_setup(api, superuser)
    await registry.put({"identifier": "dms", "api_type": "drc", "api_root": f"{dms.base}/documenten/api/v1/",
                        "auth_type": "zgw", "client_id": "gateway", "secret": "s"})
    dms.routes["POST /documenten/api/v1/objectinformatieobjecten"] = (
        201, {"url": f"{dms.base}/documenten/api/v1/objectinformatieobjecten/{uuid4()}"})
    docs = [remote_eio(dms, s.iot["url"]) for _ in range(2)]
    zaken = [s.zaak, await make_zaak(api, superuser, s.zaaktype["url"]), await make_zaak(api, superuser,
                                                                                       s.zaaktype["url"])]
    for zaak in zaken:  # every zaak links both documents: 6 links to 2 documents
        for doc in docs:
            r = await api.post(f"{ZAKEN}/zaakinformatieobjecten", json={"zaak": zaak["url"],
                                                                         "informatieobject": doc["url"]},
                               headers=superuser)
            assert r.status_code == 201, r.text
    client.reset()
    dms.seen.clear()
    assert await registry.for_url(docs[0]["url"]) is not None  # the registry cached in this process
    async with recorded(settings, app_state[1]) as recorder:
        with recorder.recording():
            listed = await api.get(f"{ZAKEN}/zaakinformatieobjecten", params={"expand": "informatieobject"},
                                   headers=superuser)
            assert listed.status_code == 200, listed.text
            assert sorted(x["_expand"]["informatieobject"]["url"] for x in listed.json()) == sorted(
                [d["url"] for d in docs] * 3)
            assert all(x["_expand"]["informatieobject"] == next(d for d in docs if d["url"] == x["informatieobject"])
                       for x in listed.json())
            one = await api.get(s.zaak["url"], params={"expand": "zaakinformatieobjecten.informatieobject"},
                                headers={**superuser, **CRS})
            assert one.status_code == 200, one.text
            assert sorted(z["_expand"]["informatieobject"]["url"] for z in one.json()["_expand"][
                "zaakinformatieobjecten"]) == sorted(d["url"] for d in docs)
        ours = [(n, c, q) for n, c, q in recorder.scans() if c.startswith(("zaken_zaken", "services"))]
        assert ours == []
        assert not any(c == "services" for _, c, _ in recorder.commands)
    # two documents, two fetches: the list's six links in one batch, the zaak's from the client's cache
    assert sorted(r.path for r in dms.requests("GET")) == sorted(d["url"].removeprefix(dms.base) for d in docs)
    client.reset()
