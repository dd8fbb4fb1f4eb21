"""Archive fields of a zaak that closes, derived from its resultaattype (zrc-021).

`derive()` is pure: it takes the resultaattype's archive settings, the zaak's current archive
fields and the dates that the afleidingswijze may need (`Sources`), and answers the new
archiefnominatie, archiefactiedatum and startdatum_bewaartermijn (the brondatum). `gather()`
reads those dates for one zaak, only what its afleidingswijze needs, by `_id`.

Where the brondatum cannot be found because the data is wrong (an eigenschap without a date, no
zaakobject of the objecttype, a bad procestermijn) the close is refused with Open Zaak's
`archiefactiedatum-error`; where the standard leaves it open (ander_datumkenmerk, a hoofdzaak
that has not closed, an empty eigenschap) no date is set.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from uuid import UUID

import dateutil.parser

from zgw.domain.errors import InvalidParam, ValidationFailed

ERROR_CODE = "archiefactiedatum-error"

AFGEHANDELD = "afgehandeld"
HOOFDZAAK = "hoofdzaak"
EIGENSCHAP = "eigenschap"
ANDER_DATUMKENMERK = "ander_datumkenmerk"
TERMIJN = "termijn"
ZAAKOBJECT = "zaakobject"
GERELATEERDE_ZAAK = "gerelateerde_zaak"
INGANGSDATUM_BESLUIT = "ingangsdatum_besluit"
VERVALDATUM_BESLUIT = "vervaldatum_besluit"

_DURATION = re.compile(
    r"^(?P<sign>-)?P(?!$)(?:(?P<y>\d+)Y)?(?:(?P<m>\d+)M)?(?:(?P<w>\d+)W)?(?:(?P<d>\d+)D)?"
    r"(?:T(?=\d)(?:(?P<h>\d+)H)?(?:(?P<mi>\d+)M)?(?:(?P<s>\d+)S)?)?$"
)


class ArchiveError(ValidationFailed):
    """The brondatum cannot be determined from the zaak's data: the eindstatus is refused."""

    def __init__(self, reason: str) -> None:
        super().__init__([InvalidParam("nonFieldErrors", ERROR_CODE, reason)], reason)
        self.reason = reason


def add_duration(start: date, duration: str) -> date:
    """`start` plus an ISO 8601 duration, calendar-wise (P1M from 31 January is 28/29 February).

    Years and months move the calendar month (the day clamped to the month's end), then weeks,
    days and whole days of the time part are added. ValueError for anything else.
    """
    match = _DURATION.match(duration or "")
    if not match:
        raise ValueError(f"Geen geldige ISO 8601-periode: {duration!r}")
    sign = -1 if match["sign"] else 1
    part = {k: int(v) if v else 0 for k, v in match.groupdict().items() if k != "sign"}
    months = sign * (part["y"] * 12 + part["m"])
    year, month0 = divmod(start.year * 12 + start.month - 1 + months, 12)
    if not 1 <= year <= 9999:
        raise ValueError(f"Periode {duration} valt buiten het bereik van datums")
    day = min(start.day, calendar.monthrange(year, month0 + 1)[1])
    seconds = part["h"] * 3600 + part["mi"] * 60 + part["s"]
    days = part["w"] * 7 + part["d"] + seconds // 86400
    try:
        return date(year, month0 + 1, day) + timedelta(days=sign * days)
    except OverflowError:
        raise ValueError(f"Periode {duration} valt buiten het bereik van datums") from None


def parse_date(value: Any) -> date:
    """A date from a date, a datetime or an ISO 8601 string (date, basic date or date-time)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"geen datum: {value!r}")
    text = value.strip()
    if "T" in text or " " in text:
        return datetime.fromisoformat(text.replace("z", "Z")).date()
    return date.fromisoformat(text)


def parse_loose(value: Any) -> date:
    """A date from an eigenschap's waarde or a zaakobject's attribute, read as Open Zaak reads them (dateutil):
    "2008-1-1", "20080101" and "1 jan 2008" are dates; what the client wrote was stored as text."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"geen datum: {value!r}")
    try:
        parsed: datetime = dateutil.parser.parse(value)
        return parsed.date()
    except (OverflowError, TypeError) as exc:  # dateutil's other failures are a ValueError already
        raise ValueError(str(exc)) from None


def lookup(data: Mapping[str, Any] | None, path: str) -> Any:
    """The value at a dotted path (`verblijfsobject.datum`) in nested dicts, or None."""
    current: Any = data
    for name in path.split("."):
        if not isinstance(current, Mapping) or name not in current:
            return None
        current = current[name]
    return current


@dataclass(frozen=True)
class Procedure:
    """A resultaattype's brondatumArchiefprocedure (the fields derive() reads)."""

    afleidingswijze: str
    datumkenmerk: str = ""
    objecttype: str = ""
    procestermijn: str | None = None


