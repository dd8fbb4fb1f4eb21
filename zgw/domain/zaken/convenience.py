"""Open Zaak's convenience endpoints: zaak_registreren, zaak_opschorten, zaak_verlengen, zaak_bijwerken and
zaak_afsluiten — several ordinary Zaken writes in one request, all or nothing.

Every part is validated before the first write, by the rules of the separate calls (the helpers of
`statussen`, `rollen`, `resultaten`, `zaakobjecten`, `zaakinformatieobjecten`; the zaak's own body by
`service.create` / `service.update`, which validate completely before they write, and are the first write).
The writes are then the separate calls themselves (same rules, scopes, audit and notifications), in order,
under the zaak's lock for the whole operation (re-entrant, so the services take it again freely).

No multi-document transactions: a `ConvenienceIntent` (`_id` derived from the zaak's id, so a key lookup) is
written before the first write and removed after the last. It holds what undoing needs: for a new zaak only
its id (undo = delete the zaak with everything below it, and its audit trail); for an existing zaak its stored
document and (zaak_bijwerken) its rollen before the operation (undo = delete what the operation created,
restore the rollen and the zaak document, drop the operation's audit records). A failure during the writes
(a race the checks could not see) is undone at once; a writer that died is undone by the beat sweep once
the zaak's lock expired, or by the next convenience call on that zaak. The notifications of a failed
operation are dropped by its outbox (a killed writer's stay `prepared`, never sent).

Undo also restores what a zaak PATCH changed in other zaken (the hoofdzaak's deelzaken, the gerelateerdeZaken's
lists) and the archive fields an eindstatus derived on its deelzaken.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID, uuid4, uuid5

from zgw.domain.audit import service as audit
from zgw.domain.audit.documents import AuditRecord, AuditTrail
from zgw.domain.catalogi import read as catalogue
from zgw.domain.errors import Conflict, InvalidParam, NotFound, PermissionDenied, Problems, ValidationFailed
from zgw.domain.notifications.service import Outbox
from zgw.domain.repository import by_ids
from zgw.domain.zaken import (
    access,
    resultaten,
    rollen,
    service,
    statussen,
    zaakinformatieobjecten,
    zaakobjecten,
)
from zgw.domain.zaken.documents import ConvenienceIntent, Resultaat, Rol, Status, Zaak
from zgw.domain.zaken.locks import LOCK_TIMEOUT, zaak_lock
from zgw.domain.zaken.subresources import Actor, aware, utc_moment, uuid_of
from zgw.domain.zaken.touch import link, now, unlink, zaak_id

NAMESPACE = UUID("6c1f0f6e-4d2b-4a47-9a51-0d3e7b9c2f10")
# fault injection for the crash test: ZGW_FAULT=between-convenience-writes kills this process (SIGKILL) after the
# zaak and its rollen are written, before the rest
_FAULT = os.environ.get("ZGW_FAULT", "")
Render = Callable[[Any, Zaak], Awaitable[Any]]
# Where a request's writes are finished (one call per operation, after the last write, before the intent goes):
# the cloud events hook in here (one event per request per zaak).
Finished = Callable[[str, Zaak, Outbox], Awaitable[None]]


async def _nothing(op: str, zaak: Zaak, outbox: Outbox) -> None:
    return None


finished: Finished = _nothing


@dataclass
class Renders:
    """How the caller renders each part (the audit trail keeps the rendered body, as the separate calls do)."""

    zaak: Callable[[Zaak], Any]
    status: Render
    rol: Render
    resultaat: Render
    zaakobject: Render
    zaakinformatieobject: Render


@dataclass
class Result:
    zaak: Zaak
    status: Status
    rollen: list[Rol] = field(default_factory=list)
    zaakinformatieobjecten: list[Any] = field(default_factory=list)
    zaakobjecten: list[Any] = field(default_factory=list)
    resultaat: Resultaat | None = None


def intent_id(zaak_id: UUID) -> UUID:
    return uuid5(NAMESPACE, str(zaak_id))


def _prefixed(error: ValidationFailed, part: str) -> ValidationFailed:
    return ValidationFailed([InvalidParam(f"{part}.{p.name}", p.code, p.reason) for p in error.params])


class _Problems:
    def __init__(self) -> None:
        self.items: list[InvalidParam] = []

    async def check(self, part: str, check: Awaitable[Any]) -> Any:
        try:
            return await check
        except ValidationFailed as error:
            self.items += _prefixed(error, part).params
            return None

    def raise_any(self) -> None:
        if self.items:
            raise ValidationFailed(self.items)


def _call(fn: Callable[..., Any], *args: Any) -> Awaitable[Any]:
    """A synchronous check as an awaitable, so `_Problems.check` collects what it raises."""
    async def run() -> Any:
        return fn(*args)
    return run()


# --- the checks before the first write ------------------------------------------------------------------


async def _check_status(actor: Actor, zaak: Zaak, data: dict[str, Any], *, resultaattype: str | None = None,
                        first: bool = False) -> None:
    """statussen.create's rules, without writing: statustype, gezetdoor, the scopes, archiefstatus, the moment;
    an eindstatus's closing rules (with `resultaattype`: the resultaat this operation writes first)."""
    datum: datetime = data["datum_status_gezet"]
    utc = utc_moment(datum, "datumStatusGezet")
    if utc > datetime.now(UTC):
        raise ValidationFailed.field("datumStatusGezet", "date-in-future", "Deze datum mag niet in de toekomst zijn")
    statustype = await statussen._statustype(data["statustype"], zaak)
    await statussen._check_gezetdoor(data.get("gezetdoor"), zaak)
    statussen._authorise(actor, zaak, not first and zaak.status is not None)
    if zaak.archiefstatus != "nog_te_archiveren":
        raise ValidationFailed.non_field("zaak-archiefstatus-invalid",
                                         "De huidige zaak archiefstatus staat dit request niet toe. Archiefstatus "
                                         "moet gelijk zijn aan 'nog_te_archiveren'")
    if zaak.statussen:
        earlier = await statussen.repo.list(by_ids(zaak.statussen))
        if any(aware(e.datum_status_gezet) == utc for e in earlier):
            raise ValidationFailed([InvalidParam("nonFieldErrors", "unique",
                                                 "De velden zaak, datum_status_gezet moeten een unieke set zijn.")])
    if await catalogue.is_eindstatus(statustype):
        await zaakinformatieobjecten.check_closable(zaak)
        await statussen._deelzaken_closed(zaak)
        if resultaattype is None:
            await statussen._resultaattype(zaak)  # resultaat-does-not-exist without one


