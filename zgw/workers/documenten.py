"""Clean what abandoned uploads leave (beat, hourly): bestandsdelen of uploads nobody finished and GridFS writes
whose writer died, both older than DOCUMENTEN_UPLOAD_CLEANUP_HOURS (24)."""

from __future__ import annotations

from datetime import timedelta

from zgw.core.settings import get_settings
from zgw.workers.app import celery_app, run


@celery_app.task(name="zgw.workers.documenten.sweep_uploads", acks_late=False)
def sweep_uploads() -> dict[str, int]:
    """Remove abandoned bestandsdelen and unfinished GridFS writes; returns how many of each."""
    from zgw.domain.documenten import bestandsdelen, content

    age = timedelta(hours=get_settings().documenten_upload_cleanup_hours)

    async def both() -> dict[str, int]:
        return {"bestandsdelen": await bestandsdelen.sweep(age), "pending": await content.sweep_pending(age)}

    return run(both())


@celery_app.task(name="zgw.workers.documenten.sweep_index", acks_late=False)
def sweep_index() -> dict[str, int | None]:
    """Keep the documenten index complete (zgw.domain.documenten.indexing): sync the informatieobjecten a
    crashed writer left marked dirty, and rebuild the index when it is not ready (a Redis restart, an import
    run by a process without it); returns how many of each (None: no rebuild was needed)."""
    from zgw.domain.documenten import indexing

    async def both() -> dict[str, int | None]:
        return {"synced": await indexing.sweep(), "rebuilt": await indexing.ensure_ready()}

    return run(both())
