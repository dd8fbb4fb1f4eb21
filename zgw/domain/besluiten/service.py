"""Besluiten: create, update, delete and the reads, with the rules brc-001, brc-002, brc-006, brc-007, brc-009.

- brc-001: the besluittype exists here (`does_not_exist`) or in a registered Catalogi API (else Open Zaak's
  `unknown-service`, `bad-url`, `invalid-resource`) and is published (`not-published`); it never changes.
- brc-002: `identificatie` is unique within the verantwoordelijkeOrganisatie (`identificatie-niet-uniek`),
  generated as `BESLUIT-<year>-<10 digits>` when absent; identificatie and verantwoordelijkeOrganisatie
  never change (`wijzigen-niet-toegelaten`).
- brc-006/007: a besluit with a `zaak` is named among the zaak's besluiten with its zaakbesluit (one intent,
  see `links`); its besluittype is one of the zaak's zaaktype's besluittypen (`zaaktype-mismatch`); `zaak`
  never changes. A zaak in a registered Zaken API is fetched with the service's credentials, and its
  zaakbesluit is made there (zgw.domain.services.besluit_links; `pending-relations` when it cannot be).
- brc-009: deleting a besluit removes its besluitinformatieobjecten with their mirrors, the zaakbesluit and
  its audit trail.
"""

from __future__ import annotations

import logging
import os
import signal
import time
from contextlib import AsyncExitStack
from dataclasses import dataclass
from typing import Any
from uuid import UUID, uuid4

from zgw.domain.audit import service as audit
from zgw.domain.besluiten import access, events, identificatie, links, zaakbesluiten
from zgw.domain.besluiten.documents import Besluit, BesluitIdentificatie, BesluitIntent
from zgw.domain.besluiten.locks import besluit_lock
from zgw.domain.catalogi import read as catalogue
from zgw.domain.catalogi.documents import BesluitType, ZaakType
from zgw.domain.catalogi.repository import uuid_of as catalogi_uuid
from zgw.domain.errors import NotFound, PermissionDenied, Problems, UrlRefused, ValidationFailed
from zgw.domain.repository import Repository, by_ids, combine
from zgw.domain.services import besluit_links, remote
from zgw.domain.zaken.documents import Zaak
from zgw.domain.zaken.locks import zaak_lock
from zgw.domain.zaken.subresources import Actor

RESOURCE = "besluit"
IMMUTABLE = ("identificatie", "verantwoordelijke_organisatie", "besluittype", "zaak")
WIRE_NAMES = {"identificatie": "identificatie", "verantwoordelijke_organisatie": "verantwoordelijkeOrganisatie",
              "besluittype": "besluittype", "zaak": "zaak"}
FIELDS = ("identificatie", "verantwoordelijke_organisatie", "besluittype", "zaak", "datum", "toelichting",
          "bestuursorgaan", "ingangsdatum", "vervaldatum", "vervalreden", "publicatiedatum", "verzenddatum",
          "uiterlijke_reactiedatum")
TEXT = ("toelichting", "bestuursorgaan", "vervalreden", "zaak", "identificatie")
# fault injection for the crash test: ZGW_FAULT=between-besluit-writes kills this process (SIGKILL) after the
# besluit is written, before its zaakbesluit
_FAULT = os.environ.get("ZGW_FAULT", "")

logger = logging.getLogger(__name__)
repo = Repository(Besluit, "Besluit")
Render = Any  # async (Besluit) -> JSON body


def _external(ref: str | None) -> bool:
    return remote.is_remote(ref)


async def _besluittype(ref: str | None, problems: Problems) -> BesluitType | None:
    """brc-001: the besluittype exists (here, or in a registered Catalogi API) and is published."""
    if not ref:
        return None
    try:
        besluittype = await catalogue.get_besluittype(ref)  # a URL elsewhere: fetched (zgw.domain.catalogi.remote)
    except UrlRefused as refused:
        problems.add("besluittype", refused.code, refused.reason)
        return None
    if besluittype is None:
        problems.add("besluittype", "does_not_exist", "Het besluittype bestaat niet.")
        return None
    if besluittype.concept:
        problems.add("besluittype", "not-published", "Het besluittype is nog niet gepubliceerd.")
    return besluittype


@dataclass(frozen=True)
class ZaakRef:
    """The zaak of a besluit as the rules read it: its reference and its zaaktype's (local or remote)."""

    ref: str
    zaaktype: str


