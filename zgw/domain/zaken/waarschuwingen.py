"""Zaken 1.7.0's warning on a zaakeigenschap whose `waarde` does not fit its eigenschap's specificatie.

With ZAAK_EIGENSCHAP_WAARDE_VALIDATION on, such a waarde is refused (Open Zaak's 400
`waarde-incorrect-format`, in zgw.domain.zaken.eigenschappen). With it off (the default) the zaakeigenschap
is stored, as Open Zaak does, and 1.7.0's `X-Warning` response header says what does not fit.
"""

from __future__ import annotations

from zgw.domain.catalogi import read as catalogue
from zgw.domain.catalogi.documents import Eigenschap
from zgw.domain.zaken.eigenschappen import waarde_problem

HEADER = "X-Warning"


async def waarde_warning(eigenschap_ref: str, waarde: str) -> str | None:
    """The warning for this waarde (ASCII, one line), None when it fits or the eigenschap is unknown."""
    eigenschap = await catalogue.get_or_none(Eigenschap, eigenschap_ref)
    if eigenschap is None:
        return None
    problem = waarde_problem(eigenschap.specificatie, waarde)
    if problem is None:
        return None
    text = f"De zaakeigenschap voldoet niet aan de specificatie van de eigenschap: {problem}"
    return text.encode("ascii", "replace").decode("ascii").replace("\r", " ").replace("\n", " ")
