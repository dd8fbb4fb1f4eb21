"""An import's rows: good ones imported with their content, bad ones reported per row without stopping the
others, paths that escape the base directory refused, zaken linked, no notifications."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

import httpx
import pytest

from tests.rest.catalogi.factories import make_catalogus, make_iot
from tests.rest.documenten.factories import make_eio, published_iot
from tests.rest.documenten.sub.helpers import linked_setup
from tests.rest.documenten.test_import_helpers import (
    IMPORT,
    content_of,
    csv_text,
    files,
    report_rows,
    row,
    run_here,
    started,
)
from zgw.domain.documenten.documents import EnkelvoudigInformatieObject, Identificatie
from zgw.domain.documenten.imports.columns import IMPORTED, NOT_IMPORTED
from zgw.domain.documenten.imports.documents import Import, ImportSlot
from zgw.domain.notifications.documents import OutboxMessage
from zgw.domain.zaken.zaakinformatieobjecten import ZaakInformatieObject

DOCUMENTEN = "http://testserver/documenten/api/v1"


@pytest.fixture
def base(app_state: tuple[Any, dict[str, Any]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "import-base"
    folder.mkdir()
    monkeypatch.setattr(app_state[1]["settings"], "import_documenten_base_dir", str(folder))
    return folder


async def _import(api: httpx.AsyncClient, h: dict[str, str], base: Path, redis: Any,
                  rows: list[dict[str, str]], batch_size: int = 3) -> tuple[UUID, list[dict[str, str]]]:
    import_id = await started(api, h, csv_text(rows))
    assert await run_here(import_id, base, redis, batch_size) == "finished"
    r = await api.get(f"{IMPORT}/{import_id}/report", headers=h)
    assert r.status_code == 200, r.text
    return import_id, report_rows(r.text)


async def test_good_rows_are_imported_with_their_content(api: httpx.AsyncClient, superuser: dict[str, str],
                                                         base: Path, app_state: tuple[Any, dict[str, Any]],
                                                         caplog: pytest.LogCaptureFixture) -> None:
    iot = (await published_iot(api, superuser, vertrouwelijkheidaanduiding="intern"))["url"]
    await OutboxMessage.delete_all()  # the catalogue's own
    paths = files(base, 7)
    (base / "large.bin").write_bytes(os.urandom(600 * 1024))  # streamed in chunks, not with the batch
    given = uuid4()
    rows = [row(iot, p, titel=f"doc {n}") for n, p in enumerate(paths)]
    rows[0].update(uuid=str(given), identificatie="ARCHIEF-1", trefwoorden="a,b", status="definitief",
                   vertrouwelijkheidaanduiding="openbaar", bestandsomvang="64", indicatieGebruiksrecht="false",
                   **{"ondertekening.soort": "digitaal", "ondertekening.datum": "2024-02-01",
                      "integriteit.algoritme": "sha_256", "integriteit.waarde": "abc",
                      "integriteit.datum": "2024-02-02"})
    rows.append(row(iot, "large.bin", titel="groot", bestandsnaam="groot.bin", formaat="application/octet-stream"))
    caplog.set_level(logging.INFO, "zgw.imports")
    import_id, report = await _import(api, superuser, base, app_state[1]["redis"], rows)

    assert [r["resultaat"] for r in report] == [IMPORTED] * 8
    assert [r["opmerking"] for r in report] == [""] * 8
    status = (await api.get(f"{IMPORT}/{import_id}/status", headers=superuser)).json()
    assert status == {"total": 8, "processed": 8, "processedSuccessfully": 8, "processedInvalid": 0,
                      "status": "finished"}
    assert report[0]["uuid"] == str(given) and report[0]["identificatie"] == "ARCHIEF-1"
    assert all(r["uuid"] and r["identificatie"].startswith("DOCUMENT-") for r in report[1:])
    assert await EnkelvoudigInformatieObject.count() == 8
    assert await Identificatie.count() == 8

    first = (await api.get(f"{DOCUMENTEN}/enkelvoudiginformatieobjecten/{given}", headers=superuser)).json()
    assert {k: first[k] for k in ("identificatie", "bronorganisatie", "creatiedatum", "titel", "auteur", "taal",
                                  "status", "vertrouwelijkheidaanduiding", "bestandsomvang", "bestandsnaam",
                                  "formaat", "trefwoorden", "indicatieGebruiksrecht", "ondertekening",
                                  "integriteit", "versie", "locked", "informatieobjecttype")} == {
        "identificatie": "ARCHIEF-1", "bronorganisatie": "517439943", "creatiedatum": "2024-03-01",
        "titel": "doc 0", "auteur": "Archief", "taal": "dut", "status": "definitief",
        "vertrouwelijkheidaanduiding": "openbaar", "bestandsomvang": 64, "bestandsnaam": "brief.txt",
        "formaat": "text/plain", "trefwoorden": ["a", "b"], "indicatieGebruiksrecht": False,
        "ondertekening": {"soort": "digitaal", "datum": "2024-02-01"},
        "integriteit": {"algoritme": "sha_256", "waarde": "abc", "datum": "2024-02-02"}, "versie": 1,
        "locked": False, "informatieobjecttype": iot}
    r = await api.get(f"{DOCUMENTEN}/enkelvoudiginformatieobjecten/{given}/download", headers=superuser)
    assert r.content == content_of(0)
    second = report[1]["uuid"]
    doc = (await api.get(f"{DOCUMENTEN}/enkelvoudiginformatieobjecten/{second}", headers=superuser)).json()
    assert doc["vertrouwelijkheidaanduiding"] == "intern"  # drc-007: the type's
    large = report[-1]["uuid"]
    r = await api.get(f"{DOCUMENTEN}/enkelvoudiginformatieobjecten/{large}/download", headers=superuser)
    assert r.content == (base / "large.bin").read_bytes()

    assert await OutboxMessage.count() == 0  # no notifications for imported documents (as Open Zaak)
    summary = [m for m in caplog.messages if str(import_id) in m]
    assert summary == [f"import {import_id} finished: 8 rows, 8 processed, 8 imported, 0 not imported"]
    assert await ImportSlot.count() == 0
    r = await api.post(f"{IMPORT}/create", headers=superuser)
    assert r.status_code == 201  # the slot is free again


async def test_bad_rows_are_reported_and_never_stop_the_others(api: httpx.AsyncClient, superuser: dict[str, str],
                                                               base: Path, app_state: tuple[Any, dict[str, Any]]
                                                               ) -> None:
    iot = (await published_iot(api, superuser))["url"]
    catalogus = (await make_catalogus(api, superuser))["url"]
    concept = (await make_iot(api, superuser, catalogus, omschrijving="concept"))["url"]
    existing = (await make_eio(api, superuser, iot))["url"].rsplit("/", 1)[-1]
    await OutboxMessage.delete_all()
    paths = files(base, 3)
    rows = [
        row(iot, paths[0], titel="goed 1"),
        row(f"http://testserver/catalogi/api/v1/informatieobjecttypen/{uuid4()}", paths[0]),   # unknown type
        row(concept, paths[0]),                                                                 # not published
        row(iot, paths[0], uuid=existing),                                                      # existing uuid
        row(iot, paths[0], uuid="niet-een-uuid"),                                               # invalid uuid
        row(iot, "docs/0/bestaat-niet.txt"),                                                    # missing file
        row(iot, paths[1], bestandsomvang="65"),                                                # wrong size
        row(iot, paths[1], zaakUuid=str(uuid4())),                                              # no such zaak
        row(iot, paths[1], bronorganisatie="12345", creatiedatum="1-1-2024"),                   # invalid fields
        row(iot, paths[1], status="in_bewerking", ontvangstdatum="2024-01-01"),                 # drc-005
        row("https://elders.example/catalogi/api/v1/informatieobjecttypen/" + str(uuid4()), paths[1]),
        row(iot, paths[2], titel="goed 2"),
    ]
    import_id, report = await _import(api, superuser, base, app_state[1]["redis"], rows, batch_size=4)
    results = [r["resultaat"] for r in report]
    assert results == [IMPORTED] + [NOT_IMPORTED] * 10 + [IMPORTED]
    comments = [r["opmerking"] for r in report]
    assert comments[0] == "" and comments[-1] == ""
    assert "het informatieobjecttype bestaat niet" in comments[1]
    assert "nog niet gepubliceerd" in comments[2]
    assert f"er bestaat al een informatieobject met uuid {existing}" in comments[3]
    assert "not a valid UUID" in comments[4]
    assert "bestaat niet" in comments[5] and "bestaat-niet.txt" in comments[5]
    assert "bestandsomvang: 65 komt niet overeen met de grootte van het bestand (64 bytes)" in comments[6]
    assert "zaakUuid" in comments[7] and "Object bestaat niet" in comments[7]
    assert "bronorganisatie" in comments[8] and "creatiedatum" in comments[8]
    assert "niet van toepassing op ontvangen documenten" in comments[9]
    assert "geen informatieobjecttype van deze installatie" in comments[10]
    status = (await api.get(f"{IMPORT}/{import_id}/status", headers=superuser)).json()
    assert status == {"total": 12, "processed": 12, "processedSuccessfully": 2, "processedInvalid": 10,
                      "status": "finished"}
    assert await EnkelvoudigInformatieObject.count() == 3  # the two imported and the existing one
    assert await Identificatie.count() == 3  # failed rows leave no identificatie behind
    assert await OutboxMessage.count() == 0


async def test_paths_that_escape_the_base_directory_are_refused(api: httpx.AsyncClient, superuser: dict[str, str],
                                                                base: Path, tmp_path: Path,
                                                                app_state: tuple[Any, dict[str, Any]]) -> None:
    iot = (await published_iot(api, superuser))["url"]
    await OutboxMessage.delete_all()
    paths = files(base, 1)
    secret = tmp_path / "geheim.txt"  # outside the base directory
    secret.write_text("niet importeren")
    (base / "uit").symlink_to(secret)
    (base / "map-uit").symlink_to(tmp_path, target_is_directory=True)
    (base / "binnen").symlink_to(base / paths[0])  # a symlink that stays inside is fine
    (base / "apparaat").symlink_to("/dev/zero")
    os.mkfifo(base / "fifo")
    (base / "map").mkdir()
    tricks = ["../geheim.txt", "docs/../../geheim.txt", str(secret), "uit", "map-uit/geheim.txt", "apparaat", "fifo",
              "map", "docs/0/file-0.txt\x00.pdf", "/dev/zero", "~/geheim.txt"]
    rows = [row(iot, p) for p in tricks] + [row(iot, "binnen", titel="via link"), row(iot, paths[0], titel="gewoon")]
    import_id, report = await _import(api, superuser, base, app_state[1]["redis"], rows, batch_size=5)
    results = [r["resultaat"] for r in report]
    assert results == [NOT_IMPORTED] * len(tricks) + [IMPORTED, IMPORTED], [r["opmerking"] for r in report]
    comments = [r["opmerking"] for r in report]
    assert "buiten IMPORT_DOCUMENTEN_BASE_DIR (..)" in comments[0] and "(..)" in comments[1]
    assert "absoluut pad" in comments[2] and "absoluut pad" in comments[9]
    assert "symbolische link" in comments[3] and "symbolische link" in comments[4]
    assert "symbolische link" in comments[5]  # /dev/zero lies outside
    assert "geen gewoon bestand" in comments[6] and "geen gewoon bestand" in comments[7]
    assert "NUL" in comments[8]
    assert "absoluut pad" in comments[10] or "bestaat niet" in comments[10]
    assert await EnkelvoudigInformatieObject.count() == 2
    for r in report[-2:]:
        got = await api.get(f"{DOCUMENTEN}/enkelvoudiginformatieobjecten/{r['uuid']}/download", headers=superuser)
        assert got.content == content_of(0)
    assert (await Import.get(import_id)).processed_invalid == len(tricks)  # type: ignore[union-attr]


async def test_zaak_uuid_links_the_document(api: httpx.AsyncClient, superuser: dict[str, str], base: Path,
                                            app_state: tuple[Any, dict[str, Any]]) -> None:
    linked = await linked_setup(api, superuser)
    await OutboxMessage.delete_all()
    paths = files(base, 2)
    zaak = linked.zaak["uuid"]
    rows = [row(linked.iot["url"], paths[0], zaakUuid=zaak),
            row(linked.other_iot["url"], paths[1], zaakUuid=zaak)]  # zrc-017: not a type of the zaaktype
    _, report = await _import(api, superuser, base, app_state[1]["redis"], rows)
    assert [r["resultaat"] for r in report] == [IMPORTED, NOT_IMPORTED]
    assert "Het informatieobjecttype hoort niet bij het zaaktype van de zaak." in report[1]["opmerking"]
    eio = report[0]["uuid"]
    links = [z async for z in ZaakInformatieObject.find_all()]
    assert [(z.zaak, z.informatieobject) for z in links] == [
        (f"/zaken/api/v1/zaken/{zaak}", f"/documenten/api/v1/enkelvoudiginformatieobjecten/{eio}")]
    r = await api.get(f"{DOCUMENTEN}/objectinformatieobjecten", params={
        "informatieobject": f"{DOCUMENTEN}/enkelvoudiginformatieobjecten/{eio}"}, headers=superuser)
    assert [o["object"] for o in r.json()] == [linked.zaak["url"]]
    assert await EnkelvoudigInformatieObject.count() == 1
    assert await OutboxMessage.count() == 0
