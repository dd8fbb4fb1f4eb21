"""Zaak use cases: create, update, delete, with the rules of Zaken 1.5.1 / 1.7.0 and Open Zaak.

Input is domain data: snake_case keys, local references as paths (the REST layer parsed the URLs),
dates as `date`, date-times as `datetime`. Every write holds the zaak's lock; notifications are
staged by the caller's `notifying()` outbox and passed in.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from uuid import UUID

from pymongo.errors import DuplicateKeyError

from zgw.domain import cloudevents
from zgw.domain.autorisaties.policy import Policy
from zgw.domain.catalogi import read as catalogue
from zgw.domain.catalogi.documents import ZaakType
from zgw.domain.errors import NotFound, Problems, UrlRefused, ValidationFailed
from zgw.domain.notifications.service import Outbox
from zgw.domain.repository import by_ids
from zgw.domain.zaken import access, events, geo, identificatie, listings, remote, zaaknummers
from zgw.domain.zaken.documents import SUB_RESOURCES, Zaak
from zgw.domain.zaken.durations import add_duration
from zgw.domain.zaken.locks import zaak_lock, zaken_locks
from zgw.domain.zaken.repository import zaken
from zgw.domain.zaken.subresources import aware, child_ids, utc_moment
from zgw.domain.zaken.touch import link, now, unlink, zaak_id

IMMUTABLE = ("zaaktype", "identificatie")
GENERATION_ATTEMPTS = 5



@dataclass
class Actor:
    policy: Policy
    url_of: Callable[[str], str]
    referentielijsten_root: str = ""  # SELECTIELIJST_API_ROOT_URL: communicatiekanalen live there (zrc-010)


def _iso(value: Any) -> Any:
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return value.isoformat()
    return value


def _today() -> str:
    return datetime.now(UTC).date().isoformat()


async def get(uuid: UUID) -> Zaak:
    return await zaken.get(uuid)


async def get_visible(uuid: UUID, policy: Policy, scope: Any = access.LEZEN) -> Zaak:
    zaak = await zaken.get(uuid)
    access.require(policy, scope, zaak)
    return zaak


def _external(ref: str | None) -> bool:
    return bool(ref) and str(ref).startswith(("http://", "https://"))


async def _zaaktype(ref: str | None, problems: Problems) -> ZaakType | None:
    try:  # a zaaktype in an external Catalogi API is fetched with its service's credentials
        zaaktype = await catalogue.get_zaaktype(ref)
    except UrlRefused as refused:
        problems.add("zaaktype", refused.code, refused.reason)
        return None
    if zaaktype is None:
        problems.add("zaaktype", "does_not_exist", "Het zaaktype bestaat niet.")
        return None
    if zaaktype.concept:
        problems.add("zaaktype", "not-published", "Het zaaktype is nog niet gepubliceerd.")
    return zaaktype


async def _known_zaaktype(ref: str, name: str, problems: Problems) -> ZaakType | None:
    """The zaaktype of a stored zaak; one in an external Catalogi API that cannot be read is a problem."""
    try:
        return await catalogue.get_zaaktype(ref)
    except UrlRefused as refused:
        problems.add(name, refused.code, refused.reason)
        return None


async def _check(data: dict[str, Any], zaaktype: ZaakType | None, current: Zaak | None, problems: Problems) -> None:
    """Rules on the merged state of a zaak (create or update)."""
    if zaaktype is not None:
        extra = set(data.get("producten_of_diensten") or []) - set(zaaktype.producten_of_diensten)
        if extra:
            problems.add("productenOfDiensten", "invalid-products-services",
                         "Niet alle producten/diensten komen voor in de producten/diensten op het zaaktype")
    if data.get("betalingsindicatie") == "nvt" and data.get("laatste_betaaldatum"):
        problems.add("laatsteBetaaldatum", "betaling-nvt",
                     'Laatste betaaldatum kan niet gezet worden als de betalingsindicatie "nvt" is.')
    betaald = data.get("laatste_betaaldatum")
    if isinstance(betaald, datetime) and aware(betaald) > datetime.now(UTC):
        problems.add("laatsteBetaaldatum", "date-in-future", "Deze datum mag niet in de toekomst zijn")
    if (data.get("archiefstatus") or "nog_te_archiveren") != "nog_te_archiveren":
        if not data.get("archiefnominatie"):
            problems.add("archiefnominatie", "archiefnominatie-not-set",
                         "Moet van een waarde voorzien zijn als de 'Archiefstatus' een waarde heeft anders dan "
                         "'nog_te_archiveren'.")
        if not data.get("archiefactiedatum"):
            problems.add("archiefactiedatum", "archiefactiedatum-not-set",
                         "Moet van een waarde voorzien zijn als de 'Archiefstatus' een waarde heeft anders dan "
                         "'nog_te_archiveren'.")
    geopend = data.get("laatst_geopend")
    if isinstance(geopend, datetime) and aware(geopend) > datetime.now(UTC):
        problems.add("laatstGeopend", "date-in-future", "Deze datum mag niet in de toekomst zijn")
    if data.get("zaakgeometrie") is not None:
        try:
            geo.check(data["zaakgeometrie"])
        except ValueError as exc:
            problems.add("zaakgeometrie", "invalid", str(exc))
    await _check_hoofdzaak(data, zaaktype, current, problems)
    await _check_related(data, problems)


async def _check_hoofdzaak(data: dict[str, Any], zaaktype: ZaakType | None, current: Zaak | None,
                           problems: Problems) -> None:
    ref = data.get("hoofdzaak")
    if not ref or (current is not None and ref == current.hoofdzaak):
        return
    if current is not None and ref == current.ref:
        problems.add("hoofdzaak", "self-forbidden", "The 'hoofdzaak' may not be a self-reference")
        return
    hoofdzaak = await zaken.by_ref(ref)
    if hoofdzaak is None:
        problems.add("hoofdzaak", "does_not_exist", "De hoofdzaak bestaat niet.")
        return
    if hoofdzaak.hoofdzaak:
        problems.add("hoofdzaak", "deelzaak-als-hoofdzaak", "Deelzaken van deelzaken wordt niet ondersteund.")
    if current is not None and current.deelzaken:
        problems.add("hoofdzaak", "deelzaak-als-hoofdzaak", "Een hoofdzaak kan zelf geen deelzaak worden.")
    hoofd_zaaktype = await _known_zaaktype(hoofdzaak.zaaktype, "hoofdzaak", problems)
    if zaaktype is not None and hoofd_zaaktype is not None and zaaktype.ref not in hoofd_zaaktype.deelzaaktypen:
        problems.add("hoofdzaak", "invalid-deelzaaktype",
                     "Zaaktype niet vastgelegd in deelzaaktypen van hoofdzaak.zaaktype")


async def _check_related(data: dict[str, Any], problems: Problems) -> None:
    """zrc-011: a relevante andere zaak is a zaak, here or elsewhere (fetched); gerelateerde zaken are ours."""
    for i, relevant in enumerate(data.get("relevante_andere_zaken") or []):
        url = relevant.get("url", "")
        if url.startswith("/") and await zaken.by_ref(url) is None:
            problems.add(f"relevanteAndereZaken.{i}.url", "does_not_exist", "De zaak bestaat niet.")
            continue
        if _external(url):
            try:
                await remote.fetch(url, remote.ZAAK, "Zaak")
            except UrlRefused as bad:
                problems.add(f"relevanteAndereZaken.{i}.url", bad.code, bad.reason)
                continue
        # only for a valid url (DRF: the item's validator runs after its fields); Open Zaak requires
        # overigeRelatie for `overig` only (and takes it with any other aard too)
        if relevant.get("aard_relatie") == "overig" and not relevant.get("overige_relatie"):
            problems.add(f"relevanteAndereZaken.{i}.overigeRelatie", "overigerelatie-required",
                         "`overigeRelatie` is verplicht als de relatie aard overig is.")
    for i, ref in enumerate(data.get("gerelateerde_zaken") or []):
        if _external(ref):  # kept on both sides, so only a zaak of ours
            refused = await remote.external(ref, remote.ZAAK, "Zaak")
            problems.add(f"gerelateerdeZaken.{i}.url", refused.code, refused.reason)
        elif await zaken.by_ref(ref) is None:
            problems.add(f"gerelateerdeZaken.{i}.url", "does_not_exist", "De zaak bestaat niet.")


async def _check_kanaal(root: str, url: str | None, problems: Problems) -> None:
    """zrc-010, on every write that sends a communicatiekanaal (create, PUT, PATCH)."""
    try:
        await remote.communicatiekanaal(root, url or "")
    except UrlRefused as bad:
        problems.add("communicatiekanaal", bad.code, bad.reason)


def _defaults(data: dict[str, Any], zaaktype: ZaakType) -> None:
    if not data.get("vertrouwelijkheidaanduiding"):
        data["vertrouwelijkheidaanduiding"] = zaaktype.vertrouwelijkheidaanduiding
    start = data.get("startdatum")
    if isinstance(start, date):
        if data.get("einddatum_gepland") is None and zaaktype.servicenorm:
            with contextlib.suppress(ValueError):
                data["einddatum_gepland"] = add_duration(start, zaaktype.servicenorm)
        if data.get("uiterlijke_einddatum_afdoening") is None and zaaktype.doorlooptijd:
            with contextlib.suppress(ValueError):
                data["uiterlijke_einddatum_afdoening"] = add_duration(start, zaaktype.doorlooptijd)
    if not data.get("registratiedatum"):
        data["registratiedatum"] = _today()


MOMENTS = {"laatste_betaaldatum": "laatsteBetaaldatum", "laatst_geopend": "laatstGeopend"}


def _in_utc(data: dict[str, Any], problems: Problems) -> None:
    """Incoming date-times to UTC, before any rule compares them; out of UTC's range is a 400."""
    for name, wire_name in MOMENTS.items():
        if isinstance(data.get(name), datetime):
            try:
                data[name] = utc_moment(data[name], wire_name)
            except ValidationFailed as failed:
                problems.items.extend(failed.params)


