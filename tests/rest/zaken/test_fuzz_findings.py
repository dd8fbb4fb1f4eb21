"""Regressions for what `make fuzz` (and a seeded field-by-field probe) found on the Zaken API."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import schemathesis
import yaml
from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance

from tests.rest.zaken.factories import CRS
from tests.rest.zaken.sub.helpers import ROOT, codes, setup, zaak_doc
from zgw.domain.zaken.documents import KlantContact, Status, Zaak

OPENAPI = Path(__file__).parents[3] / "zgw" / "rest" / "zaken" / "openapi.yaml"


def _schema() -> Any:
    return schemathesis.openapi.from_dict(yaml.safe_load(OPENAPI.read_text()))


def _conforms(method: str, path: str, response: httpx.Response, body: Any = None, **path_parameters: str) -> None:
    """Our documented schema accepts this answer (status code and body), as `make fuzz` checks it."""
    kwargs: dict[str, Any] = {"body": body, "media_type": "application/json"} if body is not None else {}
    case = _schema()[path][method].Case(path_parameters=path_parameters or None, **kwargs)
    case.validate_response(response, checks=[status_code_conformance, response_schema_conformance])


async def test_head_without_accept_crs_is_a_documented_412(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    r = await api.head(f"{ROOT}/zaken/{s.zaak['uuid']}", headers=superuser)
    assert r.status_code == 412
    _conforms("HEAD", "/zaken/{uuid}", r, uuid=s.zaak["uuid"])


async def test_zoek_page_out_of_range_is_a_documented_404(api: httpx.AsyncClient,
                                                          superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    body = {"zaaktype": s.zaaktype["url"]}
    for page in ("0", "2"):
        r = await api.post(f"{ROOT}/zaken/_zoek", params={"page": page}, json=body, headers={**superuser, **CRS})
        assert (r.status_code, r.json()["detail"]) == (404, "Ongeldige pagina.")
        _conforms("POST", "/zaken/_zoek", r, body)


async def test_unset_optional_fields_answer_blank_and_match_the_schema(api: httpx.AsyncClient,
                                                                       superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    r = await api.get(s.zaak["url"], headers={**superuser, **CRS})
    body = r.json()
    # Open Zaak answers "" for these when they are not set; the schema allows exactly that blank
    assert (body["communicatiekanaal"], body["selectielijstklasse"], body["opdrachtgevendeOrganisatie"]) == (
        "", "", "")
    _conforms("GET", "/zaken/{uuid}", r, uuid=s.zaak["uuid"])
    doc = yaml.safe_load(OPENAPI.read_text())["components"]["schemas"]["Zaak"]["properties"]
    assert doc["opdrachtgevendeOrganisatie"]["oneOf"] == [{"type": "string", "minLength": 9},
                                                         {"type": "string", "enum": [""]}]


async def test_zaak_date_times_outside_utc_range_are_a_400(api: httpx.AsyncClient,
                                                           superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    h = {**superuser, **CRS}
    for field in ("laatsteBetaaldatum", "laatstGeopend"):
        for value in ("0001-01-01", "0001-01-01T00:00:00+01:00"):
            r = await api.post(f"{ROOT}/zaken", headers=h, json={
                "zaaktype": s.zaaktype["url"], "bronorganisatie": "517439943",
                "verantwoordelijkeOrganisatie": "517439943", "startdatum": "2024-03-01", field: value})
            if value == "0001-01-01":  # midnight UTC of year 1 exists: accepted, and read back
                assert r.status_code == 201, r.text
                assert r.json()[field] == "0001-01-01T00:00:00Z"
                assert (await api.get(r.json()["url"], headers=h)).status_code == 200
                continue
            assert r.status_code == 400, r.text
            assert codes(r) == [(field, "invalid")]
            r = await api.patch(s.zaak["url"], headers=h, json={field: value})
            assert r.status_code == 400, r.text
            assert codes(r) == [(field, "invalid")]
    assert await Zaak.count() == 3  # the setup's zaak and the two accepted ones; nothing half-written
    stored = await zaak_doc(s.zaak["url"])
    assert (stored.laatste_betaaldatum, stored.laatst_geopend) == (None, None)


async def test_sub_resource_date_times_outside_utc_range_are_a_400(api: httpx.AsyncClient,
                                                                   superuser: dict[str, str]) -> None:
    s = await setup(api, superuser)
    r = await api.post(f"{ROOT}/statussen", headers=superuser, json={
        "zaak": s.zaak["url"], "statustype": s.begin["url"], "datumStatusGezet": "0001-01-01T00:00:00+01:00"})
    assert r.status_code == 400, r.text
    assert codes(r) == [("datumStatusGezet", "invalid")]
    r = await api.post(f"{ROOT}/klantcontacten", headers=superuser, json={
        "zaak": s.zaak["url"], "datumtijd": "0001-01-01T00:00:00+01:00"})
    assert r.status_code == 400, r.text
    assert codes(r) == [("datumtijd", "invalid")]
    assert (await Status.count(), await KlantContact.count()) == (0, 0)
    listed = await api.get(f"{ROOT}/klantcontacten", headers=superuser)
    assert (listed.status_code, listed.json()["count"]) == (200, 0)
