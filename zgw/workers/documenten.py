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
