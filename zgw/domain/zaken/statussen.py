"""Statussen: setting a status moves the zaak's current status; the eindstatus closes the zaak.

Rules (zrc-007, zrc-008, zrc-016, zrc-021, Open Zaak's validators):
- the statustype belongs to the zaak's zaaktype (`zaaktype-mismatch`);
- datumStatusGezet is not in the future (`date-in-future`) and unique per zaak (`unique`);
- `gezetdoor` is a rol of the same zaak (`zaak-mismatch`);
- a zaak being archived takes no statussen (`zaak-archiefstatus-invalid`);
- with only zaken.aanmaken a client sets the first status only; a closed zaak is reopened only with
  zaken.heropenen (or zaken.geforceerd-bijwerken);
- the eindstatus (highest volgnummer) needs a resultaat (`resultaat-does-not-exist`) and closed
  deelzaken (`deelzaken-not-closed`), its documents unlocked (`informatieobject-locked`) and with
  indicatieGebruiksrecht set (`indicatiegebruiksrecht-unset`), sets einddatum and derives the archive
  fields (archive.py);
- a non-eind status on a closed zaak reopens it: einddatum and archive fields are cleared; a
  deelzaak cannot be reopened while its hoofdzaak is closed (`hoofdzaak-closed`).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any
from uuid import UUID

from zgw.domain.catalogi import read as catalogue
from zgw.domain.catalogi.documents import ResultaatType, StatusType
from zgw.domain.errors import InvalidParam, PermissionDenied, ValidationFailed
from zgw.domain.repository import Repository, by_ids, get_many
from zgw.domain.zaken import access, archive, zaakinformatieobjecten
from zgw.domain.zaken.documents import Resultaat, Rol, Status, Zaak
from zgw.domain.zaken.subresources import Actor, aware, record, utc_moment, uuid_of, writing
from zgw.domain.zaken.touch import link, touch

repo = Repository(Status, "Status")
RESOURCE = "status"


async def current_datum(zaak: Zaak) -> datetime | None:
    if not zaak.status:
        return None
    current_id = uuid_of(zaak.status)
    current = await Status.get(current_id) if current_id else None
    return aware(current.datum_status_gezet) if current else None


async def _statustype(ref: str, zaak: Zaak) -> StatusType:
    statustype = await catalogue.for_field(StatusType, ref, "statustype")
    if statustype is None:
        raise ValidationFailed.field("statustype", "does_not_exist", "Ongeldige hyperlink - Object bestaat niet.")
    if statustype.zaaktype != zaak.zaaktype:
        raise ValidationFailed.non_field("zaaktype-mismatch", "De referentie hoort niet bij het zaaktype van de zaak.")
    return statustype


async def _check_gezetdoor(ref: str | None, zaak: Zaak) -> None:
    if not ref:
        return
    rol_id = uuid_of(ref)
    rol = await Rol.get(rol_id) if rol_id and ref.startswith(Rol.PATH + "/") else None
    if rol is None:
        raise ValidationFailed.field("gezetdoor", "does_not_exist", "Ongeldige hyperlink - Object bestaat niet.")
    if rol.zaak != zaak.ref:
        raise ValidationFailed.non_field("zaak-mismatch", "De 'gezetdoor' rol hoort niet bij het zaak.")


def _authorise(actor: Actor, zaak: Zaak, has_statussen: bool) -> None:
    policy = actor.policy
    may = access.may
    forced = may(policy, access.GEFORCEERD_BIJWERKEN, zaak)
    if not (forced or may(policy, access.STATUSSEN_TOEVOEGEN, zaak) or may(policy, access.AANMAKEN, zaak)
            or may(policy, access.HEROPENEN, zaak)):
        raise PermissionDenied()
    reopening = bool(zaak.einddatum) and may(policy, access.HEROPENEN, zaak)
    if has_statussen and not (forced or reopening or may(policy, access.STATUSSEN_TOEVOEGEN, zaak)):
        raise PermissionDenied("Met de 'zaken.aanmaken' scope mag alleen de eerste status gezet worden.")
    if zaak.einddatum and not (forced or may(policy, access.HEROPENEN, zaak)):
        raise PermissionDenied("Het heropenen van een afgesloten zaak vereist de scope zaken.heropenen.")


async def _deelzaken_closed(zaak: Zaak) -> None:
    ids = [i for i in (uuid_of(r) for r in zaak.deelzaken) if i]
    if any(d.einddatum is None for d in await get_many(Zaak, ids)):
        raise ValidationFailed.non_field("deelzaken-not-closed",
                                         "Alle deelzaken moeten afgesloten zijn voordat de hoofdzaak afgesloten "
                                         "kan worden.")


async def _resultaattype(zaak: Zaak) -> ResultaatType:
    resultaat_id = uuid_of(zaak.resultaat or "")
    resultaat = await Resultaat.get(resultaat_id) if resultaat_id else None
    resultaattype = await catalogue.for_field(ResultaatType, resultaat.resultaattype, "resultaattype") \
        if resultaat else None
    if resultaat is None or resultaattype is None:
        raise ValidationFailed.non_field("resultaat-does-not-exist",
                                         "De zaak heeft geen resultaat; zet eerst een resultaat voordat de zaak "
                                         "afgesloten wordt.")
    return resultaattype


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


async def _closing_changes(zaak: Zaak, einddatum: date) -> dict[str, Any]:
    await _deelzaken_closed(zaak)
    resultaattype = await _resultaattype(zaak)
    regime = archive.Regime.of(resultaattype)
    changes: dict[str, Any] = {"einddatum": einddatum.isoformat()}
    afwachten = (zaak.hoofdzaak and regime.procedure is not None
                 and regime.procedure.afleidingswijze == archive.HOOFDZAAK)
    sources = await archive.gather(zaak, regime, einddatum)
    if afwachten and sources.hoofdzaak_einddatum is None:
        return changes  # the hoofdzaak sets these when it closes
    derived = archive.derive(
        regime, sources, archiefnominatie=zaak.archiefnominatie,
        archiefactiedatum=date.fromisoformat(zaak.archiefactiedatum) if zaak.archiefactiedatum else None,
        startdatum_bewaartermijn=(date.fromisoformat(zaak.startdatum_bewaartermijn)
                                  if zaak.startdatum_bewaartermijn else None),
    )
    changes.update(archiefnominatie=derived.archiefnominatie, archiefactiedatum=_iso(derived.archiefactiedatum),
                   startdatum_bewaartermijn=_iso(derived.startdatum_bewaartermijn))
    return changes


async def _cascade_deelzaken(zaak: Zaak, brondatum: date | None) -> None:
    """Deelzaken whose afleidingswijze is `hoofdzaak` follow the hoofdzaak's close or reopening."""
    ids = [i for i in (uuid_of(r) for r in zaak.deelzaken) if i]
    for deelzaak in await get_many(Zaak, ids):
        resultaat_id = uuid_of(deelzaak.resultaat or "")
        resultaat = await Resultaat.get(resultaat_id) if resultaat_id else None
        resultaattype = await catalogue.get_or_none(ResultaatType, resultaat.resultaattype) if resultaat else None
        if resultaattype is None:
            continue
        regime = archive.Regime.of(resultaattype)
        if regime.procedure is None or regime.procedure.afleidingswijze != archive.HOOFDZAAK:
            continue
        derived = archive.for_deelzaak(regime, brondatum)
        await touch(deelzaak.id, archiefnominatie=derived.archiefnominatie,
                    archiefactiedatum=_iso(derived.archiefactiedatum),
                    startdatum_bewaartermijn=_iso(derived.startdatum_bewaartermijn))


