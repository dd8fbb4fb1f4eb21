"""The zaak sub-resources of the Zaken API: statussen, resultaten, rollen, zaakobjecten,
klantcontacten, zaakcontactmomenten and zaakverzoeken; `router` is mounted by zgw.rest.zaken."""

from fastapi import APIRouter

from zgw.rest.component import zgw_router


def _build() -> APIRouter:
    from zgw.rest.zaken.sub import (
        convenience,
        notities,
        others,
        rollen,
        statussen,
        substatussen,
        zaakinformatieobjecten,
        zaaknummers,
    )

    out = zgw_router()
    for part in [statussen.build(), rollen.build(), *others.build(), zaakinformatieobjecten.build(),
                 notities.build(), zaaknummers.build(), substatussen.build(), convenience.build()]:
        # the routes themselves, not an included router: the OAS security labels are read per route
        out.routes.extend(part.routes)
    return out


router = _build()


def _register_kinds() -> None:
    """Make the sub-resources expandable through the Zaken resolver (e.g. zaak.rollen, status.gezetdoor)."""
    from typing import Any

    from zgw.domain.repository import get_many
    from zgw.domain.zaken import resolve
    from zgw.domain.zaken.documents import (
        KlantContact,
        Resultaat,
        Rol,
        Status,
        ZaakContactMoment,
        ZaakObject,
        ZaakVerzoek,
    )
    from zgw.domain.zaken.zaakinformatieobjecten import ZaakInformatieObject
    from zgw.rest.urls import Urls
    from zgw.rest.zaken.expand import ids_of, sub_allowed
    from zgw.rest.zaken.sub import common, rollen, statussen, zaakinformatieobjecten

    def kind(model: Any, render: Any) -> resolve.Kind:
        async def fetch(refs: list[str]) -> list[Any]:
            return await get_many(model, ids_of(refs))

        return resolve.Kind(path=model.PATH, fetch=fetch, render=render, allowed=sub_allowed)

    def plain(render_one: Any) -> Any:
        async def render(docs: list[Any], urls: Urls) -> list[dict[str, Any]]:
            return [render_one(d, urls) for d in docs]
        return render

    for registered in (
        kind(Status, statussen.render_many), kind(Rol, rollen.render_many),
        kind(Resultaat, plain(common.render_resultaat)), kind(ZaakObject, plain(common.render_zaakobject)),
        kind(KlantContact, plain(common.render_klantcontact)),
        kind(ZaakContactMoment, plain(common.render_zaakcontactmoment)),
        kind(ZaakVerzoek, plain(common.render_zaakverzoek)),
        kind(ZaakInformatieObject, zaakinformatieobjecten.render_many),
    ):
        resolve.register(registered)


_register_kinds()