@dataclass(frozen=True)
class Regime:
    """What a resultaattype says about archiving."""

    archiefnominatie: str = ""
    archiefactietermijn: str | None = None
    procedure: Procedure | None = None

    @classmethod
    def of(cls, resultaattype: Any) -> Regime:
        """From a catalogi ResultaatType document (or anything shaped like it)."""
        bron = getattr(resultaattype, "brondatum_archiefprocedure", None)
        procedure = None
        if bron is not None and bron.afleidingswijze:
            procedure = Procedure(bron.afleidingswijze, bron.datumkenmerk or "", bron.objecttype or "",
                                  bron.procestermijn or None)
        return cls(resultaattype.archiefnominatie or "", resultaattype.archiefactietermijn or None, procedure)


@dataclass(frozen=True)
class ZaakObjectDates:
    """One zaakobject as the zaakobject afleidingswijze reads it."""

    object_type: str
    attributes: Mapping[str, Any] | None


@dataclass(frozen=True)
class BesluitDates:
    ingangsdatum: date | None
    vervaldatum: date | None


@dataclass(frozen=True)
class Sources:
    """The dates the afleidingswijzen read; `einddatum` is the date the zaak closes on."""

    einddatum: date
    hoofdzaak_einddatum: date | None = None
    # naam -> waarde of the zaak's zaakeigenschappen
    eigenschappen: Mapping[str, str] = field(default_factory=dict)
    zaakobjecten: Sequence[ZaakObjectDates] = ()
    # einddatum of every related zaak (None: not closed); None: no related zaken at all
    gerelateerde_einddata: Sequence[date | None] | None = None
    # None: the besluiten component is not there to ask (no date); []: no besluiten
    besluiten: Sequence[BesluitDates] | None = None


@dataclass(frozen=True)
class Derived:
    archiefnominatie: str | None
    archiefactiedatum: date | None
    startdatum_bewaartermijn: date | None


def _eigenschap(procedure: Procedure, sources: Sources) -> date | None:
    naam = procedure.datumkenmerk
    if not naam:
        raise ArchiveError("Geen datumkenmerk aanwezig om de eigenschap te achterhalen voor het bepalen van de "
                           "brondatum.")
    if naam not in sources.eigenschappen:
        raise ArchiveError(f'Geen eigenschap gevonden die overeenkomt met het datumkenmerk "{naam}" voor het '
                           "bepalen van de brondatum.")
    waarde = sources.eigenschappen[naam]
    if not waarde:
        return None
    try:
        return parse_loose(waarde)
    except ValueError:
        raise ArchiveError(f'Geen geldige datumwaarde in eigenschap "{naam}": {waarde}') from None


def _zaakobject(procedure: Procedure, sources: Sources) -> date | None:
    if not procedure.objecttype:
        raise ArchiveError("Geen objecttype aanwezig om het zaakobject te achterhalen voor het bepalen van de "
                           "brondatum.")
    if not procedure.datumkenmerk:
        raise ArchiveError("Geen datumkenmerk aanwezig om het attribuut van het zaakobject te achterhalen voor "
                           "het bepalen van de brondatum.")
    dates = []
    for obj in sources.zaakobjecten:
        if obj.object_type != procedure.objecttype:
            continue
        value = lookup(obj.attributes, procedure.datumkenmerk)
        if value is None:
            raise ArchiveError(f"{procedure.datumkenmerk} is geen geldig attribuut voor ZaakObject van type "
                               f"{procedure.objecttype}")
        try:
            dates.append(parse_loose(value))
        except ValueError:
            raise ArchiveError(f'Geen geldige datumwaarde in attribuut "{procedure.datumkenmerk}": {value}') from None
    if not dates:
        raise ArchiveError(f'Geen zaakobject van type "{procedure.objecttype}" met het datumkenmerk '
                           f'"{procedure.datumkenmerk}" gevonden voor het bepalen van de brondatum.')
    return max(dates)


def _termijn(procedure: Procedure, sources: Sources) -> date | None:
    if not procedure.procestermijn:
        raise ArchiveError("Geen procestermijn aanwezig voor het bepalen van de brondatum.")
    try:
        return add_duration(sources.einddatum, procedure.procestermijn)
    except ValueError:
        raise ArchiveError(f"Geen geldige periode in procestermijn: {procedure.procestermijn}") from None


def _gerelateerde_zaak(procedure: Procedure, sources: Sources) -> date | None:
    if not sources.gerelateerde_einddata:
        raise ArchiveError("Geen gerelateerde zaken aan zaak gekoppeld om brondatum uit af te leiden.")
    known = [d for d in sources.gerelateerde_einddata if d is not None]
    return max(known) if known else None


def _besluiten(procedure: Procedure, sources: Sources) -> date | None:
    if sources.besluiten is None:  # no besluiten component yet: nothing to derive from
        return None
    if not sources.besluiten:
        raise ArchiveError("Geen besluiten aan zaak gekoppeld om brondatum uit af te leiden.")
    if procedure.afleidingswijze == INGANGSDATUM_BESLUIT:
        ingang = [b.ingangsdatum for b in sources.besluiten if b.ingangsdatum is not None]
        return max(ingang) if ingang else None
    verval = [b.vervaldatum for b in sources.besluiten if b.vervaldatum is not None]
    if not verval:
        raise ArchiveError("Besluit.vervaldatum moet gezet worden voordat de zaak kan worden afgesloten")
    return max(verval)


