"""Unit tests of the OpenAPI conformance checker on small synthetic documents."""

from __future__ import annotations

import copy
import os
from pathlib import Path
from typing import Any

import pytest

from zgw.rest.conformance import Finding, compare, coverage_by_operation, load_spec

Json = dict[str, Any]

REPO_ROOT = Path(__file__).resolve().parents[2]
SPECS_DIR = (REPO_ROOT / os.environ.get("ZGW_SPECS_DIR", "../shared/specs")).resolve()


def doc(paths: Json, schemas: Json | None = None, server: str | None = "/api/v1", openapi: str = "3.0.3") -> Json:
    """A minimal OpenAPI document."""
    out: Json = {
        "openapi": openapi,
        "info": {"title": "Test API", "version": "1.0.0"},
        "paths": paths,
        "components": {"schemas": schemas or {}},
    }
    if server is not None:
        out["servers"] = [{"url": server}]
    return out


def json_content(schema: Json) -> Json:
    """A content map with one application/json schema."""
    return {"application/json": {"schema": schema}}


def get(schema: Json, params: list[Json] | None = None, codes: tuple[str, ...] = ()) -> Json:
    """A GET operation returning `schema` with 200 (plus bare extra status codes)."""
    responses: Json = {"200": {"description": "OK", "content": json_content(schema)}}
    responses.update({code: {"description": code} for code in codes})
    return {"parameters": params or [], "responses": responses}


def post(body: Json, result: Json | None = None) -> Json:
    """A POST operation taking `body` and returning `result` (default: body) with 201."""
    return {
        "requestBody": {"required": True, "content": json_content(body)},
        "responses": {"201": {"description": "Created", "content": json_content(result or body)}},
    }


def query(name: str, schema: Json, **extra: Any) -> Json:
    """A query parameter."""
    return {"name": name, "in": "query", "schema": schema, **extra}


def obj(required: list[str] | None = None, **props: Json) -> Json:
    """An object schema."""
    out: Json = {"type": "object", "properties": props}
    if required:
        out["required"] = required
    return out


def problems(official: Json, ours: Json, **kwargs: Any) -> list[tuple[str, str, str]]:
    """Findings as (operation, where, problem) tuples."""
    return [(f.operation, f.where, f.problem) for f in compare(official, ours, **kwargs).findings]


STR = {"type": "string"}
INT = {"type": "integer"}


# --- operations, parameters, status codes --------------------------------------------------


def test_identical_documents_conform() -> None:
    spec = doc({"/items": {"get": get(obj(["a"], a=STR)), "post": post(obj(["a"], a=STR))}})
    report = compare(spec, copy.deepcopy(spec))
    assert report.findings == []
    assert report.operations_total == 2
    assert report.coverage == 100.0


def test_missing_operation() -> None:
    official = doc({"/items": {"get": get(STR), "delete": {"responses": {"204": {"description": ""}}}}})
    ours = doc({"/items": {"get": get(STR)}})
    report = compare(official, ours)
    assert [(f.operation, f.where, f.problem) for f in report.findings] == [("DELETE /items", "operation", "missing")]
    assert report.operations_ok == 1
    assert report.coverage == 50.0


def test_missing_and_misplaced_parameters() -> None:
    official = doc({"/items": {"get": get(STR, [query("a", STR), query("b", STR), query("c", STR)])}})
    ours = doc({"/items": {"get": get(STR, [query("a", STR), {"name": "c", "in": "header", "schema": STR}])}})
    assert problems(official, ours) == [
        ("GET /items", "parameter query b", "missing"),
        ("GET /items", "parameter query c", "in header, official query"),
    ]


def test_parameter_required_both_ways() -> None:
    official = doc({"/items": {"get": get(STR, [query("a", STR, required=True), query("b", STR)])}})
    ours = doc({"/items": {"get": get(STR, [query("a", STR), query("b", STR, required=True)])}})
    assert problems(official, ours) == [
        ("GET /items", "parameter query a", "not required"),
        ("GET /items", "parameter query b", "required but official is optional"),
    ]