async def _check_rollen(actor: Actor, zaak: Zaak, items: list[dict[str, Any]], problems: _Problems,
                        existing: dict[UUID, Rol] | None = None) -> None:
    """Each rol by rollen's rules; the roltypen allowed once (initiator, zaakcoordinator) once among all of them
    (the zaak's rollen that stay are in `items` too: zaak_bijwerken replaces the whole set)."""
    seen: dict[str, int] = {}
    for i, item in enumerate(items):
        part = f"rollen.{i}"
        if item.get("uuid") is not None and (existing is None or item["uuid"] not in existing):
            problems.items.append(InvalidParam(f"{part}.uuid", "does_not_exist",
                                               "Deze rol hoort niet bij de zaak."))
            continue
        roltype = await problems.check(part, rollen._roltype(item["roltype"], zaak))
        await problems.check(part, _call(rollen._check, item))
        if roltype is not None and roltype.omschrijving_generiek in rollen.UNIQUE_GENERIEK:
            generiek = roltype.omschrijving_generiek
            seen[generiek] = seen.get(generiek, 0) + 1
            if seen[generiek] > 1:
                problems.items.append(InvalidParam(f"{part}.roltype", "max-occurences",
                                                   f"There are already {seen[generiek] - 1} `{generiek}` "
                                                   "occurences"))


