"""Archive fields of a closing zaak (zrc-021), for every afleidingswijze."""

from __future__ import annotations

from datetime import date

import pytest

from zgw.domain.zaken import archive
from zgw.domain.zaken.archive import (
    ArchiveError,
    BesluitDates,
    Procedure,
    Regime,
    Sources,
    ZaakObjectDates,
    add_duration,
    derive,
    for_deelzaak,
)

CLOSED = date(2024, 3, 15)


def regime(wijze: str, termijn: str | None = "P10Y", **procedure: str | None) -> Regime:
    return Regime("vernietigen", termijn, Procedure(wijze, **procedure))  # type: ignore[arg-type]


def refused(excinfo: pytest.ExceptionInfo[ArchiveError]) -> tuple[str, str]:
    param = excinfo.value.params[0]
    return param.name, param.code


# --- durations -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("start", "duration", "expected"), [
    (date(2024, 3, 15), "P10Y", date(2034, 3, 15)),
    (date(2024, 1, 31), "P1M", date(2024, 2, 29)),
    (date(2023, 1, 31), "P1M", date(2023, 2, 28)),
    (date(2024, 2, 29), "P1Y", date(2025, 2, 28)),
    (date(2024, 3, 15), "P1Y6M", date(2025, 9, 15)),
    (date(2024, 3, 15), "P2W3D", date(2024, 4, 1)),
    (date(2024, 3, 15), "P1DT24H", date(2024, 3, 17)),
    (date(2024, 3, 15), "-P1M", date(2024, 2, 15)),
    (date(2024, 3, 15), "P0D", date(2024, 3, 15)),
])
def test_add_duration(start: date, duration: str, expected: date) -> None:
    assert add_duration(start, duration) == expected


@pytest.mark.parametrize("bad", ["", "P", "10Y", "P1.5Y", "PT", "P9999Y"])
def test_add_duration_refuses(bad: str) -> None:
    with pytest.raises(ValueError):
        add_duration(date(2024, 1, 1), bad)


# --- archiefnominatie and what the zaak already has ---------------------------------------------


def test_nominatie_from_resultaattype_and_actiedatum_from_einddatum() -> None:
    derived = derive(regime("afgehandeld"), Sources(CLOSED))
    assert derived == archive.Derived("vernietigen", date(2034, 3, 15), CLOSED)


def test_values_the_zaak_has_are_kept() -> None:
    derived = derive(regime("afgehandeld"), Sources(CLOSED), archiefnominatie="blijvend_bewaren",
                     archiefactiedatum=date(2030, 1, 1), startdatum_bewaartermijn=date(2029, 1, 1))
    assert derived == archive.Derived("blijvend_bewaren", date(2030, 1, 1), date(2029, 1, 1))


def test_without_archiefactietermijn_no_date() -> None:
    derived = derive(regime("afgehandeld", termijn=None), Sources(CLOSED))
    assert derived == archive.Derived("vernietigen", None, None)


def test_without_procedure_no_date() -> None:
    derived = derive(Regime("blijvend_bewaren", "P5Y", None), Sources(CLOSED))
    assert derived == archive.Derived("blijvend_bewaren", None, None)


def test_empty_nominatie_stays_empty() -> None:
    derived = derive(Regime("", None, None), Sources(CLOSED))
    assert derived.archiefnominatie is None


def test_invalid_archiefactietermijn_is_refused() -> None:
    with pytest.raises(ArchiveError) as excinfo:
        derive(regime("afgehandeld", termijn="tien jaar"), Sources(CLOSED))
    assert refused(excinfo) == ("nonFieldErrors", "archiefactiedatum-error")


# --- every afleidingswijze ----------------------------------------------------------------------


def test_hoofdzaak_uses_the_hoofdzaak_einddatum() -> None:
    derived = derive(regime("hoofdzaak"), Sources(CLOSED, hoofdzaak_einddatum=date(2020, 5, 1)))
    assert (derived.archiefactiedatum, derived.startdatum_bewaartermijn) == (date(2030, 5, 1), date(2020, 5, 1))


