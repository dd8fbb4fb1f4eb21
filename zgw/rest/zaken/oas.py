"""Finishing touches on the Zaken OpenAPI document that FastAPI cannot express per parameter."""

from __future__ import annotations

import copy
from typing import Annotated, Any

from fastapi import Header

PARAMETER_KEYWORDS = ("style", "explode")  # parameter-level keywords we carry in the schema's json_schema_extra
REQUIRED_MARK = "x-zgw-required"  # a header the handler enforces itself (412), so FastAPI must not require it


def finish(oas: dict[str, Any]) -> dict[str, Any]:
    """Move `style`/`explode` from parameter schemas to the parameters; mark self-enforced headers required.

    Works on a copy: FastAPI's document shares dicts with the routes' `json_schema_extra`.
    """
    oas = copy.deepcopy(oas)
    for ops in oas.get("paths", {}).values():
        for op in ops.values():
            if not isinstance(op, dict):
                continue
            for param in op.get("parameters", []):
                schema = param.get("schema", {})
                for key in PARAMETER_KEYWORDS:
                    if key in schema:
                        param[key] = schema.pop(key)
                if schema.pop(REQUIRED_MARK, False):
                    param["required"] = True
    _discriminate(oas, _discriminators())
    return oas


def _discriminators() -> dict[frozenset[str], dict[str, Any]]:
    """Per set of variant schemas (wire.VARIANTS) the discriminator the official spec declares on them."""
    from zgw.rest.zaken.wire import VARIANTS

    out: dict[frozenset[str], dict[str, Any]] = {}
    for prop, mapping in VARIANTS.values():
        refs = {value: f"#/components/schemas/{model.__name__}" for value, model in mapping.items()}
        out[frozenset(refs.values())] = {"propertyName": prop, "mapping": refs}
    return out


def _discriminate(node: Any, tables: dict[frozenset[str], dict[str, Any]]) -> None:
    """pydantic writes a union of the variant models as `anyOf`; the contract's `oneOf` + discriminator."""
    if isinstance(node, list):
        for item in node:
            _discriminate(item, tables)
        return
    if not isinstance(node, dict):
        return
    members = node.get("anyOf")
    if isinstance(members, list) and all(isinstance(m, dict) and set(m) == {"$ref"} for m in members):
        table = tables.get(frozenset(m["$ref"] for m in members))
        if table is not None:
            node["oneOf"] = node.pop("anyOf")
            node["discriminator"] = copy.deepcopy(table)
    for value in node.values():
        _discriminate(value, tables)


def audit_headers(
    x_audit_toelichting: Annotated[str | None, Header(
        alias="X-Audit-Toelichting", description="Toelichting waarom een bepaald verzoek wordt gedaan")] = None,
    x_nlx_logrecord_id: Annotated[str | None, Header(
        alias="X-NLX-Logrecord-ID", description="Identifier of the request, traceable throughout the network")] = None,
) -> None:
    """The audit headers of writes (read from the request by the audit trail; declared here for the contract)."""
