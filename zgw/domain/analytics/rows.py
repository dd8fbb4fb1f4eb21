"""One analytics row per zaak: its columns, and the row of a zaak document."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any
from uuid import UUID

# (column, DuckDB type); the names are the zaak document's fields, so a MongoDB filter on the zaken
# (the domain search's, the policy's) names the same columns.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "VARCHAR"),
    ("seq", "BIGINT"),
    ("identificatie", "VARCHAR"),
    ("bronorganisatie", "VARCHAR"),
    ("omschrijving", "VARCHAR"),
    ("zaaktype", "VARCHAR"),
    ("vertrouwelijkheidaanduiding", "VARCHAR"),
    ("registratiedatum", "DATE"),
    ("startdatum", "DATE"),
    ("einddatum", "DATE"),
    ("einddatum_gepland", "DATE"),
    ("uiterlijke_einddatum_afdoening", "DATE"),
    ("publicatiedatum", "DATE"),
    ("archiefactiedatum", "DATE"),
    ("archiefnominatie", "VARCHAR"),
    ("archiefstatus", "VARCHAR"),
    ("status_statustype", "VARCHAR"),
    ("resultaat_resultaattype", "VARCHAR"),
)
NAMES = tuple(name for name, _ in COLUMNS)
TYPES = dict(COLUMNS)
DATES = frozenset(name for name, kind in COLUMNS if kind == "DATE")
# what the copy reads of a zaak document
FIELDS: dict[str, int] = {("_id" if name == "id" else name): 1 for name in NAMES}
STRUCT = "STRUCT(" + ", ".join(f"{name} {kind}" for name, kind in COLUMNS) + ")"
TABLE_DDL = "(" + ", ".join(f"{name} {kind}" for name, kind in COLUMNS) + ")"


def _date(value: Any) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def row_of(doc: Mapping[str, Any]) -> dict[str, Any]:
    """The row of a raw zaak document (as PyMongo returns it)."""
    out: dict[str, Any] = {}
    for name, kind in COLUMNS:
        value = doc.get("_id" if name == "id" else name)
        if name == "id":
            out[name] = str(value) if isinstance(value, UUID) else str(value or "")
        elif kind == "DATE":
            out[name] = _date(value)
        elif kind == "BIGINT":
            out[name] = int(value or 0)
        else:
            out[name] = "" if value is None else str(value)
    return out


def to_wire(row: Mapping[str, Any]) -> dict[str, Any]:
    """A row as JSON-able values (dates as ISO strings), for the ROWS stream."""
    return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in row.items()}


def from_wire(data: Mapping[str, Any]) -> dict[str, Any]:
    return {name: (_date(data.get(name)) if name in DATES else data.get(name)) for name in NAMES}
