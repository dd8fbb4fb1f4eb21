"""Import use cases: create, start (the metadata upload), status, report, delete, and the retention sweep.

One import at a time: `create` takes the slot (an insert of a fixed `_id`: of two concurrent creates one
gets a duplicate key and is refused), `start` moves pending -> active with a compare-and-set on the status
(two concurrent uploads start the import once), and the end of the import (finished, error) or its
deletion frees the slot. The metadata CSV is streamed into GridFS, never held whole in memory.
"""

from __future__ import annotations

import codecs
import csv
import logging
from collections.abc import AsyncIterable, AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID, uuid4

from pymongo.errors import DuplicateKeyError

from zgw.domain.documenten import content
from zgw.domain.documenten.imports import columns, paths
from zgw.domain.documenten.imports.documents import (
    ACTIVE,
    DELETABLE,
    PENDING,
    REPORTABLE,
    SLOT,
    STARTED,
    Import,
    ImportResult,
    ImportRow,
    ImportSlot,
)
from zgw.domain.errors import DomainError, NotFound, ValidationFailed

log = logging.getLogger("zgw.imports")
DELETING = "deleting"
VISIBLE = (PENDING, ACTIVE, *REPORTABLE)
EXISTING = "Er is een import process gaande. Probeer het later nogmaals."


class CsvParseError(DomainError):
    status = 400
    code = "parse_error"
    title = "Ongeldig samengestelde request."
    type_name = "ParseError"


def now() -> datetime:
    moment = datetime.now(UTC)
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)


async def get(import_id: UUID, statuses: tuple[str, ...] = VISIBLE) -> Import:
    found = await Import.get(import_id)
    if found is None or found.status not in statuses:
        raise NotFound()
    return found


async def _slot_holder() -> Import | None:
    """The import that holds the slot, when it is still pending or active."""
    slot = await ImportSlot.get(SLOT)
    if slot is None:
        return None
    holder = await Import.get(slot.import_id)
    return holder if holder is not None and holder.status in STARTED else None


async def create() -> Import:
    """A new pending import; refused (existing-import-started) while another is pending or active."""
    imp = Import(id=uuid4(), status=PENDING, created_on=now())
    await imp.insert()  # before the slot names it: a slot always names an import that exists or ended
    try:
        await _take_slot(imp.id)
    except BaseException:
        await Import.get_pymongo_collection().delete_one({"_id": imp.id})
        raise
    return imp


async def _take_slot(import_id: UUID) -> None:
    slots = ImportSlot.get_pymongo_collection()
    try:
        await slots.insert_one({"_id": SLOT, "import_id": import_id})
        return
    except DuplicateKeyError:
        pass
    slot = await ImportSlot.get(SLOT)
    holder = await Import.get(slot.import_id) if slot is not None else None
    if slot is None or (holder is not None and holder.status in STARTED):
        raise ValidationFailed.non_field("existing-import-started", EXISTING)
    # the slot names an import that ended (or went) without freeing it: take it over, atomically
    taken = await slots.update_one({"_id": SLOT, "import_id": slot.import_id}, {"$set": {"import_id": import_id}})
    if taken.modified_count != 1:
        raise ValidationFailed.non_field("existing-import-started", EXISTING)


async def release_slot(import_id: UUID) -> None:
    await ImportSlot.get_pymongo_collection().delete_one({"_id": SLOT, "import_id": import_id})


class _Checked:
    """Passes the upload through while checking it: UTF-8 text, not empty, and its header line."""

    def __init__(self, body: AsyncIterable[bytes]) -> None:
        self.body = body
        self.decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self.head = ""
        self.headers: list[str] | None = None
        self.size = 0

    def _take_header(self, text: str, final: bool) -> None:
        self.head += text
        if "\n" in self.head or "\r" in self.head or final:
            first = self.head.replace("\r\n", "\n").replace("\r", "\n").split("\n", 1)[0]
            self.headers = next(csv.reader([first]), []) if first else []

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for piece in self.body:
            if not piece:
                continue
            self.size += len(piece)
            try:
                text = self.decoder.decode(piece)
            except UnicodeDecodeError as error:
                raise CsvParseError(f"Unable to parse CSV file: {error}") from None
            if self.headers is None:
                self._take_header(text, False)
            yield piece
        try:
            text = self.decoder.decode(b"", final=True)
        except UnicodeDecodeError as error:
            raise CsvParseError(f"Unable to parse CSV file: {error}") from None
        if self.headers is None:
            self._take_header(text, True)


