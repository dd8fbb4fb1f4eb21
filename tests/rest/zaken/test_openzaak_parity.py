"""Issue 8: requests Open Zaak answers one way and we answered another (URL checks, error bodies, text fields).

Outbound URLs go to a real HTTP server on a thread that plays the Referentielijsten API and another
installation's Catalogi and Zaken APIs.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.conftest import make_client
from tests.jsonserver import json_server
from tests.rest.catalogi.factories import (
    make_catalogus,
    make_resultaattype,
    make_roltype,
    make_statustype,
    make_zaaktype,
)
from tests.rest.zaken.factories import CRS, ROOT, make_zaak, published_zaaktype, zaak_body
from tests.rest.zaken.sub.helpers import grant
from tests.rest.zaken.test_more_rules import _post, _types
from zgw.core.settings import Settings
from zgw.domain.catalogi import selectielijst
from zgw.domain.zaken.documents import Rol, Zaak

H = dict[str, str]


def _elsewhere(base: str) -> dict[str, Any]:
    return {
        "/api/v1/communicatiekanalen/1": {"url": f"{base}/api/v1/communicatiekanalen/1", "naam": "E-mail",
                                          "omschrijving": "Per e-mail"},
        "/api/v1/communicatiekanalen/2": {"url": f"{base}/api/v1/communicatiekanalen/2", "nummer": 2},
        "/zaken/api/v1/zaken/1": {"url": f"{base}/zaken/api/v1/zaken/1", "uuid": "1", "bronorganisatie": "517439943",
                                  "zaaktype": f"{base}/catalogi/api/v1/zaaktypen/1", "startdatum": "2024-01-01",
                                  "verantwoordelijkeOrganisatie": "517439943"},
        "/catalogi/api/v1/statustypen/1": {"url": f"{base}/catalogi/api/v1/statustypen/1", "omschrijving": "x"},
    }


@pytest.fixture
def elders(settings: Settings) -> Iterator[str]:
    """The other server's base URL; its /api/v1 is the Referentielijsten API (SELECTIELIJST_API_ROOT_URL)."""
    with json_server(_elsewhere) as base:
        settings.selectielijst_api_root_url = f"{base}/api/v1"
        selectielijst.clear_cache()
        try:
            yield base
        finally:
            settings.selectielijst_api_root_url = ""
            selectielijst.clear_cache()


def params(r: httpx.Response) -> list[tuple[str, str]]:
    return [(p["name"], p["code"]) for p in r.json().get("invalidParams", [])]


async def _count() -> int:
    return await Zaak.find_all().count()


async def test_zrc_010_communicatiekanaal_is_one_of_the_referentielijsten(api: httpx.AsyncClient, superuser: H,
                                                                          elders: str) -> None:
    zt = (await published_zaaktype(api, superuser))["url"]
    kanalen = f"{elders}/api/v1/communicatiekanalen"
    for url, code in ((f"{kanalen}/99", "bad-url"), (f"{kanalen}/2", "invalid-resource"),
                      (f"{elders}/zaken/api/v1/zaken/1", "invalid-resource")):
        r = await api.post(f"{ROOT}/zaken", json=zaak_body(zt, communicatiekanaal=url), headers={**superuser, **CRS})
        assert (r.status_code, params(r)) == (400, [("communicatiekanaal", code)]), url
    assert await _count() == 0
    zaak = await make_zaak(api, superuser, zt, communicatiekanaal=f"{kanalen}/1")
    for method, body in (("PATCH", {"communicatiekanaal": f"{kanalen}/99"}),
                         ("PUT", zaak_body(zt, communicatiekanaal=f"{kanalen}/2"))):
        r = await api.request(method, zaak["url"], json=body, headers={**superuser, **CRS})
        assert r.status_code == 400 and params(r)[0][0] == "communicatiekanaal", (method, r.text)
    stored = await Zaak.get(zaak["uuid"])
    assert stored is not None and stored.communicatiekanaal == f"{kanalen}/1"


async def test_communicatiekanaal_unchecked_without_referentielijsten(api: httpx.AsyncClient, superuser: H) -> None:
    zt = (await published_zaaktype(api, superuser))["url"]
    zaak = await make_zaak(api, superuser, zt, communicatiekanaal="https://elders.example/kanalen/1")
    assert zaak["communicatiekanaal"] == "https://elders.example/kanalen/1"


