"""The zaken listing (Redis) against a brute-force model: counts and pages for several callers."""

from __future__ import annotations

import random
from collections.abc import AsyncIterator
from typing import Any
from uuid import UUID

import httpx
import pytest

from zgw.domain.autorisaties.policy import Grant, Policy, Principal
from zgw.domain.autorisaties.scopes import ZAKEN
from zgw.domain.common.vertrouwelijkheid import ORDER
from zgw.domain.zaken.listing import Listing, Visible, visible_from_policy

ZAAKTYPEN = [f"/catalogi/api/v1/zaaktypen/{UUID(int=i)}" for i in range(6)]
EXTERNAL = "https://elders.example/catalogi/api/v1/zaaktypen/1"  # a ':' in the key name
LEVELS = [*ORDER, "onbekend"]

Row = tuple[str, int, str, str]


class Model:
    def __init__(self) -> None:
        self.rows: dict[str, Row] = {}

    def ids(self, visible: Visible, zaaktype: str | None = None) -> list[str]:
        def seen(row: Row) -> bool:
            _, _, zt, va = row
            if zaaktype is not None and zt != zaaktype:
                return False
            if visible is None:
                return True
            return zt in visible and va in ORDER and ORDER[va] <= visible[zt]

        chosen = [row for row in self.rows.values() if seen(row)]
        chosen.sort(key=lambda row: (row[1], row[0]), reverse=True)
        return [row[0] for row in chosen]


VISIBLES: list[Visible] = [
    None,
    {},
    {ZAAKTYPEN[0]: 7},
    {ZAAKTYPEN[1]: 0},
    {ZAAKTYPEN[0]: 2, ZAAKTYPEN[3]: 7, "/catalogi/api/v1/zaaktypen/onbekend": 7},
    {ZAAKTYPEN[2]: 4, ZAAKTYPEN[4]: 1, ZAAKTYPEN[5]: 6, EXTERNAL: 3},
    {zt: 7 for zt in [*ZAAKTYPEN, EXTERNAL]},
    {zt: i % 8 for i, zt in enumerate([*ZAAKTYPEN, EXTERNAL])},
]


async def check(listing: Listing, model: Model, rnd: random.Random) -> None:
    for visible in VISIBLES:
        for zaaktype in [None, ZAAKTYPEN[0], EXTERNAL]:
            expected = model.ids(visible, zaaktype)
            assert await listing.count(visible, zaaktype) == len(expected)
            n = len(expected)
            offsets = {0, 1, 99, 100, max(n - 1, 0), max(n - 50, 0), n, n + 10, rnd.randrange(n + 1)}
            for offset in sorted(offsets):
                for limit in (1, 7, 100):
                    assert await listing.page(visible, offset, limit, zaaktype) == expected[offset:offset + limit], (
                        visible, zaaktype, offset, limit)


def random_rows(rnd: random.Random, n: int, seq_space: int) -> list[Row]:
    rows = []
    for i in range(n):
        zaaktype = rnd.choice([*ZAAKTYPEN, EXTERNAL])
        rows.append((f"{UUID(int=rnd.getrandbits(128))}-{i}", rnd.randrange(1, seq_space), zaaktype,
                     rnd.choice(LEVELS)))
    return rows


@pytest.fixture
async def redis(api: httpx.AsyncClient, app_state: tuple[Any, dict[str, Any]]) -> Any:
    """The session's Redis, with every zgw:* key removed (by the `api` fixture)."""
    return app_state[1]["redis"]


async def _true() -> bool:
    return True


async def _false() -> bool:
    return False


async def stream(rows: list[Row]) -> AsyncIterator[Row]:
    for row in rows:
        yield row


@pytest.mark.parametrize("seed", [1, 2])
async def test_count_and_page_match_the_model(redis: Any, seed: int) -> None:
    rnd = random.Random(seed)
    listing, model = Listing(redis, is_empty=_true), Model()
    # Few distinct seqs: many ties, ordered by id descending like Redis orders equal scores.
    for row in random_rows(rnd, 1500, 400 if seed == 1 else 10**9):
        await listing.add(*row)
        model.rows[row[0]] = row
    await check(listing, model, rnd)

    for zaak_id in rnd.sample(sorted(model.rows), 300):
        _, seq, zaaktype, va = model.rows.pop(zaak_id)
        await listing.remove(zaak_id, seq, zaaktype, va)
    for zaak_id in rnd.sample(sorted(model.rows), 300):
        _, seq, zaaktype, va = model.rows[zaak_id]
        new_zaaktype, new_va = rnd.choice([*ZAAKTYPEN, EXTERNAL]), rnd.choice(LEVELS)
        await listing.move(zaak_id, seq, zaaktype, va, new_zaaktype, new_va)
        model.rows[zaak_id] = (zaak_id, seq, new_zaaktype, new_va)
    await check(listing, model, rnd)


