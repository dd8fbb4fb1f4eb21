"""The Documenten API's generated OpenAPI document covers Open Zaak's spec (1.4.2 + extensions) and 1.7.1."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from zgw.core.settings import PROJECT_ROOT
from zgw.rest import documenten
from zgw.rest.conformance import compare, load_spec

SPECS = Path(os.environ.get("ZGW_SPECS_DIR", PROJECT_ROOT.parent / "shared" / "specs"))

# the sub-resource lists filtered on their informatieobject
EIO_FILTERED = ["GET /gebruiksrechten", "GET /objectinformatieobjecten", "GET /verzendingen"]
VERZENDING_BODIES = [("GET /verzendingen", "response 200 body: results[]."), *(
    (op, f"{where} body: ") for op, where in (
        ("POST /verzendingen", "request"), ("POST /verzendingen", "response 201"),
        ("GET /verzendingen/{uuid}", "response 200"), ("PUT /verzendingen/{uuid}", "request"),
        ("PUT /verzendingen/{uuid}", "response 200"), ("PATCH /verzendingen/{uuid}", "request"),
        ("PATCH /verzendingen/{uuid}", "response 200")))]
# The informatieobjecten themselves: each entry goes when its operation exists.
EIO = [
    "GET /enkelvoudiginformatieobjecten", "POST /enkelvoudiginformatieobjecten",
    "GET /enkelvoudiginformatieobjecten/{uuid}", "PUT /enkelvoudiginformatieobjecten/{uuid}",
    "PATCH /enkelvoudiginformatieobjecten/{uuid}", "DELETE /enkelvoudiginformatieobjecten/{uuid}",
    "HEAD /enkelvoudiginformatieobjecten/{uuid}", "GET /enkelvoudiginformatieobjecten/{uuid}/download",
    "POST /enkelvoudiginformatieobjecten/{uuid}/lock", "POST /enkelvoudiginformatieobjecten/{uuid}/unlock",
    "POST /enkelvoudiginformatieobjecten/_zoek",
    "GET /enkelvoudiginformatieobjecten/{enkelvoudiginformatieobject_uuid}/audittrail",
    "GET /enkelvoudiginformatieobjecten/{enkelvoudiginformatieobject_uuid}/audittrail/{uuid}",
    "PUT /bestandsdelen/{uuid}", "POST /documentnummer_reserveren",
]
OUT_OF_SCOPE = [*EIO]

IGNORES: dict[str, list[tuple[str, str]]] = {
    "openzaak/documenten.yaml": [
        *((op, "") for op in OUT_OF_SCOPE),
        # Open Zaak's generated spec types the `informatieobject` filter as `integer` (a drf-spectacular artefact
        # for hyperlinked filters); Open Zaak takes the informatieobject's URL there, as 1.7.1 (`uri`) says.
        *((op, "parameter query informatieobject") for op in EIO_FILTERED),
    ],
    "vng/documenten-1.7.1.yaml": [
        *((op, "") for op in OUT_OF_SCOPE),
        # Open Zaak's objectinformatieobject `object` is a plain string (max 1000); 1.7.1 adds `format: uri`.
        # Open Zaak's shape wins (both take the object's URL).
        *((op, f"{where}object") for op, where in (
            ("GET /objectinformatieobjecten", "response 200 body: []."),
            ("POST /objectinformatieobjecten", "request body: "),
            ("POST /objectinformatieobjecten", "response 201 body: "),
            ("GET /objectinformatieobjecten/{uuid}", "response 200 body: "))),
        # 1.7.1 requires adresBuitenland1 in a buitenlandsCorrespondentieadres; Open Zaak does not, and wins.
        *((op, f"{where}buitenlandsCorrespondentieadres.adresBuitenland1") for op, where in VERZENDING_BODIES),
    ],
}


def _report(spec: str):  # type: ignore[no-untyped-def]
    path = SPECS / spec
    if not path.exists():
        pytest.skip(f"official spec {path} not found (set ZGW_SPECS_DIR)")
    return compare(load_spec(path), documenten.create().state.document(), ignore=IGNORES[spec])


@pytest.mark.parametrize("spec", sorted(IGNORES))
def test_covers_official_spec(spec: str) -> None:
    """Every operation in scope conforms."""
    report = _report(spec)
    print(report.format())
    assert report.coverage == 100.0, report.format()
    assert report.findings == [], report.format()
