"""`zgw import CSV`: the document import from a local metadata CSV, run in this process with a progress
line (rows/s, ETA) — the same import as `POST /documenten/api/v1/import/…` (one at a time, resumable:
`zgw import --resume UUID` continues one whose run stopped), for operators with shell access."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from uuid import UUID


def add_parser(sub: Any) -> None:
    p = sub.add_parser("import", help="import documents from a metadata CSV (Open Zaak's columns), with progress")
    p.add_argument("csv", nargs="?", help="the metadata CSV (bestandspad relative to --base-dir)")
    p.add_argument("--base-dir", help="default: IMPORT_DOCUMENTEN_BASE_DIR")
    p.add_argument("--batch-size", type=int, help="default: IMPORT_DOCUMENTEN_BATCH_SIZE")
    p.add_argument("--report", help="where to write the report CSV (default: <csv>.report.csv)")
    p.add_argument("--resume", metavar="UUID", help="continue an active import whose run stopped")
    p.add_argument("--base-url", default="", help="host for the audit trail's URLs (default: OPENZAAK_DOMAIN)")
    p.set_defaults(func=cmd_import)


async def _file(path: Path) -> AsyncIterator[bytes]:
    with path.open("rb") as handle:
        while piece := handle.read(1024 * 1024):
            yield piece


class Bar:
    """One progress line: rows done of the total, rows/s of this run, the time left at that rate."""

    def __init__(self, already: int) -> None:
        self.started = time.monotonic()
        self.already = already  # rows a stopped run had done (--resume)

    def __call__(self, imp: Any) -> None:
        done, total = imp.processed, max(imp.total, 1)
        elapsed = max(time.monotonic() - self.started, 1e-6)
        rate = (done - self.already) / elapsed
        eta = (total - done) / rate if rate > 0 else 0.0
        width = 30
        filled = int(width * done / total)
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done:,}/{imp.total:,} rows  "
                         f"{imp.processed_invalid:,} not imported  {rate:,.0f} rows/s  "
                         f"ETA {int(eta) // 60}:{int(eta) % 60:02d} ")
        sys.stderr.flush()


def cmd_import(args: argparse.Namespace) -> int:
    from zgw.core.settings import get_settings
    from zgw.gateway.cli import _async, _with_db

    settings = get_settings()
    base_dir = args.base_dir or settings.import_documenten_base_dir
    if not args.csv and not args.resume:
        print("zgw import: give a CSV file or --resume UUID", file=sys.stderr)
        return 2

    async def work() -> int:
        import redis.asyncio as aioredis

        from zgw.domain import documenten, zaken
        from zgw.domain.documenten import indexing
        from zgw.domain.documenten.imports import runner, service
        from zgw.domain.errors import DomainError, ValidationFailed

        redis = aioredis.Redis.from_url(settings.redis_url)
        zaken.configure(redis)
        documenten.configure(redis)
        indexing.configure(redis)  # imported documents go into the list index per batch
        runner.configure(redis)
        try:
            if args.resume:
                import_id = UUID(args.resume)
            else:
                source = Path(args.csv)
                try:
                    imp = await service.create()
                    try:
                        await service.start(imp.id, _file(source), base_dir=base_dir,
                                            base_url=args.base_url or settings.openzaak_domain)
                    except BaseException:
                        await service.delete(imp.id)
                        raise
                except DomainError as error:
                    reasons = [f"{p.code}: {p.reason}" for p in error.params] if isinstance(error, ValidationFailed) \
                        else [f"{error.code}: {error.detail}"]
                    print("zgw import refused:\n  " + "\n  ".join(reasons), file=sys.stderr)
                    return 1
                import_id = imp.id
            print(f"import {import_id}", file=sys.stderr)
            bar = Bar((await service.get(import_id, (*service.VISIBLE,))).processed)
            batch_size = args.batch_size or settings.import_documenten_batch_size
            options = runner.Options(base_dir=base_dir, batch_size=batch_size,
                                     lock_seconds=settings.import_lock_seconds,
                                     local_hosts=frozenset(h.lower() for h in settings.allowed_hosts))
            outcome = await runner.run(import_id, options, progress=bar)
            final = await service.get(import_id, (*service.VISIBLE,))
            bar(final)
            print(file=sys.stderr)
            print(f"{outcome}: {final.total} rows, {final.processed_successfully} imported, "
                  f"{final.processed_invalid} not imported")
            if final.report_file:
                target = Path(args.report) if args.report else Path(f"{args.csv or import_id}.report.csv")
                _, chunks = await service.report(import_id)
                with target.open("wb") as out:
                    async for piece in chunks:
                        out.write(piece)
                print(f"report: {target}")
            return 0 if final.status == "finished" else 1
        finally:
            runner.configure(None)
            await redis.aclose()

    result: int = _async(_with_db(work))
    return result