def _document_values(data: dict[str, Any]) -> dict[str, Any]:
    out = {k: _iso(v) for k, v in data.items()}
    if "zaakgeometrie" in out:
        out["geo_bbox"] = geo.bbox(out["zaakgeometrie"]) if out["zaakgeometrie"] else None
    if out.get("kenmerken") is not None:
        out["kenmerk_sleutels"] = [f"{k['bron']}:{k['kenmerk']}" for k in out["kenmerken"]]
    if out.get("betalingsindicatie") == "nvt":
        out["laatste_betaaldatum"] = None
    if "opschorting" in out and out["opschorting"] is None:
        out["opschorting"] = {"indicatie": False, "eerdere_opschorting": False, "reden": ""}
    for key, value in list(out.items()):
        field = Zaak.model_fields.get(key)
        if value is None and field is not None and not field.is_required() and field.get_default(
                call_default_factory=True) is not None:
            out[key] = field.get_default(call_default_factory=True)  # a null for a non-nullable field: its default
    return out


async def _insert_with_identificatie(zaak: Zaak, generate: bool) -> None:
    year = int(zaak.registratiedatum[:4]) if zaak.registratiedatum else datetime.now(UTC).year
    # a reserved number (zaaknummer_reserveren) is taken for this zaak first, and used once written
    claimed = not generate and await zaaknummers.claim(zaak.bronorganisatie, zaak.identificatie, zaak.id)
    for _ in range(GENERATION_ATTEMPTS):
        if generate:  # never a reserved number
            zaak.identificatie = await zaaknummers.next_free(zaak.bronorganisatie, year)
        try:
            await zaken.create(zaak)
            if claimed:
                await zaaknummers.mark_used(zaak.bronorganisatie, zaak.identificatie, zaak.id)
            return
        except DuplicateKeyError:
            if not generate:
                if claimed:
                    await zaaknummers.release(zaak.bronorganisatie, zaak.identificatie, zaak.id)
                raise ValidationFailed.field("identificatie", "identificatie-niet-uniek",
                                             "Deze identificatie bestaat al voor deze bronorganisatie.") from None
            await identificatie.reseed(zaak.bronorganisatie, year)
    raise ValidationFailed.field("identificatie", "identificatie-niet-uniek",
                                 "Er kon geen unieke identificatie gegenereerd worden; probeer het opnieuw.")


