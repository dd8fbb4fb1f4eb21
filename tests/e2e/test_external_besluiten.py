"""Issue 14: instance A's Besluiten API with its zaak, besluittype and document in instance B (both live,
each its own database).

A registers B as its Zaken (zrc), Catalogi (ztc) and Documenten (drc) API; B registers A as its Besluiten
API (brc). A besluit of A names a zaak of B and a besluittype of B's catalogue (brc-007 is read through B's
zaaktype); brc-006's mirror is the zaakbesluit A makes in B (B reads the besluit back from A before it
accepts); a besluitinformatieobject of A for a document of B has its objectinformatieobject (objectType
besluit) in B (B checks with A). Failures (B down, B answering 500, B slower than the timeout, wrong
credentials) are refused with Open Zaak's codes and leave nothing half written on either side; a process of
A killed between the besluit and its zaakbesluit is repaired by a real worker's sweep."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

import httpx
import pytest

from tests.domain.services.server import Api, api_server
from tests.e2e.test_external_documenten import remote_eio
from tests.e2e.twoinstances import Pair, service
from tests.rest.besluiten.factories import World, besluit_body, world
from tests.rest.zaken.factories import make_zaak
from zgw.domain.besluiten import locks
from zgw.gateway.services import free_port, wait_for_port

pytestmark = pytest.mark.e2e

BESLUITEN = "besluiten_besluiten"
BIOS = "besluiten_besluitinformatieobjecten"
INTENTS = "besluiten_intents"
IDENTIFICATIES = "besluiten_identificaties"
ZAAKBESLUITEN = "besluiten_zaakbesluiten"
PER_ZAAK = "besluiten_per_zaak"
OIO = "documenten_objectinformatieobjecten"


def a_config(pair: Pair) -> dict[str, Any]:
    config = pair.a_config()
    config["zgw_consumers"]["services"] += [
        service("zaken-b", "zrc", f"{pair.b.base}/zaken/api/v1/", "a-on-b"),
        service("catalogi-b", "ztc", f"{pair.b.base}/catalogi/api/v1/", "a-on-b")]
    return config


def b_config(pair: Pair) -> dict[str, Any]:
    config = pair.b_config()
    config["zgw_consumers"]["services"].append(service("besluiten-a", "brc", f"{pair.a.base}/besluiten/api/v1/",
                                                       "b-on-a"))
    return config


@pytest.fixture(scope="module")
def two(pair: Pair) -> Pair:
    pair.a.setup_config(a_config(pair), pair.folder)
    pair.b.setup_config(b_config(pair), pair.folder)
    return pair


class InB:
    """B's side of a scenario: a published catalogue (besluittype in its zaaktype), a zaak and a document."""

    def __init__(self, w: World, zaak: dict[str, Any], eio: dict[str, Any]) -> None:
        self.world, self.zaak, self.eio = w, zaak, eio


async def setup_b(pair: Pair) -> InB:
    async with pair.b.client() as b:
        w = await world(b, pair.b.headers)
        zaak = await make_zaak(b, pair.b.headers, w.zaaktype)
    eio = await remote_eio(pair, w.iot)
    return InB(w, zaak, eio)


def ref_of(url: str) -> str:
    return "/besluiten/api/v1/besluiten/" + url.rsplit("/", 1)[-1]


def besluiten_url(pair: Pair) -> str:
    return f"{pair.a.base}/besluiten/api/v1/besluiten"


def bios_url(pair: Pair) -> str:
    return f"{pair.a.base}/besluiten/api/v1/besluitinformatieobjecten"


def oios_url(pair: Pair) -> str:
    return f"{pair.b.base}/documenten/api/v1/objectinformatieobjecten"


async def create_besluit(pair: Pair, besluittype: str, **over: Any) -> Any:
    async with pair.a.client() as a:
        return await a.post(besluiten_url(pair), json=besluit_body(besluittype, **over), headers=pair.a.headers)