async def test_zrc_011_relevante_andere_zaak_is_a_zaak(api: httpx.AsyncClient, superuser: H, elders: str) -> None:
    zt = (await published_zaaktype(api, superuser))["url"]
    for url, code in ((f"{elders}/zaken/api/v1/zaken/404", "bad-url"),
                      (f"{elders}/catalogi/api/v1/statustypen/1", "invalid-resource")):
        body = zaak_body(zt, relevanteAndereZaken=[{"url": url, "aardRelatie": "vervolg"}])
        r = await api.post(f"{ROOT}/zaken", json=body, headers={**superuser, **CRS})
        assert (r.status_code, params(r)) == (400, [("relevanteAndereZaken.0.url", code)]), url
        body = zaak_body(zt, gerelateerdeZaken=[{"url": url}])
        r = await api.post(f"{ROOT}/zaken", json=body, headers={**superuser, **CRS})
        assert (r.status_code, params(r)) == (400, [("gerelateerdeZaken.0.url", code)]), url
    assert await _count() == 0
    elsewhere = f"{elders}/zaken/api/v1/zaken/1"
    zaak = await make_zaak(api, superuser, zt, relevanteAndereZaken=[{"url": elsewhere, "aardRelatie": "vervolg"}])
    assert zaak["relevanteAndereZaken"][0]["url"] == elsewhere


async def test_zaaktype_and_hoofdzaak_elsewhere(api: httpx.AsyncClient, superuser: H, elders: str) -> None:
    zt = (await published_zaaktype(api, superuser))["url"]
    cases = [
        ({"zaaktype": f"{elders}/catalogi/api/v1/zaaktypen/404"}, ("zaaktype", "bad-url")),
        ({"zaaktype": f"{elders}/catalogi/api/v1/statustypen/1"}, ("zaaktype", "invalid-resource")),
        ({"hoofdzaak": "https://elders.example/iets/anders"}, ("hoofdzaak", "no_match")),
        ({"hoofdzaak": f"{elders}/catalogi/api/v1/statustypen/1"}, ("hoofdzaak", "no_match")),
    ]
    for over, expected in cases:
        r = await api.post(f"{ROOT}/zaken", json={**zaak_body(zt), **over}, headers={**superuser, **CRS})
        assert (r.status_code, params(r)) == (400, [expected]), over
    assert await _count() == 0


async def test_closed_zaak_validates_before_the_403(api: httpx.AsyncClient, superuser: H) -> None:
    t = await _types(api, superuser)
    zaak = await make_zaak(api, superuser, t.zaaktype["url"])
    await _post(api, superuser, f"{ROOT}/resultaten", {"zaak": zaak["url"], "resultaattype": t.resultaattype["url"]})
    await _post(api, superuser, f"{ROOT}/statussen", {"zaak": zaak["url"], "statustype": t.eind["url"],
                                                      "datumStatusGezet": "2024-03-02T10:00:00Z"})
    plain = {**await make_client("bijwerker", autorisaties=[grant(t.zaaktype["url"], "zaken.bijwerken",
                                                                  "zaken.lezen")]), **CRS}
    r = await api.post(f"{ROOT}/resultaten", json={"zaak": zaak["url"], "resultaattype": t.resultaattype["url"]},
                       headers=plain)
    assert (r.status_code, params(r)) == (400, [("zaak", "unique")])
    r = await api.patch(zaak["url"], json={"toelichting": "x"}, headers=plain)
    assert r.status_code == 403
    assert {k: r.json()[k] for k in ("code", "detail", "status")} == {
        "code": "permission_denied", "detail": "Je mag geen gegevens aanpassen van een gesloten zaak.", "status": 403}


async def test_error_names_as_open_zaak(api: httpx.AsyncClient, superuser: H) -> None:
    catalogus = (await make_catalogus(api, superuser))["url"]
    zt = (await published_zaaktype(api, superuser, catalogus, productenOfDiensten=["https://p.example/1"]))["url"]
    body = zaak_body(zt, productenOfDiensten=["https://p.example/2"])
    r = await api.post(f"{ROOT}/zaken", json=body, headers={**superuser, **CRS})
    assert (r.status_code, params(r)) == (400, [("productenOfDiensten", "invalid-products-services")])
    assert await _count() == 0


async def test_rol_of_another_zaaktype_without_betrokkene(api: httpx.AsyncClient, superuser: H) -> None:
    catalogus = (await make_catalogus(api, superuser))["url"]
    zaak = await make_zaak(api, superuser, (await published_zaaktype(api, superuser, catalogus))["url"])
    ander = (await make_zaaktype(api, superuser, catalogus, identificatie="MET-ROL"))["url"]
    roltype = await make_roltype(api, superuser, ander)
    # a roltype of another zaaktype, and no betrokkene either: Open Zaak's validators run before validate()
    r = await api.post(f"{ROOT}/rollen", json={"zaak": zaak["url"], "betrokkeneType": "natuurlijk_persoon",
                                               "roltype": roltype["url"], "roltoelichting": "x"}, headers=superuser)
    assert (r.status_code, params(r)) == (400, [("nonFieldErrors", "zaaktype-mismatch")])
    assert await Rol.find_all().count() == 0