async def create(data: dict[str, Any], actor: Actor, outbox: Outbox) -> Zaak:
    problems = Problems()
    zaaktype = await _zaaktype(data.get("zaaktype"), problems)
    problems.raise_any()
    assert zaaktype is not None
    _defaults(data, zaaktype)
    _in_utc(data, problems)
    access.require(actor.policy, access.AANMAKEN, Zaak.model_construct(
        zaaktype=data["zaaktype"], vertrouwelijkheidaanduiding=data["vertrouwelijkheidaanduiding"]))
    await _check(data, zaaktype, None, problems)
    await _check_kanaal(actor.referentielijsten_root, data.get("communicatiekanaal"), problems)
    problems.raise_any()

    listing = listings.get()
    values = _document_values(data)
    generate = not values.get("identificatie")
    zaak = Zaak(seq=await listing.next_seq(), laatst_gemuteerd=now(), **values)
    await events.notify(outbox, zaak, actie="create", resource="zaak", resource_ref=zaak.ref, url_of=actor.url_of)
    async with zaak_lock(zaak.id):  # marks the zaak for the index, and indexes it when released
        if zaak.hoofdzaak:  # the hoofdzaak names its deelzaak first; a crash leaves a name the sweep drops
            async with zaak_lock(zaak_id(zaak.hoofdzaak)):
                await link(zaak.hoofdzaak, "deelzaken", zaak.ref)
                try:
                    await _insert_with_identificatie(zaak, generate)
                except BaseException:
                    await unlink(zaak.hoofdzaak, "deelzaken", zaak.ref)
                    raise
        else:
            await _insert_with_identificatie(zaak, generate)
    await _sync_gerelateerde(zaak, [], zaak.gerelateerde_zaken)
    return zaak


