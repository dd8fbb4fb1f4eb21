"""One cloud event per request per zaak: writes note what they did to a zaak, the request sends one event.

A write calls a hook next to its notification (inside the operation's `notifying()` outbox). The first hook
for a zaak in a request stages the event as `prepared` in the outbox (so a crash after the data write leaves
a visible message, as notifications do); when the outbox's operation succeeds its contributions count, when
it fails they are dropped. At the end of the request (or of the operation, outside a request) the collector
decides per zaak: the strongest type noted (a convenience type replaces zaak-gemuteerd, zaak-verwijderd wins),
and Open Zaak's rule that events start once the zaak has its first status (re-read by `_id` after the writes);
the message is released with the zaak as it is then, or removed.
"""

from __future__ import annotations

import contextvars
import logging
import os
import signal
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from zgw.domain.cloudevents import config, outbox, types

logger = logging.getLogger(__name__)
_FAULT = os.environ.get("ZGW_FAULT", "")

UrlOf = Callable[[str], str]


@dataclass
class Entry:
    kind: str  # "zaak" or "document"
    uuid: UUID
    snapshot: Any  # the object as the first write saw it (a deleted zaak is only known so)
    url_of: UrlOf
    source: str
    staged: list[UUID] = field(default_factory=list)
    noted: dict[int, set[str]] = field(default_factory=dict)  # per outbox (id()) the types it noted
    committed: set[str] = field(default_factory=set)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(eq=False)
class Collector:
    request_scoped: bool
    entries: dict[tuple[str, UUID], Entry] = field(default_factory=dict)
    flushed: bool = False

    async def note(self, box: Any, kind: str, uuid: UUID, type_: str, snapshot: Any, url_of: UrlOf | None,
                   cfg: config.CloudEventsConfig, **extra: Any) -> None:
        """A write of the operation of `box` (its outbox) implies `type_`; it counts once the operation succeeded."""
        if not any(c is self for c in box.companions):
            box.companions.append(self)
        entry = await self._entry(kind, uuid, type_, snapshot, url_of, cfg, extra)
        if entry is not None:
            entry.noted.setdefault(id(box), set()).add(type_)

    async def note_done(self, kind: str, uuid: UUID, type_: str, snapshot: Any, url_of: UrlOf | None,
                        cfg: config.CloudEventsConfig) -> None:
        """A write that is done already (one that stages no notification of its own) implies `type_`."""
        entry = await self._entry(kind, uuid, type_, snapshot, url_of, cfg, {})
        if entry is not None:
            entry.committed.add(type_)

    async def _entry(self, kind: str, uuid: UUID, type_: str, snapshot: Any, url_of: UrlOf | None,
                     cfg: config.CloudEventsConfig, extra: dict[str, Any]) -> Entry | None:
        entry = self.entries.get((kind, uuid))
        if entry is None:
            url_of = url_of or next((e.url_of for e in self.entries.values()), None)
            if url_of is None:  # nothing of the request rendered URLs yet: the caller must give them
                logger.warning("cloud event %s for %s %s without url_of: not sent", type_, kind, uuid)
                return None
            entry = Entry(kind, uuid, snapshot, url_of, cfg.source, extra=dict(extra))
            self.entries[(kind, uuid)] = entry
            provisional = await _event(entry, type_, snapshot)
            entry.staged = await outbox.stage(provisional, cfg.receivers)
        return entry

    async def released(self, box: Any) -> None:
        for entry in self.entries.values():
            entry.committed |= entry.noted.pop(id(box), set())
        if not self.request_scoped:
            await self.flush()

    async def aborted(self, box: Any) -> None:
        for key, entry in list(self.entries.items()):
            entry.noted.pop(id(box), None)
            if not entry.committed and not entry.noted:
                await outbox.drop(entry.staged)
                del self.entries[key]

    async def flush(self) -> None:
        entries, self.entries = list(self.entries.values()), {}
        if entries and _FAULT == "before-cloudevent-release":  # the crash test: die with the events prepared
            os.kill(os.getpid(), signal.SIGKILL)
        released: list[UUID] = []
        events: list[dict[str, Any]] = []
        for entry in entries:
            try:
                event = await _final(entry)
            except Exception:  # never fail the request after its writes; the prepared message stays visible
                logger.exception("cloud event for %s %s not released", entry.kind, entry.uuid)
                continue
            if event is None:
                await outbox.drop(entry.staged)
                continue
            await outbox.release(entry.staged, event)
            released += entry.staged
            events.append(event)
        if released or events:
            await outbox.dispatch(released, events)


