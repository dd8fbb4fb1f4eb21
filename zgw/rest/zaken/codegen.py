"""Generate `wire.py` (the Zaken wire shapes) from the contract: `python -m zgw.rest.zaken.codegen`.

Open Zaak's spec is the base (Zaken 1.5.1 plus its extensions); the fields Zaken 1.7.0 adds to a
schema of the same name are merged in. Schemas composed with `allOf` are flattened into one model;
the polymorphic ones (`oneOf` with a discriminator: Rol on `betrokkeneType`, ZaakObject on
`objectType`) become a `VARIANTS` table from discriminator value to model, which the routers use to
pick the model for a body. GeoJSON stays a plain dict (checked in the domain).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import yaml

from zgw.rest.catalogi.codegen import Gen, ref_name, snake

HERE = Path(__file__).resolve().parent
GEO = {"GeoJSONGeometry", "Geometry", "Point", "Point2D", "MultiPoint", "LineString", "MultiLineString",
       "Polygon", "MultiPolygon", "GeometryCollection"}
RESOURCES = {"Zaak", "ZaakEigenschap", "Status", "Resultaat", "KlantContact", "ZaakContactMoment", "ZaakVerzoek"}
VARIANT_SUFFIXES = ("_RolSerializer", "_ZaakObjectSerializer")
GROUPS = ("betrokkeneIdentificatie", "objectIdentificatie")  # the per-variant identification of a Rol, ZaakObject
# the official expanded schemas (Open Zaak's `Expand*`, 1.7.0's `*Expanded`) -> our model of that resource
OURS = {"Zaak": "Zaak", "Status": "Status", "Resultaat": "Resultaat", "Rol": "Base_RolSerializer",
        "ZaakObject": "Base_ZaakObjectSerializer", "ZaakEigenschap": "ZaakEigenschap",
        "ZaakInformatieObject": "ZaakInformatieObject", "ZaakBesluit": "ZaakBesluit", "KlantContact": "KlantContact",
        "ZaakContactMoment": "ZaakContactMoment", "ZaakVerzoek": "ZaakVerzoek"}
EMBEDDED = {model: f"{name}Embedded" for name, model in OURS.items()}


def flatten(schemas: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """One object schema from an `allOf` of references (and inline parts)."""
    if "allOf" not in schema or "properties" in schema:
        return schema
    props: dict[str, Any] = {}
    required: list[str] = []
    for part in schema["allOf"]:
        part = flatten(schemas, schemas[ref_name(part["$ref"])]) if "$ref" in part else part
        props.update(part.get("properties", {}))
        required.extend(part.get("required", []))
    out = {k: v for k, v in schema.items() if k != "allOf"}
    return {**out, "type": "object", "properties": props, "required": required}


class ZakenGen(Gen):
    def __init__(self, spec: dict[str, Any], v17: dict[str, Any]) -> None:
        self.spec = spec
        schemas = spec["components"]["schemas"]
        self.variants: dict[str, tuple[str, dict[str, str]]] = {}
        flat: dict[str, Any] = {}
        for name, schema in schemas.items():
            if name in GEO:
                continue
            if "oneOf" in schema and "discriminator" in schema:
                mapping = {k: ref_name(v) for k, v in schema["discriminator"].get("mapping", {}).items()}
                if name.startswith("Patched"):  # Open Zaak maps a PATCH to the full variants: make them partial
                    mapping = {k: f"Patched{v}" for k, v in mapping.items()}
                    for v in mapping.values():
                        flat[v] = flatten(schemas, schemas[v.removeprefix("Patched")])
                self.variants[name] = (schema["discriminator"]["propertyName"], mapping)
                flat[name] = schema  # looked up, not generated (no "type": "object")
                continue
            flat[name] = flatten(schemas, schema)
        super().__init__({"components": {"schemas": flat}}, [])
        self.all_schemas = schemas
        self.v17 = v17

    def enum_literal(self, name: str) -> str:
        return "Literal[" + ", ".join(repr(v) for v in self.all_schemas[name]["enum"]) + "]"

    def annotation(self, prop: dict[str, Any], request: bool, blank: bool = False) -> tuple[str, dict[str, Any]]:
        if "$ref" in prop:
            target = ref_name(prop["$ref"])
            if target in GEO:
                return "GeoJSONGeometry", ({"description": prop["description"]} if "description" in prop else {})
            if "enum" in self.all_schemas.get(target, {}):
                return self.enum_literal(target), {}
        for key in ("allOf", "oneOf", "anyOf"):
            refs = [ref_name(o["$ref"]) for o in prop.get(key, []) if "$ref" in o]
            if any(r in GEO for r in refs):
                return "GeoJSONGeometry", ({"description": prop["description"]} if "description" in prop else {})
            if any(r in self.variants for r in refs):
                return "dict[str, Any]", {}
        typ, kw = super().annotation(prop, request, blank)
        if typ == "StrOrBlank" and "min_length" in kw:  # the minimum belongs to the filled branch, not to ""
            typ = f"Annotated[str, OrBlank(min_length={kw.pop('min_length')})]"
        if typ == "StrOrBlank" and "pattern" in kw:  # so does the pattern
            typ = f"Annotated[str, PatternOrBlank({kw.pop('pattern')!r})]"
        return typ, kw

    def scalar(self, prop: dict[str, Any], kw: dict[str, Any], extra: dict[str, Any], request: bool) -> str:
        items = prop.get("items", {})
        if prop.get("type") == "array" and "$ref" in items and ref_name(items["$ref"]) in self.variants:
            if request:  # a polymorphic body is validated per variant by the router (common.variant)
                return "list[dict[str, Any]]"
            return f"list[{' | '.join(self.variants[ref_name(items['$ref'])][1].values())}]"
        if prop.get("type") == "string" and prop.get("format") in ("date", "date-time") and request:
            return "IsoDate" if prop["format"] == "date" else "IsoDateTime"  # strings only, as Open Zaak
        if prop.get("type") == "string" and prop.get("format") == "date-time":
            return "datetime"
        if prop.get("type") == "string" and prop.get("pattern") and "(?" not in prop["pattern"]:
            kw["pattern"] = prop["pattern"]
            super().scalar(prop, kw, extra, request)
            return "str"  # a number never matches these patterns ([a-z_]+); and `Text` would lose the pattern
        if prop.get("type") == "string" and prop.get("format") == "uuid":
            extra["format"] = "uuid"
            return "str"
        return super().scalar(prop, kw, extra, request)

    @staticmethod
    def may_be_blank(name: str, pname: str, prop: dict[str, Any], required: set[str]) -> bool:
        """Also a response string with a minimum length (an RSIN) or a pattern: Open Zaak answers "" when it
        is not set."""
        if Gen.may_be_blank(name, pname, prop, required):
            return True
        return (not name.endswith("Request") and prop.get("type") == "string"
                and ("minLength" in prop or "pattern" in prop) and "enum" not in prop and pname not in required
                and not prop.get("nullable") and not prop.get("readOnly"))

    def counterparts(self, name: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        return [], []

    def merged(self, name: str, schema: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
        request = name.endswith("Request")
        props = {k: dict(v) for k, v in schema.get("properties", {}).items()}
        required = set(schema.get("required", []))
        base = name.removeprefix("Patched").removesuffix("Request")
        other = self.v17.get(base)
        if other and "properties" in other:
            for pname, pval in other["properties"].items():
                if pname in props and pval.get("nullable") and not props[pname].get("nullable"):
                    props[pname]["nullable"] = True  # 1.7.0 allows null where Open Zaak did not
                if pname in props or pname.startswith("_"):
                    continue
                if request and pval.get("readOnly"):
                    continue
                props[pname] = {**pval, "nullable": True} if request else {**pval, "readOnly": True}
        self.discriminate(name, props)
        return props, required

    def discriminate(self, name: str, props: dict[str, Any]) -> None:
        """A variant (not a partial one) fixes its discriminator value, so that exactly one variant matches.

        In answers the identification group may be null: Open Zaak answers null when it was not given.
        """
        if name.startswith("Patched"):
            return
        for prop, mapping in self.variants.values():
            value = next((k for k, v in mapping.items() if v == name), None)
            if value is not None and prop in props:
                described = {"description": props[prop]["description"]} if "description" in props[prop] else {}
                props[prop] = {"type": "string", "enum": [value], **described}
        for group in GROUPS:
            if name.endswith(VARIANT_SUFFIXES) and group in props:
                props[group] = {**props[group], "nullable": True}

    def expand_field(self, name: str) -> None:
        if name in RESOURCES or name.endswith(VARIANT_SUFFIXES) or name in EMBEDDED:
            shape = EMBEDDED.get(name) or EMBEDDED.get("Base" + name[name.index("_"):] if "_" in name else "", "")
            typ = shape if shape else "dict[str, Any]"
            self.lines.append(
                f"    expand_: {typ} | None = Field(default=None, alias='_expand', description="
                "'Gerelateerde objecten, opgenomen op verzoek (`expand`).', "
                "json_schema_extra={'readOnly': True, 'nullable': False})")

    def embedded_type(self, prop: dict[str, Any]) -> str:
        """Our type of one `_expand` attribute: our model of a local resource, else a plain object."""
        if prop.get("type") == "array":
            return f"list[{self.embedded_type(prop.get('items', {})).removesuffix(' | None')}] | None"
        refs = [prop["$ref"]] if "$ref" in prop else []
        refs += [o["$ref"] for key in ("allOf", "oneOf") for o in prop.get(key, []) if "$ref" in o]
        for ref in refs:
            if ref.startswith("#/"):
                name = ref_name(ref).removeprefix("Expand").removesuffix("Expanded")
                if name in self.variants:  # polymorphic (Rol, ZaakObject): any of our variant models
                    return " | ".join([*self.variants[name][1].values(), "None"])
                if name in OURS:
                    return f"{OURS[name]} | None"
        return "dict[str, Any] | None"

    def embedded_models(self) -> list[str]:
        """`_expand` shapes: 1.7.0's `*Embedded`, for Zaak merged with Open Zaak's `ExpandZaak`."""
        oz_zaak = self.all_schemas["ExpandZaak"]["allOf"][1]["properties"]["_expand"]["properties"]
        lines = []
        for name, model in OURS.items():
            props = dict(self.v17.get(f"{name}Embedded", {}).get("properties", {}))
            if name == "Zaak":  # per attribute the more precise of the two (a model of ours over a plain object)
                props = {k: v for k, v in {**oz_zaak, **props}.items()}
                for pname, prop in oz_zaak.items():
                    if self.embedded_type(props[pname]).startswith(("dict", "list[dict")):
                        props[pname] = prop
            lines += ["", "", f"class {EMBEDDED[model]}(Wire):",
                      f"    'Gerelateerde objecten van {name}, opgenomen op verzoek (`expand`).'"]
            if not props:
                lines.append("    pass")
            for pname, prop in props.items():
                kw = f"default=None, alias={pname!r}, json_schema_extra={{'readOnly': True}}"
                lines.append(f"    {snake(pname)}: {self.embedded_type(prop)} = Field({kw})")
        return lines

    def run(self) -> str:
        text = super().run()
        first_rebuild = re.search(r"^\w+\.model_rebuild\(\)$", text, re.MULTILINE)
        assert first_rebuild is not None
        at = first_rebuild.start()
        text = text[:at] + "\n".join(self.embedded_models()).lstrip("\n") + "\n\n" + text[at:]
        text += "".join(f"{e}.model_rebuild()\n" for e in EMBEDDED.values())
        text = text.replace('"""Catalogi wire shapes', '"""Zaken wire shapes')
        text = text.replace("    _expand: ", "    expand_: ")
        for shadowing in ("schema", "json", "copy", "dict", "validate", "construct"):  # BaseModel attributes
            text = text.replace(f"\n    {shadowing}: ", f"\n    {shadowing}_: ")
        text = text.replace("from datetime import date\n", "from datetime import date, datetime\n")
        imports = re.search(r"from zgw\.rest\.catalogi\.types import \((.|\n)*?\)\n", text)
        assert imports is not None
        used = [n for n in ("Duration", "Email", "EmailOrBlank", "OrBlank", "Patch", "StrOrBlank", "Uri",
                            "UriOrBlank", "UriOrName", "Wire") if re.search(rf"\b{n}\b", text[imports.end():])]
        ours = [n for n in ("IsoDate", "IsoDateTime", "PatternOrBlank") if re.search(rf"\b{n}\b", text)]
        text = text.replace("from zgw.rest.text import Text\n", "")
        text = (text[:imports.start()] + f"from zgw.rest.catalogi.types import {', '.join(used)}\n"
                + "from zgw.rest.text import Text\n"
                + "from zgw.rest.zaken.geojson import GeoJSONGeometry\n"
                + f"from zgw.rest.zaken.types import {', '.join(ours)}\n"
                + text[imports.end():])
        lines = ["", "# polymorphic schemas: discriminator field and model per value",
                 "VARIANTS: dict[str, tuple[str, dict[str, type[Wire]]]] = {"]
        for name, (prop, mapping) in self.variants.items():
            inner = ", ".join(f"{k!r}: {v}" for k, v in mapping.items())
            lines.append(f"    {name!r}: ({prop!r}, {{{inner}}}),")
        lines.append("}")
        lines += ["", "# polymorphic schemas as unions of their variant models (documented bodies, responses)"]
        for name, (_, mapping) in self.variants.items():
            lines.append(f"{name}Variants = {' | '.join(mapping.values())}")
        lines += ["", "# query parameters of the list operations (and _zoek): name -> (description, schema)",
                  "QUERY_PARAMETERS: dict[str, dict[str, tuple[str, dict[str, Any]]]] = {"]
        for path, ops in self.spec["paths"].items():
            for method, op in ops.items():
                params = [p for p in op.get("parameters", []) if isinstance(p, dict) and p.get("in") == "query"]
                if method not in ("get", "post") or not params or "{" in path.split("/")[-1]:
                    continue
                lines.append(f"    {method.upper() + ' ' + path!r}: {{")
                for param in params:
                    lines.append(f"        {param['name']!r}: ({param.get('description', '')!r}, {param['schema']!r}),")
                lines.append("    },")
        lines.append("}")
        return text + "\n".join(lines) + "\n"


def main() -> None:
    specs = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[2].parent / "shared" / "specs"
    oz = yaml.safe_load((specs / "openzaak" / "zaken.yaml").read_text())
    v17 = yaml.safe_load((specs / "vng" / "zaken-1.7.0.yaml").read_text())["components"]["schemas"]
    (HERE / "wire.py").write_text(ZakenGen(oz, v17).run())


if __name__ == "__main__":
    main()
