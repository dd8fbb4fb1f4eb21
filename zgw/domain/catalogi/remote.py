"""Catalogue objects in an external Catalogi API (a registered `ztc` service), read as local ones.

A zaak, status, rol, resultaat, eigenschap, besluit, document or autorisatie may name a type that lives
in another Catalogi API. Such a reference is stored as the remote URL; reading it fetches the object with
the service's credentials through the one outbound client (zgw.domain.services: short cache, one fetch
per distinct URL, circuit breaker) and turns the JSON into the same domain document a local type is, so
that every rule reading a type (statustypen of the zaaktype, the eindstatus, archive derivation, default
vertrouwelijkheid, authorisation by zaaktype, ...) works unchanged. The document's `ref` is the URL and
its references are the remote URLs as answered; `remote_data` keeps the JSON (expand, GraphQL).

Refusals carry Open Zaak's codes (zgw.domain.services.remote): `unknown-service`, `bad-url`, and
`invalid-resource` when the answer is not the kind the field expects (a zaaktype URL answering a
besluittype, or a JSON object the document cannot be built from).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, TypeVar
from uuid import NAMESPACE_URL, UUID, uuid5

from pydantic import ValidationError

from zgw.domain.catalogi import selectielijst
from zgw.domain.catalogi.documents import (
    BesluitType,
    CatalogiDocument,
    Catalogus,
    Eigenschap,
    InformatieObjectType,
    ResultaatType,
    RolType,
    StatusType,
    ZaakObjectType,
    ZaakType,
    ZaakTypeInformatieObjectType,
)
from zgw.domain.errors import UrlRefused
from zgw.domain.services import client, registry
from zgw.domain.services import remote as services

D = TypeVar("D", bound=CatalogiDocument)

API_TYPE = "ztc"

# per kind: its resource name (as Open Zaak names it in a refusal) and the required fields every
# version of the Catalogi OAS shares (the shape a fetched object must have)
KINDS: dict[type[CatalogiDocument], tuple[str, tuple[str, ...]]] = {
    Catalogus: ("Catalogus", ("url", "domein", "rsin", "contactpersoonBeheerNaam")),
    ZaakType: ("ZaakType", ("url", "catalogus", "omschrijving", "vertrouwelijkheidaanduiding", "doel", "aanleiding",
                            "indicatieInternOfExtern", "handelingInitiator", "onderwerp", "handelingBehandelaar",
                            "doorlooptijd", "opschortingEnAanhoudingMogelijk", "verlengingMogelijk",
                            "productenOfDiensten", "beginGeldigheid")),
    InformatieObjectType: ("InformatieObjectType", services.INFORMATIEOBJECTTYPE),
    BesluitType: ("BesluitType", ("url", "catalogus", "publicatieIndicatie", "informatieobjecttypen",
                                  "beginGeldigheid")),
    StatusType: ("StatusType", ("url", "omschrijving", "zaaktype", "volgnummer")),
    RolType: ("RolType", ("url", "zaaktype", "omschrijving", "omschrijvingGeneriek")),
    ResultaatType: ("ResultaatType", ("url", "zaaktype", "omschrijving", "resultaattypeomschrijving",
                                      "selectielijstklasse")),
    Eigenschap: ("Eigenschap", ("url", "naam", "definitie", "specificatie", "zaaktype")),
    ZaakObjectType: ("ZaakObjectType", ("url", "anderObjecttype", "objecttype", "relatieOmschrijving", "zaaktype")),
    ZaakTypeInformatieObjectType: ("ZaakTypeInformatieObjectType", ("url", "zaaktype", "informatieobjecttype",
                                                                    "volgnummer", "richting")),
}

# required document fields that older Catalogi versions do not answer, with the value they stand for
_FALLBACKS: dict[type[CatalogiDocument], dict[str, Any]] = {
    ZaakType: {"referentieproces": {"naam": ""}, "verantwoordelijke": "", "publicatie_indicatie": False},
    BesluitType: {"publicatie_indicatie": False},
    InformatieObjectType: {"informatieobjectcategorie": ""},
    RolType: {"omschrijving_generiek": ""},
}

# the zaaktype's list of each sub-type (Catalogi's ZaakType answers them as URL lists)
SUB_LISTS: dict[type[CatalogiDocument], str] = {
    StatusType: "statustypen", ResultaatType: "resultaattypen", RolType: "roltypen", Eigenschap: "eigenschappen",
    ZaakObjectType: "zaakobjecttypen",
}

_CAMEL = re.compile(r"(?<=[a-z0-9])([A-Z])")


def is_remote(ref: str | None) -> bool:
    return services.is_remote(ref)


def _snake(name: str) -> str:
    return _CAMEL.sub(lambda m: "_" + m.group(1).lower(), name)


def _snake_keys(value: Any) -> Any:
    if isinstance(value, dict):
        return {_snake(k): _snake_keys(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_snake_keys(v) for v in value]
    return value


def _id_of(url: str) -> UUID:
    try:
        return UUID(url.rstrip("/").rsplit("/", 1)[-1])
    except ValueError:
        return uuid5(NAMESPACE_URL, url)


def build(model: type[D], url: str, data: dict[str, Any]) -> D:
    """The domain document for a fetched object; ValidationError when it cannot be one."""
    converted = _snake_keys(data)
    fields = model.model_fields
    values = {k: v for k, v in converted.items() if k in fields and k not in ("id", "created", "revision_id")}
    for name, fallback in _FALLBACKS.get(model, {}).items():
        values.setdefault(name, fallback)
    if "versiedatum" in fields:
        values.setdefault("versiedatum", values.get("begin_geldigheid") or "")
    if "concept" in fields:
        values.setdefault("concept", False)
    if model is Eigenschap and isinstance(values.get("specificatie"), dict):
        values["specificatie"].setdefault("lengte", "")
        values["specificatie"].setdefault("kardinaliteit", "1")
    doc: D = model.model_validate({**values, "id": _id_of(url)})
    doc.mark_remote(url, data)
    return doc


def _convert(model: type[D], url: str, data: dict[str, Any]) -> D:
    try:
        return build(model, url, data)
    except (ValidationError, TypeError, ValueError):
        raise services.invalid_resource(url, KINDS[model][0]) from None


async def fetch_many(model: type[D], urls: Iterable[str], *, fresh: bool = False) -> dict[str, D | UrlRefused]:
    """The objects at these URLs (one fetch per distinct URL, concurrently), or the refusal of each."""
    resource, shape = KINDS[model]
    found = await services.fetch_many(list(urls), API_TYPE, shape, resource, fresh=fresh)
    out: dict[str, D | UrlRefused] = {}
    for url, result in found.items():
        if isinstance(result, UrlRefused):
            out[url] = result
            continue
        try:
            out[url] = _convert(model, url, result)
        except UrlRefused as refused:
            out[url] = refused
    return out


async def get(model: type[D], url: str, *, fresh: bool = False, probe: bool = True) -> D:
    """The object at `url`, or UrlRefused (unknown-service, bad-url, invalid-resource).

    `probe`: a URL under no registered service is read without credentials to say why it is refused (as
    Open Zaak does for a zaak's references); without, it is `unknown-service` at once."""
    result = (await fetch_many(model, [url], fresh=fresh))[url]
    if isinstance(result, UrlRefused):
        if result.code == "unknown-service" and probe:
            raise await _unregistered(model, url)
        raise result
    return result


async def _unregistered(model: type[D], url: str) -> UrlRefused:
    """Why a URL under no registered service is refused, as Open Zaak answers it: read without credentials,
    no answer is `bad-url`, an answer of another shape `invalid-resource`, else `unknown-service`."""
    resource, shape = KINDS[model]
    data = await selectielijst.get_json(url)
    if data is None:
        return services.bad_url(url)
    if any(name not in data for name in shape):
        return services.invalid_resource(url, resource)
    return services.unknown_service(url)


async def found(model: type[D], urls: Iterable[str]) -> dict[str, D]:
    """The objects at these URLs that could be read (a batch read: what fails is left out)."""
    return {url: doc for url, doc in (await fetch_many(model, urls)).items() if not isinstance(doc, UrlRefused)}


async def sub_types(model: type[D], zaaktypen: Iterable[ZaakType]) -> dict[str, list[D]]:
    """Per remote zaaktype (by URL) its sub-types of `model`, read from the URL lists it answers."""
    lists = {z.ref: [u for u in (z.remote_data or {}).get(SUB_LISTS[model]) or [] if isinstance(u, str)]
             for z in zaaktypen}
    read = await found(model, [u for urls in lists.values() for u in urls])
    return {ref: [read[u] for u in urls if u in read] for ref, urls in lists.items()}


async def zaaktype_informatieobjecttypen(zaaktype: ZaakType) -> list[ZaakTypeInformatieObjectType]:
    """A remote zaaktype's zaaktype-informatieobjecttypen, from its Catalogi API's list (every page)."""
    service = await registry.for_url(zaaktype.ref, API_TYPE)
    if service is None:
        return []
    url: str | None = f"{service.api_root}zaaktype-informatieobjecttypen?zaaktype={zaaktype.ref}"
    out: list[ZaakTypeInformatieObjectType] = []
    pages = 0
    while url and pages < 20:
        pages += 1
        try:
            fetched = await client.get(service, url)
        except client.Unreachable:
            break
        if fetched.status != 200 or not isinstance(fetched.data, dict):
            break
        for item in fetched.data.get("results") or []:
            if isinstance(item, dict) and isinstance(item.get("url"), str):
                try:
                    out.append(_convert(ZaakTypeInformatieObjectType, item["url"], item))
                except UrlRefused:
                    continue
        url = fetched.data.get("next")
    return sorted(out, key=lambda z: z.volgnummer)


def informatieobjecttypen(zaaktype: ZaakType) -> set[str]:
    """The informatieobjecttypen a remote zaaktype answers (Catalogi's ZaakType.informatieobjecttypen)."""
    return {u for u in (zaaktype.remote_data or {}).get("informatieobjecttypen") or [] if isinstance(u, str)}
