"""Limits with clear errors: depth, aliases, tokens, page size and query cost (before anything is read)."""

from __future__ import annotations

import httpx

from tests.graphql.helpers import codes, data, gql
from zgw.graphql.limits import query_cost
from zgw.graphql.schema import schema


async def test_depth_aliases_tokens(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    deep = "{ zaken { edges { node { " + "hoofdzaak { " * 9 + "uuid" + " }" * 12 + " }"
    body = await gql(api, superuser, deep)
    assert body["data"] is None and "exceeds maximum operation depth of 10" in body["errors"][0]["message"]
    assert codes(body) == ["query-too-deep"]
    one = 'z{i}: zaak(uuid: "00000000-0000-0000-0000-{i:012}") {{ uuid }}'
    aliases = "{ " + " ".join(one.format(i=i) for i in range(16)) + " }"
    body = await gql(api, superuser, aliases)
    assert body["data"] is None and "16 aliases found. Allowed: 15" in body["errors"][0]["message"]
    assert codes(body) == ["too-many-aliases"]
    tokens = "{ zaken { totalCount " + "totalCount " * 2000 + "} }"
    body = await gql(api, superuser, tokens)
    assert body["data"] is None and "more than 2000 tokens" in body["errors"][0]["message"]
    assert codes(body) == ["too-many-tokens"]
    body = await gql(api, superuser, "{ zaken { kleur } }")
    assert codes(body) == ["invalid-query"] and "Cannot query field 'kleur'" in body["errors"][0]["message"]


async def test_page_size_and_cost(api: httpx.AsyncClient, superuser: dict[str, str]) -> None:
    assert (await data(api, superuser, "{ zaken(first: 500) { totalCount } }"))["zaken"]["totalCount"] == 0
    body = await gql(api, superuser, "{ zaken(first: 0) { totalCount } }")
    assert codes(body) == ["invalid"]
    assert body["errors"][0]["extensions"]["invalidParams"] == [
        {"name": "first", "code": "min_value", "reason": "first moet tussen 1 en 500 liggen."}]
    costly = "{ zaken(first: 500) { edges { node { rollen { url } statussen { url } eigenschappen { url } " \
             "zaakobjecten { url } deelzaken { rollen { url } } } } } }"
    body = await gql(api, superuser, costly)
    assert codes(body) == ["query-too-costly"] and body["data"] is None
    assert body["errors"][0]["extensions"]["maxCost"] == 50_000
    assert body["errors"][0]["extensions"]["cost"] == query_cost(schema._schema, _parse(costly), None, None)


def test_cost_multiplies_first_down_the_nesting() -> None:
    assert query_cost(schema._schema, _parse("{ zaken(first: 10) { totalCount } }"), None, None) == 10
    # 10 zaken x (1 + 1 zaaktype x (1 + 20 statustypen)) with edges/node counted once each
    nested = "{ zaken(first: 10) { edges { node { zaaktype { statustypen { url } } } } } }"
    assert query_cost(schema._schema, _parse(nested), None, None) == 10 * (1 + 1 * (1 + 1 * (1 + 1 * (1 + 20))))
    with_variable = "query($n: Int) { zaken(first: $n) { totalCount } }"
    assert query_cost(schema._schema, _parse(with_variable), None, {"n": 7}) == 7
    fragment = "{ zaken(first: 2) { ...f } } fragment f on ZaakConnection { edges { node { rollen { url } } } }"
    assert query_cost(schema._schema, _parse(fragment), None, None) == 2 * (1 + 1 * (1 + 1 * (1 + 20)))


def _parse(text: str):  # type: ignore[no-untyped-def]
    from graphql import parse

    return parse(text)