async def _zaak(ref: str | None, problems: Problems, url_of: Any = None) -> ZaakRef | None:
    if not ref:
        return None
    if _external(ref):  # a zaak in a registered Zaken API: fetched with its credentials, shape-checked
        try:
            data = await besluit_links.fetch_zaak(ref)
        except ValidationFailed as refused:
            for p in refused.params:
                problems.add(p.name, p.code, p.reason)
            return None
        return ZaakRef(ref, _localized(str(data["zaaktype"]), url_of))
    zaak_id = zaakbesluiten.zaak_uuid(ref)
    zaak = await Zaak.get(zaak_id) if zaak_id else None
    if zaak is None:
        problems.add("zaak", "does_not_exist", "Ongeldige hyperlink - Object bestaat niet.")
        return None
    return ZaakRef(zaak.ref, zaak.zaaktype)


def _localized(url: str, url_of: Any) -> str:
    """A URL of this installation as its stored path (a remote zaak of one of our zaaktypen)."""
    base = url_of("/")[:-1] if url_of is not None else ""
    return url[len(base):] if base and url.startswith(base + "/") else url


async def _matches_zaaktype(zaak: ZaakRef, besluittype: BesluitType) -> bool:
    """brc-007: the besluittype is one of the zaak's zaaktype's besluittypen (by URL or by name)."""
    if _external(zaak.zaaktype):  # a zaaktype in a registered Catalogi API: its besluittypen as it answers them
        try:
            remote_type = await catalogue.get_zaaktype(zaak.zaaktype)
        except UrlRefused:
            return False
        return remote_type is not None and catalogue.allows(remote_type, "besluittypen", besluittype)
    zaaktype_id = catalogi_uuid(zaak.zaaktype) if zaak.zaaktype.startswith(ZaakType.PATH + "/") else None
    zaaktype = await ZaakType.get(zaaktype_id) if zaaktype_id else None  # stored: names hold every version
    return zaaktype is not None and catalogue.allows(zaaktype, "besluittypen", besluittype)


def _clean(data: dict[str, Any]) -> dict[str, Any]:
    out = {k: data.get(k) for k in FIELDS if k in data}
    for name in TEXT:
        if name in out and out[name] is None:
            out[name] = ""
    for name in ("datum", "ingangsdatum", "vervaldatum", "publicatiedatum", "verzenddatum",
                 "uiterlijke_reactiedatum"):
        value = out.get(name)
        if value is not None and not isinstance(value, str):
            out[name] = value.isoformat()
    return out


async def validate_new(data: dict[str, Any], actor: Actor) -> tuple[BesluitType, ZaakRef | None]:
    """Every rule of a new besluit, before anything is written (also for besluit_verwerken)."""
    problems = Problems()
    besluittype = await _besluittype(data.get("besluittype"), problems)
    zaak = await _zaak(data.get("zaak"), problems, actor.url_of)
    problems.raise_any()
    assert besluittype is not None
    if zaak is not None and not await _matches_zaaktype(zaak, besluittype):
        raise ValidationFailed.non_field("zaaktype-mismatch", "De referentie hoort niet bij het zaaktype van de zaak.")
    if not access.may_type(actor.policy, access.AANMAKEN, besluittype.ref):
        raise PermissionDenied()
    ident = data.get("identificatie") or ""
    if ident:
        taken = await BesluitIdentificatie.get(BesluitIdentificatie.key(data["verantwoordelijke_organisatie"], ident))
        if taken is not None:
            raise ValidationFailed.field("identificatie", "identificatie-niet-uniek", identificatie.NOT_UNIQUE)
    return besluittype, zaak


async def _audit(actor: Actor, besluit: Besluit, actie: str, status: int, *, resource: str = RESOURCE,
                 ref: str | None = None, weergave: str | None = None, oud: Any = None, nieuw: Any = None) -> None:
    await audit.record(actor.principal, audit.AuditEntry(
        bron="brc", actie=actie, resultaat=status, hoofd_object=actor.url_of(besluit.ref), hoofd_object_ref=besluit.ref,
        resource=resource, resource_url=actor.url_of(ref or besluit.ref),
        resource_weergave=besluit.identificatie if weergave is None else weergave, oud=oud, nieuw=nieuw,
        toelichting=actor.toelichting))