def test_hoofdzaak_still_open_gives_no_date() -> None:
    derived = derive(regime("hoofdzaak"), Sources(CLOSED))
    assert derived == archive.Derived("vernietigen", None, None)


def test_eigenschap_date_value() -> None:
    sources = Sources(CLOSED, eigenschappen={"vervaldatum": "2022-06-30", "ander": "x"})
    assert derive(regime("eigenschap", datumkenmerk="vervaldatum"), sources).archiefactiedatum == date(2032, 6, 30)


@pytest.mark.parametrize("waarde", ["20220630", "2022-06-30T23:10:00+02:00", "2022-06-30T10:00:00Z"])
def test_eigenschap_date_formats(waarde: str) -> None:
    sources = Sources(CLOSED, eigenschappen={"vervaldatum": waarde})
    assert derive(regime("eigenschap", datumkenmerk="vervaldatum"), sources).archiefactiedatum == date(2032, 6, 30)


def test_eigenschap_empty_value_gives_no_date() -> None:
    sources = Sources(CLOSED, eigenschappen={"vervaldatum": ""})
    assert derive(regime("eigenschap", datumkenmerk="vervaldatum"), sources).archiefactiedatum is None


def test_eigenschap_invalid_date_is_refused() -> None:
    sources = Sources(CLOSED, eigenschappen={"vervaldatum": "morgen"})
    with pytest.raises(ArchiveError) as excinfo:
        derive(regime("eigenschap", datumkenmerk="vervaldatum"), sources)
    assert refused(excinfo) == ("nonFieldErrors", "archiefactiedatum-error")
    assert excinfo.value.reason == 'Geen geldige datumwaarde in eigenschap "vervaldatum": morgen'


def test_eigenschap_missing_is_refused() -> None:
    with pytest.raises(ArchiveError) as excinfo:
        derive(regime("eigenschap", datumkenmerk="vervaldatum"), Sources(CLOSED))
    assert refused(excinfo) == ("nonFieldErrors", "archiefactiedatum-error")
    assert "vervaldatum" in excinfo.value.reason


def test_ander_datumkenmerk_leaves_the_date_to_be_set_by_hand() -> None:
    derived = derive(regime("ander_datumkenmerk", datumkenmerk="x", objecttype="pand"), Sources(CLOSED))
    assert derived == archive.Derived("vernietigen", None, None)


def test_termijn_adds_the_procestermijn_to_the_einddatum() -> None:
    derived = derive(regime("termijn", procestermijn="P5Y"), Sources(CLOSED))
    assert (derived.archiefactiedatum, derived.startdatum_bewaartermijn) == (date(2039, 3, 15), date(2029, 3, 15))


@pytest.mark.parametrize("procestermijn", [None, "", "vijf jaar"])
def test_termijn_without_valid_procestermijn_is_refused(procestermijn: str | None) -> None:
    with pytest.raises(ArchiveError) as excinfo:
        derive(regime("termijn", procestermijn=procestermijn), Sources(CLOSED))
    assert refused(excinfo) == ("nonFieldErrors", "archiefactiedatum-error")


def test_zaakobject_takes_the_latest_date_of_that_objecttype() -> None:
    sources = Sources(CLOSED, zaakobjecten=[
        ZaakObjectDates("pand", {"einddatum": "2021-01-01"}),
        ZaakObjectDates("pand", {"einddatum": "2023-02-03"}),
        ZaakObjectDates("adres", {"einddatum": "2025-01-01"}),
    ])
    derived = derive(regime("zaakobject", datumkenmerk="einddatum", objecttype="pand"), sources)
    assert derived.archiefactiedatum == date(2033, 2, 3)


def test_zaakobject_nested_datumkenmerk() -> None:
    sources = Sources(CLOSED, zaakobjecten=[ZaakObjectDates("overige", {"data": {"verval": "2020-02-02"}})])
    derived = derive(regime("zaakobject", datumkenmerk="data.verval", objecttype="overige"), sources)
    assert derived.archiefactiedatum == date(2030, 2, 2)


