"""Version-independent relations (Catalogi 1.3): a relation by omschrijving or identificatie.

A relation given by name is stored as a name reference in the same field a URL relation uses,
shaped like a query on the collection: "/catalogi/api/v1/besluittypen?omschrijving=Besluit".
It means "the version of that name in the owner's catalogus", and is answered as the URL of the
version valid on the read's date (`datumGeldigheid`, default today): published (concept=false),
beginGeldigheid on or before the date and eindeGeldigheid empty or on or after it. A name
without such a version is left out. A relation given as a URL stays that version (Open Zaak).

The 1.3.3 text writes "eindeGeldigheid groter dan de dag"; we count the end date itself as
valid, as the standard's own definition of a validity period does ("tot en met", ztc-016) and as
the `datumGeldigheid` list filter does: with the recommended eindeGeldigheid = next beginGeldigheid
- 1 day, a strict reading would answer no version at all on that last day.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any
from urllib.parse import quote, unquote
from uuid import UUID

from zgw.domain.catalogi.documents import BesluitType, CatalogiDocument, Geldig, InformatieObjectType, ZaakType

# the field that names the versions of one type within a catalogus
KEYS: dict[type[CatalogiDocument], str] = {
    InformatieObjectType: "omschrijving", BesluitType: "omschrijving", ZaakType: "identificatie",
}
BY_PATH: dict[str, type[CatalogiDocument]] = {model.PATH: model for model in KEYS}
Named = InformatieObjectType | BesluitType | ZaakType


def name_ref(model: type[CatalogiDocument], name: str) -> str:
    return f"{model.PATH}?{KEYS[model]}={quote(name, safe='')}"


def parse(ref: str) -> tuple[type[CatalogiDocument], str] | None:
    """(model, name) of a name reference; None for a version reference."""
    path, sep, query = ref.partition("?")
    model = BY_PATH.get(path) if sep else None
    if model is None or not query.startswith(KEYS[model] + "="):
        return None
    return model, unquote(query.split("=", 1)[1])


def is_name(ref: str) -> bool:
    return parse(ref) is not None


def name_of(doc: Any) -> str:
    return str(getattr(doc, KEYS[type(doc)]))


def names_of(doc: Any) -> str:
    """The name reference that points at every version of this document."""
    return name_ref(type(doc), name_of(doc))


def day(datum: date | str | None) -> str:
    if datum is None:
        return date.today().isoformat()
    return datum if isinstance(datum, str) else datum.isoformat()


def valid_on(datum: date | str | None) -> dict[str, Any]:
    d = day(datum)
    return {"concept": False, "begin_geldigheid": {"$lte": d},
            "$or": [{"einde_geldigheid": None}, {"einde_geldigheid": {"$gte": d}}]}


def is_valid_on(doc: Geldig, datum: date | str | None) -> bool:
    d = day(datum)
    return (not getattr(doc, "concept", True) and bool(doc.begin_geldigheid) and (doc.begin_geldigheid or "") <= d
            and (doc.einde_geldigheid is None or doc.einde_geldigheid >= d))


class Versions:
    """Name references of a page of documents, resolved to the versions valid on one date.

    `await Versions.load(pairs, datum)` reads one query per kind of type, whatever the page size;
    `pairs` are (catalogus, reference) and version references pass through unchanged. With
    `fallback` (a single-valued relation, which the schema requires, such as a
    zaaktype-informatieobjecttype's informatieobjecttype) a name without a valid version answers
    the version it stands for when written: the newest published one, else the newest concept.
    """

    def __init__(self, datum: date | str | None) -> None:
        self.datum = day(datum)
        self.found: dict[tuple[str, str], Any] = {}

    @classmethod
    async def load(cls, pairs: Iterable[tuple[str, str]], datum: date | str | None = None, *,
                   fallback: bool = False) -> Versions:
        self = cls(datum)
        wanted: dict[type[CatalogiDocument], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for catalogus, ref in pairs:
            parsed = parse(ref) if ref else None
            if parsed:
                wanted[parsed[0]][catalogus].add(parsed[1])
        for model, per_catalogus in wanted.items():
            key = KEYS[model]
            names = sorted({n for ns in per_catalogus.values() for n in ns})
            query = {"catalogus": {"$in": sorted(per_catalogus)}, key: {"$in": names}, **valid_on(self.datum)}
            order: Any = [("begin_geldigheid", -1), ("_id", 1)]
            for doc in await model.find(query).sort(order).to_list():
                ref = name_ref(model, getattr(doc, key))
                # the latest begin wins should published versions ever overlap
                self.found.setdefault((doc.catalogus, ref), doc)  # type: ignore[attr-defined]
            if fallback:
                await self._fall_back(model, per_catalogus)
        return self

    async def _fall_back(self, model: type[CatalogiDocument], per_catalogus: dict[str, set[str]]) -> None:
        missing = {(c, n) for c, ns in per_catalogus.items() for n in ns
                   if (c, name_ref(model, n)) not in self.found}
        if not missing:
            return
        key = KEYS[model]
        query = {"catalogus": {"$in": sorted({c for c, _ in missing})}, key: {"$in": sorted({n for _, n in missing})}}
        order: Any = [("concept", 1), ("begin_geldigheid", -1), ("_id", 1)]
        for doc in await model.find(query).sort(order).to_list():
            if (doc.catalogus, getattr(doc, key)) in missing:  # type: ignore[attr-defined]
                self.found.setdefault((doc.catalogus, name_ref(model, getattr(doc, key))), doc)  # type: ignore[attr-defined]

    def doc(self, catalogus: str, ref: str) -> Any | None:
        """The version a name reference resolves to (None for a version reference or no valid version)."""
        return self.found.get((catalogus, ref))

    def ref(self, catalogus: str, ref: str) -> str | None:
        """The version reference to answer: a version reference itself, a name's valid version, or None."""
        if not is_name(ref):
            return ref
        doc = self.doc(catalogus, ref)
        return str(doc.ref) if doc is not None else None

    def refs(self, catalogus: str, refs: Iterable[str]) -> list[str]:
        """References to answer, in order, without the names that have no valid version, without repeats."""
        out = [self.ref(catalogus, r) for r in refs]
        return list(dict.fromkeys(r for r in out if r))


async def versions_by_name(model: type[CatalogiDocument], catalogus: str, names: Iterable[str],
                           extra: dict[str, Any] | None = None) -> dict[str, list[Any]]:
    """Every version per name in the catalogus (published first, newest first), one query."""
    wanted = sorted(set(names))
    out: dict[str, list[Any]] = {n: [] for n in wanted}
    if not wanted:
        return out
    key = KEYS[model]
    order: Any = [("concept", 1), ("begin_geldigheid", -1), ("_id", 1)]
    query = {"catalogus": catalogus, key: {"$in": wanted}, **(extra or {})}
    for doc in await model.find(query).sort(order).to_list():
        out[getattr(doc, key)].append(doc)
    return out


def answered_q(model: type[CatalogiDocument], catalogus: str, refs: Iterable[str],
               datum: date | str | None = None) -> dict[str, Any]:
    """A query for the versions these references answer on the date (list filters such as `zaaktypen`)."""
    uuids: list[Any] = []
    named: list[str] = []
    for ref in refs:
        parsed = parse(ref)
        if parsed:
            named.append(parsed[1])
        elif ref.startswith(model.PATH + "/") and (uuid := _uuid(ref)) is not None:
            uuids.append(uuid)
    parts: list[dict[str, Any]] = [{"_id": {"$in": uuids}}]
    if named:
        parts.append({"catalogus": catalogus, KEYS[model]: {"$in": sorted(set(named))}, **valid_on(datum)})
    return parts[0] if len(parts) == 1 else {"$or": parts}


async def pointing_q(field: str, model: type[CatalogiDocument], ref: str,
                     datum: date | str | None = None) -> dict[str, Any]:
    """A query for objects whose `field` answers this version on the date: by its URL, or by its name."""
    doc = await model.find_one({"_id": _uuid(ref)}) if ref.startswith(model.PATH + "/") else None
    if doc is None or not is_valid_on(doc, datum):  # type: ignore[arg-type]
        return {field: ref}
    return {"$or": [{field: ref}, {field: names_of(doc), "catalogus": doc.catalogus}]}  # type: ignore[attr-defined]


def _uuid(ref: str) -> UUID | None:
    try:
        return UUID(ref.rsplit("/", 1)[-1])
    except ValueError:
        return None
