"""The analytics copy against real services: exact statistics, authorisation in the query, the feed,
compaction, and a rebuild after the copy was lost."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import httpx
import pytest

from tests.conftest import make_client
from tests.domain.analytics.dataset import BSN, Dataset, build, ref, restricted
from zgw.domain.analytics import feed, reader, statistiek, store
from zgw.domain.analytics.errors import NotReady
from zgw.domain.autorisaties.policy import Policy, Principal, principal_from_applicatie
from zgw.domain.autorisaties.repository import by_client_id
from zgw.domain.errors import ValidationFailed

TODAY = date(2026, 12, 2)
SUPER = Policy(Principal(client_id="super", superuser=True))


async def ready(api: httpx.AsyncClient) -> tuple[Dataset, dict[str, str]]:
    h = await make_client("super", superuser=True)
    data = await build(api, h)
    await store.rebuild()
    return data, h


def summary(groepen: list[statistiek.Groep]) -> list[tuple[object, ...]]:
    return [(*g.key.values(), g.count, g.doorlooptijd.aantal, g.doorlooptijd.gemiddelde, g.doorlooptijd.mediaan,
             g.doorlooptijd.p90, g.doorlooptijd.max, g.over_uiterlijke_einddatum) for g in groepen]


async def test_counts_lead_times_and_overdue_per_zaaktype(api: httpx.AsyncClient, copy_dir: Path) -> None:
    data, _ = await ready(api)
    groepen = await statistiek.statistiek(SUPER, {}, ["ZAAKTYPE"], today=TODAY)
    a, b, c = (ref(data.zaaktypen[k]) for k in "ABC")
    assert summary(groepen) == sorted([
        (a, 4, 2, 20.0, 20.0, 28.0, 30, 2),
        (b, 2, 1, 20.0, 20.0, 20.0, 20, 0),
        (c, 1, 0, None, None, None, None, 0),
    ])


async def test_every_grouping(api: httpx.AsyncClient, copy_dir: Path) -> None:
    data, _ = await ready(api)

    async def counts(*group_by: str) -> list[tuple[object, ...]]:
        return [(*g.key.values(), g.count) for g in await statistiek.statistiek(SUPER, {}, list(group_by), today=TODAY)]

    assert await counts() == [(7,)]
    assert await counts("STARTMAAND") == [("2024-01", 4), ("2024-02", 2), ("2024-03", 1)]
    assert await counts("STARTJAAR", "OPEN_GESLOTEN") == [(2024, "gesloten", 3), (2024, "open", 4)]
    assert await counts("STARTWEEK") == [("2024-W01", 2), ("2024-W02", 1), ("2024-W03", 1), ("2024-W06", 2),
                                         ("2024-W09", 1)]
    assert await counts("VERTROUWELIJKHEID") == [("geheim", 1), ("openbaar", 5), ("zaakvertrouwelijk", 1)]
    assert await counts("BRONORGANISATIE") == [("000000000", 1), ("517439943", 6)]
    a = ref(data.zaaktypen["A"])
    statussen = await counts("ZAAKTYPE", "STATUSTYPE")
    assert (a, ref(data.statustypen["A"]["begin"]), 1) in statussen
    assert (a, ref(data.statustypen["A"]["eind"]), 2) in statussen
    assert (a, "", 1) in statussen  # a3: no status
    assert sorted(await counts("RESULTAATTYPE")) == sorted([
        ("", 4), (ref(data.resultaattypen["A"]), 2), (ref(data.resultaattypen["B"]), 1)])
    with pytest.raises(ValidationFailed):
        await statistiek.statistiek(SUPER, {}, ["ZAAKTYPE; DROP TABLE zaken"])


async def test_restricted_caller_counts_only_what_it_may_read(api: httpx.AsyncClient, copy_dir: Path,
                                                              app_state: tuple[object, dict[str, object]]) -> None:
    data, _ = await ready(api)
    await restricted(data)
    policy = Policy(principal_from_applicatie("beperkt", await by_client_id("beperkt"), {}))
    a, b = (ref(data.zaaktypen[k]) for k in "AB")
    # a3 (geheim) and b2 (zaakvertrouwelijk) are above `intern`; c1 is of another zaaktype
    assert summary(await statistiek.statistiek(policy, {}, ["ZAAKTYPE"], today=TODAY)) == sorted([
        (a, 3, 2, 20.0, 20.0, 28.0, 30, 1),
        (b, 1, 1, 20.0, 20.0, 20.0, 20, 0),
    ])
    assert summary(await statistiek.statistiek(policy, {}, [], today=TODAY)) == [(4, 3, 20.0, 20.0, 28.0, 30, 1)]
    # asking for another zaaktype, or above the level, finds nothing rather than more
    found = await statistiek.statistiek(policy, {"zaaktype": ref(data.zaaktypen["C"])}, [], today=TODAY)
    assert [g.count for g in found] == [0]
    nobody = Policy(Principal(client_id="nobody"))
    assert [g.count for g in await statistiek.statistiek(nobody, {}, [], today=TODAY)] == [0]
    assert await statistiek.statistiek(nobody, {}, ["ZAAKTYPE"], today=TODAY) == []


async def test_filters_are_the_domain_search(api: httpx.AsyncClient, copy_dir: Path) -> None:
    data, _ = await ready(api)

    async def count(criteria: dict[str, object]) -> int:
        return (await statistiek.statistiek(SUPER, criteria, [], today=TODAY))[0].count

    assert await count({"zaaktype": ref(data.zaaktypen["A"])}) == 4
    assert await count({"startdatum__gte": date(2024, 2, 1)}) == 3
    assert await count({"startdatum__gte": date(2024, 1, 10), "startdatum__lt": date(2024, 2, 6)}) == 3
    assert await count({"einddatum__isnull": True}) == 4
    assert await count({"einddatum__isnull": False}) == 3
    assert await count({"status__statustype": ref(data.statustypen["A"]["eind"])}) == 2
    assert await count({"resultaat__resultaattype": ref(data.resultaattypen["B"])}) == 1
    assert await count({"bronorganisatie": "000000000"}) == 1
    assert await count({"maximaleVertrouwelijkheidaanduiding": "openbaar"}) == 5
    assert await count({"identificatie": data.zaken["b2"]["identificatie"]}) == 1
    assert await count({"identificatie__icontains": data.zaken["b2"]["identificatie"][-4:].lower()}) >= 1
    assert await count({"uuid__in": [data.zaken["a1"]["uuid"], data.zaken["c1"]["uuid"]]}) == 2
    assert await count({"or": [{"zaaktype": ref(data.zaaktypen["C"])}, {"einddatum__isnull": False}]}) == 4
    with pytest.raises(ValidationFailed) as refused:
        await count({"kenmerk": "bron:x"})
    assert [p.code for p in refused.value.params] == ["unsupported-filter"]


async def test_betrokkene_by_the_index_key_lookups(api: httpx.AsyncClient, copy_dir: Path) -> None:
    data, _ = await ready(api)
    await restricted(data)
    policy = Policy(principal_from_applicatie("beperkt", await by_client_id("beperkt"), {}))
    bsn = {"rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": BSN}
    assert [g.count for g in await statistiek.statistiek(SUPER, bsn, [], today=TODAY)] == [2]
    assert [g.count for g in await statistiek.statistiek(policy, bsn, [], today=TODAY)] == [1]  # b2: above intern
    other = {"rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": "999999999"}
    assert [g.count for g in await statistiek.statistiek(SUPER, other, [], today=TODAY)] == [0]
    either = {"or": [bsn, {"zaaktype": ref(data.zaaktypen["C"])}]}
    assert [g.count for g in await statistiek.statistiek(SUPER, either, [], today=TODAY)] == [3]
    with pytest.raises(ValidationFailed) as refused:  # no key to look up: refused, never a scan
        await statistiek.statistiek(SUPER, {"rol__betrokkeneType": "natuurlijk_persoon"}, [], today=TODAY)
    assert [p.code for p in refused.value.params] == ["unsupported-filter"]


async def test_writes_reach_the_copy_through_the_feed_and_compaction(api: httpx.AsyncClient,
                                                                     copy_dir: Path) -> None:
    data, h = await ready(api)
    assert await feed.pump() == 7  # the writes of the set-up (already in the rebuilt snapshot)
    before = await store.current()
    r = await api.delete(data.zaken["c1"]["url"], headers=h)
    assert r.status_code == 204, r.text
    r = await api.patch(data.zaken["b2"]["url"], headers={**h, "Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:4326"},
                        json={"startdatum": "2024-01-31"})
    assert r.status_code == 200, r.text
    assert await feed.pump() == 2
    assert await feed.pump() == 0
    counts = [(*g.key.values(), g.count) for g in await statistiek.statistiek(SUPER, {}, ["STARTMAAND"], today=TODAY)]
    assert counts == [("2024-01", 4), ("2024-02", 2)]  # c1 gone, b2 moved to January
    # compaction folds the feed into a new snapshot; the answer stays the same
    compacted = await store.compact(min_rows=1)
    assert compacted is not None and before is not None
    assert compacted.generation > before.generation and compacted.count == 6
    assert not before.path().exists() or compacted.file != before.file
    reader.reset()
    again = [(*g.key.values(), g.count) for g in await statistiek.statistiek(SUPER, {}, ["STARTMAAND"], today=TODAY)]
    assert again == counts
    assert await store.compact(min_rows=1) is None  # nothing new


async def test_rebuild_after_losing_the_copy(api: httpx.AsyncClient, copy_dir: Path) -> None:
    await ready(api)
    snapshot = await store.current()
    assert snapshot is not None
    snapshot.path().unlink()
    reader.reset()
    with pytest.raises(NotReady):
        await statistiek.statistiek(SUPER, {}, [], today=TODAY)
    rebuilt = await store.ensure()
    assert rebuilt is not None and rebuilt.count == 7
    assert [g.count for g in await statistiek.statistiek(SUPER, {}, [], today=TODAY)] == [7]
    assert await store.ensure() is None  # the copy is there now
    assert sorted(os.listdir(copy_dir)) == [rebuilt.file]
