"""Start-up against a database that already has our collections and indexes (a second `make run`)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from zgw.gateway.db import bind_documents, init_db
from zgw.gateway.settings import Settings


async def test_second_start_keeps_indexes(api: httpx.AsyncClient, settings: Settings,
                                          app_state: tuple[Any, dict[str, Any]]) -> None:
    _, state = app_state
    for _ in range(2):  # FerretDB v1.24.2 used to drop the connection on the second start
        client = await init_db(settings)
        await client.close()
    # init_db re-binds the documents to its own (now closed) client; give them back to the app's.
    await bind_documents(state["mongo"][settings.mongodb_db])
    names = [i["name"] async for i in await state["mongo"][settings.mongodb_db]["applicaties"].list_indexes()]
    assert names == ["_id_", "client_ids_1"]


@pytest.mark.ferretdb
async def test_uuid_id_lookups_are_pushed_down_and_exact(api: httpx.AsyncClient, settings: Settings,
                                                         app_state: tuple[Any, dict[str, Any]]) -> None:
    """scripts/build-ferretdb.sh patches FerretDB so a UUID `_id` reaches SQLite (and its index)."""
    from uuid import uuid4

    from bson.binary import UuidRepresentation
    from bson.codec_options import CodecOptions

    _, state = app_state
    db = state["mongo"][settings.mongodb_db]
    coll = db.get_collection("id_probe", codec_options=CodecOptions(uuid_representation=UuidRepresentation.STANDARD))
    ids = [uuid4() for _ in range(30)]
    await coll.insert_many([{"_id": i, "n": n} for n, i in enumerate(ids)])

    plan = await db.command("explain", {"find": "id_probe", "filter": {"_id": ids[7]}},
                            codec_options=coll.codec_options)
    assert plan["filterPushdown"] is True

    assert [(await coll.find_one({"_id": i}))["n"] for i in ids] == list(range(30))  # type: ignore[index]
    assert (await coll.update_one({"_id": ids[3]}, {"$set": {"n": 99}})).modified_count == 1
    assert (await coll.delete_one({"_id": ids[4]})).deleted_count == 1
    assert sorted([d["n"] async for d in coll.find({})]) == [n for n in [*range(30), 99] if n not in (3, 4)]


async def test_id_in_is_pushed_down_beside_other_conditions(api: httpx.AsyncClient, settings: Settings,
                                                            app_state: tuple[Any, dict[str, Any]]) -> None:
    """Patch 3: `{_id: {$in: ids}, ...}` reads only those rows (SQL IN on the index) and stays exact."""
    from uuid import uuid4

    from bson.binary import UuidRepresentation
    from bson.codec_options import CodecOptions

    _, state = app_state
    db = state["mongo"][settings.mongodb_db]
    coll = db.get_collection("id_probe", codec_options=CodecOptions(uuid_representation=UuidRepresentation.STANDARD))
    ids = [uuid4() for _ in range(30)]
    await coll.insert_many([{"_id": i, "n": n, "even": n % 2 == 0} for n, i in enumerate(ids)])
    wanted = [ids[1], ids[2], ids[3], ids[4], uuid4()]

    for query in ({"_id": {"$in": wanted}}, {"_id": {"$in": wanted}, "even": True},
                  {"_id": ids[2], "even": True}, {"_id": {"$in": []}, "even": True}):
        plan = await db.command("explain", {"find": "id_probe", "filter": query}, codec_options=coll.codec_options)
        assert plan["filterPushdown"] is True, query

    assert sorted([d["n"] async for d in coll.find({"_id": {"$in": wanted}})]) == [1, 2, 3, 4]
    assert sorted([d["n"] async for d in coll.find({"_id": {"$in": wanted}, "even": True})]) == [2, 4]
    assert [d["n"] async for d in coll.find({"_id": {"$in": wanted}}).sort("n", -1).skip(1).limit(2)] == [3, 2]
    assert await coll.count_documents({"_id": {"$in": wanted}, "even": False}) == 2
    assert [d["n"] async for d in coll.find({"_id": ids[2], "even": False})] == []
    assert [d async for d in coll.find({"_id": {"$in": []}})] == []
    # not an id lookup: a condition on _id that SQL cannot express stays in Go, and exact
    plan = await db.command("explain", {"find": "id_probe", "filter": {"_id": {"$nin": wanted}}},
                            codec_options=coll.codec_options)
    assert plan["filterPushdown"] is False
    assert await coll.count_documents({"_id": {"$nin": wanted}}) == 26
    assert (await coll.delete_many({"_id": {"$in": wanted}, "even": True})).deleted_count == 2
    assert (await coll.update_many({"_id": {"$in": wanted}}, {"$set": {"n": 0}})).modified_count == 2
    assert sorted([d["n"] async for d in coll.find({})]) == sorted([0, 0, *[n for n in range(30) if n > 4], 0])