def test_content_type_header_skipped_but_crs_headers_checked() -> None:
    headers: list[Json] = [
        {"name": "Content-Type", "in": "header", "required": True, "schema": STR},
        {"name": "Accept-Crs", "in": "header", "required": True, "schema": {"type": "string", "enum": ["EPSG:4326"]}},
        {"name": "Content-Crs", "in": "header", "schema": STR},
    ]
    official = doc({"/items": {"get": get(STR, headers)}})
    ours = doc({"/items": {"get": get(STR, [{"name": "accept-crs", "in": "header", "required": True, "schema": STR}])}})
    assert problems(official, ours) == [
        ("GET /items", "parameter header Accept-Crs", "enum missing, official ['EPSG:4326']"),
        ("GET /items", "parameter header Content-Crs", "missing"),
    ]


@pytest.mark.parametrize(
    ("official_param", "our_param"),
    [
        (query("ids", {"type": "array", "items": STR}, explode=False, style="form"), query("ids", STR)),
        (query("ids", STR), query("ids", {"type": "array", "items": STR}, explode=False)),
        (
            query("ids", {"type": "array", "items": STR}, explode=False),
            query("ids", {"type": "array", "items": STR}, explode=False),
        ),
    ],
)
def test_comma_separated_array_equals_string(official_param: Json, our_param: Json) -> None:
    official = doc({"/items": {"get": get(STR, [official_param])}})
    ours = doc({"/items": {"get": get(STR, [our_param])}})
    assert problems(official, ours) == []


def test_exploded_array_differs_from_comma_separated() -> None:
    array = {"type": "array", "items": STR}
    official = doc({"/items": {"get": get(STR, [query("ids", array, explode=False), query("n", INT)])}})
    ours = doc({"/items": {"get": get(STR, [query("ids", array), query("n", STR)])}})
    assert problems(official, ours) == [
        ("GET /items", "parameter query ids", "exploded, official comma-separated"),
        ("GET /items", "parameter query n", "type string != official integer"),
    ]


def test_parameter_enum_and_format() -> None:
    official_params = [
        query("status", {"type": "string", "enum": ["a", "b"]}),
        query("zaak", {"type": "string", "format": "uri"}),
        query("order", {"type": "array", "items": {"type": "string", "enum": ["x", "-x"]}}, explode=False),
    ]
    our_params = [
        query("status", {"type": "string", "enum": ["a", "c"]}),
        query("zaak", {"type": "string", "format": "uuid"}),
        query("order", {"type": "array", "items": {"type": "string", "enum": ["x"]}}, explode=False),
    ]
    official = doc({"/items": {"get": get(STR, official_params)}})
    ours = doc({"/items": {"get": get(STR, our_params)}})
    assert problems(official, ours) == [
        ("GET /items", "parameter query status", "enum lacks ['b']"),
        ("GET /items", "parameter query zaak", "format uuid, official uri"),
        ("GET /items", "parameter query order", "items enum lacks ['-x']"),
    ]


def test_missing_status_code() -> None:
    official = doc({"/items": {"get": get(STR, codes=("400", "404"))}})
    ours = doc({"/items": {"get": get(STR, codes=("4XX",))}})
    assert problems(official, ours) == []
    ours = doc({"/items": {"get": get(STR, codes=("400",))}})
    assert problems(official, ours) == [("GET /items", "response 404", "missing")]


def test_missing_request_body() -> None:
    official = doc({"/items": {"post": post(obj(a=STR))}})
    ours = doc({"/items": {"post": {"responses": post(obj(a=STR))["responses"]}}})
    assert problems(official, ours) == [("POST /items", "request body", "missing")]


def test_path_parameter_names_match_by_position() -> None:
    uuid = {"type": "string", "format": "uuid"}

    def path_param(name: str, schema: Json) -> Json:
        return {"name": name, "in": "path", "required": True, "schema": schema}

    official = doc(
        {"/zaken/{zaak_uuid}/x/{uuid}": {"get": get(STR, [path_param("zaak_uuid", uuid), path_param("uuid", uuid)])}}
    )
    ours = doc({"/zaken/{uuid}/x/{id}": {"get": get(STR, [path_param("uuid", uuid), path_param("id", STR)])}})
    assert problems(official, ours) == [
        ("GET /zaken/{zaak_uuid}/x/{uuid}", "parameter path uuid", "format missing, official uuid")
    ]


