"""Generate `wire.py` (the Documenten wire shapes) from the contract: `python -m zgw.rest.documenten.codegen`.

Open Zaak's spec (Documenten 1.4.2 plus its extensions) is the base; the fields Documenten 1.7.1 adds to a
schema of the same name are merged in (inhoudIsVervallen, isGereedVoorPublicatie, tonenAanInitiator, the
bestandsdeel `lock`, …), and 1.7.1's schemas Open Zaak lacks (EIOZoekRequest, …) are generated as they are.
`_expand` shapes: 1.7.1's `*Embedded`, with our model of each local resource.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from zgw.rest.expandgen import ExpandGen

HERE = Path(__file__).resolve().parent


class DocumentenGen(ExpandGen):
    OURS = {"EnkelvoudigInformatieObject": "EnkelvoudigInformatieObject", "Gebruiksrechten": "Gebruiksrechten",
            "ObjectInformatieObject": "ObjectInformatieObject", "Verzending": "Verzending"}
    TITLE = "Documenten"
    REF_PREFIX = "Expand"

    def run(self) -> str:
        text = super().run()
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
