"""Generate `wire.py` (the Catalogi wire shapes) from the contract: `python -m zgw.rest.catalogi.codegen`.

The OAS files in specs/ are the contract; generating the pydantic shapes from them keeps every
field, length, enum and description exact. Open Zaak's spec is the base; the read-only fields
that Catalogi 1.3.1 and 1.3.3 add are merged into the response shapes.
"""

from __future__ import annotations

import keyword
import re
import sys
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
SKIP = {"Fout", "ValidatieFout", "FieldValidationError"}
# relations to informatieobjecttypen and besluittypen may be given by omschrijving (ztc-011b/c)
BY_NAME = {"besluittypen", "informatieobjecttypen", "informatieobjecttype", "deelzaaktypen"}
RESOURCES = {"Catalogus", "ZaakType", "InformatieObjectType", "BesluitType", "StatusType", "RolType",
             "ResultaatType", "Eigenschap", "ZaakObjectType", "ZaakTypeInformatieObjectType"}
ALIASES = {"OmschrijvingGeneriek": "InformatieObjectTypeOmschrijvingGeneriek"}
# Groups of fields that Open Zaak stores flat and answers as an object of blanks when empty
# ({"url": "", "domein": "", "rsin": ""}), whatever the group's own constraints say.
BLANK_GROUPS = {"BronCatalogus", "BronZaaktype", "OmschrijvingGeneriek"}
OR_BLANK = {"uri": "UriOrBlank", "email": "EmailOrBlank", None: "StrOrBlank"}
ENUM_SUFFIX = "Enum"


def snake(name: str) -> str:
    out = re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
    return out + "_" if keyword.iskeyword(out) else out


def ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


