"""Document imports in Celery: `run_import` runs (or resumes) an active import; beat's `sweep` resumes an
active import nobody runs (its worker died: its run lock expired) and deletes imports past
IMPORT_RETENTION_DAYS."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from zgw.core.settings import get_settings
from zgw.workers.app import celery_app, run


def _options() -> Any:
    from zgw.domain.documenten.imports import runner

    settings = get_settings()
    hosts = frozenset(h.lower() for h in settings.allowed_hosts)
    return runner.Options(base_dir=settings.import_documenten_base_dir,
                          batch_size=max(1, settings.import_documenten_batch_size),
                          lock_seconds=settings.import_lock_seconds, local_hosts=hosts)


def _configure() -> None:
    from zgw.domain.documenten.imports import runner
    from zgw.workers import app

    runner.configure(app._redis)


@celery_app.task(name="zgw.workers.imports.run_import", acks_late=False)
def run_import(import_id: str) -> str:
    """Run an import to its end. Not acknowledged late: a run that dies is resumed by `sweep`, not redelivered."""
    from zgw.domain.documenten.imports import runner

    async def go() -> str:
        _configure()
        return await runner.run(UUID(import_id), _options())

    return run(go())


@celery_app.task(name="zgw.workers.imports.sweep", acks_late=False)
def sweep() -> dict[str, Any]:
    from zgw.domain.documenten.imports import runner, service
    from zgw.domain.documenten.imports.documents import ACTIVE, SLOT, Import, ImportSlot

    async def go() -> dict[str, Any]:
        _configure()
        resumed = None
        slot = await ImportSlot.get(SLOT)
        imp = await Import.get(slot.import_id) if slot is not None else None
        if imp is not None and imp.status == ACTIVE and not await runner.is_running(imp.id):
            run_import.delay(str(imp.id))
            resumed = str(imp.id)
        deleted = await service.sweep_retention(get_settings().import_retention_days)
        return {"resumed": resumed, "deleted": deleted}

    return run(go())
