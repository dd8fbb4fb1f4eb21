"""`expand` of besluiten (Besluiten 1.1.0: besluittype, zaak, and for besluitinformatieobjecten informatieobject
and besluit, any depth) through the shared resolver, authorised per object; also registers the besluit and
zaakbesluit kinds there, so a zaak's besluiten (`/zaken/{uuid}/besluiten?expand=besluit`) and GraphQL reach them."""

from __future__ import annotations

from typing import Any

from zgw.domain.autorisaties.policy import Policy
from zgw.domain.besluiten import access
from zgw.domain.besluiten.documents import Besluit, BesluitInformatieObject, ZaakBesluit
from zgw.domain.repository import get_many
from zgw.domain.zaken import resolve
from zgw.rest.besluiten import render
from zgw.rest.deps import RequestContext
from zgw.rest.documenten import expand as documenten_expand  # noqa: F401  registers the informatieobject kind
from zgw.rest.urls import Urls
from zgw.rest.zaken import expand as zaken_expand  # registers the zaak and catalogi kinds

EXPAND_DESCRIPTION = ("Haal details van gelinkte resources direct op. Als je meerdere resources tegelijk wilt "
                      "ophalen kun je deze scheiden met een komma. Voor het ophalen van resources die een laag "
                      "dieper genest zijn wordt de punt-notatie gebruikt.")


async def apply(bodies: list[dict[str, Any]], expand_value: str | None, ctx: RequestContext) -> None:
    tree = resolve.parse(expand_value)
    if tree:
        await resolve.expand(bodies, tree, base=ctx.urls.base, policy=ctx.policy, renderer=ctx.urls)


async def _fetch(refs: list[str]) -> list[Any]:
    return await get_many(Besluit, zaken_expand.ids_of(refs))


async def _render(docs: list[Any], urls: Urls) -> list[dict[str, Any]]:
    return [render.besluit(d, urls) for d in docs]


async def _allowed(docs: list[Any], policy: Policy) -> list[bool]:
    return [access.may(policy, access.LEZEN, d) for d in docs]


async def _fetch_bios(refs: list[str]) -> list[Any]:
    return await get_many(BesluitInformatieObject, zaken_expand.ids_of(refs))


async def _render_bios(docs: list[Any], urls: Urls) -> list[dict[str, Any]]:
    return [render.besluitinformatieobject(d, urls) for d in docs]


async def _bios_allowed(docs: list[Any], policy: Policy) -> list[bool]:
    besluiten = {b.ref: b for b in await get_many(Besluit, zaken_expand.ids_of([d.besluit for d in docs]))}
    return [d.besluit in besluiten and access.may(policy, access.LEZEN, besluiten[d.besluit]) for d in docs]


async def _fetch_zaakbesluiten(refs: list[str]) -> list[Any]:
    return await get_many(ZaakBesluit, zaken_expand.ids_of(refs))


async def _render_zaakbesluiten(docs: list[Any], urls: Urls) -> list[dict[str, Any]]:
    return [render.zaakbesluit(d, urls) for d in docs]


resolve.register(resolve.Kind(path=Besluit.PATH, fetch=_fetch, render=_render, allowed=_allowed))
resolve.register(resolve.Kind(path=BesluitInformatieObject.PATH, fetch=_fetch_bios, render=_render_bios,
                              allowed=_bios_allowed))
resolve.register(resolve.Kind(path="/zaken/api/v1/zaken/{uuid}/besluiten", fetch=_fetch_zaakbesluiten,
                              render=_render_zaakbesluiten, allowed=zaken_expand.sub_allowed))
