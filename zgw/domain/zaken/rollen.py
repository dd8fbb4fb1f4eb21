"""Rollen: betrokkenen of a zaak, polymorphic on betrokkeneType (zrc-019 and Open Zaak's rules).

- the roltype belongs to the zaak's zaaktype (`zaaktype-mismatch`); omschrijving and
  omschrijvingGeneriek are copied from it;
- at most one initiator and one zaakcoordinator per zaak (`max-occurences` on roltype);
- betrokkene or betrokkeneIdentificatie is required (`invalid-betrokkene`);
- beginGeldigheid not after eindeGeldigheid (`date-mismatch`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from zgw.domain.catalogi import read as catalogue
from zgw.domain.catalogi.documents import RolType
from zgw.domain.errors import InvalidParam, ValidationFailed
from zgw.domain.repository import Repository, by_ids
from zgw.domain.zaken import access
from zgw.domain.zaken.documents import ContactPersoonRol, Rol, Zaak
from zgw.domain.zaken.subresources import Actor, record, remove, require, require_open, writing
from zgw.domain.zaken.touch import link, touch, unlink

repo = Repository(Rol, "Rol")
RESOURCE = "rol"
UNIQUE_GENERIEK = ("initiator", "zaakcoordinator")
Render = Callable[[Rol, Zaak], Awaitable[Any]]


async def _roltype(ref: str, zaak: Zaak) -> RolType:
    roltype = await catalogue.for_field(RolType, ref, "roltype")
    if roltype is None:
        raise ValidationFailed.field("roltype", "does_not_exist", "Ongeldige hyperlink - Object bestaat niet.")
    if roltype.zaaktype != zaak.zaaktype:
        raise ValidationFailed.non_field("zaaktype-mismatch", "De referentie hoort niet bij het zaaktype van de zaak.")
    return roltype


def _check(data: dict[str, Any]) -> None:
    out: list[InvalidParam] = []
    if not data.get("betrokkene") and not data.get("betrokkene_identificatie"):
        out.append(InvalidParam("nonFieldErrors", "invalid-betrokkene",
                                "betrokkene or betrokkeneIdentificatie must be provided"))
    begin, einde = data.get("begin_geldigheid"), data.get("einde_geldigheid")
    if begin and einde and str(begin) > str(einde):
        out.append(InvalidParam("eindeGeldigheid", "date-mismatch",
                                "eindeGeldigheid mag niet voor beginGeldigheid liggen."))
    if out:
        raise ValidationFailed(out)


async def _occurrences(zaak: Zaak, roltype: RolType, exclude: UUID | None = None) -> None:
    generiek = roltype.omschrijving_generiek
    if generiek not in UNIQUE_GENERIEK:
        return
    others = [i for i in zaak.rollen if i != exclude]  # the zaak's rollen by `_id`, not a query on zaak
    existing = await repo.count(by_ids(others, {"omschrijving_generiek": generiek})) if others else 0
    if existing >= 1:
        reason = f"There are already {existing} `{generiek}` occurences"
        raise ValidationFailed.field("roltype", "max-occurences", reason)


def _fill(rol: Rol, data: dict[str, Any], roltype: RolType) -> None:
    rol.betrokkene = data.get("betrokkene") or ""
    rol.betrokkene_type = data["betrokkene_type"]
    rol.afwijkende_naam_betrokkene = data.get("afwijkende_naam_betrokkene") or ""
    rol.roltype = roltype.ref
    rol.omschrijving = roltype.omschrijving
    rol.omschrijving_generiek = roltype.omschrijving_generiek
    rol.roltoelichting = data.get("roltoelichting") or ""
    rol.indicatie_machtiging = data.get("indicatie_machtiging") or ""
    contact = data.get("contactpersoon_rol")
    rol.contactpersoon_rol = ContactPersoonRol(**contact) if contact else None
    rol.begin_geldigheid = str(data["begin_geldigheid"]) if data.get("begin_geldigheid") else None
    rol.einde_geldigheid = str(data["einde_geldigheid"]) if data.get("einde_geldigheid") else None
    rol.betrokkene_identificatie = data.get("betrokkene_identificatie") or None
    rol.authenticatie_context = data.get("authenticatie_context") or None


async def create(actor: Actor, data: dict[str, Any], render: Render) -> Rol:
    async with writing(data["zaak"]) as zaak:
        require(actor, access.BIJWERKEN, zaak)
        # Open Zaak's order: the serializer's validators (roltype of the zaaktype, occurrences), and only
        # when they pass its validate() (betrokkene, dates); the closed zaak after validation
        roltype = await _roltype(data["roltype"], zaak)
        await _occurrences(zaak, roltype)
        _check(data)
        require_open(actor, zaak)
        rol = Rol(zaak=zaak.ref, betrokkene_type=data["betrokkene_type"], roltype=roltype.ref,
                  registratiedatum=datetime.now(UTC))
        _fill(rol, data, roltype)
        await link(zaak.id, "rollen", rol.id)  # named first: a crash leaves a name without a rol, skipped
        await repo.create(rol)
        await record(actor, zaak, actie="create", resource=RESOURCE, ref=rol.ref, status=201,
                     nieuw=await render(rol, zaak), weergave=str(rol.id))
    return rol


async def update(actor: Actor, uuid: UUID, data: dict[str, Any], render: Render) -> Rol:
    """Open Zaak's PUT /rollen/{uuid}: every field but the zaak may change."""
    current = await repo.get(uuid)
    async with writing(current.zaak) as zaak:
        rol = await repo.get(uuid)
        require(actor, access.BIJWERKEN, zaak)
        if data.get("zaak") and data["zaak"] != rol.zaak:
            raise ValidationFailed.field("zaak", "wijzigen-niet-toegelaten", "Dit veld mag niet gewijzigd worden.")
        roltype = await _roltype(data["roltype"], zaak)
        await _occurrences(zaak, roltype, exclude=rol.id)
        _check(data)
        require_open(actor, zaak)
        oud = await render(rol, zaak)
        _fill(rol, data, roltype)
        await repo.replace(rol)
        await touch(zaak.id)
        await record(actor, zaak, actie="update", resource=RESOURCE, ref=rol.ref, status=200, oud=oud,
                     nieuw=await render(rol, zaak), weergave=str(rol.id))
    return rol


async def delete(actor: Actor, uuid: UUID, render: Render) -> None:
    async def after(zaak: Zaak, rol: Rol) -> None:
        await unlink(zaak.id, "rollen", rol.id)

    await remove(actor, repo, uuid, render, resource=RESOURCE, scope=access.BIJWERKEN, after=after)