async def _check_zaakobjecten(zaak: Zaak, items: list[dict[str, Any]], problems: _Problems) -> None:
    for i, item in enumerate(items):
        await problems.check(f"zaakobjecten.{i}", _call(zaakobjecten._check, item))
        await problems.check(f"zaakobjecten.{i}", zaakobjecten._zaakobjecttype(item.get("zaakobjecttype"), zaak))


async def _check_zaakinformatieobjecten(zaak: Zaak, items: list[dict[str, Any]], problems: _Problems) -> None:
    allowed = await zaakinformatieobjecten.informatieobjecttypen(zaak.zaaktype)
    seen: set[str] = set()
    for i, item in enumerate(items):
        part = f"zaakinformatieobjecten.{i}"
        eio = await problems.check(part, zaakinformatieobjecten._informatieobject(item["informatieobject"]))
        if eio is None:
            continue
        if eio.ref in seen:
            problems.items.append(InvalidParam(f"{part}.nonFieldErrors", "unique",
                                               "De velden zaak, informatieobject moeten een unieke set zijn."))
        elif eio.informatieobjecttype not in allowed:
            problems.items.append(InvalidParam(f"{part}.nonFieldErrors", "missing-zaaktype-informatieobjecttype-"
                                               "relation", "Het informatieobjecttype hoort niet bij het zaaktype van "
                                               "de zaak."))
        seen.add(eio.ref)


async def _check_new_zaak(zactor: service.Actor, data: dict[str, Any], problems: _Problems) -> Any:
    """service.create's checks of a new zaak's body, in its order, without writing (on a copy: they fill in
    defaults); the zaaktype when it is usable."""
    found = Problems()
    zaaktype = await service._zaaktype(data.get("zaaktype"), found)
    if zaaktype is not None and not found.items:
        copy = dict(data)
        service._defaults(copy, zaaktype)
        service._in_utc(copy, found)
        await service._check(copy, zaaktype, None, found)
        await service._check_kanaal(zactor.referentielijsten_root, copy.get("communicatiekanaal"), found)
    problems.items += [InvalidParam(f"zaak.{p.name}", p.code, p.reason) for p in found.items]
    return zaaktype if zaaktype is not None and not zaaktype.concept else None


# --- intent and undo --------------------------------------------------------------------------------------


ARCHIVE_FIELDS = {"archiefnominatie": 1, "archiefactiedatum": 1, "startdatum_bewaartermijn": 1}


async def _begin(op: str, zaak_id: UUID, *, new_zaak: bool, rollen_ids: list[UUID] | None = None) -> dict[str, Any]:
    """Write the intent (after every check, before the first write); the caller holds the zaak's lock."""
    collection = Zaak.get_pymongo_collection()
    before = None if new_zaak else await collection.find_one({"_id": zaak_id})
    rollen_before = [r async for r in Rol.get_pymongo_collection().find(by_ids(rollen_ids))] if rollen_ids else []
    # an eindstatus may derive archive fields on the deelzaken (statussen's cascade): kept to restore them
    deel_ids = [i for i in (uuid_of(r) for r in (before or {}).get("deelzaken") or []) if i is not None]
    deelzaken_before = [d async for d in collection.find(by_ids(deel_ids), ARCHIVE_FIELDS)] if deel_ids else []
    intent = {"_id": intent_id(zaak_id), "op": op, "zaak": zaak_id, "new_zaak": new_zaak, "before": before,
              "rollen_before": rollen_before, "deelzaken_before": deelzaken_before, "started": now()}
    await ConvenienceIntent.get_pymongo_collection().insert_one(intent)
    return intent


async def _end(intent: dict[str, Any]) -> None:
    await ConvenienceIntent.get_pymongo_collection().delete_one({"_id": intent["_id"]})


