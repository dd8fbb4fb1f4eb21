"""GraphQL documenten: an informatieobject (and its versions) with the values of REST's body, the
informatieobjecten connection with REST's filters and orderings, and a zaak's zaakinformatieobjecten and
documenten."""

from __future__ import annotations

from typing import Any

import httpx

from tests.conftest import make_client
from tests.graphql.helpers import codes, data, gql
from tests.rest.catalogi.factories import make_catalogus, make_iot
from tests.rest.documenten.factories import EIO, ROOT, lock, make_eio
from tests.rest.documenten.sub.helpers import ZAKEN, linked_setup

SCALARS = ("url identificatie bronorganisatie creatiedatum titel vertrouwelijkheidaanduiding auteur status formaat "
           "taal versie beginRegistratie bestandsnaam bestandsomvang link beschrijving ontvangstdatum verzenddatum "
           "indicatieGebruiksrecht verschijningsvorm ondertekening { soort datum } integriteit { algoritme waarde "
           "datum } locked trefwoorden isGereedVoorPublicatie tonenAanInitiator inhoudIsVervallen")
ONE = f"""query($u: UUID, $url: String, $v: Int, $op: String) {{
  informatieobject(uuid: $u, url: $url, versie: $v, registratieOp: $op) {{
    {SCALARS} uuid downloadUrl informatieobjecttype {{ url omschrijving }} bestandsdelen {{ url }}
    gebruiksrechten {{ url uuid informatieobject startdatum einddatum omschrijvingVoorwaarden }}
    objectinformatieobjecten {{ url informatieobject object objectType }} }} }}"""
LIST = """query($f: InformatieObjectFilter, $o: [String!], $first: Int, $after: String) {
  informatieobjecten(filter: $f, orderBy: $o, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { uuid titel } } } }"""
TOP = ["url", "identificatie", "bronorganisatie", "creatiedatum", "titel", "vertrouwelijkheidaanduiding", "auteur",
       "status", "formaat", "taal", "versie", "beginRegistratie", "bestandsnaam", "bestandsomvang", "link",
       "beschrijving", "ontvangstdatum", "verzenddatum", "indicatieGebruiksrecht", "verschijningsvorm",
       "ondertekening", "integriteit", "locked", "trefwoorden", "isGereedVoorPublicatie", "tonenAanInitiator",
       "inhoudIsVervallen"]


def _as_rest(node: dict[str, Any]) -> dict[str, Any]:
    """The GraphQL object's REST fields (REST's `inhoud` is GraphQL's `downloadUrl`)."""
    out = {k: node[k] for k in TOP}
    out["inhoud"] = node["downloadUrl"]
    out["informatieobjecttype"] = node["informatieobjecttype"]["url"]
    return out


def _rest_part(body: dict[str, Any]) -> dict[str, Any]:
    return {k: body[k] for k in [*TOP, "inhoud", "informatieobjecttype"]}


