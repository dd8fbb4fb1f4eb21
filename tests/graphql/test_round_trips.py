"""DataLoaders: the database commands of a query depend on its depth, not on how many objects it returns.

100 zaken, each with a status, a resultaat, a rol, a zaakeigenschap and a zaakobject, asked for in
one query with all five nested: each kind is read in one batch (`_id $in` of all 100, sent by
get_many in parts of 34), so 100 zaken cost what 1 costs, times the parts; no scan of zaak data.
"""

from __future__ import annotations

import math
from collections import Counter
from datetime import UTC, datetime
from typing import Any

import httpx

from tests.graphql.helpers import data
from tests.perf.recorder import is_key_lookup, recorded
from tests.rest.zaken.sub.helpers import setup
from zgw.core.settings import Settings
from zgw.domain.repository import PART
from zgw.domain.zaken import indexing
from zgw.domain.zaken.documents import Resultaat, Rol, Status, Zaak, ZaakEigenschap, ZaakObject

QUERY = """query($first: Int) { zaken(first: $first) { totalCount edges { node {
  uuid zaaktype { identificatie }
  status { url statustype { omschrijving } } resultaat { url resultaattype { url } }
  rollen { url roltype { omschrijving } } eigenschappen { naam waarde } zaakobjecten { objectType } } } } }"""
KINDS = ("zaken_zaken", "zaken_statussen", "zaken_resultaten", "zaken_rollen", "zaken_zaakeigenschappen",
         "zaken_zaakobjecten")


async def _insert(n: int, zaaktype: str, statustype: str, resultaattype: str, roltype: str, eigenschap: str) -> None:
    """n zaken with one of each sub-resource, written as the domain writes them (the zaak names them)."""
    now = datetime.now(UTC)
    zaken, statussen, resultaten, rollen, eigenschappen, objecten = [], [], [], [], [], []
    for i in range(n):
        zaak = Zaak(identificatie=f"RT-{i:03}", bronorganisatie="517439943", zaaktype=zaaktype,
                    registratiedatum="2024-01-01", verantwoordelijke_organisatie="517439943",
                    startdatum=f"2024-01-{1 + i % 28:02}", laatst_gemuteerd=now, vertrouwelijkheidaanduiding="openbaar",
                    seq=1000 + i)
        status = Status(zaak=zaak.ref, statustype=statustype, datum_status_gezet=now)
        resultaat = Resultaat(zaak=zaak.ref, resultaattype=resultaattype)
        rol = Rol(zaak=zaak.ref, betrokkene_type="medewerker", roltype=roltype, registratiedatum=now,
                  betrokkene_identificatie={"identificatie": f"mw{i}"})
        eigenschap_doc = ZaakEigenschap(zaak=zaak.ref, eigenschap=eigenschap, naam="kleur", waarde=str(i))
        obj = ZaakObject(zaak=zaak.ref, object_type="overige", object_type_overige="boom")
        zaak.status, zaak.status_statustype, zaak.statussen = status.ref, statustype, [status.id]
        zaak.resultaat, zaak.resultaat_resultaattype = resultaat.ref, resultaattype
        zaak.rollen, zaak.eigenschappen, zaak.zaakobjecten = [rol.id], [eigenschap_doc.id], [obj.id]
        zaken.append(zaak)
        statussen.append(status)
        resultaten.append(resultaat)
        rollen.append(rol)
        eigenschappen.append(eigenschap_doc)
        objecten.append(obj)
    for docs in (statussen, resultaten, rollen, eigenschappen, objecten, zaken):
        await type(docs[0]).insert_many(docs)  # type: ignore[attr-defined]


