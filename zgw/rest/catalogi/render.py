"""Responses of the Catalogi API: documents as camelCase JSON with URLs and derived fields.

Every renderer takes a page of documents and reads what it derives with one `$in` query per
related kind, so a list costs the same few queries whatever its size.
"""

from __future__ import annotations

import copy
from collections import defaultdict
from collections.abc import Awaitable, Callable, Iterable
from datetime import date
from typing import Any

from pydantic.alias_generators import to_camel

from zgw.domain.catalogi import version
from zgw.domain.catalogi.documents import (
    BesluitType,
    CatalogiDocument,
    Catalogus,
    Eigenschap,
    InformatieObjectType,
    ResultaatType,
    RolType,
    StatusType,
    SubType,
    ZaakObjectType,
    ZaakType,
    ZaakTypeInformatieObjectType,
)
from zgw.domain.catalogi.names import Versions, is_name, is_valid_on, names_of, parse
from zgw.domain.catalogi.repository import by_refs, grouped, snapshot
from zgw.rest.urls import Urls

Rendered = dict[str, Any]
INTERNAL = {"id", "revision_id", "created"}
REF_FIELDS = {"catalogus", "zaaktype", "besluittypen", "deelzaaktypen", "informatieobjecttypen",
              "informatieobjecttype", "statustype"}
# Open Zaak answers an empty field group as an object of blanks, never as null
GROUPS = {
    "broncatalogus": ("url", "domein", "rsin"),
    "bronzaaktype": ("url", "identificatie", "omschrijving"),
    "omschrijvingGeneriek": tuple(f"{p}nformatieobjecttypeOmschrijvingGeneriek" for p in (
        "i", "definitieI", "herkomstI", "hierarchieI", "opmerkingI")),
}


def _group(body: Rendered, name: str) -> None:
    value = body.get(name) or {}
    body[name] = {key: value.get(key) or "" for key in GROUPS[name]}