async def link(pair: Pair, besluit: str, eio: str) -> Any:
    async with pair.a.client() as a:
        return await a.post(bios_url(pair), json={"besluit": besluit, "informatieobject": eio},
                            headers=pair.a.headers)


def refusal(response: Any) -> list[tuple[str, str]]:
    assert response.status_code == 400, response.text
    return [(p["name"], p["code"]) for p in response.json()["invalidParams"]]


async def b_zaakbesluiten(pair: Pair, zaak_url: str) -> list[dict[str, Any]]:
    async with pair.b.client() as b:
        r = await b.get(f"{zaak_url}/besluiten", headers=pair.b.headers)
    assert r.status_code == 200, r.text
    result: list[dict[str, Any]] = r.json()
    return result


async def assert_nothing_for(pair: Pair, zaak_url: str) -> None:
    """Neither side holds anything of a besluit on this zaak: no besluit, intent or key in A, no zaakbesluit
    in B."""
    assert await pair.a.rows(BESLUITEN, {"zaak": zaak_url}) == []
    assert await pair.a.rows(INTENTS) == []
    besluit_ids = {r["besluit"] for r in await pair.a.rows(IDENTIFICATIES)}
    assert besluit_ids == {r["_id"] for r in await pair.a.rows(BESLUITEN)}  # no key of a besluit that is gone
    zaak_ref = "/zaken/api/v1/zaken/" + zaak_url.rsplit("/", 1)[-1]
    assert await pair.b.rows(ZAAKBESLUITEN, {"zaak": zaak_ref}) == []


