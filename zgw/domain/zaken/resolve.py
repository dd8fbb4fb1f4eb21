"""One resolver for related objects: `expand` (Zaken 1.7.0, any depth), `fields` in `_zoek` (zrc-029)
and, later, GraphQL.

Kinds register under the stored path of their collection ("/zaken/api/v1/zaken",
"/catalogi/api/v1/zaaktypen", …) how to read many by reference in one batched read, how to render
them and which of them the caller may see. Expansion works level by level on rendered bodies: at
each level the references of one attribute are collected over all bodies, read per kind in one go,
checked, rendered, expanded further and put under the body's `_expand`.

    register(Kind(path="/zaken/api/v1/statussen", fetch=..., render=..., allowed=...))

Rendering is the caller's (a REST renderer with absolute URLs, a GraphQL type): `render` gets the
opaque `renderer` passed to `expand`. Nothing here knows FastAPI.

A URL under a registered external service (zgw.domain.services) is followed too: fetched with the service's
credentials (each distinct URL once per level, concurrently, through the client's short cache) and embedded
as the remote API answers it, expandable further like a local body. The remote API authorises: an object it
refuses to show us (401, 403) is left out, as a local object the caller may not see; one it does not have
(404) or cannot deliver (unreachable, an error, no JSON object) fails the expansion with expand-not-found,
as a local object that is gone (zrc-028 / drc-014: what cannot be delivered is a 404).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from zgw.domain.autorisaties.policy import Policy
from zgw.domain.errors import NotFound, ValidationFailed
from zgw.domain.services import client, remote

Body = dict[str, Any]
Tree = dict[str, "Tree"]
Fetch = Callable[[list[str]], Awaitable[list[Any]]]
Render = Callable[[list[Any], Any], Awaitable[list[Body]]]
Allowed = Callable[[list[Any], Policy], Awaitable[list[bool]]]


@dataclass(frozen=True)
class Kind:
    path: str            # "/zaken/api/v1/zaken"
    fetch: Fetch         # refs -> documents (one batched read; missing ones left out)
    render: Render       # documents -> bodies, each with its "url"
    allowed: Allowed | None = None  # None: whoever may read the parent may read these


REGISTRY: dict[str, Kind] = {}


def register(kind: Kind) -> None:
    REGISTRY[kind.path] = kind


def parse(expand: str | list[str] | None) -> Tree:
    """"a.b,c" (or ["a.b", "c"]) as a tree {"a": {"b": {}}, "c": {}}."""
    items = expand if isinstance(expand, list) else (expand or "").split(",")
    tree: Tree = {}
    for path in items:
        node = tree
        for part in [p for p in str(path).strip().split(".") if p]:
            node = node.setdefault(part, {})
    return tree


_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def _kind_of(ref: str) -> Kind | None:
    """The kind of a ref; nested collections register with "{uuid}" for the parent's id."""
    collection = ref.rsplit("/", 1)[0]
    return REGISTRY.get(collection) or REGISTRY.get(_UUID.sub("{uuid}", collection))


def _url(item: Any) -> Any:
    """A relation's URL: the value itself, or the `url` of an object that holds one (relevanteAndereZaken)."""
    return item.get("url") if isinstance(item, dict) else item


class ExpandFailed(NotFound):
    """zrc-027/zrc-028: an expand name that is no relation of the resource, or an expansion that cannot be
    delivered (an object that does not exist, or lives in an API we cannot read), is a 404."""

    code = "expand-not-found"


