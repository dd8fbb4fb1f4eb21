"""A besluittype in an external Catalogi API (a real local HTTP server standing in for it, registered as ztc):
brc-001 reads it there (published, the right kind), and authorisation by besluittype compares its URL."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any
from uuid import uuid4

import httpx
import pytest

from tests.conftest import make_client
from tests.domain.services.server import Api, api_server
from tests.rest.besluiten.factories import BESLUITEN, besluit_body, world
from zgw.domain.besluiten.documents import Besluit
from zgw.domain.services import client, registry


@pytest.fixture
def ztc() -> Iterator[Api]:
    with api_server() as served:
        yield served


@pytest.fixture
async def fresh(api: httpx.AsyncClient) -> AsyncIterator[None]:
    client.reset()
    yield
    client.reset()


async def _remote_type(api: httpx.AsyncClient, h: dict[str, str], ztc: Api, local: str, **over: Any) -> str:
    """A copy of a local besluittype's JSON served by the external Catalogi API under its own URL."""
    data = (await api.get(local, headers=h)).json()
    url = f"{ztc.base}/catalogi/api/v1/besluittypen/{uuid4()}"
    ztc.routes[f"GET {url.removeprefix(ztc.base)}"] = (200, {**data, "url": url, **over})
    return url


async def test_a_remote_besluittype(api: httpx.AsyncClient, superuser: dict[str, str], ztc: Api,
                                    fresh: None) -> None:
    await registry.put({"identifier": "ztc", "api_type": "ztc", "api_root": f"{ztc.base}/catalogi/api/v1/",
                        "auth_type": "zgw", "client_id": "gateway", "secret": "s", "timeout": 2})
    w = await world(api, superuser)
    remote = await _remote_type(api, superuser, ztc, w.besluittype)
    concept = await _remote_type(api, superuser, ztc, w.besluittype, concept=True)
    zaaktype = f"{ztc.base}/catalogi/api/v1/zaaktypen/{uuid4()}"  # answers a besluittype: the wrong kind
    ztc.routes[f"GET {zaaktype.removeprefix(ztc.base)}"] = (200, {"url": zaaktype, "omschrijving": "x"})
    missing = f"{ztc.base}/catalogi/api/v1/besluittypen/{uuid4()}"

    r = await api.post(BESLUITEN, json=besluit_body(remote), headers=superuser)
    assert r.status_code == 201, r.text
    assert r.json()["besluittype"] == remote
    [stored] = await Besluit.find_all().to_list()
    assert stored.besluittype == remote
    for url, expected in ((concept, "not-published"), (zaaktype, "invalid-resource"), (missing, "bad-url")):
        r = await api.post(BESLUITEN, json=besluit_body(url), headers=superuser)
        assert r.status_code == 400, r.text
        assert [(p["name"], p["code"]) for p in r.json()["invalidParams"]] == [("besluittype", expected)], url
    assert len(await Besluit.find_all().to_list()) == 1

    # authorisation by besluittype: the autorisatie names the remote URL
    maker = await make_client("maker", autorisaties=[{"component": "brc", "besluittype": remote,
                                                      "scopes": ["besluiten.aanmaken", "besluiten.lezen"]}])
    r = await api.post(BESLUITEN, json=besluit_body(remote), headers=maker)
    assert r.status_code == 201, r.text
    assert (await api.post(BESLUITEN, json=besluit_body(w.besluittype), headers=maker)).status_code == 403
    listed = (await api.get(BESLUITEN, params={"besluittype": remote}, headers=maker)).json()
    assert listed["count"] == 2 and {b["besluittype"] for b in listed["results"]} == {remote}
    assert (await api.get(BESLUITEN, headers=maker)).json()["count"] == 2