async def create(actor: Actor, data: dict[str, Any], render: Any) -> Status:
    """Set a status; `render(status)` gives the JSON for the audit trail."""
    datum: datetime = data["datum_status_gezet"]
    if datum.tzinfo is None:
        datum = datum.replace(tzinfo=UTC)
    utc_moment(datum, "datumStatusGezet")  # in range; the client's own offset still gives the local date
    if datum > datetime.now(UTC):
        raise ValidationFailed.field("datumStatusGezet", "date-in-future", "Deze datum mag niet in de toekomst zijn")
    async with writing(data["zaak"]) as zaak:
        statustype = await _statustype(data["statustype"], zaak)
        await _check_gezetdoor(data.get("gezetdoor"), zaak)
        eind = await catalogue.is_eindstatus(statustype)
        _authorise(actor, zaak, zaak.status is not None)
        if zaak.archiefstatus != "nog_te_archiveren":
            raise ValidationFailed.non_field("zaak-archiefstatus-invalid",
                                             "De huidige zaak archiefstatus staat dit request niet toe. Archiefstatus "
                                             "moet gelijk zijn aan 'nog_te_archiveren'")
        utc = datum.astimezone(UTC)
        earlier = await repo.list(by_ids(zaak.statussen)) if zaak.statussen else []  # one read for both checks
        if any(aware(e.datum_status_gezet) == utc for e in earlier):
            raise ValidationFailed([InvalidParam("nonFieldErrors", "unique",
                                                 "De velden zaak, datum_status_gezet moeten een unieke set zijn.")])
        changes: dict[str, Any] = {}
        hoofdzaak_brondatum: date | None = None
        cascade = False
        if eind:
            await zaakinformatieobjecten.check_closable(zaak)  # its documents unlocked, indicatieGebruiksrecht set
            changes = await _closing_changes(zaak, datum.date())  # the date as the client sent it
            cascade = bool(zaak.deelzaken)
            bewaar = changes.get("startdatum_bewaartermijn")
            hoofdzaak_brondatum = date.fromisoformat(bewaar or changes["einddatum"])
        elif zaak.einddatum:
            if zaak.hoofdzaak:
                hoofd_id = uuid_of(zaak.hoofdzaak)
                hoofd = await Zaak.get(hoofd_id) if hoofd_id else None
                if hoofd is not None and hoofd.einddatum:
                    raise ValidationFailed.non_field("hoofdzaak-closed",
                                                     "Een deelzaak van een afgesloten hoofdzaak kan niet heropend "
                                                     "worden.")
            changes = {"einddatum": None, "archiefnominatie": None, "archiefactiedatum": None,
                       "startdatum_bewaartermijn": None}
            cascade = bool(zaak.deelzaken)
        status = Status(zaak=zaak.ref, statustype=statustype.ref, datum_status_gezet=utc,
                        statustoelichting=data.get("statustoelichting") or "", gezetdoor=data.get("gezetdoor") or None,
                        created=datetime.now(UTC))
        await link(zaak.id, "statussen", status.id)  # named first: a crash leaves a skipped name
        await repo.create(status)
        current_id = uuid_of(zaak.status) if zaak.status else None
        current = next((aware(e.datum_status_gezet) for e in earlier if e.id == current_id), None)
        if current is None and current_id is not None:  # not (yet) named in the zaak's list
            current = await current_datum(zaak)
        if current is None or utc >= current:
            changes.update(status=status.ref, status_statustype=statustype.ref)
        await touch(zaak.id, **changes)
        if cascade:
            await _cascade_deelzaken(zaak, hoofdzaak_brondatum)
        for key, value in changes.items():
            setattr(zaak, key, value)
        await record(actor, zaak, actie="create", resource=RESOURCE, ref=status.ref, status=201,
                     nieuw=await render(status, zaak), weergave=str(status.id))
    return status


