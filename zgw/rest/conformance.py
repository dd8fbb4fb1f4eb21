"""Check a generated OpenAPI document against an official ZGW specification."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

__all__ = ["Finding", "Report", "compare", "coverage_by_operation", "load_spec"]

Json = dict[str, Any]

HTTP_METHODS = ("get", "put", "post", "patch", "delete", "head", "options", "trace")
# Content negotiation is not part of the contract we check; Accept-Crs/Content-Crs are.
SKIPPED_HEADERS = frozenset({"content-type"})
# Numeric/binary formats are hints pydantic rarely emits; only a different one contradicts.
LAX_FORMATS = frozenset({"int32", "int64", "float", "double", "byte", "binary"})
FORMAT_ALIASES = {"url": "uri"}
MAX_DEPTH = 64
_PATH_PARAM = re.compile(r"\{[^}/]*\}")


@dataclass
class Finding:
    """One thing the official spec has that ours lacks or contradicts."""

    operation: str
    where: str
    problem: str

    def __str__(self) -> str:
        """Render as 'operation | where: problem'."""
        return f"{self.operation} | {self.where}: {self.problem}"


@dataclass
class Report:
    """Outcome of comparing one official spec with our document."""

    component: str
    spec_name: str
    operations_total: int
    operations_ok: int
    findings: list[Finding]
    ignored: int = 0
    operations: list[str] = field(default_factory=list)

    @property
    def coverage(self) -> float:
        """Percentage of official operations without findings."""
        if self.operations_total == 0:
            return 100.0
        return self.operations_ok / self.operations_total * 100

    def format(self) -> str:
        """Human readable report: coverage line, then findings per operation."""
        lines = [
            (
                f"{self.component} vs {self.spec_name}: coverage {self.coverage:.1f}% "
                f"({self.operations_ok}/{self.operations_total} operations conform, "
                f"{len(self.findings)} findings, {self.ignored} ignored)"
            )
        ]
        grouped: dict[str, list[Finding]] = {}
        for finding in self.findings:
            grouped.setdefault(finding.operation, []).append(finding)
        for operation, findings in grouped.items():
            lines.append(operation)
            lines.extend(f"  {f.where}: {f.problem}" for f in findings)
        return "\n".join(lines)


def coverage_by_operation(report: Report) -> dict[str, bool]:
    """Map every official operation to whether it conforms."""
    failing = {f.operation for f in report.findings}
    return {op: op not in failing for op in report.operations}


class _SpecLoader(yaml.SafeLoader):
    """YAML loader with YAML 1.2 scalars: only true/false are booleans, dates stay strings."""


_SpecLoader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_SpecLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def load_spec(path: str | Path) -> dict[str, Any]:
    """Load an OpenAPI document from a YAML or JSON file."""
    text = Path(path).read_text(encoding="utf-8")
    # _SpecLoader is a SafeLoader: no arbitrary objects.
    data = json.loads(text) if str(path).endswith(".json") else yaml.load(text, Loader=_SpecLoader)
    if not isinstance(data, dict):
        raise TypeError(f"{path}: not an OpenAPI document")
    return data


# --- schema normalisation -------------------------------------------------------------


@dataclass
class _Schema:
    """A schema flattened to what the comparison needs; sub-schemas stay raw."""

    types: frozenset[str] | None = None  # None: unconstrained; empty: only null
    format: str | None = None
    enum: list[Any] | None = None  # never contains None: that is `nullable`
    nullable: bool = False
    read_only: bool = False
    write_only: bool = False
    properties: dict[str, Json] = field(default_factory=dict)
    required: set[str] = field(default_factory=set)
    items: Json | None = None
    refs: frozenset[str] = frozenset()

    def is_null_only(self) -> bool:
        """True for `{type: null}`, `{enum: [null]}` and the like."""
        empty = self.types == frozenset() or self.enum == []
        return self.nullable and empty and not self.properties and self.items is None

    def is_blank_only(self) -> bool:
        """True for BlankEnum (`enum: ['']`)."""
        return self.enum == [""] and not self.properties


def _own(raw: Json) -> _Schema:
    """Normalise the keywords of one schema object, ignoring composition."""
    out = _Schema(nullable=raw.get("nullable") is True)
    kind = raw.get("type")
    kinds = [kind] if isinstance(kind, str) else kind
    if isinstance(kinds, list):
        out.nullable = out.nullable or "null" in kinds
        out.types = frozenset(str(k) for k in kinds if k != "null")
    if "const" in raw:
        out.enum = [raw["const"]]
    elif isinstance(raw.get("enum"), list):
        # Some official files nest the values one level too deep (`enum: [[a, b]]`).
        out.enum = [v for e in raw["enum"] for v in (e if isinstance(e, list) else [e])]
    if out.enum is not None and None in out.enum:
        out.nullable = True
        out.enum = [v for v in out.enum if v is not None]
    fmt = raw.get("format")
    out.format = fmt if isinstance(fmt, str) else None
    out.read_only = raw.get("readOnly") is True
    out.write_only = raw.get("writeOnly") is True
    props = raw.get("properties")
    if isinstance(props, dict):
        out.properties = {str(k): v for k, v in props.items() if isinstance(v, dict)}
    required = raw.get("required")
    if isinstance(required, list):
        out.required = {str(r) for r in required}
    if isinstance(raw.get("items"), dict):
        out.items = raw["items"]
    return out


def _meet_types(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """Types allowed by both; a contradiction falls back to the union to stay informative."""
    if a is None:
        return b
    if b is None:
        return a
    return (a & b) or (a | b)


def _combine(a: Json | None, b: Json | None, keyword: str) -> Json | None:
    """Join two raw sub-schemas under allOf/anyOf, keeping a single one as is."""
    if a is None or a is b:
        return b
    if b is None:
        return a
    return {keyword: [a, b]}


def _intersect(parts: list[_Schema]) -> _Schema:
    """Merge schemas that all apply (allOf, $ref plus siblings)."""
    out = _Schema()
    for part in parts:
        out.types = _meet_types(out.types, part.types)
        out.format = out.format or part.format
        if out.enum is None:
            out.enum = part.enum
        elif part.enum is not None:
            out.enum = [v for v in out.enum if v in part.enum] or out.enum
        # drf-spectacular writes `allOf: [$ref], nullable: true`, meaning the whole is nullable.
        out.nullable = out.nullable or part.nullable
        out.read_only = out.read_only or part.read_only
        out.write_only = out.write_only or part.write_only
        for name, raw in part.properties.items():
            out.properties[name] = _combine(out.properties.get(name), raw, "allOf") or raw
        out.required |= part.required
        out.items = _combine(out.items, part.items, "allOf")
        out.refs |= part.refs
    return out


def _is_object(schema: _Schema) -> bool:
    """Whether a union member describes an object."""
    return bool(schema.properties) or (schema.types is not None and "object" in schema.types)


def _merge_alternatives(members: list[_Schema]) -> _Schema:
    """Merge union members: a value may match any of them (e.g. discriminated variants)."""
    out = _Schema()
    if any(m.types is None for m in members):
        out.types = None
    else:
        out.types = frozenset().union(*(m.types or frozenset() for m in members))
    formats = {m.format for m in members}
    out.format = formats.pop() if len(formats) == 1 else None
    if all(m.enum is not None for m in members):
        out.enum = []
        for member in members:
            out.enum.extend(v for v in member.enum or [] if v not in out.enum)
    out.nullable = any(m.nullable for m in members)
    out.read_only = any(m.read_only for m in members)
    out.write_only = any(m.write_only for m in members)
    for member in members:
        for name, raw in member.properties.items():
            out.properties[name] = _combine(out.properties.get(name), raw, "anyOf") or raw
        out.items = _combine(out.items, member.items, "anyOf")
    objects = [m.required for m in members if _is_object(m)]
    out.required = set.intersection(*objects) if objects else set()
    return out


def _union(members: list[_Schema]) -> _Schema:
    """Normalise oneOf/anyOf: null and blank members become nullable and ''."""
    nullable = blank = False
    rest: list[_Schema] = []
    for member in members:
        if member.is_null_only():
            nullable = True
        elif member.is_blank_only():
            blank = True
        else:
            rest.append(member)
    if not rest:
        out = _Schema(enum=[""]) if blank else _Schema(types=frozenset())
    elif len(rest) == 1:
        out = rest[0]
    else:
        out = _merge_alternatives(rest)
    out.nullable = out.nullable or nullable
    if blank and out.enum is not None and "" not in out.enum:
        out.enum = [*out.enum, ""]
    out.refs = out.refs.union(*(m.refs for m in members))
    return out


class _Document:
    """Reference resolution and schema normalisation for one OpenAPI document."""

    def __init__(self, doc: Json) -> None:
        """Wrap a parsed OpenAPI document."""
        self.doc = doc

    def deref(self, ref: str) -> Any:
        """Follow a local JSON pointer; unknown or external references give {}."""
        if not ref.startswith("#/"):
            return {}
        node: Any = self.doc
        for part in ref[2:].split("/"):
            key = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, dict) or key not in node:
                return {}
            node = node[key]
        return node

    def resolve(self, obj: Any) -> Json:
        """Resolve a (chain of) $ref for parameters, responses and request bodies."""
        seen: set[str] = set()
        while isinstance(obj, dict) and isinstance(obj.get("$ref"), str):
            ref = obj["$ref"]
            if ref in seen:
                return {}
            seen.add(ref)
            obj = self.deref(ref)
        return obj if isinstance(obj, dict) else {}

    def schema(self, raw: Any, stack: frozenset[str] = frozenset()) -> _Schema:
        """Normalise a schema: resolve $ref, merge allOf, fold oneOf/anyOf."""
        if not isinstance(raw, dict):
            return _Schema()
        parts = [_own(raw)]
        ref = raw.get("$ref")
        if isinstance(ref, str):
            if ref in stack:  # a schema composed of itself: stop, nothing new to learn
                parts.append(_Schema(refs=frozenset({ref})))
            else:
                target = self.schema(self.deref(ref), stack | {ref})
                target.refs |= {ref}
                parts.append(target)
        for sub in raw.get("allOf") or []:
            parts.append(self.schema(sub, stack))
        for keyword in ("oneOf", "anyOf"):
            if raw.get(keyword):
                parts.append(_union([self.schema(sub, stack) for sub in raw[keyword]]))
        return _intersect(parts)

    def operations(self, prefix: str) -> dict[tuple[str, str], tuple[str, Json, Json]]:
        """Index operations by (method, path template) relative to the API root."""
        server = _server_path(self.doc)
        index: dict[tuple[str, str], tuple[str, Json, Json]] = {}
        for path, item in (self.doc.get("paths") or {}).items():
            item = self.resolve(item)
            relative = _relative(str(path), server, prefix)
            for method in HTTP_METHODS:
                operation = item.get(method)
                if isinstance(operation, dict):
                    index.setdefault((method, _template(relative)), (relative, item, operation))
        return index

    def parameters(self, item: Json, operation: Json) -> list[Json]:
        """Path-item and operation parameters, the operation's overriding."""
        merged: dict[tuple[str, str], Json] = {}
        for raw in [*(item.get("parameters") or []), *(operation.get("parameters") or [])]:
            param = self.resolve(raw)
            if "name" in param and "in" in param:
                merged[(str(param["in"]), _param_key(param))] = param
        return list(merged.values())


