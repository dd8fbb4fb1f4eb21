"""`expand` follows URLs under registered services (zgw.domain.zaken.resolve), against a real local HTTP
server: one GET per distinct URL, the remote JSON embedded as answered (and expandable further), a refusal
(401/403) left out, a missing or unreachable object an expand-not-found, a URL under no service too."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from tests.domain.services.server import Api, api_server
from zgw.domain.autorisaties.policy import Policy, Principal
from zgw.domain.services import client, registry
from zgw.domain.zaken import resolve

BASE = "http://testserver"
POLICY = Policy(Principal(client_id="super", superuser=True))
EIO = "enkelvoudiginformatieobjecten"


@pytest.fixture
def dms() -> Iterator[Api]:
    with api_server() as served:
        yield served


@pytest.fixture
async def remote_apis(api: httpx.AsyncClient, dms: Api) -> AsyncIterator[Api]:
    client.reset()
    registry.forget()
    await registry.put({"identifier": "dms", "api_type": "drc", "api_root": f"{dms.base}/documenten/api/v1/",
                        "auth_type": "zgw", "client_id": "gateway", "secret": "geheim"})
    await registry.put({"identifier": "ztc", "api_type": "ztc", "api_root": f"{dms.base}/catalogi/api/v1/"})
    yield dms
    client.reset()


def eio(dms: Api, n: int, **extra: Any) -> dict[str, Any]:
    url = f"{dms.base}/documenten/api/v1/{EIO}/{n}"
    body = {"url": url, "titel": f"doc {n}", "informatieobjecttype": f"{dms.base}/catalogi/api/v1/iot/1", **extra}
    dms.routes[url.removeprefix(dms.base)] = (200, body)
    return body


def links(*urls: str) -> list[dict[str, Any]]:
    return [{"url": f"{BASE}/zaken/api/v1/zaakinformatieobjecten/{i}", "informatieobject": u}
            for i, u in enumerate(urls)]


async def expand(bodies: list[dict[str, Any]], value: str) -> None:
    await resolve.expand(bodies, resolve.parse(value), base=BASE, policy=POLICY, renderer=None)


def gets(dms: Api) -> list[str]:
    return [s.path for s in dms.requests("GET")]


async def test_remote_objects_are_fetched_once_each_and_embedded_as_answered(remote_apis: Api) -> None:
    one, two = eio(remote_apis, 1), eio(remote_apis, 2)
    remote_apis.routes["/catalogi/api/v1/iot/1"] = (200, {"url": f"{remote_apis.base}/catalogi/api/v1/iot/1",
                                                       "omschrijving": "brief"})
    bodies = links(one["url"], two["url"], one["url"], None)  # type: ignore[arg-type]
    await expand(bodies, "informatieobject.informatieobjecttype")
    expected_iot = {"url": f"{remote_apis.base}/catalogi/api/v1/iot/1", "omschrijving": "brief"}
    assert [b["_expand"]["informatieobject"] for b in bodies] == [
        {**one, "_expand": {"informatieobjecttype": expected_iot}},
        {**two, "_expand": {"informatieobjecttype": expected_iot}},
        {**one, "_expand": {"informatieobjecttype": expected_iot}}, None]
    # three distinct URLs over two levels: three GETs, with the service's credentials
    assert sorted(gets(remote_apis)) == ["/catalogi/api/v1/iot/1", f"/documenten/api/v1/{EIO}/1",
                                         f"/documenten/api/v1/{EIO}/2"]
    assert all(s.headers["Authorization"].startswith("Bearer ")
               for s in remote_apis.requests("GET") if s.path.startswith("/documenten"))
    assert all("Authorization" not in s.headers for s in remote_apis.requests("GET") if s.path.startswith("/catalogi"))
    # the next request comes from the client's cache; embedding did not change the cached objects
    again = links(one["url"])
    await expand(again, "informatieobject")
    assert again[0]["_expand"]["informatieobject"] == one and "_expand" not in one
    assert len(gets(remote_apis)) == 3


async def test_a_refused_object_is_left_out(remote_apis: Api) -> None:
    shown = eio(remote_apis, 1)
    hidden = f"{remote_apis.base}/documenten/api/v1/{EIO}/2"
    remote_apis.routes[hidden.removeprefix(remote_apis.base)] = (403, {"code": "permission_denied"})
    bodies = [{"url": f"{BASE}/x/1", "informatieobject": hidden},
              {"url": f"{BASE}/x/2", "documenten": [hidden, shown["url"]]}]
    await expand(bodies[:1], "informatieobject")
    await expand(bodies[1:], "documenten")
    assert bodies[0]["_expand"] == {"informatieobject": None}
    assert bodies[1]["_expand"] == {"documenten": [shown]}


@pytest.mark.parametrize("answer", [(404, {"detail": "Niet gevonden."}), (500, {}), (200, "geen json object")])
async def test_a_missing_or_broken_object_cannot_be_expanded(remote_apis: Api, answer: tuple[int, Any]) -> None:
    url = f"{remote_apis.base}/documenten/api/v1/{EIO}/9"
    remote_apis.routes[url.removeprefix(remote_apis.base)] = answer
    with pytest.raises(resolve.ExpandFailed) as failed:
        await expand(links(url), "informatieobject")
    assert failed.value.code == "expand-not-found"


async def test_an_unreachable_service_or_a_url_under_none_cannot_be_expanded(remote_apis: Api,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(client, "BACKOFF", 0.0)
    await registry.put({"identifier": "down", "api_type": "drc", "api_root": "http://127.0.0.1:9/documenten/api/v1/",
                        "timeout": 2, "connect_timeout": 1})
    for url in ("http://127.0.0.1:9/documenten/api/v1/enkelvoudiginformatieobjecten/1",
                "http://nowhere.example/documenten/api/v1/enkelvoudiginformatieobjecten/1"):
        with pytest.raises(resolve.ExpandFailed) as failed:
            await expand(links(url), "informatieobject")
        assert failed.value.code == "expand-not-found"
    assert gets(remote_apis) == []


async def test_an_attribute_the_remote_object_lacks_is_expand_not_found(remote_apis: Api) -> None:
    one = eio(remote_apis, 1)
    with pytest.raises(resolve.ExpandFailed):
        await expand(links(one["url"]), "informatieobject.onbekend")


async def test_relevante_andere_zaken_in_another_zaken_api(remote_apis: Api) -> None:
    await registry.put({"identifier": "zrc", "api_type": "zrc", "api_root": f"{remote_apis.base}/zaken/api/v1/"})
    other = {"url": f"{remote_apis.base}/zaken/api/v1/zaken/1", "identificatie": "ZAAK-ELDERS"}
    remote_apis.routes["/zaken/api/v1/zaken/1"] = (200, other)
    bodies = [{"url": f"{BASE}/zaken/api/v1/zaken/2",
               "relevanteAndereZaken": [{"url": other["url"], "aardRelatie": "vervolg"}]}]
    await expand(bodies, "relevanteAndereZaken")
    assert bodies[0]["_expand"] == {"relevanteAndereZaken": [other]}