@pytest.mark.parametrize("objecten", [
    [],
    [ZaakObjectDates("adres", {"einddatum": "2021-01-01"})],
    [ZaakObjectDates("pand", {"andere": "2021-01-01"})],
    [ZaakObjectDates("pand", None)],
    [ZaakObjectDates("pand", {"einddatum": "geen datum"})],
])
def test_zaakobject_without_a_date_is_refused(objecten: list[ZaakObjectDates]) -> None:
    with pytest.raises(ArchiveError) as excinfo:
        derive(regime("zaakobject", datumkenmerk="einddatum", objecttype="pand"),
               Sources(CLOSED, zaakobjecten=objecten))
    assert refused(excinfo) == ("nonFieldErrors", "archiefactiedatum-error")


def test_gerelateerde_zaak_takes_the_latest_einddatum() -> None:
    sources = Sources(CLOSED, gerelateerde_einddata=[date(2019, 1, 1), None, date(2021, 7, 1)])
    assert derive(regime("gerelateerde_zaak"), sources).archiefactiedatum == date(2031, 7, 1)


def test_gerelateerde_zaken_all_open_give_no_date() -> None:
    assert derive(regime("gerelateerde_zaak"), Sources(CLOSED, gerelateerde_einddata=[None])).archiefactiedatum \
        is None


def test_gerelateerde_zaak_without_related_zaken_is_refused() -> None:
    with pytest.raises(ArchiveError) as excinfo:
        derive(regime("gerelateerde_zaak"), Sources(CLOSED))
    assert refused(excinfo) == ("nonFieldErrors", "archiefactiedatum-error")


@pytest.mark.parametrize("wijze", ["ingangsdatum_besluit", "vervaldatum_besluit"])
def test_besluit_without_besluiten_component_gives_no_date(wijze: str) -> None:
    assert derive(regime(wijze), Sources(CLOSED)) == archive.Derived("vernietigen", None, None)


def test_ingangsdatum_besluit_takes_the_latest() -> None:
    besluiten = [BesluitDates(date(2020, 1, 1), None), BesluitDates(date(2021, 1, 1), date(2022, 1, 1))]
    derived = derive(regime("ingangsdatum_besluit"), Sources(CLOSED, besluiten=besluiten))
    assert derived.archiefactiedatum == date(2031, 1, 1)


def test_vervaldatum_besluit_takes_the_latest() -> None:
    besluiten = [BesluitDates(date(2020, 1, 1), date(2024, 1, 1)), BesluitDates(date(2021, 1, 1), date(2022, 1, 1))]
    derived = derive(regime("vervaldatum_besluit"), Sources(CLOSED, besluiten=besluiten))
    assert derived.archiefactiedatum == date(2034, 1, 1)


@pytest.mark.parametrize("wijze", ["ingangsdatum_besluit", "vervaldatum_besluit"])
def test_besluit_without_besluiten_is_refused(wijze: str) -> None:
    with pytest.raises(ArchiveError) as excinfo:
        derive(regime(wijze), Sources(CLOSED, besluiten=[]))
    assert refused(excinfo) == ("nonFieldErrors", "archiefactiedatum-error")


def test_vervaldatum_besluit_without_vervaldatum_is_refused() -> None:
    with pytest.raises(ArchiveError) as excinfo:
        derive(regime("vervaldatum_besluit"), Sources(CLOSED, besluiten=[BesluitDates(date(2020, 1, 1), None)]))
    assert excinfo.value.reason == "Besluit.vervaldatum moet gezet worden voordat de zaak kan worden afgesloten"


def test_unknown_afleidingswijze_is_refused() -> None:
    with pytest.raises(ArchiveError):
        derive(regime("op_goed_geluk"), Sources(CLOSED))


# --- deelzaken whose brondatum is their hoofdzaak's ----------------------------------------------


def test_deelzaak_follows_its_hoofdzaak() -> None:
    assert for_deelzaak(regime("hoofdzaak", "P1Y"), date(2024, 1, 31)) == \
        archive.Derived("vernietigen", date(2025, 1, 31), date(2024, 1, 31))


def test_deelzaak_of_a_reopened_hoofdzaak_is_cleared() -> None:
    assert for_deelzaak(regime("hoofdzaak"), None) == archive.Derived(None, None, None)
