"""Generate `wire.py` (the Besluiten wire shapes) from the contract: `python -m zgw.rest.besluiten.codegen`.

Open Zaak's spec (what it serves as Besluiten "1.1.0": HEAD/ETag and besluit_verwerken) is the base; the
official 1.1.0 adds `expand`, whose `_expand` shapes (`BesluitEmbedded`, `BesluitInformatieObjectEmbedded`)
are generated with our model of each local resource.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from zgw.rest.expandgen import ExpandGen

HERE = Path(__file__).resolve().parent


class BesluitenGen(ExpandGen):
    OURS = {"Besluit": "Besluit", "BesluitInformatieObject": "BesluitInformatieObject"}
    SKIPPED = ("Expanded", "Embedded", "EmptyObject")
    TITLE = "Besluiten"
    OUR_TYPE = "{} | dict[str, Any] | None"


def main() -> None:
    specs = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[2].parent / "shared" / "specs"
    oz = yaml.safe_load((specs / "openzaak" / "besluiten.yaml").read_text())
    v11 = yaml.safe_load((specs / "vng" / "besluiten-1.1.0.yaml").read_text())["components"]["schemas"]
    (HERE / "wire.py").write_text(BesluitenGen(oz, v11).run())


if __name__ == "__main__":
    main()