async def test_reads_per_kind_do_not_grow_with_the_zaken(api: httpx.AsyncClient, superuser: dict[str, str],
                                                         settings: Settings, app_state: tuple[Any, Any]) -> None:
    s = await setup(api, superuser)
    r = await api.post("http://testserver/catalogi/api/v1/eigenschappen", headers=superuser, json={
        "naam": "kleur", "definitie": "kleur", "zaaktype": s.zaaktype["url"],
        "specificatie": {"formaat": "tekst", "lengte": "10", "kardinaliteit": "1"}})
    assert r.status_code == 201, r.text
    eigenschap = r.json()["url"]
    ref = s.zaaktype["url"].removeprefix("http://testserver")
    await _insert(100, ref, s.begin["url"].removeprefix("http://testserver"),
                  s.resultaattype["url"].removeprefix("http://testserver"),
                  s.behandelaar["url"].removeprefix("http://testserver"), eigenschap.removeprefix("http://testserver"))
    await indexing.rebuild()
    _, state = app_state
    counts: dict[int, Counter[str]] = {}
    ids: dict[int, Counter[str]] = {}
    async with recorded(settings, state) as rec:
        for first in (1, 100):
            with rec.recording():
                answer = (await data(api, superuser, QUERY, first=first))["zaken"]
            assert len(answer["edges"]) == first and answer["totalCount"] == 101
            assert rec.scans() == [], rec.scans()
            counts[first] = Counter(c for name, c, _ in rec.commands if name in ("find", "aggregate"))
            ids[first] = Counter()
            for name, c, q in rec.commands:
                if name == "find" and is_key_lookup(q) and isinstance(q["_id"], dict):
                    ids[first][c] += len(q["_id"]["$in"])
    nodes = [e["node"] for e in answer["edges"]]
    assert all(n["zaaktype"] == {"identificatie": s.zaaktype["identificatie"]} for n in nodes)
    assert all(n["status"]["statustype"] == {"omschrijving": "Ontvangen"} and len(n["rollen"]) == 1 for n in nodes)
    waarden = [n["eigenschappen"][0]["waarde"] for n in nodes if n["eigenschappen"]]
    assert len(waarden) >= 99 and set(waarden) <= {str(i) for i in range(100)}  # the page may hold the setup's zaak
    parts = math.ceil(100 / PART)
    for kind in KINDS:
        # one batch per kind: 1 command for one zaak, the parts of one $in for a hundred
        assert counts[1][kind] == 1, (kind, counts[1])
        assert counts[100][kind] <= parts, (kind, counts[100])
    assert sum(counts[100].values()) <= len(KINDS) * parts + 2  # + the page's count (of the index: none here)
    assert ids[100]["zaken_rollen"] == 100 and ids[100]["zaken_statussen"] == 100


async def test_betrokkene_and_identificatie_filters_are_key_lookups(
        api: httpx.AsyncClient, superuser: dict[str, str], settings: Settings, app_state: tuple[Any, Any]) -> None:
    """The zaken of a betrokkene (any kind, also inside `or`) come from the zaken index's key sets: no scan."""
    from tests.rest.zaken.factories import ROOT
    from zgw.domain.zaken import listings

    assert await listings.get().ready()  # nothing stored yet: complete, and kept so by every write below
    s = await setup(api, superuser)
    zaak = s.zaak["url"]
    for kind, ident in (("natuurlijk_persoon", {"inpBsn": "111222333"}),
                        ("niet_natuurlijk_persoon", {"kvkNummer": "12345678"}),
                        ("vestiging", {"vestigingsNummer": "000012345678"}),
                        ("medewerker", {"identificatie": "mw-7"})):
        r = await api.post(f"{ROOT}/rollen", headers=superuser, json={
            "zaak": zaak, "betrokkeneType": kind, "roltype": s.behandelaar["url"], "roltoelichting": "x",
            "betrokkeneIdentificatie": ident})
        assert r.status_code == 201, r.text
    _, state = app_state
    q = "query($f: ZaakFilter) { zaken(filter: $f) { totalCount edges { node { uuid } } } }"
    filters: list[tuple[dict[str, Any], int]] = [
        ({"betrokkene": {"bsn": "111222333"}}, 1), ({"betrokkene": {"kvk": "12345678"}}, 1),
        ({"betrokkene": {"vestigingsnummer": "000012345678"}}, 1), ({"betrokkene": {"medewerker": "mw-7"}}, 1),
        ({"betrokkene": {"bsn": "999999999"}}, 0), ({"identificatie": s.zaak["identificatie"]}, 1),
        ({"or": [{"betrokkene": {"bsn": "999999999"}}, {"betrokkene": {"medewerker": "mw-7"}}]}, 1),
        ({"betrokkene": {"bsn": "111222333", "medewerker": "mw-8"}}, 0),
        ({"betrokkene": {"bsn": "111222333"}, "isOpen": True, "startdatum__gte": "2024-01-01"}, 1),
    ]
    async with recorded(settings, state) as rec:
        for f, expected in filters:
            with rec.recording():
                found = (await data(api, superuser, q, f=f))["zaken"]
            assert found["totalCount"] == expected, f
            assert [e["node"]["uuid"] for e in found["edges"]] == [s.zaak["uuid"]] * expected
            assert rec.scans() == [], (f, rec.scans())


# two queries: all of it in one costs more than the default cost limit (lists within lists count 20 each)
DOC_QUERIES = {
    "documenten": """query($first: Int) { zaken(first: $first) { totalCount edges { node { uuid
      zaakinformatieobjecten { url titel }
      documenten { uuid titel downloadUrl informatieobjecttype { omschrijving } gebruiksrechten { url } } } } } }""",
    "links": """query($first: Int) { zaken(first: $first) { totalCount edges { node { uuid
      zaakinformatieobjecten { url informatieobject { uuid } }
      documenten { uuid objectinformatieobjecten { objectType } } } } } }""",
}
DOC_KINDS = {"documenten": ("zaken_zaken", "zaken_zaakinformatieobjecten", "documenten_eio",
                            "documenten_gebruiksrechten"),
             "links": ("zaken_zaken", "zaken_zaakinformatieobjecten", "documenten_eio",
                       "documenten_objectinformatieobjecten")}