def test_prefix_stripping() -> None:
    official = doc({"/applicaties": {"get": get(STR)}}, server="/autorisaties/api/v1")
    # Ours without servers and absolute paths: the official API root is stripped by default.
    ours = doc({"/autorisaties/api/v1/applicaties": {"get": get(STR)}}, server=None)
    assert problems(official, ours) == []
    # VNG: full server URL with a trailing slash; ours mounted under another root.
    official = doc({"/zaken": {"get": get(STR)}}, server="https://zaken-api.vng.cloud/api/v1/")
    ours = doc({"/zaken/api/v1/zaken/": {"get": get(STR)}}, server=None)
    assert problems(official, ours) == [("GET /zaken", "operation", "missing")]
    assert problems(official, ours, ours_prefix="/zaken/api/v1") == []
    # Ours relative to its own server URL.
    ours = doc({"/zaken": {"get": get(STR)}}, server="http://localhost/zaken/api/v1")
    assert problems(official, ours) == []
    assert problems(official, ours, official_prefix="/api/v1", ours_prefix="/zaken/api/v1") == []


# --- schemas -------------------------------------------------------------------------------


def test_missing_property_nested_path() -> None:
    autorisatie = obj(zaaktype={"type": "string", "format": "uri"}, scopes={"type": "array", "items": STR})
    official_app = obj(autorisaties={"type": "array", "items": {"$ref": "#/components/schemas/Autorisatie"}})
    page = obj(results={"type": "array", "items": {"$ref": "#/components/schemas/Applicatie"}})
    official = doc(
        {"/applicaties": {"get": get({"$ref": "#/components/schemas/Page"})}},
        {"Page": page, "Applicatie": official_app, "Autorisatie": autorisatie},
    )
    ours = copy.deepcopy(official)
    del ours["components"]["schemas"]["Autorisatie"]["properties"]["zaaktype"]
    assert problems(official, ours) == [
        ("GET /applicaties", "response 200 body: results[].autorisaties[].zaaktype", "missing")
    ]


def test_wrong_type_integer_is_not_number() -> None:
    official = doc({"/items": {"get": get(obj(a=INT, b=INT, c={"type": "object"}, d={"description": "untyped"}))}})
    ours = doc({"/items": {"get": get(obj(a={"type": "number"}, b=INT, c={}, d=INT))}})
    assert problems(official, ours) == [
        ("GET /items", "response 200 body: a", "type number != official integer"),
        ("GET /items", "response 200 body: c", "type any != official object"),
    ]


def test_enum_must_be_superset() -> None:
    official = doc(
        {"/items": {"get": get(obj(a={"type": "string", "enum": ["x", "y"]}, b={"type": "string", "enum": ["x"]}))}}
    )
    ours = doc(
        {
            "/items": {
                "get": get(obj(a={"type": "string", "enum": ["x", "z"]}, b={"type": "string", "enum": ["x", "w"]}))
            }
        }
    )
    assert problems(official, ours) == [("GET /items", "response 200 body: a", "enum lacks ['y']")]


def test_const_counts_as_enum() -> None:
    official = doc({"/items": {"get": get(obj(a={"type": "string", "enum": ["x", "y"]}))}})
    ours = doc({"/items": {"get": get(obj(a={"type": "string", "const": "x"}))}}, openapi="3.1.0")
    assert problems(official, ours) == [("GET /items", "response 200 body: a", "enum lacks ['y']")]


