"""Use cases of the Autorisaties API, with the rules ac-001 … ac-003."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from zgw.domain.autorisaties import errors, repository
from zgw.domain.autorisaties.documents import Applicatie, Autorisatie
from zgw.domain.autorisaties.repository import applicaties
from zgw.domain.errors import InvalidParam, NotFound, ValidationFailed
from zgw.domain.notifications.service import Notification, notifying

# Fields required per component when its scopes concern its main resource (ac-003).
REQUIRED_PER_COMPONENT: dict[str, tuple[str, ...]] = {
    "zrc": ("max_vertrouwelijkheidaanduiding", "zaaktype"),
    "drc": ("max_vertrouwelijkheidaanduiding", "informatieobjecttype"),
    "brc": ("besluittype",),
}
MAIN_RESOURCE = {"zrc": "zaken", "drc": "documenten", "brc": "besluiten"}
CAMEL = {
    "max_vertrouwelijkheidaanduiding": "maxVertrouwelijkheidaanduiding",
    "zaaktype": "zaaktype",
    "informatieobjecttype": "informatieobjecttype",
    "besluittype": "besluittype",
}

# Called after every write, so caches of applicaties (auth) can drop what changed.
ChangeListener = Callable[[list[str]], Awaitable[None]]
_listeners: list[ChangeListener] = []


def on_change(listener: ChangeListener) -> None:
    _listeners.append(listener)


async def changed(client_ids: list[str]) -> None:
    """Tell the listeners (the auth cache) that what these client ids may do has changed."""
    for listener in _listeners:
        await listener(client_ids)



@dataclass
class ApplicatieData:
    client_ids: list[str]
    label: str
    heeft_alle_autorisaties: bool = False
    alleen_is_gereed_voor_publicatie: bool = False
    autorisaties: list[Autorisatie] = field(default_factory=list)


@dataclass
class Urls:
    """How the caller's request renders this applicatie (for notifications)."""

    applicatie: Callable[[UUID], str]


def validate(data: ApplicatieData) -> None:
    problems: list[InvalidParam] = []
    if data.heeft_alle_autorisaties and data.autorisaties:
        problems.append(InvalidParam("nonFieldErrors", errors.AMBIGUOUS, errors.AMBIGUOUS_REASON))
    if not data.heeft_alle_autorisaties and not data.autorisaties:
        problems.append(InvalidParam("nonFieldErrors", errors.MISSING, errors.MISSING_REASON))
    if len(set(data.client_ids)) != len(data.client_ids):
        problems.append(InvalidParam("clientIds", "unique", "Een clientId mag maar één keer voorkomen."))
    for i, autorisatie in enumerate(data.autorisaties):
        required = REQUIRED_PER_COMPONENT.get(autorisatie.component)
        prefix = MAIN_RESOURCE.get(autorisatie.component)
        if not required or not any(s.startswith(f"{prefix}.") for s in autorisatie.scopes):
            continue
        for name in required:
            if not getattr(autorisatie, name):
                problems.append(InvalidParam(
                    f"autorisaties.{i}.{CAMEL[name]}", errors.REQUIRED,
                    f"Dit veld is vereist als `component` {autorisatie.component} is.",
                ))
    if problems:
        raise ValidationFailed(problems)


async def _claim(uuid: UUID, client_ids: list[str]) -> None:
    taken = await repository.claim_client_ids(uuid, client_ids)
    if taken:
        owners = await repository.owners_of(taken, exclude=uuid)
        # Claims we just made for this request must not stay behind.
        await repository.release_client_ids(uuid, [c for c in client_ids if c not in taken])
        owner_ids = ", ".join(str(o.id) for o in owners) or "?"
        raise ValidationFailed.field(
            "clientIds", errors.CLIENT_ID_EXISTS,
            f"De clientID(s) {', '.join(taken)} worden al gebruikt in applicatie(s) {owner_ids}",
        )


def _notification(urls: Urls, uuid: UUID, actie: str) -> Notification:
    url = urls.applicatie(uuid)
    return Notification(kanaal="autorisaties", hoofd_object=url, resource="applicatie",
                        resource_url=url, actie=actie, kenmerken={})


async def create(data: ApplicatieData, urls: Urls) -> Applicatie:
    validate(data)
    applicatie = Applicatie(
        client_ids=data.client_ids,
        label=data.label,
        heeft_alle_autorisaties=data.heeft_alle_autorisaties,
        alleen_is_gereed_voor_publicatie=data.alleen_is_gereed_voor_publicatie,
        autorisaties=data.autorisaties,
    )
    await _claim(applicatie.id, data.client_ids)
    try:
        async with notifying() as outbox:
            await outbox.add(_notification(urls, applicatie.id, "create"))
            await applicaties.create(applicatie)
    except BaseException:
        await repository.release_client_ids(applicatie.id, data.client_ids)
        raise
    await changed(data.client_ids)
    return applicatie


async def update(uuid: UUID, data: ApplicatieData, urls: Urls, *, partial: bool) -> Applicatie:
    applicatie = await applicaties.get(uuid)
    validate(data)
    old_ids = list(applicatie.client_ids)
    added = [c for c in data.client_ids if c not in old_ids]
    removed = [c for c in old_ids if c not in data.client_ids]
    await _claim(uuid, added)
    applicatie.client_ids = data.client_ids
    applicatie.label = data.label
    applicatie.heeft_alle_autorisaties = data.heeft_alle_autorisaties
    applicatie.alleen_is_gereed_voor_publicatie = data.alleen_is_gereed_voor_publicatie
    applicatie.autorisaties = data.autorisaties
    try:
        async with notifying() as outbox:
            await outbox.add(_notification(urls, uuid, "partial_update" if partial else "update"))
            await applicaties.replace(applicatie)
    except BaseException:
        await repository.release_client_ids(uuid, added)
        raise
    await repository.release_client_ids(uuid, removed)
    await changed(old_ids + added)
    return applicatie


def merge(applicatie: Applicatie, changes: dict[str, Any]) -> ApplicatieData:
    """The full data of a partial update: stored values overlaid with the given ones."""
    return ApplicatieData(
        client_ids=changes.get("client_ids", applicatie.client_ids),
        label=changes.get("label", applicatie.label),
        heeft_alle_autorisaties=changes.get("heeft_alle_autorisaties", applicatie.heeft_alle_autorisaties),
        alleen_is_gereed_voor_publicatie=changes.get(
            "alleen_is_gereed_voor_publicatie", applicatie.alleen_is_gereed_voor_publicatie),
        autorisaties=changes.get("autorisaties", applicatie.autorisaties),
    )


async def delete(uuid: UUID, urls: Urls) -> None:
    applicatie = await applicaties.get(uuid)
    async with notifying() as outbox:
        await outbox.add(_notification(urls, uuid, "destroy"))
        await applicaties.delete(applicatie)
    await repository.release_client_ids(uuid, applicatie.client_ids)
    await changed(applicatie.client_ids)


async def consumer(client_id: str) -> Applicatie:
    found = await repository.by_client_id(client_id)
    if found is None:
        raise NotFound("Applicatie niet gevonden.")
    return found


def list_filter(client_ids: list[str] | None) -> dict[str, Any]:
    return {"client_ids": {"$in": client_ids}} if client_ids else {}
