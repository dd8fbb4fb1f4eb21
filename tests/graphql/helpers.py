"""GraphQL test helpers: one POST /graphql, answers checked."""

from __future__ import annotations

from typing import Any

import httpx

URL = "http://testserver/graphql"


async def gql(api: httpx.AsyncClient, headers: dict[str, str], query: str, **variables: Any) -> dict[str, Any]:
    """The whole answer (data and errors) of one query."""
    r = await api.post(URL, json={"query": query, "variables": variables}, headers=headers)
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


async def data(api: httpx.AsyncClient, headers: dict[str, str], query: str, **variables: Any) -> dict[str, Any]:
    """The data of a query that must not fail."""
    body = await gql(api, headers, query, **variables)
    assert not body.get("errors"), body["errors"]
    out: dict[str, Any] = body["data"]
    return out


def codes(body: dict[str, Any]) -> list[str]:
    return [e.get("extensions", {}).get("code") for e in body.get("errors") or []]
