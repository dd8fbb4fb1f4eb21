"""`/graphql`: POST (and GET for queries), GraphiQL in the browser unless switched off."""

from __future__ import annotations

from pathlib import Path

from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, Response
from strawberry.fastapi import GraphQLRouter

from zgw.core.settings import Settings
from zgw.graphql import ide
from zgw.graphql.context import Context, get_context
from zgw.graphql.schema import build_schema

ASSET_PATH = "/ide-assets"


def graphiql_on(settings: Settings) -> bool:
    """GRAPHQL_GRAPHIQL, by default on except in production."""
    if settings.graphql_graphiql is not None:
        return settings.graphql_graphiql
    return settings.environment != "production"


class Router(GraphQLRouter[Context, None]):
    """strawberry's router; GraphiQL's files from the project (no CDN) when they are there."""

    assets: Path = ide.ASSETS

    async def render_graphql_ide(self, request: Request) -> HTMLResponse:
        html = self.graphql_ide_html
        if ide.present(self.assets):
            html = ide.local_html(html, request.url.path.rstrip("/") + ASSET_PATH)
        return HTMLResponse(html)


def graphql_router(settings: Settings) -> GraphQLRouter[Context, None]:
    on = graphiql_on(settings)
    router = Router(build_schema(settings), context_getter=get_context, graphql_ide="graphiql" if on else None,
                    allow_queries_via_get=True)
    if on:
        @router.get(ASSET_PATH + "/{path:path}", include_in_schema=False)
        async def graphiql_asset(path: str) -> Response:
            found = ide.asset(router.assets, path)
            if found is None:
                return Response(status_code=404)
            return FileResponse(found, headers={"Cache-Control": "public, max-age=86400"})
    return router
