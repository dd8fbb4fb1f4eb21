"""GraphQL zaken: the nested case file, the same values as REST, filters, paging, errors."""

from __future__ import annotations

from typing import Any

import httpx

from tests.graphql.helpers import codes, data, gql
from tests.rest.zaken.factories import CRS, ROOT, make_zaak
from tests.rest.zaken.sub.helpers import setup

CASE_FILE = """
query($uuid: UUID!) {
  zaak(uuid: $uuid) {
    url uuid identificatie startdatum vertrouwelijkheidaanduiding opschorting { indicatie reden }
    zaaktype { url identificatie statustypen { url omschrijving volgnummer } roltypen { omschrijving }
               resultaattypen { url } eigenschappen { naam } informatieobjecttypen { url } besluittypen { url } }
    status { url statustype { omschrijving } datumStatusGezet indicatieLaatstGezetteStatus }
    statussen { url statustype { volgnummer } }
    resultaat { url resultaattype { url } }
    rollen { __typename url betrokkeneType roltype { omschrijving }
             ... on RolNatuurlijkPersoon { betrokkeneIdentificatie { inpBsn geslachtsnaam } }
             ... on RolMedewerker { betrokkeneIdentificatie { identificatie achternaam } } }
    eigenschappen { url naam waarde }
    zaakobjecten { url objectType objectIdentificatie }
    klantcontacten { url }
    hoofdzaak { url } deelzaken { url } gerelateerdeZaken { url }
  }
}
"""


async def _case(api: httpx.AsyncClient, h: dict[str, str]) -> tuple[Any, dict[str, Any]]:
    s = await setup(api, h)
    zaak = s.zaak["url"]
    for statustype, datum in ((s.begin, "2024-03-02T10:00:00Z"), (s.eind, "2024-03-05T10:00:00Z")):
        if statustype is s.eind:
            r = await api.post(f"{ROOT}/resultaten", json={"zaak": zaak, "resultaattype": s.resultaattype["url"]},
                               headers=h)
            assert r.status_code == 201, r.text
        r = await api.post(f"{ROOT}/statussen", json={"zaak": zaak, "statustype": statustype["url"],
                                                       "datumStatusGezet": datum}, headers=h)
        assert r.status_code == 201, r.text
    r = await api.post(f"{ROOT}/rollen", json={
        "zaak": zaak, "betrokkeneType": "natuurlijk_persoon", "roltype": s.initiator["url"], "roltoelichting": "x",
        "betrokkeneIdentificatie": {"inpBsn": "111222333", "geslachtsnaam": "Jansen"}}, headers=h)
    assert r.status_code == 201, r.text
    r = await api.post(f"{ROOT}/rollen", json={
        "zaak": zaak, "betrokkeneType": "medewerker", "roltype": s.behandelaar["url"], "roltoelichting": "y",
        "betrokkeneIdentificatie": {"identificatie": "mw1", "achternaam": "De Vries"}}, headers=h)
    assert r.status_code == 201, r.text
    r = await api.post(f"{ROOT}/zaakobjecten", json={
        "zaak": zaak, "objectType": "overige", "objectTypeOverige": "boom", "object": "https://example.com/b/1"},
        headers={**h, **CRS})
    assert r.status_code == 201, r.text
    return s, (await api.get(zaak, headers={**h, **CRS})).json()


