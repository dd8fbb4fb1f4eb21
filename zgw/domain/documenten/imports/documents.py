"""Import documents: the import itself, the slot that lets one import be pending or active at a time, and
one bookkeeping record per metadata row.

Every read is by `_id` (the embedded store indexes nothing else):
- `Import` (`documenten_imports`, `_id` = the import's uuid): status, counters, the metadata CSV and the
  report as GridFS files (bucket `documenten`), `next_row` (the first row of the batch not yet counted).
- `ImportSlot` (`documenten_import_slot`, one document, `_id` "documenten"): names the pending or active
  import. Taking it is an insert (a duplicate `_id` refuses a second one atomically, on any store); a slot
  whose import ended or went is taken over with a compare-and-set on the import it names.
- `ImportRow` (`documenten_import_rows`, `_id` = "<import uuid>:<row number, 9 digits>"): a row whose writes
  began, with the informatieobject's uuid and identificatie, written before them; `ImportResult`
  (`documenten_import_results`, the same `_id`) what became of a row, written after them. Both are inserts
  (FerretDB v1 updates many existing documents slowly, and hangs past about 100 in one command), and a
  resumed batch knows per row, by key, whether to keep its result, finish its writes or redo them.
"""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar
from uuid import UUID

from beanie import Document
from pymongo import ASCENDING, IndexModel

PENDING, ACTIVE, FINISHED, ERROR = "pending", "active", "finished", "error"
STARTED = (PENDING, ACTIVE)         # at most one import in these (the slot)
REPORTABLE = (FINISHED, ERROR)
DELETABLE = (PENDING, FINISHED, ERROR)
SLOT = "documenten"


class Import(Document):
    id: UUID  # type: ignore[assignment]
    status: str = PENDING
    total: int = 0
    processed: int = 0
    processed_successfully: int = 0
    processed_invalid: int = 0
    next_row: int = 0               # rows before it are counted in processed (whole batches)
    csv_file: str | None = None     # GridFS id of the metadata CSV
    report_file: str | None = None  # GridFS id of the report, once finished or error
    base_url: str = ""              # how the uploading client reached us (absolute URLs in the audit trail)
    comment: str = ""
    created_on: datetime
    started_on: datetime | None = None
    finished_on: datetime | None = None

    PATH: ClassVar[str] = "/documenten/api/v1/import"

    class Settings:
        name = "documenten_imports"
        # the retention sweep on a production MongoDB (the embedded store reads the few imports whole)
        indexes = [IndexModel([("status", ASCENDING), ("finished_on", ASCENDING)])]


class ImportSlot(Document):
    id: str  # type: ignore[assignment]
    import_id: UUID

    class Settings:
        name = "documenten_import_slot"


class ImportRow(Document):
    id: str  # type: ignore[assignment]
    eio: UUID | None = None
    identificatie: str = ""

    @staticmethod
    def key(import_id: UUID, row: int) -> str:
        return f"{import_id}:{row:09d}"

    class Settings:
        name = "documenten_import_rows"


class ImportResult(Document):
    id: str  # type: ignore[assignment]
    succeeded: bool = False
    comment: str = ""
    eio: UUID | None = None
    identificatie: str = ""

    class Settings:
        name = "documenten_import_results"


DOCUMENTS: list[type[Document]] = [Import, ImportSlot, ImportRow, ImportResult]