async def test_writes_are_idempotent(redis: Any) -> None:
    listing = Listing(redis, is_empty=_true)
    zaaktype = ZAAKTYPEN[0]
    for _ in range(2):
        await listing.add("a", 1, zaaktype, "openbaar")
        await listing.add("b", 2, zaaktype, "geheim")
    assert await listing.page(None, 0, 10) == ["b", "a"]
    for _ in range(2):
        await listing.move("b", 2, zaaktype, "geheim", zaaktype, "intern")
    assert await listing.page({zaaktype: 2}, 0, 10) == ["b", "a"]
    assert await listing.page({zaaktype: 1}, 0, 10) == ["a"]
    for _ in range(2):
        await listing.remove("a", 1, zaaktype, "openbaar")
    assert await listing.page(None, 0, 10) == ["b"]
    assert await listing.count(None) == 1
    assert await listing.count({zaaktype: 7}) == 1
    assert await listing.count({zaaktype: 1}) == 0


async def test_unknown_level_is_for_superusers_only(redis: Any) -> None:
    listing = Listing(redis, is_empty=_true)
    await listing.add("x", 5, ZAAKTYPEN[0], "")
    assert await listing.page(None, 0, 10) == ["x"]
    assert await listing.page(None, 0, 10, ZAAKTYPEN[0]) == ["x"]
    assert await listing.page({ZAAKTYPEN[0]: 7}, 0, 10) == []
    assert await listing.count({ZAAKTYPEN[0]: 7}) == 0


async def test_rebuild_replaces_everything_and_sets_the_sequence(redis: Any) -> None:
    rnd = random.Random(7)
    listing, model = Listing(redis, is_empty=_false), Model()
    assert await listing.ready() is False
    await listing.add("stale", 99, ZAAKTYPEN[0], "openbaar")  # not in the database: gone after rebuild
    assert await listing.next_seq() == 1
    rows = random_rows(rnd, 5000, 10**6)
    model.rows = {row[0]: row for row in rows}
    assert await listing.rebuild(stream(rows)) == 5000
    assert await listing.ready() is True
    await check(listing, model, rnd)
    assert await listing.next_seq() == max(row[1] for row in rows) + 1
    leftovers = [key async for key in redis.scan_iter(match="zgw:zaken:listing:0:*")]
    assert leftovers == []


async def test_writes_during_a_rebuild_are_kept(redis: Any) -> None:
    """Rows read before a live write must not undo it; rows read after it must not duplicate it."""
    listing, model = Listing(redis, is_empty=_false), Model()
    zt0, zt1 = ZAAKTYPEN[0], ZAAKTYPEN[1]
    database = {f"z{i:03}": (f"z{i:03}", i, zt0, "openbaar") for i in range(1, 201)}
    for row in database.values():
        await listing.add(*row)

    async def rows() -> AsyncIterator[Row]:
        snapshot = list(database.values())  # what the database cursor will return
        for i, row in enumerate(snapshot):
            if i == 100:
                # Written live while the rebuild reads: z010 (already read) moves, z150 (not yet
                # read) moves and z160 (not yet read) is deleted, z999 is new.
                await listing.move("z010", 10, zt0, "openbaar", zt1, "geheim")
                await listing.move("z150", 150, zt0, "openbaar", zt1, "intern")
                await listing.remove("z160", 160, zt0, "openbaar")
                await listing.remove("z020", 20, zt0, "openbaar")
                await listing.add("z999", 999, zt1, "openbaar")
            yield row

    await listing.rebuild(rows())
    model.rows = dict(database)
    model.rows["z010"] = ("z010", 10, zt1, "geheim")
    model.rows["z150"] = ("z150", 150, zt1, "intern")
    del model.rows["z160"], model.rows["z020"]
    model.rows["z999"] = ("z999", 999, zt1, "openbaar")
    await check(listing, model, random.Random(3))
    assert await listing.page({zt1: 7}, 0, 10) == ["z999", "z150", "z010"]
    assert await listing.count({zt0: 7}) == 196