async def _sync_gerelateerde(zaak: Zaak, before: list[str], after: list[str]) -> None:
    """gerelateerdeZaken are reciprocal: the other zaak lists this one too."""
    added = [r for r in after if r not in before and r != zaak.ref]
    removed = [r for r in before if r not in after]
    collection = Zaak.get_pymongo_collection()
    for ref in added + removed:
        async with zaak_lock(zaak_id(ref)):
            op = "$addToSet" if ref in added else "$pull"
            await collection.update_one({"_id": zaak_id(ref)},
                                        {op: {"gerelateerde_zaken": zaak.ref},
                                         "$set": {"laatst_gemuteerd": now()}})


async def update(uuid: UUID, changes: dict[str, Any], actor: Actor, outbox: Outbox, *, partial: bool) -> Zaak:
    async with zaak_lock(uuid):
        current = await zaken.get(uuid)
        access.require(actor.policy, access.BIJWERKEN, current)
        problems = Problems()
        for name in IMMUTABLE:
            if name in changes and changes[name] is not None and changes[name] != getattr(current, name) \
                    and not (name == "identificatie" and changes[name] == ""):
                problems.add(name, "wijzigen-niet-toegelaten", "Dit veld mag niet gewijzigd worden.")
        _in_utc(changes, problems)
        problems.raise_any()
        changes = {k: v for k, v in changes.items() if k not in IMMUTABLE}
        merged = {**current.model_dump(exclude={"id", "revision_id"}), **changes}
        zaaktype = await _known_zaaktype(current.zaaktype, "zaaktype", problems)
        if not changes.get("vertrouwelijkheidaanduiding") and "vertrouwelijkheidaanduiding" in changes:
            changes["vertrouwelijkheidaanduiding"] = zaaktype.vertrouwelijkheidaanduiding if zaaktype \
                else current.vertrouwelijkheidaanduiding
        sent_products = "producten_of_diensten" in changes
        check_data = merged if sent_products else {**merged, "producten_of_diensten": []}
        await _check(check_data, zaaktype, current, problems)
        if "communicatiekanaal" in changes:
            await _check_kanaal(actor.referentielijsten_root, changes["communicatiekanaal"], problems)
        problems.raise_any()
        access.require_open_or_forced(actor.policy, current)  # after validation, as Open Zaak

        values = _document_values(changes)
        # a PUT leaves out what it does not send (as DRF): a required stored field (registratiedatum) stays
        values = {k: v for k, v in values.items()
                  if not (v is None and k in Zaak.model_fields and Zaak.model_fields[k].is_required())}
        if values.get("vertrouwelijkheidaanduiding"):
            access.require(actor.policy, access.BIJWERKEN, current.model_copy(
                update={"vertrouwelijkheidaanduiding": values["vertrouwelijkheidaanduiding"]}))
        old_hoofdzaak = current.hoofdzaak
        old_gerelateerd = list(current.gerelateerde_zaken)
        # validated, so nested values (opschorting, verlenging, kenmerken, ...) become their models again
        current = Zaak.model_validate({**current.model_dump(), **values, "laatst_gemuteerd": now()})
        assert isinstance(current, Zaak)
        await events.notify(outbox, current, actie="partial_update" if partial else "update", resource="zaak",
                            resource_ref=current.ref, url_of=actor.url_of,
                            cloudevent=cloudevents.ZAAK_GEOPEND if set(changes) == {"laatst_geopend"} else None)
        await zaken.replace(current)  # the lock re-indexes the zaak when released
    if current.hoofdzaak != old_hoofdzaak:
        if old_hoofdzaak:
            async with zaak_lock(zaak_id(old_hoofdzaak)):
                await unlink(old_hoofdzaak, "deelzaken", current.ref)
        if current.hoofdzaak:
            async with zaak_lock(zaak_id(current.hoofdzaak)):
                await link(current.hoofdzaak, "deelzaken", current.ref)
    await _sync_gerelateerde(current, old_gerelateerd, current.gerelateerde_zaken)
    return current


