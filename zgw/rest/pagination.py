"""`page` / `pageSize` pagination with `count`, `next`, `previous`, `results`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Depends, Query
from starlette.requests import Request

from zgw.domain.errors import NotFound

DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 500
MAX_PAGE = 10**9  # beyond any real collection; keeps skip() within 64 bits


@dataclass(frozen=True)
class PageRequest:
    page: int
    size: int

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.size


def _page_request(
    page: Annotated[int | None, Query(description="Een pagina binnen de gepagineerde set resultaten.")] = None,
    page_size: Annotated[int | None, Query(
        alias="pageSize",
        description="Het aantal resultaten terug te geven per pagina. (default: 100, maximum: 500).",
    )] = None,
) -> PageRequest:
    if page is not None and page < 1:
        raise NotFound("Ongeldige pagina.", code="not_found")
    size = DEFAULT_PAGE_SIZE if page_size is None or page_size < 1 else min(page_size, MAX_PAGE_SIZE)
    if page is not None and page > MAX_PAGE:
        raise NotFound("Ongeldige pagina.", code="not_found")
    return PageRequest(page or 1, size)


Pagination = Annotated[PageRequest, Depends(_page_request)]


def page_body(request: Request, base: str, req: PageRequest, count: int, results: list[Any]) -> dict[str, Any]:
    if req.page > 1 and req.offset >= count:
        raise NotFound("Ongeldige pagina.", code="not_found")

    def link(page: int) -> str:
        items = [(k, v) for k, v in request.query_params.multi_items() if k != "page"]
        return f"{base}{request.url.path}?{urlencode([*items, ('page', str(page))])}"

    has_next = req.offset + len(results) < count
    return {
        "count": count,
        "next": link(req.page + 1) if has_next else None,
        "previous": link(req.page - 1) if req.page > 1 else None,
        "results": results,
    }