async def test_case_file_in_one_query(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s, rest = await _case(api, superuser)
    zaak = (await data(api, superuser, CASE_FILE, uuid=rest["uuid"]))["zaak"]
    assert zaak["url"] == rest["url"] and zaak["uuid"] == rest["uuid"]
    assert zaak["identificatie"] == rest["identificatie"] and zaak["startdatum"] == "2024-03-01"
    assert zaak["opschorting"] == {"indicatie": False, "reden": ""}
    assert zaak["zaaktype"]["url"] == s.zaaktype["url"]
    assert [t["omschrijving"] for t in zaak["zaaktype"]["statustypen"]] == ["Ontvangen", "Afgerond"]
    assert sorted(t["omschrijving"] for t in zaak["zaaktype"]["roltypen"]) == ["Aanvrager", "Behandelaar"]
    assert zaak["zaaktype"]["resultaattypen"] == [{"url": s.resultaattype["url"]}]
    assert zaak["status"]["url"] == rest["status"]
    assert zaak["status"]["statustype"] == {"omschrijving": "Afgerond"}
    assert zaak["status"]["indicatieLaatstGezetteStatus"] is True
    assert [x["statustype"]["volgnummer"] for x in zaak["statussen"]] == [1, 2]
    assert zaak["resultaat"] == {"url": rest["resultaat"], "resultaattype": {"url": s.resultaattype["url"]}}
    rollen = sorted(zaak["rollen"], key=lambda r: r["betrokkeneType"])
    assert [r["__typename"] for r in rollen] == ["RolMedewerker", "RolNatuurlijkPersoon"]
    assert rollen[0]["betrokkeneIdentificatie"] == {"identificatie": "mw1", "achternaam": "De Vries"}
    assert rollen[1]["betrokkeneIdentificatie"] == {"inpBsn": "111222333", "geslachtsnaam": "Jansen"}
    assert rollen[1]["roltype"] == {"omschrijving": "Aanvrager"}
    assert sorted(r["url"] for r in rollen) == sorted(rest["rollen"])
    assert [o["url"] for o in zaak["zaakobjecten"]] == rest["zaakobjecten"]
    assert zaak["zaakobjecten"][0]["objectType"] == "overige"
    assert zaak["hoofdzaak"] is None and zaak["deelzaken"] == [] and zaak["klantcontacten"] == []


async def test_zaak_fields_are_the_rest_body(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    rest = (await api.get(s.zaak["url"], headers={**superuser, **CRS})).json()
    fields = ("url uuid identificatie bronorganisatie omschrijving toelichting registratiedatum "
              "verantwoordelijkeOrganisatie startdatum einddatum einddatumGepland uiterlijkeEinddatumAfdoening "
              "publicatiedatum laatstGemuteerd communicatiekanaal productenOfDiensten vertrouwelijkheidaanduiding "
              "betalingsindicatie betalingsindicatieWeergave selectielijstklasse archiefnominatie archiefstatus "
              "archiefactiedatum opdrachtgevendeOrganisatie processobjectaard")
    zaak = (await data(api, superuser, f"query($u: String!) {{ zaak(url: $u) {{ {fields} }} }}",
                       u=s.zaak["url"]))["zaak"]
    assert zaak == {k: rest[k] for k in fields.split()}


async def test_zaken_connection_pages_and_filters(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    zt = s.zaaktype["url"]
    for day in ("2024-01-01", "2024-02-01", "2024-03-02", "2024-04-01"):
        await make_zaak(api, superuser, zt, startdatum=day)
    q = """query($f: ZaakFilter, $first: Int, $after: String, $o: [String!]) {
      zaken(filter: $f, first: $first, after: $after, orderBy: $o) {
        totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { startdatum } } } }"""
    page = (await data(api, superuser, q, first=2, o=["startdatum"]))["zaken"]
    assert page["totalCount"] == 5
    assert [e["node"]["startdatum"] for e in page["edges"]] == ["2024-01-01", "2024-02-01"]
    assert page["pageInfo"]["hasNextPage"] is True and page["pageInfo"]["hasPreviousPage"] is False
    page2 = (await data(api, superuser, q, first=2, o=["startdatum"], after=page["pageInfo"]["endCursor"]))["zaken"]
    assert [e["node"]["startdatum"] for e in page2["edges"]] == ["2024-03-01", "2024-03-02"]
    ranged = (await data(api, superuser, q, f={"startdatum__gte": "2024-02-01", "startdatum__lt": "2024-04-01"}))
    assert ranged["zaken"]["totalCount"] == 3
    either = await data(api, superuser, q, f={"or": [{"startdatum": "2024-01-01"}, {"startdatum": "2024-04-01"}]},
                        o=["startdatum"])
    assert [e["node"]["startdatum"] for e in either["zaken"]["edges"]] == ["2024-01-01", "2024-04-01"]
    same = await data(api, superuser, q, f={"zaaktype": zt, "isOpen": True,
                                            "zaaktypeIdentificatie": s.zaaktype["identificatie"]})
    assert same["zaken"]["totalCount"] == 5
    closed = await data(api, superuser, q, f={"isOpen": False})
    assert closed["zaken"]["totalCount"] == 0


async def test_errors_carry_rest_codes(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    body = await gql(api, {}, "{ zaken { totalCount } }")
    assert codes(body) == ["not_authenticated"] and body["data"] is None
    body = await gql(api, superuser, "{ zaken(first: 501) { totalCount } }")
    assert codes(body) == ["invalid"]
    assert body["errors"][0]["extensions"]["invalidParams"][0]["name"] == "first"
    body = await gql(api, superuser, '{ zaken(filter: {archiefstatus: "kapot"}) { totalCount } }')
    assert body["errors"][0]["extensions"]["invalidParams"] == [
        {"name": "archiefstatus", "code": "invalid_choice",
         "reason": "Selecteer een geldige keuze. kapot is geen van de beschikbare keuzen."}]
    body = await gql(api, superuser, '{ zaken(orderBy: ["kleur"]) { totalCount } }')
    assert codes(body) == ["invalid"]
    body = await gql(api, superuser, '{ zaak(url: "http://testserver/elders/1") { url } }')
    assert body["errors"][0]["extensions"]["invalidParams"][0]["code"] == "no_match"
