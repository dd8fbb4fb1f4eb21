"""The Zaken API's generated OpenAPI document covers Open Zaak's spec (1.5.1 + extensions) and the official 1.7.0."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from zgw.gateway.settings import PROJECT_ROOT
from zgw.rest import zaken
from zgw.rest.conformance import Finding, compare, load_spec

SPECS = Path(os.environ.get("ZGW_SPECS_DIR", PROJECT_ROOT.parent / "shared" / "specs"))

# Out of scope of the Zaken issue, each coming in its own issue: the whole operation is ignored.
OUT_OF_SCOPE = [
    # the links to documents and besluiten
    "GET /zaakinformatieobjecten", "POST /zaakinformatieobjecten", "GET /zaakinformatieobjecten/{uuid}",
    "PUT /zaakinformatieobjecten/{uuid}", "PATCH /zaakinformatieobjecten/{uuid}",
    "DELETE /zaakinformatieobjecten/{uuid}", "HEAD /zaakinformatieobjecten/{uuid}",
    "GET /zaken/{zaak_uuid}/besluiten", "POST /zaken/{zaak_uuid}/besluiten",
    "GET /zaken/{zaak_uuid}/besluiten/{uuid}", "DELETE /zaken/{zaak_uuid}/besluiten/{uuid}",
    # Open Zaak's convenience endpoints
    "POST /zaak_registreren", "POST /zaak_opschorten/{uuid}", "POST /zaak_bijwerken/{uuid}",
    "POST /zaak_verlengen/{uuid}", "POST /zaak_afsluiten/{uuid}",
    # zaaknotities, substatussen, zaaknummer reservation
    "GET /zaaknotities", "POST /zaaknotities", "GET /zaaknotities/{uuid}", "PUT /zaaknotities/{uuid}",
    "PATCH /zaaknotities/{uuid}", "DELETE /zaaknotities/{uuid}",
    "GET /substatussen", "POST /substatussen", "GET /substatussen/{uuid}",
    "POST /reserveer_zaaknummer", "POST /zaaknummer_reserveren",
]
ZAAK_READS = ["GET /zaken", "GET /zaken/{uuid}", "HEAD /zaken/{uuid}"]
ZAAK_BODIES = ["POST /zaken", "PUT /zaken/{uuid}", "PATCH /zaken/{uuid}", "POST /zaken/_zoek"]
EXPANDING = ["GET /zaken", "GET /zaken/{uuid}", "POST /zaken/_zoek"]
WITH_ROLLEN = [*EXPANDING, "GET /zaken/{zaak_uuid}/zaakeigenschappen",
               "GET /zaken/{zaak_uuid}/zaakeigenschappen/{uuid}"]

IGNORES: dict[str, list[tuple[str, str]]] = {
    "openzaak/zaken.yaml": [
        *((op, "") for op in OUT_OF_SCOPE),
        # Open Zaak's zaken check Accept-Crs with vng-api-common's GeoMixin: without it they answer 412,
        # so the header is required (as 1.7.0 declares it), though Open Zaak's generated spec says optional.
        *((op, "parameter header Accept-Crs") for op in [*ZAAK_READS, *ZAAK_BODIES]),
        # Zaken 1.7.0 expands at any depth: the 1.5.1 paths Open Zaak enumerates are examples, not a limit.
        *((op, "parameter query expand") for op in EXPANDING), ("POST /zaken/_zoek", "request body: expand[]"),
    ],
    "vng/zaken-1.7.0.yaml": [
        *((op, "") for op in OUT_OF_SCOPE),
        # 1.7.0 declares Content-Crs (and on DELETE Accept-Crs) on operations without a body or geometry;
        # Open Zaak (vng-api-common's GeoMixin) neither declares nor checks them there, and Open Zaak wins.
        *((op, "parameter header Content-Crs") for op in ZAAK_READS),
        ("DELETE /zaken/{uuid}", "parameter header Accept-Crs"),
        ("DELETE /zaken/{uuid}", "parameter header Content-Crs"),
        # In the _zoek body Open Zaak takes `expand` and `ordering` as arrays, 1.7.0 as one
        # comma-separated string; Open Zaak's shape wins (both take the same names).
        ("POST /zaken/_zoek", "request body: expand"), ("POST /zaken/_zoek", "request body: ordering"),
        # `format: string` on bronorganisatie__in's items is no format (an error in the 1.7.0 document).
        ("POST /zaken/_zoek", "request body: bronorganisatie__in[]"),
        # Open Zaak's Rol may lack roltoelichting (optional on input); 1.7.0's expanded Rol requires it.
        *((op, f"{where}_expand.rollen[].roltoelichting") for op in WITH_ROLLEN
          for where in ("response 200 body: ", "response 200 body: results[].", "response 200 body: [].",
                        "response 200 body: _expand.zaak.", "response 200 body: []._expand.zaak.")),
    ],
}
# Operations of the sub-resources (statussen, resultaten, rollen, zaakobjecten, klantcontacten,
# zaakcontactmomenten, zaakverzoeken), built in their own work package: held to 100% once that lands.
SUB_RESOURCES = ("/statussen", "/resultaten", "/rollen", "/zaakobjecten", "/klantcontacten",
                 "/zaakcontactmomenten", "/zaakverzoeken")


def _is_sub(finding: Finding) -> bool:
    return finding.operation.split(" ", 1)[1].startswith(SUB_RESOURCES)


def _report(spec: str):  # type: ignore[no-untyped-def]
    path = SPECS / spec
    if not path.exists():
        pytest.skip(f"official spec {path} not found (set ZGW_SPECS_DIR)")
    return compare(load_spec(path), zaken.create().state.document(), ignore=IGNORES[spec])


@pytest.mark.parametrize("spec", sorted(IGNORES))
def test_zaken_core_covers_official_spec(spec: str) -> None:
    """zaken, _zoek, zaakeigenschappen and audittrail: every operation conforms."""
    report = _report(spec)
    core = [f for f in report.findings if not _is_sub(f)]
    assert core == [], report.format()


@pytest.mark.parametrize("spec", sorted(IGNORES))
def test_covers_official_spec(spec: str) -> None:
    report = _report(spec)
    print(report.format())
    if any(_is_sub(f) for f in report.findings):
        pytest.xfail("the sub-resources are still being completed (their own work package)")
    assert report.coverage == 100.0, report.format()
    assert report.findings == [], report.format()