class Gen:
    def __init__(self, spec: dict[str, Any], extras: list[dict[str, Any]]) -> None:
        self.schemas: dict[str, Any] = spec["components"]["schemas"]
        self.extras = extras
        self.lines: list[str] = []

    def enum_literal(self, name: str) -> str:
        values = self.schemas[name]["enum"]
        return "Literal[" + ", ".join(repr(v) for v in values) + "]"

    def annotation(self, prop: dict[str, Any], request: bool, blank: bool = False) -> tuple[str, dict[str, Any]]:
        """(python type, Field kwargs) of one property; `blank`: a response string that may also be ""."""
        kw: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        if "description" in prop:
            kw["description"] = prop["description"]
        if prop.get("readOnly"):
            extra["readOnly"] = True
        for key in ("oneOf", "allOf", "anyOf"):
            if key in prop:
                refs = [ref_name(o["$ref"]) for o in prop[key] if "$ref" in o]
                literals: list[Any] = []
                model = None
                for r in refs:
                    if r == "NullEnum":
                        continue
                    if "enum" in self.schemas[r]:
                        literals.extend(self.schemas[r]["enum"])
                    else:
                        model = r
                typ = model or "Literal[" + ", ".join(repr(v) for v in literals) + "]"
                break
        else:
            typ = ref_name(prop["$ref"]) if "$ref" in prop else self.scalar(prop, kw, extra, request)
        if blank and prop.get("type") == "string" and "enum" not in prop \
                and typ in ("str", "Text", "Uri", "Email"):
            if request:
                # accepted blank, as Open Zaak does; the minimum holds for a filled value only
                typ = f"Annotated[{typ}, OrBlank(min_length={kw.pop('min_length')})]" if "min_length" in kw else typ
            else:
                typ = OR_BLANK[prop.get("format") if typ != "str" else None]
        if extra:
            kw["json_schema_extra"] = extra
        return typ, kw

    def scalar(self, prop: dict[str, Any], kw: dict[str, Any], extra: dict[str, Any], request: bool) -> str:
        t = prop.get("type")
        fmt = prop.get("format")
        if "enum" in prop:
            return "Literal[" + ", ".join(repr(v) for v in prop["enum"]) + "]"
        if t == "string":
            if "maxLength" in prop:
                kw["max_length"] = prop["maxLength"]
            if "minLength" in prop:
                kw["min_length"] = prop["minLength"]
            if fmt == "date":
                return "date"
            if fmt == "duration":
                return "Duration"
            if fmt == "uri":
                return "Uri"
            if fmt == "email":
                return "Email"
            if fmt:
                extra["format"] = fmt
                return "str"
            return "Text" if request else "str"  # a request takes a number as text, as DRF's CharField
        if t == "integer":
            if "minimum" in prop:
                kw["ge"] = prop["minimum"]
            if "maximum" in prop:
                kw["le"] = prop["maximum"]
            return "int"
        if t == "boolean":
            return "bool"
        if t == "array":
            items = prop.get("items", {})
            ikw: dict[str, Any] = {}
            iextra: dict[str, Any] = {}
            if "$ref" in items:
                name = ref_name(items["$ref"])
                inner = self.enum_literal(name) if "enum" in self.schemas[name] else name
            else:
                inner = self.scalar(items, ikw, iextra, request)
            if items.get("nullable"):
                inner = f"{inner} | None"
            if iextra:
                ikw["json_schema_extra"] = iextra
            if ikw:
                args = ", ".join(f"{k}={v!r}" for k, v in ikw.items())
                inner = f"Annotated[{inner}, Field({args})]"
            if prop.get("uniqueItems"):
                extra["uniqueItems"] = True
            return f"list[{inner}]"
        if t == "object":
            return "dict[str, Any]"
        return "Any"

    def counterparts(self, name: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """The same shape in the official 1.3.1 (merged in full) and 1.3.3 (read-only additions only)."""
        request = name.endswith("Request")
        base = name.removeprefix("Patched").removesuffix("Request")
        base = ALIASES.get(base, base)
        if name.startswith("Patched"):
            names = ["Patched" + base]
        elif request:
            names = [base, base + "Create", base + "Update"]
        else:
            names = [base]
        v131, v133 = self.extras
        return [v131[n] for n in names if n in v131], ([v133[base]] if base in v133 and not request else [])

    def merged(self, name: str, schema: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
        request = name.endswith("Request")
        props = {k: dict(v) for k, v in schema.get("properties", {}).items()}
        required = set(schema.get("required", []))
        full, additions = self.counterparts(name)
        for other in full:
            for pname, pval in other.get("properties", {}).items():
                if pname not in props:
                    if request and pval.get("readOnly"):
                        continue
                    p = dict(pval)
                    if not request:
                        p["readOnly"] = True
                    p["nullable"] = True if request else p.get("nullable", False)
                    props[pname] = p
                    continue
                mine = props[pname]
                if pval.get("nullable"):
                    mine["nullable"] = True
                items = pval.get("items")
                if isinstance(items, dict) and items.get("nullable") and isinstance(mine.get("items"), dict):
                    mine["items"] = {**mine["items"], "nullable": True}
        if not request:
            # we always answer every field, so any version's required list holds for us
            base = ALIASES.get(name, name)
            for spec in self.extras:
                for other_name in (base, base + "Create", base + "Update"):
                    required |= set(spec.get(other_name, {}).get("required", [])) & set(props)
        for other in additions:
            for pname, pval in other.get("properties", {}).items():
                if pname not in props:
                    props[pname] = {**pval, "readOnly": True}
        return props, required

    def model(self, name: str, schema: dict[str, Any]) -> None:
        request = name.endswith("Request")
        patched = name.startswith("Patched")
        props, required = self.merged(name, schema)

        base = "Patch" if patched else "Wire"
        self.lines.append(f"\n\nclass {name}({base}):")
        if schema.get("description"):
            self.lines.append(f"    {schema['description'].splitlines()[0]!r}")
        for pname, prop in props.items():
            if request and prop.get("readOnly"):
                continue
            typ, kw = self.annotation(prop, request, blank=self.may_be_blank(name, pname, prop, required))
            if request and pname in BY_NAME and not name.startswith(("Catalogus", "PatchedCatalogus")):
                typ = typ.replace("Uri", "UriOrName")
            nullable = bool(prop.get("nullable"))
            kw = {"alias": pname, **kw}
            if pname in required and not patched:
                default = None
            elif patched:
                default = "None"
                if not nullable:
                    kw.setdefault("json_schema_extra", {})["nullable"] = False
            elif nullable:
                default = "None"
            elif request:
                default = {"str": '""', "Text": '""', "bool": "False", "Duration": '""', "Uri": '""',
                           "Email": '""'}.get(typ)
                if typ.startswith("list["):
                    default = "FACTORY"
                elif typ.startswith("Literal[") and "''" in typ:
                    default = '""'
                elif default is None:
                    default = "None"
                    kw.setdefault("json_schema_extra", {})["nullable"] = False
            else:
                default = "None"
                kw.setdefault("json_schema_extra", {})["nullable"] = False
            if (nullable or patched or default == "None") and not typ.endswith("| None"):
                typ = f"{typ} | None"
            args = []
            if default == "FACTORY":
                args.append("default_factory=list")
            elif default is not None:
                args.append(f"default={default}")
            args.extend(f"{k}={v!r}" for k, v in kw.items())
            self.lines.append(f"    {snake(pname)}: {typ} = Field({', '.join(args)})")

    @staticmethod
    def may_be_blank(name: str, pname: str, prop: dict[str, Any], required: set[str]) -> bool:
        """Strings Open Zaak answers (in field groups also accepts) as "", though format or minLength exclude it."""
        if prop.get("type") != "string":
            return False
        if name.removesuffix("Request") in BLANK_GROUPS:
            return "format" in prop or "minLength" in prop
        if name.endswith("Request"):
            return False
        return pname not in required and prop.get("format") in ("uri", "email") and not prop.get("nullable")

    def expand_field(self, name: str) -> None:
        """Catalogi 1.3.3: the resources answer related objects under `_expand` when asked."""
        if name in RESOURCES:
            self.lines.append(
                "    expand_: dict[str, Any] | None = Field(default=None, alias='_expand', description="
                "'Gerelateerde objecten, opgenomen op verzoek (`expand`).', "
                "json_schema_extra={'readOnly': True, 'nullable': False})")

    def run(self) -> str:
        head = [
            '"""Catalogi wire shapes, generated from the contract by `codegen.py`: do not edit by hand."""',
            "# ruff: noqa: E501",
            "",
            "from __future__ import annotations",
            "",
            "from datetime import date",
            "from typing import Annotated, Any, Literal",
            "",
            "from pydantic import Field",
            "",
            "from zgw.rest.catalogi.types import (",
            *(f"    {name}," for name in ("Duration", "Email", "EmailOrBlank", "OrBlank", "Patch", "StrOrBlank",
                                          "Uri", "UriOrBlank", "UriOrName", "Wire")),
            ")",
            "from zgw.rest.text import Text",
        ]
        for name, schema in self.schemas.items():
            if name in SKIP or "enum" in schema or schema.get("type") != "object":
                continue
            self.model(name, schema)
            self.expand_field(name)
        self.lines.append("")
        for name, schema in self.schemas.items():
            if name in SKIP or "enum" in schema or schema.get("type") != "object":
                continue
            self.lines.append(f"{name}.model_rebuild()")
        return "\n".join(head + self.lines) + "\n"


def main() -> None:
    specs = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[2].parent / "shared" / "specs"
    oz = yaml.safe_load((specs / "openzaak" / "catalogi.yaml").read_text())
    extras = [yaml.safe_load((specs / "vng" / f"catalogi-{v}.yaml").read_text())["components"]["schemas"]
              for v in ("1.3.1", "1.3.3")]
    (HERE / "wire.py").write_text(Gen(oz, extras).run())


if __name__ == "__main__":
    main()