def test_formats() -> None:
    official = doc(
        {
            "/items": {
                "get": get(
                    obj(
                        a={"type": "string", "format": "uri"},
                        b={"type": "integer", "format": "int64"},
                        c={"type": "string", "format": "date-time"},
                        d={"type": "integer", "format": "int32"},
                    )
                )
            }
        }
    )
    ours = doc(
        {
            "/items": {
                "get": get(
                    obj(
                        a={"type": "string", "format": "url"},
                        b=INT,
                        c=STR,
                        d={"type": "integer", "format": "int64"},
                    )
                )
            }
        }
    )
    assert problems(official, ours) == [
        ("GET /items", "response 200 body: c", "format missing, official date-time"),
        ("GET /items", "response 200 body: d", "format int64, official int32"),
    ]


def test_read_only_in_response_and_request() -> None:
    # VNG style: one schema for both directions, read-only properties included.
    zaak = obj(["url", "omschrijving"], url={"type": "string", "readOnly": True}, omschrijving=STR)
    official = doc({"/zaken": {"post": post({"$ref": "#/components/schemas/Zaak"})}}, {"Zaak": zaak})
    ours_in = obj(["omschrijving"], omschrijving=STR)
    ours_out = obj(["url", "omschrijving"], url={"type": "string", "readOnly": True}, omschrijving=STR)
    assert problems(official, doc({"/zaken": {"post": post(ours_in, ours_out)}})) == []

    writable = obj(["url", "omschrijving"], url=STR, omschrijving=STR)
    assert problems(official, doc({"/zaken": {"post": post(writable, writable)}})) == [
        ("POST /zaken", "request body: url", "writable but official is readOnly"),
        ("POST /zaken", "response 201 body: url", "not readOnly"),
    ]


def test_write_only_skipped_in_response() -> None:
    official = doc({"/x": {"post": post(obj(["a"], a={"type": "string", "writeOnly": True}), obj(b=STR))}})
    ours = doc({"/x": {"post": post(obj(["a"], a=STR), obj(b=STR))}})
    assert problems(official, ours) == []
    official = doc({"/x": {"get": get(obj(["a"], a={"type": "string", "writeOnly": True}))}})
    assert problems(official, doc({"/x": {"get": get(obj())}})) == []


def test_nullable_forms() -> None:
    official = doc(
        {
            "/items": {
                "get": get(
                    obj(
                        a={"type": "string", "nullable": True},
                        b={"type": "string", "nullable": True},
                        c={"type": "string", "nullable": True},
                        d={"type": "string", "nullable": True},
                        e={"allOf": [{"$ref": "#/components/schemas/E"}], "nullable": True},
                    )
                )
            }
        },
        {"E": {"type": "string", "enum": ["p", "q"]}},
    )
    ours = doc(
        {
            "/items": {
                "get": get(
                    obj(
                        a={"anyOf": [STR, {"type": "null"}]},
                        b={"type": ["string", "null"]},
                        c={"type": "string", "nullable": True},
                        d=STR,
                        e={"$ref": "#/components/schemas/E"},
                    )
                )
            }
        },
        {"E": {"type": "string", "enum": ["p", "q"]}},
        openapi="3.1.0",
    )
    assert problems(official, ours) == [
        ("GET /items", "response 200 body: d", "not nullable"),
        ("GET /items", "response 200 body: e", "not nullable"),
    ]


def test_null_enum_and_blank_enum() -> None:
    schemas = {
        "StatusEnum": {"type": "string", "enum": ["open", "closed"]},
        "BlankEnum": {"enum": [""]},
        "NullEnum": {"enum": [None]},
    }
    status = {"oneOf": [{"$ref": f"#/components/schemas/{n}"} for n in ("StatusEnum", "BlankEnum", "NullEnum")]}
    official = doc({"/items": {"get": get(obj(s=status))}}, schemas)
    ours_ok = doc(
        {
            "/items": {
                "get": get(
                    obj(
                        s={
                            "anyOf": [
                                {"type": "string", "enum": ["open", "closed"]},
                                {"type": "string", "const": ""},
                                {"type": "null"},
                            ]
                        }
                    )
                )
            }
        },
        openapi="3.1.0",
    )
    assert problems(official, ours_ok) == []
    ours_bad = doc({"/items": {"get": get(obj(s={"type": "string", "enum": ["open", "closed"]}))}})
    assert problems(official, ours_bad) == [
        ("GET /items", "response 200 body: s", "enum lacks ['']"),
        ("GET /items", "response 200 body: s", "not nullable"),
    ]