async def expand(bodies: list[Body], tree: Tree, *, base: str, policy: Policy, renderer: Any) -> None:
    """Put the objects named by `tree` under each body's `_expand` (bodies hold absolute URLs from `base`).

    Objects the caller may not see are left out; anything else that cannot be expanded raises ExpandFailed.
    """
    for name, sub in tree.items():
        if bodies and not any(name in b for b in bodies):
            raise ExpandFailed(f"Het attribuut {name} bestaat niet en kan niet uitgebreid worden.")
        wanted: dict[str, set[str]] = {}
        elsewhere: set[str] = set()
        for body in bodies:
            value = body.get(name)
            for url in map(_url, value if isinstance(value, list) else [value]):
                if url is None or url == "":
                    continue
                if isinstance(url, str) and not url.startswith(base + "/") and remote.is_remote(url):
                    elsewhere.add(url)
                    continue
                kind = _kind_of(url[len(base):]) if isinstance(url, str) and url.startswith(base + "/") else None
                if kind is None:
                    raise ExpandFailed(f"Het attribuut {name} kan niet uitgebreid worden ({url!r}).")
                wanted.setdefault(kind.path, set()).add(url[len(base):])
        rendered: dict[str, Body] = await remote_bodies(sorted(elsewhere), name) if elsewhere else {}
        for path, refs in wanted.items():
            kind = REGISTRY[path]
            docs = await kind.fetch(sorted(refs))
            if len(docs) < len(refs):
                raise ExpandFailed(f"Een object onder {name} bestaat niet (meer) en kan niet uitgebreid worden.")
            if kind.allowed is not None and docs:
                verdicts = await kind.allowed(docs, policy)
                docs = [d for d, ok in zip(docs, verdicts, strict=True) if ok]
            for item in await kind.render(docs, renderer):
                rendered[item["url"]] = item
        if sub:
            await expand(list(rendered.values()), sub, base=base, policy=policy, renderer=renderer)
        for body in bodies:
            value = body.get(name)
            target: Any
            if isinstance(value, list):
                target = [rendered[u] for u in map(_url, value) if u in rendered]
            else:
                one = _url(value)
                target = rendered.get(one) if isinstance(one, str) else None
            body.setdefault("_expand", {})[name] = target


REFUSED = frozenset({401, 403})  # the remote API will not show us the object: left out


async def remote_bodies(urls: list[str], name: str) -> dict[str, Body]:
    """The objects at URLs under registered services, as their APIs answer them (copies: the client's cache
    keeps the originals); refused ones left out; ExpandFailed for one under no service, missing or unreachable."""
    out: dict[str, Body] = {}
    for url, answer in (await remote.read_many(urls)).items():
        if answer is None:
            raise ExpandFailed(f"Het attribuut {name} kan niet uitgebreid worden: {url} hoort bij geen "
                               "geconfigureerde service.")
        if isinstance(answer, client.Unreachable):
            raise ExpandFailed(f"Het attribuut {name} kan niet uitgebreid worden: {url} is niet bereikbaar.")
        if answer.status in REFUSED:
            continue
        if answer.status != 200 or not isinstance(answer.data, dict):
            raise ExpandFailed(f"Een object onder {name} kon niet opgehaald worden ({url} antwoordde "
                               f"{answer.status}).")
        out[url] = copy.deepcopy(answer.data)
    return out


# --- fields (zrc-029) -------------------------------------------------------------------------------

Selection = dict[str, "Selection | None"]  # field -> nested selection (None: the field as is)


def parse_fields(fields: list[Any], where: str = "fields") -> Selection:
    """["url", {"zaaktype": ["omschrijving", {"catalogus": ["domein"]}]}] as a selection tree."""
    out: Selection = {}
    for item in fields:
        if isinstance(item, str):
            out[item] = None
        elif isinstance(item, dict):
            for name, sub in item.items():
                if not isinstance(sub, list):
                    raise ValidationFailed.field(where, "invalid", f"`{name}` moet een lijst van velden zijn.")
                out[name] = parse_fields(sub, f"{where}.{name}")
        else:
            raise ValidationFailed.field(where, "invalid", "Een veld is een naam of een object met een lijst.")
    return out


def expansions(selection: Selection, body_fields: set[str] | None = None) -> Tree:
    """The expand tree a selection asks for (nested selections of relation fields)."""
    tree: Tree = {}
    for name, sub in selection.items():
        if sub is not None:
            tree[name] = expansions(sub)
    return tree


def project(body: Body, selection: Selection) -> Body:
    """Keep the selected fields; a nested selection projects the expanded object(s) under `_expand`."""
    if "*" in selection and all(v is None for v in selection.values()):
        return body
    keep_all = "*" in selection
    out: Body = {k: v for k, v in body.items() if k != "_expand" and (keep_all or k in selection)}
    expanded = body.get("_expand") or {}
    nested: Body = {}
    for name, sub in selection.items():
        if sub is None or name not in expanded:
            continue
        if name in body:
            out[name] = body[name]
        value = expanded[name]
        if isinstance(value, list):
            nested[name] = [project(v, sub) for v in value]
        else:
            nested[name] = project(value, sub) if value is not None else None
    if nested:
        out["_expand"] = nested
    return out