# --- helpers ------------------------------------------------------------------------------


def _clean(path: str) -> str:
    """Collapse duplicate slashes and drop a trailing one."""
    return re.sub(r"/+", "/", path).rstrip("/")


def _server_path(doc: Json) -> str:
    """Path part of servers[0].url, '' when absent."""
    servers = doc.get("servers")
    if isinstance(servers, list) and servers and isinstance(servers[0], dict):
        return _clean(urlsplit(str(servers[0].get("url") or "")).path)
    return ""


def _relative(path: str, server: str, prefix: str) -> str:
    """Absolute path (server + path) with the API-root prefix stripped."""
    full = _clean(f"{server}/{path}")
    if prefix and (full == prefix or full.startswith(prefix + "/")):
        full = full[len(prefix) :]
    return full or "/"


def _template(path: str) -> str:
    """Path with parameter names erased, so they match by position."""
    return _PATH_PARAM.sub("{}", _clean(path)) or "/"


def _operation_key(operation: str) -> str:
    """Canonical 'METHOD /path/{}' for matching ignore rules."""
    method, _, path = operation.strip().partition(" ")
    return f"{method.upper()} {_template(path)}"


def _param_key(param: Json) -> str:
    """Parameter name; HTTP header names are case-insensitive."""
    name = str(param["name"])
    return name.lower() if param.get("in") == "header" else name


