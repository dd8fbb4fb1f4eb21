"""Audit trails read by `_id` (AuditTrail), equal to the query on hoofd_object_ref, healed by backfill."""

from __future__ import annotations

from uuid import uuid4

import httpx

from zgw.domain.audit import service as audit
from zgw.domain.audit.documents import AuditRecord, AuditTrail
from zgw.domain.autorisaties.policy import principal_from_applicatie

REF = "/zaken/api/v1/zaken/00000000-0000-0000-0000-00000000000a"


def _entry(n: int, ref: str = REF) -> audit.AuditEntry:
    return audit.AuditEntry(bron="zrc", actie="update", resultaat=200, hoofd_object=f"http://x{ref}",
                            hoofd_object_ref=ref, resource="zaak", resource_url=f"http://x{ref}",
                            resource_weergave=str(n))


async def test_trail_in_written_order_and_skips_names_without_record(api: httpx.AsyncClient) -> None:
    assert await audit.ensure_trails()  # a clean store: complete from the start
    principal = principal_from_applicatie("c", None, {})
    written = [await audit.record(principal, _entry(n)) for n in range(5)]
    await audit.record(principal, _entry(99, REF + "-other"))
    # a crash after naming a record, before writing it: the name is skipped
    await AuditTrail.get_pymongo_collection().update_one({"_id": REF}, {"$push": {"records": uuid4()}})
    trail = await audit.trail(REF)
    assert [r.resource_weergave for r in trail] == ["0", "1", "2", "3", "4"]
    assert [r.id for r in trail] == [r.id for r in written]
    stored = await AuditTrail.get(REF)
    assert stored is not None and stored.records[:5] == [r.id for r in written] and len(stored.records) == 6

    await audit.forget(REF)
    assert await audit.trail(REF) == []
    assert await AuditRecord.find({"hoofd_object_ref": REF}).count() == 0
    assert [r.resource_weergave for r in await audit.trail(REF + "-other")] == ["99"]


async def test_records_from_before_the_trails_are_backfilled(api: httpx.AsyncClient) -> None:
    principal = principal_from_applicatie("c", None, {})
    written = [await audit.record(principal, _entry(n)) for n in range(3)]
    # as before trails existed: no AuditTrail, no marker
    await AuditTrail.get_pymongo_collection().delete_many({})
    await AuditTrail.get_pymongo_collection().database[audit.META].delete_many({})
    audit._indexed = False
    try:
        assert await audit.ensure_trails() is False  # records exist: not complete without a backfill
        assert [r.id for r in await audit.trail(REF)] == [r.id for r in written]  # the query path
        assert await audit.ensure_trails(backfill=True) is True
        stored = await AuditTrail.get(REF)
        assert stored is not None and stored.records == [r.id for r in written]
        assert [r.id for r in await audit.trail(REF)] == [r.id for r in written]
    finally:
        audit._indexed = True
