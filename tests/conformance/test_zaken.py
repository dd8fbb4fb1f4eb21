"""The Zaken API's generated OpenAPI document covers Open Zaak's spec (1.5.1 + extensions) and the official 1.7.0."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from zgw.core.settings import PROJECT_ROOT
from zgw.rest import zaken
from zgw.rest.conformance import compare, load_spec

SPECS = Path(os.environ.get("ZGW_SPECS_DIR", PROJECT_ROOT.parent / "shared" / "specs"))

# Out of scope of the Zaken issue, each coming in its own issue: the whole operation is ignored.
OUT_OF_SCOPE = [
]
ZAAK_READS = ["GET /zaken", "GET /zaken/{uuid}", "HEAD /zaken/{uuid}"]
ZAAK_BODIES = ["POST /zaken", "PUT /zaken/{uuid}", "PATCH /zaken/{uuid}", "POST /zaken/_zoek"]
# Open Zaak's convenience endpoints that take a zaak with its geometry (GeoMixin: Accept-Crs checked, as on /zaken)
CONVENIENCE_CRS = ["POST /zaak_registreren", "POST /zaak_bijwerken/{uuid}"]
EXPANDING = ["GET /zaken", "GET /zaken/{uuid}", "POST /zaken/_zoek"]
WITH_ROLLEN = [*EXPANDING, "GET /zaken/{zaak_uuid}/zaakeigenschappen",
               "GET /zaken/{zaak_uuid}/zaakeigenschappen/{uuid}",
               "GET /resultaten", "GET /resultaten/{uuid}", "GET /zaakobjecten", "GET /zaakobjecten/{uuid}",
               "GET /zaakinformatieobjecten", "GET /zaakinformatieobjecten/{uuid}"]
# where the sub-resources answer (or take) a Rol itself
ROL_BODIES = [("GET /rollen", "response 200 body: results[].roltoelichting"),
              ("GET /rollen/{uuid}", "response 200 body: roltoelichting"),
              ("POST /rollen", "response 201 body: roltoelichting"), ("POST /rollen", "request body: roltoelichting"),
              ("GET /statussen", "response 200 body: results[]._expand.gezetdoor.roltoelichting"),
              ("GET /statussen/{uuid}", "response 200 body: _expand.gezetdoor.roltoelichting")]
# the sub-resource lists filtered on their zaak
ZAAK_FILTERED = ["GET /klantcontacten", "GET /resultaten", "GET /rollen", "GET /statussen",
                 "GET /zaakcontactmomenten", "GET /zaakobjecten", "GET /zaakverzoeken", "GET /zaakinformatieobjecten"]

IGNORES: dict[str, list[tuple[str, str]]] = {
    "openzaak/zaken.yaml": [
        *((op, "") for op in OUT_OF_SCOPE),
        # Open Zaak's zaken check Accept-Crs with vng-api-common's GeoMixin: without it they answer 412,
        # so the header is required (as 1.7.0 declares it), though Open Zaak's generated spec says optional.
        *((op, "parameter header Accept-Crs") for op in [*ZAAK_READS, *ZAAK_BODIES, *CONVENIENCE_CRS]),
        # the zaak in these answers is read-only as a whole; the generated GeoJSON field cannot carry the flag
        *((op, "response 200 body: zaak.zaakgeometrie") for op in ["POST /zaak_opschorten/{uuid}",
                                                                   "POST /zaak_verlengen/{uuid}"]),
        # Zaken 1.7.0 expands at any depth: the 1.5.1 paths Open Zaak enumerates are examples, not a limit.
        *((op, "parameter query expand") for op in EXPANDING), ("POST /zaken/_zoek", "request body: expand[]"),
        # Open Zaak's generated spec types the `zaak` filter as `integer` (a drf-spectacular artefact for
        # hyperlinked filters); Open Zaak takes the zaak's URL there, as 1.7.0 (`string`, `uri`) says.
        *((op, "parameter query zaak") for op in ZAAK_FILTERED),
        # the same artefact on the extensions' URL filters (1.7.0 types gerelateerdAan the same way)
        ("GET /zaaknotities", "parameter query gerelateerdAan"),
        ("GET /substatussen", "parameter query zaak"), ("GET /substatussen", "parameter query status"),
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
                        "response 200 body: _expand.zaak.", "response 200 body: []._expand.zaak.",
                        "response 200 body: results[]._expand.zaak.")),
        # Open Zaak's POST /rollen accepts a Rol without roltoelichting (its schema says why) and so answers them.
        *ROL_BODIES,
        # 1.7.0 types this filter as a string, Open Zaak as a boolean; both take `true`/`false`, Open Zaak's type wins.
        ("GET /statussen", "parameter query indicatieLaatstGezetteStatus"),
        # typed integer as in Open Zaak's spec (copied from it); both take the zaak's URL
        ("GET /zaaknotities", "parameter query gerelateerdAan"),
        # 1.7.0's own description answers one object when `aantal` is absent or 1 (a list when > 1), as Open
        # Zaak's OneOrMultipleZaakIdentificaties; its schema says array only. The description (and Open Zaak) wins.
        ("POST /zaaknummer_reserveren", "response 201 body"),
    ],
}


def _report(spec: str):  # type: ignore[no-untyped-def]
    path = SPECS / spec
    if not path.exists():
        pytest.skip(f"official spec {path} not found (set ZGW_SPECS_DIR)")
    return compare(load_spec(path), zaken.create().state.document(), ignore=IGNORES[spec])


@pytest.mark.parametrize("spec", sorted(IGNORES))
def test_covers_official_spec(spec: str) -> None:
    """Every operation, the sub-resources included (statussen, resultaten, rollen, zaakobjecten, klantcontacten,
    zaakcontactmomenten, zaakverzoeken), conforms."""
    report = _report(spec)
    print(report.format())
    assert report.coverage == 100.0, report.format()
    assert report.findings == [], report.format()


def test_sub_resource_scopes_as_open_zaak_writes_them() -> None:
    """The composed scope labels are named exactly, in Open Zaak's order (clients and tooling read them)."""
    paths = zaken.create().state.document()["paths"]
    assert "(zaken.aanmaken | zaken.statussen.toevoegen | zaken.heropenen)" in (
        paths["/statussen"]["post"]["security"][0]["JWT-Claims"])
    assert "(zaken.bijwerken | zaken.geforceerd-bijwerken | zaken.verwijderen)" in (
        paths["/zaakobjecten/{uuid}"]["delete"]["security"][0]["JWT-Claims"])
    assert paths["/zaakverzoeken"]["post"]["security"] == [{"JWT-Claims": ["zaken.bijwerken"]}]


def test_polymorphic_shapes_carry_their_discriminator() -> None:
    """Rol and ZaakObject bodies and results are `oneOf` their variants with Open Zaak's discriminator."""
    doc = zaken.create().state.document()
    body = doc["paths"]["/rollen"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert body["discriminator"]["propertyName"] == "betrokkeneType"
    assert body["discriminator"]["mapping"]["medewerker"] == "#/components/schemas/medewerker_RolSerializerRequest"
    assert len(body["oneOf"]) == 5
    results = doc["components"]["schemas"]["PaginatedZaakObjectList"]["properties"]["results"]["items"]
    assert results["discriminator"]["propertyName"] == "objectType"
    assert results["discriminator"]["mapping"]["overige"] == "#/components/schemas/overige_ZaakObjectSerializer"
    patch = doc["paths"]["/zaakobjecten/{uuid}"]["patch"]["requestBody"]["content"]["application/json"]["schema"]
    assert [doc["components"]["schemas"][m["$ref"].rsplit("/", 1)[1]].get("required") for m in patch["oneOf"]] == (
        [None] * 31)
