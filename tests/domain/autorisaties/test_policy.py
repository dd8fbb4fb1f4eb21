"""The policy's MongoDB filter, run on the real database, and its yes/no for single objects."""

from __future__ import annotations

from typing import Any

import httpx

from zgw.domain.autorisaties.policy import Grant, Policy, Principal
from zgw.domain.autorisaties.scopes import AUTORISATIES, ZAKEN

LEZEN = ZAKEN["zaken.lezen"]
ZT1, ZT2, ZT3 = "/catalogi/api/v1/zaaktypen/1", "/catalogi/api/v1/zaaktypen/2", "/catalogi/api/v1/zaaktypen/3"

DOCS = [
    {"_id": i, "zaaktype": zt, "va": va}
    for i, (zt, va) in enumerate(
        [(ZT1, "openbaar"), (ZT1, "geheim"), (ZT2, "intern"), (ZT2, "confidentieel"), (ZT3, "openbaar"),
         (ZT1, "zaakvertrouwelijk")]
    )
]


def policy(*grants: Grant, superuser: bool = False) -> Policy:
    return Policy(Principal(client_id="c", superuser=superuser, grants=grants))


async def _ids(app_state: tuple[Any, dict[str, Any]], settings: Any, flt: dict[str, Any] | None) -> list[int]:
    _, state = app_state
    coll = state["mongo"][settings.mongodb_db]["policy_probe"]
    await coll.delete_many({})
    await coll.insert_many([dict(d) for d in DOCS])
    return [d["_id"] async for d in coll.find(flt or {}).sort("_id", 1)]


async def test_filter_per_type_and_level(api: httpx.AsyncClient, app_state: Any, settings: Any) -> None:
    p = policy(
        Grant("zrc", frozenset({"zaken.lezen"}), ZT1, "zaakvertrouwelijk"),
        Grant("zrc", frozenset({"zaken.lezen", "zaken.bijwerken"}), ZT2, "confidentieel"),
        Grant("zrc", frozenset({"zaken.bijwerken"}), ZT3, "geheim"),  # lacks the scope: not visible
    )
    flt = p.query_filter(LEZEN, "zrc", type_field="zaaktype", va_field="va")
    assert await _ids(app_state, settings, flt) == [0, 2, 3, 5]


async def test_filter_without_grants_matches_nothing(api: httpx.AsyncClient, app_state: Any, settings: Any) -> None:
    flt = policy().query_filter(LEZEN, "zrc", type_field="zaaktype", va_field="va")
    assert await _ids(app_state, settings, flt) == []


async def test_superuser_is_unfiltered(api: httpx.AsyncClient, app_state: Any, settings: Any) -> None:
    p = policy(superuser=True)
    assert p.query_filter(LEZEN, "zrc", type_field="zaaktype", va_field="va") is None
    assert await _ids(app_state, settings, None) == [0, 1, 2, 3, 4, 5]


def test_object_checks() -> None:
    p = policy(Grant("zrc", frozenset({"zaken.lezen"}), ZT1, "intern"))
    assert p.allows(LEZEN)
    assert not p.allows(ZAKEN["zaken.bijwerken"])
    assert p.allows_object(LEZEN, "zrc", ZT1, "openbaar")
    assert p.allows_object(LEZEN, "zrc", ZT1, "intern")
    assert not p.allows_object(LEZEN, "zrc", ZT1, "zaakvertrouwelijk")
    assert not p.allows_object(LEZEN, "zrc", ZT2, "openbaar")


def test_composed_scopes() -> None:
    p = policy(Grant("ac", frozenset({"autorisaties.lezen"})))
    lezen, bijwerken = AUTORISATIES["autorisaties.lezen"], AUTORISATIES["autorisaties.bijwerken"]
    assert p.allows(lezen | bijwerken)
    assert not p.allows(lezen & bijwerken)
    assert (lezen | bijwerken).labels() == ["autorisaties.bijwerken", "autorisaties.lezen"]
