"""Rendered zaken (their wire JSON) kept in Redis, valid for one version of the zaak.

A page from the zaken index names its zaken by id; rendering them means reading 100 documents
through the embedded store (most of a list request's cost). A zaak's JSON is kept with the zaak's
version (`indexing.versions`, moved before and after every write under the zaak's lock) as it was
read *before* the document, so an entry is used only while nothing has written the zaak since; it
expires after TTL seconds unused. Redis losing it costs a read, never a wrong answer.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

import orjson

from zgw.domain.repository import get_many
from zgw.domain.zaken import indexing, listings
from zgw.domain.zaken.documents import Zaak
from zgw.rest.urls import Urls
from zgw.rest.zaken import render

PREFIX = "zgw:zaken:json:"
TTL = 600


def _key(urls: Urls, zaak_id: UUID) -> str:
    return f"{PREFIX}{urls.base}:{zaak_id}"


async def rendered(ids: list[UUID], urls: Urls, *, as_dicts: bool) -> list[Any]:
    """The wire JSON of these zaken in this order (missing zaken left out): dicts, or orjson
    fragments to put in a response as they are."""
    if not ids:
        return []
    redis = listings.get().redis
    current = await indexing.versions(ids)
    cached = await redis.mget([_key(urls, i) for i in ids])
    out: dict[UUID, bytes] = {}
    for zaak_id, version, entry in zip(ids, current, cached, strict=True):
        if entry is not None:
            stamp, _, body = bytes(entry).partition(b"\n")
            if stamp == str(version).encode():
                out[zaak_id] = body
    missing = [i for i in ids if i not in out]
    if missing:
        versions = dict(zip(ids, current, strict=True))
        pipe = redis.pipeline(transaction=False)
        for doc in await get_many(Zaak, missing):
            body = orjson.dumps(render.zaak(doc, urls))
            out[doc.id] = body
            pipe.set(_key(urls, doc.id), str(versions[doc.id]).encode() + b"\n" + body, ex=TTL)
        await pipe.execute()
    if as_dicts:
        return [orjson.loads(out[i]) for i in ids if i in out]
    return [orjson.Fragment(out[i]) for i in ids if i in out]
