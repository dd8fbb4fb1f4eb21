"""`expand` of informatieobjecten (1.7.1, drc-011 … drc-014): the informatieobjecttype and deeper (catalogi),
through the shared resolver; also registers the informatieobject kind there, so other components
(zaakinformatieobjecten, besluitinformatieobjecten) can expand their `informatieobject`."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Query

from zgw.domain.autorisaties.policy import Policy
from zgw.domain.documenten import access, bestandsdelen
from zgw.domain.documenten.documents import EnkelvoudigInformatieObject
from zgw.domain.repository import get_many
from zgw.domain.zaken import resolve
from zgw.rest.deps import RequestContext
from zgw.rest.documenten import render
from zgw.rest.urls import Urls
from zgw.rest.zaken import expand as zaken_expand  # registers the catalogi kinds with the resolver

EXPAND_DESCRIPTION = "Sluit de gespecifieerde gerelateerde resources in in het antwoord. "
MAX_DEPTH = 3  # drc-012


def expand_param(expand: Annotated[str | None, Query(description=EXPAND_DESCRIPTION, json_schema_extra={
        "type": "array", "items": {"type": "string", "enum": ["informatieobjecttype"]}, "style": "form",
        "explode": False})] = None) -> str | None:
    return expand


def _cut(tree: dict[str, Any], depth: int) -> dict[str, Any]:
    if depth <= 1:
        return {k: {} for k in tree}
    return {k: _cut(v, depth - 1) for k, v in tree.items()}


async def apply(bodies: list[dict[str, Any]], expand_value: str | None, ctx: RequestContext) -> None:
    tree = resolve.parse(expand_value)
    if tree:
        await resolve.expand(bodies, _cut(tree, MAX_DEPTH), base=ctx.urls.base, policy=ctx.policy,
                             renderer=ctx.urls)


async def _fetch(refs: list[str]) -> list[Any]:
    return await get_many(EnkelvoudigInformatieObject, zaken_expand.ids_of(refs))


async def _render(docs: list[Any], urls: Urls) -> list[dict[str, Any]]:
    return [render.eio(d, urls, None, await bestandsdelen.of(d) if d.bestandsdelen else []) for d in docs]


async def _allowed(docs: list[Any], policy: Policy) -> list[bool]:
    return [access.may(policy, access.LEZEN, d) for d in docs]


resolve.register(resolve.Kind(path=EnkelvoudigInformatieObject.PATH, fetch=_fetch, render=_render, allowed=_allowed))