async def test_informatieobject_is_the_rest_body_in_every_version(api: httpx.AsyncClient,
                                                                   superuser: dict[str, str]) -> None:
    catalogus = (await make_catalogus(api, superuser))["url"]
    iot = await make_iot(api, superuser, catalogus, omschrijving="Aanvraag")
    assert (await api.post(f"{iot['url']}/publish", headers=superuser)).status_code == 200
    eio = await make_eio(api, superuser, iot["url"], trefwoorden=["bouw", "vergunning"], beschrijving="eerste",
                         integriteit={"algoritme": "sha_1", "waarde": "abc", "datum": "2024-03-01"})
    r = await api.post(f"{ROOT}/gebruiksrechten", headers=superuser, json={
        "informatieobject": eio["url"], "startdatum": "2024-03-01T10:00:00Z", "omschrijvingVoorwaarden": "geen"})
    assert r.status_code == 201, r.text
    lock_id = await lock(api, superuser, eio["url"])
    r = await api.patch(eio["url"], json={"titel": "Tweede", "lock": lock_id}, headers=superuser)
    assert r.status_code == 200, r.text
    uuid = eio["url"].rsplit("/", 1)[-1]

    rest = (await api.get(eio["url"], headers=superuser)).json()
    node = (await data(api, superuser, ONE, u=uuid))["informatieobject"]
    assert _as_rest(node) == _rest_part(rest)
    assert node["uuid"] == uuid and node["versie"] == 2 and node["titel"] == "Tweede" and node["locked"] is True
    assert node["downloadUrl"] == f"{eio['url']}/download?versie=2"
    assert node["informatieobjecttype"] == {"url": iot["url"], "omschrijving": "Aanvraag"}
    assert node["indicatieGebruiksrecht"] is True and node["bestandsdelen"] == []
    rechten = (await api.get(f"{ROOT}/gebruiksrechten", params={"informatieobject": eio["url"]},
                             headers=superuser)).json()
    assert [{k: v for k, v in g.items() if k != "uuid"} for g in node["gebruiksrechten"]] == rechten
    assert node["gebruiksrechten"][0]["uuid"] == rechten[0]["url"].rsplit("/", 1)[-1]
    assert node["objectinformatieobjecten"] == []
    # the same by url; an older version by versie and by registratieOp, as REST
    assert (await data(api, superuser, ONE, url=eio["url"]))["informatieobject"] == node
    old = (await api.get(eio["url"], params={"versie": 1}, headers=superuser)).json()
    v1 = (await data(api, superuser, ONE, u=uuid, v=1))["informatieobject"]
    assert _as_rest(v1) == _rest_part(old) and v1["titel"] == "Brief" and v1["versie"] == 1
    assert v1["downloadUrl"] == f"{eio['url']}/download?versie=1"
    at = (await data(api, superuser, ONE, u=uuid, op=old["beginRegistratie"]))["informatieobject"]
    assert at["versie"] == 1
    assert (await data(api, superuser, ONE, u=uuid, v=9))["informatieobject"] is None  # REST: 404
    assert (await data(api, superuser, ONE, u="6f9f0a5e-0000-4000-8000-000000000000"))["informatieobject"] is None
    # wrong arguments are errors with REST's codes
    assert codes(await gql(api, superuser, ONE)) == ["invalid"]
    assert codes(await gql(api, superuser, ONE, url=f"{ZAKEN}/zaken/{uuid}")) == ["invalid"]
    assert codes(await gql(api, superuser, ONE, u=uuid, op="gisteren")) == ["invalid"]


