"""Regressions for what `make fuzz` (and a seeded field-by-field probe) found on the Zaken API."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import httpx
import schemathesis
import yaml
from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance

from tests.rest.catalogi.factories import make_catalogus, make_roltype, make_zaakobjecttype, make_zaaktype
from tests.rest.zaken.factories import CRS, make_zaak
from tests.rest.zaken.sub.helpers import ROOT, codes, setup, zaak_doc
from zgw.domain.zaken.documents import KlantContact, Status, Zaak
from zgw.rest.zaken import wire

OPENAPI = Path(__file__).parents[3] / "zgw" / "rest" / "zaken" / "openapi.yaml"


@cache
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


# --- polymorphic answers: every variant, minimal and full input, matches exactly one documented variant ---------

PATTERNS = {"[a-z_]+": "ander_object", "^[1-9][0-9]{9}$": "1234567890"}


def _example(schemas: dict[str, Any], schema: dict[str, Any]) -> Any:
    """A filled value of a (request) schema: every property set, within its type, length and pattern."""
    if "$ref" in schema:
        return _example(schemas, schemas[schema["$ref"].rsplit("/", 1)[-1]])
    for key in ("allOf", "oneOf", "anyOf"):
        if key in schema:
            return _example(schemas, schema[key][0])
    if "enum" in schema:
        return next(v for v in schema["enum"] if v not in ("", None))
    kind = schema.get("type", "object")
    if kind == "object":
        return {k: _example(schemas, v) for k, v in schema.get("properties", {}).items() if not v.get("readOnly")}
    if kind == "array":
        return [_example(schemas, schema["items"])]
    if kind in ("integer", "number"):
        return 1
    if kind == "boolean":
        return True
    fmt = schema.get("format")
    if fmt in ("date", "date-time", "uri", "email", "uuid"):
        return {"date": "2024-03-01", "date-time": "2024-03-01T10:00:00Z", "uri": "https://objecten.example/1",
                "email": "a@example.com", "uuid": "6f1f4b1e-2a6b-4c3e-9a59-0f1d1e2b3c4d"}[fmt]
    if "pattern" in schema:
        return PATTERNS[schema["pattern"]]
    return "x" * max(schema.get("minLength", 1), min(schema.get("maxLength", 3), 3))


async def _typed_setup(api: httpx.AsyncClient, h: dict[str, str]) -> tuple[dict[str, Any], str, str]:
    """A zaak whose (published) zaaktype has a zaakobjecttype and a roltype (behandelaar: no maximum)."""
    catalogus = (await make_catalogus(api, h))["url"]
    zaaktype = (await make_zaaktype(api, h, catalogus))["url"]
    objecttype = (await make_zaakobjecttype(api, h, zaaktype))["url"]
    roltype = (await make_roltype(api, h, zaaktype, omschrijving="Behandelaar",
                                  omschrijvingGeneriek="behandelaar"))["url"]
    assert (await api.post(f"{zaaktype}/publish", headers=h)).status_code == 200
    return (await make_zaak(api, h, zaaktype)), objecttype, roltype


async def test_every_zaakobject_variant_answers_its_documented_schema(api: httpx.AsyncClient,
                                                                      superuser: dict[str, str]) -> None:
    zaak, objecttype, _ = await _typed_setup(api, superuser)
    schemas = yaml.safe_load(OPENAPI.read_text())["components"]["schemas"]
    for kind in wire.VARIANTS["ZaakObjectRequest"][1]:
        overige = {"objectTypeOverige": "ander_object"} if kind == "overige" else {}
        minimal = {"zaak": zaak["url"], "objectType": kind, "object": "https://objecten.example/1", **overige}
        full = {**_example(schemas, schemas[f"{kind}_ZaakObjectSerializerRequest"]), "zaak": zaak["url"],
                "objectType": kind, "zaakobjecttype": objecttype, "objectTypeOverigeDefinitie": None}
        if kind != "overige":
            full.pop("objectTypeOverige")
        for body in (minimal, full):
            r = await api.post(f"{ROOT}/zaakobjecten", headers=superuser, json=body)
            assert r.status_code == 201, (kind, r.text)
            _conforms("POST", "/zaakobjecten", r, body)
            read = await api.get(r.json()["url"], headers=superuser)
            _conforms("GET", "/zaakobjecten/{uuid}", read, uuid=r.json()["uuid"])
        assert r.json()["zaakobjecttype"] == objecttype
        assert r.json().get("objectIdentificatie") == full.get("objectIdentificatie")
    r = await api.post(f"{ROOT}/zaakobjecten", headers=superuser, json=minimal)
    # unset, Open Zaak answers "" for the optional URL and null for the optional groups
    assert {k: r.json()[k] for k in ("zaakobjecttype", "objectIdentificatie", "objectTypeOverigeDefinitie",
                                     "relatieomschrijving")} == {
        "zaakobjecttype": "", "objectIdentificatie": None, "objectTypeOverigeDefinitie": None,
        "relatieomschrijving": ""}
    definitie = {**minimal, "objectTypeOverigeDefinitie": {"url": "https://objecttypen.example/api/v1/t/1",
                                                           "schema": ".jsonSchema", "objectData": ".record.data"}}
    r = await api.post(f"{ROOT}/zaakobjecten", headers=superuser, json=definitie)
    assert r.status_code == 201, r.text
    _conforms("POST", "/zaakobjecten", r, definitie)


async def test_every_rol_variant_answers_its_documented_schema(api: httpx.AsyncClient,
                                                               superuser: dict[str, str]) -> None:
    zaak, _, roltype = await _typed_setup(api, superuser)
    schemas = yaml.safe_load(OPENAPI.read_text())["components"]["schemas"]
    for kind in wire.VARIANTS["RolRequest"][1]:
        minimal = {"zaak": zaak["url"], "betrokkeneType": kind, "roltype": roltype,
                   "betrokkene": "https://personen.example/1"}
        full = {**_example(schemas, schemas[f"{kind}_RolSerializerRequest"]), "zaak": zaak["url"],
                "betrokkeneType": kind, "roltype": roltype}
        for body in (minimal, {**minimal, "roltoelichting": ""}, full):
            r = await api.post(f"{ROOT}/rollen", headers=superuser, json=body)
            assert r.status_code == 201, (kind, r.text)
            _conforms("POST", "/rollen", r, body)
            read = await api.get(r.json()["url"], headers=superuser)
            _conforms("GET", "/rollen/{uuid}", read, uuid=r.json()["uuid"])
        assert r.json()["betrokkeneIdentificatie"] == full["betrokkeneIdentificatie"]


async def test_dates_and_date_times_are_iso_strings_only(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    """pydantic's lax mode took numbers (and numeric strings) as timestamps; Open Zaak answers 400 invalid."""
    s = await setup(api, superuser)
    h = {**superuser, **CRS}
    base = {"zaaktype": s.zaaktype["url"], "bronorganisatie": "517439943",
            "verantwoordelijkeOrganisatie": "517439943", "startdatum": "2024-03-01"}
    for field, value in (("laatsteBetaaldatum", 0), ("laatsteBetaaldatum", -1), ("laatsteBetaaldatum", 1.5),
                         ("laatsteBetaaldatum", "1700000000"), ("laatstGeopend", True), ("startdatum", 0),
                         ("einddatumGepland", 20240301), ("einddatumGepland", "1700000000")):
        r = await api.post(f"{ROOT}/zaken", headers=h, json={**base, field: value})
        assert r.status_code == 400, (field, value, r.text)
        assert codes(r) == [(field, "invalid")]
        r = await api.patch(s.zaak["url"], headers=h, json={field: value})
        assert r.status_code == 400, (field, value, r.text)
        assert codes(r) == [(field, "invalid")]
    r = await api.post(f"{ROOT}/statussen", headers=superuser, json={
        "zaak": s.zaak["url"], "statustype": s.begin["url"], "datumStatusGezet": 0})
    assert (r.status_code, codes(r)) == (400, [("datumStatusGezet", "invalid")])
    assert (await Zaak.count(), await Status.count()) == (1, 0)
    r = await api.post(f"{ROOT}/zaken", headers=h, json={**base, "laatsteBetaaldatum": "2024-03-02T10:00:00+01:00",
                                                          "einddatumGepland": "2024-04-01"})
    assert r.status_code == 201, r.text
    assert (r.json()["laatsteBetaaldatum"], r.json()["einddatumGepland"]) == ("2024-03-02T09:00:00Z", "2024-04-01")