def _json_media(container: Json) -> Json | None:
    """The application/json media type object of a request body or response."""
    content = container.get("content")
    if not isinstance(content, dict):
        return None
    for media_type, media in content.items():
        if str(media_type).split(";")[0].strip().lower() == "application/json":
            return media if isinstance(media, dict) else {}
    return None


def _explodes(param: Json) -> bool:
    """Whether an array parameter is sent as repeated values (the default for query)."""
    explode = param.get("explode")
    if isinstance(explode, bool):
        return explode
    default_style = "form" if param.get("in") in ("query", "cookie") else "simple"
    return (param.get("style") or default_style) == "form"


def _effective_types(schema: _Schema) -> frozenset[str] | None:
    """Our declared types, inferred from structure when `type` is left out."""
    if schema.types is not None:
        return schema.types
    if schema.properties:
        return frozenset({"object"})
    if schema.items is not None:
        return frozenset({"array"})
    if schema.enum:
        names = {bool: "boolean", int: "integer", float: "number", str: "string"}
        return frozenset(names.get(type(v), "object") for v in schema.enum)
    return None


def _show_types(types: frozenset[str] | None) -> str:
    """Render a type set: 'string', 'integer|string' or 'any'."""
    return "|".join(sorted(types)) if types else "any"


def _scalar_problems(official: _Schema, ours: _Schema, what: str = "") -> list[str]:
    """Format and enum problems of ours against official."""
    problems: list[str] = []
    off_fmt, our_fmt = official.format, ours.format
    lax = off_fmt in LAX_FORMATS and not our_fmt
    canonical = FORMAT_ALIASES.get(off_fmt or "", off_fmt)
    if off_fmt and not lax and canonical != FORMAT_ALIASES.get(our_fmt or "", our_fmt):
        shown = f"format {our_fmt}" if our_fmt else "format missing"
        problems.append(f"{what}{shown}, official {off_fmt}")
    if official.enum:
        if ours.enum is None:
            problems.append(f"{what}enum missing, official {official.enum!r}")
        else:
            lacking = [v for v in official.enum if v not in ours.enum]
            if lacking:
                problems.append(f"{what}enum lacks {lacking!r}")
    return problems