async def test_informatieobjecten_are_rest_lists(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    catalogus = (await make_catalogus(api, superuser))["url"]
    iots = []
    for omschrijving in ("Brief", "Foto"):
        iot = await make_iot(api, superuser, catalogus, omschrijving=omschrijving)
        assert (await api.post(f"{iot['url']}/publish", headers=superuser)).status_code == 200
        iots.append(iot["url"])
    for i, (titel, auteur) in enumerate((("Aanvraag", "Jan"), ("Besluit", "Piet"), ("Brief aan", "Anna"),
                                         ("Foto gevel", "jan"))):
        await make_eio(api, superuser, iots[i % 2], titel=titel, auteur=auteur, creatiedatum=f"2024-0{i + 1}-01",
                       trefwoorden=["a", f"t{i}"], vertrouwelijkheidaanduiding="openbaar" if i else "intern")
    cases: list[tuple[dict[str, Any] | None, list[str] | None, dict[str, Any]]] = [
        (None, None, {}),
        ({"informatieobjecttype": iots[1]}, None, {"informatieobjecttype": iots[1]}),
        ({"auteur": "JAN"}, ["-creatiedatum"], {"auteur": "JAN", "ordering": "-creatiedatum"}),
        ({"titel": "b"}, ["titel"], {"titel": "b", "ordering": "titel"}),
        ({"creatiedatum__gte": "2024-02-01", "creatiedatum__lte": "2024-03-01"}, None,
         {"creatiedatum__gte": "2024-02-01", "creatiedatum__lte": "2024-03-01"}),
        ({"trefwoorden__overlap": ["t1", "t3"]}, ["-auteur"], {"trefwoorden__overlap": "t1,t3", "ordering": "-auteur"}),
        ({"trefwoorden": ["a", "t2"]}, None, {"trefwoorden": "a,t2"}),
        ({"vertrouwelijkheidaanduiding": "intern"}, None, {"vertrouwelijkheidaanduiding": "intern"}),
        ({"locked": False}, ["auteur", "titel"], {"locked": "false", "ordering": "auteur,titel"}),
    ]
    for f, o, params in cases:
        rest = (await api.get(EIO, params=params, headers=superuser)).json()
        found = (await data(api, superuser, LIST, f=f, o=o))["informatieobjecten"]
        assert found["totalCount"] == rest["count"], f
        assert [e["node"]["uuid"] for e in found["edges"]] == [x["url"].rsplit("/", 1)[-1] for x in rest["results"]], f
    everything = (await api.get(EIO, headers=superuser)).json()["results"]
    wanted = [everything[2]["url"].rsplit("/", 1)[-1], everything[0]["url"].rsplit("/", 1)[-1]]
    by_uuid = (await data(api, superuser, LIST, f={"uuid__in": wanted}))["informatieobjecten"]
    assert {e["node"]["uuid"] for e in by_uuid["edges"]} == set(wanted) and by_uuid["totalCount"] == 2
    # pages
    first = (await data(api, superuser, LIST, first=3))["informatieobjecten"]
    assert first["pageInfo"]["hasNextPage"] is True and len(first["edges"]) == 3
    rest_page = (await data(api, superuser, LIST, first=3, after=first["pageInfo"]["endCursor"]))["informatieobjecten"]
    assert [e["node"]["uuid"] for e in rest_page["edges"]] == [everything[3]["url"].rsplit("/", 1)[-1]]
    # refused as REST refuses (or stricter: an ordering REST does not know)
    assert codes(await gql(api, superuser, LIST, f={"vertrouwelijkheidaanduiding": "heel_geheim"})) == ["invalid"]
    assert codes(await gql(api, superuser, LIST, o=["-inhoud"])) == ["invalid"]
    assert codes(await gql(api, superuser, LIST, f={"informatieobjecttype": "geen-url"})) == ["invalid"]
    zaken_only = await make_client("alleen-zaken", autorisaties=[{"component": "zrc", "scopes": ["zaken.lezen"],
                                                                   "zaaktype": "/catalogi/api/v1/zaaktypen/x",
                                                                   "max_vertrouwelijkheidaanduiding": "geheim"}])
    assert codes(await gql(api, zaken_only, LIST)) == ["permission_denied"]
    assert (await api.get(EIO, headers=zaken_only)).status_code == 403


CASE = """query($u: UUID!) { zaak(uuid: $u) {
  zaakinformatieobjecten { url uuid zaak aardRelatieWeergave titel beschrijving registratiedatum vernietigingsdatum
                           status informatieobject { uuid titel downloadUrl } }
  documenten { uuid titel downloadUrl informatieobjecttype { omschrijving }
               objectinformatieobjecten { object objectType } } } }"""


async def test_a_zaak_with_its_documents(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await linked_setup(api, superuser)
    made = [await make_eio(api, superuser, s.iot["url"], titel=t) for t in ("Aanvraag", "Tekening")]
    for eio, titel in zip(made, ("de aanvraag", "de tekening"), strict=True):
        r = await api.post(f"{ZAKEN}/zaakinformatieobjecten", headers=superuser, json={
            "zaak": s.zaak["url"], "informatieobject": eio["url"], "titel": titel})
        assert r.status_code == 201, r.text
    await make_eio(api, superuser, s.iot["url"], titel="Los")  # not linked
    zaak = (await data(api, superuser, CASE, u=s.zaak["uuid"]))["zaak"]
    rest = (await api.get(f"{ZAKEN}/zaakinformatieobjecten", params={"zaak": s.zaak["url"]},
                          headers=superuser)).json()
    assert [{k: v for k, v in z.items() if k != "informatieobject"} for z in zaak["zaakinformatieobjecten"]] == [
        {k: v for k, v in z.items() if k != "informatieobject"} for z in rest]
    assert [z["informatieobject"]["uuid"] for z in zaak["zaakinformatieobjecten"]] == [
        z["informatieobject"].rsplit("/", 1)[-1] for z in rest]
    assert [d["uuid"] for d in zaak["documenten"]] == [z["informatieobject"].rsplit("/", 1)[-1] for z in rest]
    assert sorted(d["titel"] for d in zaak["documenten"]) == ["Aanvraag", "Tekening"]
    assert sorted(d["downloadUrl"] for d in zaak["documenten"]) == sorted(
        f"{e['url']}/download?versie=1" for e in made)
    assert all(d["informatieobjecttype"] == {"omschrijving": "Brief"} for d in zaak["documenten"])
    assert all(d["objectinformatieobjecten"] == [{"object": s.zaak["url"], "objectType": "zaak"}]
               for d in zaak["documenten"])
    # a document's own links, as GET /objectinformatieobjecten?informatieobject=
    node = (await data(api, superuser, ONE, url=made[0]["url"]))["informatieobject"]
    oios = (await api.get(f"{ROOT}/objectinformatieobjecten", params={"informatieobject": made[0]["url"]},
                          headers=superuser)).json()
    assert node["objectinformatieobjecten"] == oios
    # the filter on the zaak's documents (objectinformatieobjecten__object) as REST
    listed = (await data(api, superuser, LIST, f={"objectinformatieobjecten__object": s.zaak["url"]}))
    assert {e["node"]["uuid"] for e in listed["informatieobjecten"]["edges"]} == {
        e["url"].rsplit("/", 1)[-1] for e in made}
