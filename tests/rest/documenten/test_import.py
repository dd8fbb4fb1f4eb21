"""Open Zaak's bulk import API: create, upload, status, report, delete, and their rules."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

import httpx
import pytest

from tests.conftest import make_client
from tests.rest.documenten.factories import published_iot
from tests.rest.documenten.test_import_helpers import IMPORT, csv_text, files, row, run_here, started
from zgw.domain.documenten import content
from zgw.domain.documenten.imports.columns import HEADERS, REPORT_HEADERS
from zgw.domain.documenten.imports.documents import SLOT, Import, ImportResult, ImportRow, ImportSlot
from zgw.domain.documenten.imports.service import sweep_retention

CSV = {"Content-Type": "text/csv"}


@pytest.fixture
def base(app_state: tuple[Any, dict[str, Any]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """IMPORT_DOCUMENTEN_BASE_DIR of the app: a fresh folder."""
    folder = tmp_path / "import-base"
    folder.mkdir()
    monkeypatch.setattr(app_state[1]["settings"], "import_documenten_base_dir", str(folder))
    return folder


async def _gridfs_files() -> int:
    return int(await content.files().count_documents({}))


async def test_create_answers_the_three_urls_and_takes_the_slot(api: httpx.AsyncClient,
                                                                superuser: dict[str, str]) -> None:
    r = await api.post(f"{IMPORT}/create", headers=superuser)
    assert r.status_code == 201, r.text
    body = r.json()
    import_id = UUID(body["uploadUrl"].split("/")[-2])
    assert body == {"uploadUrl": f"{IMPORT}/{import_id}/upload", "statusUrl": f"{IMPORT}/{import_id}/status",
                    "reportUrl": f"{IMPORT}/{import_id}/report"}
    assert r.headers["Location"] == body["statusUrl"]
    stored = await Import.get(import_id)
    assert stored is not None and stored.status == "pending" and stored.total == 0
    slot = await ImportSlot.get(SLOT)
    assert slot is not None and slot.import_id == import_id
    r = await api.get(body["statusUrl"], headers=superuser)
    assert r.status_code == 200
    assert r.json() == {"total": 0, "processed": 0, "processedSuccessfully": 0, "processedInvalid": 0,
                        "status": "pending"}


async def test_create_is_refused_while_another_is_pending(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    assert (await api.post(f"{IMPORT}/create", headers=superuser)).status_code == 201
    r = await api.post(f"{IMPORT}/create", headers=superuser)
    assert r.status_code == 400
    assert r.headers["content-type"].startswith("application/problem+json")
    params = [(p["name"], p["code"]) for p in r.json()["invalidParams"]]
    assert params == [("nonFieldErrors", "existing-import-started")]
    assert await Import.count() == 1


async def test_concurrent_creates_make_one_import(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    answers = await asyncio.gather(*(api.post(f"{IMPORT}/create", headers=superuser) for _ in range(6)))
    assert sorted(r.status_code for r in answers) == [201, 400, 400, 400, 400, 400]
    assert await Import.count() == 1
    created = next(r for r in answers if r.status_code == 201)
    slot = await ImportSlot.get(SLOT)
    assert slot is not None and str(slot.import_id) == created.json()["statusUrl"].split("/")[-2]


async def test_a_slot_left_by_an_ended_import_is_taken_over(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    first = UUID((await api.post(f"{IMPORT}/create", headers=superuser)).json()["statusUrl"].split("/")[-2])
    # the import ended, but its run died before freeing the slot
    await Import.get_pymongo_collection().update_one({"_id": first}, {"$set": {"status": "finished"}})
    r = await api.post(f"{IMPORT}/create", headers=superuser)
    assert r.status_code == 201, r.text
    slot = await ImportSlot.get(SLOT)
    assert slot is not None and str(slot.import_id) == r.json()["statusUrl"].split("/")[-2]


async def test_only_heeft_alle_autorisaties(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    h = await make_client("documenten-alles", autorisaties=[{
        "component": "drc", "scopes": ["documenten.lezen", "documenten.aanmaken", "documenten.bijwerken",
                                       "documenten.verwijderen"],
        "informatieobjecttype": "http://testserver/catalogi/api/v1/informatieobjecttypen/" + str(uuid4()),
        "max_vertrouwelijkheidaanduiding": "zeer_geheim"}])
    r = await api.post(f"{IMPORT}/create", headers=h)
    assert (r.status_code, r.json()["code"]) == (403, "permission_denied")
    assert await Import.count() == 0
    import_id = UUID((await api.post(f"{IMPORT}/create", headers=superuser)).json()["statusUrl"].split("/")[-2])
    for method, action in (("POST", "upload"), ("GET", "status"), ("GET", "report"), ("DELETE", "delete")):
        r = await api.request(method, f"{IMPORT}/{import_id}/{action}", headers={**h, **CSV}, content=b"uuid\n")
        assert (r.status_code, r.json()["code"]) == (403, "permission_denied"), action
    r = await api.post(f"{IMPORT}/create")
    assert (r.status_code, r.json()["code"]) == (403, "not_authenticated")
    assert (await Import.get(import_id)).status == "pending"  # type: ignore[union-attr]


async def _pending(api: httpx.AsyncClient, h: dict[str, str]) -> str:
    r = await api.post(f"{IMPORT}/create", headers=h)
    assert r.status_code == 201
    return str(r.json()["uploadUrl"])


async def _refused(api: httpx.AsyncClient, h: dict[str, str], url: str, body: bytes, status: int,
                   **headers: str) -> dict[str, Any]:
    before = await _gridfs_files()
    r = await api.post(url, content=body, headers={**h, **CSV, **headers})
    assert r.status_code == status, r.text
    assert (await Import.get(UUID(url.split("/")[-2]))).status == "pending"  # type: ignore[union-attr]
    assert await _gridfs_files() == before  # nothing of the upload stays
    result: dict[str, Any] = r.json()
    return result


async def test_upload_refusals(api: httpx.AsyncClient, superuser: dict[str, str], base: Path) -> None:
    url = await _pending(api, superuser)
    good = csv_text([row("http://testserver/x", "a.txt")]).encode()

    problem = await _refused(api, superuser, url, good, 415, **{"Content-Type": "application/pdf"})
    assert problem["code"] == "unsupported_media_type" or problem["status"] == 415

    missing = [h for h in HEADERS if h not in ("uuid", "zaakUuid")]
    problem = await _refused(api, superuser, url, csv_text([], missing).encode(), 400)
    assert [(p["code"], p["reason"]) for p in problem["invalidParams"]] == [
        ("missing-import-headers", "The following headers were not found in the CSV file: uuid,zaakUuid")]

    problem = await _refused(api, superuser, url, csv_text([], [*HEADERS, "kleur", "maat"]).encode(), 400)
    assert [p["code"] for p in problem["invalidParams"]] == ["unknown-import-headers"]
    assert "kleur,maat" in problem["invalidParams"][0]["reason"]

    problem = await _refused(api, superuser, url, b"", 400)
    assert [p["code"] for p in problem["invalidParams"]] == ["empty-file"]

    problem = await _refused(api, superuser, url, "%PDF-1.5%äðíø".encode("latin-1"), 400)
    assert problem["code"] == "parse_error"

    r = await api.post(f"{IMPORT}/{uuid4()}/upload", content=good, headers={**superuser, **CSV})
    assert r.status_code == 404


async def test_a_misconfigured_base_directory_refuses_to_start(api: httpx.AsyncClient, superuser: dict[str, str],
                                                               base: Path, app_state: tuple[Any, dict[str, Any]],
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    url = await _pending(api, superuser)
    good = csv_text([row("http://testserver/x", "a.txt")]).encode()
    settings = app_state[1]["settings"]
    monkeypatch.setattr(settings, "import_documenten_base_dir", str(base / "missing"))
    problem = await _refused(api, superuser, url, good, 400)
    assert [p["code"] for p in problem["invalidParams"]] == ["import-dir-not-found"]
    (base / "a-file").write_text("x")
    monkeypatch.setattr(settings, "import_documenten_base_dir", str(base / "a-file"))
    problem = await _refused(api, superuser, url, good, 400)
    assert [p["code"] for p in problem["invalidParams"]] == ["import-dir-not-dir"]


async def test_upload_starts_once(api: httpx.AsyncClient, superuser: dict[str, str], base: Path) -> None:
    url = await _pending(api, superuser)
    text = csv_text([row("http://testserver/x", "a.txt")])
    r = await api.post(url, content=text.encode(), headers={**superuser, **CSV})
    assert r.status_code == 200, r.text
    assert r.content == b""
    stored = await Import.get(UUID(url.split("/")[-2]))
    assert stored is not None and stored.status == "active" and stored.csv_file
    info = await content.info(stored.csv_file)
    assert info is not None
    assert b"".join([p async for p in content.read(info)]).decode() == text
    r = await api.post(url, content=text.encode(), headers={**superuser, **CSV})
    assert r.status_code == 400
    assert [p["code"] for p in r.json()["invalidParams"]] == ["invalid-status"]
    # another import cannot be created nor started meanwhile
    r = await api.post(f"{IMPORT}/create", headers=superuser)
    assert [p["code"] for p in r.json()["invalidParams"]] == ["existing-import-started"]


async def test_status_report_and_delete_follow_the_status(api: httpx.AsyncClient, superuser: dict[str, str],
                                                          base: Path) -> None:
    url = await _pending(api, superuser)
    root = url.removesuffix("/upload")
    assert (await api.get(f"{root}/report", headers=superuser)).status_code == 404  # pending
    await api.post(url, content=csv_text([row("http://testserver/x", "a.txt")]).encode(),
                   headers={**superuser, **CSV})
    assert (await api.get(f"{root}/report", headers=superuser)).status_code == 404  # active
    r = await api.delete(f"{root}/delete", headers=superuser)
    assert r.status_code == 400
    assert [p["code"] for p in r.json()["invalidParams"]] == ["import-invalid-status"]
    assert (await api.get(f"{root}/status", headers=superuser)).json()["status"] == "active"
    assert (await api.get(f"{IMPORT}/{uuid4()}/status", headers=superuser)).status_code == 404


async def test_delete_a_pending_import(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    root = (await _pending(api, superuser)).removesuffix("/upload")
    r = await api.delete(f"{root}/delete", headers=superuser)
    assert r.status_code == 204
    assert (await api.get(f"{root}/status", headers=superuser)).status_code == 404
    assert await Import.count() == 0 and await ImportSlot.get(SLOT) is None
    assert (await api.delete(f"{root}/delete", headers=superuser)).status_code == 404
    assert (await api.post(f"{IMPORT}/create", headers=superuser)).status_code == 201


async def test_finished_import_report_delete_and_retention(api: httpx.AsyncClient, superuser: dict[str, str],
                                                           base: Path, app_state: tuple[Any, dict[str, Any]]) -> None:
    iot = (await published_iot(api, superuser))["url"]
    paths = files(base, 4)
    import_id = await started(api, superuser, csv_text([row(iot, p) for p in paths]))
    assert await run_here(import_id, base, app_state[1]["redis"]) == "finished"
    r = await api.get(f"{IMPORT}/{import_id}/report", headers=superuser)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/csv")
    lines = r.text.splitlines()
    assert lines[0].split(",") == REPORT_HEADERS and len(lines) == 5
    files_before = await _gridfs_files()
    assert await ImportRow.count() == 4 and await ImportResult.count() == 4
    # retention: not yet
    assert await sweep_retention(7) == 0
    r = await api.delete(f"{IMPORT}/{import_id}/delete", headers=superuser)
    assert r.status_code == 204
    assert await Import.count() == 0 and await ImportRow.count() == 0 and await ImportResult.count() == 0
    assert await _gridfs_files() == files_before - 2  # the metadata and the report; the documents stay

    # an import finished 8 days ago goes with the sweep, a recent one stays
    second = await started(api, superuser, csv_text([row(iot, paths[0], titel="twee")]))
    await run_here(second, base, app_state[1]["redis"])
    old = await Import.get(second)
    assert old is not None and old.finished_on is not None
    from datetime import timedelta

    await Import.get_pymongo_collection().update_one({"_id": second},
                                                     {"$set": {"finished_on": old.finished_on - timedelta(days=8)}})
    third = UUID((await api.post(f"{IMPORT}/create", headers=superuser)).json()["statusUrl"].split("/")[-2])
    assert await sweep_retention(7) == 1
    assert await Import.get(second) is None and await Import.get(third) is not None


async def test_a_base_directory_gone_after_the_start_ends_the_import_in_error(
        api: httpx.AsyncClient, superuser: dict[str, str], base: Path, app_state: tuple[Any, dict[str, Any]]) -> None:
    iot = (await published_iot(api, superuser))["url"]
    paths = files(base, 2)
    import_id = await started(api, superuser, csv_text([row(iot, p) for p in paths]))
    assert await run_here(import_id, base / "weg", app_state[1]["redis"]) == "error"
    status = (await api.get(f"{IMPORT}/{import_id}/status", headers=superuser)).json()
    assert status == {"total": 0, "processed": 0, "processedSuccessfully": 0, "processedInvalid": 0,
                      "status": "error"}
    r = await api.get(f"{IMPORT}/{import_id}/report", headers=superuser)
    assert r.status_code == 200
    lines = r.text.splitlines()[1:]
    assert len(lines) == 2 and all(line.endswith(",Niet verwerkt: The import was not started as the import "
                                                 f"directory {base / 'weg'} could not be found,Niet geïmporteerd")
                                   for line in lines)
    assert await ImportSlot.get(SLOT) is None  # another import may start