_RULES: dict[str, Callable[[Procedure, Sources], date | None]] = {
    AFGEHANDELD: lambda p, s: s.einddatum,
    HOOFDZAAK: lambda p, s: s.hoofdzaak_einddatum,
    EIGENSCHAP: _eigenschap,
    ANDER_DATUMKENMERK: lambda p, s: None,  # to be set by hand (zrc-021)
    TERMIJN: _termijn,
    ZAAKOBJECT: _zaakobject,
    GERELATEERDE_ZAAK: _gerelateerde_zaak,
    INGANGSDATUM_BESLUIT: _besluiten,
    VERVALDATUM_BESLUIT: _besluiten,
}


def brondatum(procedure: Procedure | None, sources: Sources) -> date | None:
    """The date the archiefactietermijn runs from, or None when it cannot be known yet."""
    if procedure is None:
        return None
    rule = _RULES.get(procedure.afleidingswijze)
    if rule is None:
        raise ArchiveError(f'Onbekende afleidingswijze "{procedure.afleidingswijze}".')
    return rule(procedure, sources)


def derive(regime: Regime, sources: Sources, *, archiefnominatie: str | None = None,
           archiefactiedatum: date | None = None, startdatum_bewaartermijn: date | None = None) -> Derived:
    """The zaak's archive fields after closing; values the zaak already has are kept."""
    nominatie = archiefnominatie or regime.archiefnominatie or None
    actiedatum = archiefactiedatum
    bewaartermijn = startdatum_bewaartermijn
    if actiedatum is None and regime.archiefactietermijn:
        bron = brondatum(regime.procedure, sources)
        if bron is not None:
            try:
                actiedatum = add_duration(bron, regime.archiefactietermijn)
            except ValueError:
                raise ArchiveError(f"Geen geldige archiefactietermijn: {regime.archiefactietermijn}") from None
            bewaartermijn = bewaartermijn or bron
    return Derived(nominatie, actiedatum, bewaartermijn)


def for_deelzaak(regime: Regime, hoofdzaak_brondatum: date | None) -> Derived:
    """A closed deelzaak whose afleidingswijze is `hoofdzaak`, when its hoofdzaak closes or reopens."""
    if hoofdzaak_brondatum is None:
        return Derived(None, None, None)
    actiedatum = None
    if regime.archiefactietermijn:
        try:
            actiedatum = add_duration(hoofdzaak_brondatum, regime.archiefactietermijn)
        except ValueError:
            actiedatum = None
    return Derived(regime.archiefnominatie or None, actiedatum, hoofdzaak_brondatum)


# --- reading the sources of one zaak -------------------------------------------------------------


def _uuid_of(ref: str) -> UUID | None:
    try:
        return UUID(ref.rstrip("/").rsplit("/", 1)[-1])
    except ValueError:
        return None


async def gather(zaak: Any, regime: Regime, einddatum: date) -> Sources:
    """The Sources that `regime`'s afleidingswijze needs for this zaak (a Zaak document)."""
    from zgw.domain.repository import get_many
    from zgw.domain.zaken.documents import ROOT, Zaak, ZaakEigenschap, ZaakObject

    wijze = regime.procedure.afleidingswijze if regime.procedure and regime.archiefactietermijn else ""
    sources: dict[str, Any] = {"einddatum": einddatum}
    if wijze == HOOFDZAAK and zaak.hoofdzaak:
        hoofd_id = _uuid_of(zaak.hoofdzaak)
        hoofd = await Zaak.get(hoofd_id) if hoofd_id else None
        if hoofd is not None and hoofd.einddatum:
            sources["hoofdzaak_einddatum"] = parse_date(hoofd.startdatum_bewaartermijn or hoofd.einddatum)
    elif wijze == EIGENSCHAP:
        found = await get_many(ZaakEigenschap, zaak.eigenschappen)
        sources["eigenschappen"] = {e.naam: e.waarde for e in found if e.zaak == zaak.ref}
    elif wijze == ZAAKOBJECT:
        objecten = await get_many(ZaakObject, zaak.zaakobjecten)
        sources["zaakobjecten"] = [ZaakObjectDates(o.object_type, o.object_identificatie) for o in objecten
                                   if o.zaak == zaak.ref]
    elif wijze == GERELATEERDE_ZAAK:
        refs = [*zaak.gerelateerde_zaken, *(r.url for r in zaak.relevante_andere_zaken)]
        local = [u for r in refs if r.startswith(f"{ROOT}/zaken/") and (u := _uuid_of(r)) is not None]
        if refs:
            related = await get_many(Zaak, local)
            sources["gerelateerde_einddata"] = [parse_date(z.einddatum) if z.einddatum else None for z in related] \
                or [None]
    elif wijze in (INGANGSDATUM_BESLUIT, VERVALDATUM_BESLUIT):
        from zgw.domain.besluiten import zaakbesluiten  # late: the Besluiten domain reads zaken

        sources["besluiten"] = [BesluitDates(ingang, verval) for ingang, verval in await zaakbesluiten.dates(zaak.ref)]
    return Sources(**sources)