async def _drop_audit(zaak_ref: str, since: datetime | None) -> None:
    """The audit records of the undone operation: all of a zaak that no longer exists, else those since it began."""
    trail = await AuditTrail.get_pymongo_collection().find_one({"_id": zaak_ref})
    ids = list((trail or {}).get("records") or [])
    if not ids:
        return
    records = AuditRecord.get_pymongo_collection()
    if since is not None:
        ids = [r["_id"] async for r in records.find(by_ids(ids, {"aanmaakdatum": {"$gte": since}}), {"_id": 1})]
    if ids:
        await records.delete_many(by_ids(ids))
        await AuditTrail.get_pymongo_collection().update_one({"_id": zaak_ref}, {"$pullAll": {"records": ids}})


async def _restore_links(zaak_ref: str, current: dict[str, Any], before: dict[str, Any]) -> None:
    """What a zaak PATCH changed in other zaken: the hoofdzaak's deelzaken, the gerelateerdeZaken's lists."""
    old_hoofd, new_hoofd = before.get("hoofdzaak"), current.get("hoofdzaak")
    if new_hoofd != old_hoofd:
        if new_hoofd:
            async with zaak_lock(zaak_id(new_hoofd)):
                await unlink(new_hoofd, "deelzaken", zaak_ref)
        if old_hoofd:
            async with zaak_lock(zaak_id(old_hoofd)):
                await link(old_hoofd, "deelzaken", zaak_ref)
    shape = Zaak.model_construct(id=zaak_id(zaak_ref))
    await service._sync_gerelateerde(shape, list(current.get("gerelateerde_zaken") or []),
                                     list(before.get("gerelateerde_zaken") or []))


async def undo(intent: dict[str, Any]) -> None:
    """Undo what the operation of `intent` wrote (idempotent); the caller holds the zaak's lock."""
    zaak_id: UUID = intent["zaak"]
    zaak_ref = f"{Zaak.PATH}/{zaak_id}"
    if intent["new_zaak"]:
        zaak = await Zaak.get(zaak_id)
        if zaak is not None:
            await service.remove(zaak)  # everything it names, the document links' mirrors, then the zaak
        await _drop_audit(zaak_ref, None)
        await _end(intent)
        return
    before: dict[str, Any] = intent["before"]
    current = await Zaak.get_pymongo_collection().find_one({"_id": zaak_id})
    if current is not None:
        for name, model in (("statussen", Status), ("rollen", Rol)):  # what these operations create
            added = [i for i in current.get(name) or [] if i not in set(before.get(name) or [])]
            if added:
                await model.get_pymongo_collection().delete_many(by_ids(added))
        if current.get("resultaat") and current.get("resultaat") != before.get("resultaat"):
            resultaat_id = current["resultaat"].rsplit("/", 1)[-1]
            await Resultaat.get_pymongo_collection().delete_one({"_id": UUID(resultaat_id)})
    rollen_collection = Rol.get_pymongo_collection()
    for rol in intent.get("rollen_before") or []:
        await rollen_collection.replace_one({"_id": rol["_id"]}, rol, upsert=True)
    if current is not None:
        await _restore_links(zaak_ref, current, before)
    for deelzaak in intent.get("deelzaken_before") or []:
        async with zaak_lock(deelzaak["_id"]):
            await Zaak.get_pymongo_collection().update_one(
                {"_id": deelzaak["_id"]}, {"$set": {k: deelzaak.get(k) for k in ARCHIVE_FIELDS}})
    await Zaak.get_pymongo_collection().replace_one({"_id": zaak_id}, before, upsert=True)
    await _drop_audit(zaak_ref, intent["started"])
    await _end(intent)