def test_required_in_response() -> None:
    official = doc({"/items": {"get": get(obj(["a", "b"], a=STR, b=STR, c=STR))}})
    ours = doc({"/items": {"get": get(obj(["a", "c"], a=STR, b=STR, c=STR))}})
    # Requiring more than official in a response is fine: clients always get it.
    assert problems(official, ours) == [("GET /items", "response 200 body: b", "not required")]


def test_required_in_request_must_be_equal() -> None:
    body_official = obj(["a", "b"], a=STR, b=STR, c=STR)
    body_ours = obj(["a", "c"], a=STR, b=STR, c=STR)
    official = doc({"/items": {"post": post(body_official, obj())}})
    ours = doc({"/items": {"post": post(body_ours, obj())}})
    assert problems(official, ours) == [
        ("POST /items", "request body: b", "not required"),
        ("POST /items", "request body: c", "required but official is optional"),
    ]


def test_patch_ignores_official_required_at_top_level() -> None:
    official_body = obj(["a"], a=STR, n=obj(["x"], x=STR))
    ours_body = obj(a=STR, n=obj(x=STR))
    patch = {"requestBody": {"content": json_content(official_body)}, "responses": {"200": {"description": ""}}}
    ours_patch = {"requestBody": {"content": json_content(ours_body)}, "responses": {"200": {"description": ""}}}
    official = doc({"/items/{id}": {"patch": patch}})
    ours = doc({"/items/{id}": {"patch": ours_patch}})
    # A partial update need not require `a`, but a nested object is sent whole.
    assert problems(official, ours) == [("PATCH /items/{id}", "request body: n.x", "not required")]


def test_all_of_merging() -> None:
    schemas = {
        "Base": obj(["component"], component={"allOf": [{"$ref": "#/components/schemas/ComponentEnum"}]}),
        "ComponentEnum": {"type": "string", "enum": ["zrc", "drc"]},
        "Zrc": {"allOf": [{"$ref": "#/components/schemas/Base"}, obj(["zaaktype"], zaaktype=STR)]},
    }
    official = doc({"/x": {"get": get({"$ref": "#/components/schemas/Zrc"})}}, schemas)
    flat = obj(["component", "zaaktype"], component={"type": "string", "enum": ["zrc", "drc"]}, zaaktype=STR)
    assert problems(official, doc({"/x": {"get": get(flat)}})) == []
    partial = obj(["zaaktype"], component={"type": "string", "enum": ["zrc"]})
    assert problems(official, doc({"/x": {"get": get(partial)}})) == [
        ("GET /x", "response 200 body: component", "not required"),
        ("GET /x", "response 200 body: component", "enum lacks ['drc']"),
        ("GET /x", "response 200 body: zaaktype", "missing"),
    ]


def test_one_of_discriminator_merging() -> None:
    def variant(name: str, extra: str) -> Json:
        base = obj(
            ["component", "scopes"],
            component={"type": "string", "enum": [name]},
            scopes={"type": "array", "items": STR},
        )
        return {"allOf": [base, obj([extra], **{extra: STR})]}

    schemas = {"ZrcAut": variant("zrc", "zaaktype"), "DrcAut": variant("drc", "informatieobjecttype")}
    union = {
        "oneOf": [{"$ref": "#/components/schemas/ZrcAut"}, {"$ref": "#/components/schemas/DrcAut"}],
        "discriminator": {"propertyName": "component"},
    }
    official = doc({"/x": {"get": get(obj(autorisaties={"type": "array", "items": union}))}}, schemas)
    ours = copy.deepcopy(official)
    assert problems(official, ours) == []
    # Required in all variants -> required; required in one variant only -> optional.
    merged = obj(
        ["component"],
        component={"type": "string", "enum": ["zrc"]},
        zaaktype=STR,
        informatieobjecttype=STR,
    )
    ours = doc({"/x": {"get": get(obj(autorisaties={"type": "array", "items": merged}))}})
    assert problems(official, ours) == [
        ("GET /x", "response 200 body: autorisaties[].component", "enum lacks ['drc']"),
        ("GET /x", "response 200 body: autorisaties[].scopes", "missing"),
    ]