async def test_besluit_with_zaak_and_document_in_the_other_instance(two: Pair) -> None:
    pair = two
    s = await setup_b(pair)
    r = await create_besluit(pair, s.world.besluittype, zaak=s.zaak["url"])
    assert r.status_code == 201, r.text
    besluit = r.json()
    assert (besluit["zaak"], besluit["besluittype"]) == (s.zaak["url"], s.world.besluittype)

    # brc-006 across the APIs: the zaakbesluit in B names A's besluit; A keeps its URL
    [zaakbesluit] = await b_zaakbesluiten(pair, s.zaak["url"])
    assert zaakbesluit["besluit"] == besluit["url"]
    [row] = await pair.a.rows(BESLUITEN, {"_id": UUID(besluit["url"].rsplit("/", 1)[-1])})
    assert row["remote_zaakbesluit"] == zaakbesluit["url"]
    assert row["zaak"] == s.zaak["url"] and row["besluittype"] == s.world.besluittype
    assert await pair.a.rows(INTENTS) == []

    async with pair.a.client() as a, pair.b.client() as b:
        assert (await a.get(besluit["url"], headers=pair.a.headers)).json() == besluit
        listed = await a.get(besluiten_url(pair), params={"zaak": s.zaak["url"]}, headers=pair.a.headers)
        assert [x["url"] for x in listed.json()["results"]] == [besluit["url"]]

        # brc-005 across the APIs: the objectinformatieobject in B (objectType besluit)
        r = await link(pair, besluit["url"], s.eio["url"])
        assert r.status_code == 201, r.text
        bio = r.json()
        mirrors = (await b.get(oios_url(pair), params={"informatieobject": s.eio["url"]},
                               headers=pair.b.headers)).json()
        assert [(m["object"], m["objectType"]) for m in mirrors] == [(besluit["url"], "besluit")]
        [bio_row] = await pair.a.rows(BIOS, {"_id": UUID(bio["url"].rsplit("/", 1)[-1])})
        assert (bio_row["informatieobject"], bio_row["remote_relatie"]) == (s.eio["url"], mirrors[0]["url"])
        by_eio = await a.get(bios_url(pair), params={"informatieobject": s.eio["url"]}, headers=pair.a.headers)
        assert [x["url"] for x in by_eio.json()] == [bio["url"]]
        assert refusal(await link(pair, besluit["url"], s.eio["url"])) == [("nonFieldErrors", "unique")]

        # B asks A before it lets a client drop a mirror, or make one A does not have
        assert refusal(await b.delete(mirrors[0]["url"], headers=pair.b.headers)) == [
            ("nonFieldErrors", "remote-relation-exists")]
        assert refusal(await b.delete(zaakbesluit["url"], headers=pair.b.headers)) == [
            ("nonFieldErrors", "remote-relation-exists")]
        other_zaak = await make_zaak(b, pair.b.headers, s.world.zaaktype)
        assert refusal(await b.post(f"{other_zaak['url']}/besluiten", json={"besluit": besluit["url"]},
                                    headers=pair.b.headers)) == [("nonFieldErrors", "inconsistent-relation")]
        other_eio = await remote_eio(pair, s.world.iot)
        assert refusal(await b.post(oios_url(pair), json={"object": besluit["url"], "objectType": "besluit",
                                                          "informatieobject": other_eio["url"]},
                                    headers=pair.b.headers)) == [("nonFieldErrors", "inconsistent-relation")]
        # the same POST A made is answered with the zaakbesluit it has (idempotent)
        again = await b.post(f"{s.zaak['url']}/besluiten", json={"besluit": besluit["url"]}, headers=pair.b.headers)
        assert again.status_code == 201 and again.json() == zaakbesluit, again.text

        # unlink: A's link first, then the mirror in B
        assert (await a.delete(bio["url"], headers=pair.a.headers)).status_code == 204
        assert (await b.get(mirrors[0]["url"], headers=pair.b.headers)).status_code == 404
        assert await pair.a.rows(BIOS, {"besluit": ref_of(besluit["url"])}) == []

        # delete the besluit: its zaakbesluit in B goes after it
        assert (await a.delete(besluit["url"], headers=pair.a.headers)).status_code == 204
        assert (await a.get(besluit["url"], headers=pair.a.headers)).status_code == 404
    assert await b_zaakbesluiten(pair, s.zaak["url"]) == []
    await assert_nothing_for(pair, s.zaak["url"])
    log = pair.a.log.read_text()
    assert f"zgw.outbound zaken-b POST {s.zaak['url']}/besluiten -> 201" in log
    assert f"zgw.outbound zaken-b DELETE {zaakbesluit['url']} -> 204" in log


async def test_deleting_a_besluit_removes_its_mirrors_in_the_other_instance(two: Pair) -> None:
    """brc-009 across the APIs: the besluit with a linked document of B goes with both mirrors in B."""
    pair = two
    s = await setup_b(pair)
    r = await create_besluit(pair, s.world.besluittype, zaak=s.zaak["url"])
    assert r.status_code == 201, r.text
    besluit = r.json()
    assert (await link(pair, besluit["url"], s.eio["url"])).status_code == 201
    assert len(await pair.b.rows(OIO, {"object": besluit["url"]})) == 1
    async with pair.a.client() as a:
        assert (await a.delete(besluit["url"], headers=pair.a.headers)).status_code == 204
    assert await pair.b.rows(OIO, {"object": besluit["url"]}) == []
    assert await b_zaakbesluiten(pair, s.zaak["url"]) == []
    assert await pair.a.rows(BIOS, {"informatieobject": s.eio["url"]}) == []
    await assert_nothing_for(pair, s.zaak["url"])


