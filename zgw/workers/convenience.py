"""Undo the convenience operations (zaak_registreren, zaak_opschorten, ...) whose writer died halfway: `sweep`
undoes every ConvenienceIntent older than a zaak lock's lifetime (see zgw.domain.zaken.convenience), by beat
every minute."""

from __future__ import annotations

from zgw.workers.app import celery_app, run


@celery_app.task(name="zgw.workers.convenience.sweep", acks_late=False)
def sweep() -> int:
    """Undo what dead writers of convenience operations left; returns how many operations."""
    from zgw.domain.zaken import convenience

    return run(convenience.sweep())
