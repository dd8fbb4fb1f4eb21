"""Generate each component's OpenAPI document in the shape ZGW clients know (OAS 3.0.3)."""

from __future__ import annotations

import copy
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute, iter_route_contexts

from zgw.rest.component import ComponentInfo, walk
from zgw.rest.deps import scope_of

VERSION_HEADER = {
    "API-version": {
        "schema": {"type": "string"},
        "description": "Geeft een specifieke API-versie aan in de context van een specifieke aanroep. "
                       "Voorbeeld: 1.2.1.",
    }
}
LOCATION_HEADER = {
    "Location": {"schema": {"type": "string", "format": "uri"}, "description": "URL waar de resource leeft."},
}
ERROR_TITLES = {
    "400": "Bad request", "401": "Unauthorized", "403": "Forbidden", "404": "Not found",
    "406": "Not acceptable", "409": "Conflict", "410": "Gone", "412": "Precondition failed",
    "415": "Unsupported media type", "429": "Too many requests", "500": "Internal server error",
}
COMMON_ERRORS = ["401", "403", "406", "409", "410", "415", "429", "500"]

FOUT = {
    "type": "object",
    "description": "Formaat van HTTP 4xx en 5xx fouten.",
    "properties": {
        "type": {"type": "string", "description": "URI referentie naar het type fout, bedoeld voor developers"},
        "code": {"type": "string", "description": "Systeemcode die het type fout aangeeft"},
        "title": {"type": "string", "description": "Generieke titel voor het type fout"},
        "status": {"type": "integer", "description": "De HTTP status code"},
        "detail": {"type": "string", "description": "Extra informatie bij de fout, indien beschikbaar"},
        "instance": {"type": "string", "description": "URI met referentie naar dit specifiek voorkomen van de fout."},
    },
    "required": ["code", "detail", "instance", "status", "title"],
}
FIELD_ERROR = {
    "type": "object",
    "description": "Formaat van validatiefouten.",
    "properties": {
        "name": {"type": "string", "description": "Naam van het veld met ongeldige gegevens"},
        "code": {"type": "string", "description": "Systeemcode die het type fout aangeeft"},
        "reason": {"type": "string", "description": "Uitleg wat er precies fout is met de gegevens"},
    },
    "required": ["code", "name", "reason"],
}


def _validatie_fout() -> dict[str, Any]:
    schema: dict[str, Any] = copy.deepcopy(FOUT)
    schema["properties"]["invalidParams"] = {
        "type": "array", "items": {"$ref": "#/components/schemas/FieldValidationError"},
    }
    schema["required"] = ["code", "detail", "instance", "invalidParams", "status", "title"]
    return schema


def to_oas30(node: Any) -> Any:
    """Rewrite OAS 3.1 / JSON Schema idioms pydantic emits into OAS 3.0.3 ones."""
    if isinstance(node, list):
        return [to_oas30(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {k: to_oas30(v) for k, v in node.items()}
    for key in ("anyOf", "oneOf"):
        options = node.get(key)
        if isinstance(options, list) and any(o == {"type": "null"} for o in options):
            rest = [o for o in options if o != {"type": "null"}]
            del node[key]
            forced_not_null = node.pop("nullable", None) is False
            if len(rest) == 1:
                only = rest[0]
                if "$ref" in only:
                    node["allOf"] = [only]
                else:
                    node.update({k: v for k, v in only.items() if k not in node})
            else:
                node[key] = rest
            if not forced_not_null:
                node["nullable"] = True
    if "const" in node:
        node["enum"] = [node.pop("const")]
    if isinstance(node.get("type"), list):
        types = [t for t in node["type"] if t != "null"]
        if len(types) < len(node["type"]):
            node["nullable"] = True
        node["type"] = types[0] if len(types) == 1 else types
    if "examples" in node and isinstance(node["examples"], list):
        node.pop("examples")
    if isinstance(node.get("title"), str):
        del node["title"]  # pydantic's generated titles only add noise for clients
    return node


def _route_scopes(app: FastAPI) -> dict[tuple[str, str], list[str]]:
    out: dict[tuple[str, str], list[str]] = {}
    # Included routers stay nested in app.routes; iterate the effective routes as get_openapi does.
    for context in iter_route_contexts(app.routes):
        route = context.original_route
        if not isinstance(route, APIRoute) or not route.include_in_schema:
            continue
        labels: list[str] = []
        for dep in walk(route.dependant):
            scope = scope_of(dep.call)
            if scope is not None:
                labels = scope.labels()
        path = context.path_format or route.path_format
        for method in getattr(context, "methods", None) or route.methods or ():
            out[(path, method.lower())] = labels
    return out


def component_openapi(app: FastAPI, info: ComponentInfo) -> dict[str, Any]:
    raw = get_openapi(title=info.title, version=info.version, description=info.description,
                      routes=app.routes, openapi_version="3.0.3")
    scopes = _route_scopes(app)
    doc: dict[str, Any] = to_oas30(raw)
    doc["openapi"] = "3.0.3"
    doc["servers"] = [{"url": info.root}]
    components = doc.setdefault("components", {})
    schemas = components.setdefault("schemas", {})
    schemas.pop("HTTPValidationError", None)
    schemas.pop("ValidationError", None)
    schemas["Fout"] = FOUT
    schemas["FieldValidationError"] = FIELD_ERROR
    schemas["ValidatieFout"] = _validatie_fout()
    components["securitySchemes"] = {"JWT-Claims": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}}
    for path, ops in doc.get("paths", {}).items():
        for method, op in ops.items():
            if method not in ("get", "post", "put", "patch", "delete", "head"):
                continue
            for param in op.get("parameters", []):
                param.get("schema", {}).pop("nullable", None)  # optional, not nullable
            labels = scopes.get((path, method), [])
            op["security"] = [{"JWT-Claims": labels}]
            _complete_responses(op, method)
    return doc


def _complete_responses(op: dict[str, Any], method: str) -> None:
    responses: dict[str, Any] = op.setdefault("responses", {})
    responses.pop("422", None)
    has_path_param = any(p.get("in") == "path" for p in op.get("parameters", []))
    # Every operation refuses unknown query parameters with a 400.
    wanted = [*COMMON_ERRORS, "400"]
    if has_path_param or method == "get":
        wanted.append("404")  # lists answer 404 for a page beyond the last
    wanted.extend(code for code in responses if code[0] in "45")  # declared by the route itself
    for code, response in list(responses.items()):
        if code.startswith("2") or code == "304":
            response.setdefault("headers", {}).update(copy.deepcopy(VERSION_HEADER))
            if code == "201":
                response["headers"].update(copy.deepcopy(LOCATION_HEADER))
    for code in sorted(set(wanted)):
        if code in responses and ("content" in responses[code] or code not in ERROR_TITLES):
            continue
        schema = "ValidatieFout" if code == "400" else "Fout"
        responses[code] = {
            "headers": copy.deepcopy(VERSION_HEADER),
            "content": {"application/problem+json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}},
            "description": ERROR_TITLES[code],
        }
