"""`zakenStatistiek`: counts, lead times and overdue zaken per group, from the analytics copy
(zgw.domain.analytics) — the caller's authorisation and the filter inside its one SQL query."""

from __future__ import annotations

from enum import Enum
from typing import Any

import strawberry
from strawberry.types import Info

from zgw.domain.analytics import statistiek
from zgw.domain.catalogi.documents import ResultaatType, StatusType, ZaakType
from zgw.domain.catalogi.repository import by_refs
from zgw.domain.zaken import access
from zgw.graphql.context import context_of
from zgw.graphql.filters import ZaakFilter, criteria


@strawberry.enum(description="Waarop de zaken gegroepeerd worden.")
class StatistiekGroepering(Enum):
    ZAAKTYPE = "ZAAKTYPE"
    STATUSTYPE = "STATUSTYPE"
    RESULTAATTYPE = "RESULTAATTYPE"
    BRONORGANISATIE = "BRONORGANISATIE"
    STARTJAAR = "STARTJAAR"
    STARTMAAND = "STARTMAAND"
    STARTWEEK = "STARTWEEK"
    VERTROUWELIJKHEID = "VERTROUWELIJKHEID"
    OPEN_GESLOTEN = "OPEN_GESLOTEN"


@strawberry.type(description="Doorlooptijd in dagen (einddatum - startdatum) van de gesloten zaken van de groep.")
class Doorlooptijd:
    aantal: int = strawberry.field(description="Gesloten zaken in de groep.")
    gemiddelde: float | None
    mediaan: float | None
    p90: float | None = strawberry.field(description="90e percentiel (lineair geïnterpoleerd).")
    max: int | None


@strawberry.type(description="Een zaaktype als groepssleutel.")
class ZaaktypeSleutel:
    url: str
    identificatie: str
    omschrijving: str


@strawberry.type(description="Het statustype van de huidige status als groepssleutel (null: zonder status).")
class StatustypeSleutel:
    url: str
    omschrijving: str
    volgnummer: int | None


@strawberry.type(description="Het resultaattype als groepssleutel (null: zonder resultaat).")
class ResultaattypeSleutel:
    url: str
    omschrijving: str


@strawberry.type(description="Een groep zaken; de sleutelvelden van de gevraagde groupBy zijn gevuld.")
class ZakenStatistiekGroep:
    zaaktype: ZaaktypeSleutel | None = None
    statustype: StatustypeSleutel | None = None
    resultaattype: ResultaattypeSleutel | None = None
    bronorganisatie: str | None = None
    startjaar: int | None = None
    startmaand: str | None = strawberry.field(default=None, description="JJJJ-MM")
    startweek: str | None = strawberry.field(default=None, description="ISO-week, JJJJ-Www")
    vertrouwelijkheidaanduiding: str | None = None
    open_gesloten: str | None = strawberry.field(default=None, description="open of gesloten")
    count: int = 0
    doorlooptijd_dagen: Doorlooptijd = strawberry.field(
        default_factory=lambda: Doorlooptijd(aantal=0, gemiddelde=None, mediaan=None, p90=None, max=None))
    over_uiterlijke_einddatum: int = strawberry.field(
        default=0,
        description="Open zaken voorbij hun uiterlijkeEinddatumAfdoening, en zaken die daarna gesloten werden.")


async def _keys(groepen: list[statistiek.Groep], urls: Any) -> dict[str, dict[str, Any]]:
    """The readable group keys of the catalogue types in these groups, by stored reference."""
    refs = {name: {g.key[name] for g in groepen if g.key.get(name)} for name in ("ZAAKTYPE", "STATUSTYPE",
                                                                                  "RESULTAATTYPE")}
    zaaktypen = await by_refs(ZaakType, refs["ZAAKTYPE"], shared=True)
    statustypen = await by_refs(StatusType, refs["STATUSTYPE"], shared=True)
    resultaattypen = await by_refs(ResultaatType, refs["RESULTAATTYPE"], shared=True)
    out: dict[str, dict[str, Any]] = {"ZAAKTYPE": {}, "STATUSTYPE": {}, "RESULTAATTYPE": {}}
    for ref in refs["ZAAKTYPE"]:
        z = zaaktypen.get(ref)
        out["ZAAKTYPE"][ref] = ZaaktypeSleutel(url=urls.of(ref), identificatie=z.identificatie if z else "",
                                               omschrijving=z.omschrijving if z else "")
    for ref in refs["STATUSTYPE"]:
        s = statustypen.get(ref)
        out["STATUSTYPE"][ref] = StatustypeSleutel(url=urls.of(ref), omschrijving=s.omschrijving if s else "",
                                                   volgnummer=s.volgnummer if s else None)
    for ref in refs["RESULTAATTYPE"]:
        r = resultaattypen.get(ref)
        out["RESULTAATTYPE"][ref] = ResultaattypeSleutel(url=urls.of(ref), omschrijving=r.omschrijving if r else "")
    return out


FIELD = {"BRONORGANISATIE": "bronorganisatie", "STARTJAAR": "startjaar", "STARTMAAND": "startmaand",
         "STARTWEEK": "startweek", "VERTROUWELIJKHEID": "vertrouwelijkheidaanduiding",
         "OPEN_GESLOTEN": "open_gesloten"}
TYPED = {"ZAAKTYPE": "zaaktype", "STATUSTYPE": "statustype", "RESULTAATTYPE": "resultaattype"}


@strawberry.type
class StatistiekQuery:
    @strawberry.field(description=(
        "Aantallen, doorlooptijden en zaken over hun uiterlijke einddatum per groep (zonder groupBy: één "
        "groep met alles), van de zaken die de aanroeper mag lezen en die aan het filter voldoen. Uit de "
        "analysekopie: hoogstens enkele seconden achter de schrijfacties."))
    async def zaken_statistiek(self, info: Info, filter: ZaakFilter | None = None,
                               group_by: list[StatistiekGroepering] | None = None) -> list[ZakenStatistiekGroep]:
        ctx = context_of(info)
        policy = ctx.require(access.LEZEN)
        names = [g.value for g in group_by or []]
        groepen = await statistiek.statistiek(policy, criteria(filter, ctx.local_hosts()), names)
        keys = await _keys(groepen, ctx.urls)
        out = []
        for groep in groepen:
            values: dict[str, Any] = {}
            for name, value in groep.key.items():
                if name in TYPED:
                    values[TYPED[name]] = keys[name].get(value) if value else None
                else:
                    values[FIELD[name]] = value if value != "" else None
            d = groep.doorlooptijd
            out.append(ZakenStatistiekGroep(
                **values, count=groep.count, over_uiterlijke_einddatum=groep.over_uiterlijke_einddatum,
                doorlooptijd_dagen=Doorlooptijd(aantal=d.aantal, gemiddelde=d.gemiddelde, mediaan=d.mediaan,
                                                p90=d.p90, max=d.max)))
        return out