async def _final(entry: Entry) -> dict[str, Any] | None:
    if not entry.committed:
        return None
    if entry.kind == "document":
        return await _event(entry, types.DOCUMENT_GEREGISTREERD, entry.snapshot)
    if entry.kind == "besluit":
        return await _event(entry, types.BESLUIT_VERWERKT, entry.snapshot)
    type_ = types.strongest(entry.committed)
    if type_ == types.ZAAK_VERWIJDERD:
        zaak = entry.snapshot
    else:
        from zgw.domain.zaken.documents import Zaak

        zaak = await Zaak.get(entry.uuid)
        if zaak is None:  # deleted later in the same request without its own event
            return None
    if not zaak.status:  # Open Zaak: a zaak is "complete" once its first status is set; no events before
        return None
    return await _event(entry, type_, zaak)


async def _event(entry: Entry, type_: str, obj: Any) -> dict[str, Any]:
    from zgw.domain.catalogi import read as catalogue
    from zgw.domain.catalogi.documents import BesluitType, InformatieObjectType, ZaakType

    url_of = entry.url_of
    if entry.kind == "document":
        iot = await catalogue.get_or_none(InformatieObjectType, obj.informatieobjecttype)
        zaaktype = entry.extra.get("zaaktype") or ""
        data = {"informatieobjecttype": url_of(obj.informatieobjecttype),
                "informatieobjecttype.catalogus": url_of(iot.catalogus) if iot else "",
                "bronorganisatie": obj.bronorganisatie, "vertrouwelijkheidaanduiding": obj.vertrouwelijkheidaanduiding,
                "zaak.zaaktype": url_of(zaaktype) if zaaktype else ""}
        return outbox.build(type_, entry.source, str(obj.id), None, data)
    if entry.kind == "besluit":
        besluittype = await catalogue.get_or_none(BesluitType, obj.besluittype)
        zaaktype = entry.extra.get("zaaktype") or ""
        data = {"verantwoordelijkeOrganisatie": obj.verantwoordelijke_organisatie,
                "besluittype": url_of(obj.besluittype),
                "besluittype.catalogus": url_of(besluittype.catalogus) if besluittype else "",
                "zaak.zaaktype": url_of(zaaktype) if zaaktype else "",
                "informatieobjecten.iotype": [url_of(t) for t in entry.extra.get("iotypes") or []]}
        return outbox.build(type_, entry.source, str(obj.id), obj.ref, data)
    zaaktype = await catalogue.get_or_none(ZaakType, obj.zaaktype)
    data = {"bronorganisatie": obj.bronorganisatie, "zaaktype": url_of(obj.zaaktype),
            "zaaktype.catalogus": url_of(zaaktype.catalogus) if zaaktype else "",
            "vertrouwelijkheidaanduiding": obj.vertrouwelijkheidaanduiding}
    if type_ in types.CONVENIENCE:
        data["verantwoordelijkeOrganisatie"] = obj.verantwoordelijke_organisatie
    return outbox.build(type_, entry.source, str(obj.id), obj.ref, data)


_request: contextvars.ContextVar[Collector | None] = contextvars.ContextVar("cloudevents_request", default=None)


@asynccontextmanager
async def request_scope() -> AsyncIterator[Collector]:
    """One collector for a whole request; the caller flushes it when the handler is done."""
    collector = Collector(request_scoped=True)
    token = _request.set(collector)
    try:
        yield collector
    finally:
        _request.reset(token)


def _collector(box: Any) -> Collector:
    found = _request.get()
    if found is not None:
        return found
    for companion in box.companions:  # outside a request: one collector per operation
        if isinstance(companion, Collector):
            return companion
    return Collector(request_scoped=False)


