"""Responses of the Catalogi API: documents as camelCase JSON with URLs and derived fields.

Every renderer takes a page of documents and reads what it derives with one `$in` query per
related kind, so a list costs the same few queries whatever its size.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Awaitable, Callable
from typing import Any

from pydantic.alias_generators import to_camel

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
from zgw.domain.catalogi.repository import by_refs, grouped
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


def base(doc: CatalogiDocument, urls: Urls) -> Rendered:
    data = doc.model_dump(exclude=INTERNAL)
    out: Rendered = {"url": urls.of(doc.ref)}
    for key, value in data.items():
        if key in REF_FIELDS:
            value = [urls.of(v) for v in value] if isinstance(value, list) else (urls.of(value) if value else None)
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


async def _catalogussen(docs: list[Catalogus], urls: Urls) -> list[Rendered]:
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
    return await model.find({field: {"$in": values}, "catalogus": {"$in": cats}}).to_list() if values else []


async def _zaaktypen(docs: list[ZaakType], urls: Urls) -> list[Rendered]:
    refs = [d.ref for d in docs]
    sub = {name: await grouped(model, "zaaktype", refs, sort=sort) for name, model, sort in (
        ("statustypen", StatusType, [("volgnummer", 1)]), ("resultaattypen", ResultaatType, None),
        ("eigenschappen", Eigenschap, None), ("roltypen", RolType, None), ("zaakobjecttypen", ZaakObjectType, None),
    )}
    ziots = await grouped(ZaakTypeInformatieObjectType, "zaaktype", refs, sort=[("volgnummer", 1)])
    iots = await by_refs(InformatieObjectType, [z.informatieobjecttype for zs in ziots.values() for z in zs])
    bts = await by_refs(BesluitType, [b for d in docs for b in d.besluittypen])
    related = [r.zaaktype for d in docs for r in d.gerelateerde_zaaktypen] + [z for d in docs for z in d.deelzaaktypen]
    zts = await by_refs(ZaakType, [urls_path(r, urls) for r in related])
    versions = await _versions(ZaakType, docs, "identificatie")
    spans = _object_dates(docs, versions, lambda z: (z.catalogus, z.identificatie))
    out = []
    for doc in docs:
        body = base(doc, urls)
        _group(body, "broncatalogus")
        _group(body, "bronzaaktype")
        for name, groups in sub.items():
            body[name] = [urls.of(s.ref) for s in groups[doc.ref]]
        iot_refs = list(dict.fromkeys(z.informatieobjecttype for z in ziots[doc.ref]))
        body["informatieobjecttypen"] = [urls.of(r) for r in iot_refs]
        body["informatieobjecttypeOmschrijving"] = list(
            dict.fromkeys(iots[r].omschrijving for r in iot_refs if r in iots))
        body["besluittypeOmschrijving"] = [bts[b].omschrijving for b in doc.besluittypen if b in bts]
        body["deelzaaktypeIdentificaties"] = [zts[z].identificatie for z in doc.deelzaaktypen if z in zts]
        for relatie in body["gerelateerdeZaaktypen"]:
            target = zts.get(urls_path(relatie["zaaktype"], urls))
            relatie["zaaktypeIdentificatie"] = target.identificatie if target else ""
        body["beginObject"], body["eindeObject"] = spans[doc.id]
        out.append(body)
    return out


def urls_path(url: str, urls: Urls) -> str:
    return url[len(urls.base):] if url.startswith(urls.base) else url


async def _informatieobjecttypen(docs: list[InformatieObjectType], urls: Urls) -> list[Rendered]:
    refs = [d.ref for d in docs]
    ziots = await grouped(ZaakTypeInformatieObjectType, "informatieobjecttype", refs)
    zts = await by_refs(ZaakType, [z.zaaktype for zs in ziots.values() for z in zs])
    bts = await grouped(BesluitType, "informatieobjecttypen", refs)
    versions = await _versions(InformatieObjectType, docs, "omschrijving")
    spans = _object_dates(docs, versions, lambda i: (i.catalogus, i.omschrijving))
    out = []
    for doc in docs:
        body = base(doc, urls)
        _group(body, "omschrijvingGeneriek")
        zt_refs = list(dict.fromkeys(z.zaaktype for z in ziots[doc.ref]))
        body["zaaktypen"] = [urls.of(r) for r in zt_refs]
        body["zaaktypeIdentificaties"] = list(dict.fromkeys(zts[r].identificatie for r in zt_refs if r in zts))
        body["besluittypen"] = [urls.of(b.ref) for b in bts[doc.ref]]
        body["besluittypeOmschrijving"] = list(dict.fromkeys(b.omschrijving for b in bts[doc.ref]))
        body["beginObject"], body["eindeObject"] = spans[doc.id]
        out.append(body)
    return out


async def _besluittypen(docs: list[BesluitType], urls: Urls) -> list[Rendered]:
    refs = [d.ref for d in docs]
    zts = await grouped(ZaakType, "besluittypen", refs)
    rts = await grouped(ResultaatType, "besluittypen", refs)
    iots = await by_refs(InformatieObjectType, [i for d in docs for i in d.informatieobjecttypen])
    versions = await _versions(BesluitType, docs, "omschrijving")
    spans = _object_dates(docs, versions, lambda b: (b.catalogus, b.omschrijving))
    out = []
    for doc in docs:
        body = base(doc, urls)
        body["zaaktypen"] = [urls.of(z.ref) for z in zts[doc.ref]]
        body["zaaktypeIdentificaties"] = list(dict.fromkeys(z.identificatie for z in zts[doc.ref]))
        body["resultaattypen"] = [urls.of(r.ref) for r in rts[doc.ref]]
        body["resultaattypenOmschrijving"] = list(dict.fromkeys(r.omschrijving for r in rts[doc.ref]))
        omschrijvingen = list(dict.fromkeys(iots[i].omschrijving for i in doc.informatieobjecttypen if i in iots))
        body["vastgelegdIn"] = omschrijvingen
        body["informatieobjecttypeOmschrijvingen"] = omschrijvingen
        body["beginObject"], body["eindeObject"] = spans[doc.id]
        out.append(body)
    return out


def _sub(doc: SubType, urls: Urls) -> Rendered:
    body = base(doc, urls)
    body.pop("concept", None)
    body["beginObject"], body["eindeObject"] = doc.begin_geldigheid, doc.einde_geldigheid
    return body


async def _statustypen(docs: list[StatusType], urls: Urls) -> list[Rendered]:
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


async def _resultaattypen(docs: list[ResultaatType], urls: Urls) -> list[Rendered]:
    bts = await by_refs(BesluitType, [b for d in docs for b in d.besluittypen])
    iots = await by_refs(InformatieObjectType, [i for d in docs for i in d.informatieobjecttypen])
    out = []
    for doc in docs:
        body = _sub(doc, urls)
        body["besluittypeOmschrijving"] = [bts[b].omschrijving for b in doc.besluittypen if b in bts]
        body["informatieobjecttypeOmschrijving"] = [
            iots[i].omschrijving for i in doc.informatieobjecttypen if i in iots]
        body["zaakobjecttypen"] = []
        out.append(body)
    return out


async def _zaakobjecttypen(docs: list[ZaakObjectType], urls: Urls) -> list[Rendered]:
    out = []
    for doc in docs:
        body = _sub(doc, urls)
        body["resultaattypen"] = []
        body["resultaattypeOmschrijving"] = []
        body["statustypen"] = [urls.of(doc.statustype)] if doc.statustype else []
        out.append(body)
    return out


async def _plain_sub(docs: list[SubType], urls: Urls) -> list[Rendered]:
    return [_sub(d, urls) for d in docs]


async def _ziot(docs: list[ZaakTypeInformatieObjectType], urls: Urls) -> list[Rendered]:
    out = []
    for doc in docs:
        body = _sub(doc, urls)
        for key in ("beginGeldigheid", "eindeGeldigheid", "beginObject", "eindeObject"):
            body.pop(key, None)
        out.append(body)
    return out


RENDERERS: dict[str, Callable[[list[Any], Urls], Awaitable[list[Rendered]]]] = {
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


async def render_many(kind: str, docs: list[Any], urls: Urls) -> list[Rendered]:
    return await RENDERERS[kind](docs, urls) if docs else []


async def render_one(kind: str, doc: Any, urls: Urls) -> Rendered:
    return (await render_many(kind, [doc], urls))[0]
