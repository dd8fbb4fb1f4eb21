"""Relay connections over offset pages: `first` / `after`, `totalCount`, `pageInfo`."""

from __future__ import annotations

import base64
from typing import Generic, TypeVar

import strawberry

from zgw.domain.errors import ValidationFailed
from zgw.graphql.limits import page_size

T = TypeVar("T")
PREFIX = "offset:"


def cursor_of(offset: int) -> str:
    return base64.b64encode(f"{PREFIX}{offset}".encode()).decode()


def offset_after(after: str | None) -> int:
    """The offset of the first object after this cursor (0 without one); ValidationFailed when not ours."""
    if not after:
        return 0
    try:
        text = base64.b64decode(after.encode(), validate=True).decode()
        if not text.startswith(PREFIX):
            raise ValueError(text)
        value = int(text.removeprefix(PREFIX))
        if value < 0:
            raise ValueError(text)
    except ValueError:
        raise ValidationFailed.field("after", "invalid", "Ongeldige cursor.") from None
    return value + 1


@strawberry.type(description="Gegevens om verder te bladeren.")
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None


@strawberry.type
class Edge(Generic[T]):
    cursor: str
    node: T


@strawberry.type(description="Een pagina objecten (Relay connection).")
class Connection(Generic[T]):
    total_count: int = strawberry.field(description="Het aantal objecten dat aan het filter voldoet en dat de "
                                                    "aanroeper mag zien (over alle pagina's).")
    page_info: PageInfo
    edges: list[Edge[T]]

    @strawberry.field(description="De objecten van deze pagina (zonder cursors).")
    def nodes(self) -> list[T]:
        return [e.node for e in self.edges]


def window(first: int | None, after: str | None, maximum: int) -> tuple[int, int]:
    """(offset, limit) of a connection's page."""
    return offset_after(after), page_size(first, maximum)


def connection(nodes: list[T], total: int, offset: int) -> Connection[T]:
    edges = [Edge(cursor=cursor_of(offset + i), node=n) for i, n in enumerate(nodes)]
    return Connection(
        total_count=total,
        page_info=PageInfo(has_next_page=offset + len(nodes) < total, has_previous_page=offset > 0,
                           start_cursor=edges[0].cursor if edges else None,
                           end_cursor=edges[-1].cursor if edges else None),
        edges=edges,
    )