# --- comparison ---------------------------------------------------------------------------


class _Comparer:
    """Collects findings for the operations of one official document."""

    def __init__(self, official: _Document, ours: _Document) -> None:
        """Compare `ours` against `official`."""
        self.official = official
        self.ours = ours
        self.findings: list[Finding] = []
        self.operation = ""
        # $ref'd schema pairs already descended into within the current body.
        self.visited: set[tuple[object, ...]] = set()

    def add(self, where: str, problem: str) -> None:
        """Record a finding for the current operation."""
        self.findings.append(Finding(self.operation, where, problem))

    def compare_operation(self, method: str, official: tuple[str, Json, Json], ours: tuple[str, Json, Json]) -> None:
        """Parameters, status codes and bodies of one operation."""
        off_path, off_item, off_op = official
        our_path, our_item, our_op = ours
        self.compare_parameters(
            self.official.parameters(off_item, off_op),
            self.ours.parameters(our_item, our_op),
            _PATH_PARAM.findall(off_path),
            _PATH_PARAM.findall(our_path),
        )
        self.compare_request(off_op, our_op, patch=method == "patch")
        self.compare_responses(off_op, our_op, bodies=method != "head")
        self.compare_security(off_op, our_op)

    def compare_security(self, official: Json, ours: Json) -> None:
        """Every scope the official operation requires is named by ours (ours may accept alternatives)."""
        wanted = {s for req in official.get("security") or [] for scopes in req.values() for s in scopes or []}
        named = {s for req in ours.get("security") or [] for scopes in req.values() for s in scopes or []}
        missing = sorted(wanted - named)
        if missing:
            self.add("security", f"scopes missing: {missing}")

    def compare_parameters(
        self, official: list[Json], ours: list[Json], off_names: list[str], our_names: list[str]
    ) -> None:
        """Every official parameter must exist in ours with compatible shape."""
        by_key = {(str(p["in"]), _param_key(p)): p for p in ours}
        for param in official:
            location, key = str(param["in"]), _param_key(param)
            if location == "header" and key in SKIPPED_HEADERS:
                continue
            where = f"parameter {location} {param['name']}"
            if location == "path":
                # Path parameters match by position: {uuid} and {zaak_uuid} are the same slot.
                slot = "{" + str(param["name"]) + "}"
                index = off_names.index(slot) if slot in off_names else -1
                if 0 <= index < len(our_names):
                    key = our_names[index][1:-1]
            match = by_key.get((location, key))
            if match is None:
                elsewhere = [loc for (loc, name) in by_key if name == key]
                self.add(where, f"in {elsewhere[0]}, official {location}" if elsewhere else "missing")
                continue
            if param.get("required") is True and match.get("required") is not True:
                self.add(where, "not required")
            elif location != "path" and match.get("required") is True and param.get("required") is not True:
                self.add(where, "required but official is optional")
            for problem in self.parameter_schema_problems(param, match):
                self.add(where, problem)

    def parameter_schema_problems(self, official: Json, ours: Json) -> list[str]:
        """Type (comma-separated arrays equal strings), format and enum of a parameter."""
        off = self.official.schema(official.get("schema"))
        our = self.ours.schema(ours.get("schema"))
        off_types, our_types = off.types, _effective_types(our)
        array, string = frozenset({"array"}), frozenset({"string"})
        off_csv = off_types == array and not _explodes(official)
        our_csv = our_types == array and not _explodes(ours)
        if not off_types:
            return _scalar_problems(off, our)
        if (off_csv and our_types == string) or (off_types == string and our_csv):
            return []  # the same wire format: a comma-separated list in one string
        if off_types != our_types:
            return [f"type {_show_types(our_types)} != official {_show_types(off_types)}"]
        if off_types != array:
            return _scalar_problems(off, our)
        if off_csv != our_csv:
            return ["comma-separated, official exploded" if our_csv else "exploded, official comma-separated"]
        off_items, our_items = self.official.schema(off.items), self.ours.schema(our.items)
        problems = []
        if off_items.types and _effective_types(our_items) != off_items.types:
            shown = _show_types(_effective_types(our_items))
            problems.append(f"items type {shown} != official {_show_types(off_items.types)}")
        return problems + _scalar_problems(off_items, our_items, "items ")

    def compare_request(self, official: Json, ours: Json, *, patch: bool) -> None:
        """The application/json request body."""
        off_body = self.official.resolve(official.get("requestBody"))
        off_media = _json_media(off_body)
        if off_media is None:
            return
        our_body = self.ours.resolve(ours.get("requestBody"))
        our_media = _json_media(our_body)
        if our_media is None:
            self.add("request body", "missing")
            return
        if off_body.get("required") is True and our_body.get("required") is not True:
            self.add("request body", "not required")
        self.visited.clear()
        self.compare_schema(
            self.official.schema(off_media.get("schema")),
            self.ours.schema(our_media.get("schema")),
            "request body",
            "",
            request=True,
            depth=0,
            relax_required=patch,
        )

    def compare_responses(self, official: Json, ours: Json, *, bodies: bool) -> None:
        """Declared status codes and the 2xx application/json bodies."""
        off_responses = official.get("responses") or {}
        our_responses = {str(code).upper(): resp for code, resp in (ours.get("responses") or {}).items()}
        for status, raw in off_responses.items():
            code = str(status)
            # A range such as 4XX in ours declares every code in it.
            our_raw = our_responses.get(code.upper(), our_responses.get(f"{code[:1]}XX"))
            if our_raw is None:
                self.add(f"response {code}", "missing")
                continue
            off_media = _json_media(self.official.resolve(raw))
            # HEAD responses never carry the body some official files describe.
            if not bodies or not code.startswith("2") or off_media is None:
                continue
            our_media = _json_media(self.ours.resolve(our_raw))
            label = f"response {code} body"
            if our_media is None:
                self.add(label, "missing")
                continue
            self.visited.clear()
            self.compare_schema(
                self.official.schema(off_media.get("schema")),
                self.ours.schema(our_media.get("schema")),
                label,
                "",
                request=False,
                depth=0,
            )

    def compare_schema(
        self,
        official: _Schema,
        ours: _Schema,
        label: str,
        path: str,
        *,
        request: bool,
        depth: int,
        relax_required: bool = False,
    ) -> None:
        """Compare one schema node, then its properties and items."""
        where = f"{label}: {path}" if path else label
        type_ok = True
        if official.types:
            our_types = _effective_types(ours)
            if our_types != official.types:
                type_ok = False
                self.add(where, f"type {_show_types(our_types)} != official {_show_types(official.types)}")
        for problem in _scalar_problems(official, ours):
            self.add(where, problem)
        if not request and official.read_only and not ours.read_only:
            self.add(where, "not readOnly")
        if official.nullable and not ours.nullable:
            self.add(where, "not nullable")
        if type_ok and depth < MAX_DEPTH and self.first_visit(official, ours, request, relax_required):
            self.compare_children(
                official, ours, label, path, request=request, depth=depth + 1, relax_required=relax_required
            )

    def first_visit(self, official: _Schema, ours: _Schema, request: bool, relax_required: bool) -> bool:
        """Whether this pair of $ref'd schemas is new in the current body.

        Besides guarding against cycles, this reports a shared schema (say an embedded
        Zaaktype reached through several `_expand` paths) once, at its first path.
        """
        if not official.refs:
            return True  # inline schemas are finite and cheap
        key = (
            official.refs,
            frozenset(official.properties),
            ours.refs,
            frozenset(ours.properties),
            request,
            relax_required,
        )
        if key in self.visited:
            return False
        self.visited.add(key)
        return True

    def compare_children(
        self,
        official: _Schema,
        ours: _Schema,
        label: str,
        path: str,
        *,
        request: bool,
        depth: int,
        relax_required: bool,
    ) -> None:
        """Descend into properties and array items."""
        if official.properties:
            self.compare_properties(
                official, ours, label, path, request=request, depth=depth, relax_required=relax_required
            )
        if official.items is not None and ours.items is not None:
            self.compare_schema(
                self.official.schema(official.items),
                self.ours.schema(ours.items),
                label,
                f"{path}[]",
                request=request,
                depth=depth,
            )

    def compare_properties(
        self,
        official: _Schema,
        ours: _Schema,
        label: str,
        path: str,
        *,
        request: bool,
        depth: int,
        relax_required: bool,
    ) -> None:
        """Each official property: present, required alike, and recursively equal."""
        our_props = {name: self.ours.schema(raw) for name, raw in ours.properties.items()}
        for name, raw in official.properties.items():
            prop = self.official.schema(raw)
            sub_path = f"{path}.{name}" if path else name
            where = f"{label}: {sub_path}"
            mine = our_props.get(name)
            if request and prop.read_only:
                # One schema for both directions (VNG style): read-only fields are not input.
                if mine is not None and not mine.read_only:
                    self.add(where, "writable but official is readOnly")
                continue
            if not request and prop.write_only:
                continue
            if mine is None:
                self.add(where, "missing")
                continue
            off_required, our_required = name in official.required, name in ours.required
            if off_required and not our_required and not relax_required:
                self.add(where, "not required")
            elif request and our_required and not off_required:
                self.add(where, "required but official is optional")
            self.compare_schema(prop, mine, label, sub_path, request=request, depth=depth)


