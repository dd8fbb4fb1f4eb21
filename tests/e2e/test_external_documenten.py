"""Issue 14: instance A uses instance B (both live, each its own database) as its Documenten API.

A zaakinformatieobject for a document in B: the URL is accepted under the registered drc service, fetched
with A's credentials on B and shape-checked; zrc-005's mirror is the objectinformatieobject created in B
(which checks back with A, its registered zrc); deleting removes both. Failures (B down, B answering 500,
B slower than the service's timeout, wrong credentials, URLs under no service or of another resource) are
refused with Open Zaak's codes and leave nothing half written on either side."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any
from uuid import UUID, uuid4

import pytest

from tests.domain.services.server import Api, api_server
from tests.e2e.twoinstances import SECRET, Pair
from tests.rest.documenten.sub.helpers import Linked, linked_setup

pytestmark = pytest.mark.e2e

ZIO = "zaken_zaakinformatieobjecten"
INTENTS = "zaken_zio_intents"
OIO = "documenten_objectinformatieobjecten"


def zios_url(pair: Pair) -> str:
    return f"{pair.a.base}/zaken/api/v1/zaakinformatieobjecten"


def oios_url(pair: Pair) -> str:
    return f"{pair.b.base}/documenten/api/v1/objectinformatieobjecten"


async def setup_a(pair: Pair) -> Linked:
    async with pair.a.client() as a:
        return await linked_setup(a, pair.a.headers)


async def remote_eio(pair: Pair, iot_url: str) -> dict[str, Any]:
    """A document created in B through its API, typed by A's informatieobjecttype (B's ztc service)."""
    body = {"bronorganisatie": "517439943", "creatiedatum": "2024-03-01", "titel": "brief", "auteur": "jan",
            "taal": "nld", "informatieobjecttype": iot_url, "inhoud": base64.b64encode(b"hallo").decode(),
            "bestandsnaam": "brief.txt", "formaat": "text/plain", "indicatieGebruiksrecht": False}
    async with pair.b.client() as b:
        r = await b.post(f"{pair.b.base}/documenten/api/v1/enkelvoudiginformatieobjecten", json=body,
                         headers=pair.b.headers)
    assert r.status_code == 201, r.text
    result: dict[str, Any] = r.json()
    assert result["informatieobjecttype"] == iot_url and result["vertrouwelijkheidaanduiding"] == "openbaar"
    return result


async def link(pair: Pair, zaak: str, eio: str) -> Any:
    async with pair.a.client() as a:
        return await a.post(zios_url(pair), json={"zaak": zaak, "informatieobject": eio}, headers=pair.a.headers)


async def assert_unlinked(pair: Pair, zaak_url: str, eio_url: str | None = None) -> None:
    """Nothing of a link on either side: no zaakinformatieobject, no intent, no name on the zaak, no mirror."""
    zaak_id = zaak_url.rsplit("/", 1)[-1]
    assert await pair.a.rows(ZIO, {"zaak": f"/zaken/api/v1/zaken/{zaak_id}"}) == []
    assert await pair.a.rows(INTENTS) == []
    [zaak] = await pair.a.rows("zaken_zaken", {"_id": UUID(zaak_id)})
    assert zaak.get("zaakinformatieobjecten", []) == []
    if eio_url is not None:
        assert await pair.b.rows(OIO, {"object": zaak_url}) == []


def refusal(response: Any) -> list[tuple[str, str]]:
    assert response.status_code == 400, response.text
    return [(p["name"], p["code"]) for p in response.json()["invalidParams"]]


async def test_link_read_and_unlink_a_document_in_the_other_instance(pair: Pair) -> None:
    s = await setup_a(pair)
    eio = await remote_eio(pair, s.iot["url"])
    r = await link(pair, s.zaak["url"], eio["url"])
    assert r.status_code == 201, r.text
    zio = r.json()
    assert (zio["zaak"], zio["informatieobject"]) == (s.zaak["url"], eio["url"])

    async with pair.a.client() as a, pair.b.client() as b:
        assert (await a.get(zio["url"], headers=pair.a.headers)).json() == zio
        listed = await a.get(zios_url(pair), params={"informatieobject": eio["url"]}, headers=pair.a.headers)
        assert [x["url"] for x in listed.json()] == [zio["url"]]
        by_zaak = await a.get(zios_url(pair), params={"zaak": s.zaak["url"]}, headers=pair.a.headers)
        assert [x["url"] for x in by_zaak.json()] == [zio["url"]]

        # the mirror in B, made with A's credentials; A keeps its URL
        mirrors = (await b.get(oios_url(pair), params={"informatieobject": eio["url"]}, headers=pair.b.headers)).json()
        assert [(m["object"], m["objectType"], m["informatieobject"]) for m in mirrors] == [
            (s.zaak["url"], "zaak", eio["url"])]
        [stored] = await pair.a.rows(ZIO, {"_id": UUID(zio["uuid"])})
        assert stored["remote_relatie"] == mirrors[0]["url"]
        assert await pair.a.rows(INTENTS) == []

        # a change of the link keeps the remote relation it names
        patched = await a.patch(zio["url"], json={"titel": "nieuw"}, headers=pair.a.headers)
        assert patched.status_code == 200 and patched.json()["titel"] == "nieuw", patched.text
        assert (await pair.a.rows(ZIO, {"_id": UUID(zio["uuid"])}))[0]["remote_relatie"] == mirrors[0]["url"]
        odd = await a.post(zios_url(pair), json={"zaak": s.zaak["url"], "informatieobject": "http://[::1/x"},
                           headers=pair.a.headers)
        assert odd.status_code == 400, odd.text
        zio = patched.json()

        # B asks A before it lets a client delete the mirror (remote-relation-exists)
        assert refusal(await b.delete(mirrors[0]["url"], headers=pair.b.headers)) == [
            ("nonFieldErrors", "remote-relation-exists")]
        # the same pair again: unique; a URL of B that answers another resource: invalid-resource
        assert refusal(await link(pair, s.zaak["url"], eio["url"])) == [("nonFieldErrors", "unique")]
        assert refusal(await link(pair, s.zaak["url"], mirrors[0]["url"])) == [
            ("informatieobject", "invalid-resource")]

        assert (await a.delete(zio["url"], headers=pair.a.headers)).status_code == 204
        assert (await a.get(zio["url"], headers=pair.a.headers)).status_code == 404
        assert (await b.get(oios_url(pair), params={"informatieobject": eio["url"]},
                            headers=pair.b.headers)).json() == []
        assert (await b.get(mirrors[0]["url"], headers=pair.b.headers)).status_code == 404
    await assert_unlinked(pair, s.zaak["url"], eio["url"])
    # a log line per outbound call (service, method, URL, status), never a secret
    log = pair.a.log.read_text()
    assert f"zgw.outbound dms POST {pair.b.base}/documenten/api/v1/objectinformatieobjecten -> 201" in log
    assert f"zgw.outbound dms DELETE {mirrors[0]['url']} -> 204" in log
    assert SECRET not in log


async def test_urls_under_no_service_or_missing_are_refused(pair: Pair) -> None:
    s = await setup_a(pair)
    missing = f"{pair.b.base}/documenten/api/v1/enkelvoudiginformatieobjecten/{uuid4()}"
    nowhere = f"http://127.0.0.1:9/documenten/api/v1/enkelvoudiginformatieobjecten/{uuid4()}"
    assert refusal(await link(pair, s.zaak["url"], missing)) == [("informatieobject", "bad-url")]
    assert refusal(await link(pair, s.zaak["url"], nowhere)) == [("informatieobject", "unknown-service")]
    await assert_unlinked(pair, s.zaak["url"])


async def test_a_document_of_a_type_the_zaaktype_does_not_know_is_refused(pair: Pair) -> None:
    s = await setup_a(pair)
    eio = await remote_eio(pair, s.other_iot["url"])
    assert refusal(await link(pair, s.zaak["url"], eio["url"])) == [
        ("nonFieldErrors", "missing-zaaktype-informatieobjecttype-relation")]
    await assert_unlinked(pair, s.zaak["url"], eio["url"])


async def test_b_refuses_a_mirror_that_a_does_not_have(pair: Pair) -> None:
    s = await setup_a(pair)
    eio = await remote_eio(pair, s.iot["url"])
    async with pair.b.client() as b:
        r = await b.post(oios_url(pair), json={"object": s.zaak["url"], "informatieobject": eio["url"],
                                               "objectType": "zaak"}, headers=pair.b.headers)
    assert refusal(r) == [("nonFieldErrors", "inconsistent-relation")]
    assert await pair.b.rows(OIO, {"object": s.zaak["url"]}) == []


async def test_wrong_credentials_are_a_bad_url_and_write_nothing(pair: Pair) -> None:
    s = await setup_a(pair)
    eio = await remote_eio(pair, s.iot["url"])
    pair.a.cli("service", "add", "dms", "--secret", "not-the-secret")  # another process: the version moves
    try:
        assert refusal(await link(pair, s.zaak["url"], eio["url"])) == [("informatieobject", "bad-url")]
    finally:
        pair.a.cli("service", "add", "dms", "--secret", SECRET)
    await assert_unlinked(pair, s.zaak["url"], eio["url"])
    listed = pair.a.cli("service", "list").stdout
    assert "dms" in listed and SECRET not in listed and "not-the-secret" not in listed
    again = pair.a.setup_config(pair.a_config(), pair.folder)  # idempotent: the same YAML writes nothing
    assert "service dms: unchanged" in again, again
    async with pair.b.client() as b:  # B builds its OAS on the first request (seconds on a busy machine)
        assert (await b.get(f"{pair.b.base}/documenten/api/v1/schema/openapi.yaml", timeout=300)).status_code == 200
    checked = pair.a.cli("service", "check", "dms").stdout  # exits 0: the root answers, the OAS parses
    assert f"ok   oas: {pair.b.base}/documenten/api/v1/schema/openapi.yaml: OpenAPI 3" in checked, checked
    assert (await link(pair, s.zaak["url"], eio["url"])).status_code == 201  # the right secret again


@pytest.fixture
def fake_dms() -> Iterator[Api]:
    with api_server() as served:
        yield served


def _fake_eio(fake: Api, iot_url: str) -> str:
    url = f"{fake.base}/documenten/api/v1/enkelvoudiginformatieobjecten/{uuid4()}"
    fake.routes[f"GET {url.removeprefix(fake.base)}"] = (200, {
        "url": url, "identificatie": "D1", "bronorganisatie": "517439943", "creatiedatum": "2024-03-01",
        "titel": "t", "auteur": "a", "taal": "nld", "informatieobjecttype": iot_url})
    return url


async def test_a_documenten_api_answering_500_leaves_nothing(pair: Pair, fake_dms: Api) -> None:
    s = await setup_a(pair)
    pair.a.cli("service", "add", "flaky", "--api-type", "drc", "--api-root", f"{fake_dms.base}/documenten/api/v1/",
               "--auth-type", "zgw", "--client-id", "a", "--secret", "x", "--timeout", "2")
    eio = _fake_eio(fake_dms, s.iot["url"])
    fake_dms.routes["POST /documenten/api/v1/objectinformatieobjecten"] = (500, {"detail": "kapot"})
    fake_dms.routes["GET /documenten/api/v1/objectinformatieobjecten"] = (200, [])
    assert refusal(await link(pair, s.zaak["url"], eio)) == [("informatieobject", "pending-relations")]
    assert len(fake_dms.requests("POST")) == 1  # a create is never retried
    assert [r.path.split("?")[0] for r in fake_dms.requests("GET")][-1] == "/documenten/api/v1/objectinformatieobjecten"
    await assert_unlinked(pair, s.zaak["url"])
    assert "service flaky: removed" in pair.a.cli("service", "remove", "flaky").stdout
    assert "flaky" not in pair.a.cli("service", "list").stdout
    assert refusal(await link(pair, s.zaak["url"], eio)) == [("informatieobject", "unknown-service")]


async def test_a_documenten_api_slower_than_the_timeout_leaves_nothing(pair: Pair, fake_dms: Api) -> None:
    """The POST times out, but the slow API made the relation after all: A finds it and deletes it."""
    s = await setup_a(pair)
    pair.a.cli("service", "add", "slow", "--api-type", "drc", "--api-root", f"{fake_dms.base}/documenten/api/v1/",
               "--auth-type", "zgw", "--client-id", "a", "--secret", "x", "--timeout", "1")
    eio = _fake_eio(fake_dms, s.iot["url"])
    made = f"{fake_dms.base}/documenten/api/v1/objectinformatieobjecten/{uuid4()}"
    fake_dms.delays["POST"] = 3.0
    fake_dms.routes["POST /documenten/api/v1/objectinformatieobjecten"] = (201, {"url": made})
    fake_dms.routes["GET /documenten/api/v1/objectinformatieobjecten"] = (200, [
        {"url": made, "object": s.zaak["url"], "informatieobject": eio, "objectType": "zaak"}])
    fake_dms.routes[f"DELETE {made.removeprefix(fake_dms.base)}"] = (204, None)
    assert refusal(await link(pair, s.zaak["url"], eio)) == [("informatieobject", "pending-relations")]
    assert [r.path for r in fake_dms.requests("DELETE")] == [made.removeprefix(fake_dms.base)]
    await assert_unlinked(pair, s.zaak["url"])
    pair.a.cli("service", "remove", "slow")


async def test_deleting_the_zaak_deletes_its_remote_relations(pair: Pair) -> None:
    s = await setup_a(pair)
    eio = await remote_eio(pair, s.iot["url"])
    assert (await link(pair, s.zaak["url"], eio["url"])).status_code == 201
    assert len(await pair.b.rows(OIO, {"object": s.zaak["url"]})) == 1
    async with pair.a.client() as a, pair.b.client() as b:
        gone = await a.delete(s.zaak["url"], headers=pair.a.headers)
        assert gone.status_code == 204, gone.text
        assert (await b.get(eio["url"], headers=pair.b.headers)).status_code == 200  # the document stays
    assert await pair.b.rows(OIO, {"object": s.zaak["url"]}) == []
    assert await pair.a.rows(ZIO, {"zaak": f"/zaken/api/v1/zaken/{s.zaak['uuid']}"}) == []
    assert await pair.a.rows(INTENTS) == []


async def test_closing_a_zaak_reads_its_remote_documents(pair: Pair) -> None:
    """The eindstatus needs every linked document unlocked, also one in B (read fresh, not from the cache)."""
    s = await setup_a(pair)
    eio = await remote_eio(pair, s.iot["url"])
    assert (await link(pair, s.zaak["url"], eio["url"])).status_code == 201
    async with pair.a.client() as a, pair.b.client() as b:
        locked = await b.post(f"{eio['url']}/lock", headers=pair.b.headers)
        assert locked.status_code == 200, locked.text
        r = await a.post(f"{pair.a.base}/zaken/api/v1/resultaten", headers=pair.a.headers,
                         json={"zaak": s.zaak["url"], "resultaattype": s.resultaattype["url"]})
        assert r.status_code == 201, r.text
        eind = {"zaak": s.zaak["url"], "statustype": s.eind["url"], "datumStatusGezet": "2024-05-01T10:00:00Z"}
        assert refusal(await a.post(f"{pair.a.base}/zaken/api/v1/statussen", json=eind, headers=pair.a.headers)) == [
            ("nonFieldErrors", "informatieobject-locked")]
        unlocked = await b.post(f"{eio['url']}/unlock", json={"lock": locked.json()["lock"]}, headers=pair.b.headers)
        assert unlocked.status_code == 204, unlocked.text
        closed = await a.post(f"{pair.a.base}/zaken/api/v1/statussen", json=eind, headers=pair.a.headers)
        assert closed.status_code == 201, closed.text
        zaak = await a.get(s.zaak["url"], headers={**pair.a.headers, "Accept-Crs": "EPSG:4326"})
        assert zaak.json()["einddatum"] == "2024-05-01", zaak.text


async def test_b_down_refuses_links_and_keeps_the_ones_it_cannot_delete(pair: Pair) -> None:
    """Last in this module: stops and restarts B."""
    s = await setup_a(pair)
    kept, fresh = await remote_eio(pair, s.iot["url"]), await remote_eio(pair, s.iot["url"])
    r = await link(pair, s.zaak["url"], kept["url"])
    assert r.status_code == 201, r.text
    zio = r.json()
    pair.b.stop()
    try:
        assert refusal(await link(pair, s.zaak["url"], fresh["url"])) == [("informatieobject", "bad-url")]
        async with pair.a.client() as a:
            assert refusal(await a.delete(zio["url"], headers=pair.a.headers)) == [
                ("informatieobject", "pending-relations")]
            assert (await a.get(zio["url"], headers=pair.a.headers)).json() == zio  # put back as it was
        [zaak] = await pair.a.rows("zaken_zaken", {"_id": UUID(s.zaak["uuid"])})
        assert [str(i) for i in zaak["zaakinformatieobjecten"]] == [zio["uuid"]]
        assert await pair.a.rows(INTENTS) == []
    finally:
        pair.b.start()
    assert len(await pair.b.rows(OIO, {"object": s.zaak["url"]})) == 1
    async with pair.a.client() as a:
        assert (await a.delete(zio["url"], headers=pair.a.headers)).status_code == 204
    await assert_unlinked(pair, s.zaak["url"], kept["url"])
