"""zakenStatistiek over GraphQL: exact groups with readable keys, the filter, the caller's authorisation."""

from __future__ import annotations

from pathlib import Path

import httpx

from tests.conftest import make_client
from tests.domain.analytics.dataset import BSN, build, copy_dir, restricted
from tests.graphql.helpers import codes, data, gql
from zgw.domain.analytics import feed, reader, store

__all__ = ["copy_dir"]

QUERY = """query($filter: ZaakFilter, $groupBy: [StatistiekGroepering!]) {
  zakenStatistiek(filter: $filter, groupBy: $groupBy) {
    zaaktype { url identificatie omschrijving }
    statustype { omschrijving volgnummer }
    startmaand openGesloten
    count overUiterlijkeEinddatum
    doorlooptijdDagen { aantal gemiddelde mediaan p90 max }
  }
}"""


def rows(found: dict[str, object]) -> list[tuple[object, ...]]:
    out = []
    for g in found["zakenStatistiek"]:  # type: ignore[attr-defined]
        d = g["doorlooptijdDagen"]
        out.append(((g["zaaktype"] or {}).get("identificatie"), g["startmaand"], g["openGesloten"], g["count"],
                    g["overUiterlijkeEinddatum"], d["aantal"], d["gemiddelde"], d["mediaan"], d["p90"], d["max"]))
    return out


async def test_grouped_by_zaaktype_and_month(api: httpx.AsyncClient, copy_dir: Path) -> None:
    h = await make_client("super", superuser=True)
    dataset = await build(api, h)
    await store.rebuild()
    found = await data(api, h, QUERY, groupBy=["ZAAKTYPE", "STARTMAAND"])
    assert sorted(rows(found), key=str) == [
        ("ZT-A", "2024-01", None, 2, 1, 2, 20.0, 20.0, 28.0, 30),
        ("ZT-A", "2024-02", None, 2, 1, 0, None, None, None, None),
        ("ZT-B", "2024-01", None, 1, 0, 1, 20.0, 20.0, 20.0, 20),
        ("ZT-B", "2024-03", None, 1, 0, 0, None, None, None, None),
        ("ZT-C", "2024-01", None, 1, 0, 0, None, None, None, None),
    ]
    first = next(g for g in found["zakenStatistiek"] if g["zaaktype"]["identificatie"] == "ZT-A")
    assert first["zaaktype"] == {
        "url": dataset.zaaktypen["A"], "identificatie": "ZT-A", "omschrijving": "Zaaktype A"}
    assert first["statustype"] is None  # not grouped by it
    by_status = await data(api, h, QUERY, groupBy=["STATUSTYPE"], filter={"zaaktype": dataset.zaaktypen["A"]})
    assert sorted(((g["statustype"] or {}).get("volgnummer"), g["count"]) for g in by_status["zakenStatistiek"]
                  if g["statustype"]) == [(1, 1), (2, 2)]
    assert {g["statustype"]["omschrijving"] for g in by_status["zakenStatistiek"] if g["statustype"]} == {
        "Ontvangen", "Afgerond"}
    assert [g["count"] for g in by_status["zakenStatistiek"] if g["statustype"] is None] == [1]  # a3


async def test_filter_and_authorisation(api: httpx.AsyncClient, copy_dir: Path) -> None:
    h = await make_client("super", superuser=True)
    dataset = await build(api, h)
    await store.rebuild()
    beperkt = await restricted(dataset)
    everything = await data(api, beperkt, QUERY, groupBy=["OPEN_GESLOTEN"])
    # a1, a2, b1 closed; a4 open — a3 (geheim), b2 (zaakvertrouwelijk) and c1 (zaaktype C) do not exist for it
    assert [(g["openGesloten"], g["count"], g["overUiterlijkeEinddatum"]) for g in everything["zakenStatistiek"]] == [
        ("gesloten", 3, 1), ("open", 1, 0)]
    filtered = await data(api, h, QUERY, filter={"isOpen": True, "startdatum__gte": "2024-02-01"})
    assert [g["count"] for g in filtered["zakenStatistiek"]] == [3]
    betrokkene = {"betrokkene": {"bsn": BSN}}
    assert [g["count"] for g in (await data(api, h, QUERY, filter=betrokkene))["zakenStatistiek"]] == [2]
    assert [g["count"] for g in (await data(api, beperkt, QUERY, filter=betrokkene))["zakenStatistiek"]] == [1]
    by_identificatie = await data(api, h, QUERY, filter={"zaaktypeIdentificatie": "ZT-B"})
    assert [g["count"] for g in by_identificatie["zakenStatistiek"]] == [2]
    refused = await gql(api, h, QUERY, filter={"kenmerk": "bron:x"})
    assert codes(refused) == ["invalid"]
    assert refused["errors"][0]["extensions"]["invalidParams"][0]["code"] == "unsupported-filter"
    no_scope = await make_client("catalogi-only", autorisaties=[
        {"component": "ztc", "scopes": ["catalogi.lezen"]}])
    assert codes(await gql(api, no_scope, QUERY)) == ["permission_denied"]
    assert codes(await gql(api, {}, QUERY)) == ["not_authenticated"]


async def test_not_ready_until_the_copy_exists(api: httpx.AsyncClient, copy_dir: Path) -> None:
    h = await make_client("super", superuser=True)
    reader.reset()
    assert codes(await gql(api, h, QUERY)) == ["analytics-not-ready"]
    await store.rebuild()
    assert (await data(api, h, QUERY))["zakenStatistiek"][0]["count"] == 0
    dataset = await build(api, h)
    assert (await data(api, h, QUERY))["zakenStatistiek"][0]["count"] == 0  # the pump has not run
    assert await feed.pump() == 7
    assert (await data(api, h, QUERY))["zakenStatistiek"][0]["count"] == 7
    assert dataset