async def test_numbers_for_text_fields(api: httpx.AsyncClient, superuser: H) -> None:
    zt = (await published_zaaktype(api, superuser))["url"]
    zaak = await make_zaak(api, superuser, zt, identificatie=20, omschrijving=1.5, bronorganisatie=517439943)
    assert (zaak["identificatie"], zaak["omschrijving"], zaak["bronorganisatie"]) == ("20", "1.5", "517439943")
    for over, name in (({"omschrijving": True}, "omschrijving"), ({"omschrijving": {"a": 1}}, "omschrijving"),
                       ({"startdatum": 20240301}, "startdatum"), ({"communicatiekanaal": 20}, "communicatiekanaal"),
                       ({"archiefstatus": 1}, "archiefstatus")):
        r = await api.post(f"{ROOT}/zaken", json=zaak_body(zt, **over), headers={**superuser, **CRS})
        assert r.status_code == 400 and [n for n, _ in params(r)] == [name], (over, r.text)
    assert await _count() == 1
    r = await api.post("http://testserver/autorisaties/api/v1/applicaties", headers=superuser,
                       json={"clientIds": [4711], "label": 12, "heeftAlleAutorisaties": True})
    assert r.status_code == 201, r.text
    assert (r.json()["clientIds"], r.json()["label"]) == (["4711"], "12")


async def test_archiefnominatie_null_until_set_and_after_reopening(api: httpx.AsyncClient, superuser: H) -> None:
    t = await _types(api, superuser)
    zaak = await make_zaak(api, superuser, t.zaaktype["url"])
    assert zaak["archiefnominatie"] is None
    await _post(api, superuser, f"{ROOT}/resultaten", {"zaak": zaak["url"], "resultaattype": t.resultaattype["url"]})
    await _post(api, superuser, f"{ROOT}/statussen", {"zaak": zaak["url"], "statustype": t.eind["url"],
                                                      "datumStatusGezet": "2024-03-02T10:00:00Z"})
    closed = (await api.get(zaak["url"], headers={**superuser, **CRS})).json()
    assert closed["archiefnominatie"] == "vernietigen"
    await _post(api, superuser, f"{ROOT}/statussen", {"zaak": zaak["url"], "statustype": t.begin["url"],
                                                      "datumStatusGezet": "2024-03-03T10:00:00Z"})
    reopened = (await api.get(zaak["url"], headers={**superuser, **CRS})).json()
    assert (reopened["archiefnominatie"], reopened["archiefactiedatum"], reopened["einddatum"]) == (None, None, None)


async def test_zaakobject_date_read_as_open_zaak(api: httpx.AsyncClient, superuser: H) -> None:
    """waardepeildatum is text (max 9) in Open Zaak; closing reads it with dateutil: "2008-1-1" is 1 January."""
    catalogus = (await make_catalogus(api, superuser))["url"]
    zt = (await make_zaaktype(api, superuser, catalogus, identificatie="WOZ"))["url"]
    await make_statustype(api, superuser, zt, omschrijving="Ontvangen", volgnummer=1)
    eind = await make_statustype(api, superuser, zt, omschrijving="Afgerond", volgnummer=2)
    resultaattype = await make_resultaattype(api, superuser, zt, brondatumArchiefprocedure={
        "afleidingswijze": "zaakobject", "datumkenmerk": "waardepeildatum", "objecttype": "woz_waarde"})
    assert (await api.post(f"{zt}/publish", headers=superuser)).status_code == 200
    zaak = await make_zaak(api, superuser, zt)
    await _post(api, superuser, f"{ROOT}/zaakobjecten", {
        "zaak": zaak["url"], "objectType": "woz_waarde", "objectIdentificatie": {"waardepeildatum": "2008-1-1"}})
    await _post(api, superuser, f"{ROOT}/resultaten", {"zaak": zaak["url"], "resultaattype": resultaattype["url"]})
    await _post(api, superuser, f"{ROOT}/statussen", {"zaak": zaak["url"], "statustype": eind["url"],
                                                      "datumStatusGezet": "2024-03-02T10:00:00Z"})
    closed = (await api.get(zaak["url"], headers={**superuser, **CRS})).json()
    assert (closed["einddatum"], closed["archiefactiedatum"]) == ("2024-03-02", "2018-01-01")