def _camel(value: Any) -> Any:
    if isinstance(value, dict):
        return {to_camel(k): _camel(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_camel(v) for v in value]
    return value


def base(doc: CatalogiDocument, urls: Urls, versions: Versions | None = None) -> Rendered:
    """The document's own fields; relations by name as the URL of their valid version (or left out)."""
    data = doc.model_dump(exclude=INTERNAL)
    out: Rendered = {"url": urls.of(doc.ref)}
    catalogus = str(getattr(doc, "catalogus", ""))

    def answer(ref: str) -> str | None:
        return versions.ref(catalogus, ref) if versions is not None else (None if is_name(ref) else ref)

    for key, value in data.items():
        if key in REF_FIELDS and key != "catalogus":
            if isinstance(value, list):
                value = [urls.of(r) for r in dict.fromkeys(answer(v) for v in value) if r]
            else:
                ref = answer(value) if value else None
                value = urls.of(ref) if ref else None
        elif key == "catalogus":
            value = urls.of(value) if value else None
        out[to_camel(key)] = _camel(value)
    return out


def _object_dates(docs: list[Any], versions: list[Any],
                  key: Callable[[Any], tuple[str, str]]) -> dict[Any, tuple[str | None, str | None]]:
    """beginObject/eindeObject: first begin and last end over all versions of the same object."""
    out: dict[Any, tuple[str | None, str | None]] = {}
    spans: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for v in versions:
        spans[key(v)].append(v)
    for doc in docs:
        group = spans.get(key(doc)) or [doc]
        begins = [v.begin_geldigheid for v in group if v.begin_geldigheid]
        endings = [v.einde_geldigheid for v in group]
        out[doc.id] = (min(begins) if begins else doc.begin_geldigheid,
                       None if any(e is None for e in endings) else max(endings))
    return out


def _name_or(found: dict[str, Any], ref: str, field: str) -> str | None:
    """The name a relation stands for: a name reference's own, or the field of the version."""
    parsed = parse(ref)
    if parsed:
        return parsed[1]
    return str(getattr(found[ref], field)) if ref in found else None


def _names(found: dict[str, Any], refs: Iterable[str], field: str) -> list[str]:
    return list(dict.fromkeys(n for r in refs if (n := _name_or(found, r, field)) is not None))


def _pointing(doc: Any, by_ref: dict[str, list[Any]], datum: date | None,
              valid: Callable[[Any], bool] | None = None) -> list[Any]:
    """Objects that point at this version: by its URL, or by its name when they are valid on the date."""
    named = [o for o in by_ref.get(names_of(doc), []) if o.catalogus == doc.catalogus
             and (valid(o) if valid else is_valid_on(o, datum))]
    return list({o.id: o for o in [*by_ref.get(doc.ref, []), *named]}.values())


async def _catalogussen(docs: list[Catalogus], urls: Urls, datum: date | None) -> list[Rendered]:
    refs = [d.ref for d in docs]
    zts = await grouped(ZaakType, "catalogus", refs)
    bts = await grouped(BesluitType, "catalogus", refs)
    iots = await grouped(InformatieObjectType, "catalogus", refs)
    out = []
    for doc in docs:
        body = base(doc, urls)
        body["zaaktypen"] = [urls.of(z.ref) for z in zts[doc.ref]]
        body["besluittypen"] = [urls.of(b.ref) for b in bts[doc.ref]]
        body["informatieobjecttypen"] = [urls.of(i.ref) for i in iots[doc.ref]]
        body["besluittypeOmschrijving"] = sorted({b.omschrijving for b in bts[doc.ref]})
        body["informatieobjecttypeOmschrijving"] = sorted({i.omschrijving for i in iots[doc.ref]})
        out.append(body)
    return out


async def _versions(model: type[Any], docs: list[Any], field: str) -> list[Any]:
    values = sorted({getattr(d, field) for d in docs})
    cats = sorted({d.catalogus for d in docs})
    if not values:
        return []
    everything = await snapshot(model)
    if everything is not None:
        wanted, in_cats = set(values), set(cats)
        return [d for d in everything if getattr(d, field) in wanted and d.catalogus in in_cats]
    found: list[Any] = await model.find({field: {"$in": values}, "catalogus": {"$in": cats}}).to_list()
    return found


async def _zaaktypen(docs: list[ZaakType], urls: Urls, datum: date | None) -> list[Rendered]:
    refs = [d.ref for d in docs]
    sub = {name: await grouped(model, "zaaktype", refs, sort=sort) for name, model, sort in (
        ("statustypen", StatusType, [("volgnummer", 1)]), ("resultaattypen", ResultaatType, None),
        ("eigenschappen", Eigenschap, None), ("roltypen", RolType, None), ("zaakobjecttypen", ZaakObjectType, None),
    )}
    ziots = await grouped(ZaakTypeInformatieObjectType, "zaaktype", refs, sort=[("volgnummer", 1)])
    all_ziots = [z for zs in ziots.values() for z in zs]
    iots = await by_refs(InformatieObjectType, [z.informatieobjecttype for z in all_ziots])
    bts = await by_refs(BesluitType, [b for d in docs for b in d.besluittypen])
    valid = await Versions.load([(d.catalogus, r) for d in docs for r in (*d.besluittypen, *d.deelzaaktypen)]
                                   + [(z.catalogus, z.informatieobjecttype) for z in all_ziots], datum)
    related = [r.zaaktype for d in docs for r in d.gerelateerde_zaaktypen] + [z for d in docs for z in d.deelzaaktypen]
    zts = await by_refs(ZaakType, [urls_path(r, urls) for r in related])
    versions = await _versions(ZaakType, docs, "identificatie")
    spans = _object_dates(docs, versions, lambda z: (z.catalogus, z.identificatie))
    out = []
    for doc in docs:
        body = base(doc, urls, valid)
        _group(body, "broncatalogus")
        _group(body, "bronzaaktype")
        for name, groups in sub.items():
            body[name] = [urls.of(s.ref) for s in groups[doc.ref]]
        iot_refs = list(dict.fromkeys(z.informatieobjecttype for z in ziots[doc.ref]))
        body["informatieobjecttypen"] = [urls.of(r) for r in valid.refs(doc.catalogus, iot_refs)]
        body["informatieobjecttypeOmschrijving"] = _names(iots, iot_refs, "omschrijving")
        body["besluittypeOmschrijving"] = _names(bts, doc.besluittypen, "omschrijving")
        body["deelzaaktypeIdentificaties"] = _names(zts, doc.deelzaaktypen, "identificatie")
        for relatie in body["gerelateerdeZaaktypen"]:
            target = zts.get(urls_path(relatie["zaaktype"], urls))
            relatie["zaaktypeIdentificatie"] = target.identificatie if target else ""
        body["beginObject"], body["eindeObject"] = spans[doc.id]
        out.append(body)
    return out


def urls_path(url: str, urls: Urls) -> str:
    return url[len(urls.base):] if url.startswith(urls.base) else url


async def _informatieobjecttypen(docs: list[InformatieObjectType], urls: Urls, datum: date | None) -> list[Rendered]:
    refs = [d.ref for d in docs] + [names_of(d) for d in docs]
    ziots = await grouped(ZaakTypeInformatieObjectType, "informatieobjecttype", refs)
    zts = await by_refs(ZaakType, [z.zaaktype for zs in ziots.values() for z in zs])
    bts = await grouped(BesluitType, "informatieobjecttypen", refs)
    versions = await _versions(InformatieObjectType, docs, "omschrijving")
    spans = _object_dates(docs, versions, lambda i: (i.catalogus, i.omschrijving))
    out = []
    for doc in docs:
        body = base(doc, urls)
        _group(body, "omschrijvingGeneriek")
        mine = _pointing(doc, ziots, datum, lambda z: z.zaaktype in zts and is_valid_on(zts[z.zaaktype], datum))
        zt_refs = list(dict.fromkeys(z.zaaktype for z in mine))
        body["zaaktypen"] = [urls.of(r) for r in zt_refs]
        body["zaaktypeIdentificaties"] = list(dict.fromkeys(zts[r].identificatie for r in zt_refs if r in zts))
        besluittypen = _pointing(doc, bts, datum)
        body["besluittypen"] = [urls.of(b.ref) for b in besluittypen]
        body["besluittypeOmschrijving"] = list(dict.fromkeys(b.omschrijving for b in besluittypen))
        body["beginObject"], body["eindeObject"] = spans[doc.id]
        out.append(body)
    return out


async def _besluittypen(docs: list[BesluitType], urls: Urls, datum: date | None) -> list[Rendered]:
    refs = [d.ref for d in docs] + [names_of(d) for d in docs]
    zts = await grouped(ZaakType, "besluittypen", refs)
    rts = await grouped(ResultaatType, "besluittypen", refs)
    iots = await by_refs(InformatieObjectType, [i for d in docs for i in d.informatieobjecttypen])
    valid = await Versions.load([(d.catalogus, r) for d in docs for r in d.informatieobjecttypen], datum)
    versions = await _versions(BesluitType, docs, "omschrijving")
    spans = _object_dates(docs, versions, lambda b: (b.catalogus, b.omschrijving))
    out = []
    for doc in docs:
        body = base(doc, urls, valid)
        zaaktypen, resultaattypen = _pointing(doc, zts, datum), _pointing(doc, rts, datum)
        body["zaaktypen"] = [urls.of(z.ref) for z in zaaktypen]
        body["zaaktypeIdentificaties"] = list(dict.fromkeys(z.identificatie for z in zaaktypen))
        body["resultaattypen"] = [urls.of(r.ref) for r in resultaattypen]
        body["resultaattypenOmschrijving"] = list(dict.fromkeys(r.omschrijving for r in resultaattypen))
        omschrijvingen = _names(iots, doc.informatieobjecttypen, "omschrijving")
        body["vastgelegdIn"] = omschrijvingen
        body["informatieobjecttypeOmschrijvingen"] = omschrijvingen
        body["beginObject"], body["eindeObject"] = spans[doc.id]
        out.append(body)
    return out


def _sub(doc: SubType, urls: Urls, versions: Versions | None = None) -> Rendered:
    body = base(doc, urls, versions)
    body.pop("concept", None)
    body["beginObject"], body["eindeObject"] = doc.begin_geldigheid, doc.einde_geldigheid
    return body


async def _statustypen(docs: list[StatusType], urls: Urls, datum: date | None) -> list[Rendered]:
    refs = [d.ref for d in docs]
    siblings = await grouped(StatusType, "zaaktype", [d.zaaktype for d in docs])
    eig = await grouped(Eigenschap, "statustype", refs)
    zots = await grouped(ZaakObjectType, "statustype", refs)
    out = []
    for doc in docs:
        body = _sub(doc, urls)
        last = max((s.volgnummer for s in siblings[doc.zaaktype]), default=doc.volgnummer)
        body["isEindstatus"] = doc.volgnummer == last
        body["eigenschappen"] = [urls.of(e.ref) for e in eig[doc.ref]]
        body["zaakobjecttypen"] = [urls.of(z.ref) for z in zots[doc.ref]]
        if zots[doc.ref]:
            body["zaakobjecttype"] = urls.of(zots[doc.ref][0].ref)
        out.append(body)
    return out


async def _resultaattypen(docs: list[ResultaatType], urls: Urls, datum: date | None) -> list[Rendered]:
    bts = await by_refs(BesluitType, [b for d in docs for b in d.besluittypen])
    iots = await by_refs(InformatieObjectType, [i for d in docs for i in d.informatieobjecttypen])
    valid = await Versions.load(
        [(d.catalogus, r) for d in docs for r in (*d.besluittypen, *d.informatieobjecttypen)], datum)
    out = []
    for doc in docs:
        body = _sub(doc, urls, valid)
        body["besluittypeOmschrijving"] = _names(bts, doc.besluittypen, "omschrijving")
        body["informatieobjecttypeOmschrijving"] = _names(iots, doc.informatieobjecttypen, "omschrijving")
        body["zaakobjecttypen"] = []
        out.append(body)
    return out


async def _zaakobjecttypen(docs: list[ZaakObjectType], urls: Urls, datum: date | None) -> list[Rendered]:
    out = []
    for doc in docs:
        body = _sub(doc, urls)
        body["resultaattypen"] = []
        body["resultaattypeOmschrijving"] = []
        body["statustypen"] = [urls.of(doc.statustype)] if doc.statustype else []
        out.append(body)
    return out


async def _plain_sub(docs: list[SubType], urls: Urls, datum: date | None) -> list[Rendered]:
    return [_sub(d, urls) for d in docs]


async def _ziot(docs: list[ZaakTypeInformatieObjectType], urls: Urls, datum: date | None) -> list[Rendered]:
    valid = await Versions.load([(d.catalogus, d.informatieobjecttype) for d in docs], datum, fallback=True)
    out = []
    for doc in docs:
        body = _sub(doc, urls, valid)
        for key in ("beginGeldigheid", "eindeGeldigheid", "beginObject", "eindeObject"):
            body.pop(key, None)
        out.append(body)
    return out


RENDERERS: dict[str, Callable[[list[Any], Urls, date | None], Awaitable[list[Rendered]]]] = {
    "catalogussen": _catalogussen,
    "zaaktypen": _zaaktypen,
    "informatieobjecttypen": _informatieobjecttypen,
    "besluittypen": _besluittypen,
    "statustypen": _statustypen,
    "roltypen": _plain_sub,
    "resultaattypen": _resultaattypen,
    "eigenschappen": _plain_sub,
    "zaakobjecttypen": _zaakobjecttypen,
    "zaaktype-informatieobjecttypen": _ziot,
}


_cache: dict[tuple[Any, ...], Rendered] = {}
CACHE_SIZE = 5000


async def render_many(kind: str, docs: list[Any], urls: Urls, datum: date | None = None) -> list[Rendered]:
    """Relations by name answer the version valid on `datum` (default today).

    Rendering a zaaktype reads ten collections; the result is kept per process for the catalogue's
    version (moved by every catalogue write, `zgw.domain.catalogi.version`), the base URL and the day.
    """
    if not docs:
        return []
    stamp = await version.current()
    if stamp is None:
        return await RENDERERS[kind](docs, urls, datum)
    day = datum or date.today()
    keys = [(kind, d.id, urls.base, day, stamp) for d in docs]
    missing = [d for d, k in zip(docs, keys, strict=True) if k not in _cache]
    if missing:
        if len(_cache) > CACHE_SIZE:
            _cache.clear()
        for doc, body in zip(missing, await RENDERERS[kind](missing, urls, datum), strict=True):
            _cache[(kind, doc.id, urls.base, day, stamp)] = body
    return [copy.deepcopy(_cache[k]) for k in keys]  # callers add to the bodies (expand)


async def render_one(kind: str, doc: Any, urls: Urls, datum: date | None = None) -> Rendered:
    return (await render_many(kind, [doc], urls, datum))[0]
