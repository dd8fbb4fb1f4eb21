"""The committed SDL is the code's schema (regenerate with `make graphql-schema`)."""

from __future__ import annotations

from zgw.graphql.schema import sdl
from zgw.graphql.sdl import PATH


def test_committed_sdl_is_current() -> None:
    assert PATH.read_text(encoding="utf-8") == sdl(), "zgw/graphql/schema.graphql is stale: run `make graphql-schema`"


def test_sdl_has_the_issue_shape() -> None:
    text = sdl()
    for needle in ("zaak(uuid: UUID = null, url: String = null): Zaak", "interface Rol {",
                   "type RolNatuurlijkPersoon implements Rol", "input ZaakFilter {", "or: [ZaakFilter!]",
                   "totalCount: Int!", "type PageInfo {", "betrokkene: BetrokkeneFilter"):
        assert needle in text, needle
