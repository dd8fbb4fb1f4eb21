"""Running an import: the metadata CSV batch by batch (IMPORT_DOCUMENTEN_BATCH_SIZE rows), each row's
informatieobject written in bulk with its content streamed from its file into GridFS, then the report.

Resumable at any point. The import counts whole batches (`next_row` and the counters move together in one
update of the import document, guarded by the batch's start, so a batch is never counted twice). Within a
batch every row has a record keyed "<import>:<row>": `writing` (with the informatieobject's uuid and
identificatie, fixed before anything of the row is written) and `done` (with its result). A run that starts
at a batch another run left half done reads the batch's records by key and, per row, keeps a `done` result,
finishes a `writing` row whose informatieobject exists (it was written) and redoes one whose informatieobject
does not (its uuid and identificatie stay the recorded ones). A row without a uuid gets one derived from the
import and its row number, so no retry can create a second informatieobject for it.

No notifications are sent for imported documents (as Open Zaak); the summary goes to the log and the report.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from uuid import UUID, uuid5

from pymongo.errors import BulkWriteError

from zgw.domain.autorisaties.policy import Policy, Principal
from zgw.domain.catalogi import read as catalogue
from zgw.domain.catalogi.documents import InformatieObjectType
from zgw.domain.documenten import content, identificatie, indexing, service
from zgw.domain.documenten.documents import EIOVersie, EnkelvoudigInformatieObject, Identificatie
from zgw.domain.documenten.imports import columns, paths
from zgw.domain.documenten.imports.documents import ACTIVE, ERROR, FINISHED, Import, ImportResult, ImportRow
from zgw.domain.documenten.imports.service import log, now, release_slot
from zgw.domain.errors import Problems, ValidationFailed
from zgw.domain.repository import by_ids

ROW_NAMESPACE = UUID("5d0f5b7e-2b8c-4a4e-9a37-7f0a3c1e6b21")
SMALL_FILE = 1024 * 1024   # read whole and written with the batch; larger files are streamed one by one
Progress = Callable[[Import], Awaitable[None] | None]
_redis: Any = None


def configure(redis: Any) -> None:
    """The Redis client for the run lock, the identificatie counters and the creation order (worker, CLI)."""
    global _redis
    _redis = redis


def row_uuid(import_id: UUID, number: int) -> UUID:
    return uuid5(ROW_NAMESPACE, f"{import_id}:{number}")


@dataclass
class Options:
    base_dir: str
    batch_size: int = 500
    lock_seconds: float = 60.0
    local_hosts: frozenset[str] = frozenset()


@dataclass
class Outcome:
    succeeded: bool
    comment: str = ""
    eio: UUID | None = None
    identificatie: str = ""


class RunLock:
    """One run per import at a time (Redis, with a lifetime: a killed run's lock expires)."""

    def __init__(self, import_id: UUID, seconds: float) -> None:
        self.key = f"zgw:imports:run:{import_id}"
        self.token = os.urandom(8).hex()
        self.ms = int(seconds * 1000)

    async def acquire(self) -> bool:
        return bool(await _redis.set(self.key, self.token, nx=True, px=self.ms))

    async def renew(self) -> None:
        if (await _redis.get(self.key) or b"").decode() == self.token:
            await _redis.pexpire(self.key, self.ms)

    async def release(self) -> None:
        if (await _redis.get(self.key) or b"").decode() == self.token:
            await _redis.delete(self.key)


async def is_running(import_id: UUID) -> bool:
    return bool(await _redis.exists(f"zgw:imports:run:{import_id}"))


# --- the CSV ---------------------------------------------------------------------------------------------


async def _download(imp: Import, folder: str) -> Path:
    stored = await content.info(imp.csv_file or "")
    if stored is None:
        raise FileNotFoundError(f"the metadata file of import {imp.id} is gone")
    target = Path(folder) / "import.csv"
    with target.open("wb") as out:
        async for piece in content.read(stored):
            out.write(piece)
    return target


def _records(path: Path) -> Iterator[tuple[list[str], list[str]] | tuple[list[str], Exception]]:
    """(headers, record) for every data record; a record the csv module cannot read comes as its error."""
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.reader(handle)
        headers = next(reader, [])
        while True:
            try:
                record = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                yield headers, error
                continue
            yield headers, record


def _count(path: Path) -> int:
    return sum(1 for _ in _records(path))


# --- one batch -------------------------------------------------------------------------------------------


class Batch:
    def __init__(self, imp: Import, rows: list[columns.Row], base: Path, iots: dict[str, Any],
                 lock: RunLock | None = None) -> None:
        self.lock = lock
        self.imp = imp
        self.rows = rows
        self.base = base
        self.iots = iots
        self.outcomes: dict[int, Outcome] = {}
        self.redone: set[int] = set()

    def fail(self, row: columns.Row, text: str, eio: UUID | None = None, ident: str = "") -> None:
        self.outcomes[row.number] = Outcome(False, text, eio, ident)

    async def _iot(self, ref: str) -> InformatieObjectType | None:
        if ref not in self.iots:
            self.iots[ref] = await catalogue.get_informatieobjecttype(ref)
        found: InformatieObjectType | None = self.iots[ref]
        return found

    async def run(self) -> dict[int, Outcome]:
        keys = {r.number: ImportRow.key(self.imp.id, r.number) for r in self.rows}
        results = {d["_id"]: d async for d in ImportResult.get_pymongo_collection().find(by_ids(keys.values()))}
        records = {d["_id"]: d async for d in ImportRow.get_pymongo_collection().find(
            by_ids([k for k in keys.values() if k not in results]))} if len(results) < len(keys) else {}
        todo: list[columns.Row] = []
        redo: dict[int, dict[str, Any]] = {}
        known: set[int] = set()
        for row in self.rows:
            result = results.get(keys[row.number])
            record = records.get(keys[row.number])
            if result is not None:
                known.add(row.number)
                self.outcomes[row.number] = Outcome(bool(result.get("succeeded")), result.get("comment", ""),
                                                    result.get("eio"), result.get("identificatie", ""))
            elif record is not None:
                redo[row.number] = record
                todo.append(row)
            else:
                todo.append(row)
        written = await self._written([redo[n]["eio"] for n in redo if redo[n].get("eio")])
        fresh: list[columns.Row] = []
        for row in todo:
            record = redo.get(row.number)
            if record is not None and record.get("eio") in written:  # its writes went through: finish it
                head = await EnkelvoudigInformatieObject.get(record["eio"])
                if head is not None and (row.zaak is None or await self._link(row, head)):
                    self.outcomes[row.number] = Outcome(True, "", head.id, head.identificatie)
            else:
                fresh.append(row)
        await self._write(fresh, redo)
        await self._settle(keys, known)
        return self.outcomes

    async def _written(self, ids: list[UUID]) -> set[UUID]:
        if not ids:
            return set()
        return {d["_id"] async for d in EnkelvoudigInformatieObject.get_pymongo_collection().find(
            by_ids(ids), {"_id": 1})}

    async def _validate(self, rows: list[columns.Row], redo: dict[int, dict[str, Any]]) -> list[columns.Row]:
        """The rows that may be written (each with its uuid and data); the others get their outcome."""
        wanted = {r.number: (redo[r.number]["eio"] if r.number in redo and redo[r.number].get("eio")
                             else r.uuid or row_uuid(self.imp.id, r.number)) for r in rows}
        taken = await self._written([wanted[r.number] for r in rows if r.number not in redo])
        seen: set[UUID] = set()
        ok = []
        for row in rows:
            if row.problems:
                self.fail(row, " ".join(row.problems))
                continue
            eio_id = wanted[row.number]
            if eio_id in taken or eio_id in seen:
                self.fail(row, f"uuid: er bestaat al een informatieobject met uuid {eio_id}.")
                continue
            seen.add(eio_id)
            row.uuid = eio_id
            iot = await self._iot(row.data["informatieobjecttype"])
            if iot is None:
                self.fail(row, "informatieobjecttype: het informatieobjecttype bestaat niet.")
                continue
            if iot.concept:
                self.fail(row, "informatieobjecttype: het informatieobjecttype is nog niet gepubliceerd.")
                continue
            if not row.data.get("vertrouwelijkheidaanduiding"):  # drc-007
                row.data["vertrouwelijkheidaanduiding"] = iot.vertrouwelijkheidaanduiding
            problems = Problems()
            service._check(row.data, False, problems, {k for k, v in row.data.items() if v is not None})
            if problems.items:
                self.fail(row, " ".join(f"{p.name}: {p.reason}" for p in problems.items))
                continue
            if row.zaak is not None:
                from zgw.domain.zaken import zaakinformatieobjecten as zios

                try:
                    await zios.precheck(_zaken_actor(self.imp), f"/zaken/api/v1/zaken/{row.zaak}",
                                        row.data["informatieobjecttype"])
                except ValidationFailed as error:
                    reasons = " ".join(p.reason for p in error.params)
                    self.fail(row, f"zaakUuid: {row.zaak}: {reasons}")
                    continue
            try:
                row.target = paths.resolve(self.base, row.values["bestandspad"])
                size = os.stat(row.target).st_size
            except paths.Refused as refused:
                self.fail(row, str(refused))
                continue
            if row.data.get("bestandsomvang") is not None and row.data["bestandsomvang"] != size:
                self.fail(row, f"bestandsomvang: {row.data['bestandsomvang']} komt niet overeen met de grootte van "
                               f"het bestand ({size} bytes).")
                continue
            row.data["bestandsomvang"] = size
            ok.append(row)
        return ok

    async def _identificaties(self, rows: list[columns.Row], redo: dict[int, dict[str, Any]]) -> None:
        """Fix every row's identificatie before anything is written (recorded in its `writing` record)."""
        year = datetime.now(UTC).year
        need: dict[str, list[columns.Row]] = {}
        for row in rows:
            recorded = redo.get(row.number, {}).get("identificatie")
            if recorded:
                row.data["identificatie"] = recorded
            elif not row.data.get("identificatie"):
                need.setdefault(row.data["bronorganisatie"], []).append(row)
        for bron, group in need.items():
            # the same counter as the API's generated identificaties (zgw.domain.documenten.identificatie)
            last = int(await _redis.incrby(identificatie._counter(bron, year), len(group)))
            for at, row in enumerate(group):
                row.data["identificatie"] = identificatie.format_identificatie(year, last - len(group) + 1 + at)

    async def _claim(self, rows: list[columns.Row]) -> list[columns.Row]:
        """Insert the identificatie keys in bulk; a key that exists is claimed one by one (a reservation of
        the bronorganisatie, or this row's own key from an earlier run), else the row fails."""
        docs = [{"_id": Identificatie.key(r.data["bronorganisatie"], r.data["identificatie"]), "eio": r.uuid,
                 "reserved": False} for r in rows]
        clashes: set[int] = set()
        if docs:
            try:
                await Identificatie.get_pymongo_collection().insert_many(docs, ordered=False)
            except BulkWriteError as error:
                clashes = {e["index"] for e in error.details.get("writeErrors", []) if e.get("code") == 11000}
                if len(clashes) != len(error.details.get("writeErrors", [])):
                    raise
        ok = []
        for at, row in enumerate(rows):
            if at in clashes:
                assert row.uuid is not None
                try:
                    await identificatie.claim(row.data["bronorganisatie"], row.data["identificatie"], row.uuid)
                except ValidationFailed:
                    self.fail(row, f"identificatie: {row.data['identificatie']} bestaat al voor bronorganisatie "
                                   f"{row.data['bronorganisatie']}.")
                    continue
            ok.append(row)
        return ok

    async def _write(self, rows: list[columns.Row], redo: dict[int, dict[str, Any]]) -> None:
        self.redone = set(redo)
        rows = await self._validate(rows, redo)
        if not rows:
            return
        await self._identificaties(rows, redo)
        await _insert(ImportRow, [{"_id": ImportRow.key(self.imp.id, r.number), "eio": r.uuid,
                                   "identificatie": r.data["identificatie"]} for r in rows if r.number not in redo])
        rows = await self._claim(rows)
        stored = await self._contents(rows)
        for row in rows:
            if row.number not in stored and row.uuid is not None:  # its file failed: free its identificatie
                await identificatie.release(row.data["bronorganisatie"], row.data["identificatie"], row.uuid)
        rows = [r for r in rows if r.number in stored]
        moment = now()
        first = int(await _redis.incrby("zgw:documenten:seq", len(rows))) - len(rows) + 1 if rows else 0
        heads, versies = [], []
        for at, row in enumerate(rows):
            fields = service._values({**row.data, "inhoud": stored[row.number].id,
                                      "bestandsomvang": stored[row.number].length})
            fields.update(versie=1, begin_registratie=moment)
            assert row.uuid is not None
            versies.append(EIOVersie(id=EIOVersie.key(row.uuid, 1), eio=row.uuid, **fields))
            heads.append(EnkelvoudigInformatieObject(id=row.uuid, seq=first + at, registraties=[moment], **fields))
        if redo:
            await EIOVersie.get_pymongo_collection().delete_many(
                by_ids([v.id for v, r in zip(versies, rows, strict=True) if r.number in redo]))
        if versies:  # the documents as Beanie stores them, without its per-field encoder (a third of the time)
            await EIOVersie.get_pymongo_collection().insert_many(
                [v.model_dump(by_alias=True, exclude={"revision_id"}) for v in versies])
            async with indexing.bulk(_redis, [h.id for h in heads]):  # the documenten index follows the batch
                await EnkelvoudigInformatieObject.get_pymongo_collection().insert_many(
                    [h.model_dump(by_alias=True, exclude={"revision_id"}) for h in heads])
        await content.pending().delete_many(by_ids([s.id for s in stored.values()]))
        for row, head in zip(rows, heads, strict=True):
            if row.zaak is not None and not await self._link(row, head):
                continue
            self.outcomes[row.number] = Outcome(True, "", head.id, head.identificatie)

    async def _contents(self, rows: list[columns.Row]) -> dict[int, content.StoredFile]:
        """Each row's file into GridFS: small files as one batch of chunks, large ones streamed one by one.
        The files stay named in GridFS's `pending` until their informatieobjecten are written."""
        out: dict[int, content.StoredFile] = {}
        small: list[tuple[columns.Row, bytes]] = []
        for row in rows:
            try:
                fd, size = paths.open_file(self.base, row.values["bestandspad"], row.target)
            except paths.Refused as refused:
                self.fail(row, str(refused))
                continue
            try:
                if size <= SMALL_FILE:
                    data = _read_all(fd, size)
                    if len(data) != size:
                        self.fail(row, "bestandspad: het bestand veranderde tijdens het lezen.")
                        continue
                    small.append((row, data))
                    continue
                stored = await content.write(_stream(fd), filename=row.data.get("bestandsnaam") or "",
                                             content_type=row.data.get("formaat") or "")
                await content.pending().insert_one({"_id": stored.id, "started": datetime.now(UTC)})
                out[row.number] = stored
                if self.lock is not None:  # a batch of large files may outlast the lock's lifetime
                    await self.lock.renew()
            finally:
                os.close(fd)
        if small:
            out.update(await _write_small(small, self.imp.id, self.redone))
        return out

    async def _link(self, row: columns.Row, head: EnkelvoudigInformatieObject) -> bool:
        """The row's zaakinformatieobject (with its mirror); a failure removes the informatieobject again."""
        from zgw.domain.zaken import zaakinformatieobjecten as zios

        try:
            await zios.create(_zaken_actor(self.imp), {"zaak": f"/zaken/api/v1/zaken/{row.zaak}",
                                                       "informatieobject": head.ref}, _render_zio)
            return True
        except ValidationFailed as error:
            if any(p.code == "unique" for p in error.params):
                return True  # linked by an earlier run of this row
            await service.remove(head)
            self.fail(row, f"zaakUuid: {row.zaak}: " + " ".join(p.reason for p in error.params))
            return False

    async def _settle(self, keys: dict[int, str], known: set[int]) -> None:
        await _insert(ImportResult, [{"_id": keys[n], "succeeded": o.succeeded, "comment": o.comment, "eio": o.eio,
                                      "identificatie": o.identificatie}
                                     for n, o in self.outcomes.items() if n not in known])


async def _insert(model: Any, docs: list[dict[str, Any]]) -> None:
    """Insert bookkeeping documents; one that exists already (written by a run that died after it) is kept."""
    if not docs:
        return
    try:
        await model.get_pymongo_collection().insert_many(docs, ordered=False)
    except BulkWriteError as error:
        if any(e.get("code") != 11000 for e in error.details.get("writeErrors", [])):
            raise


def _read_all(fd: int, size: int) -> bytes:
    parts = []
    left = size + 1  # one byte more: a file that grew is noticed
    while left > 0:
        piece = os.read(fd, min(left, 1024 * 1024))
        if not piece:
            break
        parts.append(piece)
        left -= len(piece)
    return b"".join(parts)


async def _stream(fd: int) -> AsyncIterator[bytes]:
    while piece := os.read(fd, content.CHUNK_SIZE):
        yield piece


def file_id(import_id: UUID, number: int) -> str:
    """The GridFS id of a row's small file: derived, so a redone row replaces what an earlier run left."""
    return uuid5(ROW_NAMESPACE, f"{import_id}:{number}:inhoud").hex


async def _write_small(files: list[tuple[columns.Row, bytes]], import_id: UUID,
                       redone: set[int]) -> dict[int, content.StoredFile]:
    """GridFS files for small contents in a few round trips: pending names, chunks, files documents."""
    started = datetime.now(UTC)
    ids = {row.number: file_id(import_id, row.number) for row, _ in files}
    stale = [ids[row.number] for row, _ in files if row.number in redone]
    if stale:  # what a run that died left of these rows: their files and chunks (at most SMALL_FILE each)
        await content.files().delete_many(by_ids(stale))
        await content.chunks().delete_many(by_ids([content.chunk_id(f, n) for f in stale
                                                   for n in range(SMALL_FILE // content.CHUNK_SIZE + 1)]))
        await content.pending().delete_many(by_ids(stale))
    await content.pending().insert_many([{"_id": ids[row.number], "started": started} for row, _ in files])
    chunks: list[dict[str, Any]] = []
    size = 0
    for row, data in files:
        for n, at in enumerate(range(0, len(data), content.CHUNK_SIZE)):
            piece = data[at:at + content.CHUNK_SIZE]
            chunks.append({"_id": content.chunk_id(ids[row.number], n), "files_id": ids[row.number], "n": n,
                           "data": piece})
            size += len(piece)
            if size >= 4 * 1024 * 1024:
                await content.chunks().insert_many(chunks, ordered=False)
                chunks, size = [], 0
    if chunks:
        await content.chunks().insert_many(chunks, ordered=False)
    upload = datetime.now(UTC)
    await content.files().insert_many([
        {"_id": ids[row.number], "length": len(data), "chunkSize": content.CHUNK_SIZE, "uploadDate": upload,
         "filename": row.data.get("bestandsnaam") or "", "metadata": {"contentType": row.data.get("formaat") or ""}}
        for row, data in files], ordered=False)
    return {row.number: content.StoredFile(ids[row.number], len(data), content.CHUNK_SIZE,
                                           row.data.get("bestandsnaam") or "", row.data.get("formaat") or "")
            for row, data in files}


def _zaken_actor(imp: Import) -> Any:
    from zgw.domain.zaken.subresources import Actor

    base = imp.base_url.rstrip("/")
    principal = Principal(client_id="import", superuser=True, applicatie_label=f"import {imp.id}")
    return Actor(policy=Policy(principal), url_of=lambda ref: ref if not ref or ref.startswith("http") else base + ref)


async def _render_zio(zio: Any, zaak: Any) -> dict[str, Any]:
    return {"uuid": str(zio.id), "zaak": zio.zaak, "informatieobject": zio.informatieobject}


# --- the whole import ------------------------------------------------------------------------------------


async def run(import_id: UUID, options: Options, progress: Progress | None = None) -> str:
    """Run (or resume) an active import to its end; returns what happened ("finished", "error", "busy", …)."""
    lock = RunLock(import_id, options.lock_seconds)
    if not await lock.acquire():
        return "busy"
    try:
        imp = await Import.get(import_id)
        if imp is None or imp.status != ACTIVE:
            return "not active" if imp is not None else "gone"
        with tempfile.TemporaryDirectory(prefix="zgw-import-") as folder:
            try:
                csv_path = await _download(imp, folder)
            except FileNotFoundError as error:
                await _end(imp, ERROR, str(error), None)
                return ERROR
            try:
                base = paths.base_dir(options.base_dir)
            except ValidationFailed as error:  # the base directory went away after the start
                text = " ".join(p.reason for p in error.params)
                await _end(imp, ERROR, text, await _report(imp, csv_path, f"Niet verwerkt: {text}"))
                return ERROR
            if imp.next_row == 0 and imp.total == 0:
                total = _count(csv_path)
                await Import.get_pymongo_collection().update_one({"_id": imp.id}, {"$set": {"total": total}})
                imp.total = total
            await _batches(imp, csv_path, base, options, lock, progress)
            report = await _report(imp, csv_path)
        await _end(imp, FINISHED, "", report)
        return FINISHED
    finally:
        await lock.release()


async def _batches(imp: Import, csv_path: Path, base: Path, options: Options, lock: RunLock,
                   progress: Progress | None) -> None:
    iots: dict[str, Any] = {}
    hosts = set(options.local_hosts)
    if imp.base_url:
        from urllib.parse import urlsplit

        parts = urlsplit(imp.base_url)
        hosts |= {parts.netloc.lower(), (parts.hostname or "").lower()}
    batch: list[columns.Row] = []
    start = imp.next_row
    for number, (headers, record) in enumerate(_records(csv_path)):
        if number < start:
            continue
        if isinstance(record, Exception):
            row = columns.Row(number, {h: "" for h in headers})
            row.fail(f"De rij kon niet gelezen worden: {record}")
        else:
            row = columns.read(number, record, headers, hosts)
        batch.append(row)
        if len(batch) >= options.batch_size:
            await _count_batch(imp, batch, base, iots, lock)
            batch = []
            await lock.renew()
            if progress is not None:
                done = progress(imp)
                if done is not None:
                    await done
    if batch:
        await _count_batch(imp, batch, base, iots, lock)
        if progress is not None:
            done = progress(imp)
            if done is not None:
                await done


async def _count_batch(imp: Import, rows: list[columns.Row], base: Path, iots: dict[str, Any],
                       lock: RunLock | None = None) -> None:
    outcomes = await Batch(imp, rows, base, iots, lock).run()
    ok = sum(1 for o in outcomes.values() if o.succeeded)
    start, end = rows[0].number, rows[-1].number + 1
    moved = await Import.get_pymongo_collection().update_one(
        {"_id": imp.id, "next_row": start},
        {"$set": {"next_row": end}, "$inc": {"processed": len(rows), "processed_successfully": ok,
                                             "processed_invalid": len(rows) - ok}})
    if moved.modified_count != 1:
        raise RuntimeError(f"import {imp.id}: batch at row {start} was counted by another run")
    imp.next_row = end
    imp.processed += len(rows)
    imp.processed_successfully += ok
    imp.processed_invalid += len(rows) - ok


async def _report(imp: Import, csv_path: Path, unprocessed: str = "De rij is niet verwerkt.") -> content.StoredFile:
    """The metadata CSV with `opmerking` and `resultaat`, uuid and identificatie as imported (streamed)."""

    async def lines() -> AsyncIterator[bytes]:
        import io

        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns.REPORT_HEADERS)
        pending: list[tuple[int, dict[str, str]]] = []

        async def flush() -> bytes:
            keys = [ImportRow.key(imp.id, n) for n, _ in pending]
            found = {d["_id"]: d async for d in ImportResult.get_pymongo_collection().find(by_ids(keys))}
            for (_n, values), key in zip(pending, keys, strict=True):
                record = found.get(key) or {}
                ok = bool(record.get("succeeded"))
                out = dict(values)
                if ok:
                    out["uuid"] = str(record.get("eio") or out.get("uuid", ""))
                    out["identificatie"] = record.get("identificatie") or out.get("identificatie", "")
                comment = record.get("comment", "") if record else unprocessed
                writer.writerow([out.get(h, "") for h in columns.HEADERS] + [comment,
                                                                            columns.IMPORTED if ok else
                                                                            columns.NOT_IMPORTED])
            pending.clear()
            text = buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
            return text.encode()

        for number, (headers, record) in enumerate(_records(csv_path)):
            values = dict(zip(headers, record, strict=False)) if not isinstance(record, Exception) else {}
            pending.append((number, values))
            if len(pending) >= 1000:
                yield await flush()
        yield await flush()

    return await content.write(lines(), filename=f"{imp.id}-report.csv", content_type="text/csv")


async def _end(imp: Import, status: str, comment: str, report: content.StoredFile | None) -> None:
    fresh = await Import.get(imp.id) or imp
    await Import.get_pymongo_collection().update_one(
        {"_id": imp.id, "status": ACTIVE},
        {"$set": {"status": status, "finished_on": now(), "comment": comment,
                  "report_file": report.id if report else None}})
    await release_slot(imp.id)
    log.info("import %s %s: %d rows, %d processed, %d imported, %d not imported%s", imp.id, status, fresh.total,
             fresh.processed, fresh.processed_successfully, fresh.processed_invalid,
             f" ({comment})" if comment else "")
