"""`expand` (Catalogi 1.3.3): related catalogue objects inline under `_expand`, at any depth.

`expand=statustypen,catalogus,besluittypen.informatieobjecttypen` — each level is read with one
batched query per kind of object, whatever the number of results.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from zgw.domain.catalogi.repository import by_refs
from zgw.domain.catalogi.service import KINDS
from zgw.domain.errors import ValidationFailed
from zgw.rest.catalogi.render import Rendered, render_many
from zgw.rest.urls import Urls

ROOT = "/catalogi/api/v1/"
Tree = dict[str, "Tree"]


def parse(expand: str | None) -> Tree:
    tree: Tree = {}
    for path in (expand or "").split(","):
        node = tree
        for part in [p for p in path.strip().split(".") if p]:
            node = node.setdefault(part, {})
    return tree


def _kind_of(url: str, urls: Urls) -> str | None:
    if not url.startswith(urls.base + ROOT):
        return None
    kind = url[len(urls.base + ROOT):].split("/", 1)[0]
    return kind if kind in KINDS else None


async def apply(bodies: list[Rendered], tree: Tree, urls: Urls, datum: date | None = None) -> None:
    for name, sub in tree.items():
        if bodies and not any(name in b for b in bodies):
            raise ValidationFailed.field("expand", "invalid", f"Het veld {name} kan niet uitgebreid worden.")
        wanted: dict[str, set[str]] = {}
        for body in bodies:
            value = body.get(name)
            for url in value if isinstance(value, list) else [value]:
                if isinstance(url, str) and (kind := _kind_of(url, urls)):
                    wanted.setdefault(kind, set()).add(url[len(urls.base):])
        rendered: dict[str, Rendered] = {}
        for kind, refs in wanted.items():
            docs = await by_refs(KINDS[kind].model, refs)
            for item in await render_many(kind, list(docs.values()), urls, datum):
                rendered[item["url"]] = item
        if sub:
            await apply(list(rendered.values()), sub, urls, datum)
        for body in bodies:
            value = body.get(name)
            target: Any
            if isinstance(value, list):
                target = [rendered[u] for u in value if u in rendered]
            else:
                target = rendered.get(value) if isinstance(value, str) else None
            body.setdefault("_expand", {})[name] = target