async def settle(zaak_id: UUID) -> bool:
    """Undo an operation a dead writer left on this zaak (the caller holds the zaak's lock, so no writer lives)."""
    intent = await ConvenienceIntent.get_pymongo_collection().find_one({"_id": intent_id(zaak_id)})
    if intent is None:
        return False
    await undo(intent)
    return True


async def sweep(older_than: timedelta = timedelta(seconds=LOCK_TIMEOUT)) -> int:
    """Undo the operations whose writer died (older than a lock's lifetime); returns how many (beat's task)."""
    cutoff = now() - older_than
    done = 0
    rows = ConvenienceIntent.get_pymongo_collection().find({"started": {"$lt": cutoff}}, {"zaak": 1})
    for row in [r async for r in rows]:
        try:
            async with zaak_lock(row["zaak"], wait=1.0):
                done += await settle(row["zaak"])
        except Conflict:  # a live writer holds the zaak (a slow operation): the next sweep looks again
            continue
    return done


async def _run(intent: dict[str, Any], steps: Callable[[], Awaitable[Result]]) -> Result:
    """The writes of one operation: undone at once when one of them fails."""
    try:
        result = await steps()
    except BaseException:
        await undo(intent)
        raise
    await _end(intent)
    return result


async def _step(part: str, write: Awaitable[Any]) -> Any:
    try:
        return await write
    except ValidationFailed as error:
        raise _prefixed(error, part) from None


def _fault() -> None:
    if _FAULT == "between-convenience-writes":
        os.kill(os.getpid(), signal.SIGKILL)


async def _audit_zaak(actor: Actor, zaak: Zaak, actie: str, status: int, oud: Any, nieuw: Any) -> None:
    await audit.record(actor.principal, audit.AuditEntry(
        bron="zrc", actie=actie, resultaat=status, hoofd_object=actor.url_of(zaak.ref), hoofd_object_ref=zaak.ref,
        resource="zaak", resource_url=actor.url_of(zaak.ref), resource_weergave=zaak.identificatie, oud=oud,
        nieuw=nieuw, toelichting=actor.toelichting))


# --- the operations ---------------------------------------------------------------------------------------


async def registreren(zactor: service.Actor, actor: Actor, outbox: Outbox, renders: Renders, zaak_data: dict[str, Any],
                      rollen_data: list[dict[str, Any]], zios_data: list[dict[str, Any]],
                      objecten_data: list[dict[str, Any]], status_data: dict[str, Any]) -> Result:
    """A zaak with its rollen, zaakinformatieobjecten, zaakobjecten and first status (Open Zaak's order)."""
    zaak_id = uuid4()
    problems = _Problems()
    zaaktype = await _check_new_zaak(zactor, zaak_data, problems)
    if zaaktype is not None:
        vertrouwelijk = zaak_data.get("vertrouwelijkheidaanduiding") or zaaktype.vertrouwelijkheidaanduiding
        shape = Zaak.model_construct(id=zaak_id, zaaktype=zaaktype.ref, vertrouwelijkheidaanduiding=vertrouwelijk,
                                     bronorganisatie=zaak_data.get("bronorganisatie", ""), status=None,
                                     resultaat=None, einddatum=None, archiefstatus="nog_te_archiveren", statussen=[],
                                     rollen=[], deelzaken=[], zaakinformatieobjecten=[], hoofdzaak=None)
        if not (access.may(zactor.policy, access.BIJWERKEN, shape)
                or access.may(zactor.policy, access.GEFORCEERD_BIJWERKEN, shape)):
            raise PermissionDenied()
        await _check_rollen(actor, shape, rollen_data, problems)
        await _check_zaakinformatieobjecten(shape, zios_data, problems)
        await _check_zaakobjecten(shape, objecten_data, problems)
        await problems.check("status", _check_status(actor, shape, status_data, first=True))
    problems.raise_any()  # service.create checks the zaak once more before it writes (and its identificatie)

    async with zaak_lock(zaak_id):
        intent = await _begin("registreren", zaak_id, new_zaak=True)

        async def steps() -> Result:
            zaak = await _step("zaak", service.create({**zaak_data, "id": zaak_id}, zactor, outbox))
            await _audit_zaak(actor, zaak, "create", 201, None, renders.zaak(zaak))
            made = Result(zaak=zaak, status=None)  # type: ignore[arg-type]
            for i, item in enumerate(rollen_data):
                made.rollen.append(await _step(f"rollen.{i}", rollen.create(actor, {**item, "zaak": zaak.ref},
                                                                            renders.rol)))
            _fault()
            for i, item in enumerate(zios_data):
                made.zaakinformatieobjecten.append(await _step(f"zaakinformatieobjecten.{i}", zaakinformatieobjecten
                                                               .create(actor, {**item, "zaak": zaak.ref},
                                                                       renders.zaakinformatieobject)))
            for i, item in enumerate(objecten_data):
                made.zaakobjecten.append(await _step(f"zaakobjecten.{i}", zaakobjecten.create(
                    actor, {**item, "zaak": zaak.ref}, renders.zaakobject)))
            made.status = await _step("status", statussen.create(actor, {**status_data, "zaak": zaak.ref},
                                                                 renders.status))
            made.zaak = await service.get(zaak.id)
            await finished("registreren", made.zaak, outbox)
            return made

        return await _run(intent, steps)