async def set_by(rollen: list[Rol], known: dict[str, Zaak] | None = None) -> dict[str, list[str]]:
    """Per rol (ref), the refs of the statussen it set (`gezetdoor`), oldest id first.

    Those are among its zaak's statussen, so they are read by `_id` from the zaken's lists (`known`
    zaken by ref need no read), never by a query on `gezetdoor` over every status.
    """
    if not rollen:
        return {}
    known = known or {}
    status_ids = [sid for ref in {r.zaak for r in rollen} if ref in known for sid in known[ref].statussen]
    zaak_ids = [i for i in (uuid_of(ref) for ref in {r.zaak for r in rollen} if ref not in known) if i is not None]
    if zaak_ids:
        status_ids += [sid async for z in Zaak.get_pymongo_collection().find(by_ids(zaak_ids), {"statussen": 1})
                       for sid in z.get("statussen") or []]
    out: dict[str, list[str]] = {}
    if not status_ids:
        return out
    rows = Status.get_pymongo_collection().find(by_ids(status_ids, {"gezetdoor": {"$in": [r.ref for r in rollen]}}),
                                                {"gezetdoor": 1}).sort("_id", 1)
    async for row in rows:
        out.setdefault(row["gezetdoor"], []).append(f"{Status.PATH}/{row['_id']}")
    return out


async def get(uuid: UUID) -> Status:
    return await repo.get(uuid)
