"""Issue 14, second scenario: instance A uses instance B (both live, each its own database) as its Catalogi API.

A zaak in A whose zaaktype lives in B: every rule that reads the type works on B's objects, fetched with A's
service credentials (statustypen of the zaaktype, the eindstatus with its resultaat and archive derivation,
roltype, eigenschap with its specificatie, zaakobjecttype, the zaaktype's informatieobjecttypen, defaults
from the zaaktype), authorisation by a remote zaaktype (an autorisatie naming B's URL), the zaaktype list
filter, and the refusals when B is down, answers 500, is slower than the timeout, refuses A's credentials,
or answers another kind of object — with nothing written in A."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from uuid import UUID, uuid4

import httpx
import pytest

from tests.domain.services.server import Api, api_server
from tests.e2e.twoinstances import SECRET, Pair, service
from tests.rest.catalogi.factories import (
    make_besluittype,
    make_catalogus,
    make_eigenschap,
    make_iot,
    make_resultaattype,
    make_roltype,
    make_statustype,
    make_zaakobjecttype,
    make_zaaktype,
    make_ziot,
)
from zgw.core.auth import make_token

pytestmark = pytest.mark.e2e

CRS = {"Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:4326"}


@dataclass
class Remote:
    """A published zaaktype in B with its sub-types (B's URLs)."""

    zaaktype: dict[str, Any]
    begin: dict[str, Any]
    eind: dict[str, Any]
    resultaattype: dict[str, Any]
    roltype: dict[str, Any]
    eigenschap: dict[str, Any]
    zaakobjecttype: dict[str, Any]
    iot: dict[str, Any]
    other_iot: dict[str, Any]
    besluittype: dict[str, Any]


@pytest.fixture(scope="module")
def catalogi_pair(pair: Pair) -> Iterator[Pair]:
    """The pair with B registered in A as its Catalogi API (ztc), through setup-config."""
    config = pair.a_config()
    config["zgw_consumers"]["services"].append(
        service("catalogi-b", "ztc", f"{pair.b.base}/catalogi/api/v1/", "a-on-b"))
    out = pair.a.setup_config(config, pair.folder)
    assert "catalogi-b" in out, out
    yield pair


async def _publish(b: httpx.AsyncClient, pair: Pair, url: str) -> dict[str, Any]:
    r = await b.post(f"{url}/publish", headers=pair.b.headers)
    assert r.status_code == 200, r.text
    published: dict[str, Any] = r.json()
    return published


async def remote_types(pair: Pair, *, publish: bool = True, **zaaktype: Any) -> Remote:
    h = pair.b.headers
    async with pair.b.client() as b:
        catalogus = (await make_catalogus(b, h))["url"]
        iot, other = await make_iot(b, h, catalogus, omschrijving="Brief"), await make_iot(b, h, catalogus,
                                                                                          omschrijving="Foto")
        besluittype = await make_besluittype(b, h, catalogus)
        for item in (iot, other):
            await _publish(b, pair, item["url"])
        zt = (await make_zaaktype(b, h, catalogus, vertrouwelijkheidaanduiding="zaakvertrouwelijk",
                                  doorlooptijd="P30D", **zaaktype))["url"]
        await make_ziot(b, h, zt, iot["url"])
        begin = await make_statustype(b, h, zt, omschrijving="Ontvangen", volgnummer=1)
        eind = await make_statustype(b, h, zt, omschrijving="Afgerond", volgnummer=2)
        rt = await make_resultaattype(b, h, zt)
        roltype = await make_roltype(b, h, zt)
        eigenschap = await make_eigenschap(b, h, zt)
        zot = await make_zaakobjecttype(b, h, zt)
        published = await _publish(b, pair, zt) if publish else (await b.get(zt, headers=h)).json()
    return Remote(published, begin, eind, rt, roltype, eigenschap, zot, iot, other, besluittype)


def refusal(response: Any) -> list[tuple[str, str]]:
    assert response.status_code == 400, response.text
    return [(p["name"], p["code"]) for p in response.json()["invalidParams"]]


def zaak_body(zaaktype: str, **over: Any) -> dict[str, Any]:
    return {"zaaktype": zaaktype, "bronorganisatie": "517439943", "verantwoordelijkeOrganisatie": "517439943",
            "startdatum": "2024-03-01", **over}


async def post(pair: Pair, resource: str, body: dict[str, Any], headers: dict[str, str] | None = None) -> Any:
    async with pair.a.client() as a:
        return await a.post(f"{pair.a.base}/zaken/api/v1/{resource}", json=body,
                            headers={**(headers or pair.a.headers), **CRS})


async def created(pair: Pair, resource: str, body: dict[str, Any]) -> dict[str, Any]:
    r = await post(pair, resource, body)
    assert r.status_code == 201, r.text
    result: dict[str, Any] = r.json()
    return result


async def zaken_of(pair: Pair, zaaktype: str) -> list[dict[str, Any]]:
    return await pair.a.rows("zaken_zaken", {"zaaktype": zaaktype})


async def test_a_zaak_of_a_remote_zaaktype_lives_by_its_rules(catalogi_pair: Pair) -> None:
    pair = catalogi_pair
    t = await remote_types(pair)
    zt = t.zaaktype["url"]
    zaak = await created(pair, "zaken", zaak_body(zt))
    # stored as B's URL; defaults from B's zaaktype: vertrouwelijkheid and the doorlooptijd
    assert (zaak["zaaktype"], zaak["vertrouwelijkheidaanduiding"], zaak["uiterlijkeEinddatumAfdoening"]) == (
        zt, "zaakvertrouwelijk", "2024-03-31")
    [row] = await pair.a.rows("zaken_zaken", {"_id": UUID(zaak["uuid"])})
    assert row["zaaktype"] == zt

    # sub-resources typed by B's types; a type of another zaaktype in B: zaaktype-mismatch
    other = await remote_types(pair)
    assert refusal(await post(pair, "statussen", {"zaak": zaak["url"], "statustype": other.begin["url"],
                                                  "datumStatusGezet": "2024-03-02T10:00:00Z"})) == [
        ("nonFieldErrors", "zaaktype-mismatch")]
    status = await created(pair, "statussen", {"zaak": zaak["url"], "statustype": t.begin["url"],
                                               "datumStatusGezet": "2024-03-02T10:00:00Z"})
    assert status["statustype"] == t.begin["url"]
    rol = await created(pair, "rollen", {"zaak": zaak["url"], "roltype": t.roltype["url"], "betrokkeneType":
                                         "natuurlijk_persoon", "roltoelichting": "x",
                                         "betrokkeneIdentificatie": {"inpBsn": "111222333"}})
    assert (rol["roltype"], rol["omschrijving"], rol["omschrijvingGeneriek"]) == (
        t.roltype["url"], "Aanvrager", "initiator")
    async with pair.a.client() as a:
        r = await a.post(f"{zaak['url']}/zaakeigenschappen", headers=pair.a.headers,
                         json={"zaak": zaak["url"], "eigenschap": t.eigenschap["url"], "waarde": "AB-12-CD"})
        assert r.status_code == 201, r.text
        assert (r.json()["eigenschap"], r.json()["naam"]) == (t.eigenschap["url"], "kenteken")
    zaakobject = await created(pair, "zaakobjecten", {"zaak": zaak["url"], "zaakobjecttype": t.zaakobjecttype["url"],
                                                      "objectType": "overige", "objectTypeOverige": "boom",
                                                      "objectIdentificatie": {"overigeData": {"soort": "eik"}}})
    assert zaakobject["zaakobjecttype"] == t.zaakobjecttype["url"]

    # the zaaktype's informatieobjecttypen in B decide which of A's documents may be linked
    async with pair.a.client() as a:
        docs = []
        for iot in (t.iot, t.other_iot):
            r = await a.post(f"{pair.a.base}/documenten/api/v1/enkelvoudiginformatieobjecten", headers=pair.a.headers,
                             json={"bronorganisatie": "517439943", "creatiedatum": "2024-03-01", "titel": "brief",
                                   "auteur": "jan", "taal": "nld", "informatieobjecttype": iot["url"],
                                   "inhoud": base64.b64encode(b"hallo").decode(), "bestandsnaam": "b.txt",
                                   "indicatieGebruiksrecht": False})
            assert r.status_code == 201, r.text
            docs.append(r.json()["url"])
    link = await created(pair, "zaakinformatieobjecten", {"zaak": zaak["url"], "informatieobject": docs[0]})
    assert link["informatieobject"] == docs[0]
    assert refusal(await post(pair, "zaakinformatieobjecten", {"zaak": zaak["url"], "informatieobject": docs[1]})) \
        == [("nonFieldErrors", "missing-zaaktype-informatieobjecttype-relation")]

    # the eindstatus is B's highest volgnummer: it needs a resultaat, then closes with B's archive rules
    eind = {"zaak": zaak["url"], "statustype": t.eind["url"], "datumStatusGezet": "2024-05-01T10:00:00Z"}
    assert refusal(await post(pair, "statussen", eind)) == [("nonFieldErrors", "resultaat-does-not-exist")]
    await created(pair, "resultaten", {"zaak": zaak["url"], "resultaattype": t.resultaattype["url"]})
    await created(pair, "statussen", eind)
    async with pair.a.client() as a:
        closed = (await a.get(zaak["url"], headers={**pair.a.headers, **CRS})).json()
        assert (closed["einddatum"], closed["archiefnominatie"], closed["archiefactiedatum"]) == (
            "2024-05-01", "vernietigen", "2034-05-01")
        # the list filter takes B's URL
        listed = await a.get(f"{pair.a.base}/zaken/api/v1/zaken", params={"zaaktype": zt},
                             headers={**pair.a.headers, **CRS})
        assert [z["url"] for z in listed.json()["results"]] == [zaak["url"]]
        query = "query($zt: String!) { zaken(filter: {zaaktype: $zt}) { totalCount edges { node { url } } } }"
        graphql = await a.post(f"{pair.a.base}/graphql", headers=pair.a.headers,
                               json={"query": query, "variables": {"zt": zt}})
        assert graphql.json() == {"data": {"zaken": {"totalCount": 1, "edges": [{"node": {"url": zaak["url"]}}]}}}
    log = pair.a.log.read_text()
    assert f"zgw.outbound catalogi-b GET {zt} -> 200" in log and SECRET not in log


async def test_authorisation_by_a_remote_zaaktype(catalogi_pair: Pair) -> None:
    pair = catalogi_pair
    t, u = await remote_types(pair), await remote_types(pair)
    mine = await created(pair, "zaken", zaak_body(t.zaaktype["url"]))
    theirs = await created(pair, "zaken", zaak_body(u.zaaktype["url"]))
    grant = {"component": "zrc", "scopes": ["zaken.lezen"], "zaaktype": t.zaaktype["url"],
             "maxVertrouwelijkheidaanduiding": "zeer_geheim"}
    async with pair.a.client() as a:
        apps = f"{pair.a.base}/autorisaties/api/v1/applicaties"
        reader = f"reader-{uuid4().hex[:8]}"
        r = await a.post(apps, headers=pair.a.headers, json={"clientIds": [reader], "label": reader,
                                                             "autorisaties": [grant]})
        assert r.status_code == 201, r.text
        assert [x["zaaktype"] for x in r.json()["autorisaties"]] == [t.zaaktype["url"]]
        # a URL of B that is no zaaktype, and one under no service: refused, nothing stored
        wrong = {**grant, "zaaktype": t.besluittype["url"]}
        bad = await a.post(apps, headers=pair.a.headers, json={"clientIds": ["x-wrong"], "label": "x",
                                                               "autorisaties": [wrong]})
        assert refusal(bad) == [("autorisaties.0.zaaktype", "invalid-resource")]
        assert await pair.a.rows("applicaties", {"label": "x"}) == []
        pair.a.cli("credentials", "add", reader, "--secret", SECRET)
        h = {"Authorization": f"Bearer {make_token(reader, SECRET)}", **CRS}
        listed = (await a.get(f"{pair.a.base}/zaken/api/v1/zaken", headers=h)).json()
        assert [z["url"] for z in listed["results"]] == [mine["url"]]
        assert (await a.get(mine["url"], headers=h)).status_code == 200
        assert (await a.get(theirs["url"], headers=h)).status_code == 403


@pytest.fixture
def fake_ztc() -> Iterator[Api]:
    with api_server() as served:
        yield served


async def test_refusals_write_nothing(catalogi_pair: Pair, fake_ztc: Api) -> None:
    pair = catalogi_pair
    t = await remote_types(pair)
    concept = await remote_types(pair, publish=False)
    nowhere = f"http://127.0.0.1:9/catalogi/api/v1/zaaktypen/{uuid4()}"
    missing = f"{pair.b.base}/catalogi/api/v1/zaaktypen/{uuid4()}"
    cases = [(concept.zaaktype["url"], "not-published"), (t.besluittype["url"], "invalid-resource"),
             (t.begin["url"], "invalid-resource"), (missing, "bad-url"), (nowhere, "bad-url")]
    for url, code in cases:
        assert refusal(await post(pair, "zaken", zaak_body(url))) == [("zaaktype", code)], url
        assert await zaken_of(pair, url) == []

    # B answering 500, and slower than the service's timeout
    pair.a.cli("service", "add", "flaky-ztc", "--api-type", "ztc", "--api-root",
               f"{fake_ztc.base}/catalogi/api/v1/", "--auth-type", "zgw", "--client-id", "a", "--secret", "x",
               "--timeout", "1")
    try:
        broken = f"{fake_ztc.base}/catalogi/api/v1/zaaktypen/{uuid4()}"
        fake_ztc.routes[f"GET {broken.removeprefix(fake_ztc.base)}"] = (500, {"detail": "kapot"})
        assert refusal(await post(pair, "zaken", zaak_body(broken))) == [("zaaktype", "bad-url")]
        slow = f"{fake_ztc.base}/catalogi/api/v1/zaaktypen/{uuid4()}"
        fake_ztc.routes[f"GET {slow.removeprefix(fake_ztc.base)}"] = (200, t.zaaktype)
        fake_ztc.delays["GET"] = 3.0
        assert refusal(await post(pair, "zaken", zaak_body(slow))) == [("zaaktype", "bad-url")]
        for url in (broken, slow):
            assert await zaken_of(pair, url) == []
    finally:
        pair.a.cli("service", "remove", "flaky-ztc")

    # wrong credentials: B answers 403, which is a bad-url; the right secret again: accepted
    fresh = await remote_types(pair)
    pair.a.cli("service", "add", "catalogi-b", "--secret", "not-the-secret")
    try:
        assert refusal(await post(pair, "zaken", zaak_body(fresh.zaaktype["url"]))) == [("zaaktype", "bad-url")]
    finally:
        pair.a.cli("service", "add", "catalogi-b", "--secret", SECRET)
    assert await zaken_of(pair, fresh.zaaktype["url"]) == []
    await created(pair, "zaken", zaak_body(fresh.zaaktype["url"]))


async def test_b_down_refuses_new_zaken_and_new_types(catalogi_pair: Pair) -> None:
    """Last in this module: stops and restarts B. Types A has never read cannot be checked while B is down."""
    pair = catalogi_pair
    t = await remote_types(pair)
    zaak = await created(pair, "zaken", zaak_body(t.zaaktype["url"]))
    later = await remote_types(pair)
    pair.b.stop()
    try:
        assert refusal(await post(pair, "zaken", zaak_body(later.zaaktype["url"]))) == [("zaaktype", "bad-url")]
        assert refusal(await post(pair, "rollen", {"zaak": zaak["url"], "roltype": t.roltype["url"],
                                                   "betrokkeneType": "natuurlijk_persoon", "roltoelichting": "x",
                                                   "betrokkeneIdentificatie": {"inpBsn": "111222333"}})) == [
            ("roltype", "bad-url")]
        assert await zaken_of(pair, later.zaaktype["url"]) == []
        assert await pair.a.rows("zaken_rollen", {"zaak": f"/zaken/api/v1/zaken/{zaak['uuid']}"}) == []
        async with pair.a.client() as a:  # what A stored reads on without B
            assert (await a.get(zaak["url"], headers={**pair.a.headers, **CRS})).status_code == 200
    finally:
        pair.b.start()
    await created(pair, "zaken", zaak_body(later.zaaktype["url"]))