async def test_a_superseded_rebuild_gives_way(redis: Any) -> None:
    from zgw.domain.zaken.listing import RebuildSuperseded

    listing = Listing(redis, is_empty=_false)

    async def rows() -> AsyncIterator[Row]:
        yield ("a", 1, ZAAKTYPEN[0], "openbaar")
        await listing.rebuild(stream([("b", 2, ZAAKTYPEN[0], "openbaar")]))

        yield ("c", 3, ZAAKTYPEN[0], "openbaar")

    with pytest.raises(RebuildSuperseded):
        await listing.rebuild(rows())
    assert await listing.page(None, 0, 10) == ["b"]


async def test_ready(redis: Any) -> None:
    empty = {"value": False}

    async def is_empty() -> bool:
        return empty["value"]

    listing = Listing(redis, is_empty=is_empty)
    assert await listing.ready() is False  # zaken exist, nothing indexed
    empty["value"] = True
    assert await listing.ready() is True  # a fresh install needs no rebuild
    empty["value"] = False
    assert await listing.ready() is True  # the marker stays while Redis lives
    # A marker from another Redis life (a restored snapshot) does not count.
    await redis.set("zgw:zaken:listing:ready", "0123456789abcdef")
    assert await listing.ready() is False
    await listing.rebuild(stream([]))
    assert await listing.ready() is True
    await listing.mark_not_ready()
    assert await listing.ready() is False


def _policy(*grants: Grant, superuser: bool = False) -> Policy:
    return Policy(Principal(client_id="c", superuser=superuser, grants=grants))


def test_visible_from_policy() -> None:
    lezen = ZAKEN["zaken.lezen"]
    zt = ZAAKTYPEN
    assert visible_from_policy(_policy(superuser=True), lezen) is None
    assert visible_from_policy(_policy(), lezen) == {}
    policy = _policy(
        Grant("zrc", frozenset({"zaken.lezen"}), zt[0], "intern"),
        Grant("zrc", frozenset({"zaken.lezen"}), zt[0], "geheim"),
        Grant("zrc", frozenset({"zaken.lezen", "zaken.bijwerken"}), zt[1], "zeer_geheim"),
        Grant("zrc", frozenset({"zaken.aanmaken"}), zt[2], "zeer_geheim"),  # no lezen
        Grant("zrc", frozenset({"zaken.lezen"}), zt[3], None),  # no level: nothing
        Grant("zrc", frozenset({"zaken.lezen"}), None, "openbaar"),  # no zaaktype: nothing
        Grant("drc", frozenset({"zaken.lezen"}), zt[4], "openbaar"),
    )
    assert visible_from_policy(policy, lezen) == {zt[0]: 6, zt[1]: 7}
    assert visible_from_policy(policy, ZAKEN["zaken.bijwerken"]) == {zt[1]: 7}


async def _insert_zaken(rows: list[Row]) -> None:
    from zgw.domain.zaken.documents import Zaak

    await Zaak.get_pymongo_collection().insert_many([
        {"_id": UUID(zaak_id), "seq": seq, "zaaktype": zaaktype, "vertrouwelijkheidaanduiding": va,
         "bronorganisatie": "517439943", "identificatie": f"ZAAK-{seq}"}  # unique together, also on MongoDB
        for zaak_id, seq, zaaktype, va in rows])


async def test_ensure_ready_rebuilds_from_the_database(redis: Any) -> None:
    from zgw.domain.zaken.listing import _zaken_empty, ensure_ready

    listing = Listing(redis, is_empty=_zaken_empty)
    assert await ensure_ready(listing) is None  # no zaken: ready as it is
    await redis.delete("zgw:zaken:listing:ready")
    rows = [(str(UUID(int=i)), i, ZAAKTYPEN[i % 3], LEVELS[i % 8]) for i in range(1, 51)]
    await _insert_zaken(rows)
    assert await listing.ready() is False
    assert await ensure_ready(listing) == 50
    assert await listing.ready() is True
    assert await ensure_ready(listing) is None
    model = Model()
    model.rows = {row[0]: row for row in rows}
    await check(listing, model, random.Random(5))
    assert await listing.next_seq() == 51