async def delete(uuid: UUID, actor: Actor, outbox: Outbox) -> Zaak:
    zaak = await zaken.get(uuid)
    access.require(actor.policy, access.VERWIJDEREN, zaak)
    access.require_open_or_forced(actor.policy, zaak)
    from zgw.domain.besluiten import zaakbesluiten  # late: the Besluiten domain reads zaken

    if await zaakbesluiten.refer_to(zaak.ref):
        raise ValidationFailed.non_field("related-besluiten", "Zaak has related Besluit(en), these relations should "
                                                              "be deleted before deleting the Zaak")
    await events.notify(outbox, zaak, actie="destroy", resource="zaak", resource_ref=zaak.ref, url_of=actor.url_of)
    await remove(zaak)
    return zaak


async def remove(zaak: Zaak) -> None:
    """Delete a zaak with everything below it, as ordered idempotent steps (a retry completes it).

    Deelzaken first (each the same way), then every sub-resource collection, the references from
    related zaken and last the zaak document: while the zaak exists, the delete can be repeated
    and finishes what a crashed attempt left (the index follows when the lock is released).
    """
    async with zaak_lock(zaak.id):
        for deelzaak_ref in list(zaak.deelzaken):
            deelzaak = await zaken.by_ref(deelzaak_ref)
            if deelzaak is not None:
                await remove(deelzaak)
        from zgw.domain.zaken import zaakinformatieobjecten

        await zaakinformatieobjecten.delete_for_zaak(zaak)  # the links and their mirrors (zrc-005)
        for model in SUB_RESOURCES:  # by the ids the zaak names (each is named before it is written)
            ids = child_ids(zaak, model) or []
            if ids:
                await model.get_pymongo_collection().delete_many(by_ids(ids))
        others = [r for r in zaak.gerelateerde_zaken if r != zaak.ref]
        await _sync_gerelateerde(zaak, others, [])
        if zaak.hoofdzaak:
            async with zaak_lock(zaak_id(zaak.hoofdzaak)):
                await unlink(zaak.hoofdzaak, "deelzaken", zaak.ref)
        await zaken.delete(zaak)  # the lock takes the zaak out of the index when released


__all__ = ["Actor", "NotFound", "create", "delete", "get", "get_visible", "remove", "update", "zaken_locks"]