async def _existing(uuid: UUID, zactor: service.Actor) -> Zaak:
    zaak = await Zaak.get(uuid)
    if zaak is None:
        raise NotFound("Zaak niet gevonden.")
    access.require(zactor.policy, access.BIJWERKEN | access.GEFORCEERD_BIJWERKEN, zaak)
    return zaak


async def _patch(zactor: service.Actor, actor: Actor, outbox: Outbox, renders: Renders, zaak: Zaak,
                 changes: dict[str, Any]) -> Zaak:
    """The zaak's PATCH (validated completely by service.update before it writes), audited as the separate call."""
    if not changes:
        return zaak
    oud = renders.zaak(zaak)
    updated: Zaak = await _step("zaak", service.update(zaak.id, changes, zactor, outbox, partial=True))
    await _audit_zaak(actor, updated, "partial_update", 200, oud, renders.zaak(updated))
    return updated


async def _on_zaak(op: str, uuid: UUID, zactor: service.Actor, actor: Actor, outbox: Outbox, renders: Renders,
                   changes: dict[str, Any], status_data: dict[str, Any],
                   before_writes: Callable[[Zaak, _Problems], Awaitable[None]] | None = None,
                   writes: Callable[[Zaak, Result], Awaitable[None]] | None = None,
                   resultaattype: str | None = None, rollen_ids: Callable[[Zaak], list[UUID]] | None = None
                   ) -> Result:
    """opschorten, verlengen, bijwerken, afsluiten: check every part, then PATCH the zaak, the operation's own
    writes, and the status last."""
    async with zaak_lock(uuid):
        zaak = await _existing(uuid, zactor)
        if await settle(zaak.id):  # a dead writer's operation on this zaak: undone first
            zaak = await _existing(uuid, zactor)
        problems = _Problems()
        if before_writes is not None:
            await before_writes(zaak, problems)
        await problems.check("status", _check_status(actor, zaak, status_data, resultaattype=resultaattype))
        problems.raise_any()
        intent = await _begin(op, zaak.id, new_zaak=False, rollen_ids=rollen_ids(zaak) if rollen_ids else None)

        async def steps() -> Result:
            current = await _patch(zactor, actor, outbox, renders, zaak, changes)
            made = Result(zaak=current, status=None)  # type: ignore[arg-type]
            if writes is not None:
                await writes(current, made)
            _fault()
            made.status = await _step("status", statussen.create(actor, {**status_data, "zaak": current.ref},
                                                                 renders.status))
            made.zaak = await service.get(uuid)
            await finished(op, made.zaak, outbox)
            return made

        return await _run(intent, steps)


