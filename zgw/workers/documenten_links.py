"""Finish the zaak–document links a crashed writer left half done (zrc-005): `sweep_links` settles every
link intent older than the lock's lifetime (see zgw.domain.zaken.zaakinformatieobjecten), by beat every
DOCUMENTEN_LINKS_SWEEP_SECONDS (60 s)."""

from __future__ import annotations

from zgw.workers.app import celery_app, run


@celery_app.task(name="zgw.workers.documenten_links.sweep_links", acks_late=False)
def sweep_links() -> int:
    """Settle the link intents whose writer died (zaak–document, and the besluiten's: besluit–document,
    besluit–zaak, besluit deletes); returns how many."""
    from zgw.domain.besluiten import links
    from zgw.domain.zaken import zaakinformatieobjecten

    async def both() -> int:
        return await zaakinformatieobjecten.sweep() + await links.sweep()

    return run(both())
