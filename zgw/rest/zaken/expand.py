"""`expand` and `fields` for Zaken responses: registers the REST renderers with the domain resolver."""

from __future__ import annotations

from contextvars import ContextVar
from typing import Annotated, Any
from uuid import UUID

from fastapi import Query

from zgw.domain.autorisaties.policy import Policy
from zgw.domain.catalogi.repository import by_refs
from zgw.domain.catalogi.service import KINDS as CATALOGI_KINDS
from zgw.domain.repository import get_many
from zgw.domain.zaken import access, resolve
from zgw.domain.zaken.documents import Zaak, ZaakEigenschap
from zgw.rest.catalogi.render import render_many
from zgw.rest.deps import RequestContext
from zgw.rest.urls import Urls
from zgw.rest.zaken import render

EXPAND_DESCRIPTION = "Sluit de gespecifieerde gerelateerde resources in in het antwoord. "


def expand_param(expand: Annotated[str | None, Query(description=EXPAND_DESCRIPTION, json_schema_extra={
        "type": "array", "items": {"type": "string"}, "style": "form", "explode": False})] = None) -> str | None:
    return expand


def ids_of(refs: list[str]) -> list[UUID]:
    out = []
    for ref in refs:
        try:
            out.append(UUID(ref.rsplit("/", 1)[-1]))
        except ValueError:
            continue
    return out


async def zaken_allowed(docs: list[Any], policy: Policy) -> list[bool]:
    return [access.may(policy, access.LEZEN, z) for z in docs]


# the zaken one request has read already (the ones it expands): their sub-resources are authorised
# and rendered without reading them again
_known: ContextVar[dict[str, Zaak] | None] = ContextVar("expand_known_zaken", default=None)


def known_zaken() -> dict[str, Zaak]:
    """The zaken this request's expand has read (by ref)."""
    return _known.get() or {}


async def zaken_of(docs: list[Any]) -> dict[str, Zaak]:
    """The zaken of sub-resources (for their authorisation), read by id unless this request has them."""
    known = _known.get() or {}
    wanted = sorted({d.zaak for d in docs})
    found = {ref: known[ref] for ref in wanted if ref in known}
    missing = [ref for ref in wanted if ref not in found]
    if missing:
        found.update({z.ref: z for z in await get_many(Zaak, ids_of(missing))})
    return found


async def sub_allowed(docs: list[Any], policy: Policy) -> list[bool]:
    """Sub-resources are visible with their zaak (H4 registers its kinds with this too)."""
    zaken = await zaken_of(docs)
    return [d.zaak in zaken and access.may(policy, access.LEZEN, zaken[d.zaak]) for d in docs]


def _register() -> None:
    for name, kind in CATALOGI_KINDS.items():
        async def fetch(refs: list[str], model: Any = kind.model) -> list[Any]:
            return list((await by_refs(model, refs)).values())

        async def rendered(docs: list[Any], urls: Urls, kind_name: str = name) -> list[dict[str, Any]]:
            return await render_many(kind_name, docs, urls)

        resolve.register(resolve.Kind(path=kind.model.PATH, fetch=fetch, render=rendered))

    async def fetch_zaken(refs: list[str]) -> list[Any]:
        return await get_many(Zaak, ids_of(refs))

    async def render_zaken(docs: list[Any], urls: Urls) -> list[dict[str, Any]]:
        return [render.zaak(d, urls) for d in docs]

    resolve.register(resolve.Kind(path=Zaak.PATH, fetch=fetch_zaken, render=render_zaken, allowed=zaken_allowed))

    async def fetch_eigenschappen(refs: list[str]) -> list[Any]:
        return await get_many(ZaakEigenschap, ids_of(refs))

    async def render_eigenschappen(docs: list[Any], urls: Urls) -> list[dict[str, Any]]:
        return [render.zaakeigenschap(d, urls) for d in docs]

    resolve.register(resolve.Kind(path=Zaak.PATH + "/{uuid}/zaakeigenschappen", fetch=fetch_eigenschappen,
                                  render=render_eigenschappen, allowed=sub_allowed))


_register()


async def apply(kind: str, bodies: list[dict[str, Any]], docs: list[Any], expand_value: str | None,
                fields: list[Any] | None, ctx: RequestContext) -> None:
    """Expand `bodies` in place; with `fields` (zaken _zoek), also project them."""
    if fields is not None:
        selection = resolve.parse_fields(fields)
        tree = resolve.expansions(selection)
    else:
        selection = None
        tree = resolve.parse(expand_value)
    if tree:
        token = _known.set({d.ref: d for d in docs if isinstance(d, Zaak)})
        try:
            await resolve.expand(bodies, tree, base=ctx.urls.base, policy=ctx.policy, renderer=ctx.urls)
        finally:
            _known.reset(token)
    if selection is not None:
        bodies[:] = [resolve.project(b, selection) for b in bodies]
