"""Start-up against a database that already has our collections and indexes (a second `make run`)."""

from __future__ import annotations

from typing import Any

import httpx

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
