"""zakenStatistiek and the export, answered from the analytics copy.

The caller's authorisation (the same policy filter as `GET /zaken`) and the filter (the domain
search's own MongoDB filter, `search.build`) are translated into the SQL WHERE of the one query:
nothing is filtered after aggregation. Criteria on rollen (betrokkene) are answered by the zaken
index's key lookups (the ids of the matching zaken restrict the SQL); such a criterion without a key
(e.g. only `rol__betrokkeneType`) and the geometry and kenmerk filters are refused.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from zgw.domain.analytics import reader
from zgw.domain.analytics.rows import NAMES
from zgw.domain.analytics.sql import Unsupported, Where
from zgw.domain.autorisaties.policy import Policy
from zgw.domain.errors import ValidationFailed
from zgw.domain.repository import combine

LEAD_TIME = "datediff('day', startdatum, einddatum)"
OVERDUE = ("(uiterlijke_einddatum_afdoening IS NOT NULL AND ((einddatum IS NULL AND "
           "uiterlijke_einddatum_afdoening < CAST(? AS DATE)) OR einddatum > uiterlijke_einddatum_afdoening))")
GROUPS: dict[str, str] = {
    "ZAAKTYPE": "zaaktype",
    "STATUSTYPE": "status_statustype",
    "RESULTAATTYPE": "resultaat_resultaattype",
    "BRONORGANISATIE": "bronorganisatie",
    "STARTJAAR": "year(startdatum)",
    "STARTMAAND": "strftime(startdatum, '%Y-%m')",
    "STARTWEEK": "strftime(startdatum, '%G-W%V')",
    "VERTROUWELIJKHEID": "vertrouwelijkheidaanduiding",
    "OPEN_GESLOTEN": "CASE WHEN einddatum IS NULL THEN 'open' ELSE 'gesloten' END",
}
REFUSED = {"zaakgeometrie", "kenmerk", "kenmerk__bron"}
IGNORED = {"ordering", "expand", "fields"}


@dataclass(frozen=True)
class Doorlooptijd:
    """Lead times in days (einddatum - startdatum) of the closed zaken of a group."""

    aantal: int
    gemiddelde: float | None
    mediaan: float | None
    p90: float | None
    max: int | None


@dataclass(frozen=True)
class Groep:
    key: dict[str, Any]  # group name (ZAAKTYPE, STARTMAAND, ...) -> value (a stored ref for the types)
    count: int
    doorlooptijd: Doorlooptijd
    over_uiterlijke_einddatum: int


@dataclass
class Selection:
    sql: str
    params: list[Any] = field(default_factory=list)


def _refuse(name: str, reason: str) -> ValidationFailed:
    return ValidationFailed.field(name, "unsupported-filter", reason)


async def _filter(criteria: Mapping[str, Any]) -> dict[str, Any]:
    """The MongoDB filter of criteria as the GraphQL filter gives them (`and` / `or` nest criteria):
    each flat level by the domain search's `build`; rol criteria by the zaken index's key lookups."""
    from zgw.domain.zaken import listings, search

    used = {k: v for k, v in criteria.items() if v not in (None, "", []) and k not in IGNORED}
    for name in used:
        if name in REFUSED:
            raise _refuse(name, "Dit filter kan niet in de statistiek of de export.")
    parts: list[dict[str, Any] | None] = []
    rol = {k: v for k, v in used.items() if k.startswith("rol__")}
    if rol:
        ids = await search._candidate_ids(rol) if await listings.get().ready() else None
        if ids is None:
            raise _refuse(next(iter(rol)), "Filter op een rol in de statistiek en de export alleen samen met "
                                           "een identificatie van de betrokkene (BSN, KVK-nummer, ...) of zijn URL.")
        parts.append({"_id": {"$in": ids}})
    flat = {k: v for k, v in used.items() if not k.startswith("rol__") and k not in ("and", "or")}
    parts.append(await search.build(flat))
    for sub in used.get("and") or []:
        parts.append(await _filter(sub))
    if "or" in used:
        parts.append({"$or": [await _filter(sub) for sub in used["or"]]})
    return combine(*parts)


async def select(policy: Policy, criteria: Mapping[str, Any]) -> Selection:
    """The SQL WHERE (with parameters) of the zaken the caller may read that match `criteria`."""
    from zgw.domain.zaken import access

    where = Where()
    try:
        sql = where.translate(combine(await _filter(criteria), access.list_filter(policy)))
    except Unsupported as exc:
        raise _refuse(exc.field, "Dit filter kan niet in de statistiek of de export.") from None
    return Selection(sql, where.params)


async def statistiek(policy: Policy, criteria: Mapping[str, Any], group_by: list[str],
                     today: date | None = None) -> list[Groep]:
    """Counts, lead times and overdue zaken per group (one group without `group_by`), ordered by key."""
    unknown = [g for g in group_by if g not in GROUPS]
    if unknown:
        raise ValidationFailed.field("groupBy", "invalid", f"Onbekende groepering: {', '.join(unknown)}.")
    group_by = list(dict.fromkeys(group_by))
    selection = await select(policy, criteria)
    keys = [f"{GROUPS[g]} AS k{i}" for i, g in enumerate(group_by)]
    sql = (f"SELECT {''.join(k + ', ' for k in keys)}count(*), count(einddatum), avg({LEAD_TIME}), "
           f"median({LEAD_TIME}), quantile_cont({LEAD_TIME}, 0.9), max({LEAD_TIME}), "
           f"count(*) FILTER (WHERE {OVERDUE}) FROM zaken WHERE {selection.sql}")
    if group_by:
        order = ", ".join(f"k{i}" for i in range(len(group_by)))
        sql += f" GROUP BY {order} ORDER BY {order}"
    params = [(today or date.today()).isoformat(), *selection.params]
    found = await reader.get().fetch(sql, params)
    n = len(group_by)
    out = []
    for row in found:
        aantal, gemiddelde, mediaan, p90, maximum = row[n + 1:n + 6]
        out.append(Groep(
            key=dict(zip(group_by, row[:n], strict=True)),
            count=int(row[n]),
            doorlooptijd=Doorlooptijd(int(aantal), _num(gemiddelde), _num(mediaan), _num(p90),
                                      int(maximum) if maximum is not None else None),
            over_uiterlijke_einddatum=int(row[n + 6]),
        ))
    return out


def _num(value: Any) -> float | None:
    return None if value is None else float(value)


EXPORT_COLUMNS = (*NAMES, "doorlooptijd_dagen", "over_uiterlijke_einddatum")


async def export(policy: Policy, criteria: Mapping[str, Any], batch: int = 5000,
                 today: date | None = None) -> AsyncIterator[list[dict[str, Any]]]:
    """The matching zaken the caller may read, newest first, in batches (keyset pages on (seq, id):
    memory stays bounded by the batch; each zaak once, as the copy held it when its batch was read)."""
    selection = await select(policy, criteria)
    columns = ", ".join(NAMES)
    day = (today or date.today()).isoformat()
    after: tuple[int, str] | None = None
    while True:
        sql = f"SELECT {columns}, {LEAD_TIME}, {OVERDUE} FROM zaken WHERE ({selection.sql})"
        params: list[Any] = [day, *selection.params]
        if after is not None:
            sql += " AND (seq < ? OR (seq = ? AND id < ?))"
            params += [after[0], after[0], after[1]]
        sql += f" ORDER BY seq DESC, id DESC LIMIT {int(batch)}"
        found = await reader.get().fetch(sql, params)
        if not found:
            return
        yield [dict(zip(EXPORT_COLUMNS, row, strict=True)) for row in found]
        if len(found) < batch:
            return
        last = found[-1]
        after = (int(last[NAMES.index("seq")]), str(last[0]))