async def create(data: dict[str, Any], actor: Actor, render: Render, *, validated: bool = False,
                 besluit_id: UUID | None = None) -> Besluit:
    """A new besluit; with a zaak, named among the zaak's besluiten and mirrored as its zaakbesluit (brc-006)."""
    data = _clean(data)
    if not validated:
        await validate_new(data, actor)
    besluit_id = besluit_id or uuid4()
    zaak_ref = data.get("zaak") or ""
    elsewhere = _external(zaak_ref)
    async with AsyncExitStack() as stack:
        if zaak_ref and not elsewhere:  # the zaak's list of besluiten is written under the zaak's lock
            await stack.enter_async_context(zaak_lock(str(zaakbesluiten.zaak_uuid(zaak_ref))))
        await stack.enter_async_context(besluit_lock(besluit_id))
        intent = BesluitIntent(id=links.besluit_key(besluit_id), op="besluit-create", besluit=besluit_id,
                               zaak=zaak_ref, since=links.now(),
                               besluit_url=actor.url_of(f"{Besluit.PATH}/{besluit_id}"))
        await links.begin(intent)
        organisatie = data["verantwoordelijke_organisatie"]
        try:
            ident = await identificatie.claim(organisatie, data.get("identificatie") or "", besluit_id)
        except ValidationFailed:
            await links.settle(intent)
            raise
        intent.identificatie_key = BesluitIdentificatie.key(organisatie, ident)
        await links.begin(intent)
        if zaak_ref:
            await zaakbesluiten.name(zaak_ref, besluit_id)                  # named before written
        besluit = Besluit(id=besluit_id, seq=time.time_ns() // 1000, **{**data, "identificatie": ident})
        await besluit.insert()
        if _FAULT == "between-besluit-writes":
            os.kill(os.getpid(), signal.SIGKILL)
        if elsewhere:  # the zaakbesluit in the zaak's own API, which checks back with us (brc-006)
            await _mirror_in_zaken_api(intent, besluit)
        await links.settle(intent)                                          # the zaakbesluit, then the intent goes
        await _audit(actor, besluit, "create", 201, nieuw=await render(besluit))
        await events.notify(actor.outbox, besluit, actie="create", resource=RESOURCE, resource_ref=besluit.ref,
                            url_of=actor.url_of)
    return besluit


async def _mirror_in_zaken_api(intent: BesluitIntent, besluit: Besluit) -> None:
    """POST the zaakbesluit to the remote Zaken API; when it fails the besluit is undone (pending-relations)."""
    made = await links.mirror_or_undo(
        intent, lambda: besluit_links.create_zaakbesluit(besluit.zaak, intent.besluit_url), undo="besluit-delete",
        name="zaak", failed="Het besluit kon niet in de Zaken API aan de zaak gekoppeld worden",
        what=f"zaakbesluit of {besluit.ref}")
    besluit.remote_zaakbesluit = made
    await links.keep_remote_zaakbesluit(besluit.id, made)


async def get_visible(uuid: UUID, actor: Actor, scope: Any = access.LEZEN) -> Besluit:
    besluit = await repo.get(uuid)
    access.require(actor.policy, scope, besluit)
    return besluit


async def update(uuid: UUID, data: dict[str, Any], actor: Actor, render: Render, *, partial: bool) -> Besluit:
    data = _clean(data)
    async with besluit_lock(uuid):
        current = await get_visible(uuid, actor, access.BIJWERKEN)
        problems = Problems()
        for name in IMMUTABLE:
            if name in data and (data[name] or "") != (getattr(current, name) or ""):
                problems.add(WIRE_NAMES[name], "wijzigen-niet-toegelaten", "Dit veld mag niet gewijzigd worden.")
        problems.raise_any()
        oud = await render(current)
        values = {k: v for k, v in data.items() if k not in IMMUTABLE}
        if not partial:  # PUT: what is not sent is emptied
            values = {"toelichting": "", "bestuursorgaan": "", "vervaldatum": None, "vervalreden": "",
                      "publicatiedatum": None, "verzenddatum": None, "uiterlijke_reactiedatum": None, **values}
        for name, value in values.items():
            setattr(current, name, value)
        await Besluit.get_pymongo_collection().update_one({"_id": current.id}, {"$set": values})
        nieuw = await render(current)
        await _audit(actor, current, "partial_update" if partial else "update", 200, oud=oud, nieuw=nieuw)
        await events.notify(actor.outbox, current, actie="partial_update" if partial else "update", resource=RESOURCE,
                            resource_ref=current.ref, url_of=actor.url_of)
    return current


async def delete(uuid: UUID, actor: Actor) -> None:
    """brc-009: the besluit with everything that hangs off it, nothing soft-deleted (one settled intent)."""
    besluit = await get_visible(uuid, actor, access.VERWIJDEREN)
    await _require_reachable(besluit)
    await remove(uuid, actor)


async def _require_reachable(besluit: Besluit) -> None:
    """A besluit with mirrors in other APIs is deleted only while those answer (else pending-relations and
    nothing written); one that stops answering halfway leaves the intent to the sweep."""
    from zgw.domain.besluiten import besluitinformatieobjecten as bios

    checks = [(besluit.zaak, "zrc", "zaak")] if _external(besluit.zaak) else []
    checks += [(b.remote_relatie or b.informatieobject, "drc", "informatieobject")
               for b in await bios.of_besluit(besluit) if _external(b.informatieobject)]
    for url, api_type, name in checks:
        try:
            await besluit_links.reachable(url, api_type)
        except RuntimeError as exc:
            raise besluit_links.pending(name, f"De relatie kon niet in de andere API verwijderd worden: {exc}"
                                        ) from None


async def remove(uuid: UUID, actor: Actor) -> None:
    """Delete a besluit with its links, their mirrors, its zaakbesluit and audit trail (no access check)."""
    besluit = await repo.get(uuid)
    async with AsyncExitStack() as stack:
        if besluit.zaak and not _external(besluit.zaak):
            await stack.enter_async_context(zaak_lock(str(zaakbesluiten.zaak_uuid(besluit.zaak))))
        await stack.enter_async_context(besluit_lock(uuid))
        besluit = await repo.get(uuid)
        await events.notify(actor.outbox, besluit, actie="destroy", resource=RESOURCE, resource_ref=besluit.ref,
                            url_of=actor.url_of)
        intent = BesluitIntent(id=links.besluit_key(uuid), op="besluit-delete", besluit=uuid, zaak=besluit.zaak,
                               since=links.now(), besluit_url=actor.url_of(besluit.ref),
                               remote=besluit.remote_zaakbesluit or "")
        await links.begin(intent)
        try:
            await links.settle(intent)
        except (RuntimeError, UrlRefused) as exc:  # our side is gone; the other API's mirror by the sweep
            logger.warning("mirrors of %s left to the sweep: %s", besluit.ref, exc)


# --- reads ---------------------------------------------------------------------------------------------


async def list_query(actor: Actor, criteria: dict[str, Any]) -> dict[str, Any]:
    """The query of a list. `zaak` (a local zaak: the besluiten it names) and `identificatie` with
    `verantwoordelijkeOrganisatie` (its key document) are key lookups; other filters scan on the embedded store."""
    condition: dict[str, Any] = {}
    ids: list[UUID] | None = None
    for name in ("besluittype", "identificatie", "verantwoordelijke_organisatie", "zaak"):
        if criteria.get(name) is not None:
            condition[name] = criteria[name]
    if criteria.get("zaak") is not None and zaakbesluiten.zaak_uuid(criteria["zaak"]) is not None:
        ids = await zaakbesluiten.besluit_ids(criteria["zaak"])
    elif criteria.get("identificatie") and criteria.get("verantwoordelijke_organisatie"):
        key = await BesluitIdentificatie.get(BesluitIdentificatie.key(criteria["verantwoordelijke_organisatie"],
                                                                      criteria["identificatie"]))
        ids = [key.besluit] if key else []
    visible = access.list_filter(actor.policy)
    if ids is not None:
        return by_ids(ids, condition, visible)
    return combine(condition, visible)


async def page(actor: Actor, criteria: dict[str, Any], *, offset: int, limit: int) -> tuple[int, list[Besluit]]:
    query = await list_query(actor, criteria)
    count = await repo.count(query)
    found = await repo.page(query, offset=offset, limit=limit, sort=(("seq", -1), ("_id", 1)))
    return count, found


async def besluit_of_ref(ref: str) -> Besluit | None:
    if not ref.startswith(Besluit.PATH + "/"):
        return None
    try:
        return await Besluit.get(UUID(ref.rstrip("/").rsplit("/", 1)[-1]))
    except ValueError:
        return None


def require_found(besluit: Besluit | None) -> Besluit:
    if besluit is None:
        raise NotFound("Besluit niet gevonden.")
    return besluit
