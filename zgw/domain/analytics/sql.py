"""MongoDB filters on the zaken (the domain search's, the policy's) as SQL on the analytics copy.

The copy's columns carry the zaak document's field names, so the meaning of a filter is written once
(`zgw.domain.zaken.search.build`, `zgw.domain.zaken.access.list_filter`) and only translated here.
A field the copy does not hold is refused (`Unsupported`), never silently ignored.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any
from uuid import UUID

from zgw.domain.analytics.rows import DATES, TYPES


class Unsupported(Exception):
    """A filter on something the analytics copy does not hold."""

    def __init__(self, field: str) -> None:
        super().__init__(field)
        self.field = field


class Where:
    """SQL text with its parameters (DuckDB `?` placeholders)."""

    def __init__(self) -> None:
        self.params: list[Any] = []

    def param(self, column: str, value: Any) -> str:
        if isinstance(value, UUID):
            value = str(value)
        if column in DATES and value is not None:
            self.params.append(value if isinstance(value, date) else str(value)[:10])
            return "CAST(? AS DATE)"
        self.params.append(value)
        return "?"

    def translate(self, query: dict[str, Any] | None) -> str:
        if not query:
            return "TRUE"
        parts = []
        for key, value in query.items():
            if key == "$and":
                parts.append("(" + " AND ".join(self.translate(q) for q in value) + ")" if value else "TRUE")
            elif key == "$or":
                parts.append("(" + " OR ".join(self.translate(q) for q in value) + ")" if value else "FALSE")
            elif key.startswith("$"):
                raise Unsupported(key)
            else:
                parts.append(self._field(key, value))
        return " AND ".join(f"({p})" for p in parts) if parts else "TRUE"

    def _field(self, field: str, condition: Any) -> str:
        column = "id" if field == "_id" else field
        if column not in TYPES:
            raise Unsupported(field)
        if not isinstance(condition, dict):
            return self._equal(column, condition)
        parts = []
        options = str(condition.get("$options", ""))
        for op, value in condition.items():
            if op == "$options":
                continue
            if op == "$in":
                parts.append(self._in(column, list(value)))
            elif op == "$nin":
                parts.append(f"NOT ({self._in(column, list(value))})")
            elif op == "$ne":
                parts.append(f"NOT ({self._equal(column, value)})")
            elif op in ("$gt", "$gte", "$lt", "$lte"):
                sign = {"$gt": ">", "$gte": ">=", "$lt": "<", "$lte": "<="}[op]
                parts.append(f"{column} {sign} {self.param(column, value)}")
            elif op == "$regex":
                flags = "i" if "i" in options else ""
                parts.append(f"regexp_matches({column}, {self.param('', _re2(str(value)))}, '{flags}')")
            else:
                raise Unsupported(f"{field}.{op}")
        return " AND ".join(parts) if parts else "TRUE"

    def _null(self, column: str) -> str:
        # strings are stored as "" where the document has null or nothing
        return f"{column} IS NULL" if column in DATES else f"coalesce({column}, '') = ''"

    def _equal(self, column: str, value: Any) -> str:
        if value is None:
            return self._null(column)
        return f"{column} = {self.param(column, value)}"

    def _in(self, column: str, values: list[Any]) -> str:
        if not values:
            return "FALSE"
        with_null = any(v is None for v in values)
        values = [v for v in values if v is not None]
        parts = []
        if values:
            parts.append(f"{column} IN ({', '.join(self.param(column, v) for v in values)})")
        if with_null:
            parts.append(self._null(column))
        return " OR ".join(parts)


def _re2(pattern: str) -> str:
    """Python's `re.escape` output for RE2: drop escapes before characters that need none."""
    return re.sub(r"\\([^\w\\.^$|?*+()\[\]{}-])", r"\1", pattern)