async def start(import_id: UUID, body: AsyncIterable[bytes], *, base_dir: str, base_url: str) -> Import:
    """Store the metadata CSV and make the import active (the caller then queues its run)."""
    imp = await get(import_id, (*VISIBLE,))
    holder = await _slot_holder()
    if holder is not None and holder.id != imp.id:
        raise ValidationFailed.non_field("existing-import-started", EXISTING)
    paths.base_dir(base_dir)
    if imp.status != PENDING:
        raise ValidationFailed.non_field(
            "invalid-status", f"Starting an import process is not possible due to the current status of the "
                              f"import: {imp.status}")
    checked = _Checked(body)
    stored = await content.write(checked.__aiter__(), filename=f"{imp.id}-import.csv", content_type="text/csv")
    try:
        if checked.size == 0 or not stored.length:
            raise ValidationFailed.non_field("empty-file",
                                             "The import process cannot be started with an empty import file.")
        missing, unknown = columns.header_problems(checked.headers or [])
        problems = []
        if missing:
            problems.append(("missing-import-headers",
                             f"The following headers were not found in the CSV file: {','.join(missing)}"))
        if unknown:
            problems.append(("unknown-import-headers",
                             f"The following headers are not known: {','.join(unknown)}; expected (in this "
                             f"order): {','.join(columns.HEADERS)}"))
        if problems:
            from zgw.domain.errors import InvalidParam

            raise ValidationFailed([InvalidParam("nonFieldErrors", code, reason) for code, reason in problems])
        moved = await Import.get_pymongo_collection().update_one(
            {"_id": imp.id, "status": PENDING},
            {"$set": {"status": ACTIVE, "csv_file": stored.id, "started_on": now(), "base_url": base_url}})
        if moved.modified_count != 1:
            raise ValidationFailed.non_field(
                "invalid-status", "Starting an import process is not possible due to the current status of the "
                                  "import: active")
    except BaseException:
        await content.delete(stored.id)
        raise
    return await get(imp.id)


async def report(import_id: UUID) -> tuple[content.StoredFile, AsyncIterator[bytes]]:
    """The report CSV (finished or error only), streamed."""
    imp = await get(import_id, REPORTABLE)
    stored = await content.info(imp.report_file) if imp.report_file else None
    if stored is None:
        raise NotFound()
    return stored, content.read(stored)


async def delete(import_id: UUID) -> None:
    """Delete a pending, finished or failed import with its rows and files (not an active one)."""
    imp = await Import.get(import_id)
    if imp is None or imp.status not in (*VISIBLE, DELETING):
        raise NotFound()
    if imp.status not in (*DELETABLE, DELETING):
        raise ValidationFailed.non_field("import-invalid-status",
                                         f"Import cannot be deleted due to current status: {imp.status}")
    moved = await Import.get_pymongo_collection().update_one(
        {"_id": imp.id, "status": {"$in": [*DELETABLE, DELETING]}}, {"$set": {"status": DELETING}})
    if moved.matched_count != 1:
        raise ValidationFailed.non_field("import-invalid-status", "Import cannot be deleted due to current status: "
                                                                  "active")
    await _purge(imp)


async def _purge(imp: Import) -> None:
    """Ordered, idempotent: slot, rows (by key, a batch at a time), files, then the import itself."""
    await release_slot(imp.id)
    count = max(imp.total, imp.next_row)
    for at in range(0, count, 1000):
        keys = [ImportRow.key(imp.id, n) for n in range(at, min(at + 1000, count))]
        for model in (ImportRow, ImportResult):
            await model.get_pymongo_collection().delete_many({"_id": {"$in": keys}})
    for file_id in (imp.csv_file, imp.report_file):
        if file_id:
            await content.delete(file_id)
    await Import.get_pymongo_collection().delete_one({"_id": imp.id})


async def sweep_retention(days: int) -> int:
    """Delete finished or failed imports older than `days` (IMPORT_RETENTION_DAYS), and finish interrupted
    deletes. Reads the imports collection whole: it holds a handful of documents."""
    cutoff = now() - timedelta(days=days)
    gone = 0
    async for raw in Import.get_pymongo_collection().find({}):
        imp = Import.model_validate(raw)
        finished = imp.finished_on if imp.finished_on is None or imp.finished_on.tzinfo else \
            imp.finished_on.replace(tzinfo=UTC)
        old = imp.status in (*REPORTABLE,) and finished is not None and finished < cutoff
        if imp.status == DELETING or old:
            await Import.get_pymongo_collection().update_one({"_id": imp.id}, {"$set": {"status": DELETING}})
            await _purge(imp)
            gone += 1
    return gone


def status_body(imp: Import) -> dict[str, Any]:
    return {"total": imp.total, "processed": imp.processed, "processedSuccessfully": imp.processed_successfully,
            "processedInvalid": imp.processed_invalid, "status": imp.status}
