"""Field rules of resultaattypen (ztc-002 … ztc-008) and other checks without database access."""

from __future__ import annotations

import re
from typing import Any

from zgw.domain.catalogi import errors, selectielijst
from zgw.domain.errors import InvalidParam

# per afleidingswijze: field -> must have a value (True) / must be empty (False); absent: free (ztc-004 … ztc-008)
BRONDATUM: dict[str, dict[str, bool]] = {
    "afgehandeld": {"procestermijn": False, "datumkenmerk": False, "einddatum_bekend": False,
                    "objecttype": False, "registratie": False},
    "ander_datumkenmerk": {"procestermijn": False, "datumkenmerk": True, "objecttype": True, "registratie": True},
    "eigenschap": {"procestermijn": False, "datumkenmerk": True, "objecttype": False, "registratie": False},
    "gerelateerde_zaak": {"procestermijn": False, "datumkenmerk": False, "objecttype": False, "registratie": False},
    "hoofdzaak": {"procestermijn": False, "datumkenmerk": False, "objecttype": False, "registratie": False},
    "ingangsdatum_besluit": {"procestermijn": False, "datumkenmerk": False, "objecttype": False,
                             "registratie": False},
    "termijn": {"procestermijn": True, "datumkenmerk": False, "einddatum_bekend": False, "objecttype": False,
                "registratie": False},
    "vervaldatum_besluit": {"procestermijn": False, "datumkenmerk": False, "objecttype": False, "registratie": False},
    "zaakobject": {"procestermijn": False, "datumkenmerk": True, "objecttype": True, "registratie": False},
}
CAMEL = {"einddatum_bekend": "einddatumBekend"}
# a nested path like "zaakobject.verblijfsobject.datum" (Open Zaak extension)
DATUMKENMERK_RE = re.compile(r"^[\w-]+(\.[\w-]+)*$")


def brondatum_problems(procedure: dict[str, Any] | None) -> list[InvalidParam]:
    if not procedure:
        return []
    afleidingswijze = procedure.get("afleidingswijze", "")
    out: list[InvalidParam] = []
    for field, needed in BRONDATUM.get(afleidingswijze, {}).items():
        name = f"brondatumArchiefprocedure.{CAMEL.get(field, field)}"
        if bool(procedure.get(field)) != needed:
            if needed:
                out.append(InvalidParam(name, errors.REQUIRED,
                                        f"Dit veld is vereist voor afleidingswijze `{afleidingswijze}`"))
            else:
                out.append(InvalidParam(name, errors.MUST_BE_EMPTY,
                                        f"Dit veld moet leeg zijn voor afleidingswijze `{afleidingswijze}`"))
    kenmerk = procedure.get("datumkenmerk") or ""
    if kenmerk and not DATUMKENMERK_RE.match(kenmerk):
        out.append(InvalidParam("brondatumArchiefprocedure.datumkenmerk", "invalid",
                                "Een datumkenmerk is een naam of een pad van namen gescheiden door punten."))
    return out


def afleidingswijze_problem(afleidingswijze: str, procestermijn: str) -> InvalidParam | None:
    """ztc-003 with Open Zaak's relaxation: `termijn` is allowed for every procestermijn but `nihil`."""
    bad = (
        (procestermijn == "nihil" and afleidingswijze != "afgehandeld")
        or (procestermijn != "nihil" and afleidingswijze == "afgehandeld")
        or (procestermijn == "ingeschatte_bestaansduur_procesobject" and afleidingswijze != "termijn")
    )
    if not bad:
        return None
    return InvalidParam("nonFieldErrors", errors.AFLEIDINGSWIJZE,
                        f"afleidingswijze mag niet {afleidingswijze} zijn als de procestermijn van de "
                        f"selectielijstklasse {procestermijn} is")


async def selectielijst_resultaattype(root: str, data: dict[str, Any], procestype: str) -> list[InvalidParam]:
    """ztc-002/003: validate the selectielijst references and derive the empty fields from them."""
    out: list[InvalidParam] = []
    try:
        omschrijving = await selectielijst.fetch(root, data["resultaattypeomschrijving"], "resultaattypeomschrijvingen")
        data["omschrijving_generiek"] = str(omschrijving.get("omschrijving", ""))
    except selectielijst.Refused as refused:
        out.append(refused.param("resultaattypeomschrijving"))
    try:
        klasse = await selectielijst.fetch(root, data["selectielijstklasse"], "resultaten")
    except selectielijst.Refused as refused:
        out.append(refused.param("selectielijstklasse"))
        return out
    if klasse.get("procesType") != procestype:  # an object-level check in Open Zaak: nonFieldErrors
        out.append(InvalidParam("nonFieldErrors", errors.PROCESTYPE_MISMATCH,
                                "De selectielijstklasse hoort niet bij het selectielijstProcestype van het zaaktype."))
    if not data.get("archiefnominatie") and klasse.get("waardering"):
        data["archiefnominatie"] = "blijvend_bewaren" if klasse["waardering"] == "blijvend_bewaren" else "vernietigen"
    if not data.get("archiefactietermijn") and klasse.get("bewaartermijn"):
        data["archiefactietermijn"] = klasse["bewaartermijn"]
    procedure = data.get("brondatum_archiefprocedure")
    if procedure and klasse.get("procestermijn"):
        problem = afleidingswijze_problem(procedure.get("afleidingswijze", ""), str(klasse["procestermijn"]))
        if problem:
            out.append(problem)
    return out


async def selectielijst_procestype(root: str, url: str) -> list[InvalidParam]:
    try:
        await selectielijst.fetch(root, url, "procestypen")
    except selectielijst.Refused as refused:
        return [refused.param("selectielijstProcestype")]
    return []


def is_zero_duration(value: str | None) -> bool:
    return bool(value) and not re.search(r"[1-9]", value or "")


def elfproef(value: str) -> bool:
    if len(value) != 9 or not value.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(value[:8], range(9, 1, -1), strict=True)) - int(value[8])
    return total % 11 == 0
