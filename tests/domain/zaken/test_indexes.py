"""The MongoDB indexes declared for a production MongoDB cover every zaken filter and ordering.

(The `api` fixture: Beanie must be initialised to read the declarations.)
"""

from __future__ import annotations

from typing import Any

import httpx

from zgw.core.db import _index_models
from zgw.domain.zaken import indexing, search
from zgw.domain.zaken.documents import Rol, Status, Zaak


def _keys(model: type[Any]) -> list[list[str]]:
    return [list(index.document["key"]) for index in _index_models(model)]


async def test_every_zaken_filter_and_ordering_has_an_index(api: httpx.AsyncClient) -> None:
    keys = _keys(Zaak)
    prefixes = {k[0] for k in keys}
    fields = set(search.EQUAL.values()) | set(search.IN.values()) | set(search.DATES.values())
    fields |= {"vertrouwelijkheidaanduiding", "kenmerk_sleutels", "kenmerken.bron", "geo_bbox.min_x"}
    assert sorted(fields - prefixes) == []
    for name in search.ORDERING:  # each ordering with its tie-break, in one index
        assert [name, "seq"] in [k[:2] for k in keys] or (name == "identificatie" and ["identificatie", "seq"] in keys)
    # the work queues: filter and sort together
    assert ["zaaktype", "einddatum", "startdatum", "seq"] in keys
    assert ["status_statustype", "startdatum", "seq"] in keys


async def test_every_rol_filter_has_an_index(api: httpx.AsyncClient) -> None:
    prefixes = {k[0] for k in _keys(Rol)}
    wanted = {f"betrokkene_identificatie.{name}" for name in indexing.IDENTIFYING}
    wanted |= {"zaak", "roltype", "betrokkene", "betrokkene_type", "omschrijving"}
    assert sorted(wanted - prefixes) == []
    assert {"zaak", "statustype", "gezetdoor"} <= {k[0] for k in _keys(Status)}