async def test_besluit_verwerken_across_the_instances(two: Pair) -> None:
    pair = two
    s = await setup_b(pair)
    async with pair.a.client() as a:
        r = await a.post(f"{pair.a.base}/besluiten/api/v1/besluit_verwerken", headers=pair.a.headers, json={
            "besluit": besluit_body(s.world.besluittype, zaak=s.zaak["url"]),
            "besluitinformatieobjecten": [{"informatieobject": s.eio["url"]}]})
    assert r.status_code == 201, r.text
    besluit = r.json()["besluit"]
    assert [x["informatieobject"] for x in r.json()["besluitinformatieobjecten"]] == [s.eio["url"]]
    assert [z["besluit"] for z in await b_zaakbesluiten(pair, s.zaak["url"])] == [besluit["url"]]
    assert [m["object_type"] for m in await pair.b.rows(OIO, {"object": besluit["url"]})] == ["besluit"]
    assert await pair.a.rows(INTENTS) == []
    async with pair.a.client() as a:
        assert (await a.delete(besluit["url"], headers=pair.a.headers)).status_code == 204
    assert await pair.b.rows(OIO, {"object": besluit["url"]}) == []
    await assert_nothing_for(pair, s.zaak["url"])


async def test_refusals_write_nothing(two: Pair) -> None:
    pair = two
    s = await setup_b(pair)
    missing_zaak = f"{pair.b.base}/zaken/api/v1/zaken/{uuid4()}"
    nowhere = f"http://127.0.0.1:9/catalogi/api/v1/besluittypen/{uuid4()}"
    assert refusal(await create_besluit(pair, s.world.besluittype, zaak=missing_zaak)) == [("zaak", "bad-url")]
    # under no service: read without credentials as Open Zaak does (zgw.domain.catalogi.remote): no answer
    assert refusal(await create_besluit(pair, nowhere, zaak=s.zaak["url"])) == [("besluittype", "bad-url")]
    assert refusal(await create_besluit(pair, s.world.besluittype, zaak=nowhere.replace("catalogi", "zaken"))) == [
        ("zaak", "unknown-service")]
    # a URL under B's Zaken API that answers another resource
    assert refusal(await create_besluit(pair, s.world.besluittype, zaak=f"{s.zaak['url']}/besluiten/x")) in (
        [("zaak", "bad-url")], [("zaak", "invalid-resource")])
    # brc-007 through B's zaaktype: a besluittype of B that the zaaktype does not name
    async with pair.b.client() as b:
        other = await world(b, pair.b.headers)
    assert refusal(await create_besluit(pair, other.besluittype, zaak=s.zaak["url"])) == [
        ("nonFieldErrors", "zaaktype-mismatch")]
    await assert_nothing_for(pair, s.zaak["url"])
    # brc-008 with B's document: its informatieobjecttype is not one of the besluittype's
    r = await create_besluit(pair, s.world.besluittype)
    assert r.status_code == 201, r.text
    foreign = await remote_eio(pair, other.iot)
    assert refusal(await link(pair, r.json()["url"], foreign["url"])) == [
        ("nonFieldErrors", "missing-besluittype-informatieobjecttype-relation")]
    assert refusal(await link(pair, r.json()["url"], f"{pair.b.base}/documenten/api/v1/"
                                                      f"enkelvoudiginformatieobjecten/{uuid4()}")) == [
        ("informatieobject", "bad-url")]
    assert await pair.a.rows(BIOS, {"besluit": ref_of(r.json()["url"])}) == []
    assert await pair.b.rows(OIO, {"object": r.json()["url"]}) == []


async def test_wrong_credentials_are_a_bad_url_and_write_nothing(two: Pair) -> None:
    pair = two
    s = await setup_b(pair)
    pair.a.cli("service", "add", "zaken-b", "--secret", "not-the-secret")
    try:
        assert refusal(await create_besluit(pair, s.world.besluittype, zaak=s.zaak["url"])) == [("zaak", "bad-url")]
    finally:
        pair.a.cli("service", "add", "zaken-b", "--secret", "e2e-secret")
    await assert_nothing_for(pair, s.zaak["url"])
    assert (await create_besluit(pair, s.world.besluittype, zaak=s.zaak["url"])).status_code == 201


@pytest.fixture
def fake_zrc(two: Pair) -> Iterator[Api]:
    with api_server() as served:
        yield served


