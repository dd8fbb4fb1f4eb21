"""`/graphql`: POST (and GET for queries), GraphiQL in the browser unless switched off."""

from __future__ import annotations

from strawberry.fastapi import GraphQLRouter

from zgw.core.settings import Settings
from zgw.graphql.context import Context, get_context
from zgw.graphql.schema import build_schema


def graphiql_on(settings: Settings) -> bool:
    """GRAPHQL_GRAPHIQL, by default on except in production."""
    if settings.graphql_graphiql is not None:
        return settings.graphql_graphiql
    return settings.environment != "production"


def graphql_router(settings: Settings) -> GraphQLRouter[Context, None]:
    return GraphQLRouter(build_schema(settings), context_getter=get_context,
                         graphql_ide="graphiql" if graphiql_on(settings) else None, allow_queries_via_get=True)
