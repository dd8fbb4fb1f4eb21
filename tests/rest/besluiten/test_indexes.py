"""The MongoDB indexes declared for a production MongoDB cover every besluiten list filter with the list's
order, and the filters of the besluitinformatieobjecten (the `api` fixture: Beanie reads the declarations)."""

from __future__ import annotations

from typing import Any

import httpx

from zgw.core.db import _index_models
from zgw.domain.besluiten.documents import Besluit, BesluitInformatieObject


def _keys(model: type[Any]) -> list[list[str]]:
    return [list(index.document["key"]) for index in _index_models(model)]


async def test_every_besluiten_filter_has_an_index(api: httpx.AsyncClient) -> None:
    keys = _keys(Besluit)
    assert ["seq"] in keys  # the list's order, newest first
    for name in ("besluittype", "zaak", "identificatie"):  # each filter with the order
        assert [name, "seq"] in keys, name
    assert ["verantwoordelijke_organisatie", "identificatie"] in keys
    assert {"besluit", "informatieobject"} <= {k[0] for k in _keys(BesluitInformatieObject)}
