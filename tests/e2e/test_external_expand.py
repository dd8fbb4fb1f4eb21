"""Issue 14: `expand` and GraphQL of instance A follow its zaak's document in instance B (A's Documenten API),
both live, each with its own database.

A's REST expand embeds B's object as B answers it (and expands it further: its informatieobjecttype is A's
own); A's GraphQL returns it as an EnkelvoudigInformatieObject. B refusing A (A's service with the wrong
secret: B answers 403) leaves it out (null); B down makes the expansion expand-not-found (404, as an object
that cannot be delivered) and GraphQL null with that error; never a 500."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from tests.e2e.test_external_catalogi import CRS, catalogi_pair, created, remote_types, zaak_body
from tests.e2e.test_external_documenten import link, remote_eio, setup_a
from tests.e2e.twoinstances import SECRET, Pair
from zgw.gateway.services import free_port, wait_for_port

pytestmark = pytest.mark.e2e
_ = catalogi_pair  # the module-scoped fixture: A with B registered as its Catalogi API too

EXPAND = "zaakinformatieobjecten.informatieobject.informatieobjecttype"
QUERY = """query($u: UUID) { zaak(uuid: $u) {
  zaakinformatieobjecten { informatieobject { url titel auteur vertrouwelijkheidaanduiding downloadUrl
    informatieobjecttype { url omschrijving } objectinformatieobjecten { object objectType } } }
  documenten { url titel } } }"""


async def graphql(base: str, headers: dict[str, str], zaak_uuid: str) -> dict[str, Any]:
    async with httpx.AsyncClient(timeout=60) as c:
        r = await c.post(f"{base}/graphql", json={"query": QUERY, "variables": {"u": zaak_uuid}}, headers=headers)
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


@contextlib.asynccontextmanager
async def another_a(pair: Pair) -> AsyncIterator[str]:
    """A second API process of A (same database and Redis), with its own empty outbound cache."""
    port = free_port()
    with pair.a.process(["serve", "--port", str(port)], pair.folder / "a2.log") as proc:
        wait_for_port(port, proc, "API A2", timeout=120)
        yield f"http://127.0.0.1:{port}"


async def test_expand_and_graphql_return_bs_document(pair: Pair) -> None:
    s = await setup_a(pair)
    eio = await remote_eio(pair, s.iot["url"])
    r = await link(pair, s.zaak["url"], eio["url"])
    assert r.status_code == 201, r.text
    zio = r.json()
    async with pair.a.client() as a, pair.b.client() as b:
        in_b = (await b.get(eio["url"], headers=pair.b.headers)).json()
        got = await a.get(zio["url"], params={"expand": "informatieobject"}, headers=pair.a.headers)
        assert got.status_code == 200, got.text
        assert got.json()["_expand"] == {"informatieobject": in_b}  # as B answers it

        listed = await a.get(f"{pair.a.base}/zaken/api/v1/zaakinformatieobjecten",
                             params={"zaak": s.zaak["url"], "expand": "informatieobject"}, headers=pair.a.headers)
        assert [x["_expand"]["informatieobject"] for x in listed.json()] == [in_b]

        zaak = await a.get(s.zaak["url"], params={"expand": EXPAND},
                           headers={**pair.a.headers, "Accept-Crs": "EPSG:4326"})
        assert zaak.status_code == 200, zaak.text
        [expanded] = zaak.json()["_expand"]["zaakinformatieobjecten"]
        document = expanded["_expand"]["informatieobject"]
        assert {k: v for k, v in document.items() if k != "_expand"} == in_b
        # one level further through B's object: its informatieobjecttype is A's own
        assert document["_expand"]["informatieobjecttype"]["url"] == s.iot["url"]
        assert document["_expand"]["informatieobjecttype"]["omschrijving"] == "Brief"

    body = await graphql(pair.a.base, pair.a.headers, s.zaak["uuid"])
    assert not body.get("errors"), body
    [link_] = body["data"]["zaak"]["zaakinformatieobjecten"]
    assert link_["informatieobject"] == {
        "url": eio["url"], "titel": "brief", "auteur": "jan", "vertrouwelijkheidaanduiding": "openbaar",
        "downloadUrl": in_b["inhoud"], "informatieobjecttype": {"url": s.iot["url"], "omschrijving": "Brief"},
        "objectinformatieobjecten": [{"object": s.zaak["url"], "objectType": "zaak"}]}  # B's mirror, read from B
    assert body["data"]["zaak"]["documenten"] == [{"url": eio["url"], "titel": "brief"}]
    log = pair.a.log.read_text()
    assert f"zgw.outbound dms GET {eio['url']} -> 200" in log and SECRET not in log


async def test_a_zaaktype_in_b_in_expand_and_graphql(catalogi_pair: Pair) -> None:
    """B as A's Catalogi API: a zaak of B's zaaktype, expanded (also through B's zaaktype to its statustypen and
    catalogus) and in GraphQL, shows B's objects as B answers them."""
    pair = catalogi_pair
    t = await remote_types(pair)
    zaak = await created(pair, "zaken", zaak_body(t.zaaktype["url"]))
    await created(pair, "statussen", {"zaak": zaak["url"], "statustype": t.begin["url"],
                                      "datumStatusGezet": "2024-03-02T10:00:00Z"})
    await created(pair, "rollen", {"zaak": zaak["url"], "roltype": t.roltype["url"], "betrokkeneType":
                                   "natuurlijk_persoon", "roltoelichting": "x",
                                   "betrokkeneIdentificatie": {"inpBsn": "111222333"}})
    async with pair.a.client() as a, pair.b.client() as b:
        in_b = {u: (await b.get(u, headers=pair.b.headers)).json()
                for u in (t.zaaktype["url"], t.begin["url"], t.eind["url"], t.roltype["url"])}
        catalogus = (await b.get(t.zaaktype["catalogus"], headers=pair.b.headers)).json()
        r = await a.get(zaak["url"], params={"expand": "zaaktype.statustypen,zaaktype.catalogus,status.statustype,"
                                                       "rollen.roltype"}, headers={**pair.a.headers, **CRS})
        assert r.status_code == 200, r.text
        got = r.json()["_expand"]
        zaaktype = got["zaaktype"]
        assert {k: v for k, v in zaaktype.items() if k != "_expand"} == in_b[t.zaaktype["url"]]
        assert zaaktype["_expand"]["catalogus"] == catalogus
        assert sorted(s["url"] for s in zaaktype["_expand"]["statustypen"]) == sorted([t.begin["url"], t.eind["url"]])
        assert [s for s in zaaktype["_expand"]["statustypen"] if s["url"] == t.begin["url"]] == [in_b[t.begin["url"]]]
        assert got["status"]["_expand"]["statustype"] == in_b[t.begin["url"]]
        assert [x["_expand"]["roltype"] for x in got["rollen"]] == [in_b[t.roltype["url"]]]

    query = """query($u: UUID) { zaak(uuid: $u) { zaaktype { url omschrijving catalogus { domein }
      statustypen { url volgnummer } } status { statustype { url omschrijving } } rollen { roltype { url } } } }"""
    async with httpx.AsyncClient(timeout=60) as c:
        r = await c.post(f"{pair.a.base}/graphql", json={"query": query, "variables": {"u": zaak["uuid"]}},
                         headers=pair.a.headers)
    body = r.json()
    assert not body.get("errors"), body
    found = body["data"]["zaak"]
    assert found["zaaktype"]["url"] == t.zaaktype["url"]
    assert found["zaaktype"]["omschrijving"] == in_b[t.zaaktype["url"]]["omschrijving"]
    assert found["zaaktype"]["catalogus"] == {"domein": catalogus["domein"]}
    assert sorted((s["volgnummer"], s["url"]) for s in found["zaaktype"]["statustypen"]) == [
        (1, t.begin["url"]), (2, t.eind["url"])]
    assert found["status"] == {"statustype": {"url": t.begin["url"], "omschrijving": "Ontvangen"}}
    assert found["rollen"] == [{"roltype": {"url": t.roltype["url"]}}]


