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
