"""Generate `wire.py` (the Besluiten wire shapes) from the contract: `python -m zgw.rest.besluiten.codegen`.

Open Zaak's spec (what it serves as Besluiten "1.1.0": HEAD/ETag and besluit_verwerken) is the base; the
official 1.1.0 adds `expand`, whose `_expand` shapes (`BesluitEmbedded`, `BesluitInformatieObjectEmbedded`)
are generated with our model of each local resource.
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
OURS = {"Besluit": "Besluit", "BesluitInformatieObject": "BesluitInformatieObject"}
EMBEDDED = {model: f"{name}Embedded" for name, model in OURS.items()}
V11_SKIPPED = ("Expanded", "Embedded", "EmptyObject")


class BesluitenGen(ZakenGen):
    def __init__(self, spec: dict[str, Any], v11: dict[str, Any]) -> None:
        spec = {**spec, "components": {**spec["components"], "schemas": dict(spec["components"]["schemas"])}}
        schemas = spec["components"]["schemas"]
        for name, schema in v11.items():
            if name not in schemas and not name.endswith(V11_SKIPPED) and name not in SKIP:
                schemas[name] = flatten(v11, schema)
        super().__init__(spec, v11)

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
                name = ref_name(ref).removesuffix("Expanded")
                if name in OURS:
                    return f"{OURS[name]} | dict[str, Any] | None"
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
        text = text.replace('"""Catalogi wire shapes', '"""Besluiten wire shapes')
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


def main() -> None:
    specs = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[2].parent / "shared" / "specs"
    oz = yaml.safe_load((specs / "openzaak" / "besluiten.yaml").read_text())
    v11 = yaml.safe_load((specs / "vng" / "besluiten-1.1.0.yaml").read_text())["components"]["schemas"]
    (HERE / "wire.py").write_text(BesluitenGen(oz, v11).run())


if __name__ == "__main__":
    main()