async def _insert_documents(n: int, per_zaak: int, zaaktype: str, iot: str) -> None:
    """n zaken with `per_zaak` linked documents each (a gebruiksrecht on each), written as the domain writes them:
    the zaak names its zaakinformatieobjecten, the document its gebruiksrechten and objectinformatieobjecten."""
    from zgw.domain.documenten.documents import EnkelvoudigInformatieObject
    from zgw.domain.documenten.gebruiksrechten import Gebruiksrechten
    from zgw.domain.documenten.objectinformatieobjecten import ObjectInformatieObject, mirror_id
    from zgw.domain.zaken.zaakinformatieobjecten import ZaakInformatieObject

    now = datetime.now(UTC)
    zaken, zios, eios, rechten, oios = [], [], [], [], []
    for i in range(n):
        zaak = Zaak(identificatie=f"DOC-{i:03}", bronorganisatie="517439943", zaaktype=zaaktype,
                    registratiedatum="2024-01-01", verantwoordelijke_organisatie="517439943",
                    startdatum="2024-02-01", laatst_gemuteerd=now, vertrouwelijkheidaanduiding="openbaar", seq=2000 + i)
        for j in range(per_zaak):
            eio = EnkelvoudigInformatieObject(
                bronorganisatie="517439943", creatiedatum="2024-02-01", titel=f"doc {i}.{j}", auteur="a", taal="dut",
                vertrouwelijkheidaanduiding="openbaar", informatieobjecttype=iot, begin_registratie=now,
                registraties=[now], inhoud=None, seq=5000 + i * per_zaak + j)
            zio = ZaakInformatieObject(zaak=zaak.ref, informatieobject=eio.ref, titel=f"link {j}", registratiedatum=now)
            recht = Gebruiksrechten(informatieobject=eio.ref, startdatum=now, omschrijving_voorwaarden="geen")
            oio = ObjectInformatieObject(id=mirror_id(zio.id), informatieobject=eio.ref, object=zaak.ref,
                                         object_type="zaak", bron=zio.id)
            eio.gebruiksrechten, eio.objectinformatieobjecten = [recht.id], [oio.id]
            zaak.zaakinformatieobjecten = [*zaak.zaakinformatieobjecten, zio.id]
            zios.append(zio)
            eios.append(eio)
            rechten.append(recht)
            oios.append(oio)
        zaken.append(zaak)
    for docs in (eios, rechten, oios, zios, zaken):
        await type(docs[0]).insert_many(docs)  # type: ignore[attr-defined]


async def test_documents_of_zaken_are_batched_key_lookups(
        api: httpx.AsyncClient, superuser: dict[str, str], settings: Settings, app_state: tuple[Any, Any]) -> None:
    """100 zaken x 2 documents with their links, types, gebruiksrechten and objectinformatieobjecten: each kind in
    one batch of `_id $in` reads per level, never a scan, as many commands for 100 zaken as for 1 (times parts)."""
    from tests.rest.documenten.sub.helpers import linked_setup

    s = await linked_setup(api, superuser)
    ref = s.zaaktype["url"].removeprefix("http://testserver")
    await _insert_documents(100, 2, ref, s.iot["url"].removeprefix("http://testserver"))
    await indexing.rebuild()
    _, state = app_state
    parts = math.ceil(200 / PART)
    answers: dict[str, list[dict[str, Any]]] = {}
    async with recorded(settings, state) as rec:
        for name, query in DOC_QUERIES.items():
            counts: dict[int, Counter[str]] = {}
            for first in (1, 100):
                with rec.recording():
                    answer = (await data(api, superuser, query, first=first))["zaken"]
                assert len(answer["edges"]) == first and answer["totalCount"] == 101
                assert rec.scans() == [], (name, rec.scans())
                counts[first] = Counter(c for n, c, _ in rec.commands if n in ("find", "aggregate"))
            answers[name] = [e["node"] for e in answer["edges"] if e["node"]["zaakinformatieobjecten"]]
            for kind in DOC_KINDS[name]:
                assert counts[1][kind] == 1, (name, kind, counts[1])
                assert counts[100][kind] <= (math.ceil(100 / PART) if kind == "zaken_zaken" else parts), (
                    name, kind, counts[100])
            assert sum(counts[100].values()) <= len(DOC_KINDS[name]) * parts + 2, (name, counts[100])
    assert len(answers["documenten"]) == len(answers["links"]) == 100
    for node in answers["documenten"]:
        assert [z["titel"] for z in node["zaakinformatieobjecten"]] in (["link 0", "link 1"], ["link 1", "link 0"])
        assert all(d["informatieobjecttype"] == {"omschrijving": "Brief"} and len(d["gebruiksrechten"]) == 1
                   and d["downloadUrl"] is None for d in node["documenten"])
    for node in answers["links"]:
        assert [z["informatieobject"]["uuid"] for z in node["zaakinformatieobjecten"]] == [
            d["uuid"] for d in node["documenten"]]
        assert [d["objectinformatieobjecten"] for d in node["documenten"]] == [[{"objectType": "zaak"}]] * 2