def _fake_zaak(fake: Api, zaaktype: str) -> str:
    uuid = uuid4()
    url = f"{fake.base}/zaken/api/v1/zaken/{uuid}"
    fake.routes[f"GET {url.removeprefix(fake.base)}"] = (200, {
        "url": url, "uuid": str(uuid), "bronorganisatie": "517439943", "zaaktype": zaaktype,
        "verantwoordelijkeOrganisatie": "517439943", "startdatum": "2024-03-01"})
    return url


def _add_fake(pair: Pair, slug: str, fake: Api, timeout: str) -> None:
    pair.a.cli("service", "add", slug, "--api-type", "zrc", "--api-root", f"{fake.base}/zaken/api/v1/",
               "--auth-type", "zgw", "--client-id", "a", "--secret", "x", "--timeout", timeout)


async def test_a_zaken_api_answering_500_leaves_nothing(two: Pair, fake_zrc: Api) -> None:
    pair = two
    s = await setup_b(pair)
    _add_fake(pair, "flaky-zrc", fake_zrc, "2")
    try:
        zaak = _fake_zaak(fake_zrc, s.world.zaaktype)
        fake_zrc.routes[f"POST {zaak.removeprefix(fake_zrc.base)}/besluiten"] = (500, {"detail": "kapot"})
        fake_zrc.routes[f"GET {zaak.removeprefix(fake_zrc.base)}/besluiten"] = (200, [])
        assert refusal(await create_besluit(pair, s.world.besluittype, zaak=zaak)) == [("zaak", "pending-relations")]
        assert len(fake_zrc.requests("POST")) == 1  # a create is never retried
        await assert_nothing_for(pair, zaak)
    finally:
        pair.a.cli("service", "remove", "flaky-zrc")


async def test_a_zaken_api_slower_than_the_timeout_leaves_nothing(two: Pair, fake_zrc: Api) -> None:
    """The POST times out, but the slow API made the zaakbesluit after all: A finds it and deletes it."""
    pair = two
    s = await setup_b(pair)
    _add_fake(pair, "slow-zrc", fake_zrc, "1")
    try:
        zaak = _fake_zaak(fake_zrc, s.world.zaaktype)
        made = f"{zaak}/besluiten/{uuid4()}"
        path = zaak.removeprefix(fake_zrc.base)
        fake_zrc.delays["POST"] = 3.0
        fake_zrc.routes[f"POST {path}/besluiten"] = (201, {"url": made})
        fake_zrc.routes[f"DELETE {made.removeprefix(fake_zrc.base)}"] = (204, None)
        fake_zrc.routes[f"GET {path}/besluiten"] = (200, [])
        task = asyncio.ensure_future(create_besluit(pair, s.world.besluittype, zaak=zaak))
        for _ in range(1200):  # until the POST reached the slow API
            if fake_zrc.requests("POST"):
                break
            await asyncio.sleep(0.05)
        # what the slow API holds once the POST arrived: a zaakbesluit of the besluit it names
        posted = fake_zrc.requests("POST")[0].body
        fake_zrc.routes[f"GET {path}/besluiten"] = (200, [{"url": made, "besluit": posted["besluit"]}])
        assert refusal(await task) == [("zaak", "pending-relations")]
        assert [x.path for x in fake_zrc.requests("DELETE")] == [made.removeprefix(fake_zrc.base)]
        await assert_nothing_for(pair, zaak)
    finally:
        pair.a.cli("service", "remove", "slow-zrc")


