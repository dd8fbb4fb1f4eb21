"""Move a catalogus with all its types between installations as one JSON document.

Imported objects are concepts (a beheerder publishes them in the target installation); with
`new_uuids` every object gets a new identity and all references between them are rewritten.
Writes are ordered (catalogus, types, sub-types) and undone on failure, since FerretDB has no
multi-document transactions.
"""

from __future__ import annotations

import re
from typing import Any
from uuid import UUID, uuid4

from zgw.domain.catalogi import version
from zgw.domain.catalogi.documents import (
    SUB_TYPES,
    BesluitType,
    CatalogiDocument,
    Catalogus,
    InformatieObjectType,
    SubType,
    ZaakType,
)
from zgw.domain.errors import Conflict, NotFound, ValidationFailed

FORMAT = "zgw-catalogus/1"
ORDER: list[tuple[str, type[CatalogiDocument]]] = [
    ("catalogus", Catalogus), ("informatieobjecttypen", InformatieObjectType), ("besluittypen", BesluitType),
    ("zaaktypen", ZaakType), *[(m.Settings.name.removeprefix("catalogi_"), m) for m in SUB_TYPES],
]
UUID_IN_REF = re.compile(r"^(/catalogi/api/v1/[a-z-]+/)([0-9a-f-]{36})$")


async def export_catalogus(uuid: UUID) -> dict[str, Any]:
    catalogus = await Catalogus.get(uuid)
    if catalogus is None:
        raise NotFound("Catalogus niet gevonden.")
    local = {"revision_id", "created"}  # an imported object is new where it lands
    out: dict[str, Any] = {"format": FORMAT, "catalogus": catalogus.model_dump(mode="json", exclude=local)}
    for name, model in ORDER[1:]:
        found = await model.find({"catalogus": catalogus.ref}).sort([("_id", 1)]).to_list()  # type: ignore[list-item]
        out[name] = [doc.model_dump(mode="json", exclude=local) for doc in found]
    return out


def _rewrite(value: Any, ids: dict[str, str]) -> Any:
    if isinstance(value, str):
        match = UUID_IN_REF.match(value)
        if match and match.group(2) in ids:
            return match.group(1) + ids[match.group(2)]
        return value
    if isinstance(value, list):
        return [_rewrite(v, ids) for v in value]
    if isinstance(value, dict):
        return {k: _rewrite(v, ids) for k, v in value.items()}
    return value


async def import_catalogus(data: dict[str, Any], *, new_uuids: bool = False) -> Catalogus:
    if data.get("format") != FORMAT or not isinstance(data.get("catalogus"), dict):
        raise ValidationFailed.non_field("invalid", f"Geen catalogus-export (format {FORMAT}).")
    items: list[tuple[type[CatalogiDocument], dict[str, Any]]] = [(Catalogus, data["catalogus"])]
    for name, model in ORDER[1:]:
        items.extend((model, item) for item in data.get(name, []))
    ids = {str(item["id"]): str(uuid4()) for _, item in items} if new_uuids else {}
    docs: list[CatalogiDocument] = []
    for model, item in items:
        values = _rewrite({k: v for k, v in item.items() if k != "id"}, ids)
        if "concept" in model.model_fields:
            values["concept"] = True
        doc = model(id=UUID(ids.get(str(item["id"]), str(item["id"]))), **values)
        docs.append(doc)
    for doc in docs:
        if await type(doc).get(doc.id) is not None:
            raise Conflict(f"{type(doc).__name__} {doc.id} bestaat al; importeer met nieuwe UUIDs.")
    written: list[CatalogiDocument] = []
    try:
        for doc in docs:
            await doc.insert()
            written.append(doc)
    except BaseException:
        for doc in reversed(written):
            await doc.delete()
        raise
    finally:
        await version.bump()
    catalogus = docs[0]
    assert isinstance(catalogus, Catalogus)
    return catalogus


def is_sub_type(doc: CatalogiDocument) -> bool:
    return isinstance(doc, SubType)
