"""Start-up against a database that already has our collections and indexes (a second `make run`)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from pymongo import IndexModel

from zgw.core.db import DOCUMENT_MODELS, _index_models, bind_documents, init_db
from zgw.core.settings import Settings


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


@pytest.mark.ferretdb
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


def _unique_indexes() -> list[tuple[type[Any], IndexModel]]:
    return [(model, index) for model in DOCUMENT_MODELS for index in _index_models(model)
            if index.document.get("unique")]


def test_every_unique_index_covers_fields_that_are_always_set() -> None:
    """MongoDB indexes a missing field as null and allows one null per unique key; FerretDB v1 (SQLite)
    allows any number. So a unique index must cover fields every document has (or be partial/sparse,
    which FerretDB v1.24 refuses or ignores): the zaak's bronorganisatie is required and its
    identificatie generated when not given, so that index stays a full one."""
    found = []
    for model, index in _unique_indexes():
        doc = index.document
        fields = list(doc["key"])
        found.append((model.get_collection_name(), doc["name"], fields))
        if "partialFilterExpression" in doc or doc.get("sparse"):
            continue
        for name in fields:
            info = model.model_fields[name]  # a top-level field of the document
            assert info.annotation is str and (info.is_required() or info.default == ""), (model, name)
    assert found == [("zaken_zaken", "bronorganisatie_identificatie_unique", ["bronorganisatie", "identificatie"])]


async def test_no_test_leaves_rows_a_unique_index_would_see_as_null(api: httpx.AsyncClient) -> None:
    """The `api` fixture's check (tests/conftest.py) fails a test whose rows lack a unique index's field."""
    from tests.conftest import rows_without_unique_fields
    from zgw.domain.zaken.documents import Zaak

    zaken = Zaak.get_pymongo_collection()
    await zaken.insert_many([{"_id": 1, "zaaktype": "/zt", "identificatie": "ZAAK-1"},
                             {"_id": 2, "zaaktype": "/zt", "bronorganisatie": "517439943", "identificatie": None},
                             {"_id": 3, "zaaktype": "/zt", "bronorganisatie": "517439943", "identificatie": "ZAAK-3"}])
    assert await rows_without_unique_fields() == [
        "zaken_zaken: 2 rows without bronorganisatie or identificatie"
        " (MongoDB indexes a missing field as null: such rows collide on bronorganisatie_identificatie_unique)"]
    await zaken.delete_many({"_id": {"$in": [1, 2]}})
    assert await rows_without_unique_fields() == []


@pytest.mark.ferretdb
async def test_ferretdb_refuses_partial_indexes(api: httpx.AsyncClient, settings: Settings,
                                                app_state: tuple[Any, dict[str, Any]]) -> None:
    """Why no unique index here is partial: FerretDB v1.24 answers NotImplemented (and ignores `sparse`)."""
    from pymongo.errors import OperationFailure

    _, state = app_state
    coll = state["mongo"][settings.mongodb_db]["partial_probe"]
    with pytest.raises(OperationFailure) as refused:
        await coll.create_indexes([IndexModel([("a", 1)], unique=True, name="a_partial",
                                               partialFilterExpression={"a": {"$exists": True}})])
    assert (refused.value.code, refused.value.details["errmsg"]) == (  # type: ignore[index]
        238, 'Index option "partialFilterExpression" is not implemented yet')
