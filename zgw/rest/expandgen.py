"""The wire-shape generator shared by components whose newer spec adds `expand` (Documenten, Besluiten).

Open Zaak's spec is the base; the newer official spec's schemas Open Zaak lacks are merged in, and its
`*Embedded` shapes become our `_expand` models, typed with our model of each local resource.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from zgw.rest.catalogi.codegen import SKIP, Gen, ref_name, snake
from zgw.rest.zaken.codegen import ZakenGen, flatten


class ExpandGen(ZakenGen):
    # resources that answer `_expand` -> the name of their model
    OURS: ClassVar[dict[str, str]] = {}
    # the newer spec's own shapes of the expanded resources and of `_expand`: replaced by ours
    SKIPPED: ClassVar[tuple[str, ...]] = ("Expanded", "Embedded")
    TITLE: ClassVar[str] = ""
    REF_PREFIX: ClassVar[str] = ""  # stripped with "Expanded" from a `$ref` name to find the resource
    OUR_TYPE: ClassVar[str] = "{} | None"  # the annotation of an embedded local resource

    def __init__(self, spec: dict[str, Any], newer: dict[str, Any]) -> None:
        spec = {**spec, "components": {**spec["components"], "schemas": dict(spec["components"]["schemas"])}}
        schemas = spec["components"]["schemas"]
        for name, schema in newer.items():  # the newer spec's schemas Open Zaak has no counterpart of
            if name not in schemas and not name.endswith(self.SKIPPED) and name not in SKIP:
                schemas[name] = flatten(newer, schema)
        super().__init__(spec, newer)
        self.embedded = {model: f"{name}Embedded" for name, model in self.OURS.items()}

    def expand_field(self, name: str) -> None:
        if name in self.embedded:
            self.lines.append(
                f"    expand_: {self.embedded[name]} | None = Field(default=None, alias='_expand', description="
                "'Gerelateerde objecten, opgenomen op verzoek (`expand`).', "
                "json_schema_extra={'readOnly': True, 'nullable': False})")

    def embedded_type(self, prop: dict[str, Any]) -> str:
        if prop.get("type") == "array":
            return f"list[{self.embedded_type(prop.get('items', {})).removesuffix(' | None')}] | None"
        refs = [prop["$ref"]] if "$ref" in prop else []
        refs += [o["$ref"] for key in ("allOf", "oneOf") for o in prop.get(key, []) if "$ref" in o]
        for ref in refs:
            if ref.startswith("#/"):
                name = ref_name(ref).removeprefix(self.REF_PREFIX).removesuffix("Expanded")
                if name in self.OURS:
                    return self.OUR_TYPE.format(self.OURS[name])
        return "dict[str, Any] | None"

    def embedded_models(self) -> list[str]:
        lines = []
        for name, model in self.OURS.items():
            props = dict(self.v17.get(f"{name}Embedded", {}).get("properties", {}))
            lines += ["", "", f"class {self.embedded[model]}(Wire):",
                      f"    'Gerelateerde objecten van {name}, opgenomen op verzoek (`expand`).'"]
            if not props:
                lines.append("    pass")
            for pname, prop in props.items():
                kw = f"default=None, alias={pname!r}, json_schema_extra={{'readOnly': True}}"
                lines.append(f"    {snake(pname)}: {self.embedded_type(prop)} = Field({kw})")
        return lines

    def run(self) -> str:
        text = Gen.run(self)
        first_rebuild = re.search(r"^\w+\.model_rebuild\(\)$", text, re.MULTILINE)
        assert first_rebuild is not None
        at = first_rebuild.start()
        text = text[:at] + "\n".join(self.embedded_models()).lstrip("\n") + "\n\n" + text[at:]
        text += "".join(f"{e}.model_rebuild()\n" for e in self.embedded.values())
        text = text.replace('"""Catalogi wire shapes', f'"""{self.TITLE} wire shapes')
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
                + (f"from zgw.rest.zaken.types import {', '.join(ours)}\n" if ours else "")
                + text[imports.end():])
        if "Annotated[" not in text:
            text = text.replace("from typing import Annotated, ", "from typing import ")
        return text