async def test_refused_by_b_or_b_down(pair: Pair) -> None:
    """Last in this module: stops and restarts B."""
    s = await setup_a(pair)
    eio = await remote_eio(pair, s.iot["url"])
    assert (await link(pair, s.zaak["url"], eio["url"])).status_code == 201
    headers = {**pair.a.headers, "Accept-Crs": "EPSG:4326"}
    zaak_url = s.zaak["url"].replace(pair.a.base, "{base}")
    pair.a.cli("service", "add", "dms", "--secret", "not-the-secret")  # B answers A 403 from now on
    try:
        async with another_a(pair) as a2, httpx.AsyncClient(timeout=60) as c:
            # refused by B: left out, as an object the caller may not see
            r = await c.get(zaak_url.format(base=a2), params={"expand": "zaakinformatieobjecten.informatieobject"},
                            headers=headers)
            assert r.status_code == 200, r.text
            [expanded] = r.json()["_expand"]["zaakinformatieobjecten"]
            assert expanded["_expand"] == {"informatieobject": None}
            body = await graphql(a2, pair.a.headers, s.zaak["uuid"])
            assert not body.get("errors"), body
            assert body["data"]["zaak"] == {"zaakinformatieobjecten": [{"informatieobject": None}], "documenten": []}
            assert f"zgw.outbound dms GET {eio['url']} -> 403" in (pair.folder / "a2.log").read_text()

            pair.a.cli("service", "add", "dms", "--secret", SECRET)
            pair.b.stop()
            try:
                # B down: the expansion cannot be delivered (404 expand-not-found); GraphQL null with that error
                r = await c.get(zaak_url.format(base=a2),
                                params={"expand": "zaakinformatieobjecten.informatieobject"}, headers=headers)
                assert (r.status_code, r.json()["code"]) == (404, "expand-not-found"), r.text
                assert r.headers["content-type"] == "application/problem+json"
                body = await graphql(a2, pair.a.headers, s.zaak["uuid"])
                assert body["data"]["zaak"] == {"zaakinformatieobjecten": [{"informatieobject": None}],
                                                "documenten": []}
                assert [(e["extensions"]["code"], e["path"]) for e in body["errors"]] == [
                    ("expand-not-found", ["zaak", "zaakinformatieobjecten", 0, "informatieobject"])]
                # the zaak itself still answers without expand
                assert (await c.get(zaak_url.format(base=a2), headers=headers)).status_code == 200
            finally:
                pair.b.start()
            r = await c.get(zaak_url.format(base=a2), params={"expand": "zaakinformatieobjecten.informatieobject"},
                            headers=headers)
            assert r.status_code == 200, r.text
            assert r.json()["_expand"]["zaakinformatieobjecten"][0]["_expand"]["informatieobject"]["url"] == eio["url"]
    finally:
        pair.a.cli("service", "add", "dms", "--secret", SECRET)