def compare(
    official: dict[str, Any],
    ours: dict[str, Any],
    *,
    official_prefix: str | None = None,
    ours_prefix: str | None = None,
    ignore: Iterable[tuple[str, str]] = (),
    component: str | None = None,
    spec_name: str | None = None,
) -> Report:
    """Compare our OpenAPI document with an official one, operation by operation."""
    off_doc, our_doc = _Document(official), _Document(ours)
    off_prefix = _clean(official_prefix) if official_prefix is not None else _server_path(official)
    # Without servers our paths are absolute; then the official API root is the best guess.
    our_prefix = _clean(ours_prefix) if ours_prefix is not None else _server_path(ours) or off_prefix
    off_ops, our_ops = off_doc.operations(off_prefix), our_doc.operations(our_prefix)

    comparer = _Comparer(off_doc, our_doc)
    labels: list[str] = []
    for (method, key), official_op in off_ops.items():
        comparer.operation = f"{method.upper()} {official_op[0]}"
        labels.append(comparer.operation)
        our_op = our_ops.get((method, key))
        if our_op is None:
            comparer.add("operation", "missing")
        else:
            comparer.compare_operation(method, official_op, our_op)

    rules = [(_operation_key(op) if op.strip() != "*" else "*", where) for op, where in ignore]
    kept = [
        f
        for f in comparer.findings
        if not any(op in ("*", _operation_key(f.operation)) and f.where.startswith(where) for op, where in rules)
    ]
    failing = {f.operation for f in kept}
    info = official.get("info") or {}
    title = str(info.get("title") or "API")
    return Report(
        component=component or title,
        spec_name=spec_name or f"{title} {info.get('version', '')}".strip(),
        operations_total=len(labels),
        operations_ok=sum(1 for label in labels if label not in failing),
        findings=kept,
        ignored=len(comparer.findings) - len(kept),
        operations=labels,
    )