def test_recursive_schema_terminates() -> None:
    node = obj(name=STR, children={"type": "array", "items": {"$ref": "#/components/schemas/Node"}})
    official = doc({"/tree": {"get": get({"$ref": "#/components/schemas/Node"})}}, {"Node": node})
    ours_node = obj(children={"type": "array", "items": {"$ref": "#/components/schemas/Node"}})
    ours = doc({"/tree": {"get": get({"$ref": "#/components/schemas/Node"})}}, {"Node": ours_node})
    assert problems(official, ours) == [("GET /tree", "response 200 body: name", "missing")]


# --- report --------------------------------------------------------------------------------


def test_ignore_list_report_and_coverage_by_operation() -> None:
    official = doc(
        {
            "/a/{uuid}": {"get": get(obj(x=STR, y=STR))},
            "/b": {"get": get(obj(x=STR))},
            "/c": {"get": get(STR)},
        }
    )
    ours = doc({"/a/{id}": {"get": get(obj())}, "/b": {"get": get(obj())}, "/c": {"get": get(STR)}})
    report = compare(official, ours, ignore=[("GET /a/{other_name}", "response 200 body: x")])
    assert report.findings == [
        Finding("GET /a/{uuid}", "response 200 body: y", "missing"),
        Finding("GET /b", "response 200 body: x", "missing"),
    ]
    assert report.ignored == 1
    assert coverage_by_operation(report) == {"GET /a/{uuid}": False, "GET /b": False, "GET /c": True}

    report = compare(official, ours, ignore=[("GET /a/{uuid}", ""), ("GET /b", "response 200 body")])
    assert report.findings == []
    assert report.ignored == 3
    assert report.coverage == 100.0

    report = compare(official, ours, component="zaken", spec_name="zaken-1.5.1.yaml")
    text = report.format()
    first, *rest = text.splitlines()
    assert first.startswith("zaken vs zaken-1.5.1.yaml: coverage 33.3%")
    assert rest == [
        "GET /a/{uuid}",
        "  response 200 body: x: missing",
        "  response 200 body: y: missing",
        "GET /b",
        "  response 200 body: x: missing",
    ]


def test_load_spec_keeps_yaml_1_1_words_as_strings(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text("openapi: 3.0.3\nx:\n  enum: [yes, no, on, off, true]\n  example: 2019-01-01\n")
    data = load_spec(path)
    assert data["x"] == {"enum": ["yes", "no", "on", "off", True], "example": "2019-01-01"}


@pytest.mark.parametrize("name", ["openzaak/autorisaties.yaml", "vng/zaken-1.5.1.yaml"])
def test_official_specs_conform_to_themselves(name: str) -> None:
    if not SPECS_DIR.is_dir():
        pytest.skip(f"spec directory {SPECS_DIR} not found (set ZGW_SPECS_DIR)")
    spec = load_spec(SPECS_DIR / name)
    report = compare(spec, copy.deepcopy(spec))
    assert report.findings == [], report.format()
    assert report.operations_total > 0
    assert report.coverage == 100.0


def test_security_scopes_are_compared() -> None:
    from zgw.rest.conformance import compare

    def doc(scopes: list[str]) -> dict[str, object]:
        return {"openapi": "3.0.3", "paths": {"/x": {"get": {
            "security": [{"JWT-Claims": scopes}], "responses": {"200": {"description": "OK"}}}}}}

    report = compare(doc(["a.lezen"]), doc([]))
    assert [(f.where, f.problem) for f in report.findings] == [("security", "scopes missing: ['a.lezen']")]
    assert compare(doc(["a.lezen"]), doc(["a.lezen", "b.lezen"])).findings == []
