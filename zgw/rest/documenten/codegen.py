"""Generate `wire.py` (the Documenten wire shapes) from the contract: `python -m zgw.rest.documenten.codegen`.

Open Zaak's spec (Documenten 1.4.2 plus its extensions) is the base; the fields Documenten 1.7.1 adds to a
schema of the same name are merged in (inhoudIsVervallen, isGereedVoorPublicatie, tonenAanInitiator, the
bestandsdeel `lock`, …), and 1.7.1's schemas Open Zaak lacks (EIOZoekRequest, …) are generated as they are.
`_expand` shapes: 1.7.1's `*Embedded`, with our model of each local resource.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import yaml

from zgw.rest.catalogi.codegen import SKIP, Gen, ref_name, snake
from zgw.rest.zaken.codegen import ZakenGen, flatten

HERE = Path(__file__).resolve().parent
# resources that answer `_expand` -> the name of their `_expand` model
OURS = {"EnkelvoudigInformatieObject": "EnkelvoudigInformatieObject", "Gebruiksrechten": "Gebruiksrechten",
        "ObjectInformatieObject": "ObjectInformatieObject", "Verzending": "Verzending"}
EMBEDDED = {model: f"{name}Embedded" for name, model in OURS.items()}
# 1.7.1's own shapes of the expanded resources and of `_expand`: replaced by ours
V17_SKIPPED = ("Expanded", "Embedded")


class DocumentenGen(ZakenGen):
    def __init__(self, spec: dict[str, Any], v17: dict[str, Any]) -> None:
        spec = {**spec, "components": {**spec["components"], "schemas": dict(spec["components"]["schemas"])}}
        schemas = spec["components"]["schemas"]
        for name, schema in v17.items():  # 1.7.1's schemas Open Zaak has no counterpart of
            if name not in schemas and not name.endswith(V17_SKIPPED) and name not in SKIP:
                schemas[name] = flatten(v17, schema)
        super().__init__(spec, v17)

    def expand_field(self, name: str) -> None:
        if name in EMBEDDED:
            self.lines.append(
                f"    expand_: {EMBEDDED[name]} | None = Field(default=None, alias='_expand', description="
                "'Gerelateerde objecten, opgenomen op verzoek (`expand`).', "
                "json_schema_extra={'readOnly': True, 'nullable': False})")

    def embedded_type(self, prop: dict[str, Any]) -> str:
        if prop.get("type") == "array":
            return f"list[{self.embedded_type(prop.get('items', {})).removesuffix(' | None')}] | None"
        refs = [prop["$ref"]] if "$ref" in prop else []
        refs += [o["$ref"] for key in ("allOf", "oneOf") for o in prop.get(key, []) if "$ref" in o]
        for ref in refs:
            if ref.startswith("#/"):
                name = ref_name(ref).removeprefix("Expand").removesuffix("Expanded")
                if name in OURS:
                    return f"{OURS[name]} | None"
        return "dict[str, Any] | None"

    def embedded_models(self) -> list[str]:
        lines = []
        for name, model in OURS.items():
            props = dict(self.v17.get(f"{name}Embedded", {}).get("properties", {}))
            lines += ["", "", f"class {EMBEDDED[model]}(Wire):",
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
        text += "".join(f"{e}.model_rebuild()\n" for e in EMBEDDED.values())
        text = text.replace('"""Catalogi wire shapes', '"""Documenten wire shapes')
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
        lines = ["", "# query parameters of the list operations (and _zoek): name -> (description, schema)",
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
    oz = yaml.safe_load((specs / "openzaak" / "documenten.yaml").read_text())
    v17 = yaml.safe_load((specs / "vng" / "documenten-1.7.1.yaml").read_text())["components"]["schemas"]
    (HERE / "wire.py").write_text(DocumentenGen(oz, v17).run())


if __name__ == "__main__":
    main()