async def test_a_documenten_api_answering_500_leaves_nothing(two: Pair) -> None:
    pair = two
    s = await setup_b(pair)
    r = await create_besluit(pair, s.world.besluittype)
    assert r.status_code == 201, r.text
    besluit = r.json()
    with api_server() as fake:
        pair.a.cli("service", "add", "flaky-drc", "--api-type", "drc", "--api-root",
                   f"{fake.base}/documenten/api/v1/", "--auth-type", "zgw", "--client-id", "a", "--secret", "x",
                   "--timeout", "2")
        try:
            eio = f"{fake.base}/documenten/api/v1/enkelvoudiginformatieobjecten/{uuid4()}"
            fake.routes[f"GET {eio.removeprefix(fake.base)}"] = (200, {
                "url": eio, "identificatie": "D1", "bronorganisatie": "517439943", "creatiedatum": "2024-03-01",
                "titel": "t", "auteur": "a", "taal": "nld", "informatieobjecttype": s.world.iot})
            fake.routes["POST /documenten/api/v1/objectinformatieobjecten"] = (500, {"detail": "kapot"})
            fake.routes["GET /documenten/api/v1/objectinformatieobjecten"] = (200, [])
            assert refusal(await link(pair, besluit["url"], eio)) == [("informatieobject", "pending-relations")]
            assert len(fake.requests("POST")) == 1
        finally:
            pair.a.cli("service", "remove", "flaky-drc")
    assert await pair.a.rows(BIOS, {"besluit": ref_of(besluit["url"])}) == []
    [row] = await pair.a.rows(BESLUITEN, {"_id": UUID(besluit["url"].rsplit("/", 1)[-1])})
    assert row["besluitinformatieobjecten"] == []
    assert await pair.a.rows(INTENTS) == []


async def test_a_killed_writer_is_repaired_by_the_sweep(two: Pair, tmp_path: Path) -> None:
    """A's process dies after the besluit is written, before its zaakbesluit in B: a real worker's sweep
    makes the zaakbesluit in B."""
    pair = two
    s = await setup_b(pair)
    port = free_port()
    with pair.a.process(["serve", "--port", str(port)], tmp_path / "doomed.log",
                        ZGW_FAULT="between-besluit-writes") as doomed:
        wait_for_port(port, doomed, "doomed API", timeout=120)
        async with httpx.AsyncClient(timeout=60) as client:
            with pytest.raises(httpx.HTTPError):  # the process dies before it answers
                await client.post(f"http://127.0.0.1:{port}/besluiten/api/v1/besluiten", headers=pair.a.headers,
                                  json=besluit_body(s.world.besluittype, zaak=s.zaak["url"]))
        assert doomed.wait(30) == -9  # SIGKILL

    [intent] = await pair.a.rows(INTENTS)
    assert (intent["op"], intent["zaak"]) == ("besluit-create", s.zaak["url"])
    [besluit] = await pair.a.rows(BESLUITEN, {"zaak": s.zaak["url"]})
    assert besluit.get("remote_zaakbesluit") is None
    assert await b_zaakbesluiten(pair, s.zaak["url"]) == []

    from zgw.workers.app import use_broker
    from zgw.workers.documenten_links import sweep_links

    use_broker(pair.a.env["REDIS_URL"])
    started = time.monotonic()
    with pair.a.process(["worker", "--concurrency", "1"], tmp_path / "worker.log"):
        while await pair.a.rows(INTENTS):
            assert time.monotonic() - started < locks.LOCK_TIMEOUT + 90, (tmp_path / "worker.log").read_text()[-3000:]
            sweep_links.delay()
            await asyncio.sleep(3)

    besluit_url = f"{pair.a.base}/besluiten/api/v1/besluiten/{besluit['_id']}"
    [zaakbesluit] = await b_zaakbesluiten(pair, s.zaak["url"])
    assert zaakbesluit["besluit"] == besluit_url
    [besluit] = await pair.a.rows(BESLUITEN, {"zaak": s.zaak["url"]})
    assert besluit["remote_zaakbesluit"] == zaakbesluit["url"]
    assert "zgw.outbound zaken-b POST" in (tmp_path / "worker.log").read_text()


