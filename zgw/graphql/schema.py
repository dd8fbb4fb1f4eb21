"""The GraphQL schema: a root Query composed from per-module query classes, hardened by limits."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.extensions import MaxAliasesLimiter, MaxTokensLimiter, QueryDepthLimiter
from strawberry.tools import merge_types

from zgw.core.settings import Settings
from zgw.graphql.besluiten import BesluitenQuery
from zgw.graphql.catalogi import CatalogiQuery
from zgw.graphql.documenten import DocumentenQuery
from zgw.graphql.errors import DomainErrors
from zgw.graphql.limits import CostLimiter
from zgw.graphql.subscriptions import Subscription
from zgw.graphql.zaken import ROL_TYPES, ZakenQuery


def _query_classes() -> tuple[type, ...]:
    classes: list[type] = [ZakenQuery, CatalogiQuery, DocumentenQuery, BesluitenQuery]
    try:  # the analytics (zakenStatistiek), when present
        from zgw.graphql.statistiek import StatistiekQuery
    except ImportError:
        pass
    else:
        classes.append(StatistiekQuery)
    return tuple(classes)


Query = merge_types("Query", _query_classes())


def build_schema(settings: Settings | None = None) -> strawberry.Schema:
    """The schema with the limits of `settings` (none: the SDL's schema, without limits)."""
    extensions: list[Any] = []
    if settings is not None:
        s = settings
        extensions = [  # factories: a fresh extension per request
            lambda: QueryDepthLimiter(max_depth=s.graphql_max_depth),
            lambda: MaxAliasesLimiter(max_alias_count=s.graphql_max_aliases),
            lambda: MaxTokensLimiter(max_token_count=s.graphql_max_tokens),
            lambda: CostLimiter(s.graphql_max_cost),
            DomainErrors,
        ]
    return strawberry.Schema(query=Query, subscription=Subscription, types=list(ROL_TYPES.values()),
                             extensions=extensions)


schema = build_schema()


def sdl() -> str:
    return schema.as_str() + "\n"