async def opschorten(uuid: UUID, zactor: service.Actor, actor: Actor, outbox: Outbox, renders: Renders,
                     changes: dict[str, Any], status_data: dict[str, Any]) -> Result:
    """The zaak's `opschorting` (a PATCH), then a status."""
    return await _on_zaak("opschorten", uuid, zactor, actor, outbox, renders, changes, status_data)


async def verlengen(uuid: UUID, zactor: service.Actor, actor: Actor, outbox: Outbox, renders: Renders,
                    changes: dict[str, Any], status_data: dict[str, Any]) -> Result:
    """The zaak's `verlenging` (a PATCH), then a status."""
    return await _on_zaak("verlengen", uuid, zactor, actor, outbox, renders, changes, status_data)


async def bijwerken(uuid: UUID, zactor: service.Actor, actor: Actor, outbox: Outbox, renders: Renders,
                    changes: dict[str, Any], rollen_data: list[dict[str, Any]] | None,
                    status_data: dict[str, Any]) -> Result:
    """PATCH the zaak, replace its rollen by `rollen_data` when given (with a `uuid`: that rol kept and updated,
    without: a new rol; the zaak's others deleted), then a status."""

    async def check(zaak: Zaak, problems: _Problems) -> None:
        if rollen_data is None:
            return
        existing = {r.id: r for r in await rollen.repo.list(by_ids(zaak.rollen))} if zaak.rollen else {}
        await _check_rollen(actor, zaak, rollen_data, problems, existing)

    async def write_rollen(zaak: Zaak, made: Result) -> None:
        if rollen_data is None:
            return
        keep = {item["uuid"] for item in rollen_data if item.get("uuid") is not None}
        for rol_id in [i for i in zaak.rollen if i not in keep]:
            await _step("rollen", rollen.delete(actor, rol_id, renders.rol))
        for i, item in enumerate(rollen_data):
            data = {k: v for k, v in item.items() if k != "uuid"} | {"zaak": zaak.ref}
            if item.get("uuid") is not None:
                made.rollen.append(await _step(f"rollen.{i}", rollen.update(actor, item["uuid"], data, renders.rol)))
            else:
                made.rollen.append(await _step(f"rollen.{i}", rollen.create(actor, data, renders.rol)))

    return await _on_zaak("bijwerken", uuid, zactor, actor, outbox, renders, changes, status_data, check,
                          write_rollen, rollen_ids=lambda z: list(z.rollen) if rollen_data is not None else [])


async def afsluiten(uuid: UUID, zactor: service.Actor, actor: Actor, outbox: Outbox, renders: Renders,
                    changes: dict[str, Any], resultaat_data: dict[str, Any], status_data: dict[str, Any]) -> Result:
    """PATCH the zaak, its resultaat, then the (eind)status that closes it."""

    async def check(zaak: Zaak, problems: _Problems) -> None:
        await problems.check("resultaat", resultaten._resultaattype(resultaat_data["resultaattype"], zaak))
        named = zaak.resultaat.rsplit("/", 1)[-1] if zaak.resultaat else None
        if named is not None and await Resultaat.get(UUID(named)) is not None:
            problems.items.append(InvalidParam("resultaat.zaak", "unique", "Deze zaak heeft al een resultaat."))

    async def write_resultaat(zaak: Zaak, made: Result) -> None:
        made.resultaat = await _step("resultaat", resultaten.create(actor, {**resultaat_data, "zaak": zaak.ref},
                                                                   renders.resultaat))

    return await _on_zaak("afsluiten", uuid, zactor, actor, outbox, renders, changes, status_data, check,
                          write_resultaat, resultaattype=resultaat_data["resultaattype"])


__all__ = ["Renders", "Result", "afsluiten", "bijwerken", "finished", "opschorten", "registreren", "settle",
           "sweep", "undo", "verlengen"]