async def test_a_writer_killed_before_the_objectinformatieobject_is_repaired_by_the_sweep(
        two: Pair, tmp_path: Path) -> None:
    """A's process dies after the besluitinformatieobject is written, before its objectinformatieobject in B:
    a real worker's sweep makes it in B (which checks back with A)."""
    pair = two
    s = await setup_b(pair)
    r = await create_besluit(pair, s.world.besluittype)
    assert r.status_code == 201, r.text
    besluit = r.json()
    port = free_port()
    with pair.a.process(["serve", "--port", str(port)], tmp_path / "doomed.log",
                        ZGW_FAULT="between-bio-writes") as doomed:
        wait_for_port(port, doomed, "doomed API", timeout=120)
        async with httpx.AsyncClient(timeout=60) as client:
            with pytest.raises(httpx.HTTPError):
                await client.post(f"http://127.0.0.1:{port}/besluiten/api/v1/besluitinformatieobjecten",
                                  headers=pair.a.headers,
                                  json={"besluit": besluit["url"], "informatieobject": s.eio["url"]})
        assert doomed.wait(30) == -9

    [intent] = await pair.a.rows(INTENTS)
    assert (intent["op"], intent["informatieobject"]) == ("bio-create", s.eio["url"])
    [bio] = await pair.a.rows(BIOS, {"besluit": ref_of(besluit["url"])})
    assert bio.get("remote_relatie") is None
    assert await pair.b.rows(OIO, {"object": besluit["url"]}) == []

    from zgw.workers.app import use_broker
    from zgw.workers.documenten_links import sweep_links

    use_broker(pair.a.env["REDIS_URL"])
    started = time.monotonic()
    with pair.a.process(["worker", "--concurrency", "1"], tmp_path / "worker.log"):
        while await pair.a.rows(INTENTS):
            assert time.monotonic() - started < locks.LOCK_TIMEOUT + 90, (tmp_path / "worker.log").read_text()[-3000:]
            sweep_links.delay()
            await asyncio.sleep(3)

    [mirror] = await pair.b.rows(OIO, {"object": besluit["url"]})
    eio_ref = "/documenten/api/v1/enkelvoudiginformatieobjecten/" + s.eio["url"].rsplit("/", 1)[-1]
    assert (mirror["object_type"], mirror["informatieobject"]) == ("besluit", eio_ref)
    [bio] = await pair.a.rows(BIOS, {"besluit": ref_of(besluit["url"])})
    assert bio["remote_relatie"] == f"{pair.b.base}/documenten/api/v1/objectinformatieobjecten/{mirror['_id']}"
    [stored] = await pair.a.rows(BESLUITEN, {"_id": UUID(besluit["url"].rsplit("/", 1)[-1])})
    assert stored["besluitinformatieobjecten"] == [bio["_id"]]


async def test_b_down_refuses_and_keeps_what_it_cannot_delete(two: Pair) -> None:
    """Last in this module: stops and restarts B."""
    pair = two
    s = await setup_b(pair)
    r = await create_besluit(pair, s.world.besluittype, zaak=s.zaak["url"])
    assert r.status_code == 201, r.text
    besluit = r.json()
    other_zaak = s.zaak["url"]
    pair.b.stop()
    try:
        assert refusal(await create_besluit(pair, s.world.besluittype, zaak=other_zaak)) in (
            [("zaak", "bad-url")], [("besluittype", "bad-url"), ("zaak", "bad-url")])
        async with pair.a.client() as a:
            assert refusal(await a.delete(besluit["url"], headers=pair.a.headers)) == [("zaak", "pending-relations")]
            assert (await a.get(besluit["url"], headers=pair.a.headers)).json() == besluit
        assert await pair.a.rows(INTENTS) == []
    finally:
        pair.b.start()
    assert [z["besluit"] for z in await b_zaakbesluiten(pair, s.zaak["url"])] == [besluit["url"]]
    async with pair.a.client() as a:
        assert (await a.delete(besluit["url"], headers=pair.a.headers)).status_code == 204
    await assert_nothing_for(pair, s.zaak["url"])