async def _active() -> config.CloudEventsConfig | None:
    """Switched on with a source (without receivers events still go to live subscribers, nothing is stored)."""
    cfg = await config.current()
    return cfg if cfg.active else None


async def zaak_event(box: Any, zaak: Any, type_: str, url_of: UrlOf | None) -> None:
    """Note `type_` for `zaak` in this request (called next to the write's notification)."""
    if box is None or (cfg := await _active()) is None:
        return
    await _collector(box).note(box, "zaak", zaak.id, type_, zaak, url_of, cfg)


async def zaak_written(zaak: Any, type_: str, url_of: UrlOf) -> None:
    """For a zaak write that is done and stages no notification of its own (a zaakinformatieobject's update or
    delete: Open Zaak notifies only their create): note `type_` as done for the request, or send it at once
    outside a request."""
    if (cfg := await _active()) is None:
        return
    found = _request.get()
    collector = found if found is not None else Collector(request_scoped=False)
    await collector.note_done("zaak", zaak.id, type_, zaak, url_of, cfg)
    if found is None:
        await collector.flush()


CONVENIENCE_TYPES = {"registreren": types.ZAAK_GEREGISTREERD, "opschorten": types.ZAAK_OPGESCHORT,
                     "bijwerken": types.ZAAK_BIJGEWERKT, "verlengen": types.ZAAK_VERLENGD,
                     "afsluiten": types.ZAAK_AFGESLOTEN}


async def convenience_finished(op: str, zaak: Any, box: Any) -> None:
    """zgw.domain.zaken.convenience's hook (after an operation's last write): its own type for the zaak, which
    replaces the zaak-gemuteerd its separate writes noted (the URLs as those writes rendered them)."""
    type_ = CONVENIENCE_TYPES.get(op)
    if type_ is not None:
        await zaak_event(box, zaak, type_, None)


async def zaak_event_by_ref(box: Any, zaak_ref: str | None, type_: str, url_of: UrlOf) -> None:
    """The same for a zaak known by its reference (a besluit's zaak); remote or unknown zaken send nothing."""
    if not zaak_ref or box is None or (cfg := await _active()) is None:
        return
    from zgw.domain.zaken.documents import Zaak

    prefix = Zaak.PATH + "/"
    if not zaak_ref.startswith(prefix):
        return
    try:
        uuid = UUID(zaak_ref[len(prefix):])
    except ValueError:
        return
    zaak = await Zaak.get(uuid)
    if zaak is not None:
        await _collector(box).note(box, "zaak", zaak.id, type_, zaak, url_of, cfg)


async def _zaaktype_of(zaak_ref: str | None) -> str:
    if not zaak_ref:
        return ""
    from zgw.domain.zaken.documents import Zaak

    prefix = Zaak.PATH + "/"
    try:
        zaak = await Zaak.get(UUID(zaak_ref[len(prefix):])) if zaak_ref.startswith(prefix) else None
    except ValueError:
        zaak = None
    return zaak.zaaktype if zaak is not None else ""


async def besluit_verwerkt(box: Any, besluit: Any, informatieobjecttypen: list[str], url_of: UrlOf) -> None:
    """besluit_verwerken: `besluit-verwerkt` about the new besluit (data as Open Zaak's: the besluit's kenmerken,
    its zaak's zaaktype and the informatieobjecttype of each linked document)."""
    if box is None or (cfg := await _active()) is None:
        return
    await _collector(box).note(box, "besluit", besluit.id, types.BESLUIT_VERWERKT, besluit, url_of, cfg,
                               zaaktype=await _zaaktype_of(besluit.zaak), iotypes=list(informatieobjecttypen))


async def document_registered(box: Any, eio: Any, zaak_ref: str | None, url_of: UrlOf) -> None:
    """document_registreren: `document-geregistreerd` about the new informatieobject (the zaak gets its own
    zaak-gemuteerd through the zaakinformatieobject)."""
    if box is None or (cfg := await _active()) is None:
        return
    await _collector(box).note(box, "document", eio.id, types.DOCUMENT_GEREGISTREERD, eio, url_of, cfg,
                               zaaktype=await _zaaktype_of(zaak_ref))
